import { type FunctionVersion, type LambdaFunction } from '../../domain/lambda/function.js';
import type { StoreWriter } from '../../store/store.js';
import type { Handlers, LambdaContext } from './context.js';
/** Publishes $LATEST as the next version (or answers the last one when nothing changed). */
export declare function publish(tx: StoreWriter, ctx: LambdaContext, fn: LambdaFunction, opts: {
    description?: string;
}): Promise<FunctionVersion>;
export declare const versionHandlers: Handlers;
