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
 *   - any other Lambda service error, or no answer from the endpoint → 502 "Internal server error"
 *     (LS-code integrations/aws.py; not recorded);
 *   - `timeoutInMillis` passed → 504 "Endpoint request timed out".
 * Other AWS services' integrations are integrations/aws-service.ts's.
 */
import type { Integration } from '../../domain/integration.js';
import { type InvokeResult, type LambdaInvoker } from '../../lambda/invoker.js';
import type { RenderedResponse } from '../gateway-response.js';
import { type MethodResponseOut } from '../integration-response.js';
import type { Invocation } from '../invocation.js';
/** Calls the function the integration names, with API Gateway's timeout. */
export declare function invokeLambda(inv: Invocation, integration: Integration, invoker: LambdaInvoker | undefined, payload: Buffer): Promise<InvokeResult>;
export declare function awsProxyLambda(inv: Invocation, integration: Integration, invoker: LambdaInvoker | undefined): Promise<RenderedResponse>;
/**
 * The payload an AWS integration sends for an empty integration request body: `{}`. One shared
 * buffer, so TestInvokeMethod can tell it from a `{}` the template wrote (its log shows the empty body).
 */
export declare const EMPTY_BODY_PAYLOAD: Buffer;
export declare function awsLambda(inv: Invocation, integration: Integration, invoker: LambdaInvoker | undefined): Promise<MethodResponseOut>;
