/**
 * UsagePlan: Create, Get, GetUsagePlans (optionally only the plans holding a key), Update through the
 * patch table of aws-behavior.md (PATCH, UpdateUsagePlan row), Delete with its plan keys. Shapes and
 * texts follow the AWS recordings in peer-localstack F34–F40. Also the helpers the API-key and
 * plan-key modules share: the API-stage existence check and the one-plan-per-stage rule for keys.
 */
import { badRequest, conflict, notFound, type ServiceError } from './errors.js';
import { restApis, stages, usagePlanKeys, usagePlans } from './collections.js';
import { pageOf } from './paging.js';
import { applyPatch, unescapePointer, unsupportedOperation, type PatchOperation, type PatchTable } from './patch.js';
import type { StoreReader, StoreWriter } from '../../store/store.js';
import type { ControlContext, Handlers } from './context.js';
import type { QuotaPeriodType, QuotaSettings as QuotaView, UsagePlan as UsagePlanView } from './generated/types.js';
import { enumValue, isEnumValue } from './enums.js';
import { checkTags, createTags } from './tags.js';
import type { ThrottleSettings, QuotaSettings, ApiStage, UsagePlan } from '../../domain/usage-plan.js';
import { plansScope } from '../../domain/kinds.js';

/** A key's membership of a plan: id = the API key's id, in the plan's scope. */

const QUOTA_PERIODS: readonly QuotaPeriodType[] = ['DAY', 'WEEK', 'MONTH'];

export async function getUsagePlan(reader: StoreReader, ctx: ControlContext, id: string): Promise<UsagePlan> {
  return usagePlans.in(reader, ctx.region).getOrThrow(id); // F39's text (collections.ts)
}

/**
 * Whether `apiId`/`stage` names an existing stage of an API here: the one place API keys' stageKeys
 * and usage plans' apiStages are validated.
 */
export async function apiStageExists(reader: StoreReader, ctx: ControlContext, apiId: string | undefined, stage: string | undefined): Promise<boolean> {
  if (!apiId || !stage) return false;
  if (!(await restApis.in(reader, ctx.region).has(apiId))) return false;
  return stages.in(reader, ctx.region, apiId).has(stage);
}

/**
 * A deleted stage leaves every usage plan that covered it (hashicorp/terraform-provider-aws#14100,
 * a maintainer's account of AWS: deleting a stage "will remove downstream resources such as …
 * aws_api_gateway_usage_plan associated with that stage"). `stage` undefined: all of the API's stages.
 */
export async function detachApiStages(tx: StoreWriter, ctx: ControlContext, apiId: string, stage?: string): Promise<void> {
  const plans = usagePlans.in(tx, ctx.region);
  for (const plan of await plans.list()) {
    const kept = plan.apiStages.filter((s) => !(s.apiId === apiId && (stage === undefined || s.stage === stage)));
    if (kept.length !== plan.apiStages.length) await plans.update(plan.id, { ...plan, apiStages: kept });
  }
}

const stageKey = (s: { apiId: string; stage: string }): string => `${s.apiId}:${s.stage}`;

/**
 * The text for a key that would sit in two plans sharing an API stage (DG
 * api-gateway-api-usage-plans: "an API key can be associated with … only one usage plan per API
 * stage"). Not found in the searched corpora; this is the text AWS users report for it
 * ([?] from memory of ConflictException reports), so treat it as unverified.
 */
export const keyStageConflict = (planId: string, keyId: string, stage: ApiStage): ServiceError =>
  conflict(`Usage Plan ${planId} cannot be added because API Key ${keyId} cannot reference multiple Usage Plans with the same API Stage: ${stageKey(stage)}`);

/** The ids of the plans (in this region) that hold `keyId`. */
export async function plansOfKey(reader: StoreReader, ctx: ControlContext, keyId: string): Promise<string[]> {
  const rows = await usagePlanKeys.under(reader, plansScope(ctx.region));
  return rows.filter((r) => r.id === keyId).map((r) => r.scope.slice(plansScope(ctx.region).length + 1));
}

/** Throws the conflict when `keyId`, put in `planId` with `stages`, would share a stage with another plan of it. */
export async function checkKeyStages(reader: StoreReader, ctx: ControlContext, planId: string, keyId: string, stages: ApiStage[]): Promise<void> {
  if (!stages.length) return;
  for (const otherId of await plansOfKey(reader, ctx, keyId)) {
    if (otherId === planId) continue;
    const other = await usagePlans.in(reader, ctx.region).get(otherId);
    const taken = new Set((other?.apiStages ?? []).map(stageKey));
    const clash = stages.find((s) => taken.has(stageKey(s)));
    if (clash) throw keyStageConflict(planId, keyId, clash);
  }
}

