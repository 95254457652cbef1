/**
 * Signature Version 4 verification (docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html),
 * written against the specification: the canonical request, the string to sign and the HMAC chain,
 * for the two forms a client can use — the `Authorization` header and the presigned query string
 * (`X-Amz-Algorithm`, `X-Amz-Credential`, `X-Amz-Date`, `X-Amz-Expires`, `X-Amz-SignedHeaders`,
 * `X-Amz-Signature`). Used by the data plane (service `execute-api`, AWS_IAM methods) and by the
 * management API (service `apigateway`). Tested against requests signed by @smithy/signature-v4 (the
 * AWS SDK's signer), botocore (the AWS CLI) and curl's --aws-sigv4.
 *
 * Canonical forms, as both SDK signers compute them for every service but S3:
 *   - URI: dot segments and empty segments removed, then the path as sent (already percent-encoded)
 *     encoded once more, `/` kept (smithy `getCanonicalPath` with uriEscapePath; botocore
 *     `quote(normalize_url_path(path), safe='/~')`);
 *   - query: every name and value decoded, then RFC 3986-encoded, sorted by name then value,
 *     `X-Amz-Signature` left out;
 *   - headers: the signed ones, lower-cased and sorted, each occurrence trimmed with inner runs of
 *     spaces collapsed, occurrences joined with `,`;
 *   - payload: the hex SHA-256 of the body; `x-amz-content-sha256: UNSIGNED-PAYLOAD` is honoured. A
 *     declared hash that is not the body's makes the signature fail (the body was changed).
 * A presigned request may also have signed `UNSIGNED-PAYLOAD` (botocore's query signer for some
 * services): both are tried. S3 (scope service `s3`) differs: its canonical URI is the path as sent, and a
 * streaming upload signs the declared `STREAMING-…` value (its chunks' own signatures are not checked).
 *
 * Errors and their texts (callers choose the status and error type):
 *   - no signature at all → MissingAuthenticationToken;
 *   - an Authorization header that is not SigV4: "Authorization header requires 'Credential' parameter.
 *     … Authorization=…" (IncompleteSignatureException; aws/chalice#828, aws-amplify/amplify-flutter#1539
 *     record it from execute-api), or, for a `key value` part without `=`, "Invalid key=value pair (missing
 *     equal-sign) in Authorization header (hashed with SHA-256 and encoded with Base64): '…'." (OBS1 in
 *     aws-behavior.md);
 *   - a scope for another service or region: "Credential should be scoped to correct service: 'execute-api'. "
 *     and "Credential should be scoped to a valid region, not 'x'. " (aws/aws-sdk-js#3571, #792;
 *     Kong/insomnia#830 shows both at once, region first);
 *   - an unknown access key: "The security token included in the request is invalid." (UnrecognizedClient;
 *     repost.aws knowledge-center api-gateway-iam-sigv4-mismatch, aws-amplify/amplify-js#2626);
 *   - a wrong signature: "The request signature we calculated does not match the signature you provided.
 *     Check your AWS Secret Access Key and signing method. Consult the service documentation for details."
 *     (RhinoSecurityLabs/IPRotate_Burp_Extension#47 for apigateway; execute-api adds the canonical string
 *     and string to sign, knowledge.broadcom.com article 186297);
 *   - outside the 5-minute window: "Signature expired: {date} is now earlier than {now-5m} ({now} - 5 min.)"
 *     (mhart/aws4#118 and aws-amplify/aws-sdk-android#253, both from execute-api) and "Signature not yet
 *     current: {date} is still later than {now+5m} ({now} + 5 min.)" (NickWaterton/Roomba980-Python#118).
 * Not recorded, written in the same family: the malformed-date, credential-terminator, date-mismatch and
 * presigned-expiry texts below.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const ALGORITHM = 'AWS4-HMAC-SHA256';
export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';
/** Both services accept signatures dated up to 5 minutes either side of now (the texts above). */
export const MAX_SKEW_MS = 5 * 60_000;
/** SigV4's longest presigned lifetime, one week. */
export const MAX_PRESIGN_SECONDS = 604_800;

