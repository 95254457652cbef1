/**
 * Stages of a REST API: Create, Get, GetStages (not paginated, `item`, optional deploymentId filter;
 * peer-localstack F72), Update through UpdateStage's own patch rules (aws-behavior.md PATCH,
 * UpdateStage row; F73–F75, F77, F78), Delete, and the two cache flushes. A stage is the entity
 * (kind 'stage', scope apiScope, id = stageName); its tags live in its body (tags.ts resolves the
 * stage ARN to it). Shapes follow F71: `methodSettings` always, `variables` and `tags` only when
 * there are some (a recorded GetStage/UpdateStage carries no `tags: {}`, unlike RestApi).
 *
 * Method settings keys are the patch path's resource part as sent, without the leading slash:
 * `/test/GET/...` gives `test/GET` (LS-snap test_apigateway_common#test_create_update_stages) and
 * `/~1resource/GET/...` gives `~1resource/GET` (AWS CLI example, aws/aws-cli
 * awscli/examples/apigateway/get-stage.rst + update-stage.rst). `methodSettingFor` resolves both forms.
 */
import { conflict, limitExceeded } from './errors.js';
import { stages } from './collections.js';
import { nowSeconds } from '../../shared/ids.js';
import type { StoreReader, StoreWriter } from '../../store/store.js';
import type { ControlContext, Handlers } from './context.js';
import type { MethodSetting as MethodSettingView, Stage as StageView } from './generated/types.js';
import { enumValue } from './enums.js';
import { detachApiStages } from './usage-plans.js';
import { getApi } from './rest-apis.js';
import { checkTags, createTags } from './tags.js';
import type { Tags } from '../../domain/tags.js';
import { type MethodSetting, type CanarySettings, type Stage } from '../../domain/stage.js';
import { applyStageOp } from './stage-patch.js';
import { checkDocumentationVersion, checkPercent, checkStageName, checkVariables, deploymentDoesNotExist, deploymentExists, setCache } from './stage-rules.js';
/** The stage rules CreateDeployment's stage follows too. */

/** AWS's per-API quota (DG:limits): 10 stages. Only with --aws-limits. */
export const MAX_STAGES = 10;

/**
 * An unknown stage: `Invalid stage identifier specified` (collections.ts stageNotFound), "stage" in
 * lower case as real AWS writes it: GetStage from a Lambda on AWS
 * (awslabs/aws-api-gateway-developer-portal#310) and DeleteStage through Terraform
 * (hashicorp/terraform-provider-aws#12756).
 */
export async function getStage(reader: StoreReader, ctx: ControlContext, apiId: string, stageName: string): Promise<Stage> {
  return stages.in(reader, ctx.region, apiId).getOrThrow(stageName);
}

export async function allStages(reader: StoreReader, ctx: ControlContext, apiId: string): Promise<Stage[]> {
  return stages.in(reader, ctx.region, apiId).list();
}

/**
 * A method setting as the model shapes it: the stored strategy is one UpdateStage checked against
 * the model's enum (stage-patch.ts), so `enumValue` finds it.
 */
const methodSettingView = (m: MethodSetting): MethodSettingView => ({
  ...m,
  unauthorizedCacheControlHeaderStrategy: enumValue('UnauthorizedCacheControlHeaderStrategy', m.unauthorizedCacheControlHeaderStrategy),
});

/** The view every operation returns (F71): empty variables and empty tags are left out. */
export function stageView(s: Stage): StageView {
  return {
    ...s,
    cacheClusterSize: enumValue('CacheClusterSize', s.cacheClusterSize),
    cacheClusterStatus: enumValue('CacheClusterStatus', s.cacheClusterStatus),
    methodSettings: Object.fromEntries(Object.entries(s.methodSettings).map(([k, m]) => [k, methodSettingView(m)])),
    variables: s.variables && Object.keys(s.variables).length ? s.variables : undefined,
    tags: createTags(s.tags),
  };
}

// ---- creation (CreateStage and CreateDeployment's stageName) -----------------------------------

export interface NewStage {
  stageName: string;
  deploymentId: string;
  description?: string;
  cacheClusterEnabled?: boolean;
  cacheClusterSize?: string;
  variables?: Record<string, string>;
  documentationVersion?: string;
  canarySettings?: Partial<CanarySettings>;
  tracingEnabled?: boolean;
  tags?: Tags;
}

async function checkStageQuota(tx: StoreReader, ctx: ControlContext, apiId: string): Promise<void> {
  if (ctx.config.awsLimits && (await allStages(tx, ctx, apiId)).length >= MAX_STAGES) {
    // Not recorded; the form resources.ts uses for the per-API resource quota.
    throw limitExceeded(`Maximum number of Stages for this API has been reached: ${MAX_STAGES}`);
  }
}

