/**
 * The data plane: one request, start to finish, in AWS's order
 * (DG:apigateway-authorization-flow, DG:api-gateway-request-throttling):
 *   receive → resolve API and stage → route → authorize → API key, throttle, quota → integration request →
 *   integration → integration response → method response;
 * any GatewayError on the way is rendered through the API's gateway responses.
 * Authorization (authorizers, IAM, resource policies) is data/authorize.ts.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Logger } from '../shared/log.js';
import type { Admission } from './admission.js';
import type { AccessLogger } from './access-log.js';
import type { StageCache } from './cache.js';
import type { LambdaInvoker } from '../lambda/invoker.js';
import { authorize, type Authorization } from './authorize.js';
import type { DeploymentRegistry, Served } from './deployments.js';
import { GatewayError } from './gateway-errors.js';
import { renderGatewayError, type RenderedResponse } from './gateway-response.js';
import type { HttpSender } from './integrations/http-client.js';
import type { AwsServices } from './integrations/aws-service.js';
import { INTEGRATIONS } from './integrations/dispatch.js';
import type { ClientRequest, GatewayAnswer, Invocation, InvokeTarget } from './invocation.js';

export type { GatewayAnswer } from './invocation.js';
import { validateRequest } from './method-request.js';
import { methodResponse } from './method-response.js';
import { pickMethod } from './router.js';
import { reasonOf } from './reasons.js';
import { RequestTrace, type FailedStage } from './trace.js';
import { traceAuthorized, traceResponse, traceRoute, traceValidated } from './trace-steps.js';

/**
 * Whoever watches the answered requests (the console's live requests, src/edge/live-requests.ts): a port
 * app.ts gives. `traces` is asked once per request, when it starts: only when it says yes is the request
 * traced step by step.
 */
export interface RequestWatch {
  /** Whether a request to `target` starting now is to be traced (someone may be shown it). */
  traces(target: InvokeTarget): boolean;
  /** Each answered request, once written (with recordAccess); `answer.trace` is set when it was traced. */
  record(answer: GatewayAnswer): void;
}

export interface DataPlaneDeps {
  registry: Pick<DeploymentRegistry, 'resolve'>;
  http: HttpSender;
  log: Logger;
  admission: Pick<Admission, 'admit'>;
  lambda?: LambdaInvoker;
  aws?: AwsServices; // AWS service integrations (integrations/aws-service.ts)
  cache?: StageCache;
  accessLog?: AccessLogger; // Lambda integrations, stage cache, access logs
  auth?: Authorization; // authorizers, IAM, resource policies
  /** Counts each answered request (src/metrics/api-gateway.ts, built by app.ts); none with --metrics off. */
  metrics?: { record(answer: GatewayAnswer): void };
  /** The console's live requests; none: nothing is summarised or traced. */
  watch?: RequestWatch;
}

const NO_HEADERS: Record<string, string | string[]> = {};

const forbidden = (reason: string): GatewayError => new GatewayError('INVALID_API_KEY', { message: 'Forbidden', reason });

/** Why no method answers: no resource matches the path, or the resource has no such method. */
function noRoute(method: string, path: string, resourcePath: string | undefined): string {
  return resourcePath === undefined
    ? `No resource of the deployment matches the path ${path} (API Gateway answers a missing route as a missing authentication token)`
    : `Resource ${resourcePath} has no ${method} method (nor ANY)`;
}

export class DataPlane {
  readonly #deps: DataPlaneDeps;
  /** Whether per-request debug lines are wanted: the line is not even built otherwise. */
  readonly #debug: boolean;
  /** Whether each answered request gets its info line (the default level; `--log-level warn` turns it off). */
  readonly #info: boolean;
  constructor(deps: DataPlaneDeps) {
    this.#deps = deps;
    this.#debug = deps.log.isLevelEnabled('debug');
    this.#info = deps.log.isLevelEnabled('info');
  }

  /**
   * One request, as a record (the edge reads it from node:http, edge/node-adapter.ts; TestInvokeMethod
   * builds its own), answered as a record. `body` is the request body while it is still arriving.
   * Each step answers synchronously when it can (a body-less request, a cached stage, an open method,
   * in-process counters, MOCK) and is waited for only when it returned a promise: an answer that is
   * ready comes back as it is, not as a promise, so the edge writes it in the same turn of the event
   * loop without a microtask hop (issue 17's measure, docs/performance.md).
   */
  respond(received: ClientRequest, body?: Promise<Buffer>): GatewayAnswer | Promise<GatewayAnswer> {
    const answer: GatewayAnswer = {
      status: 0,
      headers: NO_HEADERS,
      body: undefined,
      requestId: randomUUID(),
      extendedRequestId: newExtendedRequestId(),
      request: received,
      served: undefined,
      inv: undefined,
      error: undefined,
      trace: this.#deps.watch?.traces(received.target) ? new RequestTrace(received.headers) : undefined,
    };
    if (!body) return this.#run(answer, 0, undefined);
    return body.then(
      (b) => {
        received.body = b;
        return this.#run(answer, 0, undefined);
      },
      // The body could not be read (413): the failure is rendered without the request it never became.
      (e: unknown) => this.#done(this.#fail(answer, e, false, 'body')),
    );
  }

