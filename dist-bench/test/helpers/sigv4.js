/**
 * Requests signed by the AWS SDK's own signer (@smithy/signature-v4, the signer every SDK v3 client
 * uses), in the header form or presigned, for the SigV4 tests; sent over node:http so that the signed
 * headers go out exactly as signed.
 */
import { SignatureV4 } from '@smithy/signature-v4';
import { createHash, createHmac } from 'node:crypto';
import { rawRequest } from './apis.js';
const bytes = (d) => typeof d === 'string' ? Buffer.from(d) : ArrayBuffer.isView(d) ? Buffer.from(d.buffer, d.byteOffset, d.byteLength) : Buffer.from(d);
/** The hash constructor smithy's signer takes (`new Sha256()` hashes, `new Sha256(key)` HMACs). */
export class Sha256 {
    #h;
    constructor(secret) {
        this.#h = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret));
    }
    update(data) {
        this.#h.update(bytes(data));
    }
    async digest() {
        return new Uint8Array(this.#h.digest());
    }
}
const escapeUri = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
function queryOf(u) {
    const q = {};
    for (const [k, v] of u.searchParams) {
        const prev = q[k];
        q[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
    }
    return q;
}
function build(u, query) {
    const parts = [];
    for (const [k, v] of Object.entries(query)) {
        if (v === null) {
            parts.push(escapeUri(k));
            continue;
        }
        for (const x of Array.isArray(v) ? v : [v])
            parts.push(`${escapeUri(k)}=${escapeUri(x)}`);
    }
    return `${u.protocol}//${u.host}${u.pathname}${parts.length ? `?${parts.join('&')}` : ''}`;
}
/** Signs with @smithy/signature-v4: the Authorization header form, or presigned (`presign`, `expiresIn` s). */
export async function sign(url, init, s, opts = {}) {
    const u = new URL(url);
    const signer = new SignatureV4({
        credentials: { accessKeyId: s.accessKeyId, secretAccessKey: s.secretAccessKey, sessionToken: s.sessionToken },
        region: s.region,
        service: s.service,
        sha256: Sha256,
    });
    const request = {
        method: init.method ?? 'GET',
        protocol: u.protocol,
        hostname: u.hostname,
        port: u.port ? Number(u.port) : undefined,
        path: u.pathname,
        query: queryOf(u),
        headers: { host: u.host, ...(init.headers ?? {}) },
        body: init.body,
    };
    if (opts.presign) {
        const p = await signer.presign(request, { expiresIn: opts.expiresIn ?? 300, signingDate: opts.signingDate });
        return {
            url: build(u, p.query),
            method: request.method,
            headers: p.headers,
            body: init.body,
        };
    }
    const r = await signer.sign(request, { signingDate: opts.signingDate });
    return {
        url: build(u, r.query),
        method: request.method,
        headers: r.headers,
        body: init.body,
    };
}
/** Sends what `sign` produced (a change to `tamper` first, for the failure cases). */
export async function send(out, tamper = (o) => o) {
    const o = tamper({ ...out, headers: { ...out.headers } });
    return rawRequest(o.url, { method: o.method, headers: o.headers, body: o.body });
}
//# sourceMappingURL=sigv4.js.map