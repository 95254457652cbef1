import type { UsagePlan } from '../domain/usage-plan.js';
import type { Store } from '../store/store.js';
import { type Invocation } from './invocation.js';
export interface KeyGrant {
    key: {
        id: string;
        value: string;
    };
    /** The one plan that covers this API stage for the key. */
    plan: UsagePlan;
}
/**
 * The key the request presents. With AUTHORIZER the authorizer step (data/authorize.ts) puts the
 * Lambda authorizer's result on the invocation (`inv.authorizer.usageIdentifierKey`); without one
 * (no authorizer, or one that returned no key) the request fails like a missing key.
 */
export declare function presentedKey(inv: Invocation): string | undefined;
export declare class ApiKeys {
    #private;
    constructor(store: Store);
    /** The accepted key and its plan, or INVALID_API_KEY. Sets `inv.apiKey` ($context.identity.apiKey / apiKeyId). */
    check(inv: Invocation): Promise<KeyGrant>;
}
