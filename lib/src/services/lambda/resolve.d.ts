import type { FunctionAlias, FunctionVersion, LambdaFunction } from '../../domain/lambda/function.js';
import type { StoreReader } from '../../store/store.js';
import type { ManagementContext } from '../served-service.js';
export interface Named {
    name: string;
    qualifier?: string;
}
/** The function a FunctionName names, and the qualifier it carries or the Qualifier parameter gives. */
export declare function nameOf(ctx: ManagementContext, functionName: string, qualifier?: string): Named;
export declare const arnOf: (ctx: ManagementContext, name: string, qualifier?: string) => string;
/** The function, or Lambda's 404 naming its unqualified ARN. */
export declare function loadFunction(store: StoreReader, ctx: ManagementContext, name: string): Promise<LambdaFunction>;
export interface Resolved {
    fn: LambdaFunction;
    /** The version the qualifier names ($LATEST: the function itself), through its alias if it named one. */
    version: FunctionVersion;
    alias?: FunctionAlias;
}
export declare const getAlias: (store: StoreReader, ctx: ManagementContext, name: string, alias: string) => Promise<FunctionAlias | undefined>;
export declare const getVersion: (store: StoreReader, ctx: ManagementContext, name: string, version: string) => Promise<FunctionVersion | undefined>;
/** A function and the version its qualifier names; a qualifier that names nothing: `Function not found: {arn}:{qualifier}`. */
export declare function resolve(store: StoreReader, ctx: ManagementContext, { name, qualifier }: Named): Promise<Resolved>;
