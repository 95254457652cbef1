/**
 * Usage plan keys: the API keys of a plan, stored as kind `usageplankey` in the plan's scope
 * (`{region}/usageplans/{planId}`, id = the key's id) and joined with the API key for its name and
 * value when read, so a renamed key shows its new name and a deleted key is gone (F41, F42).
 */
import { badRequest, conflict } from './errors.js';
import { listPage } from './paging.js';
import type { StoreReader } from '../../store/store.js';
import { apiKeyNotFound, getApiKey, type ApiKey } from './api-keys.js';
import type { ControlContext, Handlers } from './context.js';
import type { UsagePlanKey } from './generated/types.js';
import { attachKey, getUsagePlan, planScope, type PlanKey } from './usage-plans.js';
import { Kind } from '../../domain/kinds.js';

const view = (key: ApiKey): UsagePlanKey => ({ id: key.id, name: key.name, type: 'API_KEY', value: key.value });

async function getPlanKey(reader: StoreReader, ctx: ControlContext, planId: string, keyId: string): Promise<ApiKey> {
  await getUsagePlan(reader, ctx, planId);
  // A key that is not in the plan: the unknown-key text (MOTO; not recorded).
  if (!(await reader.get<PlanKey>(Kind.usagePlanKey, planScope(ctx.region, planId), keyId))) throw apiKeyNotFound();
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
    if (!(await ctx.store.get(Kind.usagePlan, ctx.region, input.usagePlanId))) return { items: [] };
    const scope = planScope(ctx.region, input.usagePlanId);
    const keys = new Map<string, ApiKey>();
    for (const row of await ctx.store.all<PlanKey>(Kind.usagePlanKey, scope)) {
      const key = await ctx.store.get<ApiKey>(Kind.apiKey, ctx.region, row.id);
      if (key) keys.set(row.id, key);
    }
    const { nameQuery } = input;
    // `name` is a case-sensitive prefix (F42); newest first, as GetApiKeys.
    return listPage<PlanKey, UsagePlanKey>(ctx.store, Kind.usagePlanKey, scope, input, {
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
      await tx.delete(Kind.usagePlanKey, planScope(ctx.region, input.usagePlanId), input.keyId);
    });
  },
};
