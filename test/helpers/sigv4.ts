/**
 * Requests signed by the AWS SDK's own signer (@smithy/signature-v4, the signer every SDK v3 client
 * uses), in the header form or presigned, for the SigV4 tests; sent over node:http so that the signed
 * headers go out exactly as signed.
 */
import { SignatureV4 } from '@smithy/signature-v4';
import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { rawRequest, type RawResponse } from './apis.js';

const bytes = (d: string | ArrayBuffer | ArrayBufferView): Buffer =>
  typeof d === 'string' ? Buffer.from(d) : ArrayBuffer.isView(d) ? Buffer.from(d.buffer, d.byteOffset, d.byteLength) : Buffer.from(d);

/** The hash constructor smithy's signer takes (`new Sha256()` hashes, `new Sha256(key)` HMACs). */
export class Sha256 {
  readonly #h: Hash | Hmac;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.#h = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret));
  }
  update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.#h.update(bytes(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.#h.digest());
  }
}

export interface Signer {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  region: string;
  service: string;
}

export interface SignedOut {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

const escapeUri = (s: string): string => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function queryOf(u: URL): Record<string, string | string[]> {
  const q: Record<string, string | string[]> = {};
  for (const [k, v] of u.searchParams) {
    const prev = q[k];
    q[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return q;
}

function build(u: URL, query: Record<string, string | string[] | null>): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(query)) {
    if (v === null) {
      parts.push(escapeUri(k));
      continue;
    }
    for (const x of Array.isArray(v) ? v : [v]) parts.push(`${escapeUri(k)}=${escapeUri(x)}`);
  }
  return `${u.protocol}//${u.host}${u.pathname}${parts.length ? `?${parts.join('&')}` : ''}`;
}

/** Signs with @smithy/signature-v4: the Authorization header form, or presigned (`presign`, `expiresIn` s). */
export async function sign(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string | Buffer },
  s: Signer,
  opts: { presign?: boolean; expiresIn?: number; signingDate?: Date } = {},
): Promise<SignedOut> {
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
      url: build(u, p.query as Record<string, string | string[] | null>),
      method: request.method,
      headers: p.headers,
      body: init.body,
    };
  }
  const r = await signer.sign(request, { signingDate: opts.signingDate });
  return {
    url: build(u, r.query as Record<string, string | string[] | null>),
    method: request.method,
    headers: r.headers,
    body: init.body,
  };
}

/** Sends what `sign` produced (a change to `tamper` first, for the failure cases). */
export async function send(out: SignedOut, tamper: (o: SignedOut) => SignedOut = (o) => o): Promise<RawResponse> {
  const o = tamper({ ...out, headers: { ...out.headers } });
  return rawRequest(o.url, { method: o.method, headers: o.headers, body: o.body });
}
