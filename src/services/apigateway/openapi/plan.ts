/**
 * An OpenAPI document → the plan of what an import writes: the API's fields, its resources (with
 * methods, method responses and integrations), models, authorizers, request validators, gateway
 * responses and documentation parts, plus AWS's warnings and errors. Nothing here touches the
 * store: import.ts builds the whole plan first and writes it in one transaction.
 *
 * What AWS does, with the recordings behind it (peer-localstack F44–F51; LS-snap
 * test_apigateway_import, cited as [imp]):
 * - Methods: one per operation (get, put, post, delete, options, head, patch) and ANY for
 *   `x-amazon-apigateway-any-method`; `operationId` → operationName [imp].
 * - Path variables of the resource path → `method.request.path.{name}: true`, declared or not
 *   ([imp] test_import_with_global_api_key_authorizer: `/echo/{data}` declares none); query and
 *   header parameters → `method.request.querystring|header.{name}: required` [imp]; a Swagger body
 *   parameter or an OAS3 requestBody → requestModels by content type [imp].
 * - Responses with a status code → method responses; their headers →
 *   `method.response.header.{name}: false`; their schemas → responseModels [imp].
 * - `security` of the operation, else of the document (recorded: a root-level requirement makes
 *   every method CUSTOM, [imp] global authorizer; Cognito scopes → authorizationScopes, F51).
 * - Integrations: `responses` keys are selection patterns, `default` is none [imp]; HTTP and
 *   HTTP_PROXY get connectionType INTERNET; cacheNamespace defaults to the resource id [imp].
 */
import { randomUUID } from 'node:crypto';
import { checkSchema } from '../models.js';
import { GATEWAY_RESPONSE_TYPES, DEFAULT_TEMPLATES } from '../gateway-responses.js';
import type { GatewayResponseType } from '../../../domain/gateway-response.js';
import { normalizeLocation } from '../documentation-parts.js';
import type { DocumentationPartLocation } from '../../../domain/documentation-part.js';
import { pathPartProblem } from '../resources.js';
import { gatewayResponseProblems, mappingErrorText } from '../mapping-expressions.js';
import { EXT } from './extensions.js';
import {
  convertSchema,
  generatedModelName,
  isAlphanumeric,
  ModelReferenceError,
  namedSchemaRef,
  prettyJson,
  RandomPool,
  type ConvertContext,
} from './models.js';
import { deref, isObject, type Json, type OasVersion } from './parse.js';
import { securitySchemes } from './plan-authorizers.js';
import { buildMethod, type MethodContext } from './plan-methods.js';
import type { BasePathMode, Plan, PlanDocumentationPart, PlanOptions, PlanResource } from './plan-types.js';
import { str, strList, stringMap } from './plan-values.js';

export type {
  BasePathMode,
  Plan,
  PlanAuthorizer,
  PlanDocumentationPart,
  PlanMethod,
  PlanModel,
  PlanOptions,
  PlanResource,
  PlanValidator,
} from './plan-types.js';

const VERBS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'] as const;
const MAX_COMPRESSION = 10485760;

/** A few milliseconds of work at a time, so that a large import does not hold the event loop. */
export class Slicer {
  #since = performance.now();
  async tick(): Promise<void> {
    if (performance.now() - this.#since < 8) return;
    await new Promise((resolve) => setImmediate(resolve));
    this.#since = performance.now();
  }
}

/** The base path's segments (DG:api-gateway-import-api-basePath). */
function basePathOf(doc: Json, version: OasVersion): string {
  if (version === 'swagger2') return str(doc.basePath) ?? '';
  const servers = Array.isArray(doc.servers) ? doc.servers.filter(isObject) : [];
  // "If the API contains … basePath variables, the Import API feature uses [the first one]."
  for (const s of servers) {
    const vars = isObject(s.variables) ? s.variables : undefined;
    if (vars && isObject(vars.basePath) && vars.basePath.default !== undefined) return str(vars.basePath.default) ?? '';
  }
  // "… checks the server.url string to see if it contains a path beyond "/"."
  for (const s of servers) {
    let url = str(s.url);
    if (!url) continue;
    const vars = isObject(s.variables) ? s.variables : {};
    url = url.replace(/\{([^}]+)\}/g, (_m, name: string) => str(isObject(vars[name]) ? vars[name].default : undefined) ?? '');
    let path: string;
    try {
      path = new URL(url, 'http://base.invalid').pathname;
    } catch {
      continue;
    }
    if (path && path !== '/') return decodeURIComponent(path);
  }
  return '';
}

const segments = (p: string): string[] => p.split('/').filter(Boolean);

