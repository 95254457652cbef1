/**
 * The upstream HTTP client for HTTP and HTTP_PROXY integrations: undici Agents, one per TLS profile,
 * built once and reused (keep-alive pools per origin). Backend failures map to gateway errors in one
 * function: timeouts → INTEGRATION_TIMEOUT (504 "Endpoint request timed out"); refused or reset
 * connections → INTEGRATION_FAILURE (504); DNS and TLS certificate failures → API_CONFIGURATION_ERROR
 * (500), as AWS logs them "Execution failed due to configuration error"
 * (repost.aws/knowledge-center/api-gateway-500-error-vpc).
 * A TLS profile is the stage's client certificate (presented to backends that ask for one: mutual
 * TLS, DG getting-started-client-side-ssl-authentication) and tlsConfig.insecureSkipVerification;
 * backends' certificates are verified against Node's root store plus the `--backend-ca` bundle,
 * one per client (edge/tls-certificates.ts backendTlsOptions).
 */
import { request as httpRequest, type RequestOptions } from 'node:http';
import { connect as netConnect, isIP, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { connect as tlsConnect } from 'node:tls';
import { Agent, Client, type Dispatcher } from 'undici';
import { GatewayError } from '../gateway-errors.js';

export interface EndpointRequest {
  method: string;
  /** `http://host:port`, as `URL.origin` gives it. */
  origin: string;
  /** The path with its query, as sent. */
  path: string;
  headers: Record<string, string | string[]>;
  body: Buffer | undefined;
  timeoutMs: number;
  insecureSkipVerification?: boolean;
  /** The stage's clientCertificateId, and the region it lives in. */
  clientCertificate?: { region: string; id: string };
  /**
   * May be sent once more, whatever its method, when its connection closes before any byte of the
   * answer: set for calls to AWS services (see REPLAYED). Unset, only idempotent methods are.
   */
  replayable?: boolean;
}

export interface HttpClientOptions {
  /** The PEM certificate and private key of a generated client certificate; undefined when it is gone. */
  clientCertificate?(region: string, id: string): Promise<{ cert: string; key: string } | undefined>;
  /** The CA certificates backends are verified against; undefined = Node's root store. */
  ca?: string[];
}

export interface EndpointResponse {
  status: number;
  /**
   * Name → values, names in the backend's own casing (an HTTP_PROXY answer passes them on so: rec:
   * test_apigateway_integrations.py::TestApiGatewayHeaderRemapping::test_apigateway_header_remapping_http[HTTP_PROXY]
   * [no-param-integration], `Access-Control-Allow-Origin` as httpbin wrote it). Compare them without case.
   */
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  latencyMs: number;
}

/** API Gateway buffers integration responses; a backend may not answer with more than this. */
export const MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

/** What the pipeline needs of a backend client (TestInvokeMethod wraps one to trace what it sends). */
export type HttpSender = Pick<HttpClient, 'send'>;

/** A TLS profile's keep-alive Agent, and its connect options for a connection of a call's own. */
interface Profile {
  agent: Agent;
  connect: Client.Options['connect'];
}

export class HttpClient {
  readonly #agents = new Map<string, Profile>();
  readonly #options: HttpClientOptions;
  /** Client certificates by id: generated once, never changed (only their description can be). */
  readonly #certs = new Map<string, Promise<{ cert: string; key: string } | undefined>>();

  constructor(options: HttpClientOptions = {}) {
    this.#options = options;
  }

  /** One Agent per TLS profile (client certificate × skip verification; the CA bundle is the client's). */
  #agentFor(key: string, insecure: boolean, pem: { cert: string; key: string } | undefined): Profile {
    let a = this.#agents.get(key);
    if (!a) {
      const connect = {
        ...(insecure ? { rejectUnauthorized: false } : {}),
        ...(this.#options.ca ? { ca: this.#options.ca } : {}),
        ...(pem ? { cert: pem.cert, key: pem.key } : {}),
      };
      // An idle connection is kept 4 s, or, when the server advertises its own idle timeout
      // (`Keep-Alive: timeout=N`, as Node's servers do), 2 s less than that (undici's
      // keepAliveTimeoutThreshold), so Tollgate normally lets it go before the server does; when
      // the two still cross, the call is sent again (REPLAYED).
      a = { agent: new Agent({ keepAliveTimeout: 4_000, connections: 128, pipelining: 1, connect }), connect };
      this.#agents.set(key, a);
    }
    return a;
  }

  async #clientCertificate(c: { region: string; id: string }): Promise<{ cert: string; key: string } | undefined> {
    let p = this.#certs.get(c.id);
    if (!p) {
      p = this.#options.clientCertificate!(c.region, c.id);
      this.#certs.set(c.id, p);
    }
    const pem = await p.catch((e: unknown) => {
      this.#certs.delete(c.id);
      throw e;
    });
    if (!pem) this.#certs.delete(c.id); // gone (or not yet visible): look again next time
    return pem;
  }

  send(req: EndpointRequest): Promise<EndpointResponse> {
    const insecure = !!req.insecureSkipVerification;
    const c = req.clientCertificate;
    // The common case (no client certificate) picks its Agent without waiting on anything.
    if (c && this.#options.clientCertificate) return this.#sendWithCertificate(req, c, insecure);
    if (hasUpgradeHeader(req.headers)) return this.#dispatchNode(req, insecure, undefined);
    return this.#dispatch(this.#agentFor(insecure ? INSECURE : VERIFY, insecure, undefined), req);
  }

  async #sendWithCertificate(req: EndpointRequest, c: { region: string; id: string }, insecure: boolean): Promise<EndpointResponse> {
    const pem = await this.#clientCertificate(c).catch((e: unknown) => {
      throw toGatewayError(e);
    });
    if (hasUpgradeHeader(req.headers)) return this.#dispatchNode(req, insecure, pem);
    return this.#dispatch(this.#agentFor(`${pem ? c.id : ''}${insecure ? INSECURE : VERIFY}`, insecure, pem), req);
  }

  /**
   * The same call on a connection of its own for a request undici will not send: one with an
   * `Upgrade` header, which API Gateway does deliver when it is mapped, next to a mapped `Trailer`
   * (rec: test_apigateway_integrations.py::TestApiGatewayHeaderRemapping::test_apigateway_header_remapping_http[HTTP]
   * [full-integration]: the backend got `Upgrade: HTTP/2.0` and `Trailer: user-agent`). node:http refuses
   * a Trailer with a Content-Length, so the request head is written here and node:http only reads the
   * answer. Rare, so no pooling.
   */
  #dispatchNode(req: EndpointRequest, insecure: boolean, pem: { cert: string; key: string } | undefined): Promise<EndpointResponse> {
    return new Promise<EndpointResponse>((resolve, reject) => {
      const handler = new BufferingHandler(resolve, reject, req.timeoutMs);
      const url = new URL(req.origin);
      const tls = url.protocol === 'https:';
      const host = url.hostname.replace(/^\[|\]$/g, '');
      const port = Number(url.port || (tls ? 443 : 80));
      const body = req.body && req.body.length ? req.body : req.method === 'GET' || req.method === 'HEAD' ? undefined : Buffer.alloc(0);
      const head = requestHead(req, url.host, body);
      const connect = (): Duplex =>
        replacingHead(
          tls
            ? tlsConnect({
                host,
                port,
                servername: isIP(host) ? undefined : host,
                ...(insecure ? { rejectUnauthorized: false } : {}),
                ...(this.#options.ca ? { ca: this.#options.ca } : {}),
                ...(pem ? { cert: pem.cert, key: pem.key } : {}),
              })
            : netConnect({ host, port }),
          head,
        );
      const options: RequestOptions = {
        method: req.method,
        host,
        port,
        path: req.path,
        createConnection: connect, // no agent: this connection only
        headers: body ? { 'content-length': String(body.length) } : {},
      };
      const call = httpRequest(options, (res) => {
        if (
          handler.onHeaders(
            res.statusCode ?? 502,
            res.rawHeaders.map((h) => Buffer.from(h, 'latin1')),
          )
        ) {
          res.on('data', (c: Buffer) => {
            handler.onData(c);
          });
          res.on('end', () => handler.onComplete());
          res.on('error', (e) => handler.onError(e));
        }
      });
      handler.onConnect((err) => call.destroy(err));
      call.on('error', (e) => handler.onError(e));
      call.end(body);
    });
  }

  /**
   * undici's low-level dispatch with a handler that buffers the answer (API Gateway buffers
   * integration responses anyway): no Readable stream, no async iterator per response. A call whose
   * connection closes before any byte of the answer is sent again once, if it may be (REPLAYED), on
   * a connection of its own: the pool's other idle connections may have been closed by the server
   * at the same moment.
   */
  #dispatch(profile: Profile, req: EndpointRequest): Promise<EndpointResponse> {
    return new Promise<EndpointResponse>((resolve, reject) => {
      const handler = new BufferingHandler(resolve, reject, req.timeoutMs);
      if (req.replayable || IDEMPOTENT.has(req.method)) {
        // Existing objects, no closure: this runs for every call and is used by almost none.
        handler.replay = profile;
        handler.request = req;
      }
      dispatch(profile.agent, req, handler);
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.#agents.values()].map((a) => a.agent.close()));
    this.#agents.clear();
  }
}