/** Puts an existing key in a plan (no-op when it is there already), enforcing one plan per stage. */
export async function attachKey(tx: StoreWriter, ctx: ControlContext, plan: UsagePlan, keyId: string): Promise<boolean> {
  const keys = usagePlanKeys.in(tx, ctx.region, plan.id);
  if (await keys.has(keyId)) return false;
  await checkKeyStages(tx, ctx, plan.id, keyId, plan.apiStages);
  await keys.insert(keyId, { id: keyId, type: 'API_KEY' });
  return true;
}

/** The quota as the model shapes it: every write checked the period (patchPeriod, the model's enum on Create). */
const quotaView = (q: QuotaSettings | undefined): QuotaView | undefined => (q ? { ...q, period: enumValue('QuotaPeriodType', q.period) } : undefined);

/** Create's and the list's view: empty tags left out (F34, F37); Get and Update always carry `tags`. */
const createView = (p: UsagePlan): UsagePlanView => ({ ...p, quota: quotaView(p.quota), tags: createTags(p.tags) });
const listView = createView;
const getView = (p: UsagePlan): UsagePlanView => ({ ...p, quota: quotaView(p.quota) });

/**
 * CreateUsagePlan's text for an API stage that is missing, malformed or not there. AWS sends the
 * format string itself, placeholders unfilled (aws/aws-sdk#354, 2022: an empty or missing apiId or
 * stage; aws/aws-cdk#6169, 2020: a stage CloudFormation had not created yet; both 400
 * BadRequestException "Invalid API Stage {api: %s, stage: %s} specified for usageplan %s"). Older
 * reports of a stage not created yet show "API Stage not found: {apiId}:{stage}" instead
 * (serverless/serverless#2831, leftclickben/serverless-api-stage#23, 2016–2019); Tollgate answers
 * with the newer text.
 */
const CREATE_BAD_STAGE = 'Invalid API Stage {api: %s, stage: %s} specified for usageplan %s';
/** UpdateUsagePlan's texts (F40). */
const BAD_STAGE_VALUE = 'Invalid API Stage specified';
const stageNotInPlan = (apiId: string, stage: string, planId: string): ServiceError =>
  notFound(`Invalid API Stage {api: ${apiId}, stage: ${stage}} specified for usageplan ${planId}`);

function quotaOf(q: QuotaSettings | undefined): QuotaSettings | undefined {
  // `offset` is echoed as 0 when it was not given (F35, F38).
  return q ? { ...q, offset: q.offset ?? 0 } : undefined;
}

// Texts for unparsable numbers and periods in patches are not recorded; they name the field and value.
function patchInt(value: string | undefined, what: string): number {
  const v = value ?? '';
  if (!/^-?\d{1,10}$/.test(v.trim()) || !Number.isSafeInteger(Number(v))) throw badRequest(`Invalid ${what} specified: ${v}`);
  return Number(v);
}
function patchDouble(value: string | undefined, what: string): number {
  const v = value ?? '';
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n)) throw badRequest(`Invalid ${what} specified: ${v}`);
  return n;
}
function patchPeriod(value: string | undefined): QuotaPeriodType {
  if (!isEnumValue('QuotaPeriodType', value)) throw badRequest(`Invalid quota period specified: ${value ?? ''}. Valid options are ${QUOTA_PERIODS.join(',')}`);
  return value;
}

/** A method-throttle map given as a patch value: `{"/pets/GET":{"rateLimit":1.0,"burstLimit":1}}`. */
function parseThrottleMap(value: string | undefined): Record<string, ThrottleSettings> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value ?? '');
  } catch {
    parsed = undefined;
  }
  // Not recorded; names what was expected.
  const bad = (): ServiceError => badRequest(`Invalid throttle map specified: ${value ?? ''}`);
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw bad();
  const out: Record<string, ThrottleSettings> = {};
  for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) {
    if (!v || typeof v !== 'object' || Array.isArray(v)) throw bad();
    const { rateLimit, burstLimit } = v as Record<string, unknown>;
    if (rateLimit !== undefined && typeof rateLimit !== 'number') throw bad();
    if (burstLimit !== undefined && (typeof burstLimit !== 'number' || !Number.isInteger(burstLimit))) throw bad();
    const t: ThrottleSettings = {};
    if (burstLimit !== undefined) t.burstLimit = burstLimit;
    if (rateLimit !== undefined) t.rateLimit = rateLimit;
    out[k] = t;
  }
  return out;
}

