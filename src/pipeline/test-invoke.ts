/**
 * TestInvokeMethod: one method of the draft API (no deployment needed) run through the real
 * data-plane pipeline — request validation, integration request, the integration itself (HTTP,
 * MOCK, Lambda…), integration response, method response — and answered as AWS answers it: status,
 * body, headers, multiValueHeaders, latency (ms) and the execution log, line by line in AWS's form
 * (`{date} : Starting execution for request: …` … `Method completed with status: N`; the lines as
 * LocalStack's TEST_INVOKE_TEMPLATE reproduces them, LS-code test_invoke.py).
 *
 * How: a transient compiled deployment is built from the draft (the resource and its ancestors only,
 * so the given path can only reach this method), served on a synthetic stage `test-invoke-stage`
 * with the given stage variables; authorization, API keys, throttling, the cache and access logs are
 * skipped, as test invocations skip them. The values a test invocation shows in `$context`
 * (stage test-invoke-stage, sourceIp test-invoke-source-ip, domainName testPrefix.testDomainName)
 * are the ones real test invocations print (public Lambda handlers that logged their event).
 * Errors (F90): an unknown API or resource → 404 "Invalid Resource identifier specified", an
 * unknown method → 404 "Invalid Method identifier specified".
 */
import type { AwsServices } from './integrations/aws-service.js';
import { randomBytes, randomUUID } from 'node:crypto';
import type { DeploymentSnapshot } from '../domain/deployment.js';
import type { TestInvokeMethodInput, TestInvokeMethodRequest, TestInvokeMethodResult } from '../domain/data-plane-port.js';
import type { Resource } from '../domain/resource.js';
import type { Stage } from '../domain/stage.js';
import type { LambdaInvoker } from '../lambda/invoker.js';
import { parseFunctionRef, functionArn } from '../lambda/names.js';
import type { Logger } from '../shared/log.js';
import { compileDeployment, type Served } from './deployments.js';
import type { HttpClient, HttpSender, EndpointRequest } from './integrations/http-client.js';
import { EMPTY_BODY_PAYLOAD } from './integrations/lambda.js';
import type { ClientRequest, GatewayAnswer, InvokeTarget } from './invocation.js';
import { DataPlane, type DataPlaneDeps } from './pipeline.js';
import { EMPTY_BODY, headersOf, methodOf, parseQuery } from './request.js';

type TestInvokeInput = TestInvokeMethodInput;

interface Trace {
  /** Set for a Lambda call: when it was sent (its log lines are completed once the request id is known). */
  lambdaSentAt?: Date;
  uri?: string;
  requestHeaders?: Record<string, string | string[]>;
  requestBody?: string;
  status?: number;
  latencyMs?: number;
  responseHeaders?: Record<string, string | string[] | undefined>;
  responseBody?: string;
}

const STAGE = 'test-invoke-stage';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const pad = (n: number): string => String(n).padStart(2, '0');

