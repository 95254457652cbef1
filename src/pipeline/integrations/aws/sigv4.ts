/**
 * SigV4 header signing (AWS IAM UG "Create a signed AWS API request":
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html), synchronous, with
 * node:crypto's one-shot `hash()` (Node ≥ 20.12; a third of createHash's cost for these small inputs)
 * and the signing key kept per secret × day × region × service.
 *
 * Why not the SDK's signer (@smithy/signature-v4) per call: profiling an AWS service integration
 * under load (docs/performance.md "AWS service integrations") showed it costing ~9% of Tollgate's CPU
 * per request: every call is async through five awaits, allocates a Hash object per digest, and
 * computes an extra HMAC of the credentials only to look its signing-key cache up. This is the same
 * algorithm, canonicalised exactly as that signer does (version 5.7.5, dist-cjs `signRequest`:
 * generated headers dropped, `x-amz-date`, the session token and `x-amz-content-sha256` added,
 * its unsignable headers left out, header values' whitespace folded, the path's segments normalised
 * and encoded once more unless `uriEscapePath` is false — S3), and test/pipeline/sigv4.test.ts checks it
 * against that signer on the same inputs.
 */
import { createHmac, hash } from 'node:crypto';

export interface SigningKeys {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface SignableRequest {
  method: string;
  /** The Host header's value: host, and port unless the scheme's default. */
  host: string;
  /** The path as sent, without its query. */
  path: string;
  /** The query, decoded. */
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  body: Buffer | undefined;
}

export interface SigningScope {
  region: string;
  service: string;
  /** False for S3, which signs the path as sent; other services sign its segments encoded once more. */
  uriEscapePath: boolean;
}

/** Headers the SDK's signer never signs (ALWAYS_UNSIGNABLE_HEADERS), nor any `proxy-*` or `sec-*`. */
const UNSIGNABLE = new Set([
  'authorization',
  'cache-control',
  'connection',
  'expect',
  'from',
  'keep-alive',
  'max-forwards',
  'pragma',
  'referer',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'user-agent',
  'x-amzn-trace-id',
]);
/** Headers the signer writes itself: a caller's own are dropped first (the SDK's GENERATED_HEADERS). */
const GENERATED = new Set(['authorization', 'x-amz-date', 'date']);
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const SHA256_HEADER = 'x-amz-content-sha256';

/** RFC 3986 percent-encoding, as SigV4 canonicalises (`!'()*` encoded too). */
export const escapeUri = (s: string): string => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

const keys = new Map<string, Buffer>();

/** kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request"), kept (the last 64). */
function signingKey(secret: string, shortDate: string, region: string, service: string): Buffer {
  const id = `${shortDate}\u0000${region}\u0000${service}\u0000${secret}`;
  let k = keys.get(id);
  if (!k) {
    k = createHmac('sha256', `AWS4${secret}`).update(shortDate).digest();
    k = createHmac('sha256', k).update(region).digest();
    k = createHmac('sha256', k).update(service).digest();
    k = createHmac('sha256', k).update('aws4_request').digest();
    if (keys.size >= 64) keys.clear();
    keys.set(id, k);
  }
  return k;
}

let stampSecond = -1;
let stamp = '';
/** `YYYYMMDDTHHMMSSZ` for `nowMs`, formatted once per second. */
function amzDate(nowMs: number): string {
  const second = Math.floor(nowMs / 1000);
  if (second !== stampSecond) {
    stampSecond = second;
    stamp = new Date(second * 1000)
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z')
      .replace(/[-:]/g, '');
  }
  return stamp;
}

const NEEDS_FOLDING = /[\r\n\t]| {2}|^ | $/;
const foldValue = (v: string): string =>
  NEEDS_FOLDING.test(v)
    ? v
        .replace(/[\r\n]/g, ' ')
        .replace(/[ \t]+/g, ' ')
        .replace(/^ | $/g, '')
    : v;

function canonicalPath(path: string, escape: boolean): string {
  if (!escape) return path;
  const segments: string[] = [];
  for (const s of path.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') segments.pop();
    else segments.push(s);
  }
  const normalized = `${path.startsWith('/') ? '/' : ''}${segments.join('/')}${segments.length > 0 && path.endsWith('/') ? '/' : ''}`;
  return escapeUri(normalized).replace(/%2F/g, '/');
}

function canonicalQuery(query: Record<string, string | string[]>): string {
  const names: string[] = [];
  const pairs = new Map<string, string>();
  for (const name in query) {
    if (!Object.prototype.hasOwnProperty.call(query, name) || name.toLowerCase() === 'x-amz-signature') continue;
    const encoded = escapeUri(name);
    const value = query[name];
    let text: string;
    if (typeof value === 'string') text = `${encoded}=${escapeUri(value)}`;
    else if (Array.isArray(value))
      text = value
        .map((v) => `${encoded}=${escapeUri(v)}`)
        .sort()
        .join('&');
    else continue;
    names.push(encoded);
    pairs.set(encoded, text);
  }
  if (names.length === 0) return '';
  names.sort();
  let out = '';
  for (const n of names) {
    const t = pairs.get(n)!;
    if (t) out += out ? `&${t}` : t;
  }
  return out;
}

/**
 * The headers to send: the request's (less any Authorization, X-Amz-Date, Date), Host, X-Amz-Date,
 * X-Amz-Security-Token with a session token, X-Amz-Content-Sha256 unless set, and Authorization.
 */
export function signV4(req: SignableRequest, creds: SigningKeys, scope: SigningScope, nowMs: number = Date.now()): Record<string, string> {
  const headers: Record<string, string> = {};
  let payloadHash: string | undefined;
  for (const name in req.headers) {
    const lower = name.toLowerCase();
    if (GENERATED.has(lower)) continue;
    headers[name] = req.headers[name];
    if (lower === SHA256_HEADER && payloadHash === undefined) payloadHash = req.headers[name];
  }
  headers.host = req.host;
  const longDate = amzDate(nowMs);
  const shortDate = longDate.slice(0, 8);
  headers['x-amz-date'] = longDate;
  if (creds.sessionToken) headers['x-amz-security-token'] = creds.sessionToken;
  if (payloadHash === undefined) {
    payloadHash = req.body && req.body.length ? hash('sha256', req.body, 'hex') : EMPTY_SHA256;
    headers[SHA256_HEADER] = payloadHash;
  }

  // The signed headers by lower-cased name. Two names that differ only in case (rare) keep the value of
  // the one that sorts last by its own casing, as the SDK's signer does (it walks the names sorted).
  const canonical = new Map<string, string>();
  let twice = false;
  for (const name in headers) {
    const value = headers[name];
    if ((value as string | undefined) === undefined) continue;
    const lower = name.toLowerCase();
    if (UNSIGNABLE.has(lower) || lower.startsWith('proxy-') || lower.startsWith('sec-')) continue;
    if (canonical.has(lower)) twice = true;
    canonical.set(lower, foldValue(value));
  }
  if (twice) {
    canonical.clear();
    for (const name of Object.keys(headers).sort()) {
      const lower = name.toLowerCase();
      if (UNSIGNABLE.has(lower) || lower.startsWith('proxy-') || lower.startsWith('sec-')) continue;
      if ((headers[name] as string | undefined) !== undefined) canonical.set(lower, foldValue(headers[name]));
    }
  }
  const signed = [...canonical.keys()].sort();
  let headerLines = '';
  for (const n of signed) headerLines += `${n}:${canonical.get(n)!}\n`;
  const signedHeaders = signed.join(';');
  const canonicalRequest = `${req.method}\n${canonicalPath(req.path, scope.uriEscapePath)}\n${canonicalQuery(req.query)}\n${headerLines}\n${signedHeaders}\n${payloadHash}`;
  const credentialScope = `${shortDate}/${scope.region}/${scope.service}/aws4_request`;
  const stringToSign = `AWS4-HMAC-SHA256\n${longDate}\n${credentialScope}\n${hash('sha256', canonicalRequest, 'hex')}`;
  const signature = createHmac('sha256', signingKey(creds.secretAccessKey, shortDate, scope.region, scope.service))
    .update(stringToSign)
    .digest('hex');
  headers.authorization = `AWS4-HMAC-SHA256 Credential=${creds.accessKeyId}/${credentialScope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return headers;
}
