/**
 * A real HTTP backend on 127.0.0.1:0 for integration tests: it echoes what it received (method,
 * path, query, headers, body) as JSON, and obeys a few control paths (/status/{code}, /slow/{ms}, /stall/{ms},
 * /die) so every backend behaviour can be produced on purpose.
 */
import { createServer } from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';
export async function startBackend() {
    const received = [];
    const server = createServer((req, res) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => {
            const body = Buffer.concat(chunks).toString('utf8');
            const r = { method: req.method, url: req.url, headers: req.headers, rawHeaders: req.rawHeaders, body };
            received.push(r);
            const path = req.url.split('?')[0];
            let m = /^\/status\/(\d{3})/.exec(path);
            if (m) {
                res.writeHead(Number(m[1]), { 'Content-Type': 'application/json', 'X-Backend': 'yes' });
                res.end(JSON.stringify({ status: Number(m[1]) }));
                return;
            }
            m = /^\/slow\/(\d+)/.exec(path);
            if (m) {
                const t = setTimeout(() => {
                    res.writeHead(200);
                    res.end('late');
                }, Number(m[1]));
                res.on('close', () => clearTimeout(t));
                return;
            }
            m = /^\/stall\/(\d+)/.exec(path);
            if (m) {
                // the status line and headers now, the body only after {ms}
                res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': '4' });
                res.flushHeaders();
                const t = setTimeout(() => res.end('late'), Number(m[1]));
                res.on('close', () => clearTimeout(t));
                return;
            }
            if (path === '/die') {
                req.socket.destroy();
                return;
            }
            const json = JSON.stringify(r);
            res.writeHead(200, {
                'Content-Type': 'application/json',
                'Content-Length': Buffer.byteLength(json),
                'X-Backend': 'yes',
                Server: 'test-backend',
            });
            res.end(json);
        });
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    return {
        url: `http://127.0.0.1:${port}`,
        received,
        server,
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}
/**
 * An HTTP backend answering as httpbin.org's `/post` did when AWS's header-remapping tests were
 * recorded against it (LocalStack's PUBLIC_HTTP_ECHO_SERVER_URL): a JSON document
 * `{args, data, files, form, headers, json, origin, url}` where `headers` is httpbin's view of the
 * request — names in werkzeug's Title-Case (`Content-Md5`, `Www-Authenticate`), without the headers
 * httpbin hides (`X-Forwarded-*`, `Via`, …) and without `Connection` / `Keep-Alive`, which the load
 * balancer in front of httpbin.org consumes — and gunicorn's answer headers (`Server: gunicorn/19.9.0`,
 * `Connection: keep-alive`, httpbin's CORS pair).
 */
const HTTPBIN_HIDDEN = new Set([
    'x-varnish',
    'x-request-start',
    'x-heroku-queue-depth',
    'x-real-ip',
    'x-forwarded-proto',
    'x-forwarded-protocol',
    'x-forwarded-ssl',
    'x-heroku-queue-wait-time',
    'x-forwarded-for',
    'x-heroku-dynos-in-use',
    'x-forwarded-port',
    'x-request-id',
    'via',
    'total-route-time',
    'connect-time',
    'connection',
    'keep-alive',
]);
const titleCase = (name) => name
    .toLowerCase()
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('-');
export async function startHttpbin() {
    const received = [];
    const server = createServer((req, res) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => {
            const body = Buffer.concat(chunks).toString('utf8');
            received.push({ method: req.method, url: req.url, headers: req.headers, rawHeaders: req.rawHeaders, body });
            const headers = {};
            for (let i = 0; i < req.rawHeaders.length; i += 2) {
                if (HTTPBIN_HIDDEN.has(req.rawHeaders[i].toLowerCase()))
                    continue;
                const name = titleCase(req.rawHeaders[i]);
                headers[name] = headers[name] === undefined ? req.rawHeaders[i + 1] : `${headers[name]},${req.rawHeaders[i + 1]}`;
            }
            let json = null;
            try {
                json = JSON.parse(body);
            }
            catch {
                /* httpbin's json is null then */
            }
            const url = `http://${req.headers.host}${req.url}`;
            const out = JSON.stringify({ args: {}, data: body, files: {}, form: {}, headers, json, origin: req.socket.remoteAddress, url });
            res.writeHead(200, {
                'Content-Type': 'application/json',
                'Content-Length': String(Buffer.byteLength(out)),
                Connection: 'keep-alive',
                Server: 'gunicorn/19.9.0',
                'Access-Control-Allow-Origin': '*',
                'Access-Control-Allow-Credentials': 'true',
            });
            res.end(out);
        });
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    return {
        url: `http://127.0.0.1:${port}`,
        received,
        server,
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}
/**
 * An HTTP backend answering as the Lambda function URLs of the recorded HTTP-integration tests did
 * (an echo function behind its function URL): `{args, data, domain, headers, method, origin, path}`,
 * `headers` as a payload-2.0 event has them (lower-cased, repeated values joined with ","), with what
 * the function URL's front end adds — `x-amzn-tls-*`, and `x-forwarded-for` (the caller's address
 * appended), `-port`, `-proto` — and without `Connection`; with `trimXHeaders` every `x-*` header is
 * left out (the tests' `trim_x_headers=True`). `args` joins a repeated query parameter's values with
 * ",". The answer carries the function URL's own `x-amzn-RequestId` and `X-Amzn-Trace-Id`.
 * `statusFromPath`: the echo-status function instead (lambda_echo_status_code.py): the status is the
 * path's last segment, the body `{"status_code": n, "message": ""}`.
 */
export async function startFunctionUrlEcho(opts = {}) {
    const received = [];
    const server = createServer((req, res) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => {
            const body = Buffer.concat(chunks).toString('utf8');
            received.push({ method: req.method, url: req.url, headers: req.headers, rawHeaders: req.rawHeaders, body });
            const [path, query = ''] = req.url.split('?');
            const answer = (status, doc) => {
                const text = JSON.stringify(doc);
                res.writeHead(status, {
                    Date: new Date().toUTCString(),
                    'Content-Type': 'application/json',
                    'Content-Length': String(Buffer.byteLength(text)),
                    Connection: 'keep-alive',
                    'x-amzn-RequestId': randomUUID(),
                    'X-Amzn-Trace-Id': `root=1-${Math.floor(Date.now() / 1000).toString(16)}-${randomBytes(12).toString('hex')};sampled=0;lineage=00:0`,
                });
                res.end(text);
            };
            if (opts.statusFromPath) {
                const code = Number(path.split('/').at(-1));
                if (!Number.isInteger(code) || code < 100 || code > 599) {
                    answer(400, { status_code: 400, message: `No valid status found at end of path ${path}` });
                    return;
                }
                answer(code, { status_code: code, message: '' });
                return;
            }
            const headers = {};
            for (let i = 0; i < req.rawHeaders.length; i += 2) {
                const name = req.rawHeaders[i].toLowerCase();
                if (name === 'connection' || name === 'keep-alive')
                    continue;
                headers[name] = headers[name] === undefined ? req.rawHeaders[i + 1] : `${headers[name]},${req.rawHeaders[i + 1]}`;
            }
            const origin = req.socket.remoteAddress.replace(/^::ffff:/, '');
            headers['x-amzn-tls-cipher-suite'] = 'ECDHE-RSA-AES128-GCM-SHA256';
            headers['x-amzn-tls-version'] = 'TLSv1.2';
            headers['x-forwarded-for'] = headers['x-forwarded-for'] ? `${headers['x-forwarded-for']}, ${origin}` : origin;
            headers['x-forwarded-port'] = String(req.socket.localPort);
            headers['x-forwarded-proto'] = 'http';
            if (opts.trimXHeaders)
                for (const k of Object.keys(headers))
                    if (k.startsWith('x-'))
                        delete headers[k];
            const args = {};
            for (const [k, v] of new URLSearchParams(query))
                args[k] = args[k] === undefined ? v : `${args[k]},${v}`;
            answer(200, { args, data: body, domain: req.headers.host, headers, method: req.method, origin, path });
        });
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    return {
        url: `http://127.0.0.1:${port}`,
        received,
        server,
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}
//# sourceMappingURL=backend.js.map