import type { Handlers } from './context.js';
import { type GatewayResponseType, type StoredGatewayResponse } from '../../domain/gateway-response.js';
export type { GatewayResponseType, StoredGatewayResponse };
export interface GatewayResponseDefault {
    /** The default status code; DEFAULT_4XX and DEFAULT_5XX have none (F79). */
    statusCode?: string;
    /** The DEFAULT_xXX response an un-customised type takes its status, parameters and templates from (F80). */
    fallback?: 'DEFAULT_4XX' | 'DEFAULT_5XX';
}
/**
 * The 21 types, alphabetically as GetGatewayResponses lists them (F79), with AWS's default status
 * codes and fallbacks (DG:supported-gateway-response-types; aws-behavior.md "Gateway responses").
 * The developer guide lists no fallback for UNAUTHORIZED; its DEFAULT_4XX entry says a status set
 * there applies to "all other 4XX responses", so UNAUTHORIZED (401) falls back to DEFAULT_4XX as
 * LocalStack's AWS-validated provider does. The data plane renders gateway responses from this
 * table and the API's customised entries (`effectiveGatewayResponse`).
 */
export declare const GATEWAY_RESPONSE_DEFAULTS: Readonly<Record<GatewayResponseType, GatewayResponseDefault>>;
export declare const GATEWAY_RESPONSE_TYPES: GatewayResponseType[];
/** Every type's default body (F79). */
export declare const DEFAULT_TEMPLATES: Readonly<Record<string, string>>;
export interface GatewayResponse extends StoredGatewayResponse {
    defaultResponse: boolean;
}
/**
 * What an API answers for a type, given its customised entries: a customised type keeps its own
 * values, taking its type's default status when none was put (F80 "AUTHORIZER_FAILURE keeps 500");
 * an un-customised type takes its customised DEFAULT_xXX's status code, parameters and templates
 * but still says defaultResponse:true (F80); otherwise the defaults (F79).
 */
export declare function effectiveGatewayResponse(type: GatewayResponseType, custom: ReadonlyMap<string, StoredGatewayResponse>): GatewayResponse;
export declare const gatewayResponseHandlers: Handlers;
