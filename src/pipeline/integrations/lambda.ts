/**
 * Lambda behind API Gateway: AWS_PROXY (the proxy event in, the proxy response out) and AWS
 * (non-proxy: the request template is the payload; integration responses are selected by the
 * failed invocation's `errorMessage`, a successful one takes the default response; SVC
 * IntegrationResponse.selectionPattern; DG:set-up-lambda-custom-integrations).
 *
 * The URI is `arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{function}/invocations`
 * with `${stageVariables.x}` anywhere in it (src/lambda/names.ts). Which invoker runs the function
 * is the router's business (src/lambda/invoker.ts).
 *
 * Failures as AWS answers them:
 *   - AWS_PROXY with an integration method other than POST → 500 "Internal server error" (recorded:
 *     LS-snap test_apigateway_lambda test_lambda_aws_proxy_integration_non_post_method);
 *   - no such function, or a URI that names none → 500 "Internal server error" (AWS logs "Invalid
 *     permissions on Lambda function" or an invalid function; repost.aws knowledge-center
 *     api-gateway-internal-server-error; LS-code integrations/aws.py maps AccessDenied to 500);
 *   - a function whose resource-based policy does not let API Gateway invoke it for this method (no
 *     AddPermission for `apigateway.amazonaws.com`, or a SourceArn that does not match) → 500 "Internal
 *     server error", logged "Execution failed due to configuration error: Invalid permissions on Lambda
 *     function" (https://repost.aws/knowledge-center/api-gateway-rest-api-lambda-integrations). The call
 *     carries API Gateway's principal and the method's ARN as `aws:SourceArn` (`methodSourceArn`); an
 *     integration with `credentials` (a role API Gateway assumes) is the role's business, not the policy's;
 *   - any other Lambda service error, or no answer from the endpoint → 502 "Internal server error"
 *     (LS-code integrations/aws.py; not recorded);
 *   - `timeoutInMillis` passed → 504 "Endpoint request timed out".
 * Other AWS services' integrations are integrations/aws-service.ts's.
 */
import type { Integration } from '../../domain/integration.js';
import type { ServiceCaller } from '../../domain/lambda/policy.js';
import { Abandon, LambdaServiceError, type InvokeResult, type LambdaInvoker } from '../../lambda/invoker.js';
import { parseLambdaUri, withStageVariables } from '../../lambda/names.js';
import { GatewayError } from '../gateway-errors.js';
import type { RenderedResponse } from '../gateway-response.js';
import { buildIntegrationRequest } from '../integration-request.js';
import { integrationResponse, type EndpointResult, type MethodResponseOut } from '../integration-response.js';
import type { Invocation } from '../invocation.js';
import { traceLambdaAnswer, traceLambdaRequest, traceProxyResponse } from '../trace-steps.js';
import { buildProxyEvent } from './aws-proxy-event.js';
import { proxyLambdaResponse } from './aws-proxy-response.js';

/** API Gateway's service principal, as a Lambda permission names it. */
export const APIGATEWAY_PRINCIPAL = 'apigateway.amazonaws.com';

/** What API Gateway logs when Lambda refuses its call (the knowledge-center article above). */
export const INVALID_PERMISSIONS = 'Invalid permissions on Lambda function';

/**
 * The `aws:SourceArn` API Gateway invokes a function with: the method's execute-api ARN,
 * `arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/{METHOD}{resource path}` with the resource's path
 * template (`/pets/{id}`, `/` for the root) and `test-invoke-stage` for TestInvokeMethod — the ARN
 * `aws lambda add-permission --source-arn` names (DG:set-up-lambda-proxy-integrations; `*` for the stage
 * covers every stage).
 */
export function methodSourceArn(inv: Invocation): ServiceCaller {
  const { region, accountId } = inv.served;
  const target = inv.request.target;
  const stage = target.stage ?? inv.served.stage.stageName;
  return {
    principal: APIGATEWAY_PRINCIPAL,
    sourceArn: `arn:aws:execute-api:${region}:${accountId}:${target.apiId}/${stage}/${inv.request.method}${inv.resource?.path ?? '/'}`,
    sourceAccount: accountId,
  };
}

const configurationError = (why: string): GatewayError =>
  new GatewayError('API_CONFIGURATION_ERROR', { cause: new Error(`Execution failed due to configuration error: ${why}`) });

