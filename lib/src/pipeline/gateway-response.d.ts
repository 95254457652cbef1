/**
 * Renders a GatewayError the way AWS does: the API's customised gateway response for the type, else
 * its DEFAULT_4XX / DEFAULT_5XX customisation, else the type's defaults; templates are filled by
 * simple `$context` / `$stageVariables` substitution, not VTL (DG:mapping-template-reference,
 * "$context.error"); `x-amzn-ErrorType` names the error. REQUEST_TOO_LARGE cannot be customised and
 * is plain text (OBS1, aws-behavior.md).
 * No X-Amzn-Trace-Id: AWS's gateway responses carry x-amzn-RequestId, x-amz-apigw-id and
 * x-amzn-ErrorType but no trace id (recorded: LS-snap test_apigateway_integrations
 * TestApiGatewayHeaderRemapping, the 500 answers of F89).
 */
import type { Served } from './deployments.js';
import { type GatewayError } from './gateway-errors.js';
import { type ClientRequest, type Invocation } from './invocation.js';
export interface RenderedResponse {
    status: number;
    headers: Record<string, string | string[]>;
    body: Buffer;
}
/** `$context.a.b`, `${context.a}`-style and `$stageVariables.x` substitution; unknown → empty. */
export declare function substitute(template: string, context: Record<string, unknown>, stageVariables: Record<string, string>): string;
export declare function renderGatewayError(err: GatewayError, inv: Partial<Invocation> & {
    request?: ClientRequest;
    requestId: string;
}, served?: Served): RenderedResponse;
