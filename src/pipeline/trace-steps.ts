/**
 * The trace steps the pipeline records (trace.ts), each as the references it already holds and a function
 * that makes the step's detail from them when the trace is read: what the route matched, what the
 * authorization step established, which request validator ran, what an integration sent and was answered.
 * Called only when the request is traced; the detail functions only when a console reads the trace.
 */
import type { Authorizer } from '../domain/authorizer.js';
import type { IntegrationResponse } from '../domain/integration.js';
import type { Method } from '../domain/method.js';
import type { RequestValidator } from '../domain/request-validator.js';
import type { Resource } from '../domain/resource.js';
import type { Served } from './deployments.js';
import type { EndpointRequest } from './integrations/http-client.js';
import type { AuthorizerInfo, CallerIdentity, Invocation } from './invocation.js';
import type { HeaderSet, KeptBody, RequestTrace } from './trace.js';

/** The route step: the stage and deployment, the resource and method matched, the path parameters. */
export function traceRoute(trace: RequestTrace, served: Served, resource: Resource, method: Method, pathParameters: Record<string, string>): void {
  trace.stepOf('route', 'ok', routeDetail, served, resource, method, pathParameters);
}

function routeDetail(_: RequestTrace, served: Served, resource: Resource, method: Method, pathParameters: Record<string, string>): Record<string, unknown> {
  return {
    stage: served.stage.stageName,
    deploymentId: served.deployment.id,
    resourceId: resource.id,
    resourcePath: resource.path,
    httpMethod: method.httpMethod,
    pathParameters,
    ...(served.isCanary ? { canary: true } : {}),
  };
}

const NO_AUTHORIZATION = Object.freeze({ authorizationType: 'NONE' });

/** The authorizer step: the method's authorization type, the authorizer that ran, its principal, a cache hit. */
export function traceAuthorized(trace: RequestTrace, inv: Invocation): void {
  const method = inv.method!;
  const type = method.authorizationType || 'NONE';
  const snapshot = inv.served.deployment.snapshot;
  if (type === 'NONE' && !snapshot.api.policy) {
    trace.step('authorizer', 'skip', NO_AUTHORIZATION);
    return;
  }
  const a = inv.authorizer;
  const authorizer = type !== 'NONE' && method.authorizerId ? snapshot.authorizers.find((x) => x.id === method.authorizerId) : undefined;
  trace.stepOf('authorizer', a?.cached ? 'cached' : 'ok', authorizerDetail, type, !!snapshot.api.policy, authorizer, a, inv.caller);
}

function authorizerDetail(
  _: RequestTrace,
  type: string,
  policy: boolean,
  authorizer: Authorizer | undefined,
  a: AuthorizerInfo | undefined,
  caller: CallerIdentity | undefined,
): Record<string, unknown> {
  if (type === 'NONE') return { authorizationType: type, resourcePolicy: 'allowed' };
  return {
    authorizationType: type,
    ...(policy ? { resourcePolicy: 'allowed' } : {}),
    ...(authorizer ? { authorizerId: authorizer.id, authorizerName: authorizer.name, authorizerType: authorizer.type } : {}),
    ...(a?.principalId !== undefined ? { principalId: a.principalId } : {}),
    ...(a?.context ? { context: a.context } : {}),
    ...(a?.claims ? { claims: Object.keys(a.claims) } : {}),
    ...(a?.integrationLatency !== undefined ? { latencyMs: a.integrationLatency } : {}),
    ...(a?.cached ? { cacheHit: true } : {}),
    ...(caller ? { caller: caller.userArn } : {}),
  };
}

/** The validation step: which validator, what it checks (skip when the method has none). */
export function traceValidated(trace: RequestTrace, inv: Invocation): void {
  const id = inv.method?.requestValidatorId;
  const v = id ? inv.served.deployment.snapshot.requestValidators.find((r) => r.id === id) : undefined;
  if (!v) trace.step('validation', 'skip');
  else trace.stepOf('validation', 'ok', validationDetail, v, inv.method?.requestModels);
}

function validationDetail(_: RequestTrace, v: RequestValidator, models: Record<string, string> | undefined): Record<string, unknown> {
  return {
    validator: v.name ?? v.id,
    parameters: v.validateRequestParameters,
    body: v.validateRequestBody,
    ...(v.validateRequestBody && models ? { models } : {}),
  };
}

/** MOCK's integration request: the rendered template, as the mock endpoint reads it. */
export function traceMockRequest(trace: RequestTrace, body: Buffer | string | undefined): void {
  trace.stepOf('integrationRequest', 'ok', mockRequestDetail, trace.keepBody(body));
}

function mockRequestDetail(trace: RequestTrace, body: KeptBody): Record<string, unknown> {
  return { type: 'MOCK', ...trace.body(body) };
}

/** MOCK's endpoint: the status its template chose (no clock read of its own: RequestTrace.instantOf). */
export function traceMockEndpoint(trace: RequestTrace, status: number): void {
  trace.instantOf('endpoint', 'ok', mockEndpointDetail, status);
}

function mockEndpointDetail(_: RequestTrace, status: number): Record<string, unknown> {
  return { type: 'MOCK', status };
}