/** `apiId:stage` as a patch value; missing or malformed → 400 (F40). */
function parseStageValue(value: string | undefined): { apiId: string; stage: string } {
  const i = value ? value.indexOf(':') : -1;
  if (!value || i <= 0 || i === value.length - 1) throw badRequest(BAD_STAGE_VALUE);
  return { apiId: value.slice(0, i), stage: value.slice(i + 1) };
}

const METHOD_FIELDS = ['rateLimit', 'burstLimit'];

/**
 * `/apiStages/{apiId:stage}/throttle[/{resourcePath}/{METHOD}[/rateLimit|/burstLimit]]`. The
 * resource path is the segments between `throttle` and the method, `~1`-escaped or not, so
 * `~1pets/GET` and `//GET` (the root, as the developer guide writes it) both work.
 */
function applyStagePath(plan: UsagePlan, op: Required<Pick<PatchOperation, 'op'>> & PatchOperation): void {
  const raw = (op.path ?? '').slice('/apiStages/'.length);
  const slash = raw.indexOf('/');
  const id = unescapePointer(slash < 0 ? raw : raw.slice(0, slash));
  const rest = slash < 0 ? '' : raw.slice(slash);
  const notSupported = (): ServiceError => badRequest(unsupportedOperation(op));
  if (rest !== '/throttle' && !rest.startsWith('/throttle/')) {
    throw badRequest(`Invalid patch path  '${op.path}' specified for op '${op.op}'. Must be one of: [/apiStages/{apiId:stage}/throttle]`);
  }
  const { apiId, stage } = parseStageValue(id);
  const target = plan.apiStages.find((s) => s.apiId === apiId && s.stage === stage);
  if (!target) throw stageNotInPlan(apiId, stage, plan.id);

  if (rest === '/throttle') {
    if (op.op === 'remove') {
      delete target.throttle;
      return;
    }
    if (op.op !== 'add' && op.op !== 'replace') throw notSupported();
    const map = parseThrottleMap(op.value);
    target.throttle = op.op === 'add' ? { ...(target.throttle ?? {}), ...map } : map;
    return;
  }
  const segs = rest.slice('/throttle/'.length).split('/');
  const field = METHOD_FIELDS.includes(segs[segs.length - 1]) ? segs.pop()! : undefined;
  const method = segs.pop();
  if (!method || !segs.length) {
    throw badRequest(
      `Invalid patch path  '${op.path}' specified for op '${op.op}'. Must be one of: [/apiStages/{apiId:stage}/throttle/{resourcePath}/{httpMethod}]`,
    );
  }
  let resourcePath = unescapePointer(segs.join('/'));
  if (!resourcePath.startsWith('/')) resourcePath = `/${resourcePath}`;
  const key = `${resourcePath}/${method}`;
  if (!field) {
    if (op.op !== 'remove') throw notSupported();
    if (target.throttle) delete target.throttle[key];
    return;
  }
  if (op.op !== 'add' && op.op !== 'replace') throw notSupported();
  const throttle = (target.throttle ??= {});
  const entry = (throttle[key] ??= {});
  if (field === 'rateLimit') entry.rateLimit = patchDouble(op.value, 'rate limit');
  else entry.burstLimit = patchInt(op.value, 'burst limit');
}

/** UpdateUsagePlan paths (aws-behavior.md PATCH table; F38, F40). */
const USAGE_PLAN_PATCH: PatchTable<UsagePlan> = {
  rules: [
    {
      path: '/name',
      ops: ['replace'],
      apply: (p, op) => {
        p.name = op.value ?? '';
      },
    },
    {
      path: '/description',
      ops: ['replace'],
      apply: (p, op) => {
        if (op.value) p.description = op.value;
        else delete p.description;
      },
    },
    {
      path: '/productCode',
      ops: ['add', 'replace', 'remove'],
      apply: (p, op) => {
        if (op.op === 'remove' || !op.value) delete p.productCode;
        else p.productCode = op.value;
      },
    },
    {
      path: '/apiStages',
      ops: ['add', 'remove'],
      apply: (p, op) => {
        const { apiId, stage } = parseStageValue(op.value);
        const i = p.apiStages.findIndex((s) => s.apiId === apiId && s.stage === stage);
        if (op.op === 'remove') {
          if (i < 0) throw stageNotInPlan(apiId, stage, p.id);
          p.apiStages.splice(i, 1);
        } else if (i < 0) {
          p.apiStages.push({ apiId, stage }); // existence and key conflicts are checked after the patch
        }
      },
    },
    { path: '/apiStages/*', ops: ['add', 'replace', 'remove'], apply: (p, op) => applyStagePath(p, op) },
    {
      path: '/throttle',
      ops: ['remove'],
      apply: (p) => {
        delete p.throttle;
      },
    },
    // replace (and add) create a missing throttle or quota object (F38).
    {
      path: '/throttle/rateLimit',
      ops: ['add', 'replace'],
      apply: (p, op) => {
        (p.throttle ??= {}).rateLimit = patchDouble(op.value, 'rate limit');
      },
    },
    {
      path: '/throttle/burstLimit',
      ops: ['add', 'replace'],
      apply: (p, op) => {
        (p.throttle ??= {}).burstLimit = patchInt(op.value, 'burst limit');
      },
    },
    {
      path: '/quota',
      ops: ['remove'],
      apply: (p) => {
        delete p.quota;
      },
    },
    {
      path: '/quota/limit',
      ops: ['add', 'replace'],
      apply: (p, op) => {
        (p.quota ??= { offset: 0 }).limit = patchInt(op.value, 'quota limit');
      },
    },
    {
      path: '/quota/offset',
      ops: ['add', 'replace'],
      apply: (p, op) => {
        (p.quota ??= { offset: 0 }).offset = patchInt(op.value, 'quota offset');
      },
    },
    {
      path: '/quota/period',
      ops: ['add', 'replace'],
      apply: (p, op) => {
        (p.quota ??= { offset: 0 }).period = patchPeriod(op.value);
      },
    },
  ],
};

