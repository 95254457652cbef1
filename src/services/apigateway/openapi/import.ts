/**
 * ImportRestApi (`POST /restapis?mode=import`) and PutRestApi (`PUT /restapis/{id}?mode=merge|overwrite`).
 *
 * Order of work, so that a failed import leaves nothing behind and a large one does not hold up
 * other requests: the body is parsed and checked (parse.ts) before any store access — a bad body
 * answers 400 "Invalid OpenAPI input." even for an unknown API id (aws-behavior.md "Bad OpenAPI
 * body") — then the whole plan is built in memory (plan.ts), then every write it implies is
 * computed against a snapshot of the API (import-writes.ts prepareWrites), both in short slices that let other
 * requests through; only then does ONE store transaction (all or nothing) run the writes
 * (commitWrites). Should the store change between the snapshot and the transaction, the writes are
 * computed again inside it. bench/openapi.ts measures the times and the stalls.
 *
 * Failures are AWS's (DG:api-gateway-import-api-errors-warnings): errors answer 400
 * "Errors found during import:\n\t…" (one line per problem; recorded forms: "Unable to put
 * integration on 'GET' for resource at path '/x': …", "Unable to create model for 'body_1': Model
 * name must be alphanumeric: body_1" — edx/api-manager#259), followed by "\nAdditionally, these
 * warnings were found:\n\t…" when there are warnings (usdot WZDx demonstrator's CloudFormation
 * error). Warnings alone roll the import back only with failonwarnings=true: 400 "Warnings found
 * during import:\n\t…" (the prefix is recorded: hashicorp/terraform-provider-aws
 * TestAccAPIGatewayRestAPI_failOnWarnings); otherwise they come back in the RestApi's `warnings`.
 *
 * ImportRestApi creates the API (CreateRestApi's rules, rest-apis.ts createRestApi) with name =
 * info.title, description, version (F44), endpoint type from `parameters.endpointConfigurationTypes`
 * (default EDGE), and removes the default Empty and Error models: only the document's models remain
 * ([imp] swagger-mock-cors: no models at all). 201 with the RestApi as CreateRestApi shows it.
 *
 * PutRestApi (DG:api-gateway-import-api-update): `merge` (the default) keeps what the document does
 * not define — methods it defines replace the same method of the same path, models, authorizers and
 * validators of the same name are replaced, binaryMediaTypes are unioned (F45); `overwrite` makes
 * the API exactly the document: resources, methods, models, authorizers, validators, gateway
 * responses and documentation parts it does not define are deleted (resources of the same path keep
 * their ids: [imp] "even in overwrite, APIGW keeps the same ID if same path"), API-level settings it
 * does not set return to their defaults, binaryMediaTypes are replaced (F46). Both set name from
 * info.title and the version (F45); endpoint types, stages, keys and tags are untouched. 200 with
 * the RestApi as GetRestApi shows it (`tags: {}`).
 */
import { badRequest, limitExceeded, type ServiceError } from '../errors.js';
import type { StoreReader, StoreWriter } from '../../../store/store.js';
import { MAX_AUTHORIZERS } from '../authorizers.js';
import type { ControlContext, Handlers } from '../context.js';
import type { Model } from '../../../domain/model.js';
import type { Resource } from '../../../domain/resource.js';
import { authorizers, documentationParts, gatewayResponses, models, requestValidators, resources, restApis } from '../collections.js';
import { createRestApi, createView, getApi, getView } from '../rest-apis.js';
import type { RestApi } from '../../../domain/rest-api.js';
import { parseDocument } from './parse.js';
import { prepareWrites, ROOT_PLACEHOLDER, withoutUndefined, type ApiState, type PutMode, type WriteSet } from './import-writes.js';
import { buildPlan, type BasePathMode, type Plan, type PlanOptions } from './plan.js';
import type { RestApi as RestApiView } from '../generated/types.js';

const ENDPOINT_TYPES = ['EDGE', 'REGIONAL', 'PRIVATE'];

/** `parameters` of the request (SVC ImportRestApiRequest.parameters): basepath, ignore, endpointConfigurationTypes. */
function readParameters(params: Record<string, string> | undefined, ctx: ControlContext): PlanOptions & { endpointType: string } {
  const p = params ?? {};
  const basepath = (p.basepath ?? 'ignore').toLowerCase();
  // Not recorded: AWS's text for an unknown basepath value.
  if (!['ignore', 'prepend', 'split'].includes(basepath)) throw badRequest(`Invalid basepath specified: ${p.basepath}. Valid options are ignore,prepend,split`);
  const endpointType = (p.endpointConfigurationTypes ?? 'EDGE').toUpperCase();
  // Recorded for UpdateRestApi (F21); reused for the import parameter.
  if (!ENDPOINT_TYPES.includes(endpointType)) throw badRequest('Invalid EndpointTypes specified. Valid options are REGIONAL,EDGE,PRIVATE');
  return {
    basepath: basepath as BasePathMode,
    ignoreDocumentation: (p.ignore ?? '')
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .includes('documentation'),
    region: ctx.region,
    accountId: ctx.accountId,
    endpointType,
  };
}