function prefixSegments(doc: Json, version: OasVersion, mode: BasePathMode): string[] {
  if (mode === 'ignore') return [];
  const parts = segments(basePathOf(doc, version));
  return mode === 'prepend' ? parts : parts.slice(1);
}

export async function buildPlan(doc: Json, version: OasVersion, opts: PlanOptions): Promise<Plan> {
  const slicer = new Slicer();
  const plan = emptyPlan(doc);
  const cx: ConvertContext = { doc, version, apiId: plan.token };
  addApiSettings(plan, doc, version, opts);
  const schemes = securitySchemes(doc, version, plan);
  addRequestValidators(plan, doc);
  addGatewayResponses(plan, doc);
  const modelFor = await addDefinedModels(plan, cx, slicer);
  const mc: MethodContext = {
    doc,
    version,
    plan,
    schemes,
    validatorNames: new Set(plan.validators.map((v) => v.name)),
    defaultValidator: str(doc[EXT.requestValidator]),
    modelFor,
    accountId: opts.accountId,
  };
  plan.resources = await planResources(mc, prefixSegments(doc, version, opts.basepath), slicer);
  if (!opts.ignoreDocumentation) plan.documentationParts = documentationParts(doc, plan.warnings);
  await checkModelSchemas(plan, slicer);
  return plan;
}

/** The plan with the API's `info`, before any of the document's parts. */
function emptyPlan(doc: Json): Plan {
  const info = isObject(doc.info) ? doc.info : {};
  const description = str(info.description);
  return {
    token: `tollgate${randomUUID().replace(/-/g, '')}`,
    title: str(info.title),
    description: description === '' ? undefined : description,
    version: str(info.version),
    api: {},
    resources: [],
    models: [],
    authorizers: [],
    validators: [],
    gatewayResponses: [],
    warnings: [],
    errors: [],
  };
}

/** API-level extensions: binary media types, minimum compression size, API key source, policy, endpoint configuration. */
function addApiSettings(plan: Plan, doc: Json, version: OasVersion, opts: PlanOptions): void {
  const binary = strList(doc[EXT.binaryMediaTypes]);
  if (binary) plan.api.binaryMediaTypes = binary;
  const compression = doc[EXT.minimumCompressionSize];
  if (compression !== undefined) {
    const n = typeof compression === 'number' ? compression : Number(compression);
    if (!Number.isInteger(n) || n < 0 || n > MAX_COMPRESSION) plan.errors.push(`Invalid minimum compression size, must be between 0 and ${MAX_COMPRESSION}`);
    else plan.api.minimumCompressionSize = n;
  }
  const keySource = str(doc[EXT.apiKeySource]);
  if (keySource !== undefined) {
    const v = keySource.toUpperCase();
    if (v !== 'HEADER' && v !== 'AUTHORIZER') plan.errors.push(`Invalid API Key source specified: ${keySource}. Valid options are HEADER,AUTHORIZER`);
    else plan.api.apiKeySource = v;
  }
  if (doc[EXT.policy] !== undefined) plan.api.policy = policyText(doc[EXT.policy], opts, plan.token);
  const endpoint = endpointExtension(doc, version);
  if (endpoint) {
    if (typeof endpoint.disableExecuteApiEndpoint === 'boolean') plan.api.disableExecuteApiEndpoint = endpoint.disableExecuteApiEndpoint;
    const ids = strList(endpoint.vpcEndpointIds);
    if (ids?.length) plan.api.vpcEndpointIds = ids;
  }
}

/** `x-amazon-apigateway-request-validators`. */
function addRequestValidators(plan: Plan, doc: Json): void {
  const validators = doc[EXT.requestValidators];
  if (!isObject(validators)) return;
  for (const [name, v] of Object.entries(validators)) {
    const o = isObject(v) ? v : {};
    plan.validators.push({
      name,
      validateRequestBody: o.validateRequestBody === true,
      validateRequestParameters: o.validateRequestParameters === true,
    });
  }
}

/** `x-amazon-apigateway-gateway-responses`, checked as PutGatewayResponse checks them. */
function addGatewayResponses(plan: Plan, doc: Json): void {
  const gw = doc[EXT.gatewayResponses];
  if (!isObject(gw)) return;
  for (const [type, v] of Object.entries(gw)) {
    if (!GATEWAY_RESPONSE_TYPES.includes(type as GatewayResponseType)) {
      // Not recorded; the form of AWS's "… not found. Ignoring." warnings.
      plan.warnings.push(`Invalid gateway response type '${type}'. Ignoring.`);
      continue;
    }
    const o = isObject(v) ? v : {};
    const templates = stringMap(o.responseTemplates);
    const mapping = gatewayResponseProblems(stringMap(o.responseParameters));
    if (mapping.length) {
      // Not recorded: the "Unable to put … " form of the recorded errors, PutGatewayResponse's text.
      plan.errors.push(`Unable to put gateway response '${type}': ${mappingErrorText(mapping)}`);
      continue;
    }
    plan.gatewayResponses.push({
      responseType: type as GatewayResponseType,
      statusCode: str(o.statusCode),
      responseParameters: stringMap(o.responseParameters),
      // As PutGatewayResponse: no templates means the default body.
      responseTemplates: Object.keys(templates).length ? templates : { ...DEFAULT_TEMPLATES },
    });
  }
}

