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
import { type ServiceDefinition } from '../protocol/service.js';
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
}
/** One served service: its engine (router and complete handler table, checked at boot) and its context builder. */
export interface ServedService {
    /** The SigV4 signing name its requests are scoped to: the model's `service`. */
    readonly signingName: string;
    /** `rawPath` still percent-encoded (see OperationRouter.match). */
    route(method: string, rawPath: string, query: URLSearchParams): RouteMatch | undefined;
    /** Bind, validate, run the handler with the service's own context, serialize. Throws ServiceError. */
    invoke(match: RouteMatch, req: Omit<HttpRequestParts, 'labels' | 'staticQueryKeys'>, base: ManagementContext): Promise<HttpResponseParts>;
    /** An error, by this service's model (its error statuses). */
    renderError(err: ServiceError): RenderedError;
}
/** A ServiceDefinition served with `context` building its handlers' context from the listener's. */
export declare function servedService<Ctx>(definition: ServiceDefinition<Ctx>, context: (base: ManagementContext) => Ctx): ServedService;
