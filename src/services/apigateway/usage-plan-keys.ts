/**
 * Usage plan keys: the API keys of a plan, stored as kind `usageplankey` in the plan's scope
 * (`{region}/usageplans/{planId}`, id = the key's id) and joined with the API key for its name and
 * value when read, so a renamed key shows its new name and a deleted key is gone (F41, F42).
 */
import { badRequest, conflict } from './errors.js';
import { pageOf } from './paging.js';
import type { StoreReader } from '../../store/store.js';
import { getApiKey } from './api-keys.js';
import type { ApiKey } from '../../domain/api-key.js';
import type { ControlContext, Handlers } from './context.js';
import type { UsagePlanKey } from './generated/types.js';
import { attachKey, getUsagePlan } from './usage-plans.js';
import type { PlanKey } from '../../domain/usage-plan.js';
import { apiKeys, usagePlanKeys, usagePlans } from './collections.js';

const view = (key: ApiKey): UsagePlanKey => ({ id: key.id, name: key.name, type: 'API_KEY', value: key.value });

async function getPlanKey(reader: StoreReader, ctx: ControlContext, planId: string, keyId: string): Promise<ApiKey> {
  await getUsagePlan(reader, ctx, planId);
  // A key that is not in the plan: the unknown-key text (MOTO; not recorded).
  await usagePlanKeys.in(reader, ctx.region, planId).getOrThrow(keyId);
  return getApiKey(reader, ctx, keyId);
}

export const usagePlanKeyHandlers: Handlers = {
  async CreateUsagePlanKey(input, ctx) {
    const key = await ctx.store.write(async (tx) => {
      const plan = await getUsagePlan(tx, ctx, input.usagePlanId);
      // API_KEY is the only key type (model docs); the text for another is not recorded.
      if (input.keyType !== 'API_KEY') throw badRequest(`Invalid key type specified: ${input.keyType}. Valid options are API_KEY`);
      const apiKey = await getApiKey(tx, ctx, input.keyId);
      // Not recorded: a key already in this plan.
      if (!(await attachKey(tx, ctx, plan, apiKey.id))) throw conflict(`Usage Plan ${plan.id} already contains API Key ${apiKey.id}`);
      return apiKey;
    });
    return view(key);
  },

  async GetUsagePlanKey(input, ctx) {
    return view(await getPlanKey(ctx.store, ctx, input.usagePlanId, input.keyId));
  },

  async GetUsagePlanKeys(input, ctx) {
    // An unknown plan lists nothing rather than 404 (F42).
    if (!(await usagePlans.in(ctx.store, ctx.region).has(input.usagePlanId))) return { items: [] };
    const planKeys = usagePlanKeys.in(ctx.store, ctx.region, input.usagePlanId);
    const keys = new Map<string, ApiKey>();
    for (const pk of await planKeys.list()) {
      const key = await apiKeys.in(ctx.store, ctx.region).get(pk.id);
      if (key) keys.set(pk.id, key);
    }
    const { nameQuery } = input;
    // `name` is a case-sensitive prefix (F42); newest first, as GetApiKeys.
    return pageOf<PlanKey, UsagePlanKey>(planKeys, input, {
      desc: true,
      where: (pk) => {
        const key = keys.get(pk.id);
        return key !== undefined && (nameQuery === undefined || (key.name ?? '').startsWith(nameQuery));
      },
      map: (pk) => view(keys.get(pk.id)!),
    });
  },

  async DeleteUsagePlanKey(input, ctx) {
    await ctx.store.write(async (tx) => {
      await getPlanKey(tx, ctx, input.usagePlanId, input.keyId);
      await usagePlanKeys.in(tx, ctx.region, input.usagePlanId).remove(input.keyId);
    });
  },
};
