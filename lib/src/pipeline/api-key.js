/**
 * API keys on the data plane (aws-behavior.md "API keys and usage plans"): for a method with
 * `apiKeyRequired`, the key comes from the `X-API-Key` header, any case (apiKeySource HEADER), or
 * from the Lambda authorizer's `usageIdentifierKey` (apiKeySource AUTHORIZER,
 * DG:api-gateway-api-key-source). It must exist, be enabled and be in a usage plan whose apiStages
 * include this API and stage; a key sits in at most one plan per stage (control/usage-plans.ts
 * enforces it). Anything else is 403 {"message":"Forbidden"} through INVALID_API_KEY.
 *
 * Lookups are cached per store configuration version: any change to keys or plans (made here or by
 * another node sharing the database, seen within the store's 250 ms version cache) empties the
 * cache, so changes take effect at once rather than after AWS's propagation delay.
 */
import { altFor } from '../domain/api-key.js';
import { Kind, planScope } from '../domain/kinds.js';
import { GatewayError } from './gateway-errors.js';
import { header } from './invocation.js';
const invalidKey = () => new GatewayError('INVALID_API_KEY', { message: 'Forbidden' });
/** Entries kept per configuration version before the cache starts over (a flood of unknown keys stays bounded). */
const MAX_ENTRIES = 50_000;
/**
 * The key the request presents. With AUTHORIZER the authorizer step (data/authorize.ts) puts the
 * Lambda authorizer's result on the invocation (`inv.authorizer.usageIdentifierKey`); without one
 * (no authorizer, or one that returned no key) the request fails like a missing key.
 */
export function presentedKey(inv) {
    if (inv.served.deployment.snapshot.api.apiKeySource === 'AUTHORIZER') {
        const v = inv.authorizer?.usageIdentifierKey; // a Lambda's answer: not necessarily a string
        return typeof v === 'string' && v ? v : undefined;
    }
    return header(inv.request, 'x-api-key') || undefined;
}
export class ApiKeys {
    #store;
    #version = -1;
    /** `region \n apiId \n stage \n value` → grant, or null for a refusal. */
    #grants = new Map();
    /** `region \n apiId \n stage` → the plans covering that stage. */
    #plans = new Map();
    constructor(store) {
        this.#store = store;
    }
    /** The accepted key and its plan, or INVALID_API_KEY. Sets `inv.apiKey` ($context.identity.apiKey / apiKeyId). */
    async check(inv) {
        const value = presentedKey(inv);
        if (!value)
            throw invalidKey();
        const version = await this.#store.configVersion();
        if (version !== this.#version) {
            this.#grants = new Map();
            this.#plans = new Map();
            this.#version = version;
        }
        const region = inv.served.region;
        const apiId = inv.request.target.apiId;
        const stage = inv.served.stage.stageName;
        const ck = `${region}\n${apiId}\n${stage}\n${value}`;
        let grant = this.#grants.get(ck);
        if (grant === undefined) {
            const grants = this.#grants;
            grant = (await this.#load(region, apiId, stage, value)) ?? null;
            // Loaded under an older version than the cache now holds: use it, do not keep it.
            if (grants === this.#grants) {
                if (grants.size >= MAX_ENTRIES)
                    grants.clear();
                grants.set(ck, grant);
            }
        }
        if (!grant)
            throw invalidKey();
        inv.apiKey = grant.key;
        const identity = inv.context?.identity;
        if (identity) {
            identity.apiKey = grant.key.value;
            identity.apiKeyId = grant.key.id;
        }
        return grant;
    }
    async #load(region, apiId, stage, value) {
        const row = await this.#store.findByAlt(Kind.apiKey, altFor(region, value));
        if (!row || row.scope !== region || !row.body.enabled)
            return undefined;
        for (const plan of await this.#covering(region, apiId, stage)) {
            if (await this.#store.get(Kind.usagePlanKey, planScope(region, plan.id), row.id))
                return { key: { id: row.id, value: row.body.value }, plan };
        }
        return undefined;
    }
    async #covering(region, apiId, stage) {
        const k = `${region}\n${apiId}\n${stage}`;
        const plans = this.#plans;
        let hit = plans.get(k);
        if (!hit) {
            hit = (await this.#store.all(Kind.usagePlan, region))
                .filter((r) => r.scope === region && r.body.apiStages.some((s) => s.apiId === apiId && s.stage === stage))
                .map((r) => r.body);
            if (plans === this.#plans) {
                if (plans.size >= MAX_ENTRIES)
                    plans.clear();
                plans.set(k, hit);
            }
        }
        return hit;
    }
}