/** Calls the function the integration names, with API Gateway's timeout; `payloadIsJson`: the payload is Tollgate's own JSON (the proxy event). */
export async function invokeLambda(
  inv: Invocation,
  integration: Integration,
  invoker: LambdaInvoker | undefined,
  payload: Buffer,
  payloadIsJson = false,
): Promise<InvokeResult> {
  const uri = withStageVariables(integration.uri ?? '', inv.stageVariables);
  const target = parseLambdaUri(uri);
  if (!target) {
    throw configurationError(`Invalid Lambda function URI ${uri}`);
  }
  const timeoutMs = integration.timeoutInMillis ?? 29_000;
  const abandon = new Abandon();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abandon.abort();
      reject(new GatewayError('INTEGRATION_TIMEOUT'));
    }, timeoutMs);
  });
  if (inv.trace) traceLambdaRequest(inv.trace, integration.type, target.functionName, target.region, payload);
  const started = performance.now();
  try {
    const call = invoker
      ? invoker.invoke({
          functionName: target.functionName,
          region: target.region,
          payload,
          payloadIsJson,
          signal: abandon,
          caller: integration.credentials ? undefined : methodSourceArn(inv),
        })
      : Promise.reject(new LambdaServiceError('ResourceNotFoundException', `Function not found: ${target.functionName}`, 404));
    const result = await Promise.race([call, timeout]);
    inv.integration = {
      status: result.statusCode,
      latencyMs: performance.now() - started,
      requestId: result.requestId,
      error: result.functionError,
    };
    if (inv.trace) traceLambdaAnswer(inv.trace, result, inv.integration.latencyMs!);
    return result;
  } catch (e) {
    if (e instanceof GatewayError) {
      inv.integration = { latencyMs: performance.now() - started, error: e.type };
      throw e;
    }
    const err = e instanceof LambdaServiceError ? e : new LambdaServiceError('ServiceException', String((e as Error)?.message ?? e), 0);
    inv.integration = { status: err.status || undefined, latencyMs: performance.now() - started, error: err.message };
    if (err.code === 'AccessDeniedException') throw configurationError(INVALID_PERMISSIONS);
    if (err.code === 'ResourceNotFoundException') {
      throw new GatewayError('API_CONFIGURATION_ERROR', {
        cause: new Error(`Execution failed due to configuration error: ${err.message}`),
      });
    }
    throw new GatewayError('INTEGRATION_FAILURE', { message: 'Internal server error', status: 502, cause: e });
  } finally {
    clearTimeout(timer);
  }
}

export async function awsProxyLambda(inv: Invocation, integration: Integration, invoker: LambdaInvoker | undefined): Promise<RenderedResponse> {
  if (integration.httpMethod !== 'POST') throw configurationError("The 'AWS_PROXY' integration can only be used with the POST integration method");
  buildIntegrationRequest(inv, integration, true); // its mappings are not applied, but a forbidden one fails
  const event = buildProxyEvent(inv);
  const result = await invokeLambda(inv, integration, invoker, Buffer.from(JSON.stringify(event)), true);
  if (result.functionError) {
    throw new GatewayError('INTEGRATION_FAILURE', {
      message: 'Internal server error',
      status: 502,
      cause: new Error(`Lambda execution failed with status 200 due to customer function error: ${errorMessageOf(result.payload) ?? ''}`),
    });
  }
  if (inv.trace) traceProxyResponse(inv.trace);
  return proxyLambdaResponse(inv, result.payload);
}

/**
 * The payload an AWS integration sends for an empty integration request body: `{}`. One shared
 * buffer, so TestInvokeMethod can tell it from a `{}` the template wrote (its log shows the empty body).
 */
export const EMPTY_BODY_PAYLOAD: Buffer = Buffer.from('{}');

export async function awsLambda(inv: Invocation, integration: Integration, invoker: LambdaInvoker | undefined): Promise<MethodResponseOut> {
  const ir = buildIntegrationRequest(inv, integration, false);
  const result = await invokeLambda(inv, integration, invoker, ir.body.length ? ir.body : EMPTY_BODY_PAYLOAD);
  const headers = new Map<string, string[]>([['content-type', ['application/json']]]);
  if (result.executedVersion) headers.set('x-amz-executed-version', [result.executedVersion]);
  if (result.functionError) headers.set('x-amz-function-error', [result.functionError]);
  const endpoint: EndpointResult = { status: result.statusCode, headers, body: result.payload, latencyMs: inv.integration?.latencyMs };
  // The error regex is matched against errorMessage; a successful invocation takes the default response.
  const subject = result.functionError ? (errorMessageOf(result.payload) ?? '') : undefined;
  return integrationResponse(inv, integration, endpoint, subject);
}

function errorMessageOf(payload: Buffer): string | undefined {
  try {
    const v = JSON.parse(payload.toString('utf8')) as { errorMessage?: unknown };
    return typeof v?.errorMessage === 'string' ? v.errorMessage : undefined;
  } catch {
    return undefined;
  }
}
