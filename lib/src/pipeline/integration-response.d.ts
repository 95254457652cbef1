/**
 * `integration-response` for non-proxy integrations (HTTP, MOCK, AWS): pick the integration response
 * whose selectionPattern matches (the backend's status code for HTTP and MOCK; the Lambda errorMessage
 * for AWS Lambda), else the default one (no pattern); map `method.response.header.*` and render the
 * response template chosen by the request's first Accept type (else the first template; none →
 * passthrough) (DG:request-response-data-mappings; SVC IntegrationResponse). No match and no default
 * is AWS's "No match for output mapping and no default output mapping": 500.
 */
import type { Integration, IntegrationResponse } from '../domain/integration.js';
import { type Invocation } from './invocation.js';
export interface MethodResponseOut {
    status: number;
    headers: Record<string, string | string[]>;
    body: Buffer;
    contentType: string | undefined;
}
export declare function remapMethodResponseHeaders(integrationType: string, headers: Record<string, string | string[]>): Record<string, string | string[]>;
export interface EndpointResult {
    status: number;
    headers: Map<string, string[]>;
    body: Buffer;
    errorMessage?: string;
    latencyMs?: number;
}
/** `subject` undefined (a Lambda invocation that succeeded) selects the default response only. */
export declare function selectIntegrationResponse(inv: Invocation, integration: Integration, subject: string | undefined): IntegrationResponse;
/** The first media type of Accept decides (DG: only the first is honoured). */
export declare function firstAccept(inv: Invocation): string | undefined;
export declare function integrationResponse(inv: Invocation, integration: Integration, endpoint: EndpointResult, subject: string | undefined): MethodResponseOut;
