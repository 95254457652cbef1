/**
 * Calling a deployed stage the way the recorded AWS tests did: Python `requests` against
 * `https://{apiId}.execute-api.{region}.amazonaws.com/{stage}/{path}`. Here the same host style
 * (`Host: {apiId}.execute-api.localhost:{port}`) with the path sent byte for byte (`//stage/…` too), the
 * headers `requests` adds by itself, and the answer's headers as `dict(response.headers)` shows them
 * (the server's casing; repeated headers joined with ", ").
 */
import { request } from 'node:http';
/** What `requests` sends unless told otherwise (requests.utils.default_headers), then `extra` by name, case-insensitively. */
export function requestsHeaders(extra = {}, userAgent = 'python-requests/2.32.3') {
    const out = {
        'User-Agent': userAgent,
        'Accept-Encoding': 'gzip, deflate',
        Accept: '*/*',
        Connection: 'keep-alive',
    };
    for (const [k, v] of Object.entries(extra)) {
        for (const existing of Object.keys(out))
            if (existing.toLowerCase() === k.toLowerCase())
                delete out[existing];
        out[k] = v;
    }
    return out;
}
/**
 * One request to `base` (http://127.0.0.1:port) for the API `apiId`, AWS's host style, the raw `path`
 * (stage included) as given.
 */
export function callApi(base, apiId, path, opts = {}) {
    const url = new URL(base);
    const headers = { Host: `${apiId}.execute-api.localhost:${url.port}`, ...(opts.headers ?? {}) };
    if (opts.body !== undefined && !Object.keys(headers).some((k) => k.toLowerCase() === 'content-length' || k.toLowerCase() === 'transfer-encoding')) {
        headers['Content-Length'] = String(Buffer.byteLength(opts.body));
    }
    return new Promise((resolve, reject) => {
        const req = request({ host: url.hostname, port: url.port, path, method: opts.method ?? 'GET', headers, agent: false, setHost: false }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => {
                const body = Buffer.concat(chunks);
                const out = {};
                const names = new Map();
                for (let i = 0; i < res.rawHeaders.length; i += 2) {
                    const lower = res.rawHeaders[i].toLowerCase();
                    const name = names.get(lower);
                    if (name === undefined) {
                        names.set(lower, res.rawHeaders[i]);
                        out[res.rawHeaders[i]] = res.rawHeaders[i + 1];
                    }
                    else
                        out[name] += `, ${res.rawHeaders[i + 1]}`;
                }
                resolve({
                    status: res.statusCode,
                    headers: out,
                    body,
                    text: body.toString('utf8'),
                    json: () => JSON.parse(body.toString('utf8')),
                });
            });
        });
        req.on('error', reject);
        req.end(opts.body);
    });
}
//# sourceMappingURL=recorded-invoke.js.map