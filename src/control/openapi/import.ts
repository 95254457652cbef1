/**
 * ImportRestApi (`POST /restapis?mode=import`) and PutRestApi (`PUT /restapis/{id}?mode=merge|overwrite`).
 *
 * Order of work, so that a failed import leaves nothing behind and a large one does not hold up
 * other requests: the body is parsed and checked (parse.ts) before any store access — a bad body
 * answers 400 "Invalid OpenAPI input." even for an unknown API id (aws-behavior.md "Bad OpenAPI
 * body") — then the whole plan is built in memory (plan.ts), then every write it implies is
 * computed against a snapshot of the API (prepareWrites), both in short slices that let other
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
import { badRequest, limitExceeded, type ServiceError } from '../../services/apigateway/errors.js';
import type { StoreReader, StoreWriter } from '../../store/store.js';
import { AUTHORIZER_KIND, MAX_AUTHORIZERS, type Authorizer } from '../authorizers.js';
import type { ControlContext, HandlerTable } from '../context.js';
import { apiScope } from '../context.js';
import { PART_KIND, type DocumentationPart } from '../documentation-parts.js';
import { GATEWAY_RESPONSE_KIND } from '../gateway-responses.js';
import type { Integration } from '../integrations.js';
import type { Method } from '../methods.js';
import { MODEL_KIND, type Model } from '../models.js';
import { VALIDATOR_KIND, type RequestValidator } from '../request-validators.js';
import { RESOURCE_KIND, type Resource } from '../resources.js';
import { createRestApi, getApi, KIND as API_KIND, policyView, type RestApi } from '../rest-apis.js';
import { createTags } from '../tags.js';
import { isGreedyPart, isVariablePart } from './checks.js';
import { RandomPool } from './models.js';
import { parseDocument } from './parse.js';
import { buildPlan, Slicer, type BasePathMode, type Plan, type PlanOptions } from './plan.js';

export type PutMode = 'merge' | 'overwrite';
type Mode = 'import' | PutMode;

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
    ignoreDocumentation: (p.ignore ?? '').split(',').map((s) => s.trim().toLowerCase()).includes('documentation'),
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

const withoutUndefined = <T extends object>(o: T): T => {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
};

async function rowsOf<T>(reader: StoreReader, kind: string, scope: string): Promise<T[]> {
  return (await reader.all<T>(kind, scope)).filter((r) => r.scope === scope).map((r) => r.body);
}

/** shared/ids.ts shortId's format (6 of [a-z0-9]), from a pool of random bytes; unique in `taken`. */
const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
function idMaker(): (taken: Set<string>) => string {
  const pool = new RandomPool();
  return (taken) => {
    let id: string;
    do id = pool.chars(ID_ALPHABET, 6); while (taken.has(id));
    taken.add(id);
    return id;
  };
}

const locationKey = (l: DocumentationPart['location']): string => JSON.stringify([l.type, l.path ?? null, l.method ?? null, l.statusCode ?? null, l.name ?? null]);

/** What an API holds before the import: the entities a plan merges into or replaces. */
interface ApiState {
  models: Model[];
  authorizers: Authorizer[];
  validators: RequestValidator[];
  gatewayResponseTypes: string[];
  parts: DocumentationPart[];
  resources: Resource[];
}

async function readState(reader: StoreReader, scope: string): Promise<ApiState> {
  return {
    models: await rowsOf<Model>(reader, MODEL_KIND, scope),
    authorizers: await rowsOf<Authorizer>(reader, AUTHORIZER_KIND, scope),
    validators: await rowsOf<RequestValidator>(reader, VALIDATOR_KIND, scope),
    gatewayResponseTypes: (await reader.all(GATEWAY_RESPONSE_KIND, scope)).filter((r) => r.scope === scope).map((r) => r.id),
    parts: await rowsOf<DocumentationPart>(reader, PART_KIND, scope),
    resources: await rowsOf<Resource>(reader, RESOURCE_KIND, scope),
  };
}

