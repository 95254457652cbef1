/**
 * The data plane's closed error catalogue: every failure the gateway itself produces is a
 * GatewayError of one of AWS's 21 gateway response types (the catalogue: src/domain/gateway-response.ts),
 * rendered in one place (gateway-response.ts) through the API's customised gateway responses.
 */
import { GATEWAY_RESPONSE_DEFAULTS, type GatewayResponseDefault, type GatewayResponseType } from '../domain/gateway-response.js';
export { GATEWAY_RESPONSE_DEFAULTS, type GatewayResponseDefault, type GatewayResponseType };

export class GatewayError extends Error {
  readonly type: Exclude<GatewayResponseType, 'DEFAULT_4XX' | 'DEFAULT_5XX'>;
  /** The value of `$context.error.message`; null for the authorizer failures. */
  readonly gatewayMessage: string | null;
  /** A status that replaces the type's default (e.g. 502 for a malformed Lambda proxy answer). */
  readonly statusOverride: number | undefined;
  /** `$context.error.validationErrorString` for request validation failures. */
  readonly validationErrorString: string | undefined;
  /** An x-amzn-ErrorType that replaces the type's (e.g. IncompleteSignatureException under MISSING_AUTHENTICATION_TOKEN). */
  readonly errorType: string | undefined;
  /** The body AWS sends when the API did not customise the response (the capital-M denials, src/auth/resource-policy.ts). */
  readonly rawBody: string | undefined;
  /** Tollgate's own sentence saying why (the console's live requests, the per-request log line); not sent to the client. */
  readonly reason: string | undefined;

  constructor(
    type: GatewayError['type'],
    opts: {
      message?: string | null;
      status?: number;
      validationErrorString?: string;
      cause?: unknown;
      errorType?: string;
      rawBody?: string;
      reason?: string;
    } = {},
  ) {
    const d = GATEWAY_RESPONSE_DEFAULTS[type];
    const message = opts.message === undefined ? d.message : opts.message;
    super(message ?? type, { cause: opts.cause });
    this.type = type;
    this.gatewayMessage = message;
    this.statusOverride = opts.status;
    this.validationErrorString = opts.validationErrorString;
    this.errorType = opts.errorType;
    this.rawBody = opts.rawBody;
    this.reason = opts.reason;
  }
}
