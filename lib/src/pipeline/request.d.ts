/**
 * The pieces of a request record (ClientRequest, data/invocation.ts) that follow AWS's rules whoever
 * builds the record — the node:http adapter (edge/node-adapter.ts) or TestInvokeMethod: which headers
 * API Gateway keeps for itself, the casing it hands names on in, X-HTTP-Method-Override, the query.
 */
import type { ClientRequest } from './invocation.js';
/** AWS's payload limit: larger bodies answer 413 (OBS1 in aws-behavior.md "Gateway responses"; edge/node-adapter.ts). */
export declare const MAX_PAYLOAD_BYTES: number;
export declare const EMPTY_BODY: Buffer<ArrayBuffer>;
/**
 * Request headers API Gateway takes for itself: no integration, template, mapping or proxy event ever
 * sees them. The client sent each of these and `$input.params('…')` rendered "" for every one, while
 * Accept, Authorization, Content-Encoding, Via … came through (rec:
 * test_apigateway_integrations.py::TestApiGatewayHeaderRemapping::test_apigateway_header_remapping_aws[AWS]
 * [full-integration]); neither the AWS_PROXY event nor an HTTP_PROXY backend got them either (same
 * class, [AWS_PROXY] and [HTTP_PROXY] [no-param-integration]).
 */
export declare const TAKEN_BY_GATEWAY: ReadonlySet<string>;
export declare function parseQuery(raw: string): Map<string, string[]>;
/** Header lines (name, value, name, value …) as the record keeps them: by lower-cased name, the gateway's own dropped. */
export declare function headersOf(raw: string[]): ClientRequest['headers'];
/** The method the pipeline serves: X-HTTP-Method-Override's when sent (DG:known-issues). */
export declare function methodOf(method: string | undefined, headers: ClientRequest['headers']): string;