export interface SignedRequest {
  method: string;
  /** The request target's path as the client sent it (percent-encoded), without the query. */
  path: string;
  /** The raw query string, without `?`. */
  query: string;
  /** Header values by lower-cased name, one entry per occurrence. */
  headers: Map<string, string[]>;
  body: Buffer;
}

/** What a verifier needs of a configured credential. */
export interface SigningSecret {
  secretAccessKey: string;
  sessionToken?: string;
}

export type SigV4Failure =
  | { kind: 'missing'; message: string }
  | { kind: 'incomplete'; message: string }
  | { kind: 'scope'; message: string }
  | { kind: 'unknown-key'; message: string; accessKeyId: string }
  | { kind: 'mismatch'; message: string; canonicalRequest: string; stringToSign: string }
  | { kind: 'expired'; message: string }
  | { kind: 'not-yet'; message: string };

export interface SigV4Success<C> {
  ok: true;
  credential: C;
  accessKeyId: string;
  region: string;
  service: string;
  presigned: boolean;
}

export type SigV4Result<C> = SigV4Success<C> | ({ ok: false } & SigV4Failure);

export interface VerifyOptions<C extends SigningSecret> {
  /** The service the credential scope must name (`execute-api`, `apigateway`). */
  service: string;
  /** The region the scope must name; unset = any well-formed region (the management API serves them all). */
  region?: string;
  lookup(accessKeyId: string): C | undefined;
  /** Epoch ms; defaults to Date.now(). */
  now?: number;
}

export const MESSAGES = {
  unknownKey: 'The security token included in the request is invalid.',
  mismatch:
    'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
  missing: 'Missing Authentication Token',
};

/** RFC 3986 encoding as the SDK's signer does it (`encodeURIComponent` plus `!'()*`). */
export function escapeUri(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data, 'utf8').digest();

export function signingKey(secret: string, date: string, region: string, service: string): Buffer {
  return hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), 'aws4_request');
}

export function canonicalUri(path: string): string {
  const segments: string[] = [];
  for (const s of path.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') segments.pop();
    else segments.push(s);
  }
  const normalized = `${path.startsWith('/') ? '/' : ''}${segments.join('/')}${segments.length > 0 && path.endsWith('/') ? '/' : ''}`;
  return escapeUri(normalized).replace(/%2F/g, '/');
}

/** Name/value pairs of a raw query string, decoded. */
export function queryPairs(query: string): [string, string][] {
  const out: [string, string][] = [];
  for (const part of query.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    out.push(eq < 0 ? [decode(part), ''] : [decode(part.slice(0, eq)), decode(part.slice(eq + 1))]);
  }
  return out;
}