/** What an HTTP, HTTP_PROXY or AWS integration sends its endpoint: method, URL, headers (masked), body (cut). */
export function traceEndpointRequest(trace: RequestTrace, type: string, r: EndpointRequest): void {
  trace.headerBytes(r.headers);
  trace.stepOf('integrationRequest', 'ok', endpointRequestDetail, type, r.method, `${r.origin}${r.path}`, r.headers, trace.keepBody(r.body));
}

function endpointRequestDetail(trace: RequestTrace, type: string, method: string, url: string, headers: HeaderSet, body: KeptBody): Record<string, unknown> {
  return { type, method, url: trace.mask(url), headers: trace.headers(headers), ...trace.body(body) };
}

/** The endpoint's answer: status, headers (masked), body (cut), latency. */
export function traceEndpointAnswer(
  trace: RequestTrace,
  r: { status: number; headers: Record<string, string | string[] | undefined> | Map<string, string[]>; body: Buffer; latencyMs?: number | undefined },
): void {
  trace.headerBytes(r.headers);
  trace.stepOf('endpoint', 'ok', endpointAnswerDetail, r.status, r.latencyMs, r.headers, trace.keepBody(r.body));
}

function endpointAnswerDetail(trace: RequestTrace, status: number, latencyMs: number | undefined, headers: HeaderSet, body: KeptBody): Record<string, unknown> {
  return {
    status,
    ...(latencyMs !== undefined ? { latencyMs: Math.round(latencyMs * 1000) / 1000 } : {}),
    headers: trace.headers(headers),
    ...trace.body(body),
  };
}

const PROXY = Object.freeze({ proxy: true });

/** A proxy integration has no integration response: the endpoint's answer is the method's. */
export function traceProxyResponse(trace: RequestTrace): void {
  trace.step('integrationResponse', 'skip', PROXY);
}

/**
 * A method response, or a gateway response (`responseType` set): status, headers (masked), body (cut). The
 * headers are the answer's own record, shown as the client got them: with the `Connection: keep-alive` the
 * edge adds when it writes the answer (edge/node-adapter.ts keepAlive).
 */
export function traceResponse(trace: RequestTrace, status: number, headers: HeaderSet, body: Buffer | undefined, responseType?: string): void {
  trace.headerBytes(headers);
  if (responseType === undefined) trace.stepOf('methodResponse', 'ok', responseDetail, status, headers, trace.keepBody(body));
  else trace.stepOf('gatewayResponse', 'ok', responseDetail, status, headers, trace.keepBody(body), responseType);
}

function responseDetail(trace: RequestTrace, status: number, headers: HeaderSet, body: KeptBody, responseType: string | undefined): Record<string, unknown> {
  const shown = { status, headers: trace.headers(headers), ...trace.body(body) };
  return responseType === undefined ? shown : { responseType, ...shown };
}

/** A Lambda integration's Invoke call: the function, its region, the payload (cut). */
export function traceLambdaRequest(trace: RequestTrace, type: string, functionName: string, region: string, payload: Buffer): void {
  trace.stepOf('integrationRequest', 'ok', lambdaRequestDetail, type, functionName, region, trace.keepBody(payload));
}

function lambdaRequestDetail(trace: RequestTrace, type: string, functionName: string, region: string, payload: KeptBody): Record<string, unknown> {
  return { type, functionName, region, ...trace.body(payload) };
}

/** The function's answer: status, latency, its error and version when any, the payload (cut). */
export function traceLambdaAnswer(
  trace: RequestTrace,
  r: { statusCode: number; functionError?: string | undefined; executedVersion?: string | undefined; payload: Buffer },
  latencyMs: number,
): void {
  trace.stepOf(
    'endpoint',
    r.functionError ? 'fail' : 'ok',
    lambdaAnswerDetail,
    r.statusCode,
    latencyMs,
    r.functionError,
    r.executedVersion,
    trace.keepBody(r.payload),
  );
}

function lambdaAnswerDetail(
  trace: RequestTrace,
  status: number,
  latencyMs: number,
  functionError: string | undefined,
  executedVersion: string | undefined,
  payload: KeptBody,
): Record<string, unknown> {
  return {
    status,
    latencyMs: Math.round(latencyMs * 1000) / 1000,
    ...(functionError ? { functionError } : {}),
    ...(executedVersion ? { executedVersion } : {}),
    ...trace.body(payload),
  };
}

/** The integration response selected: its status code, what selected it, its template, a status override. */
export function traceIntegrationResponse(
  trace: RequestTrace,
  chosen: IntegrationResponse,
  subject: string | undefined,
  template: string | undefined,
  overrideStatus: number | undefined,
): void {
  trace.stepOf('integrationResponse', 'ok', integrationResponseDetail, chosen, subject, template, overrideStatus);
}

function integrationResponseDetail(
  trace: RequestTrace,
  chosen: IntegrationResponse,
  subject: string | undefined,
  template: string | undefined,
  overrideStatus: number | undefined,
): Record<string, unknown> {
  return {
    statusCode: chosen.statusCode,
    ...(chosen.selectionPattern ? { selectionPattern: chosen.selectionPattern } : {}),
    ...(subject !== undefined ? { selectedBy: trace.mask(subject) } : {}),
    ...(template !== undefined ? { template } : {}),
    ...(overrideStatus !== undefined ? { responseOverrideStatus: overrideStatus } : {}),
  };
}
