/**
 * Deployments of a REST API: Create (freezing the API into a snapshot, optionally creating the named
 * stage or pointing it, or its canary, at the new deployment), Get (with `embed=apisummary`),
 * GetDeployments, Update (`/description`), Delete (refused while a stage or a stage's canary uses
 * it). The snapshot (deployment-snapshot.ts) lives in the entity body and no operation returns it.
 * Shapes and texts: peer-localstack F70, F76 (LS-snap test_apigateway_common TestDeployments,
 * test_apigateway_canary).
 */
import { badRequest } from './errors.js';
import { pageOf } from './paging.js';
import { applyPatch, type PatchTable } from './patch.js';
import { nowSeconds } from '../../shared/ids.js';
import type { StoreReader } from '../../store/store.js';
import type { ControlContext, Handlers } from './context.js';
import { takeSnapshot } from './deployment-snapshot.js';
import type { DeploymentSnapshot } from '../../domain/deployment.js';
import { getApi } from './rest-apis.js';
import { allStages, canaryFrom, insertStage } from './stages.js';
import { checkPercent, checkStageName, checkVariables, setCache } from './stage-rules.js';
import type { Deployment } from '../../domain/deployment.js';
import { deployments, stages } from './collections.js';

export function getDeployment(reader: StoreReader, ctx: ControlContext, apiId: string, id: string): Promise<Deployment> {
  return deployments.in(reader, ctx.region, apiId).getOrThrow(id);
}

type MethodSummary = Record<string, Record<string, { authorizationType: string; apiKeyRequired: boolean }>>;

/** `{path: {METHOD: {authorizationType, apiKeyRequired}}}` of the deployed API (SVC Deployment.apiSummary). */
function apiSummary(snapshot: DeploymentSnapshot): MethodSummary {
  const out: MethodSummary = {};
  for (const r of snapshot.resources) {
    const methods = Object.entries(r.resourceMethods ?? {});
    if (!methods.length) continue;
    out[r.path] = Object.fromEntries(methods.map(([verb, m]) => [verb, { authorizationType: m.authorizationType, apiKeyRequired: m.apiKeyRequired }]));
  }
  return out;
}

/** Create, Get and list items: {id, description?, createdDate} (F70). */
function view(d: Deployment, embedSummary = false): Record<string, unknown> {
  const out: Record<string, unknown> = { id: d.id, description: d.description, createdDate: d.createdDate };
  if (embedSummary) out.apiSummary = apiSummary(d.snapshot);
  return out;
}

/**
 * What AWS refuses to deploy: an API without methods ("The REST API doesn't contain any methods":
 * sst/sst#3976, AWS::ApiGateway::Deployment docs, MOTO NoMethodDefined) and a method without an
 * integration ("No integration defined for method", 400: hashicorp/terraform-provider-aws#21210).
 */
function checkDeployable(snapshot: DeploymentSnapshot): void {
  const methods = snapshot.resources.flatMap((r) => Object.values(r.resourceMethods ?? {}));
  if (!methods.length) throw badRequest("The REST API doesn't contain any methods");
  if (methods.some((m) => !m.methodIntegration)) throw badRequest('No integration defined for method');
}

const DEPLOYMENT_PATCH: PatchTable<Deployment> = {
  rules: [
    {
      path: '/description',
      ops: ['replace'],
      apply: (d, op) => {
        if (op.value) d.description = op.value;
        else delete d.description;
      },
    },
  ],
};

