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
import type { HttpClient } from './integrations/http-client.js';
import { INTEGRATIONS } from './integrations/dispatch.js';
import type { ClientRequest, GatewayAnswer, Invocation } from './invocation.js';

export type { GatewayAnswer } from './invocation.js';
import { validateRequest } from './method-request.js';
import { methodResponse } from './method-response.js';
import { pickMethod } from './router.js';

export interface DataPlaneDeps {
  registry: DeploymentRegistry;
  http: HttpClient;
  log: Logger;
  admission: Admission;
  lambda?: LambdaInvoker;
  cache?: StageCache;
  accessLog?: AccessLogger; // Lambda integrations, stage cache, access logs
  auth?: Authorization; // authorizers, IAM, resource policies
}

const NO_HEADERS: Record<string, string | string[]> = {};

const forbidden = (): GatewayError => new GatewayError('INVALID_API_KEY', { message: 'Forbidden' });

export class DataPlane {
  readonly #deps: DataPlaneDeps;
  /** Whether per-request debug lines are wanted: the line is not even built otherwise. */
  readonly #debug: boolean;
  constructor(deps: DataPlaneDeps) {
    this.#deps = deps;
    this.#debug = deps.log.isLevelEnabled('debug');
  }

  /**
   * One request, as a record (the edge reads it from node:http, edge/node-adapter.ts; TestInvokeMethod
   * builds its own), answered as a record. `body` is the request body while it is still arriving.
   * Each step answers synchronously when it can (a body-less request, a cached stage, an open method,
   * in-process counters, MOCK) and is awaited only when it returned a promise: the common request
   * takes no extra turns of the event loop.
   */
  async respond(received: ClientRequest, body?: Promise<Buffer>): Promise<GatewayAnswer> {
    const target = received.target;
    const requestId = randomUUID();
    const extendedRequestId = newExtendedRequestId();
    const answer: GatewayAnswer = {
      status: 0,
      headers: NO_HEADERS,
      body: undefined,
      requestId,
      extendedRequestId,
      request: received,
      served: undefined,
      inv: undefined,
      error: undefined,
    };
    let request: ClientRequest | undefined;
    let served: Served | undefined;
    let inv: Invocation | undefined;
    try {
      if (body) received.body = await body;
      request = received;
      // An unknown API or stage, or a disabled default endpoint: 403 {"message":"Forbidden"} as AWS
      // answers on a stage it does not serve (F83's sibling; LS-snap test_apigateway_common).
      if (!target.stage) throw forbidden();
      const resolved = this.#deps.registry.resolve(target.apiId, target.stage);
      served = resolved instanceof Promise ? await resolved : resolved;
      answer.served = served;
      // disableExecuteApiEndpoint closes the default endpoint only: custom domains still serve the API (DG how-to-custom-domains).
      if (!served || (served.deployment.snapshot.api.disableExecuteApiEndpoint && !target.domain)) throw forbidden();
      const match = served.deployment.router.match(target.path);
      const method = match && pickMethod(match.resource, request.method);
      if (!match || !method) throw new GatewayError('MISSING_AUTHENTICATION_TOKEN');
      inv = {
        requestId,
        extendedRequestId,
        request,
        served,
        resource: match.resource,
        method,
        pathParameters: match.pathParameters,
        stageVariables: served.stage.variables ?? {},
      };
      answer.inv = inv;
      const authorized = authorize(inv, this.#deps.auth); // Lambda / Cognito authorizers, IAM, resource policy (data/authorize.ts)
      if (authorized) await authorized;
      const admitted = this.#deps.admission.admit(inv); // API key, throttles, quota (data/admission.ts)
      if (admitted) await admitted;
      validateRequest(inv);
      const out = this.#deps.cache ? this.#deps.cache.through(inv, this.#invoke) : this.#invoke(inv); // stage cache (data/cache.ts)
      methodResponse(answer, inv, out instanceof Promise ? await out : out);
    } catch (e) {
      this.#fail(answer, e, inv, request, served);
    }
    if (this.#debug) this.#deps.log.debug({ requestId, apiId: target.apiId, stage: target.stage, status: answer.status }, 'invoke');
    return answer;
  }

  /** A failure on the way: the answer becomes the gateway error, rendered through the API's gateway responses. */
  #fail(answer: GatewayAnswer, e: unknown, inv: Invocation | undefined, request: ClientRequest | undefined, served: Served | undefined): void {
    const { requestId, extendedRequestId } = answer;
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
  }

  /**
   * An answer node:http refused to write (a header value it rejects, edge/node-adapter.ts): it fails
   * as any step of the pipeline fails, with a 500 through the gateway responses.
   */
  unwritable(answer: GatewayAnswer, e: unknown): void {
    this.#fail(answer, e, answer.inv, answer.request, answer.served);
  }

  /** The access log line of an answered request (data/access-log.ts): called once it was written. */
  recordAccess(answer: GatewayAnswer): void {
    this.#deps.accessLog?.record(answer);
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
