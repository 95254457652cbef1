/**
 * A test endpoint for an AWS service npm has no emulator of: it refuses any request whose SigV4
 * signature is not the one the AWS SDK's own signer (@smithy/signature-v4) computes for it with the
 * known keys, service and region (403 SignatureDoesNotMatch, as AWS answers), and hands the verified
 * request to the service's handler.
 */
import { SignatureV4 } from '@smithy/signature-v4';
import { createServer } from 'node:http';
import { LOCAL_KEYS } from './aws-services.js';
import { Sha256 } from './sigv4.js';
const AUTH = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/;
async function verify(req, body, url) {
    const m = AUTH.exec(req.headers.authorization ?? '');
    if (!m)
        return 'no SigV4 Authorization header';
    const [, accessKeyId, , region, service, signedHeaders] = m;
    if (accessKeyId !== LOCAL_KEYS.accessKeyId)
        return `unknown access key ${accessKeyId}`;
    const amzDate = String(req.headers['x-amz-date'] ?? '');
    const signingDate = new Date(amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));
    if (Number.isNaN(signingDate.getTime()))
        return 'no X-Amz-Date';
    const headers = {};
    for (const name of signedHeaders.split(';'))
        headers[name] = String(req.headers[name] ?? '');
    const query = {};
    for (const [k, v] of url.searchParams) {
        const prev = query[k];
        query[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
    }
    const signer = new SignatureV4({ credentials: LOCAL_KEYS, region, service, sha256: Sha256, uriEscapePath: service !== 's3' });
    const expected = await signer.sign({ method: req.method, protocol: 'http:', hostname: url.hostname, port: Number(url.port), path: url.pathname, query, headers, body }, { signingDate });
    if (expected.headers.authorization !== req.headers.authorization)
        return 'SignatureDoesNotMatch';
    const all = {};
    for (const [k, v] of Object.entries(req.headers))
        all[k] = Array.isArray(v) ? v.join(', ') : String(v);
    return { method: req.method, path: url.pathname, query: url.searchParams, headers: all, body, scope: { accessKeyId, region, service } };
}
export async function startSignedEndpoint(handle) {
    const received = [];
    const refused = [];
    const server = createServer((req, res) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => {
            const url = new URL(req.url, `http://${req.headers.host}`);
            void verify(req, Buffer.concat(chunks), url).then((v) => {
                if (typeof v === 'string') {
                    refused.push({ reason: v });
                    const message = 'The request signature we calculated does not match the signature you provided.';
                    res.writeHead(403, { 'Content-Type': 'text/xml' });
                    res.end(`<ErrorResponse><Error><Type>Sender</Type><Code>SignatureDoesNotMatch</Code><Message>${message}</Message></Error></ErrorResponse>`);
                    return;
                }
                received.push(v);
                const a = handle(v);
                res.writeHead(a.status, { ...a.headers, 'x-amzn-RequestId': crypto.randomUUID() });
                res.end(a.body);
            });
        });
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
        url: `http://127.0.0.1:${server.address().port}`,
        received,
        refused,
        close: () => new Promise((resolve) => server.close(() => resolve())),
    };
}
//# sourceMappingURL=signed-endpoint.js.map