/**
 * Models from `definitions` / `components.schemas`; returns what maps a request or response schema
 * to its model: a named schema, or a new inline model.
 */
async function addDefinedModels(plan: Plan, cx: ConvertContext, slicer: Slicer): Promise<MethodContext['modelFor']> {
  const { doc, version } = cx;
  const definitions = version === 'swagger2' ? doc.definitions : isObject(doc.components) ? doc.components.schemas : undefined;
  const definedNames = new Set(isObject(definitions) ? Object.keys(definitions) : []);
  const taken = new Set(definedNames);
  const pool = new RandomPool();
  if (isObject(definitions)) {
    for (const [name, schema] of Object.entries(definitions)) {
      addModel(plan, cx, name, schema, 'application/json');
      await slicer.tick();
    }
  }
  return (schema, contentType) => {
    if (!isObject(schema)) return undefined;
    if (typeof schema.$ref === 'string') {
      const named = namedSchemaRef(schema.$ref, version);
      if (named && !named.rest) {
        if (definedNames.has(named.name)) return named.name;
        // Recorded warning text (CloudFormation import error quoted in the usdot WZDx demonstrator).
        plan.warnings.push(`Reference to model '${named.name}' not found. Ignoring.`);
        return undefined;
      }
    }
    const name = generatedModelName(taken, pool);
    addModel(plan, cx, name, schema, contentType);
    return name;
  };
}

/** Paths → resources (parent paths before their children) and their methods. */
async function planResources(mc: MethodContext, prefix: string[], slicer: Slicer): Promise<PlanResource[]> {
  const { doc, plan } = mc;
  const byPath = new Map<string, PlanResource>();
  resourceAt(byPath, []);
  const badParts = new Set<string>();
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const [docPath, rawItem] of Object.entries(paths)) {
    if (docPath.startsWith('x-')) continue;
    const item = deref(doc, rawItem);
    if (!item) continue;
    const parts = [...prefix, ...segments(docPath)];
    const fullPath = parts.length ? `/${parts.join('/')}` : '/';
    const problem = parts.map(pathPartProblem).find(Boolean);
    if (problem) {
      // Not recorded: the wording of a bad path at import; the "Unable to … at path" form of the recorded ones.
      if (!badParts.has(fullPath)) plan.errors.push(`Unable to create resource at path '${fullPath}': ${problem}`);
      badParts.add(fullPath);
      continue;
    }
    const resource = resourceAt(byPath, parts);
    const pathVars = parts.filter((p) => p.startsWith('{')).map((p) => p.slice(1, -1).replace(/\+$/, ''));
    for (const [verb, op] of operationsOf(item)) {
      const m = buildMethod(mc, verb, op, item, fullPath, pathVars);
      if (m) resource.methods[verb] = m;
      await slicer.tick();
    }
  }
  return [...byPath.values()].sort((a, b) => segments(a.path).length - segments(b.path).length);
}

/** The resource at these path parts, made (with its missing ancestors) if new. */
function resourceAt(byPath: Map<string, PlanResource>, parts: string[]): PlanResource {
  let path = '/';
  let res = byPath.get(path);
  if (!res) {
    res = { path, methods: {} };
    byPath.set(path, res);
  }
  for (const part of parts) {
    const parentPath = path;
    path = path === '/' ? `/${part}` : `${path}/${part}`;
    let next = byPath.get(path);
    if (!next) {
      next = { path, parentPath, pathPart: part, methods: {} };
      byPath.set(path, next);
    }
    res = next;
  }
  return res;
}

/** A path item's operations by HTTP method; `x-amazon-apigateway-any-method` is ANY. */
function operationsOf(item: Json): [string, Json][] {
  const ops: [string, Json][] = [];
  for (const verb of VERBS) if (isObject(item[verb])) ops.push([verb.toUpperCase(), item[verb]]);
  if (isObject(item[EXT.anyMethod])) ops.push(['ANY', item[EXT.anyMethod] as Json]);
  return ops;
}

