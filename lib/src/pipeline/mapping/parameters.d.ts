export type MappedValue = string | string[] | undefined;
export interface MappingSources {
    /** `method.request.*` or `integration.response.*` */
    prefix: 'method.request' | 'integration.response';
    path?: Record<string, string>;
    querystring?: Map<string, string[]>;
    /** Lower-cased name → values. */
    header: Map<string, string[]>;
    body: () => string;
    context: () => Record<string, unknown>;
    stageVariables: Record<string, string>;
}
export declare function evaluate(expr: string, s: MappingSources): MappedValue;
/** Applies `target ← expression` pairs whose target starts with `targetPrefix.` (e.g. `integration.request`). */
export declare function mapParameters(mappings: Record<string, string> | undefined, targetPrefix: string, s: MappingSources): {
    path: Record<string, string>;
    querystring: Record<string, string | string[]>;
    header: Record<string, string | string[]>;
};