/** `Wed Nov 25 17:03:01 UTC 2026`, Java's Date.toString in UTC. */
function logDate(d: Date): string {
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

/** Java's Map.toString: `{a=1, b=2}`; list values joined with commas. */
function javaMap(m: Record<string, unknown> | undefined): string {
  const entries = Object.entries(m ?? {}).filter(([, v]) => v !== undefined);
  const s = `{${entries.map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : String(v)}`).join(', ')}}`;
  return s.length > 1000 ? `${s.slice(0, 998)} [TRUNCATED]` : s;
}

/**
 * What API Gateway logs of its signed Lambda Invoke request (rec:
 * test_apigateway_basic.py::TestAPIGateway::test_apigw_test_invoke_method_api [test_invoke_method_response]):
 * `{x-amzn-lambda-integration-tag={requestId}, Authorization=…, X-Amz-Date=…, x-amzn-apigateway-api-id=…,
 * Accept=application/json, User-Agent=AmazonAPIGateway_{apiId}, X-Amz-Security-Token=… [TRUNCATED]`.
 * The signature and token are masked placeholders: no credentials are used or shown.
 */
function lambdaRequestHeaders(requestId: string, apiId: string, at: Date): Record<string, string> {
  const amzDate = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  return {
    'x-amzn-lambda-integration-tag': requestId,
    Authorization: `${'*'.repeat(420)}${randomBytes(3).toString('hex')}`,
    'X-Amz-Date': amzDate,
    'x-amzn-apigateway-api-id': apiId,
    Accept: 'application/json',
    'User-Agent': `AmazonAPIGateway_${apiId}`,
    'X-Amz-Security-Token': '*'.repeat(600),
  };
}

/** The method response headers as AWS logs them: X-Amzn-Trace-Id first (same recording, line 15). */
function traceFirst(headers: Record<string, string>): Record<string, string> {
  if (!('X-Amzn-Trace-Id' in headers)) return headers;
  return { 'X-Amzn-Trace-Id': headers['X-Amzn-Trace-Id'], ...headers };
}

/** The stage TestInvokeMethod runs in: no stage settings (no cache, no throttle), the given variables. */
function testStage(deploymentId: string, variables: Record<string, string> | undefined): Stage {
  return {
    stageName: STAGE,
    deploymentId,
    variables: variables && Object.keys(variables).length ? { ...variables } : undefined,
    methodSettings: {},
    cacheClusterEnabled: false,
    cacheClusterStatus: 'NOT_AVAILABLE',
    tracingEnabled: false,
    tags: {},
    createdDate: 0,
    lastUpdatedDate: 0,
  };
}

/** The draft API as a one-method deployment: the resource's ancestors, and the resource with only this method. */
function transientDeployment(
  ctx: { region: string; accountId: string },
  snapshot: DeploymentSnapshot,
  resource: Resource,
  httpMethod: string,
  variables: Record<string, string> | undefined,
): Served {
  const byId = new Map(snapshot.resources.map((r) => [r.id, r]));
  const chain: Resource[] = [];
  for (let r = byId.get(resource.parentId ?? ''); r; r = r.parentId ? byId.get(r.parentId) : undefined) chain.push({ ...r, resourceMethods: undefined });
  const method = { ...resource.resourceMethods![httpMethod], authorizationType: 'NONE', apiKeyRequired: false };
  chain.push({ ...resource, resourceMethods: { [httpMethod]: method } });
  const compiled = compileDeployment('test-invoke-deployment-id', {
    ...snapshot,
    api: { ...snapshot.api, policy: undefined, disableExecuteApiEndpoint: false },
    resources: chain,
  });
  // Whatever the path, the resource asked for answers; the path gives its parameters only when it
  // fits the resource's template, else there are none (rec: test_apigateway_api.py::TestApigatewayTestInvoke::test_invoke_test_method
  // [test-invoke-method-get-pets-bad-path], [test-invoke-method-get-pets-id-bad-path]: /random/test ran GET /pets/{petId} with petId "").
  const target = chain[chain.length - 1];
  const router = compiled.router;
  const deployment = {
    ...compiled,
    router: {
      match(path: string) {
        const m = router.match(path);
        return { resource: target, pathParameters: m?.resource.id === target.id ? m.pathParameters : {} };
      },
    },
  };
  return {
    region: ctx.region,
    accountId: ctx.accountId,
    stage: testStage(deployment.id, variables),
    deployment,
  };
}

/**
 * The request record of a test invocation: the given headers (multiValueHeaders only for names
 * `headers` does not have), the Host real test invocations show, from `test-invoke-source-ip`.
 */
function testRequest(input: TestInvokeInput, target: InvokeTarget, rawQuery: string): ClientRequest {
  const rawHeaders: string[] = [];
  for (const [k, v] of Object.entries(input.headers ?? {})) rawHeaders.push(k, v);
  for (const [k, vs] of Object.entries(input.multiValueHeaders ?? {})) {
    if (input.headers && Object.keys(input.headers).some((h) => h.toLowerCase() === k.toLowerCase())) continue;
    for (const v of vs) rawHeaders.push(k, v);
  }
  const headers = headersOf(rawHeaders);
  if (!headers.has('host')) headers.set('host', { name: 'Host', values: ['testPrefix.testDomainName'] });
  return {
    method: methodOf(input.httpMethod, headers),
    target,
    rawQuery,
    query: parseQuery(rawQuery),
    headers,
    body: input.body ? Buffer.from(input.body) : EMPTY_BODY,
    sourceIp: 'test-invoke-source-ip',
    startedAt: Date.now(),
    httpVersion: '1.1',
    secure: false,
    localPort: 443,
    wire: { method: input.httpMethod, url: `/${STAGE}${input.pathWithQueryString || '/'}`, rawHeaders },
  };
}

/** What a test invocation runs with: the data plane's own HTTP client and Lambda invokers, traced. */
export interface TestInvokeDeps {
  http: HttpClient;
  lambda: LambdaInvoker;
  aws?: AwsServices;
  log: Logger;
}

/** `pathWithQueryString` split: the path (with a leading slash) and the raw query. */
function splitPath(pathWithQuery: string): { path: string; rawQuery: string } {
  const q = pathWithQuery.indexOf('?');
  const path = q < 0 ? pathWithQuery : pathWithQuery.slice(0, q);
  return { path: path.startsWith('/') ? path : `/${path}`, rawQuery: q < 0 ? '' : pathWithQuery.slice(q + 1) };
}

/** The data plane's HTTP client, recording the endpoint request and response in `trace`. */
function tracedHttp(base: HttpSender, trace: Trace): HttpSender {
  return {
    async send(r: EndpointRequest) {
      trace.uri = `${r.origin}${r.path}`;
      trace.requestHeaders = r.headers;
      trace.requestBody = r.body?.toString('utf8') ?? '';
      const out = await base.send(r);
      Object.assign(trace, {
        status: out.status,
        latencyMs: out.latencyMs,
        responseHeaders: out.headers,
        responseBody: out.body.toString('utf8'),
      });
      return out;
    },
  };
}

/** The data plane's Lambda invokers, recording the Invoke call and, as AWS logs them, the response headers in `trace`. */
function tracedLambda(base: LambdaInvoker, trace: Trace, accountId: string): LambdaInvoker {
  return {
    async invoke(r) {
      const ref = parseFunctionRef(r.functionName);
      const arn = ref ? functionArn(ref.region ?? r.region, ref.accountId ?? accountId, ref.name, ref.qualifier) : r.functionName;
      trace.uri = `https://lambda.${r.region}.amazonaws.com/2015-03-31/functions/${arn}/invocations`;
      trace.lambdaSentAt = new Date();
      // An empty integration request is logged empty, though the function is sent `{}` (rec:
      // test_apigateway_basic.py::TestAPIGateway::test_apigw_test_invoke_method_api [test_invoke_method_response]).
      trace.requestBody = r.payload === EMPTY_BODY_PAYLOAD ? '' : r.payload.toString('utf8');
      const started = performance.now();
      const out = await base.invoke(r);
      const headers: Record<string, string> = {
        Date: new Date().toUTCString(),
        'Content-Type': 'application/json',
        'Content-Length': String(out.payload.length),
        Connection: 'keep-alive',
        'x-amzn-RequestId': out.requestId ?? randomUUID(),
        'x-amzn-Remapped-Content-Length': '0',
        'X-Amz-Executed-Version': out.executedVersion ?? '$LATEST',
      };
      if (out.functionError) headers['X-Amz-Function-Error'] = out.functionError;
      Object.assign(trace, {
        status: out.statusCode,
        latencyMs: performance.now() - started,
        responseHeaders: headers,
        responseBody: out.payload.toString('utf8'),
      });
      return out;
    },
    async close() {
      /* shared invokers */
    },
  };
}

