import { util, type TemplateInput } from './input.js';
export { util, type TemplateInput };
export { PayloadParseError } from './input.js';
export interface TemplateEnv {
    input: TemplateInput;
    context: Record<string, unknown>;
    stageVariables: Record<string, string>;
}
export declare class TemplateError extends Error {
}
/** Templates are limited to 300 KB (DG:api-gateway-known-issues). */
export declare const MAX_TEMPLATE_BYTES: number;
/** "Number of iterations in a #foreach … loop in mapping templates: 1,000" (DG:limits). */
export declare const MAX_FOREACH_ITERATIONS = 1000;
/** The payload limit (10 MB, DG:limits) bounds what a template may produce. */
export declare const MAX_OUTPUT_CHARS: number;
export declare class CompiledTemplate {
    #private;
    constructor(source: string);
    /**
     * Renders on the template's engine (a fresh one if that is busy). `env.context` is used as is:
     * `#set($context.requestOverride.header.x = …)` and `#set($context.responseOverride.status = …)`
     * write into the caller's object. A template of plain text renders to itself without an engine.
     */
    render(env: TemplateEnv): string;
}
export declare function compileTemplate(source: string): CompiledTemplate;
