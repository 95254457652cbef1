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
 * Failures, as the HTTP integrations answer them (http-client.ts): no answer within timeoutInMillis →
 * 504 INTEGRATION_TIMEOUT "Endpoint request timed out"; the endpoint refusing or dropping the connection
 * → 504 INTEGRATION_FAILURE; a host that does not resolve (an unknown service or region) or a TLS
 * failure → 500 API_CONFIGURATION_ERROR, logged "Execution failed due to configuration error"
 * (repost.aws/knowledge-center/api-gateway-500-error-vpc); a URI that is no AWS service ARN → 500,
 * logged likewise.
 */
import type { AwsEndpoints } from '../../config/aws-endpoints.js';
import type { Integration } from '../../domain/integration.js';
import { type MethodResponseOut } from '../integration-response.js';
import type { Invocation } from '../invocation.js';
import type { AwsSigner } from './aws/aws-signer.js';
import type { HttpClient } from './http-client.js';
/** What AWS service integrations need from the runtime: where to call, how to sign. */
export interface AwsServices {
    endpoints: AwsEndpoints;
    signer: AwsSigner;
}
export declare function awsService(inv: Invocation, integration: Integration, http: HttpClient, aws: AwsServices | undefined): Promise<MethodResponseOut>;
