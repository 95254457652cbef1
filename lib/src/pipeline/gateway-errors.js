/**
 * The data plane's closed error catalogue: every failure the gateway itself produces is a
 * GatewayError of one of AWS's 21 gateway response types (the catalogue: src/domain/gateway-response.ts),
 * rendered in one place (gateway-response.ts) through the API's customised gateway responses.
 */
import { GATEWAY_RESPONSE_DEFAULTS } from '../domain/gateway-response.js';
export { GATEWAY_RESPONSE_DEFAULTS };
export class GatewayError extends Error {
    type;
    /** The value of `$context.error.message`; null for the authorizer failures. */
    gatewayMessage;
    /** A status that replaces the type's default (e.g. 502 for a malformed Lambda proxy answer). */
    statusOverride;
    /** `$context.error.validationErrorString` for request validation failures. */
    validationErrorString;
    /** An x-amzn-ErrorType that replaces the type's (e.g. IncompleteSignatureException under MISSING_AUTHENTICATION_TOKEN). */
    errorType;
    /** The body AWS sends when the API did not customise the response (the capital-M denials, src/auth/resource-policy.ts). */
    rawBody;
    constructor(type, opts = {}) {
        const d = GATEWAY_RESPONSE_DEFAULTS[type];
        const message = opts.message === undefined ? d.message : opts.message;
        super(message ?? type, { cause: opts.cause });
        this.type = type;
        this.gatewayMessage = message;
        this.statusOverride = opts.status;
        this.validationErrorString = opts.validationErrorString;
        this.errorType = opts.errorType;
        this.rawBody = opts.rawBody;
    }
}
