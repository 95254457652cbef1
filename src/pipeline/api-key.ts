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
import type { UsagePlan } from '../domain/usage-plan.js';
import { apiKeys, usagePlanKeys, usagePlans } from '../store/collections/index.js';
import type { Store } from '../store/store.js';
import { GatewayError } from './gateway-errors.js';
import { header, type Invocation } from './invocation.js';

export interface KeyGrant {
  key: { id: string; value: string };
  /** The one plan that covers this API stage for the key. */
  plan: UsagePlan;
}

const invalidKey = (reason: string): GatewayError => new GatewayError('INVALID_API_KEY', { message: 'Forbidden', reason });

/** Entries kept per configuration version before the cache starts over (a flood of unknown keys stays bounded). */
const MAX_ENTRIES = 50_000;

/**
 * The key the request presents. With AUTHORIZER the authorizer step (data/authorize.ts) puts the
 * Lambda authorizer's result on the invocation (`inv.authorizer.usageIdentifierKey`); without one
 * (no authorizer, or one that returned no key) the request fails like a missing key.
 */
export function presentedKey(inv: Invocation): string | undefined {
  if (inv.served.deployment.snapshot.api.apiKeySource === 'AUTHORIZER') {
    const v: unknown = inv.authorizer?.usageIdentifierKey; // a Lambda's answer: not necessarily a string
    return typeof v === 'string' && v ? v : undefined;
  }
  return header(inv.request, 'x-api-key') || undefined;
}

export class ApiKeys {
  readonly #store: Store;
  #version = -1;
  /** `region \n apiId \n stage \n value` → grant, or why it is refused. */
  #grants = new Map<string, KeyGrant | string>();
  /** `region \n apiId \n stage` → the plans covering that stage. */
  #plans = new Map<string, UsagePlan[]>();

  constructor(store: Store) {
    this.#store = store;
  }

  /** The accepted key and its plan, or INVALID_API_KEY. Sets `inv.apiKey` ($context.identity.apiKey / apiKeyId). */
  async check(inv: Invocation): Promise<KeyGrant> {
    const value = presentedKey(inv);
    if (!value) {
      throw invalidKey(
        inv.served.deployment.snapshot.api.apiKeySource === 'AUTHORIZER'
          ? "No API key: the method requires one and the API's key source is AUTHORIZER, whose answer had no usageIdentifierKey"
          : 'No API key in x-api-key; the method requires one',
      );
    }
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
      grant = await this.#load(region, apiId, stage, value);
      // Loaded under an older version than the cache now holds: use it, do not keep it.
      if (grants === this.#grants) {
        if (grants.size >= MAX_ENTRIES) grants.clear();
        grants.set(ck, grant);
      }
    }
    if (typeof grant === 'string') throw invalidKey(grant);
    inv.apiKey = grant.key;
    const identity = inv.context?.identity as Record<string, unknown> | undefined;
    if (identity) {
      identity.apiKey = grant.key.value;
      identity.apiKeyId = grant.key.id;
    }
    return grant;
  }

  /** The grant, or why there is none (the key's id named, never its value). */
  async #load(region: string, apiId: string, stage: string, value: string): Promise<KeyGrant | string> {
    const row = await apiKeys.findByAlt(this.#store, altFor(region, value));
    if (!row || row.scope !== region) return `The API key in the request is not a key of this account in ${region}`;
    if (!row.body.enabled) return `API key ${row.id} is disabled`;
    for (const plan of await this.#covering(region, apiId, stage)) {
      if (await usagePlanKeys.in(this.#store, region, plan.id).has(row.id)) return { key: { id: row.id, value: row.body.value }, plan };
    }
    return `API key ${row.id} is in no usage plan of API ${apiId} stage ${stage}`;
  }

  async #covering(region: string, apiId: string, stage: string): Promise<UsagePlan[]> {
    const k = `${region}\n${apiId}\n${stage}`;
    const plans = this.#plans;
    let hit = plans.get(k);
    if (!hit) {
      hit = (await usagePlans.in(this.#store, region).list()).filter((p) => p.apiStages.some((s) => s.apiId === apiId && s.stage === stage));
      if (plans === this.#plans) {
        if (plans.size >= MAX_ENTRIES) plans.clear();
        plans.set(k, hit);
      }
    }
    return hit;
  }
}
