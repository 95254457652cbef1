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
import { GATEWAY_RESPONSE_TYPES, DEFAULT_TEMPLATES, type GatewayResponseType, type StoredGatewayResponse } from '../gateway-responses.js';
import type { Authorizer, AuthorizerType } from '../authorizers.js';
import type { Integration, IntegrationResponse } from '../integrations.js';
import type { Method, MethodResponse } from '../methods.js';
import { normalizeLocation, type DocumentationPartLocation } from '../documentation-parts.js';
import { authorizerProblem, integrationProblem, parameterNameProblem, pathPartProblem } from './checks.js';
import { gatewayResponseProblems, integrationRequestProblems, integrationResponseProblems, mappingErrorText } from '../mapping-expressions.js';
import { DEFAULT_RESPONSE_KEY, EXT, INTEGRATION_TYPES, SIGV4_AUTHTYPE } from './extensions.js';
import { convertSchema, generatedModelName, isAlphanumeric, ModelReferenceError, namedSchemaRef, prettyJson, RandomPool, type ConvertContext } from './models.js';
import { deref, isObject, type Json, type OasVersion } from './parse.js';

export type BasePathMode = 'ignore' | 'prepend' | 'split';

export interface PlanOptions {
  basepath: BasePathMode;
  ignoreDocumentation: boolean;
  region: string;
  accountId: string;
}

export interface PlanModel { name: string; description?: string; schema: string; contentType: string; refs: string[] }
export type PlanAuthorizer = Omit<Authorizer, 'id'>;
export interface PlanValidator { name: string; validateRequestBody: boolean; validateRequestParameters: boolean }
export interface PlanMethod extends Omit<Method, 'authorizerId' | 'requestValidatorId' | 'methodIntegration'> {
  authorizerName?: string;
  validatorName?: string;
  methodIntegration?: Omit<Integration, 'cacheNamespace'> & { cacheNamespace?: string };
}
export interface PlanResource { path: string; parentPath?: string; pathPart?: string; methods: Record<string, PlanMethod> }
export interface PlanDocumentationPart { location: DocumentationPartLocation; properties: string }

export interface Plan {
  /** Stands for the API id in model URLs and the policy until the API exists. */
  token: string;
  title?: string;
  description?: string;
  version?: string;
  api: {
    binaryMediaTypes?: string[];
    minimumCompressionSize?: number;
    apiKeySource?: string;
    policy?: string;
    disableExecuteApiEndpoint?: boolean;
    vpcEndpointIds?: string[];
  };
  /** Parent paths before their children. */
  resources: PlanResource[];
  models: PlanModel[];
  authorizers: PlanAuthorizer[];
  validators: PlanValidator[];
  gatewayResponses: StoredGatewayResponse[];
  documentationParts?: PlanDocumentationPart[];
  warnings: string[];
  errors: string[];
}

const VERBS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'] as const;
const MAX_COMPRESSION = 10485760;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined);
const strList = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);
/** How Java prints a JSON value in AWS's warnings ("but got 'true'"). */
const javaText = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

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
    try { path = new URL(url, 'http://base.invalid').pathname; } catch { continue; }
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

interface SchemeInfo { kind: 'authorizer' | 'iam' | 'apikey' | 'none'; authorizerType?: AuthorizerType }