/** The call once more, on a connection of its own, closed once it is answered (REPLAYED). */
function dispatchOnOwnConnection(profile: Profile, req: EndpointRequest, handler: BufferingHandler): void {
  const own = new Client(req.origin, { connect: profile.connect, pipelining: 1 });
  dispatch(own, req, handler);
  void own.close();
}

function dispatch(to: Dispatcher, req: EndpointRequest, handler: BufferingHandler): void {
  const body = req.body && req.body.length ? req.body : req.method === 'GET' || req.method === 'HEAD' ? undefined : req.body;
  try {
    to.dispatch(
      {
        origin: req.origin,
        path: req.path,
        method: req.method,
        headers: req.headers,
        body,
        // The handler times the whole call itself (timeoutInMillis bounds it all, as in AWS). undici's
        // own timers are off: they are "fast timers", kept until undici's next 0.5 s sweep after they
        // are cleared, so two per request outlived young-generation collections and were promoted —
        // the largest share of what filled the old generation under load (heap sampling of objects
        // collected by major GCs), with a full collection every couple of seconds.
        headersTimeout: 0,
        bodyTimeout: 0,
      },
      handler,
    );
  } catch (e) {
    handler.onError(e as Error);
  }
}

/**
 * REPLAYED. A keep-alive connection the endpoint closes as it goes idle (Node's servers after 5 s,
 * dynalite among them) can cross a call Tollgate sends on it at that moment: the call then fails
 * with no answer at all — undici's "other side closed" (UND_ERR_SOCKET), ECONNRESET when the
 * endpoint's kernel resets the connection the call arrived on, EPIPE — and without a second try
 * answers 504 for a call the endpoint most likely never read (nodejs/undici#3492; Node's own docs
 * for `request.reusedSocket` retry exactly this case). Such a call is sent again, once, on a fresh
 * connection, within the same timeoutInMillis:
 *   - a call to an AWS service, whatever its method: the AWS SDK for JavaScript v3 retries these
 *     errors for every operation (@smithy/core retry `isTransientError`: ECONNRESET, EPIPE, …; AWS's
 *     "Retry behavior" reference: errors "where no HTTP response was received", "server-closed
 *     connections"), so a DynamoDB PutItem or SQS SendMessage made by an SDK may reach the service
 *     twice the same way;
 *   - any other call only with an idempotent method (RFC 9110 §9.2.2: a client "SHOULD NOT
 *     automatically retry a request with a non-idempotent method" unless it knows the request was
 *     not applied, which a closed connection does not tell); a POST to an HTTP backend still
 *     answers 504.
 * Anything else — a refused connection, a timeout, an answer cut short once it began — is not sent again.
 */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE']);
