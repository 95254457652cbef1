export const GATEWAY_RESPONSE_DEFAULTS = {
    ACCESS_DENIED: { status: 403, errorType: 'AccessDeniedException', message: 'User is not authorized to access this resource' },
    API_CONFIGURATION_ERROR: { status: 500, errorType: 'InternalServerErrorException', message: 'Internal server error' },
    AUTHORIZER_CONFIGURATION_ERROR: { status: 500, errorType: 'AuthorizerConfigurationException', message: null },
    AUTHORIZER_FAILURE: { status: 500, errorType: 'AuthorizerFailureException', message: null },
    BAD_REQUEST_PARAMETERS: { status: 400, errorType: 'BadRequestException', message: 'Missing required request parameters' },
    BAD_REQUEST_BODY: { status: 400, errorType: 'BadRequestException', message: 'Invalid request body' },
    // AWS's 403 troubleshooting table: "Authentication token expired" answers InvalidSignatureException with
    // "Signature expired" (the full text adds the dates: "Signature expired: {t} is now earlier than {t}").
    EXPIRED_TOKEN: { status: 403, errorType: 'InvalidSignatureException', message: 'Signature expired' },
    INTEGRATION_FAILURE: { status: 504, errorType: 'InternalServerErrorException', message: 'Network error communicating with endpoint' },
    INTEGRATION_TIMEOUT: { status: 504, errorType: 'InternalServerErrorException', message: 'Endpoint request timed out' },
    INVALID_API_KEY: { status: 403, errorType: 'ForbiddenException', message: 'Forbidden' },
    INVALID_SIGNATURE: {
        status: 403,
        errorType: 'InvalidSignatureException',
        message: 'The request signature we calculated does not match the signature you provided',
    },
    MISSING_AUTHENTICATION_TOKEN: { status: 403, errorType: 'MissingAuthenticationTokenException', message: 'Missing Authentication Token' },
    QUOTA_EXCEEDED: { status: 429, errorType: 'LimitExceededException', message: 'Limit Exceeded' },
    REQUEST_TOO_LARGE: { status: 413, errorType: 'RequestTooLargeException', message: 'Request Too Large' },
    RESOURCE_NOT_FOUND: { status: 404, errorType: 'NotFoundException', message: 'Not Found' },
    THROTTLED: { status: 429, errorType: 'TooManyRequestsException', message: 'Too Many Requests' },
    UNAUTHORIZED: { status: 401, errorType: 'UnauthorizedException', message: 'Unauthorized' },
    // localstack/localstack PR #11142 (checked against AWS with curl): a 415 says BadRequestException.
    UNSUPPORTED_MEDIA_TYPE: { status: 415, errorType: 'BadRequestException', message: 'Unsupported Media Type' },
    WAF_FILTERED: { status: 403, errorType: 'WAFFilteredException', message: 'Forbidden' },
};
//# sourceMappingURL=gateway-response.js.map