interface WriteOp { op: 'insert' | 'update' | 'delete'; kind: string; id: string; body?: unknown }
interface WriteSet {
  ops: WriteOp[];
  errors: string[];
  resourceCount: number;
  authorizerCount: number;
}

/**
 * Everything a plan writes into an API in the given state, computed without the store: the
 * transaction then only runs the writes (commitWrites), so that it holds the event loop as briefly
 * as possible. Problems only visible against the API's entities (a variable path part beside an
 * existing one, a reference to a model it lacks) are collected as errors.
 */
async function prepareWrites(state: ApiState, plan: Plan, mode: Mode, sliced: boolean): Promise<WriteSet> {
  // Inside a transaction nothing may yield the event loop (other requests would read uncommitted rows).
  const slicer = sliced ? new Slicer() : undefined;
  const ops: WriteOp[] = [];
  const errors: string[] = [];
  const newId = idMaker();
  const replaceAll = mode !== 'merge';

  // Models: the document's replace those of the same name; import and overwrite drop the others
  // (for a new API: the default Empty and Error, [imp]).
  const modelByName = new Map(state.models.map((m) => [m.name, m]));
  if (replaceAll) for (const m of state.models) { ops.push({ op: 'delete', kind: MODEL_KIND, id: m.name }); modelByName.delete(m.name); }
  const modelNames = new Set([...modelByName.keys(), ...plan.models.map((m) => m.name)]);
  const modelIds = new Set(state.models.map((m) => m.id));
  for (const m of plan.models) {
    const missing = m.refs.filter((r) => !modelNames.has(r));
    if (missing.length) {
      // models.ts checkSchema's text for a reference to a model that does not exist (terra-money/fcd-classic#36).
      errors.push(`Unable to create model for '${m.name}': Invalid model specified: Validation Result: warnings : [], errors : [${missing.map((n) => `Invalid model specified: ${n}`).join(', ')}]`);
      continue;
    }
    const current = modelByName.get(m.name);
    const body: Model = withoutUndefined({ id: current?.id ?? newId(modelIds), name: m.name, description: m.description, schema: m.schema, contentType: m.contentType });
    ops.push({ op: current ? 'update' : 'insert', kind: MODEL_KIND, id: m.name, body });
    await slicer?.tick();
  }

  // Authorizers and request validators, by name.
  const authorizerIds = new Set(state.authorizers.map((a) => a.id));
  const authorizerByName = new Map<string, Authorizer>();
  if (replaceAll) for (const a of state.authorizers) ops.push({ op: 'delete', kind: AUTHORIZER_KIND, id: a.id });
  else for (const a of state.authorizers) authorizerByName.set(a.name, a);
  for (const a of plan.authorizers) {
    const current = authorizerByName.get(a.name);
    const body: Authorizer = { id: current?.id ?? newId(authorizerIds), ...a };
    ops.push({ op: current ? 'update' : 'insert', kind: AUTHORIZER_KIND, id: body.id, body });
    authorizerByName.set(a.name, body);
  }
  const validatorIds = new Set(state.validators.map((v) => v.id));
  const validatorByName = new Map<string, RequestValidator>();
  if (replaceAll) for (const v of state.validators) ops.push({ op: 'delete', kind: VALIDATOR_KIND, id: v.id });
  else for (const v of state.validators) if (v.name !== undefined) validatorByName.set(v.name, v);
  for (const v of plan.validators) {
    const current = validatorByName.get(v.name);
    const body: RequestValidator = { id: current?.id ?? newId(validatorIds), ...v };
    ops.push({ op: current ? 'update' : 'insert', kind: VALIDATOR_KIND, id: body.id, body });
    validatorByName.set(v.name, body);
  }

  // Gateway responses, by type.
  const customised = new Set(state.gatewayResponseTypes);
  if (replaceAll) for (const t of customised) ops.push({ op: 'delete', kind: GATEWAY_RESPONSE_KIND, id: t });
  for (const g of plan.gatewayResponses) {
    const exists = !replaceAll && customised.has(g.responseType);
    ops.push({ op: exists ? 'update' : 'insert', kind: GATEWAY_RESPONSE_KIND, id: g.responseType, body: withoutUndefined({ ...g }) });
  }

  // Documentation parts, by location (untouched with ignore=documentation).
  if (plan.documentationParts) {
    const partIds = new Set(state.parts.map((p) => p.id));
    const byLocation = new Map<string, DocumentationPart>();
    if (replaceAll) for (const p of state.parts) ops.push({ op: 'delete', kind: PART_KIND, id: p.id });
    else for (const p of state.parts) byLocation.set(locationKey(p.location), p);
    for (const p of plan.documentationParts) {
      const key = locationKey(p.location);
      const current = byLocation.get(key);
      const part: DocumentationPart = current ? { ...current, properties: p.properties } : { id: newId(partIds), location: p.location, properties: p.properties };
      ops.push({ op: current ? 'update' : 'insert', kind: PART_KIND, id: part.id, body: part });
      byLocation.set(key, part);
    }
  }

  // Resources and their methods.
  const resourceIds = new Set(state.resources.map((r) => r.id));
  const byPath = new Map(state.resources.map((r) => [r.path, structuredClone(r)]));
  const planPaths = new Set(plan.resources.map((r) => r.path));
  const dirty = new Map<string, Resource>();
  const fresh = new Set<string>();
  if (replaceAll) {
    for (const r of byPath.values()) {
      if (r.path !== '/' && !planPaths.has(r.path)) { ops.push({ op: 'delete', kind: RESOURCE_KIND, id: r.id }); byPath.delete(r.path); continue; }
      if (r.resourceMethods && Object.keys(r.resourceMethods).length) { delete r.resourceMethods; dirty.set(r.id, r); }
    }
  }
  // An integration's cacheNamespace defaults to its resource's id; but an overwrite rebuilds the methods
  // of a resource it keeps under a new namespace, although the resource keeps its id (rec:
  // test_apigateway_import.py::TestApiGatewayImportRestApi::test_import_rest_api_with_base_path_oas30[ignore]
  // [srv-url-method-test-get]: /test keeps its id, its integrations' cacheNamespace is no longer it).
  const rebuilt = new Map<string, string>();
  const namespaceOf = (r: Resource): string => {
    if (!replaceAll || fresh.has(r.id) || r.id === ROOT_PLACEHOLDER) return r.id;
    if (!rebuilt.has(r.id)) rebuilt.set(r.id, newId(resourceIds));
    return rebuilt.get(r.id)!;
  };
  // The variable path part ({x}) under each parent, for CreateResource's one-variable-sibling rule.
  const variableChild = new Map<string, string>();
  for (const r of byPath.values()) if (r.parentId && isVariablePart(r.pathPart)) variableChild.set(r.parentId, r.pathPart!);
  for (const pr of plan.resources) {
    let target = byPath.get(pr.path);
    if (!target) {
      const parent = byPath.get(pr.parentPath ?? '/');
      if (!parent) continue; // its parent failed (already reported)
      const part = pr.pathPart!;
      // CreateResource's placement rules and texts (resources.ts checkPlacement; F57).
      if (isGreedyPart(parent.pathPart)) { errors.push(`Unable to create resource at path '${pr.path}': Cannot create a child of a resource with a greedy path variable: ${parent.pathPart}`); continue; }
      const sibling = variableChild.get(parent.id);
      if (isVariablePart(part) && sibling) {
        errors.push(`Unable to create resource at path '${pr.path}': A sibling (${sibling}) of this resource already has a variable path part -- only one is allowed`);
        continue;
      }
      target = { id: newId(resourceIds), parentId: parent.id, pathPart: part, path: pr.path };
      byPath.set(pr.path, target);
      if (isVariablePart(part)) variableChild.set(parent.id, part);
      fresh.add(target.id);
      dirty.set(target.id, target);
    }
    const verbs = Object.entries(pr.methods);
    if (!verbs.length) continue;
    const methods = { ...(target.resourceMethods ?? {}) };
    for (const [verb, pm] of verbs) {
      const { authorizerName, validatorName, methodIntegration, ...rest } = pm;
      const m: Method = { ...rest };
      if (authorizerName) m.authorizerId = authorizerByName.get(authorizerName)?.id;
      if (validatorName) m.requestValidatorId = validatorByName.get(validatorName)?.id;
      if (methodIntegration) {
        const i = { ...methodIntegration, cacheNamespace: methodIntegration.cacheNamespace ?? namespaceOf(target) } as Integration;
        // A VPC link id that names no link is not refused: AWS's answer to one is not recorded (a stage
        // variable is taken, rec: test_apigateway_api.py::TestApigatewayIntegration::test_create_integration_with_vpc_link
        // [put-integration-vpc-link]), and VPC_LINK integrations call their URI directly here.
        m.methodIntegration = i;
      }
      methods[verb] = withoutUndefined(m);
    }
    target.resourceMethods = methods;
    dirty.set(target.id, target);
    await slicer?.tick();
  }
  for (const r of dirty.values()) ops.push({ op: fresh.has(r.id) ? 'insert' : 'update', kind: RESOURCE_KIND, id: r.id, body: r });
  return { ops, errors, resourceCount: byPath.size, authorizerCount: authorizerByName.size };
}