/** The answer's headers, without the ones a test invocation does not show. */
function shownHeaders(res: GatewayAnswer): { headers: Record<string, string>; multiValueHeaders: Record<string, string[]> } {
  const headers: Record<string, string> = {};
  const multiValueHeaders: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(res.headers)) {
    if (['content-length', 'x-amzn-requestid', 'x-amz-apigw-id'].includes(k.toLowerCase())) continue;
    // A failed execution shows x-amzn-ErrorType alone (rec: test_apigateway_api.py::TestApigatewayTestInvoke::test_failed_invoke_test_method [test-invoke-failure]).
    if (res.error && k.toLowerCase() === 'content-type') continue;
    const values = Array.isArray(v) ? v.map(String) : [String(v)];
    headers[k] = values.join(',');
    multiValueHeaders[k] = values;
  }
  return { headers, multiValueHeaders };
}

/** What the execution log is written from. */
interface LogInput {
  input: TestInvokeInput;
  served: Served;
  path: string;
  rawQuery: string;
  startedAt: Date;
  res: GatewayAnswer;
  trace: Trace;
  headers: Record<string, string>;
  body: string;
}

/** The endpoint request and response lines, from the trace of the integration's call. */
function endpointLines(log: (s: string) => void, trace: Trace): void {
  if (!trace.uri) return;
  log(`Endpoint request URI: ${trace.uri}`);
  log(`Endpoint request headers: ${javaMap(trace.requestHeaders)}`);
  log(`Endpoint request body after transformations: ${trace.requestBody ?? ''}`);
  log(`Sending request to ${trace.uri}`);
  if (trace.status === undefined) return;
  log(`Received response. Status: ${trace.status}, Integration latency: ${Math.round(trace.latencyMs ?? 0)} ms`);
  log(`Endpoint response headers: ${javaMap(trace.responseHeaders)}`);
  log(`Endpoint response body before transformations: ${trace.responseBody ?? ''}`);
}

