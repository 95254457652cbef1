/**
 * Operation output → HTTP response by the model: the success code, header-bound members, a blob
 * payload or a JSON body with wire names (`items` travels as `item`). Doubles keep a decimal point
 * (AWS sends `10000.0` for rateLimit; aws-behavior.md "Doubles"), timestamps are epoch seconds.
 */
import type { ServiceModel } from './model.js';
export interface HttpResponseParts {
    status: number;
    headers: Record<string, string>;
    body: string | Buffer;
}
export declare function serializeOutput(model: ServiceModel, operation: string, output: Record<string, unknown> | undefined): HttpResponseParts;
