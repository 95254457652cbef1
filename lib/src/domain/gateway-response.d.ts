/**
 * Gateway responses, shared by both planes: AWS's 21 gateway response types with their defaults (the
 * catalogue every GatewayError of the data plane, src/pipeline/gateway-errors.ts, is one of; GetGatewayResponses
 * lists them) and a type as an API customises it.
 * Defaults: docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html
 * (statuses); messages and x-amzn-ErrorType values as aws-behavior.md "Gateway responses" records them.
 *
 * Where each x-amzn-ErrorType comes from (AWS documents none of them):
 * - recorded against AWS (LS-snap): MISSING_AUTHENTICATION_TOKEN (F83); InternalServerErrorException for a
 *   configuration error such as an illegal header mapping (F89, test_apigateway_integrations
 *   TestApiGatewayHeaderRemapping), which is what API_CONFIGURATION_ERROR answers;
 * - AWS's own troubleshooting table (repost.aws/knowledge-center/api-gateway-troubleshoot-403-forbidden):
 *   ACCESS_DENIED, INVALID_API_KEY ("ForbiddenException" / "Forbidden") and "Authentication token
 *   expired" → InvalidSignatureException "Signature expired" (EXPIRED_TOKEN);
 * - checked by LocalStack's maintainers with curl against AWS (localstack/localstack PR #11142: the values
 *   not marked TODO in next_gen/execute_api/gateway_response.py): BAD_REQUEST_PARAMETERS, BAD_REQUEST_BODY,
 *   INTEGRATION_TIMEOUT, INVALID_API_KEY, QUOTA_EXCEEDED, THROTTLED, UNAUTHORIZED and
 *   UNSUPPORTED_MEDIA_TYPE (BadRequestException, not an "UnsupportedMediaTypeException");
 * - not verified anywhere (LocalStack's TODO-marked guesses or ours): AUTHORIZER_FAILURE,
 *   AUTHORIZER_CONFIGURATION_ERROR (serverless-offline's choice), INTEGRATION_FAILURE, INVALID_SIGNATURE
 *   (same family as the expired signature above), REQUEST_TOO_LARGE, RESOURCE_NOT_FOUND, WAF_FILTERED.
 */
export type GatewayResponseType = 'ACCESS_DENIED' | 'API_CONFIGURATION_ERROR' | 'AUTHORIZER_CONFIGURATION_ERROR' | 'AUTHORIZER_FAILURE' | 'BAD_REQUEST_PARAMETERS' | 'BAD_REQUEST_BODY' | 'DEFAULT_4XX' | 'DEFAULT_5XX' | 'EXPIRED_TOKEN' | 'INTEGRATION_FAILURE' | 'INTEGRATION_TIMEOUT' | 'INVALID_API_KEY' | 'INVALID_SIGNATURE' | 'MISSING_AUTHENTICATION_TOKEN' | 'QUOTA_EXCEEDED' | 'REQUEST_TOO_LARGE' | 'RESOURCE_NOT_FOUND' | 'THROTTLED' | 'UNAUTHORIZED' | 'UNSUPPORTED_MEDIA_TYPE' | 'WAF_FILTERED';
export interface GatewayResponseDefault {
    status: number;
    /** The x-amzn-ErrorType AWS sends, where known. */
    errorType: string;
    /** The default `$context.error.message`; null renders as `{"message": null}`. */
    message: string | null;
}
export declare const GATEWAY_RESPONSE_DEFAULTS: Record<Exclude<GatewayResponseType, 'DEFAULT_4XX' | 'DEFAULT_5XX'>, GatewayResponseDefault>;
/** A type an API customised (PutGatewayResponse), as stored and as deployments freeze it. */
export interface StoredGatewayResponse {
    responseType: GatewayResponseType;
    statusCode?: string;
    responseParameters: Record<string, string>;
    responseTemplates: Record<string, string>;
}
