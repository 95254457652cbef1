/**
 * The page's only way to data: the management API the AWS SDKs call, on this same origin, signed with
 * SigV4 in the browser when the server has credentials configured (README "Web console"). Signing is
 * Smithy's signer (@smithy/signature-v4, the one the AWS SDK for JavaScript v3 uses) with a pure-JS
 * SHA-256 (@aws-crypto/sha256-js: WebCrypto is missing on plain-http origins other than localhost,
 * developer.mozilla.org/en-US/docs/Web/API/SubtleCrypto). The service name is the one the SDK signs for:
 * `apigateway` for API Gateway, `lambda` for Lambda, `acm` for ACM (the management listener routes by it).
 */
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export type Service = 'apigateway' | 'lambda' | 'cloudformation' | 'acm';

export interface CallOptions {
  query?: Record<string, string | undefined>;
  body?: unknown;
  /** A form-encoded body instead (the awsQuery protocol: CloudFormation). */
  form?: Record<string, string>;
  /** The awsJson1_1 protocol (ACM): `X-Amz-Target` names the operation, the body is JSON 1.1. */
  target?: string;
  service?: Service;
  /** Signed for this region instead of the session's (an ACM certificate is its ARN's region's). */
  region?: string;
  signal?: AbortSignal;
  accept?: string;
}

/** A management API refusal: its status, x-amzn-ErrorType and message, as an SDK would report them. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
    this.name = type;
  }
}

/** Encodes one path segment as the SDKs do (RFC 3986 unreserved characters only). */
export const seg = (s: string): string => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export class Management {
  constructor(
    readonly region: string,
    readonly credentials: Credentials | undefined,
  ) {}

  /** A signed request; the raw response (the live stream reads its body as it arrives). */
  async request(method: string, path: string, opts: CallOptions = {}): Promise<Response> {
    const url = new URL(path, location.origin);
    for (const [k, v] of Object.entries(opts.query ?? {})) if (v !== undefined && v !== '') url.searchParams.set(k, v);
    const body = opts.form ? new URLSearchParams(opts.form).toString() : opts.body === undefined ? undefined : JSON.stringify(opts.body);
    let headers: Record<string, string> = { host: url.host, accept: opts.accept ?? 'application/json' };
    if (body !== undefined) headers['content-type'] = opts.form ? 'application/x-www-form-urlencoded; charset=utf-8' : 'application/json';
    if (opts.target) {
      headers['content-type'] = 'application/x-amz-json-1.1';
      headers['x-amz-target'] = opts.target;
    }
    if (this.credentials) headers = await this.#sign(method, url, headers, body, opts.service ?? 'apigateway', opts.region ?? this.region);
    // The browser sets Host itself (a forbidden header name for fetch); it is the host signed above.
    delete headers.host;
    return fetch(url, { method, headers, body, signal: opts.signal, credentials: 'omit', cache: 'no-store' });
  }

  /** A call whose answer is JSON (or nothing); a refusal throws ApiError. */
  async call<T>(method: string, path: string, opts: CallOptions = {}): Promise<T> {
    const res = await this.request(method, path, opts);
    const text = await res.text();
    if (!res.ok) throw errorOf(res, text);
    return (text ? JSON.parse(text) : {}) as T;
  }

  get<T>(path: string, query?: Record<string, string | undefined>, service?: Service): Promise<T> {
    return this.call<T>('GET', path, { query, service });
  }

  async #sign(
    method: string,
    url: URL,
    headers: Record<string, string>,
    body: string | undefined,
    service: Service,
    region: string,
  ): Promise<Record<string, string>> {
    const signer = new SignatureV4({ credentials: this.credentials!, region, service, sha256: Sha256 });
    const query: Record<string, string> = {};
    url.searchParams.forEach((v, k) => (query[k] = v));
    const signed = await signer.sign({
      method,
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      path: url.pathname,
      query,
      headers,
      body,
    });
    return signed.headers;
  }
}

export function errorOf(res: Response, text: string): ApiError {
  let message = text;
  try {
    const j = JSON.parse(text) as { message?: string; Message?: string };
    message = j.message ?? j.Message ?? text;
  } catch {
    // Not JSON: the text is the message.
  }
  const type = (res.headers.get('x-amzn-errortype') ?? '').split(':')[0] || `HTTP ${res.status}`;
  return new ApiError(res.status, type, message || res.statusText);
}

/** API Gateway's list answers carry `item` (the SDK renames it `items`); Lambda's its own key. */
export async function items<T>(api: Management, path: string, query: Record<string, string | undefined> = {}): Promise<T[]> {
  const out: T[] = [];
  let position: string | undefined;
  do {
    const page = await api.get<{ item?: T[]; position?: string }>(path, { limit: '500', ...query, position });
    out.push(...(page.item ?? []));
    position = page.position;
  } while (position);
  return out;
}