export async function buildPlan(doc: Json, version: OasVersion, opts: PlanOptions): Promise<Plan> {
  const slicer = new Slicer();
  const token = `tollgate${randomUUID().replace(/-/g, '')}`;
  const warnings: string[] = [];
  const errors: string[] = [];
  const cx: ConvertContext = { doc, version, apiId: token };
  const info = isObject(doc.info) ? doc.info : {};
  const description = str(info.description);
  const plan: Plan = {
    token,
    title: str(info.title),
    description: description === '' ? undefined : description,
    version: str(info.version),
    api: {},
    resources: [],
    models: [],
    authorizers: [],
    validators: [],
    gatewayResponses: [],
    warnings,
    errors,
  };

  // ---- API-level extensions ---------------------------------------------------------------
  const binary = strList(doc[EXT.binaryMediaTypes]);
  if (binary) plan.api.binaryMediaTypes = binary;
  const compression = doc[EXT.minimumCompressionSize];
  if (compression !== undefined) {
    const n = typeof compression === 'number' ? compression : Number(compression);
    if (!Number.isInteger(n) || n < 0 || n > MAX_COMPRESSION) errors.push(`Invalid minimum compression size, must be between 0 and ${MAX_COMPRESSION}`);
    else plan.api.minimumCompressionSize = n;
  }
  const keySource = str(doc[EXT.apiKeySource]);
  if (keySource !== undefined) {
    const v = keySource.toUpperCase();
    if (v !== 'HEADER' && v !== 'AUTHORIZER') errors.push(`Invalid API Key source specified: ${keySource}. Valid options are HEADER,AUTHORIZER`);
    else plan.api.apiKeySource = v;
  }
  if (doc[EXT.policy] !== undefined) plan.api.policy = policyText(doc[EXT.policy], opts, token);
  const endpoint = endpointExtension(doc, version);
  if (endpoint) {
    if (typeof endpoint.disableExecuteApiEndpoint === 'boolean') plan.api.disableExecuteApiEndpoint = endpoint.disableExecuteApiEndpoint;
    const ids = strList(endpoint.vpcEndpointIds);
    if (ids?.length) plan.api.vpcEndpointIds = ids;
  }

  // ---- Security schemes → authorizers ----------------------------------------------------------
  const schemes = new Map<string, SchemeInfo>();
  const schemeDefs = version === 'swagger2' ? doc.securityDefinitions : isObject(doc.components) ? doc.components.securitySchemes : undefined;
  if (isObject(schemeDefs)) {
    for (const [name, raw] of Object.entries(schemeDefs)) {
      const s = deref(doc, raw);
      if (!s) continue;
      schemes.set(name, schemeInfo(name, s, plan));
    }
  }

  // ---- Request validators ----------------------------------------------------------------------
  const validators = doc[EXT.requestValidators];
  if (isObject(validators)) {
    for (const [name, v] of Object.entries(validators)) {
      const o = isObject(v) ? v : {};
      plan.validators.push({ name, validateRequestBody: o.validateRequestBody === true, validateRequestParameters: o.validateRequestParameters === true });
    }
  }
  const validatorNames = new Set(plan.validators.map((v) => v.name));
  const defaultValidator = str(doc[EXT.requestValidator]);

  // ---- Gateway responses -----------------------------------------------------------------------
  const gw = doc[EXT.gatewayResponses];
  if (isObject(gw)) {
    for (const [type, v] of Object.entries(gw)) {
      if (!GATEWAY_RESPONSE_TYPES.includes(type as GatewayResponseType)) {
        // Not recorded; the form of AWS's "… not found. Ignoring." warnings.
        warnings.push(`Invalid gateway response type '${type}'. Ignoring.`);
        continue;
      }
      const o = isObject(v) ? v : {};
      const templates = stringMap(o.responseTemplates);
      const mapping = gatewayResponseProblems(stringMap(o.responseParameters));
      if (mapping.length) {
        // Not recorded: the "Unable to put … " form of the recorded errors, PutGatewayResponse's text.
        errors.push(`Unable to put gateway response '${type}': ${mappingErrorText(mapping)}`);
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

  // ---- Models from definitions / components.schemas -------------------------------------------
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

  /** The model a request or response schema maps to: a named schema, or a new inline model. */
  const modelFor = (schema: unknown, contentType: string): string | undefined => {
    if (!isObject(schema)) return undefined;
    if (typeof schema.$ref === 'string') {
      const named = namedSchemaRef(schema.$ref, version);
      if (named && !named.rest) {
        if (definedNames.has(named.name)) return named.name;
        // Recorded warning text (CloudFormation import error quoted in the usdot WZDx demonstrator).
        warnings.push(`Reference to model '${named.name}' not found. Ignoring.`);
        return undefined;
      }
    }
    const name = generatedModelName(taken, pool);
    addModel(plan, cx, name, schema, contentType);
    return name;
  };

  // ---- Paths → resources and methods -----------------------------------------------------------
  const prefix = prefixSegments(doc, version, opts.basepath);
  const byPath = new Map<string, PlanResource>();
  const resourceAt = (parts: string[]): PlanResource => {
    let path = '/';
    let res = byPath.get(path);
    if (!res) { res = { path, methods: {} }; byPath.set(path, res); }
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
  };
  resourceAt([]);
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
      if (!badParts.has(fullPath)) errors.push(`Unable to create resource at path '${fullPath}': ${problem}`);
      badParts.add(fullPath);
      continue;
    }
    const resource = resourceAt(parts);
    const pathVars = parts.filter((p) => p.startsWith('{')).map((p) => p.slice(1, -1).replace(/\+$/, ''));
    const ops: [string, Json][] = [];
    for (const verb of VERBS) if (isObject(item[verb])) ops.push([verb.toUpperCase(), item[verb]]);
    if (isObject(item[EXT.anyMethod])) ops.push(['ANY', item[EXT.anyMethod] as Json]);
    for (const [verb, op] of ops) {
      const m = buildMethod({ doc, version, plan, schemes, validatorNames, defaultValidator, modelFor }, verb, op, item, fullPath, pathVars);
      if (m) resource.methods[verb] = m;
      await slicer.tick();
    }
  }
  plan.resources = [...byPath.values()].sort((a, b) => segments(a.path).length - segments(b.path).length);

  // ---- Documentation ---------------------------------------------------------------------------
  if (!opts.ignoreDocumentation) plan.documentationParts = documentationParts(doc, warnings);

  // ---- Model schemas: draft 4, keywords, size (models.ts checkSchema) ---------------------------
  for (const m of plan.models) {
    try {
      // References are resolved against the API at write time (a merge may use existing models).
      checkSchema(m.schema, token, m.name, () => true);
    } catch (e) {
      errors.push(`Unable to create model for '${m.name}': ${(e as Error).message}`);
    }
    await slicer.tick();
  }
  return plan;
}

function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isObject(v)) for (const [k, x] of Object.entries(v)) if (typeof x === 'string') out[k] = x;
  return out;
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
    try { return JSON.stringify(fix(JSON.parse(v))); } catch { return v; }
  }
  return JSON.stringify(fix(v));
}

