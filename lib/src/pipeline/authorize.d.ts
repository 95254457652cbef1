import type { LambdaInvoker } from '../lambda/invoker.js';
import type { Logger } from '../shared/log.js';
import { JwksStore } from '../auth/cognito.js';
import type { CredentialStore } from '../config/credentials.js';
import { AuthorizerCache, type IdentityReader } from '../auth/lambda-authorizer.js';
import { type Invocation } from './invocation.js';
export interface AuthorizationOptions {
    lambda?: LambdaInvoker;
    credentials: CredentialStore;
    cognitoJwks: Record<string, string>;
    log: Logger;
    now?: () => number;
}
/** Identity sources of a live request. */
export declare function invocationReader(inv: Invocation): IdentityReader;
export declare class Authorization {
    #private;
    readonly cache: AuthorizerCache;
    readonly jwks: JwksStore;
    constructor(o: AuthorizationOptions);
    get lambda(): LambdaInvoker | undefined;
    get credentials(): CredentialStore;
    /** FlushStageAuthorizersCache. */
    flush(apiId: string, stage: string): void;
    authorize(inv: Invocation): Promise<void>;
}
/**
 * The step as the pipeline calls it. Without an Authorization (TestInvokeMethod, which skips
 * authorization and removes the method's) nothing may need one: a method that does fails closed.
 */
export declare function authorize(inv: Invocation, auth: Authorization | undefined): void | Promise<void>;