export const deploymentHandlers: Handlers = {
  async CreateDeployment(input, ctx) {
    const d = await ctx.store.write(async (tx) => {
      const api = await getApi(tx, ctx, input.restApiId);
      const apiStages = stages.in(tx, ctx.region, input.restApiId);
      const existing = input.stageName ? await apiStages.get(input.stageName) : undefined;
      if (input.canarySettings) {
        // F76 (recorded): a canary needs a stage name, and the stage must exist already.
        if (!input.stageName) {
          throw badRequest(
            `Invalid deployment content specified.Non null and non empty stageName must be provided for canary deployment. Provided value is ${input.stageName ?? 'null'}`,
          );
        }
        if (!existing)
          throw badRequest(`Invalid deployment content specified.Stage ${input.stageName} must already be created before making a canary release deployment`);
        checkPercent(input.canarySettings.percentTraffic);
      }
      if (input.stageName && !existing) checkStageName(input.stageName);
      checkVariables(input.variables);

      const snapshot = await takeSnapshot(tx, api, ctx.region);
      checkDeployable(snapshot);
      const apiDeployments = deployments.in(tx, ctx.region, input.restApiId);
      const id = await apiDeployments.newId();
      const deployment: Deployment = { id, description: input.description, createdDate: nowSeconds(), snapshot };
      await apiDeployments.insert(id, deployment);

      if (input.stageName && !existing) {
        await insertStage(tx, ctx, input.restApiId, {
          stageName: input.stageName,
          deploymentId: id,
          description: input.stageDescription,
          cacheClusterEnabled: input.cacheClusterEnabled,
          cacheClusterSize: input.cacheClusterSize,
          variables: input.variables,
          tracingEnabled: input.tracingEnabled,
        });
      } else if (existing) {
        const s = structuredClone(existing);
        if (input.canarySettings) {
          // The stage keeps serving its deployment; the new one becomes its canary, replacing any
          // earlier canary (LS-snap test_apigateway_canary get-stage-1).
          s.canarySettings = await canaryFrom(tx, ctx, input.restApiId, input.canarySettings, id);
        } else {
          s.deploymentId = id;
          // Not recorded: a plain deployment ends the canary (as LocalStack's provider does).
          delete s.canarySettings;
        }
        if (input.variables && Object.keys(input.variables).length) s.variables = { ...input.variables };
        if (input.stageDescription) s.description = input.stageDescription;
        setCache(s, input.cacheClusterEnabled, input.cacheClusterSize);
        if (input.tracingEnabled !== undefined) s.tracingEnabled = input.tracingEnabled;
        s.lastUpdatedDate = nowSeconds();
        await apiStages.update(s.stageName, s);
      }
      return deployment;
    });
    return view(d);
  },

  async GetDeployment(input, ctx) {
    await getApi(ctx.store, ctx, input.restApiId);
    const d = await getDeployment(ctx.store, ctx, input.restApiId, input.deploymentId);
    return view(d, !!input.embed?.some((e) => e.toLowerCase() === 'apisummary'));
  },

  async GetDeployments(input, ctx) {
    await getApi(ctx.store, ctx, input.restApiId);
    return pageOf<Deployment, Record<string, unknown>>(deployments.in(ctx.store, ctx.region, input.restApiId), input, { map: (d) => view(d) });
  },

  async UpdateDeployment(input, ctx) {
    const d = await ctx.store.write(async (tx) => {
      await getApi(tx, ctx, input.restApiId);
      const apiDeployments = deployments.in(tx, ctx.region, input.restApiId);
      const next = applyPatch(await apiDeployments.getOrThrow(input.deploymentId), input.patchOperations, DEPLOYMENT_PATCH);
      await apiDeployments.update(next.id, next);
      return next;
    });
    return view(d);
  },

  async DeleteDeployment(input, ctx) {
    await ctx.store.write(async (tx) => {
      await getApi(tx, ctx, input.restApiId);
      const apiDeployments = deployments.in(tx, ctx.region, input.restApiId);
      await apiDeployments.getOrThrow(input.deploymentId);
      const inUse = (await allStages(tx, ctx, input.restApiId)).some(
        (s) => s.deploymentId === input.deploymentId || s.canarySettings?.deploymentId === input.deploymentId,
      );
      if (inUse) throw badRequest('Active stages pointing to this deployment must be moved or deleted'); // F70
      await apiDeployments.remove(input.deploymentId);
    });
  },
};
