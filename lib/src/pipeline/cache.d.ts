import type { RenderedResponse } from './gateway-response.js';
import { type Invocation } from './invocation.js';
export declare const MAX_ENTRY_BYTES = 1048576;
export declare const DEFAULT_MAX_BYTES: number;
export interface CacheOptions {
    maxBytes?: number;
    now?: () => number;
}
export declare class StageCache {
    #private;
    hits: number;
    misses: number;
    constructor(opts?: CacheOptions);
    get bytes(): number;
    get size(): number;
    /** Answers from the cache when it may, else runs the integration and keeps a cacheable answer. */
    through(inv: Invocation, run: (inv: Invocation) => RenderedResponse | Promise<RenderedResponse>): RenderedResponse | Promise<RenderedResponse>;
    /** FlushStageCache. */
    flush(apiId: string, stageName: string): void;
}
