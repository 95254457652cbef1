/**
 * The trace steps the pipeline records between its own steps (trace.ts): what the authorization step
 * established and which request validator ran. Called only when the request is traced.
 */
import type { EndpointRequest } from './integrations/http-client.js';
import type { Invocation } from './invocation.js';
import type { RequestTrace } from './trace.js';

/** The authorizer step: the method's authorization type, the authorizer that ran, its principal, a cache hit. */
export function traceAuthorized(trace: RequestTrace, inv: Invocation): void {
  const method = inv.method!;
  const type = method.authorizationType || 'NONE';
  const policy = inv.served.deployment.snapshot.api.policy ? { resourcePolicy: 'allowed' } : {};
  if (type === 'NONE') {
    trace.step('authorizer', policy.resourcePolicy ? 'ok' : 'skip', { authorizationType: type, ...policy });
    return;
  }
  const a = inv.authorizer;
  const authorizer = method.authorizerId ? inv.served.deployment.snapshot.authorizers.find((x) => x.id === method.authorizerId) : undefined;
  trace.step('authorizer', a?.cached ? 'cached' : 'ok', {
    authorizationType: type,
    ...policy,
    ...(authorizer ? { authorizerId: authorizer.id, authorizerName: authorizer.name, authorizerType: authorizer.type } : {}),
    ...(a?.principalId !== undefined ? { principalId: a.principalId } : {}),
    ...(a?.context ? { context: a.context } : {}),
    ...(a?.claims ? { claims: Object.keys(a.claims) } : {}),
    ...(a?.integrationLatency !== undefined ? { latencyMs: a.integrationLatency } : {}),
    ...(a?.cached ? { cacheHit: true } : {}),
    ...(inv.caller ? { caller: inv.caller.userArn } : {}),
  });
}

/** The validation step: which validator, what it checks (skip when the method has none). */
export function traceValidated(trace: RequestTrace, inv: Invocation): void {
  const id = inv.method?.requestValidatorId;
  const v = id ? inv.served.deployment.snapshot.requestValidators.find((r) => r.id === id) : undefined;
  if (!v) {
    trace.step('validation', 'skip', {});
    return;
  }
  trace.step('validation', 'ok', {
    validator: v.name ?? v.id,
    parameters: v.validateRequestParameters,
    body: v.validateRequestBody,
    ...(v.validateRequestBody && inv.method?.requestModels ? { models: inv.method.requestModels } : {}),
  });
}

/** What an HTTP, HTTP_PROXY or AWS integration sends its endpoint: method, URL, headers (masked), body (cut). */
export function traceEndpointRequest(trace: RequestTrace, type: string, r: EndpointRequest): void {
  trace.step('integrationRequest', 'ok', {
    type,
    method: r.method,
    url: trace.mask(`${r.origin}${r.path}`),
    headers: trace.headers(Object.entries(r.headers)),
    ...trace.body(r.body),
  });
}

/** The endpoint's answer: status, headers (masked), body (cut), latency. */
export function traceEndpointAnswer(
  trace: RequestTrace,
  r: { status: number; headers: Record<string, string | string[] | undefined> | Map<string, string[]>; body: Buffer; latencyMs?: number | undefined },
): void {
  const headers = r.headers instanceof Map ? [...r.headers] : Object.entries(r.headers);
  trace.step('endpoint', 'ok', {
    status: r.status,
    ...(r.latencyMs !== undefined ? { latencyMs: Math.round(r.latencyMs * 1000) / 1000 } : {}),
    headers: trace.headers(headers),
    ...trace.body(r.body),
  });
}
