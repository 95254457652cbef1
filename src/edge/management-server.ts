/**
 * The management API over node:http, for every served service: read the body (capped), choose the
 * service, verify the signature for it, find the operation, bind and validate the input, run the
 * handler, serialize (src/protocol/service.ts, by the service's model). A signed request goes to the
 * service its SigV4 credential scope names (`…/us-east-1/lambda/aws4_request` → Lambda), as AWS's
 * endpoints are one per service; an unsigned one (local use without credentials), or one scoped to a
 * service not served here, to the first service whose routes know its method and path. Every response
 * carries `x-amzn-RequestId`; every failure is a ServiceError rendered by the chosen service's model,
 * and anything unexpected is logged and answered 500.
 */
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { renderError, ServiceError } from '../protocol/errors.js';
import type { RouteMatch } from '../protocol/router.js';
import type { HttpResponseParts } from '../protocol/serialize.js';
import type { ManagementContext, ServedService } from '../services/served-service.js';
import type { Config } from '../config/options.js';
import type { Logger } from '../shared/log.js';
import { requestId as newRequestId } from '../shared/ids.js';
import { StoreUnavailable, type Store } from '../store/store.js';
import { credentialScope, ManagementAuth } from '../auth/management.js';
import { readBounded } from '../shared/read-body.js';

export class BodyTooLarge extends Error {}

/** The body up to `limit` bytes, else BodyTooLarge once the client has finished sending. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return readBounded(req, limit, () => new BodyTooLarge());
}

export class ManagementServer {
  /** The services served, each checked at boot (every operation has a handler or answers NotImplemented). */
  readonly #services: readonly ServedService[];
  readonly #store: Store;
  readonly #config: Config;
  readonly #log: Logger;
  /** Set when credentials are configured: every request must then be signed by one of them. */
  readonly #auth: ManagementAuth | undefined;

  constructor(services: readonly ServedService[], store: Store, config: Config, log: Logger) {
    if (!services.length) throw new Error('the management listener needs a service to serve');
    this.#services = services;
    this.#store = store;
    this.#config = config;
    this.#log = log;
    this.#auth = config.credentials?.size ? new ManagementAuth(config.credentials) : undefined;
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = process.hrtime.bigint();
    const requestId = newRequestId();
    let operation = 'Unknown';
    let status = 500;
    let service: ServedService | undefined;
    let match: RouteMatch | undefined;
    try {
      const url = targetOf(req);
      const scope = credentialScope(req);
      const ctx: ManagementContext = {
        requestId,
        region: scope?.region ?? this.#config.region,
        accountId: this.#config.accountId,
        store: this.#store,
        log: this.#log,
        origin: req.headers.host ? `${'encrypted' in req.socket ? 'https' : 'http'}://${req.headers.host}` : undefined,
      };
      if (req.method === 'GET') {
        const out = await this.#download(url.pathname, ctx);
        if (out) {
          operation = 'Download';
          status = out.status;
          send(res, out.status, { ...out.headers, 'x-amzn-RequestId': requestId }, out.body);
          return;
        }
      }
      [service, match] = this.#choose(scope?.service, req.method ?? 'GET', url, req.headers);
      // The body cap is the chosen service's (Lambda takes ~67 MB zips inline), else the listener's.
      const body = await this.#readBody(req, service, match?.operation);
      // SigV4 against the configured credentials, for the chosen service (src/auth/management.ts); before
      // routing fails, so that an unsigned caller learns nothing of the routes.
      this.#auth?.verify(req, body, (service ?? this.#services[0]).signingName);
      if (!match || !service) throw new ServiceError('UnknownOperationException', `No operation matches ${req.method} ${url.pathname}`);
      operation = match.operation;
      const out = await service.invoke(match, { query: url.searchParams, headers: req.headers, body, requestId }, ctx);
      operation = match.operation; // an awsQuery service names it from the body (its Action)
      status = out.status;
      send(res, out.status, { ...out.headers, 'x-amzn-RequestId': requestId }, out.body);
    } catch (e) {
      if (match) operation = match.operation;
      const err = this.#asServiceError(e, requestId, operation);
      // By the model of the service that took the request (its error statuses); framework errors alone before.
      const r = service ? service.renderError(err, requestId) : renderError(err);
      status = r.status;
      send(res, r.status, { ...r.headers, 'x-amzn-RequestId': requestId }, r.body);
    } finally {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      this.#log.info({ requestId, operation, status, ms: Math.round(ms * 100) / 100 }, 'request');
    }
  }

  /**
   * The service a request goes to: the one its credential scope names, with the operation its routes
   * find (if any); else the first whose routes know the method and path.
   */
  #choose(signingName: string | undefined, method: string, url: URL, headers: IncomingHttpHeaders): [ServedService | undefined, RouteMatch | undefined] {
    const contentType = headers['content-type'];
    const named = signingName === undefined ? undefined : this.#services.find((s) => s.signingName === signingName);
    if (named) return [named, named.route(method, named.pathOf?.(headers.host, url.pathname) ?? url.pathname, url.searchParams, contentType)];
    for (const s of this.#services) {
      if (s.signedOnly) continue;
      const match = s.route(method, url.pathname, url.searchParams, contentType);
      if (match) return [s, match];
    }
    return [undefined, undefined];
  }

  async #readBody(req: IncomingMessage, service: ServedService | undefined, operation: string | undefined): Promise<Buffer> {
    const limit = service?.bodyLimit;
    try {
      return await readBody(req, limit?.bytes ?? this.#config.maxBodyBytes);
    } catch (e) {
      if (e instanceof BodyTooLarge) {
        throw (
          limit?.refuse(operation) ?? new ServiceError('RequestEntityTooLargeException', `Request body exceeds the limit of ${this.#config.maxBodyBytes} bytes`)
        );
      }
      throw e;
    }
  }

  /** A service's own GET outside its model (a capability URL: no signature, as a presigned URL needs none). */
  async #download(path: string, ctx: ManagementContext): Promise<HttpResponseParts | undefined> {
    for (const s of this.#services) {
      const out = await s.download(path, ctx);
      if (out) return out;
    }
    return undefined;
  }

  #asServiceError(e: unknown, requestId: string, operation: string): ServiceError {
    if (e instanceof ServiceError) return e;
    if (e instanceof StoreUnavailable) {
      // The database (PostgreSQL) cannot be reached: nothing was written, the call can be retried
      // (the SDKs retry 503s). AWS's text for its own outage is not recorded.
      this.#log.warn({ err: e, requestId, operation }, 'store unavailable');
      return new ServiceError('ServiceUnavailableException', 'Service Unavailable');
    }
    this.#log.error({ err: e, requestId, operation }, 'unexpected failure');
    return new ServiceError('InternalFailure', 'An internal error occurred. Please try again later.');
  }
}

/** The request target as a URL. Origin-form is read against a fixed origin: as a relative reference, `//x/y` would name the host x (and `//[` would throw). */
function targetOf(req: IncomingMessage): URL {
  const target = req.url ?? '/';
  try {
    return new URL(target.startsWith('/') ? `http://localhost${target}` : target);
  } catch {
    throw new ServiceError('UnknownOperationException', `No operation matches ${req.method} ${target}`);
  }
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string | Buffer): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const buf = typeof body === 'string' ? Buffer.from(body) : body;
  // A HEAD's answer names the length of what a GET would send (S3's HeadObject); node:http sends no body for a HEAD.
  const length = res.req.method === 'HEAD' && !buf.length && headers['Content-Length'] ? headers['Content-Length'] : String(buf.length);
  res.writeHead(status, { ...headers, 'Content-Length': length });
  res.end(buf);
}