const CLOSED_BEFORE_ANSWER = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']);

const VERIFY = '\u0000verify';

/** The request line and headers, as sent on a connection of its own (closed after the answer). */
function requestHead(req: EndpointRequest, host: string, body: Buffer | undefined): string {
  let head = `${req.method} ${req.path} HTTP/1.1\r\n`;
  let hasHost = false;
  for (const name in req.headers) {
    if (name.toLowerCase() === 'host') hasHost = true;
    const v = req.headers[name];
    for (const value of Array.isArray(v) ? v : [v]) head += `${name}: ${value.replace(/[\r\n]/g, ' ')}\r\n`;
  }
  if (!hasHost) head = head.replace('\r\n', `\r\nHost: ${host}\r\n`);
  if (body) head += `Content-Length: ${body.length}\r\n`;
  return `${head}Connection: close\r\n\r\n`;
}

/** A socket whose first write — node:http's own request head — is replaced by `head` (the body that may follow is kept). */
function replacingHead(socket: Socket, head: string): Socket {
  const write = socket.write.bind(socket) as (chunk: unknown, ...rest: unknown[]) => boolean;
  let pending = '';
  let done = false;
  socket.write = (chunk: string | Buffer, ...rest: unknown[]): boolean => {
    if (done) return write(chunk, ...rest);
    pending += typeof chunk === 'string' ? chunk : chunk.toString('latin1');
    const end = pending.indexOf('\r\n\r\n');
    if (end < 0) {
      const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      cb?.();
      return true;
    }
    done = true;
    return write(Buffer.from(head + pending.slice(end + 4), 'latin1'), ...rest.filter((r) => typeof r === 'function'));
  };
  return socket;
}