export function canonicalQuery(pairs: [string, string][], dropSignature: boolean): string {
  return pairs
    .filter(([k]) => !(dropSignature && k === 'X-Amz-Signature'))
    .map(([k, v]) => [escapeUri(k), escapeUri(v)] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

const canonicalHeaderValue = (values: string[]): string =>
  values
    .map((v) =>
      v
        .replace(/[\r\n]/g, ' ')
        .replace(/[ \t]+/g, ' ')
        .trim(),
    )
    .join(',');

/** `pathAsSent`: S3's canonical URI is the path as sent, neither normalized nor encoded again (botocore S3SigV4Auth, smithy `uriEscapePath: false`). */
export function canonicalRequest(
  req: SignedRequest,
  signedHeaders: string[],
  pairs: [string, string][],
  presigned: boolean,
  payloadHash: string,
  pathAsSent = false,
): string {
  const headerLines = signedHeaders.map((h) => `${h}:${canonicalHeaderValue(req.headers.get(h) ?? [])}`);
  return [
    req.method.toUpperCase(),
    pathAsSent ? req.path : canonicalUri(req.path),
    canonicalQuery(pairs, presigned),
    ...headerLines,
    '',
    signedHeaders.join(';'),
    payloadHash,
  ].join('\n');
}

export function stringToSign(amzDate: string, scope: string, canonical: string): string {
  return `${ALGORITHM}\n${amzDate}\n${scope}\n${sha256Hex(canonical)}`;
}

/** `20260101T000000Z`. */
export function amzDate(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

function parseAmzDate(s: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s);
  if (!m) return undefined;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
  return Number.isNaN(ms) ? undefined : ms;
}

const last = (req: SignedRequest, name: string): string | undefined => {
  const v = req.headers.get(name);
  return v && v.length ? v[v.length - 1] : undefined;
};

interface Parsed {
  accessKeyId: string;
  credentialDate: string;
  region: string;
  service: string;
  terminator: string;
  signedHeaders: string[];
  signature: string;
  amzDate: string;
  dateMs: number;
  expiresSeconds?: number;
  securityToken?: string;
  presigned: boolean;
  pairs: [string, string][];
}

type ParseOutcome = { ok: true; parsed: Parsed } | ({ ok: false } & SigV4Failure);

const incomplete = (message: string): ParseOutcome => ({ ok: false, kind: 'incomplete', message });

function parseCredential(credential: string): { accessKeyId: string; credentialDate: string; region: string; service: string; terminator: string } | undefined {
  const parts = credential.split('/');
  if (parts.length !== 5 || !parts[0]) return undefined;
  return { accessKeyId: parts[0], credentialDate: parts[1], region: parts[2], service: parts[3], terminator: parts[4] };
}

// Not recorded: AWS's text for a date it cannot read (the text other AWS services answer).
const badDate = (v: string): string => `Date must be in ISO-8601 'basic format'. Got '${v}'. See http://en.wikipedia.org/wiki/ISO_8601`;

function parse(req: SignedRequest): ParseOutcome {
  const pairs = queryPairs(req.query);
  const q = new Map(pairs);
  // Presigned: everything is in the query string.
  if (q.has('X-Amz-Algorithm')) return parsePresigned(q, pairs);
  return parseAuthorizationHeader(req, pairs);
}

function parsePresigned(q: Map<string, string>, pairs: [string, string][]): ParseOutcome {
  const missing = ['X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Signature', 'X-Amz-SignedHeaders', 'X-Amz-Date'].filter((k) => !q.get(k));
  if (missing.length) {
    // Not recorded; follows the header form's "requires" sentences.
    return incomplete(missing.map((k) => `AWS query-string parameters must include '${k}'.`).join(' ') + ` Re-examine the query-string parameters.`);
  }
  if (q.get('X-Amz-Algorithm') !== ALGORITHM) return incomplete(`Unsupported AWS 'algorithm': '${q.get('X-Amz-Algorithm')}'.`);
  const cred = parseCredential(q.get('X-Amz-Credential')!);
  if (!cred) return incomplete(`Credential should be scoped with a valid terminator: 'aws4_request', not ''. `);
  const dateMs = parseAmzDate(q.get('X-Amz-Date')!);
  if (dateMs === undefined) return incomplete(badDate(q.get('X-Amz-Date')!));
  const expires = q.get('X-Amz-Expires');
  const expiresSeconds = expires === undefined ? undefined : Number(expires);
  if (expiresSeconds !== undefined && (!Number.isInteger(expiresSeconds) || expiresSeconds < 0 || expiresSeconds > MAX_PRESIGN_SECONDS)) {
    // Not recorded.
    return incomplete(`X-Amz-Expires must be between 0 and ${MAX_PRESIGN_SECONDS} seconds, got '${expires}'.`);
  }
  return {
    ok: true,
    parsed: {
      ...cred,
      signedHeaders: q.get('X-Amz-SignedHeaders')!.toLowerCase().split(';').filter(Boolean).sort(),
      signature: q.get('X-Amz-Signature')!,
      amzDate: q.get('X-Amz-Date')!,
      dateMs,
      expiresSeconds,
      securityToken: q.get('X-Amz-Security-Token'),
      presigned: true,
      pairs,
    },
  };
}

function parseAuthorizationHeader(req: SignedRequest, pairs: [string, string][]): ParseOutcome {
  const auth = last(req, 'authorization');
  if (auth === undefined) return { ok: false, kind: 'missing', message: MESSAGES.missing };
  const value = auth.trim();
  const sp = value.search(/\s/);
  const algorithm = sp < 0 ? value : value.slice(0, sp);
  const params = authorizationParams(value, sp < 0 ? '' : value.slice(sp + 1));
  if (!(params instanceof Map)) return params;
  const dateHeader = last(req, 'x-amz-date') ?? last(req, 'date');
  let message = '';
  if (!params.get('Credential')) message += "Authorization header requires 'Credential' parameter. ";
  if (!params.get('Signature')) message += "Authorization header requires 'Signature' parameter. ";
  if (!params.get('SignedHeaders')) message += "Authorization header requires 'SignedHeaders' parameter. ";
  if (!dateHeader) message += "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ";
  if (message) return incomplete(`${message}Authorization=${value}`);
  // Not recorded: the text for another algorithm with all SigV4 parameters present.
  if (algorithm !== ALGORITHM) return incomplete(`Unsupported AWS 'algorithm': '${algorithm}'.`);
  const cred = parseCredential(params.get('Credential')!);
  if (!cred) return incomplete(`Credential should be scoped with a valid terminator: 'aws4_request', not ''. `);
  const date = requestDate(req, dateHeader!);
  if ('ok' in date) return date;
  return {
    ok: true,
    parsed: {
      ...cred,
      signedHeaders: params.get('SignedHeaders')!.toLowerCase().split(';').filter(Boolean).sort(),
      signature: params.get('Signature')!,
      amzDate: date.amzDate,
      dateMs: date.dateMs,
      securityToken: last(req, 'x-amz-security-token'),
      presigned: false,
      pairs,
    },
  };
}

/** The `key=value` parameters after the algorithm in an Authorization header. */
function authorizationParams(value: string, rest: string): Map<string, string> | ParseOutcome {
  const params = new Map<string, string>();
  for (const raw of rest.split(',')) {
    const part = raw.trim();
    if (!part) continue;
    const eq = part.indexOf('=');
    if (eq < 0) {
      return incomplete(
        `Invalid key=value pair (missing equal-sign) in Authorization header (hashed with SHA-256 and encoded with Base64): '${createHash('sha256').update(value).digest('base64')}'.`,
      );
    }
    params.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return params;
}

/** The signing date: X-Amz-Date (ISO 8601 basic), else the Date header (in amzDate form for the string to sign). */
function requestDate(req: SignedRequest, dateHeader: string): { amzDate: string; dateMs: number } | ParseOutcome {
  const fromAmz = last(req, 'x-amz-date');
  if (fromAmz !== undefined) {
    const dateMs = parseAmzDate(fromAmz);
    if (dateMs === undefined) return incomplete(badDate(fromAmz));
    return { amzDate: fromAmz, dateMs };
  }
  const dateMs = Date.parse(dateHeader);
  if (Number.isNaN(dateMs)) return incomplete(badDate(dateHeader));
  return { amzDate: amzDate(dateMs), dateMs };
}

function equalHex(a: string, b: string): boolean {
  const x = Buffer.from(a.toLowerCase());
  const y = Buffer.from(b.toLowerCase());
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Verifies one request; never throws for anything the client sent. */
export function verifySigV4<C extends SigningSecret>(req: SignedRequest, opts: VerifyOptions<C>): SigV4Result<C> {
  const outcome = parse(req);
  if (!outcome.ok) return outcome;
  const p = outcome.parsed;

  // Scope: the terminator, then region and service (both sentences when both are wrong).
  if (p.terminator !== 'aws4_request') {
    return {
      ok: false,
      kind: 'scope',
      message: `Credential should be scoped with a valid terminator: 'aws4_request', not '${p.terminator}'. `,
    };
  }
  let scopeMessage = '';
  const regionOk = opts.region ? p.region === opts.region : /^[a-z]{2}(-[a-z]+)+-\d+$/.test(p.region);
  if (!regionOk) scopeMessage += `Credential should be scoped to a valid region, not '${p.region}'. `;
  if (p.service !== opts.service) scopeMessage += `Credential should be scoped to correct service: '${opts.service}'. `;
  if (scopeMessage) return { ok: false, kind: 'scope', message: scopeMessage };
  if (p.credentialDate !== p.amzDate.slice(0, 8)) {
    return {
      ok: false,
      kind: 'scope',
      message: `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${p.credentialDate}' != '${p.amzDate.slice(0, 8)}', from '${p.amzDate}'.`,
    };
  }

  const credential = opts.lookup(p.accessKeyId);
  if (
    !credential ||
    (p.securityToken !== undefined && p.securityToken !== credential.sessionToken) ||
    (credential.sessionToken !== undefined && p.securityToken === undefined)
  ) {
    return { ok: false, kind: 'unknown-key', message: MESSAGES.unknownKey, accessKeyId: p.accessKeyId };
  }

  const now = opts.now ?? Date.now();
  if (p.presigned && p.expiresSeconds !== undefined && now > p.dateMs + p.expiresSeconds * 1000) {
    // Not recorded: the presigned form's expiry, worded like the header form's.
    return {
      ok: false,
      kind: 'expired',
      message: `Signature expired: ${p.amzDate} is now earlier than ${amzDate(now - p.expiresSeconds * 1000)} (${amzDate(now)} - ${p.expiresSeconds} sec.)`,
    };
  }
  if (!p.presigned && p.dateMs < now - MAX_SKEW_MS) {
    return {
      ok: false,
      kind: 'expired',
      message: `Signature expired: ${p.amzDate} is now earlier than ${amzDate(now - MAX_SKEW_MS)} (${amzDate(now)} - 5 min.)`,
    };
  }
  if (p.dateMs > now + MAX_SKEW_MS) {
    return {
      ok: false,
      kind: 'not-yet',
      message: `Signature not yet current: ${p.amzDate} is still later than ${amzDate(now + MAX_SKEW_MS)} (${amzDate(now)} + 5 min.)`,
    };
  }

  const declared = last(req, 'x-amz-content-sha256');
  const bodyHash = sha256Hex(req.body);
  // S3's streaming uploads sign the literal `STREAMING-…` (https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-streaming.html).
  const streaming = p.service === 's3' && declared?.startsWith('STREAMING-');
  const hashes = declared === UNSIGNED_PAYLOAD || streaming ? [declared!] : p.presigned ? [bodyHash, UNSIGNED_PAYLOAD] : [bodyHash];
  const scope = `${p.credentialDate}/${p.region}/${p.service}/aws4_request`;
  const key = signingKey(credential.secretAccessKey, p.credentialDate, p.region, p.service);
  let first: { canonical: string; sts: string } | undefined;
  for (const payloadHash of hashes) {
    const canonical = canonicalRequest(req, p.signedHeaders, p.pairs, p.presigned, payloadHash, p.service === 's3');
    const sts = stringToSign(p.amzDate, scope, canonical);
    const expected = createHmac('sha256', key).update(sts, 'utf8').digest('hex');
    if (equalHex(expected, p.signature)) {
      return { ok: true, credential, accessKeyId: p.accessKeyId, region: p.region, service: p.service, presigned: p.presigned };
    }
    first ??= { canonical, sts };
  }
  return { ok: false, kind: 'mismatch', message: MESSAGES.mismatch, canonicalRequest: first!.canonical, stringToSign: first!.sts };
}

/** The parts of a node:http request a verifier reads. */
export function signedRequestOf(method: string, url: string, rawHeaders: string[], body: Buffer): SignedRequest {
  const q = url.indexOf('?');
  const headers = new Map<string, string[]>();
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i].toLowerCase();
    const list = headers.get(name);
    if (list) list.push(rawHeaders[i + 1]);
    else headers.set(name, [rawHeaders[i + 1]]);
  }
  return { method, path: q < 0 ? url : url.slice(0, q), query: q < 0 ? '' : url.slice(q + 1), headers, body };
}