/** Model schemas: draft 4, keywords, size (models.ts checkSchema). */
async function checkModelSchemas(plan: Plan, slicer: Slicer): Promise<void> {
  for (const m of plan.models) {
    try {
      // References are resolved against the API at write time (a merge may use existing models).
      checkSchema(m.schema, plan.token, m.name, () => true);
    } catch (e) {
      plan.errors.push(`Unable to create model for '${m.name}': ${(e as Error).message}`);
    }
    await slicer.tick();
  }
}

/**
 * The policy as a JSON string; `execute-api:/…` resources become the API's ARN
 * `arn:aws:execute-api:{region}:{account}:{api}/…` (DG:openapi-extensions-policy).
 */
function policyText(v: unknown, opts: PlanOptions, token: string): string {
  const prefix = `arn:aws:execute-api:${opts.region}:${opts.accountId}:${token}/`;
  const fix = (x: unknown): unknown => {
    if (typeof x === 'string') return x.startsWith('execute-api:/') ? prefix + x.slice('execute-api:/'.length) : x;
    if (Array.isArray(x)) return x.map(fix);
    if (isObject(x)) return Object.fromEntries(Object.entries(x).map(([k, y]) => [k, fix(y)]));
    return x;
  };
  if (typeof v === 'string') {
    try {
      return JSON.stringify(fix(JSON.parse(v)));
    } catch {
      return v;
    }
  }
  return JSON.stringify(fix(v));
}

/** `x-amazon-apigateway-endpoint-configuration`: at the root of a 2.0 document, in a `servers[]` entry of a 3.0 one. */
function endpointExtension(doc: Json, version: OasVersion): Json | undefined {
  if (version === 'swagger2') return isObject(doc[EXT.endpointConfiguration]) ? (doc[EXT.endpointConfiguration] as Json) : undefined;
  const servers = Array.isArray(doc.servers) ? doc.servers.filter(isObject) : [];
  const withExt = servers.find((s) => isObject(s[EXT.endpointConfiguration]));
  return withExt ? (withExt[EXT.endpointConfiguration] as Json) : undefined;
}

function addModel(plan: Plan, cx: ConvertContext, name: string, schema: unknown, contentType: string): void {
  // Recorded: "Unable to create model for 'body_1': Model name must be alphanumeric: body_1" (edx/api-manager#259, api-platform/core#3193).
  if (!isAlphanumeric(name)) {
    plan.errors.push(`Unable to create model for '${name}': Model name must be alphanumeric: ${name}`);
    return;
  }
  const refs = new Set<string>();
  let converted: unknown;
  try {
    converted = convertSchema(schema, cx, refs);
  } catch (e) {
    if (!(e instanceof ModelReferenceError)) throw e;
    plan.errors.push(`Unable to create model for '${name}': Invalid model specified: Validation Result: warnings : [], errors : [${e.message}]`);
    return;
  }
  const description = isObject(schema) ? str(schema.description) : undefined;
  plan.models.push({ name, description: description || undefined, schema: prettyJson(converted), contentType, refs: [...refs] });
}

/**
 * `x-amazon-apigateway-documentation.documentationParts`, with locations as
 * CreateDocumentationPart stores them (documentation-parts.ts normalizeLocation). A part that
 * cannot be used is skipped with a warning (texts not recorded; those of ImportDocumentationParts).
 */
function documentationParts(doc: Json, warnings: string[]): PlanDocumentationPart[] {
  const ext = doc[EXT.documentation];
  const list = isObject(ext) ? ext.documentationParts : undefined;
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    warnings.push('Invalid x-amazon-apigateway-documentation: documentationParts must be an array');
    return [];
  }
  const out: PlanDocumentationPart[] = [];
  list.forEach((raw, i) => {
    const where = `documentationParts[${i}]`;
    const loc = isObject(raw) && isObject(raw.location) ? raw.location : undefined;
    if (!loc || typeof loc.type !== 'string') {
      warnings.push(`Skipping ${where}: a location with a type is required`);
      return;
    }
    const asLocation: DocumentationPartLocation = { type: loc.type };
    for (const f of ['path', 'method', 'statusCode', 'name'] as const) if (loc[f] !== undefined && loc[f] !== null) asLocation[f] = String(loc[f]);
    let location: DocumentationPartLocation;
    try {
      location = normalizeLocation(asLocation);
    } catch (e) {
      warnings.push(`Skipping ${where}: ${(e as Error).message}`);
      return;
    }
    const props = (raw as Json).properties;
    let properties: string;
    if (typeof props === 'string') {
      try {
        JSON.parse(props);
        properties = props;
      } catch {
        warnings.push(`Skipping ${where}: properties must be valid JSON`);
        return;
      }
    } else properties = props === undefined || props === null ? '{}' : JSON.stringify(props);
    out.push({ location, properties });
  });
  return out;
}
