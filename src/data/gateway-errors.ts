/**
 * The data plane's closed error catalogue: every failure the gateway itself produces is a
 * GatewayError of one of AWS's 21 gateway response types, rendered in one place
 * (gateway-response.ts) through the API's customised gateway responses.
 * Defaults: docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html
 * (statuses); messages and x-amzn-ErrorType values as aws-behavior.md "Gateway responses" records them.
 */
export type GatewayResponseType =
  | 'ACCESS_DENIED' | 'API_CONFIGURATION_ERROR' | 'AUTHORIZER_CONFIGURATION_ERROR' | 'AUTHORIZER_FAILURE'
  | 'BAD_REQUEST_PARAMETERS' | 'BAD_REQUEST_BODY' | 'DEFAULT_4XX' | 'DEFAULT_5XX' | 'EXPIRED_TOKEN'
  | 'INTEGRATION_FAILURE' | 'INTEGRATION_TIMEOUT' | 'INVALID_API_KEY' | 'INVALID_SIGNATURE'
  | 'MISSING_AUTHENTICATION_TOKEN' | 'QUOTA_EXCEEDED' | 'REQUEST_TOO_LARGE' | 'RESOURCE_NOT_FOUND'
  | 'THROTTLED' | 'UNAUTHORIZED' | 'UNSUPPORTED_MEDIA_TYPE' | 'WAF_FILTERED';

export interface GatewayResponseDefault {
  status: number;
  /** The x-amzn-ErrorType AWS sends, where known. */
  errorType: string;
  /** The default `$context.error.message`; null renders as `{"message": null}`. */
  message: string | null;
}

export const GATEWAY_RESPONSE_DEFAULTS: Record<Exclude<GatewayResponseType, 'DEFAULT_4XX' | 'DEFAULT_5XX'>, GatewayResponseDefault> = {
  ACCESS_DENIED: { status: 403, errorType: 'AccessDeniedException', message: 'User is not authorized to access this resource' },
  API_CONFIGURATION_ERROR: { status: 500, errorType: 'InternalServerErrorException', message: 'Internal server error' },
  AUTHORIZER_CONFIGURATION_ERROR: { status: 500, errorType: 'AuthorizerConfigurationException', message: null },
  AUTHORIZER_FAILURE: { status: 500, errorType: 'AuthorizerFailureException', message: null },
  BAD_REQUEST_PARAMETERS: { status: 400, errorType: 'BadRequestException', message: 'Missing required request parameters' },
  BAD_REQUEST_BODY: { status: 400, errorType: 'BadRequestException', message: 'Invalid request body' },
  EXPIRED_TOKEN: { status: 403, errorType: 'ExpiredTokenException', message: 'The security token included in the request is expired' },
  INTEGRATION_FAILURE: { status: 504, errorType: 'InternalServerErrorException', message: 'Network error communicating with endpoint' },
  INTEGRATION_TIMEOUT: { status: 504, errorType: 'InternalServerErrorException', message: 'Endpoint request timed out' },
  INVALID_API_KEY: { status: 403, errorType: 'ForbiddenException', message: 'Forbidden' },
  INVALID_SIGNATURE: { status: 403, errorType: 'InvalidSignatureException', message: 'The request signature we calculated does not match the signature you provided' },
  MISSING_AUTHENTICATION_TOKEN: { status: 403, errorType: 'MissingAuthenticationTokenException', message: 'Missing Authentication Token' },
  QUOTA_EXCEEDED: { status: 429, errorType: 'LimitExceededException', message: 'Limit Exceeded' },
  REQUEST_TOO_LARGE: { status: 413, errorType: 'RequestTooLargeException', message: 'Request Too Large' },
  RESOURCE_NOT_FOUND: { status: 404, errorType: 'NotFoundException', message: 'Not Found' },
  THROTTLED: { status: 429, errorType: 'TooManyRequestsException', message: 'Too Many Requests' },
  UNAUTHORIZED: { status: 401, errorType: 'UnauthorizedException', message: 'Unauthorized' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, errorType: 'UnsupportedMediaTypeException', message: 'Unsupported Media Type' },
  WAF_FILTERED: { status: 403, errorType: 'WAFFilteredException', message: 'Forbidden' },
};

export class GatewayError extends Error {
  readonly type: Exclude<GatewayResponseType, 'DEFAULT_4XX' | 'DEFAULT_5XX'>;
  /** The value of `$context.error.message`; null for the authorizer failures. */
  readonly gatewayMessage: string | null;
  /** A status that replaces the type's default (e.g. 502 for a malformed Lambda proxy answer). */
  readonly statusOverride: number | undefined;
  /** `$context.error.validationErrorString` for request validation failures. */
  readonly validationErrorString: string | undefined;

  constructor(
    type: GatewayError['type'],
    opts: { message?: string | null; status?: number; validationErrorString?: string; cause?: unknown } = {},
  ) {
    const d = GATEWAY_RESPONSE_DEFAULTS[type];
    const message = opts.message === undefined ? d.message : opts.message;
    super(message ?? type, { cause: opts.cause });
    this.type = type;
    this.gatewayMessage = message;
    this.statusOverride = opts.status;
    this.validationErrorString = opts.validationErrorString;
  }
}