/** `x-amazon-apigateway-endpoint-configuration`: at the root of a 2.0 document, in a `servers[]` entry of a 3.0 one. */
function endpointExtension(doc: Json, version: OasVersion): Json | undefined {
  if (version === 'swagger2') return isObject(doc[EXT.endpointConfiguration]) ? doc[EXT.endpointConfiguration] as Json : undefined;
  const servers = Array.isArray(doc.servers) ? doc.servers.filter(isObject) : [];
  const withExt = servers.find((s) => isObject(s[EXT.endpointConfiguration]));
  return withExt ? withExt[EXT.endpointConfiguration] as Json : undefined;
}

function schemeInfo(name: string, s: Json, plan: Plan): SchemeInfo {
  const ext = s[EXT.authorizer];
  const authtype = str(s[EXT.authtype]);
  if (isObject(ext)) {
    const rawType = (str(ext.type) ?? '').toUpperCase();
    const type = rawType === 'TOKEN' || rawType === 'REQUEST' || rawType === 'COGNITO_USER_POOLS' ? rawType : undefined;
    if (!type) {
      // Not recorded; CreateAuthorizer's form for an unknown type.
      plan.errors.push(`Unable to create authorizer '${name}': Invalid authorizer type specified: ${str(ext.type) ?? 'null'}. Valid options are TOKEN,REQUEST,COGNITO_USER_POOLS`);
      return { kind: 'none' };
    }
    const ttl = ext.authorizerResultTtlInSeconds;
    const a: PlanAuthorizer = {
      name,
      type,
      // F51 / [imp]: the scheme's x-amazon-apigateway-authtype ("oauth2", "custom", "cognito_user_pools"), else the type's default.
      authType: authtype ?? (type === 'COGNITO_USER_POOLS' ? 'cognito_user_pools' : 'custom'),
      authorizerUri: str(ext.authorizerUri),
      // An empty string is no value: AWS imported `"authorizerCredentials": "", "identitySource": ""` with
      // failOnWarnings (rec: test_apigateway_import.py::TestApiGatewayImportRestApi::test_import_rest_api [import_rest_api]).
      authorizerCredentials: str(ext.authorizerCredentials) || undefined,
      // [imp]: without an identitySource, the scheme's header (`name`) is the source.
      identitySource: str(ext.identitySource) || (str(s.name) && s.in !== 'query' ? `method.request.header.${str(s.name)}` : undefined),
      identityValidationExpression: str(ext.identityValidationExpression),
      // Only when given ([imp] test_import_swagger_api: the second authorizer shows none); Cognito shows none.
      authorizerResultTtlInSeconds: type === 'COGNITO_USER_POOLS' || ttl === undefined ? undefined : typeof ttl === 'number' ? ttl : Number(ttl),
      providerARNs: strList(ext.providerARNs),
    };
    for (const k of Object.keys(a) as (keyof PlanAuthorizer)[]) if (a[k] === undefined) delete a[k];
    const problem = authorizerProblem(a);
    // Not recorded: the wording of a bad authorizer at import; the "Unable to create model for" form.
    if (problem) plan.errors.push(`Unable to create authorizer '${name}': ${problem}`);
    else plan.authorizers.push(a);
    return { kind: 'authorizer', authorizerType: type };
  }
  if (authtype !== undefined && authtype.toLowerCase() === SIGV4_AUTHTYPE.toLowerCase()) return { kind: 'iam' };
  if (s.type === 'apiKey') {
    // An API key in the `x-api-key` header is API Gateway's own key check (DG:api-gateway-swagger-extensions-api-key-source examples).
    if (s.in === 'header' && str(s.name)?.toLowerCase() === 'x-api-key') return { kind: 'apikey' };
    return { kind: 'none' };
  }
  // Recorded warning (AWS's answer to `http` and `oauth2` schemes, Columbia's API gateway trial notes).
  plan.warnings.push(`Unsupported security definition type '${str(s.type) ?? 'null'}' for '${name}'. Ignoring.`);
  return { kind: 'none' };
}