/** Validates and inserts a stage; the caller has checked the API and the deployment. */
export async function insertStage(tx: StoreWriter, ctx: ControlContext, apiId: string, input: NewStage): Promise<Stage> {
  const apiStages = stages.in(tx, ctx.region, apiId);
  if (await apiStages.has(input.stageName)) throw conflict('Stage already exists');
  checkVariables(input.variables);
  const tags = input.tags ?? {};
  checkTags(tags);
  await checkStageQuota(tx, ctx, apiId);
  const now = nowSeconds();
  const s: Stage = {
    stageName: input.stageName,
    deploymentId: input.deploymentId,
    description: input.description,
    cacheClusterEnabled: false,
    cacheClusterStatus: 'NOT_AVAILABLE',
    methodSettings: {},
    variables: input.variables && Object.keys(input.variables).length ? { ...input.variables } : undefined,
    documentationVersion: input.documentationVersion,
    tracingEnabled: input.tracingEnabled ?? false,
    tags,
    createdDate: now,
    lastUpdatedDate: now,
  };
  setCache(s, input.cacheClusterEnabled, input.cacheClusterSize);
  if (input.canarySettings) s.canarySettings = await canaryFrom(tx, ctx, apiId, input.canarySettings, s.deploymentId);
  await apiStages.insert(s.stageName, s);
  return s;
}

/**
 * A canary from CreateStage/CreateDeployment settings: AWS fills deploymentId (the stage's),
 * percentTraffic 0.0 and useStageCache false (LS-snap test_apigateway_canary create-stage, F77).
 */
export async function canaryFrom(
  tx: StoreReader,
  ctx: ControlContext,
  apiId: string,
  c: Partial<CanarySettings>,
  deploymentId: string,
): Promise<CanarySettings> {
  if (c.deploymentId !== undefined && !(await deploymentExists(tx, ctx, apiId, c.deploymentId))) throw deploymentDoesNotExist();
  checkPercent(c.percentTraffic);
  checkVariables(c.stageVariableOverrides);
  const out: CanarySettings = {
    deploymentId: c.deploymentId ?? deploymentId,
    percentTraffic: c.percentTraffic ?? 0,
    useStageCache: c.useStageCache ?? false,
  };
  if (c.stageVariableOverrides) out.stageVariableOverrides = { ...c.stageVariableOverrides };
  return out;
}

// ---- handlers ---------------------------------------------------------------------------------

export const stageHandlers: Handlers = {
  async CreateStage(input, ctx) {
    const s = await ctx.store.write(async (tx) => {
      await getApi(tx, ctx, input.restApiId);
      checkStageName(input.stageName);
      if (!(await deploymentExists(tx, ctx, input.restApiId, input.deploymentId))) throw deploymentDoesNotExist();
      await checkDocumentationVersion(tx, ctx, input.restApiId, input.documentationVersion);
      return insertStage(tx, ctx, input.restApiId, input);
    });
    return stageView(s);
  },

  async GetStage(input, ctx) {
    await getApi(ctx.store, ctx, input.restApiId);
    return stageView(await getStage(ctx.store, ctx, input.restApiId, input.stageName));
  },

  /** Not paginated; the list is `item` (F72); deploymentId filters on the stage's own deployment. */
  async GetStages(input, ctx) {
    await getApi(ctx.store, ctx, input.restApiId);
    const list = (await allStages(ctx.store, ctx, input.restApiId)).filter((s) => input.deploymentId === undefined || s.deploymentId === input.deploymentId);
    return { item: list.map(stageView) };
  },

  async UpdateStage(input, ctx) {
    const s = await ctx.store.write(async (tx) => {
      await getApi(tx, ctx, input.restApiId);
      const current = await getStage(tx, ctx, input.restApiId, input.stageName);
      const next = structuredClone(current);
      for (const o of input.patchOperations ?? []) await applyStageOp(next, o, { tx, ctx, apiId: input.restApiId });
      next.lastUpdatedDate = nowSeconds();
      await stages.in(tx, ctx.region, input.restApiId).update(next.stageName, next);
      return next;
    });
    return stageView(s);
  },

  async DeleteStage(input, ctx) {
    await ctx.store.write(async (tx) => {
      await getApi(tx, ctx, input.restApiId);
      await getStage(tx, ctx, input.restApiId, input.stageName);
      await stages.in(tx, ctx.region, input.restApiId).remove(input.stageName);
      await detachApiStages(tx, ctx, input.restApiId, input.stageName);
    });
  },

  /** 202 once the stage exists; empties the stage's entries in the data plane's cache (data/cache.ts). */
  async FlushStageCache(input, ctx) {
    await getApi(ctx.store, ctx, input.restApiId);
    await getStage(ctx.store, ctx, input.restApiId, input.stageName);
    await ctx.dataPlane.flushStageCache(input.restApiId, input.stageName);
  },

  async FlushStageAuthorizersCache(input, ctx) {
    await getApi(ctx.store, ctx, input.restApiId);
    await getStage(ctx.store, ctx, input.restApiId, input.stageName);
    await ctx.dataPlane.flushAuthorizerCache(input.restApiId, input.stageName); // Lambda authorizer results (data/authorize.ts)
  },
};
