/**
 * The management API over node:http: read the body (capped), find the service and operation, bind and
 * validate the input, run the handler, serialize (src/protocol/service.ts, by the service's model).
 * Every response carries `x-amzn-RequestId`; every failure is a ServiceError rendered in one place,
 * and anything unexpected is logged and answered 500.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { renderError, ServiceError } from '../protocol/errors.js';
import type { RouteMatch } from '../protocol/router.js';
import { ServiceEngine, type ServiceDefinition } from '../protocol/service.js';
import type { Config } from '../config/options.js';
import type { Logger } from '../shared/log.js';
import { requestId as newRequestId } from '../shared/ids.js';
import { StoreUnavailable, type Store } from '../store/store.js';
import type { ControlConfig, ControlContext, ControlPorts } from '../services/apigateway/context.js';
import { ManagementAuth } from '../auth/management.js';

/** The region of a SigV4-signed request: `Credential=AKID/20240101/eu-west-1/apigateway/aws4_request`. */
export function regionOf(req: IncomingMessage, fallback: string): string {
  const auth = req.headers.authorization;
  const m = auth && /Credential=[^/,\s]+\/\d{8}\/([a-z0-9-]+)\/[^/,\s]+\/aws4_request/.exec(auth);
  if (m) return m[1];
  const q = req.url && /[?&]X-Amz-Credential=[^&]*?%2F\d{8}%2F([a-z0-9-]+)%2F/i.exec(req.url);
  return q ? q[1] : fallback;
}

export class BodyTooLarge extends Error {}

export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.resume();
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export class ControlServer {
  /** The services served, each checked at boot (every operation has a handler or answers NotImplemented). */
  readonly #services: ServiceEngine<ControlContext>[];
  readonly #store: Store;
  readonly #config: Config;
  /** The part of the configuration handlers see. */
  readonly #handlerConfig: ControlConfig;
  readonly #ports: ControlPorts;
  readonly #log: Logger;
  /** Set when credentials are configured: every request must then be signed by one of them. */
  readonly #auth: ManagementAuth | undefined;

  constructor(services: ServiceDefinition<ControlContext>[], store: Store, config: Config, log: Logger, ports: ControlPorts) {
    this.#services = services.map((def) => new ServiceEngine(def));
    this.#store = store;
    this.#config = config;
    this.#handlerConfig = {
      awsLimits: config.awsLimits,
      accountRateLimit: config.accountRateLimit,
      accountBurstLimit: config.accountBurstLimit,
      host: config.host,
      port: config.port,
    };
    this.#ports = { dataPlane: ports.dataPlane, counters: ports.counters };
    this.#log = log;
    this.#auth = config.credentials?.size ? new ManagementAuth(config.credentials) : undefined;
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = process.hrtime.bigint();
    const requestId = newRequestId();
    let operation = 'Unknown';
    let status = 500;
    let service: ServiceEngine<ControlContext> | undefined;
    try {
      const target = req.url ?? '/';
      let url: URL;
      try {
        // Origin-form is read against a fixed origin: as a relative reference, `//x/y` would name the
        // host x (and `//[` would throw).
        url = new URL(target.startsWith('/') ? `http://localhost${target}` : target);
      } catch {
        throw new ServiceError('UnknownOperationException', `No operation matches ${req.method} ${target}`);
      }
      let body: Buffer;
      try {
        body = await readBody(req, this.#config.maxBodyBytes);
      } catch (e) {
        if (e instanceof BodyTooLarge) {
          throw new ServiceError('RequestEntityTooLargeException', `Request body exceeds the limit of ${this.#config.maxBodyBytes} bytes`);
        }
        throw e;
      }
      this.#auth?.verify(req, body); // SigV4 against the configured credentials (src/auth/management.ts)
      let match: RouteMatch | undefined;
      for (const s of this.#services) {
        match = s.route(req.method ?? 'GET', url.pathname, url.searchParams);
        if (match) {
          service = s;
          break;
        }
      }
      if (!match || !service) {
        throw new ServiceError('UnknownOperationException', `No operation matches ${req.method} ${url.pathname}`);
      }
      operation = match.operation;
      const ctx: ControlContext = {
        region: regionOf(req, this.#config.region),
        accountId: this.#config.accountId,
        requestId,
        store: this.#store,
        config: this.#handlerConfig,
        log: this.#log,
        ...this.#ports,
      };
      const out = await service.invoke(match, { query: url.searchParams, headers: req.headers, body }, ctx);
      status = out.status;
      send(res, out.status, { ...out.headers, 'x-amzn-RequestId': requestId }, out.body);
    } catch (e) {
      let err: ServiceError;
      if (e instanceof ServiceError) {
        err = e;
      } else if (e instanceof StoreUnavailable) {
        // The database (PostgreSQL) cannot be reached: nothing was written, the call can be retried
        // (the SDKs retry 503s). AWS's text for its own outage is not recorded.
        this.#log.warn({ err: e, requestId, operation }, 'store unavailable');
        err = new ServiceError('ServiceUnavailableException', 'Service Unavailable');
      } else {
        this.#log.error({ err: e, requestId, operation }, 'unexpected failure');
        err = new ServiceError('InternalFailure', 'An internal error occurred. Please try again later.');
      }
      // By the model of the service that took the request (its error statuses); framework errors alone before.
      const r = service ? service.renderError(err) : renderError(err);
      status = r.status;
      send(res, r.status, { ...r.headers, 'x-amzn-RequestId': requestId }, r.body);
    } finally {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      this.#log.info({ requestId, operation, status, ms: Math.round(ms * 100) / 100 }, 'request');
    }
  }
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string | Buffer): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const buf = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, { ...headers, 'Content-Length': String(buf.length) });
  res.end(buf);
}
