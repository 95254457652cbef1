/**
 * One sentence saying why a request was answered with a gateway error (issue 22): shown by the console's
 * live requests and written in the per-request log line. These are Tollgate's own explanations, not
 * AWS's texts (AWS's answer stays the gateway response's message): the step that refused says what it
 * knows when it throws (`GatewayError.reason`: which API key check, which bucket, which parameter);
 * otherwise the cause's message (a template that rendered invalid JSON, a refused connection, a Lambda
 * error), else a sentence per gateway response type.
 */
import type { GatewayError } from './gateway-errors.js';

const BY_TYPE: Partial<Record<GatewayError['type'], string>> = {
  ACCESS_DENIED: 'The authorization step denied the request',
  API_CONFIGURATION_ERROR: 'The API is not configured in a way Tollgate can serve (see the server log)',
  AUTHORIZER_CONFIGURATION_ERROR: "The method's authorizer could not be run (see the server log)",
  AUTHORIZER_FAILURE: "The method's authorizer failed",
  BAD_REQUEST_PARAMETERS: 'The request validator found required request parameters missing',
  BAD_REQUEST_BODY: "The request validator found the body does not match the method's model",
  EXPIRED_TOKEN: 'The SigV4 signature is expired or not yet valid',
  INTEGRATION_FAILURE: 'The integration endpoint could not be reached or answered with an error',
  INTEGRATION_TIMEOUT: 'The integration endpoint did not answer in time',
  INVALID_API_KEY: 'The API key is missing or not valid for this stage',
  INVALID_SIGNATURE: 'The SigV4 signature does not verify',
  MISSING_AUTHENTICATION_TOKEN: 'No resource and method of the deployment match the request',
  QUOTA_EXCEEDED: "The usage plan's quota for this API key is used up",
  REQUEST_TOO_LARGE: 'The request is larger than API Gateway accepts',
  THROTTLED: 'A throttling bucket is empty',
  UNAUTHORIZED: "The authorizer's identity source is missing or the caller is not authenticated",
  UNSUPPORTED_MEDIA_TYPE: "The request's Content-Type has no request template and passthroughBehavior refuses it",
};

/** Why `err` was answered; null for no error. */
export function reasonOf(err: GatewayError | undefined): string | null {
  if (!err) return null;
  if (err.reason) return err.reason;
  if (err.type === 'BAD_REQUEST_BODY' && err.validationErrorString) return `Request body does not match the method's model: ${err.validationErrorString}`;
  if (err.type === 'BAD_REQUEST_PARAMETERS' && err.gatewayMessage) return err.gatewayMessage;
  const cause = err.cause instanceof Error && err.cause.message ? err.cause.message : undefined;
  if (cause) return cause;
  if (err.type === 'ACCESS_DENIED' && err.gatewayMessage) return err.gatewayMessage;
  return BY_TYPE[err.type] ?? err.gatewayMessage ?? err.type;
}
