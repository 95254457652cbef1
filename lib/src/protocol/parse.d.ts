/**
 * HTTP request → operation input, bound by the model: uri labels, query strings, headers, the payload
 * and the JSON body by wire name. Type mismatches throw SerializationException as Coral does; the
 * constraints (required, enum, pattern) are checked afterwards in validate.ts.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { MemberRef, ServiceModel } from './model.js';
export type Input = Record<string, unknown>;
export interface HttpRequestParts {
    labels: Record<string, string>;
    query: URLSearchParams;
    staticQueryKeys: string[];
    headers: IncomingHttpHeaders;
    body: Buffer;
}
/** A JSON value checked against the member's type; null means absent. */
export declare function readJson(model: ServiceModel, v: unknown, ref: MemberRef): unknown;
export declare function parseInput(model: ServiceModel, operation: string, req: HttpRequestParts): Input;