/** The root resource's id while an imported API does not exist yet (replaced in commitWrites). */
const ROOT_PLACEHOLDER = '\u0000root';

/**
 * Runs a write set in the caller's transaction: the checks that need the store (AWS's quotas with
 * --aws-limits), then the writes. The API id replaces the plan's placeholder in model
 * schemas; for an import, the new root resource's id replaces the root placeholder.
 */
async function commitWrites(tx: StoreWriter, ctx: ControlContext, api: RestApi, plan: Plan, ws: WriteSet): Promise<void> {
  const scope = apiScope(ctx.region, api.id);
  if (ws.errors.length) throw importErrors(ws.errors, plan.warnings);
  // AWS's per-API quotas with --aws-limits, as CreateResource and CreateAuthorizer enforce them.
  if (ctx.config.awsLimits && ws.resourceCount > 300) throw limitExceeded('Maximum number of Resources for this API has been reached: 300');
  if (ctx.config.awsLimits && ws.authorizerCount > MAX_AUTHORIZERS) throw limitExceeded(`Maximum number of Authorizers for this API has been reached: ${MAX_AUTHORIZERS}`);
  const root = api.rootResourceId;
  for (const w of ws.ops) {
    let { id, body } = w;
    if (w.kind === MODEL_KIND && body) body = { ...(body as Model), schema: (body as Model).schema?.split(plan.token).join(api.id) };
    if (w.kind === RESOURCE_KIND && body) {
      const r = body as Resource;
      if (r.id === ROOT_PLACEHOLDER || r.parentId === ROOT_PLACEHOLDER) {
        const fixed: Resource = { ...r, id: r.id === ROOT_PLACEHOLDER ? root : r.id, parentId: r.parentId === ROOT_PLACEHOLDER ? root : r.parentId };
        if (r.id === ROOT_PLACEHOLDER) {
          id = root;
          for (const m of Object.values(fixed.resourceMethods ?? {})) {
            if (m.methodIntegration?.cacheNamespace === ROOT_PLACEHOLDER) m.methodIntegration.cacheNamespace = root;
          }
        }
        body = withoutUndefined(fixed);
      }
    }
    if (w.op === 'delete') await tx.delete(w.kind, scope, id);
    else if (w.op === 'insert') await tx.insert(w.kind, scope, id, body);
    else await tx.update(w.kind, scope, id, body);
  }
}