  /**
   * The steps after the body, in AWS's order; each gets its predecessor's result. A step may set the
   * answer's slots (served, inv, the method response) and returns a value, or a promise when it has to
   * wait: the rest then runs once it settles.
   */
  /** What each of #STEPS is, for the trace of a request that failed in it. */
  static readonly #STAGES: readonly FailedStage[] = ['route', 'route', 'authorizer', 'authorizer', 'admission', 'integration', 'methodResponse'];

  static readonly #STEPS: readonly ((p: DataPlane, answer: GatewayAnswer, previous: unknown) => unknown)[] = [
    (p, answer) => p.#resolveStage(answer),
    (p, answer, served) => p.#route(answer, served as Served | undefined),
    (p, answer) => authorize(answer.inv!, p.#deps.auth), // Lambda / Cognito authorizers, IAM, resource policy (pipeline/authorize.ts)
    (_, answer) => answer.trace && traceAuthorized(answer.trace, answer.inv!),
    (p, answer) => p.#deps.admission.admit(answer.inv!), // API key, throttles, quota (pipeline/admission.ts)
    (p, answer) => p.#integrate(answer.inv!),
    (_, answer, out) => methodResponse(answer, answer.inv!, out as RenderedResponse),
  ];

  /** Runs the steps from `from` on: synchronously until one returns a promise. */
  #run(answer: GatewayAnswer, from: number, previous: unknown): GatewayAnswer | Promise<GatewayAnswer> {
    const steps = DataPlane.#STEPS;
    let i = from;
    try {
      for (; i < steps.length; i++) {
        previous = steps[i](this, answer, previous);
        if (previous instanceof Promise) {
          const next = i + 1;
          return previous.then(
            (v: unknown) => this.#run(answer, next, v),
            (e: unknown) => this.#done(this.#fail(answer, e, true, DataPlane.#STAGES[next - 1])),
          );
        }
      }
    } catch (e) {
      this.#fail(answer, e, true, DataPlane.#STAGES[i]);
    }
    return this.#done(answer);
  }

  #done(answer: GatewayAnswer): GatewayAnswer {
    if (this.#debug) {
      const target = answer.request.target;
      this.#deps.log.debug({ requestId: answer.requestId, apiId: target.apiId, stage: target.stage, status: answer.status }, 'invoke');
    }
    return answer;
  }

  /**
   * The API and stage. An unknown API or stage, or a disabled default endpoint: 403
   * {"message":"Forbidden"} as AWS answers on a stage it does not serve (F83's sibling; LS-snap
   * test_apigateway_common).
   */
  #resolveStage(answer: GatewayAnswer): Served | undefined | Promise<Served | undefined> {
    const target = answer.request.target;
    if (!target.stage) throw forbidden('The URL names no stage');
    return this.#deps.registry.resolve(target.apiId, target.stage);
  }

  /** The resource and method of the request: the invocation record the later steps work on. */
  #route(answer: GatewayAnswer, served: Served | undefined): void {
    const request = answer.request;
    answer.served = served;
    // disableExecuteApiEndpoint closes the default endpoint only: custom domains still serve the API (DG how-to-custom-domains).
    if (!served) throw forbidden(`No stage '${request.target.stage}' of API ${request.target.apiId} is deployed here`);
    if (served.deployment.snapshot.api.disableExecuteApiEndpoint && !request.target.domain)
      throw forbidden('The API disables its default execute-api endpoint (disableExecuteApiEndpoint)');
    const match = served.deployment.router.match(request.target.path);
    const method = match && pickMethod(match.resource, request.method);
    if (!match || !method)
      throw new GatewayError('MISSING_AUTHENTICATION_TOKEN', { reason: noRoute(request.method, request.target.path, match?.resource.path) });
    answer.inv = {
      requestId: answer.requestId,
      extendedRequestId: answer.extendedRequestId,
      request,
      served,
      resource: match.resource,
      method,
      pathParameters: match.pathParameters,
      stageVariables: served.stage.variables ?? {},
      trace: answer.trace,
    };
    if (answer.trace) traceRoute(answer.trace, served, match.resource, method, match.pathParameters);
  }

  /** Request validation, then the integration, through the stage cache when the stage has one (pipeline/cache.ts). */
  #integrate(inv: Invocation): RenderedResponse | Promise<RenderedResponse> {
    validateRequest(inv);
    if (inv.trace) traceValidated(inv.trace, inv);
    return this.#deps.cache ? this.#deps.cache.through(inv, this.#invoke) : this.#invoke(inv);
  }

  /**
   * A failure on the way: the answer becomes the gateway error, rendered through the API's gateway
   * responses. `read` is false when the request's body could not be read.
   */
  #fail(answer: GatewayAnswer, e: unknown, read: boolean, stage: FailedStage = 'methodResponse'): GatewayAnswer {
    const { requestId, extendedRequestId, inv, served } = answer;
    const request = read ? answer.request : undefined;
    const err = e instanceof GatewayError ? e : new GatewayError('API_CONFIGURATION_ERROR', { cause: e });
    if (!(e instanceof GatewayError) || err.type === 'API_CONFIGURATION_ERROR') {
      this.#deps.log.error({ err: e instanceof GatewayError ? err.cause : e, requestId, apiId: answer.request.target.apiId }, 'data plane failure');
    }
    let rendered: RenderedResponse;
    try {
      rendered = renderGatewayError(err, { ...(inv ?? {}), request, requestId, extendedRequestId, pathParameters: inv?.pathParameters ?? {} }, served);
    } catch (renderFailure) {
      // A customised gateway response that cannot be rendered must still not cost an answer.
      this.#deps.log.error({ err: renderFailure, requestId }, 'gateway response rendering failed');
      rendered = {
        status: 500,
        headers: { 'Content-Type': 'application/json', 'x-amzn-ErrorType': 'InternalServerErrorException' },
        body: Buffer.from('{"message": "Internal server error"}'),
      };
    }
    answer.error = err;
    answer.status = rendered.status;
    answer.headers = {
      ...rendered.headers,
      'x-amzn-RequestId': requestId,
      'x-amz-apigw-id': extendedRequestId,
      'Content-Length': String(rendered.body.length),
    };
    answer.body = rendered.body;
    const trace = answer.trace;
    if (trace) {
      trace.failed(stage, err, reasonOf(err));
      traceResponse(trace, rendered.status, answer.headers, rendered.body, err.type);
    }
    return answer;
  }

  /**
   * An answer node:http refused to write (a header value it rejects, edge/node-adapter.ts): it fails
   * as any step of the pipeline fails, with a 500 through the gateway responses.
   */
  unwritable(answer: GatewayAnswer, e: unknown): void {
    this.#fail(answer, e, true);
  }

  /** The metrics and access log line of an answered request (data/access-log.ts): called once it was written. */
  recordAccess(answer: GatewayAnswer): void {
    this.#deps.metrics?.record(answer);
    this.#deps.accessLog?.record(answer);
    this.#deps.watch?.record(answer);
    if (this.#info) this.#logLine(answer);
  }

  /**
   * One line per answered request at the default level: who, status, latency, and for a gateway error
   * its response type and why (the cause's message when there is one: a template that rendered
   * invalid JSON, a refused connection), so that a 403, a 429 or a 502 explains itself.
   */
  #logLine(answer: GatewayAnswer): void {
    const { request, error } = answer;
    this.#deps.log.info(
      {
        requestId: answer.requestId,
        apiId: request.target.apiId,
        stage: request.target.stage,
        method: request.method,
        path: request.target.path,
        status: answer.status,
        ms: Date.now() - request.startedAt,
        ...(error ? { error: error.type, reason: reasonOf(error) } : {}),
      },
      'invoke',
    );
  }

  /**
   * The integration, found by type in the table (integrations/dispatch.ts): synchronous for MOCK, a
   * promise for the others (HTTP_PROXY without an extra await).
   */
  readonly #invoke = (inv: Invocation): RenderedResponse | Promise<RenderedResponse> => {
    const integration = inv.method!.methodIntegration;
    if (!integration) throw new GatewayError('API_CONFIGURATION_ERROR');
    const run = INTEGRATIONS.get(integration.type);
    if (!run) {
      this.#deps.log.warn({ type: integration.type, uri: integration.uri }, 'integration type not served');
      throw new GatewayError('API_CONFIGURATION_ERROR');
    }
    return run(inv, integration, this.#deps);
  };
}

/**
 * x-amz-apigw-id: 11 random bytes in base64, 16 characters ending in `=` like AWS's `Fy8bSHkfIAMFXYw=`,
 * cut from a pool of random bytes refilled every 512 requests rather than one CSPRNG call each.
 */
function newExtendedRequestId(): string {
  if (idOffset + 11 > idPool.length) {
    idPool = randomBytes(11 * 512);
    idOffset = 0;
  }
  const id = idPool.toString('base64', idOffset, idOffset + 11);
  idOffset += 11;
  return id;
}
let idPool = Buffer.alloc(0);
let idOffset = 0;