/** The execution log, line by line in AWS's form (header comment). */
function executionLog(l: LogInput): string {
  const { input, res, trace } = l;
  const requestId = String(res.headers['x-amzn-RequestId'] ?? '');
  const date = logDate(l.startedAt);
  const lines: string[] = [`Execution log for request ${requestId}`];
  const log = (s: string): void => {
    lines.push(`${date} : ${s}`);
  };
  const query: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(l.rawQuery)) query[k] = v;
  const match = l.served.deployment.router.match(l.path);
  log(`Starting execution for request: ${requestId}`);
  log(`HTTP Method: ${input.httpMethod}, Resource Path: ${l.path}`);
  log(`Method request path: ${javaMap(match?.pathParameters)}`);
  log(`Method request query string: ${javaMap(query)}`);
  log(`Method request headers: ${javaMap({ ...(input.multiValueHeaders ?? {}), ...(input.headers ?? {}) })}`);
  log(`Method request body before transformations: ${input.body ?? ''}`);
  if (trace.lambdaSentAt) {
    trace.requestHeaders = lambdaRequestHeaders(requestId, input.restApiId, trace.lambdaSentAt);
    // The function's answer carries the request's trace id back (same recording: the endpoint
    // response headers end with the X-Amzn-Trace-Id the method response has).
    const traceId = res.headers['X-Amzn-Trace-Id'];
    if (trace.responseHeaders && traceId !== undefined) trace.responseHeaders['X-Amzn-Trace-Id'] = String(traceId);
  }
  endpointLines(log, trace);
  const failure = res.error;
  if (failure) {
    const cause = failure.cause instanceof Error ? failure.cause.message : undefined;
    log(cause ?? `Execution failed: ${failure.gatewayMessage ?? failure.type}`);
  } else {
    log(`Method response body after transformations: ${l.body}`);
    log(`Method response headers: ${javaMap(traceFirst(l.headers))}`);
    log('Successfully completed execution');
  }
  log(`Method completed with status: ${res.status}`);
  return `${lines.join('\n')}\n`;
}

export async function testInvokeMethod(rt: TestInvokeDeps, call: TestInvokeMethodRequest): Promise<TestInvokeMethodResult> {
  const { input, resource, methodKey } = call;
  const served = transientDeployment(call, call.snapshot, resource, methodKey, input.stageVariables);
  const { path, rawQuery } = splitPath(input.pathWithQueryString || resource.path);
  const trace: Trace = {};
  const deps: DataPlaneDeps = {
    registry: { resolve: async () => served },
    http: tracedHttp(rt.http, trace),
    lambda: tracedLambda(rt.lambda, trace, call.accountId),
    aws: rt.aws,
    log: rt.log,
    admission: { admit: async () => undefined },
  };
  const request = testRequest(input, { apiId: input.restApiId, stage: STAGE, path, basePath: `/${STAGE}` }, rawQuery);
  const startedAt = new Date();
  const started = performance.now();
  const res = await new DataPlane(deps).respond(request);
  const latency = Math.round(performance.now() - started);
  const { headers, multiValueHeaders } = shownHeaders(res);
  const body = res.body?.toString('utf8') ?? '';
  const log = executionLog({ input, served, path, rawQuery, startedAt, res, trace, headers, body });
  return { status: res.status, body, headers, multiValueHeaders, log, latency };
}