export const usagePlanHandlers: Handlers = {
  async CreateUsagePlan(input, ctx) {
    const tags = input.tags ?? {};
    checkTags(tags);
    const plan = await ctx.store.write(async (tx) => {
      const apiStages: ApiStage[] = [];
      for (const { apiId, stage, throttle } of input.apiStages ?? []) {
        if (!apiId || !stage || !(await apiStageExists(tx, ctx, apiId, stage))) throw badRequest(CREATE_BAD_STAGE);
        if (apiStages.some((x) => x.apiId === apiId && x.stage === stage)) continue;
        apiStages.push(throttle ? { apiId, stage, throttle } : { apiId, stage });
      }
      const plans = usagePlans.in(tx, ctx.region);
      const id = await plans.newId();
      const created: UsagePlan = {
        id,
        name: input.name,
        description: input.description || undefined,
        apiStages,
        throttle: input.throttle,
        quota: quotaOf(input.quota),
        tags,
        createdAt: Date.now(),
      };
      await plans.insert(id, created);
      return created;
    });
    return createView(plan);
  },

  async GetUsagePlan(input, ctx) {
    return getView(await getUsagePlan(ctx.store, ctx, input.usagePlanId));
  },

  async GetUsagePlans(input, ctx) {
    let holding: Set<string> | undefined;
    if (input.keyId !== undefined) holding = new Set(await plansOfKey(ctx.store, ctx, input.keyId));
    return pageOf<UsagePlan, UsagePlanView>(usagePlans.in(ctx.store, ctx.region), input, {
      where: holding ? (p) => holding.has(p.id) : undefined,
      map: listView,
    });
  },

  async UpdateUsagePlan(input, ctx) {
    const plan = await ctx.store.write(async (tx) => {
      const current = await getUsagePlan(tx, ctx, input.usagePlanId);
      const next = applyPatch(current, input.patchOperations, USAGE_PLAN_PATCH);
      const before = new Set(current.apiStages.map(stageKey));
      const added = next.apiStages.filter((s) => !before.has(stageKey(s)));
      for (const s of added) {
        // Not recorded for add; the same 404 as F40's remove of a stage that is not there. (A 2016
        // report, boto/boto3#825, shows add answered 404 "API Stage not found: {apiId}:{stage}".)
        if (!(await apiStageExists(tx, ctx, s.apiId, s.stage))) throw stageNotInPlan(s.apiId, s.stage, next.id);
      }
      if (added.length) {
        for (const key of await usagePlanKeys.in(tx, ctx.region, next.id).list()) {
          await checkKeyStages(tx, ctx, next.id, key.id, added);
        }
      }
      await usagePlans.in(tx, ctx.region).update(next.id, next);
      return next;
    });
    return getView(plan);
  },

  async DeleteUsagePlan(input, ctx) {
    await ctx.store.write(async (tx) => {
      const plan = await getUsagePlan(tx, ctx, input.usagePlanId);
      // Recorded (aws/aws-sdk-js#3841, serverless/serverless#4006): a plan still covering API stages stays.
      if (plan.apiStages.length) {
        throw badRequest(`Cannot delete Usage Plan ${plan.id} because there are API Stages associated with it, including ${stageKey(plan.apiStages[0])}`);
      }
      await usagePlans.in(tx, ctx.region).removeTree(input.usagePlanId);
    });
  },
};