function addModel(plan: Plan, cx: ConvertContext, name: string, schema: unknown, contentType: string): void {
  // Recorded: "Unable to create model for 'body_1': Model name must be alphanumeric: body_1" (edx/api-manager#259, api-platform/core#3193).
  if (!isAlphanumeric(name)) { plan.errors.push(`Unable to create model for '${name}': Model name must be alphanumeric: ${name}`); return; }
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

interface MethodContext {
  doc: Json;
  version: OasVersion;
  plan: Plan;
  schemes: Map<string, SchemeInfo>;
  validatorNames: Set<string>;
  defaultValidator?: string;
  modelFor: (schema: unknown, contentType: string) => string | undefined;
}

function buildMethod(mc: MethodContext, verb: string, op: Json, item: Json, fullPath: string, pathVars: string[]): PlanMethod | undefined {
  const { doc, version, plan } = mc;
  const methodError = (text: string): undefined => {
    // Recorded form: "Unable to put method 'GET' on resource at path '/course_terms': …".
    plan.errors.push(`Unable to put method '${verb}' on resource at path '${fullPath}': ${text}`);
    return undefined;
  };

  // Parameters: the path item's, overridden by the operation's (same name and location).
  const params = new Map<string, Json>();
  for (const list of [item.parameters, op.parameters]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const p = deref(doc, raw);
      if (p && typeof p.name === 'string' && typeof p.in === 'string') params.set(`${p.in}:${p.name}`, p);
    }
  }
  const requestParameters: Record<string, boolean> = {};
  for (const v of pathVars) requestParameters[`method.request.path.${v}`] = true;
  const requestModels: Record<string, string> = {};
  for (const p of params.values()) {
    const name = p.name as string;
    const where = p.in === 'query' ? 'querystring' : p.in === 'header' ? 'header' : undefined;
    if (where) {
      const problem = parameterNameProblem(name);
      if (problem) return methodError(problem);
      requestParameters[`method.request.${where}.${name}`] = p.required === true;
    } else if (p.in === 'body' && version === 'swagger2') {
      const types = strList(op.consumes) ?? strList(doc.consumes) ?? ['application/json'];
      for (const t of types.length ? types : ['application/json']) {
        const model = mc.modelFor(p.schema, t);
        if (model) requestModels[t] = model;
      }
    }
  }
  // PutMethod's rule and recorded text (methods.ts checkRequestParameters).
  const seen = new Set<string>();
  for (const key of Object.keys(requestParameters)) {
    const [, where, name] = /^method\.request\.([a-z]+)\.(.*)$/.exec(key)!;
    const n = where === 'header' ? name.toLowerCase() : name;
    if (seen.has(n)) return methodError('Parameter names must be unique across querystring, header and path');
    seen.add(n);
  }
  if (version === 'oas3') {
    const body = deref(doc, op.requestBody);
    if (body && isObject(body.content)) {
      for (const [type, media] of Object.entries(body.content)) {
        if (!isObject(media) || media.schema === undefined) continue;
        const model = mc.modelFor(media.schema, type);
        if (model) requestModels[type] = model;
      }
    }
  }

  // Method responses.
  const methodResponses: Record<string, MethodResponse> = {};
  if (isObject(op.responses)) {
    for (const [code, raw] of Object.entries(op.responses)) {
      // `default` and ranges (2XX) have no status code to put.
      if (!/^[1-5]\d\d$/.test(code)) continue;
      const r = deref(doc, raw);
      if (!r) continue;
      const mr: MethodResponse = { statusCode: code };
      if (isObject(r.headers)) {
        const headers: Record<string, boolean> = {};
        for (const [h, hv] of Object.entries(r.headers)) headers[`method.response.header.${h}`] = isObject(hv) && hv.required === true;
        if (Object.keys(headers).length) mr.responseParameters = headers;
      }
      const models: Record<string, string> = {};
      if (version === 'swagger2') {
        if (r.schema !== undefined) {
          const types = strList(op.produces) ?? strList(doc.produces) ?? ['application/json'];
          for (const t of types.length ? types : ['application/json']) {
            const model = mc.modelFor(r.schema, t);
            if (model) models[t] = model;
          }
        }
      } else if (isObject(r.content)) {
        for (const [type, media] of Object.entries(r.content)) {
          if (!isObject(media) || media.schema === undefined) continue;
          const model = mc.modelFor(media.schema, type);
          if (model) models[type] = model;
        }
      }
      if (Object.keys(models).length) mr.responseModels = models;
      methodResponses[code] = mr;
    }
  }

  // Authorization.
  let authorizationType = 'NONE';
  let authorizerName: string | undefined;
  let apiKeyRequired = false;
  let authorizationScopes: string[] | undefined;
  const security = Array.isArray(op.security) ? op.security : Array.isArray(doc.security) ? doc.security : [];
  for (const req of security) {
    if (!isObject(req)) continue;
    for (const [scheme, scopes] of Object.entries(req)) {
      const s = mc.schemes.get(scheme);
      if (!s) {
        // Not recorded; the form of AWS's "Reference to model 'X' not found. Ignoring.".
        plan.warnings.push(`Reference to security definition '${scheme}' not found. Ignoring.`);
        continue;
      }
      if (s.kind === 'apikey') apiKeyRequired = true;
      else if (s.kind === 'iam') authorizationType = 'AWS_IAM';
      else if (s.kind === 'authorizer') {
        authorizationType = s.authorizerType === 'COGNITO_USER_POOLS' ? 'COGNITO_USER_POOLS' : 'CUSTOM';
        authorizerName = scheme;
        const list = strList(scopes);
        if (s.authorizerType === 'COGNITO_USER_POOLS' && list?.length) authorizationScopes = list;
      }
    }
  }
  const auth = op[EXT.auth];
  if (isObject(auth) && typeof auth.type === 'string') {
    const t = auth.type.toUpperCase();
    if (t === 'AWS_IAM') { authorizationType = 'AWS_IAM'; authorizerName = undefined; authorizationScopes = undefined; }
    else if (t === 'NONE') { authorizationType = 'NONE'; authorizerName = undefined; authorizationScopes = undefined; }
  }
  if (authorizerName && !plan.authorizers.some((a) => a.name === authorizerName)) {
    // The scheme's authorizer failed its checks (already reported as an error).
    authorizerName = undefined;
    authorizationType = 'NONE';
  }

  // Request validator: the operation's, else the document's default.
  let validatorName = str(op[EXT.requestValidator]) ?? mc.defaultValidator;
  if (validatorName !== undefined && !mc.validatorNames.has(validatorName)) {
    // Not recorded; the form of the recorded model warning.
    plan.warnings.push(`Reference to request validator '${validatorName}' not found. Ignoring.`);
    validatorName = undefined;
  }

  const method: PlanMethod = {
    httpMethod: verb,
    authorizationType,
    authorizerName,
    apiKeyRequired,
    validatorName,
    operationName: str(op.operationId),
    requestParameters: Object.keys(requestParameters).length ? requestParameters : undefined,
    requestModels: Object.keys(requestModels).length ? requestModels : undefined,
    methodResponses: Object.keys(methodResponses).length ? methodResponses : undefined,
    authorizationScopes,
  };
  if (isObject(op[EXT.integration])) {
    const integration = buildIntegration(plan, op[EXT.integration] as Json, verb, fullPath, method);
    if (integration) method.methodIntegration = integration;
  }
  for (const k of Object.keys(method) as (keyof PlanMethod)[]) if (method[k] === undefined) delete method[k];
  return method;
}

