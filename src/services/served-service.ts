/**
 * A service as the management listener (src/edge/management-server.ts) serves it, whatever the service.
 * The listener builds one ManagementContext per request (request id, the SigV4 scope's region, account,
 * store, log); each service turns it into its handlers' own context, adding its config slice and the
 * ports the composition root (src/app.ts) handed it — API Gateway's adds ControlConfig, the data plane
 * and the counters (src/services/apigateway/service.ts). The engine (src/protocol/service.ts) stays
 * service-agnostic: it is given a model, a handler table and a context.
 *
 * To serve a service: build `servedService(definition, context)` from its ServiceDefinition (model +
 * handler table) and a context builder, and add it to the list src/app.ts gives the listener. Its
 * SigV4 signing name is its model's `service` (`apigateway`, `lambda`).
 */
import type { RenderedError, ServiceError } from '../protocol/errors.js';
import type { HttpRequestParts } from '../protocol/parse.js';
import type { RouteMatch } from '../protocol/router.js';
import type { HttpResponseParts } from '../protocol/serialize.js';
import { ServiceEngine, type BodyLimit, type ServiceDefinition } from '../protocol/service.js';
import type { Logger } from '../shared/log.js';
import type { Store } from '../store/store.js';

/** What the management listener knows of one request, for any service. */
export interface ManagementContext {
  requestId: string;
  /** The SigV4 credential scope's region, else the configured default (--region). */
  region: string;
  accountId: string;
  store: Store;
  log: Logger;
  /** `http://host:port` the request came to (its Host header), for URLs a service answers; unset without a Host. */
  origin?: string;
}

/** One served service: its engine (router and complete handler table, checked at boot) and its context builder. */
export interface ServedService {
  /** The SigV4 signing name its requests are scoped to: the model's `service`. */
  readonly signingName: string;
  /** `rawPath` still percent-encoded (see OperationRouter.match); `contentType` tells an awsQuery form apart. */
  route(method: string, rawPath: string, query: URLSearchParams, contentType?: string): RouteMatch | undefined;
  /** Bind, validate, run the handler with the service's own context, serialize. Throws ServiceError. */
  invoke(
    match: RouteMatch,
    req: Omit<HttpRequestParts, 'labels' | 'staticQueryKeys'> & { requestId?: string },
    base: ManagementContext,
  ): Promise<HttpResponseParts>;
  /** An error, by this service's model (its error statuses) and protocol (awsQuery's XML names the request). */
  renderError(err: ServiceError, requestId?: string): RenderedError;
  /**
   * An operation called in-process, its input already typed (model member names): precheck, validation and
   * handler as `invoke` runs them, the handler's output unserialized. Throws ServiceError (src/stacks/ uses it).
   */
  call(operation: string, input: Record<string, unknown>, base: ManagementContext): Promise<unknown>;
  /** Its own request body cap and refusal, if not the listener's (protocol/service.ts BodyLimit). */
  readonly bodyLimit?: BodyLimit;
  /**
   * Taken only by a request whose SigV4 scope names it, never by route alone (S3: its `/{bucket}/{key}` would
   * take every unsigned path of the other services).
   */
  readonly signedOnly?: boolean;
  /** The path to route, given the Host (S3's virtual-host style names the bucket there); the path itself when absent. */
  pathOf?(host: string | undefined, rawPath: string): string;
  /** A GET outside the model the service answers (unsigned capability URLs); undefined: not the service's. */
  download(path: string, base: ManagementContext): Promise<HttpResponseParts | undefined>;
}

/** A ServiceDefinition served with `context` building its handlers' context from the listener's. */
export function servedService<Ctx>(definition: ServiceDefinition<Ctx>, context: (base: ManagementContext) => Ctx): ServedService {
  const engine = new ServiceEngine(definition); // the boot check: throws for a handler the model lacks
  return {
    signingName: definition.model.service,
    route: (method, rawPath, query, contentType) => engine.route(method, rawPath, query, contentType),
    invoke: (match, req, base) => engine.invoke(match, req, context(base)),
    renderError: (err, requestId) => engine.renderError(err, requestId),
    call: (operation, input, base) => engine.call(operation, input, context(base)),
    bodyLimit: definition.bodyLimit,
    download: (path, base) => definition.download?.(path, context(base)) ?? Promise.resolve(undefined),
  };
}