const hasUpgradeHeader = (headers: Record<string, string | string[]>): boolean => {
  for (const k in headers) if (k.length === 7 && k.toLowerCase() === 'upgrade') return true;
  return false;
};
const INSECURE = '\u0000insecure';

/**
 * The classic handler protocol undici's Client speaks (onConnect / onHeaders / onData / onComplete /
 * onError), buffering the answer; one object per call, its methods shared. It owns the call's
 * deadline: a native timer (removed from Node's lists as soon as it is cleared), started with the
 * call, that answers INTEGRATION_TIMEOUT and aborts the request if no complete answer came in time.
 */
class BufferingHandler {
  readonly #started = performance.now();
  readonly #chunks: Buffer[] = [];
  readonly #headers: Record<string, string | string[] | undefined> = {};
  readonly #timer: NodeJS.Timeout;
  #size = 0;
  #status = 0;
  #abort: ((err: Error) => void) | undefined;
  /** Set once the promise is settled: later callbacks from undici change nothing. */
  #settled: GatewayError | true | undefined;
  /** Where the call may be sent once more (REPLAYED); unset when it may not be, or was. */
  replay: Profile | undefined;
  request: EndpointRequest | undefined;

  constructor(
    readonly resolve: (r: EndpointResponse) => void,
    readonly reject: (e: unknown) => void,
    timeoutMs: number,
  ) {
    this.#timer = setTimeout(() => this.#timeout(timeoutMs), timeoutMs);
  }

  #timeout(ms: number): void {
    if (this.#settled) return;
    const err = new GatewayError('INTEGRATION_TIMEOUT', { cause: new Error(`no complete answer within ${ms} ms`) });
    this.#settled = err;
    this.reject(err);
    this.#abort?.(err); // undici then calls onError, which finds the call settled
  }

  onConnect(abort: (err: Error) => void): void {
    this.#abort = abort;
    if (this.#settled instanceof GatewayError) abort(this.#settled); // timed out while waiting for a connection
  }

  onHeaders(statusCode: number, raw: Buffer[]): boolean {
    this.#status = statusCode;
    const headers = this.#headers;
    for (let i = 0; i < raw.length; i += 2) {
      const name = raw[i].toString('latin1');
      const value = raw[i + 1].toString('latin1');
      const prev = headers[name];
      headers[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
    }
    return true;
  }

  onData(chunk: Buffer): boolean {
    this.#size += chunk.length;
    if (this.#size > MAX_RESPONSE_BYTES) {
      this.#abort?.(new GatewayError('INTEGRATION_FAILURE', { message: 'Internal server error', status: 502 }));
      return false;
    }
    this.#chunks.push(chunk);
    return true;
  }

  onComplete(): void {
    if (this.#settled) return;
    this.#settled = true;
    clearTimeout(this.#timer);
    const chunks = this.#chunks;
    this.resolve({
      status: this.#status,
      headers: this.#headers,
      body: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks),
      latencyMs: performance.now() - this.#started,
    });
  }

  onError(err: Error): void {
    if (this.#settled) return;
    const replay = this.replay;
    if (replay && this.#status === 0 && CLOSED_BEFORE_ANSWER.has((err as { code?: string }).code ?? '')) {
      this.replay = undefined;
      this.#abort = undefined;
      dispatchOnOwnConnection(replay, this.request!, this);
      return;
    }
    this.#settled = true;
    clearTimeout(this.#timer);
    this.reject(toGatewayError(err));
  }
}

export function toGatewayError(e: unknown, signal?: AbortSignal): GatewayError {
  if (e instanceof GatewayError) return e;
  const code = (e as { code?: string }).code ?? (e as { cause?: { code?: string } }).cause?.code ?? '';
  const name = (e as { name?: string }).name ?? '';
  if (signal?.aborted || name === 'TimeoutError' || name === 'AbortError' || /TIMEOUT/.test(code)) {
    return new GatewayError('INTEGRATION_TIMEOUT', { cause: e });
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|HOSTNAME/.test(code)) {
    return new GatewayError('API_CONFIGURATION_ERROR', { cause: e });
  }
  return new GatewayError('INTEGRATION_FAILURE', { cause: e });
}