function importErrors(errors: string[], warnings: string[]): ServiceError {
  let text = `Errors found during import:\n\t${errors.join('\n\t')}`;
  if (warnings.length) text += `\nAdditionally, these warnings were found:\n\t${warnings.join('\n\t')}`;
  return badRequest(text);
}

const warningsFailure = (warnings: string[]): ServiceError => badRequest(`Warnings found during import:\n\t${warnings.join('\n\t')}`);

/** Everything a plan needs before it may be written. */
async function preparePlan(body: Buffer | undefined, params: Record<string, string> | undefined, failOnWarnings: boolean | undefined, ctx: ControlContext) {
  const { doc, version } = await parseDocument(body);
  const opts = readParameters(params, ctx);
  const plan = await buildPlan(doc, version, opts);
  if (plan.errors.length) throw importErrors(plan.errors, plan.warnings);
  if (failOnWarnings && plan.warnings.length) throw warningsFailure(plan.warnings);
  return { plan, opts };
}

async function readState(reader: StoreReader, region: string, apiId: string): Promise<ApiState> {
  return {
    models: await models.in(reader, region, apiId).list(),
    authorizers: await authorizers.in(reader, region, apiId).list(),
    validators: await requestValidators.in(reader, region, apiId).list(),
    gatewayResponseTypes: (await gatewayResponses.in(reader, region, apiId).rows()).map((r) => r.id),
    parts: await documentationParts.in(reader, region, apiId).list(),
    resources: await resources.in(reader, region, apiId).list(),
  };
}

/**
 * Runs a write set in the caller's transaction: the checks that need the store (AWS's quotas with
 * --aws-limits), then the writes. The API id replaces the plan's placeholder in model
 * schemas; for an import, the new root resource's id replaces the root placeholder.
 */
async function commitWrites(tx: StoreWriter, ctx: ControlContext, api: RestApi, plan: Plan, ws: WriteSet): Promise<void> {
  if (ws.errors.length) throw importErrors(ws.errors, plan.warnings);
  // AWS's per-API quotas with --aws-limits, as CreateResource and CreateAuthorizer enforce them.
  if (ctx.config.awsLimits && ws.resourceCount > 300) throw limitExceeded('Maximum number of Resources for this API has been reached: 300');
  if (ctx.config.awsLimits && ws.authorizerCount > MAX_AUTHORIZERS)
    throw limitExceeded(`Maximum number of Authorizers for this API has been reached: ${MAX_AUTHORIZERS}`);
  const root = api.rootResourceId;
  for (const w of ws.ops) {
    let { id, body } = w;
    if (w.into === models && body) body = { ...(body as Model), schema: (body as Model).schema?.split(plan.token).join(api.id) };
    if (w.into === resources && body) {
      const r = body as Resource;
      if (r.id === ROOT_PLACEHOLDER || r.parentId === ROOT_PLACEHOLDER) {
        const fixed: Resource = {
          ...r,
          id: r.id === ROOT_PLACEHOLDER ? root : r.id,
          parentId: r.parentId === ROOT_PLACEHOLDER ? root : r.parentId,
        };
        if (r.id === ROOT_PLACEHOLDER) {
          id = root;
          for (const m of Object.values(fixed.resourceMethods ?? {})) {
            if (m.methodIntegration?.cacheNamespace === ROOT_PLACEHOLDER) m.methodIntegration.cacheNamespace = root;
          }
        }
        body = withoutUndefined(fixed);
      }
    }
    const into = w.into.in(tx, ctx.region, api.id);
    if (w.op === 'delete') await into.remove(id);
    else if (w.op === 'insert') await into.insert(id, body!);
    else await into.update(id, body!);
  }
}

