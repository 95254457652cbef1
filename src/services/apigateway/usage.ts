/**
 * Usage: GetUsage and UpdateUsage, read from and written to the same counters the data plane
 * admits requests with (src/throttle/), so the answers are exact at any moment (AWS lags 30-40
 * minutes, localstack#11393; Tollgate does not).
 *
 * GetUsage answers, per API key of the plan (`values` indexed by key id — "{api_key} stands for an
 * API key ID", API_GetUsage reference), one `[used, remaining]` pair per day from startDate to
 * endDate inclusive: `used` = requests admitted that UTC day, `remaining` = quota left in that day's
 * period at the end of the day (today and later days of the current period: now; later periods: the
 * full limit). Keys are paged with position/limit like every list. Without a quota `remaining` is 0
 * (not recorded). UpdateUsage `replace /remaining` sets the requests left in the current period
 * ("grants a temporary extension to the remaining quota", API_UpdateUsage) and answers today's pair.
 */
import { badRequest, notFound, ServiceError } from './errors.js';
import { pageOf } from './paging.js';
import { applyPatch, type PatchTable } from './patch.js';
import { quotaOf } from '../../domain/usage-plan.js';
import { CountersUnavailable, dayStart, effectiveLimit, periodWindow, utcDay, type Counters, type UsageDay } from '../../throttle/limiter.js';
import type { ControlContext, Handlers } from './context.js';
import { getUsagePlan } from './usage-plans.js';
import type { PlanKey, UsagePlan } from '../../domain/usage-plan.js';
import { usagePlanKeys } from './collections.js';

/** The data plane's counters, handed to the control plane by the composition root (src/app.ts). */
const countersOf = (ctx: ControlContext): Counters => ctx.counters;

/** Counter failures (Redis down) are a 503 here too; texts not recorded. */
async function counting<T>(f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof CountersUnavailable) throw new ServiceError('ServiceUnavailableException', 'Service Unavailable');
    throw e;
  }
}

// GetUsage with an unknown key: AWS's text (aws/aws-cli#5344). The date texts are not recorded.
const invalidKey = (): ServiceError => notFound('Invalid Key identifier specified');
const MAX_DAYS = 366;
const DAY_MS = 86_400_000;

function day(value: string | undefined, name: string): number {
  const t = dayStart(value ?? '');
  if (Number.isNaN(t)) throw badRequest(`Invalid ${name} specified: ${value ?? ''}. Dates look like 2016-01-01`);
  return t;
}

/** `[used, remaining]` per day of [start, end] for one key of a plan. */
export async function usagePairs(counters: Counters, plan: UsagePlan, keyId: string, start: number, end: number): Promise<number[][]> {
  const quota = quotaOf(plan);
  const now = counters.clock.now();
  const today = dayStart(utcDay(now));
  // Snapshots are per day with activity: start reading at the first day of startDate's period.
  const from = quota ? Math.min(start, periodWindow(start, quota.period).start) : start;
  const records = new Map<string, UsageDay>((await counters.usage(plan.id, keyId, utcDay(from), utcDay(end))).map((r) => [r.day, r]));
  const current = quota && periodWindow(now, quota.period);
  const live = quota ? await counters.quotaUsed(plan.id, keyId, quota) : 0;
  const out: number[][] = [];
  let last: UsageDay | undefined;
  for (let t = from; t <= end; t += DAY_MS) {
    const r = records.get(utcDay(t));
    if (r) last = r;
    if (t < start) continue;
    let remaining = 0;
    if (quota && current) {
      const w = periodWindow(t, quota.period);
      const limit = effectiveLimit(quota, w);
      if (w.id === current.id && t >= today) remaining = limit - live;
      else if (t > today) remaining = limit;
      else remaining = limit - (last && last.periodId === w.id ? last.quotaUsed : 0);
    }
    out.push([r?.used ?? 0, remaining]);
  }
  return out;
}

async function planKey(ctx: ControlContext, plan: UsagePlan, keyId: string | undefined): Promise<string> {
  if (!keyId) throw invalidKey();
  await usagePlanKeys.in(ctx.store, ctx.region, plan.id).getOrThrow(keyId, invalidKey);
  return keyId;
}

interface Remaining {
  remaining?: number;
}
const REMAINING_PATCH: PatchTable<Remaining> = {
  rules: [
    {
      path: '/remaining',
      ops: ['replace'],
      apply: (r, op) => {
        const v = (op.value ?? '').trim();
        // Not recorded: the text for a value that is not a whole number of requests.
        if (!/^\d{1,15}$/.test(v)) throw badRequest(`Invalid remaining quota specified: ${op.value ?? ''}`);
        r.remaining = Number(v);
      },
    },
  ],
};

export const usageHandlers: Handlers = {
  async GetUsage(input, ctx) {
    const plan = await getUsagePlan(ctx.store, ctx, input.usagePlanId);
    const start = day(input.startDate, 'startDate');
    const end = day(input.endDate, 'endDate');
    // Not recorded: AWS's texts for a reversed or overlong range. The cap protects the server.
    if (end < start) throw badRequest('The endDate must not be before the startDate');
    if ((end - start) / DAY_MS + 1 > MAX_DAYS) throw badRequest(`The date range can cover at most ${MAX_DAYS} days`);
    let keyIds: string[];
    let position: string | undefined;
    if (input.keyId !== undefined) {
      keyIds = [await planKey(ctx, plan, input.keyId)];
    } else {
      const page = await pageOf<PlanKey, string>(usagePlanKeys.in(ctx.store, ctx.region, plan.id), input, { map: (pk) => pk.id });
      keyIds = page.items;
      position = page.position;
    }
    const counters = countersOf(ctx);
    const items: Record<string, number[][]> = {};
    for (const keyId of keyIds) items[keyId] = await counting(() => usagePairs(counters, plan, keyId, start, end));
    return { usagePlanId: plan.id, startDate: input.startDate, endDate: input.endDate, position, items };
  },

  async UpdateUsage(input, ctx) {
    const plan = await getUsagePlan(ctx.store, ctx, input.usagePlanId);
    const keyId = await planKey(ctx, plan, input.keyId);
    const patched = applyPatch<Remaining>({}, input.patchOperations, REMAINING_PATCH);
    const counters = countersOf(ctx);
    const quota = quotaOf(plan);
    if (patched.remaining !== undefined) {
      // Not recorded: AWS's text for a plan without a quota.
      if (!quota) throw badRequest(`Usage plan ${plan.id} has no quota to extend`);
      await counting(() => counters.setRemaining(plan.id, keyId, quota, patched.remaining!));
    }
    const today = utcDay(counters.clock.now());
    const t = dayStart(today);
    return {
      usagePlanId: plan.id,
      startDate: today,
      endDate: today,
      items: { [keyId]: await counting(() => usagePairs(counters, plan, keyId, t, t)) },
    };
  },
};
