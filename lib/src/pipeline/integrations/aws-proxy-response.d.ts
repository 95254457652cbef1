import { GatewayError } from '../gateway-errors.js';
import type { RenderedResponse } from '../gateway-response.js';
import type { Invocation } from '../invocation.js';
export declare const malformedProxyResponse: (why: string) => GatewayError;
export interface ParsedProxyResponse {
    status: number;
    headers: Record<string, string | string[]>;
    body: string;
    isBase64Encoded: boolean;
}
export declare function parseProxyResponse(payload: Buffer): ParsedProxyResponse;
/** The client's answer from a Lambda proxy invocation's payload. */
export declare function proxyLambdaResponse(inv: Invocation, payload: Buffer): RenderedResponse;