/** The API's own fields after a PutRestApi (see the header comment for merge and overwrite). */
function putFields(current: RestApi, plan: Plan, mode: PutMode): RestApi {
  const next: RestApi = structuredClone(current);
  const p = plan.api;
  if (plan.title) next.name = plan.title;
  const set = <K extends keyof RestApi>(k: K, v: RestApi[K] | undefined, fallback?: RestApi[K]): void => {
    if (v !== undefined) next[k] = v;
    else if (mode === 'overwrite') { if (fallback === undefined) delete next[k]; else next[k] = fallback; }
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

export const openApiImportHandlers: HandlerTable = {
  async ImportRestApi(input: { body?: Buffer; failOnWarnings?: boolean; parameters?: Record<string, string> }, ctx) {
    const { plan, opts } = await preparePlan(input.body, input.parameters, input.failOnWarnings, ctx);
    // Not recorded: a document without info.title gives the API no name, which CreateRestApi requires.
    if (!plan.title) throw badRequest('Invalid OpenAPI input.');
    const empty: ApiState = { models: [], authorizers: [], validators: [], gatewayResponseTypes: [], parts: [], resources: [{ id: ROOT_PLACEHOLDER, path: '/' }] };
    const writes = await prepareWrites(empty, plan, 'import', true);
    if (writes.errors.length) throw importErrors(writes.errors, plan.warnings);
    const api = await ctx.store.write(async (tx) => {
      const created = await createRestApi({
        name: plan.title!,
        description: plan.description,
        version: plan.version,
        binaryMediaTypes: listOrUndefined(plan.api.binaryMediaTypes),
        minimumCompressionSize: plan.api.minimumCompressionSize,
        apiKeySource: plan.api.apiKeySource,
        endpointConfiguration: withoutUndefined({ types: [opts.endpointType], vpcEndpointIds: listOrUndefined(plan.api.vpcEndpointIds) }),
        disableExecuteApiEndpoint: plan.api.disableExecuteApiEndpoint,
      }, ctx, tx);
      if (plan.api.policy !== undefined) {
        created.policy = plan.api.policy.split(plan.token).join(created.id);
        await tx.update(API_KIND, ctx.region, created.id, created);
      }
      // Only the document's models remain: the default Empty and Error go ([imp]).
      const scope = apiScope(ctx.region, created.id);
      for (const row of await tx.all(MODEL_KIND, scope)) if (row.scope === scope) await tx.delete(MODEL_KIND, scope, row.id);
      await commitWrites(tx, ctx, created, plan, writes);
      return created;
    });
    // CreateRestApi's view (F1, F3, F44): no empty tags or binaryMediaTypes.
    const out: Record<string, unknown> = {
      ...api, policy: policyView(api.policy, ctx.region, ctx.accountId, api.id), tags: createTags(api.tags), binaryMediaTypes: listOrUndefined(api.binaryMediaTypes),
    };
    if (plan.warnings.length) out.warnings = plan.warnings;
    return out;
  },

  async PutRestApi(input: { restApiId: string; body?: Buffer; mode?: string; failOnWarnings?: boolean; parameters?: Record<string, string> }, ctx) {
    const { plan } = await preparePlan(input.body, input.parameters, input.failOnWarnings, ctx);
    const mode: PutMode = input.mode === 'overwrite' ? 'overwrite' : 'merge';
    // The writes are computed from a snapshot outside the transaction; should anything be written
    // meanwhile (the store's config version moves on every write), they are computed again inside it.
    const version = await ctx.store.configVersion();
    const current = await getApi(ctx.store, ctx, input.restApiId);
    const scope = apiScope(ctx.region, current.id);
    let writes = await prepareWrites(await readState(ctx.store, scope), plan, mode, true);
    const api = await ctx.store.write(async (tx) => {
      const now = await getApi(tx, ctx, input.restApiId);
      if (await tx.configVersion() !== version) writes = await prepareWrites(await readState(tx, scope), plan, mode, false);
      const next = putFields(now, plan, mode);
      if (next.policy !== undefined) next.policy = next.policy.split(plan.token).join(next.id);
      await commitWrites(tx, ctx, next, plan, writes);
      await tx.update(API_KIND, ctx.region, next.id, next);
      return next;
    });
    // GetRestApi's view (F45: `"tags":{}`).
    const out: Record<string, unknown> = { ...api, policy: policyView(api.policy, ctx.region, ctx.accountId, api.id), binaryMediaTypes: listOrUndefined(api.binaryMediaTypes) };
    if (plan.warnings.length) out.warnings = plan.warnings;
    return out;
  },
};