function buildIntegration(plan: Plan, ext: Json, verb: string, fullPath: string, method: PlanMethod): PlanMethod['methodIntegration'] {
  // Recorded form: "Unable to put integration on 'GET' for resource at path '/tags': Timeout should be between 50 ms and 29000 ms".
  const fail = (text: string): undefined => { plan.errors.push(`Unable to put integration on '${verb}' for resource at path '${fullPath}': ${text}`); return undefined; };
  const type = (str(ext.type) ?? '').toUpperCase();
  // Not recorded; the form of PutIntegration's enum texts.
  if (!INTEGRATION_TYPES.includes(type)) return fail(`Invalid integration type specified: ${str(ext.type) ?? 'null'}. Valid options are ${INTEGRATION_TYPES.join(',')}`);
  const isMock = type === 'MOCK';
  const isHttp = type === 'HTTP' || type === 'HTTP_PROXY';
  const requestParameters: Record<string, string> = {};
  if (isObject(ext.requestParameters)) {
    for (const [k, v] of Object.entries(ext.requestParameters)) {
      if (typeof v === 'string') requestParameters[k] = v;
      // Recorded warning
      // (rec: test_apigateway_import.py::TestApiGatewayImportRestApi::test_import_rest_api_with_base_path_oas30[ignore] [put-rest-api-oas30-srv-url]).
      else plan.warnings.push(`Invalid format for 'requestParameters'. Expected type string for property '${k}' of resource '${fullPath}' and method '${verb}' but got '${javaText(v)}'`);
    }
  }
  const requestTemplates: Record<string, string | null> = {};
  if (isObject(ext.requestTemplates)) {
    for (const [k, v] of Object.entries(ext.requestTemplates)) requestTemplates[k] = v === null ? null : typeof v === 'string' ? v : JSON.stringify(v);
  }
  const timeout = ext.timeoutInMillis === undefined ? 29000 : typeof ext.timeoutInMillis === 'number' ? ext.timeoutInMillis : Number(ext.timeoutInMillis);
  const integrationResponses: Record<string, IntegrationResponse> = {};
  if (isObject(ext.responses)) {
    for (const [pattern, raw] of Object.entries(ext.responses)) {
      if (!isObject(raw)) continue;
      const statusCode = str(raw.statusCode);
      if (statusCode === undefined) return fail('Invalid status code specified: null');
      const r: IntegrationResponse = { statusCode };
      if (pattern !== DEFAULT_RESPONSE_KEY) r.selectionPattern = pattern;
      const params = stringMap(raw.responseParameters);
      if (Object.keys(params).length) r.responseParameters = params;
      if (isObject(raw.responseTemplates)) {
        const t: Record<string, string | null> = {};
        for (const [k, v] of Object.entries(raw.responseTemplates)) t[k] = v === null ? null : typeof v === 'string' ? v : JSON.stringify(v);
        if (Object.keys(t).length) r.responseTemplates = t;
      }
      const ch = str(raw.contentHandling);
      if (ch) r.contentHandling = ch.toUpperCase();
      integrationResponses[statusCode] = r;
    }
  }
  const i: PlanMethod['methodIntegration'] & Integration = {
    type,
    httpMethod: isMock ? undefined : str(ext.httpMethod)?.toUpperCase(),
    uri: isMock ? undefined : str(ext.uri),
    connectionType: str(ext.connectionType)?.toUpperCase() ?? (isHttp ? 'INTERNET' : undefined),
    connectionId: str(ext.connectionId),
    credentials: str(ext.credentials),
    requestParameters: Object.keys(requestParameters).length ? requestParameters : undefined,
    requestTemplates: Object.keys(requestTemplates).length ? requestTemplates : undefined,
    passthroughBehavior: str(ext.passthroughBehavior)?.toUpperCase() ?? 'WHEN_NO_MATCH',
    contentHandling: str(ext.contentHandling)?.toUpperCase(),
    timeoutInMillis: timeout,
    cacheNamespace: str(ext.cacheNamespace),
    cacheKeyParameters: strList(ext.cacheKeyParameters) ?? [],
    integrationResponses: Object.keys(integrationResponses).length ? integrationResponses : undefined,
    tlsConfig: isObject(ext.tlsConfig) ? { insecureSkipVerification: ext.tlsConfig.insecureSkipVerification === true } : undefined,
  };
  const problem = integrationProblem(i);
  if (problem) return fail(problem);
  // Mapping expressions, as PutIntegration / PutIntegrationResponse check them (control/mapping-expressions.ts);
  // AWS's import answer quoted in Testlio/lambda-tools#56: "Unable to put integration on 'GET' for resource
  // at path '/': Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid
  // mapping expression parameter specified: method.request.header.Authorization]".
  const mapping = integrationRequestProblems(i.requestParameters, method.requestParameters);
  if (mapping.length) return fail(mappingErrorText(mapping));
  for (const r of Object.values(integrationResponses)) {
    const problems = integrationResponseProblems(r.responseParameters, method.methodResponses?.[r.statusCode]);
    // AWS's answer, quoted in amazon-archives/aws-apigateway-importer#209: "Unable to put integration
    // response on 'POST' for resource at path '/foo': Invalid mapping expression specified: Validation
    // Result: warnings : [], errors : [Invalid mapping expression parameter specified: method.response.header.Location]".
    if (problems.length) {
      plan.errors.push(`Unable to put integration response on '${verb}' for resource at path '${fullPath}': ${mappingErrorText(problems)}`);
      return undefined;
    }
  }
  for (const k of Object.keys(i) as (keyof Integration)[]) if (i[k] === undefined) delete i[k];
  return i;
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
  if (!Array.isArray(list)) { warnings.push('Invalid x-amazon-apigateway-documentation: documentationParts must be an array'); return []; }
  const out: PlanDocumentationPart[] = [];
  list.forEach((raw, i) => {
    const where = `documentationParts[${i}]`;
    const loc = isObject(raw) && isObject(raw.location) ? raw.location : undefined;
    if (!loc || typeof loc.type !== 'string') { warnings.push(`Skipping ${where}: a location with a type is required`); return; }
    const asLocation: DocumentationPartLocation = { type: loc.type };
    for (const f of ['path', 'method', 'statusCode', 'name'] as const) if (loc[f] !== undefined && loc[f] !== null) asLocation[f] = String(loc[f]);
    let location: DocumentationPartLocation;
    try { location = normalizeLocation(asLocation); } catch (e) { warnings.push(`Skipping ${where}: ${(e as Error).message}`); return; }
    const props = (raw as Json).properties;
    let properties: string;
    if (typeof props === 'string') {
      try { JSON.parse(props); properties = props; } catch { warnings.push(`Skipping ${where}: properties must be valid JSON`); return; }
    } else properties = props === undefined || props === null ? '{}' : JSON.stringify(props);
    out.push({ location, properties });
  });
  return out;
}
