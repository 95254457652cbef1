/**
 * Finds the operation for an HTTP request from the model's URI templates, compiled once at boot.
 * Ranking (cf. smithy's mux): at each segment a literal beats a {label}, which beats a {greedy+};
 * a template with a required static query (`?mode=import`) beats the same path without one.
 */
import type { OperationDef } from './model.js';
export interface RouteMatch {
    operation: string;
    labels: Record<string, string>;
    /** Query keys the URI template itself fixes (`mode=import`): not input members. */
    staticQueryKeys: string[];
}
export declare class OperationRouter {
    #private;
    constructor(operations: Record<string, OperationDef>);
    /** `rawPath` is still percent-encoded, so an encoded `/` inside a label (an ARN) stays in it. */
    match(method: string, rawPath: string, query: URLSearchParams): RouteMatch | undefined;
}