/** The API's own fields after a PutRestApi (see the header comment for merge and overwrite). */
function putFields(current: RestApi, plan: Plan, mode: PutMode): RestApi {
  const next: RestApi = structuredClone(current);
  const p = plan.api;
  if (plan.title) next.name = plan.title;
  const set = <K extends keyof RestApi>(k: K, v: RestApi[K] | undefined, fallback?: RestApi[K]): void => {
    if (v !== undefined) next[k] = v;
    else if (mode === 'overwrite') {
      if (fallback === undefined) delete next[k];
      else next[k] = fallback;
    }
  };
  set('description', plan.description);
  set('version', plan.version);
  set('minimumCompressionSize', p.minimumCompressionSize);
  set('apiKeySource', p.apiKeySource, 'HEADER');
  set('policy', p.policy);
  if (mode === 'overwrite') next.binaryMediaTypes = p.binaryMediaTypes?.length ? [...p.binaryMediaTypes] : undefined;
  else if (p.binaryMediaTypes?.length) next.binaryMediaTypes = [...new Set([...(current.binaryMediaTypes ?? []), ...p.binaryMediaTypes])];
  if (p.disableExecuteApiEndpoint !== undefined) next.disableExecuteApiEndpoint = p.disableExecuteApiEndpoint;
  if (p.vpcEndpointIds) next.endpointConfiguration = { ...next.endpointConfiguration, vpcEndpointIds: [...p.vpcEndpointIds] };
  if (!next.binaryMediaTypes?.length) delete next.binaryMediaTypes;
  return next;
}

const listOrUndefined = (l: string[] | undefined): string[] | undefined => (l?.length ? l : undefined);

/** The API's view with the import's warnings, when there are any. */
const withWarnings = (view: RestApiView, plan: Plan): RestApiView => (plan.warnings.length ? { ...view, warnings: plan.warnings } : view);

/** `satisfies`, so that each handler is known to be there: test/services/apigateway/openapi/snapshot.test.ts calls PutRestApi itself. */
export const openApiImportHandlers = {
  async ImportRestApi(input, ctx) {
    const { plan, opts } = await preparePlan(input.body, input.parameters, input.failOnWarnings, ctx);
    // Not recorded: a document without info.title gives the API no name, which CreateRestApi requires.
    if (!plan.title) throw badRequest('Invalid OpenAPI input.');
    const empty: ApiState = {
      models: [],
      authorizers: [],
      validators: [],
      gatewayResponseTypes: [],
      parts: [],
      resources: [{ id: ROOT_PLACEHOLDER, path: '/' }],
    };
    const writes = await prepareWrites(empty, plan, 'import', true);
    if (writes.errors.length) throw importErrors(writes.errors, plan.warnings);
    const api = await ctx.store.write(async (tx) => {
      const created = await createRestApi(
        {
          name: plan.title!,
          description: plan.description,
          version: plan.version,
          binaryMediaTypes: listOrUndefined(plan.api.binaryMediaTypes),
          minimumCompressionSize: plan.api.minimumCompressionSize,
          apiKeySource: plan.api.apiKeySource,
          endpointConfiguration: withoutUndefined({ types: [opts.endpointType], vpcEndpointIds: listOrUndefined(plan.api.vpcEndpointIds) }),
          disableExecuteApiEndpoint: plan.api.disableExecuteApiEndpoint,
        },
        ctx,
        tx,
      );
      if (plan.api.policy !== undefined) {
        created.policy = plan.api.policy.split(plan.token).join(created.id);
        await restApis.in(tx, ctx.region).update(created.id, created);
      }
      // Only the document's models remain: the default Empty and Error go ([imp]).
      const apiModels = models.in(tx, ctx.region, created.id);
      for (const row of await apiModels.rows()) await apiModels.remove(row.id);
      await commitWrites(tx, ctx, created, plan, writes);
      return created;
    });
    // CreateRestApi's view (F1, F3, F44): no empty tags or binaryMediaTypes.
    return withWarnings(createView(api, ctx), plan);
  },

  async PutRestApi(input, ctx) {
    const { plan } = await preparePlan(input.body, input.parameters, input.failOnWarnings, ctx);
    const mode: PutMode = input.mode === 'overwrite' ? 'overwrite' : 'merge';
    // The writes are computed from a snapshot outside the transaction; should anything be written
    // meanwhile (the store's config version moves on every write), they are computed again inside it.
    const version = await ctx.store.configVersion();
    const current = await getApi(ctx.store, ctx, input.restApiId);
    let writes = await prepareWrites(await readState(ctx.store, ctx.region, current.id), plan, mode, true);
    const api = await ctx.store.write(async (tx) => {
      const now = await getApi(tx, ctx, input.restApiId);
      if ((await tx.configVersion()) !== version) writes = await prepareWrites(await readState(tx, ctx.region, current.id), plan, mode, false);
      const next = putFields(now, plan, mode);
      if (next.policy !== undefined) next.policy = next.policy.split(plan.token).join(next.id);
      await commitWrites(tx, ctx, next, plan, writes);
      await restApis.in(tx, ctx.region).update(next.id, next);
      return next;
    });
    // GetRestApi's view (F45: `"tags":{}`).
    return withWarnings(getView(api, ctx), plan);
  },
} satisfies Handlers;
