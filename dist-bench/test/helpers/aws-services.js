import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import dynalite from 'dynalite';
import kinesalite from 'kinesalite';
import S3rver from 's3rver';
import { send, sign } from './sigv4.js';
async function listening(server) {
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
        url: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((resolve) => server.close(() => resolve())),
    };
}
export const startDynalite = () => listening(dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 }));
export const startKinesalite = () => listening(kinesalite({ createStreamMs: 0, deleteStreamMs: 0, updateStreamMs: 0 }));
export async function startS3rver() {
    const directory = mkdtempSync(join(tmpdir(), 'tollgate-s3-'));
    const s3 = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory });
    const a = await s3.run();
    return {
        url: `http://127.0.0.1:${a.port}`,
        async close() {
            await s3.close();
            rmSync(directory, { recursive: true, force: true });
        },
    };
}
/** The keys Tollgate signs with against a configured endpoint when none are set (integrations/aws/aws-signer.ts). */
export const LOCAL_KEYS = { accessKeyId: 'test', secretAccessKey: 'test' };
/** A JSON-protocol call (DynamoDB, Kinesis): `X-Amz-Target: {target}`, the body as JSON; the answer parsed. */
export async function jsonCall(url, service, target, body, contentType = 'application/x-amz-json-1.0') {
    const text = JSON.stringify(body);
    const signed = await sign(`${url}/`, { method: 'POST', headers: { 'content-type': contentType, 'x-amz-target': target }, body: text }, {
        ...LOCAL_KEYS,
        region: 'us-east-1',
        service,
    });
    const r = await send(signed);
    if (r.status !== 200)
        throw new Error(`${target}: ${r.status} ${r.text}`);
    return r.text ? r.json() : {};
}
/** The one account s3rver knows: it verifies signatures against these keys. */
export const S3RVER_KEYS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
/** An S3 call, path-style (`/{bucket}/{key}`), signed; the raw answer. */
export async function s3Call(url, method, path, body, headers = {}) {
    const signed = await sign(`${url}${path}`, { method, headers: { 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD', ...headers }, body }, {
        ...S3RVER_KEYS,
        region: 'us-east-1',
        service: 's3',
    });
    return send(signed);
}
//# sourceMappingURL=aws-services.js.map