/**
 * AWS service integrations other than Lambda (type AWS, `arn:aws:apigateway:{region}:{service}:path|action/…`):
 * the request template's output sent to the service, signed with SigV4 (aws/aws-signer.ts), to AWS or
 * to the endpoint configured for the service (aws/service-endpoint.ts); the service's answer — status,
 * headers, body — goes through integration-response selection as an HTTP backend's does: the
 * selectionPattern is matched against the status code (SVC IntegrationResponse.selectionPattern: "For
 * all other HTTP and AWS back ends, the HTTP status code is matched"), so `4\d{2}` picks an error
 * response whose template maps the service's error body.
 *
 * The URI is parsed and its endpoint resolved once per deployment and URI text (a URI with stage
 * variables once per distinct value), not per request.
 *
 * The call is signed as the integration's `credentials` say (aws/role-credentials.ts): the base keys,
 * the caller's own, or an assumed role's.
 *
 * Failures, as the HTTP integrations answer them (http-client.ts): no answer within timeoutInMillis →
 * 504 INTEGRATION_TIMEOUT "Endpoint request timed out"; the endpoint refusing or dropping the connection
 * → 504 INTEGRATION_FAILURE (a keep-alive connection closed before any byte of the answer is first
 * tried once more on a fresh connection: http-client.ts REPLAYED); a host that does not resolve (an
 * unknown service or region) or a TLS failure → 500 API_CONFIGURATION_ERROR, logged "Execution failed due to configuration error"
 * (repost.aws/knowledge-center/api-gateway-500-error-vpc); a URI that is no AWS service ARN → 500,
 * logged likewise.
 */
import type { AwsEndpoints } from '../../config/aws-endpoints.js';
import type { Integration } from '../../domain/integration.js';
import { traceEndpointAnswer, traceEndpointRequest } from '../trace-steps.js';
import { GatewayError } from '../gateway-errors.js';
import { buildIntegrationRequest } from '../integration-request.js';
import { integrationResponse, type MethodResponseOut } from '../integration-response.js';
import type { Invocation } from '../invocation.js';
import type { AwsSigner } from './aws/aws-signer.js';
import type { RoleCredentials } from './aws/role-credentials.js';
import { serviceEndpoint, type ServiceEndpoint } from './aws/service-endpoint.js';
import { queryText, serviceCall } from './aws/service-request.js';
import { parseAwsServiceUri, type AwsServiceUri } from './aws/service-uri.js';
import type { HttpSender } from './http-client.js';

/** What AWS service integrations need from the runtime: where to call, how to sign, as whom. */
export interface AwsServices {
  endpoints: AwsEndpoints;
  signer: AwsSigner;
  roles: RoleCredentials;
}

interface Target {
  uri: AwsServiceUri;
  endpoint: ServiceEndpoint;
}

/** The parsed URI and its endpoint, per deployment and URI text. */
function targetOf(inv: Invocation, text: string, aws: AwsServices): Target {
  const memo = inv.served.deployment.memo;
  let all = memo.get('awsServiceTargets') as Map<string, Target | null> | undefined;
  if (!all) {
    all = new Map();
    memo.set('awsServiceTargets', all);
  }
  let t = all.get(text);
  if (t === undefined) {
    const uri = parseAwsServiceUri(text);
    t = uri ? { uri, endpoint: serviceEndpoint(uri, aws.endpoints) } : null;
    if (all.size < 1024) all.set(text, t);
  }
  if (!t) {
    throw new GatewayError('API_CONFIGURATION_ERROR', {
      cause: new Error(`Execution failed due to configuration error: Invalid AWS service integration URI ${text}`),
    });
  }
  return t;
}

const stageVariable = /\$\{stageVariables\.([A-Za-z0-9_]+)\}/g;

export async function awsService(inv: Invocation, integration: Integration, http: HttpSender, aws: AwsServices | undefined): Promise<MethodResponseOut> {
  if (!aws)
    throw new GatewayError('API_CONFIGURATION_ERROR', { cause: new Error('Execution failed due to configuration error: AWS service calls are not set up') });
  const ir = buildIntegrationRequest(inv, integration, false);
  let text = integration.uri ?? '';
  if (text.includes('${')) text = text.replace(stageVariable, (_m, name: string) => inv.stageVariables[name] ?? '');
  const { uri, endpoint } = targetOf(inv, text, aws);
  const call = serviceCall(inv, integration, ir, uri, endpoint);
  const timeoutMs = integration.timeoutInMillis ?? 29_000;
  // The common case — no role to assume — resolves its keys without waiting on anything.
  const role = integration.credentials
    ? aws.roles.identityFor(integration.credentials, endpoint, {
        region: uri.region,
        apiId: inv.request.target.apiId,
        caller: inv.callerKeys,
        timeoutMs,
      })
    : undefined;
  const keys = (role instanceof Promise ? await role : role) ?? aws.signer.baseIdentity(endpoint);
  const headers = aws.signer.sign(call, endpoint, keys instanceof Promise ? await keys : keys);
  // replayable: sent again once if its connection closes before any answer, as AWS's SDKs do (http-client.ts REPLAYED).
  const request = {
    method: call.method,
    origin: call.origin,
    path: `${call.path}${queryText(call.query)}`,
    headers,
    body: call.body,
    timeoutMs,
    replayable: true,
  };
  if (inv.trace) traceEndpointRequest(inv.trace, 'AWS', request);
  const r = await http.send(request);
  inv.integration = { status: r.status, latencyMs: r.latencyMs };
  if (inv.trace) traceEndpointAnswer(inv.trace, r);
  const answer = new Map<string, string[]>();
  for (const k in r.headers) {
    const v = r.headers[k];
    if (v !== undefined) answer.set(k.toLowerCase(), Array.isArray(v) ? v : [v]);
  }
  return integrationResponse(inv, integration, { status: r.status, headers: answer, body: r.body, latencyMs: r.latencyMs }, String(r.status));
}
