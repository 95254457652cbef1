import type { StoreWriter } from '../../store/store.js';
import type { ControlContext, Handlers } from './context.js';
import { type Resource } from './resources.js';
import type { MethodResponse, Method } from '../../domain/method.js';
export { type MethodResponse, type Method };
export declare const HTTP_METHODS: string[];
export declare const methodNotFound: () => Error;
export interface MethodAddress {
    restApiId: string;
    resourceId: string;
    httpMethod: string;
}
/** Loads the resource and its method inside a write, and saves the changed method back. */
export declare function withMethod<T>(ctx: ControlContext, tx: StoreWriter, a: MethodAddress, fn: (m: Method, r: Resource) => Promise<T> | T): Promise<T>;
export declare const methodHandlers: Handlers;
