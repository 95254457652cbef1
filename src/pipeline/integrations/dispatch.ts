/**
 * The integrations, one entry per integration type (DG:api-gateway-api-integration-types): the
 * pipeline looks the method's type up here and runs it. MOCK answers synchronously and HTTP_PROXY
 * returns its backend call's promise without an extra await: the two common ones take no extra turn
 * of the event loop. A type with no entry is a configuration error (500).
 */
import type { Integration } from '../../domain/integration.js';
import type { LambdaInvoker } from '../../lambda/invoker.js';
import type { RenderedResponse } from '../gateway-response.js';
import { buildIntegrationRequest, httpEndpointRequest } from '../integration-request.js';
import { integrationResponse, type MethodResponseOut } from '../integration-response.js';
import type { Invocation } from '../invocation.js';
import type { HttpSender } from './http-client.js';
import { proxyResponse } from './http-proxy.js';
import { awsService, type AwsServices } from './aws-service.js';
import { awsLambda, awsProxyLambda } from './lambda.js';
import { mockEndpoint } from './mock.js';
import { traceEndpointAnswer, traceEndpointRequest, traceMockEndpoint, traceMockRequest, traceProxyResponse } from '../trace-steps.js';
import { GatewayError } from '../gateway-errors.js';

/** What the integrations call out to. */
export interface IntegrationDeps {
  http: HttpSender;
  lambda?: LambdaInvoker;
  aws?: AwsServices;
}

export type IntegrationHandler = (inv: Invocation, integration: Integration, deps: IntegrationDeps) => RenderedResponse | Promise<RenderedResponse>;

/** A URI whose service is Lambda (`arn:aws:apigateway:{region}:lambda:…`). */
const LAMBDA_URI = /^arn:aws[a-z-]*:apigateway:[^:]*:lambda:/;

/**
 * AWS_PROXY to another service than Lambda. PutIntegration takes a Firehose action (its 400 for any
 * other target says "…only supports Lambda function and Firehose stream invocations", rec:
 * test_apigateway_lambda.py::test_put_integration_aws_proxy_uri), but AWS documents AWS_PROXY for REST
 * APIs only as the Lambda proxy integration (SVC Integration.type: "the Lambda function-invoking action
 * with the client request passed through as-is"; DG api-gateway-api-integration-types: "For an AWS
 * service action, you have the AWS integration of the non-proxy type only"), and nothing of what such
 * a call would send or answer. Tollgate does not guess one: 500, logged as a configuration error that
 * says so.
 */
function notLambdaProxy(integration: Integration): GatewayError {
  const service = /^arn:[^:]+:apigateway:[^:]*:([^:]+):/.exec(integration.uri ?? '')?.[1] ?? 'this service';
  return new GatewayError('API_CONFIGURATION_ERROR', {
    cause: new Error(
      `Execution failed due to configuration error: AWS_PROXY integrations with ${service} are not emulated: AWS documents AWS_PROXY for REST APIs only as the Lambda proxy integration`,
    ),
  });
}

export const INTEGRATIONS: ReadonlyMap<string, IntegrationHandler> = new Map<string, IntegrationHandler>([
  [
    'MOCK',
    (inv, integration) => {
      const ir = buildIntegrationRequest(inv, integration, false);
      if (inv.trace) traceMockRequest(inv.trace, ir.text ?? ir.body);
      const endpoint = mockEndpoint(ir);
      if (inv.trace) traceMockEndpoint(inv.trace, endpoint.status);
      return asRendered(integrationResponse(inv, integration, endpoint, String(endpoint.status)));
    },
  ],
  [
    'HTTP_PROXY',
    (inv, integration, deps) => {
      const ir = buildIntegrationRequest(inv, integration, true);
      const request = httpEndpointRequest(inv, integration, ir, true);
      if (inv.trace) traceEndpointRequest(inv.trace, 'HTTP_PROXY', request);
      return deps.http.send(request).then((r) => {
        if (inv.trace) {
          traceEndpointAnswer(inv.trace, r);
          traceProxyResponse(inv.trace);
        }
        return proxyResponse(r, inv);
      });
    },
  ],
  [
    'HTTP',
    async (inv, integration, deps) => {
      const ir = buildIntegrationRequest(inv, integration, false);
      const request = httpEndpointRequest(inv, integration, ir, false);
      if (inv.trace) traceEndpointRequest(inv.trace, 'HTTP', request);
      const r = await deps.http.send(request);
      if (inv.trace) traceEndpointAnswer(inv.trace, r);
      const endpoint = { status: r.status, headers: headerMap(r.headers), body: r.body, latencyMs: r.latencyMs };
      return asRendered(integrationResponse(inv, integration, endpoint, String(r.status)));
    },
  ],
  [
    'AWS_PROXY',
    (inv, integration, deps) => {
      if (!LAMBDA_URI.test(integration.uri ?? '')) throw notLambdaProxy(integration);
      return awsProxyLambda(inv, integration, deps.lambda);
    },
  ],
  // Lambda's invocation (integrations/lambda.ts), any other service's call (integrations/aws-service.ts).
  [
    'AWS',
    async (inv, integration, deps) =>
      asRendered(await (LAMBDA_URI.test(integration.uri ?? '') ? awsLambda(inv, integration, deps.lambda) : awsService(inv, integration, deps.http, deps.aws))),
  ],
]);

function headerMap(h: Record<string, string | string[] | undefined>): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const [k, v] of Object.entries(h)) {
    if (v === undefined) continue;
    const lower = k.toLowerCase(); // names come in the backend's casing: `Set-Cookie` and `set-cookie` are one
    const values = Array.isArray(v) ? v : [v];
    const prev = m.get(lower);
    m.set(lower, prev ? [...prev, ...values] : values);
  }
  return m;
}

function asRendered(out: MethodResponseOut): RenderedResponse {
  const headers = { ...out.headers };
  if (out.contentType && !Object.keys(headers).some((k) => k.toLowerCase() === 'content-type')) headers['Content-Type'] = out.contentType;
  return { status: out.status, headers, body: out.body };
}
