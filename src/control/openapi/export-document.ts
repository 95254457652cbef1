/**
 * A deployed REST API (its deployment snapshot) as an OpenAPI document: Swagger 2.0 (`swagger`) or
 * OpenAPI 3.0.1 (`oas30`). The shapes follow AWS's recorded exports (peer-localstack F52, F53; the
 * AWS snapshots behind them, localstack tests/aws/services/apigateway/test_apigateway_extended
 * .snapshot.json): `info` {description, version, title}, host/basePath/schemes or servers with the
 * `basePath` variable, operations as {operationId, consumes, produces, parameters, responses},
 * responses described "<code> response", `headers` from method response parameters, integration
 * type and passthroughBehavior lower-cased, integration responses keyed by selection pattern or
 * `default`, defaults AWS leaves out left out (connectionType INTERNET, timeoutInMillis 29000, the
 * cache namespace that is the resource id, empty cache key parameters).
 *
 * Extensions (GetExport `parameters.extensions`, comma-separated; SVC GetExportRequest.parameters,
 * DG:api-gateway-export-api): `integrations` adds x-amazon-apigateway-integration; `authorizers`
 * adds the authorizers' x-amazon-apigateway-authtype/-authorizer; `apigateway` adds both and the
 * API-level extensions (request validators, gateway responses, binary media types, API key source,
 * minimum compression size, policy, endpoint configuration, documentation); `postman` adds
 * Postman's auth helper (`x-postman-meta`, see `postmanMeta`).
 */
import { badRequest } from '../../services/apigateway/errors.js';
import type { Authorizer } from '../../domain/authorizer.js';
import type { DeploymentSnapshot } from '../deployment-snapshot.js';
import type { Integration } from '../integrations.js';
import type { Method } from '../methods.js';
import type { Model } from '../models-defaults.js';
import type { Resource } from '../resources.js';

export type ExportType = 'swagger' | 'oas30';
export const EXPORT_TYPES: readonly ExportType[] = ['swagger', 'oas30'];
export type Extension = 'integrations' | 'authorizers' | 'apigateway' | 'postman';

/** A documentation part as exported (x-amazon-apigateway-documentation). */
export interface ExportDocumentationPart { location: Record<string, unknown>; properties: Record<string, unknown> }
export interface ExportDocumentation { version: string; createdDate?: string; parts: ExportDocumentationPart[] }

export interface ExportRequest {
  type: ExportType;
  region: string;
  stageName: string;
  /** The API's title, description and version (the version already falls back to the creation date). */
  info: { title: string; description?: string; version: string };
  extensions: ReadonlySet<string>;
  documentation?: ExportDocumentation;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmpty = (o: Record<string, unknown> | undefined): boolean => !!o && Object.keys(o).length > 0;
const unique = (xs: string[]): string[] => [...new Set(xs)];

/** AWS's default integration timeout (SVC Integration.timeoutInMillis); not exported when unchanged. */
const DEFAULT_TIMEOUT = 29000;
/** The order methods appear in under a path (AWS's recorded export: get, post, options). */
const VERB_ORDER = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'ANY'];
/** OpenAPI has no ANY; AWS writes it as this extension (DG:api-gateway-swagger-extensions-any-method). */
export const ANY_METHOD = 'x-amazon-apigateway-any-method';

/** JSON bodies: `application/json` and `…+json` (DG:api-gateway-export-api: models must be application/json). */
export const isJsonType = (ct: string): boolean => {
  const t = ct.split(';')[0].trim().toLowerCase();
  return t === 'application/json' || /^application\/[^/]+\+json$/.test(t);
};

/** `https://apigateway.amazonaws.com/restapis/{api}/models/{name}[#fragment]` (models.ts `modelUrl`). */
const MODEL_REF = /^https:\/\/apigateway\.amazonaws\.com\/restapis\/([^/]+)\/models\/([^/#]+)(#.*)?$/;
const decode = (s: string): string => { try { return decodeURIComponent(s); } catch { return s; } };

/**
 * A model's schema as a definition: `$schema` dropped, references to the API's other models
 * (their URLs) rewritten to local refs under `base` (`#/definitions` or `#/components/schemas`), and
 * a model's pointers into its own document (`#/...`) re-rooted at its definition.
 */
export function modelDefinition(model: Model, apiId: string, base: string): unknown {
  let schema: unknown;
  try { schema = JSON.parse(model.schema ?? '{}'); } catch { schema = {}; }
  if (isObject(schema)) delete schema.$schema;
  const own = `${base}/${model.name}`;
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) { v.forEach(walk); return; }
    if (!isObject(v)) return;
    for (const [k, x] of Object.entries(v)) {
      if (k === '$ref' && typeof x === 'string') {
        const m = MODEL_REF.exec(x);
        if (m && m[1] === apiId) v.$ref = `${base}/${decode(m[2])}${m[3] ? m[3].slice(1) : ''}`;
        else if (x.startsWith('#')) v.$ref = `${own}${x.slice(1)}`;
      } else walk(x);
    }
  };
  walk(schema);
  return schema;
}

const PARAM = /^method\.request\.(path|querystring|multivaluequerystring|header|multivalueheader)\.(.+)$/;
const IN: Record<string, string> = { path: 'path', querystring: 'query', multivaluequerystring: 'query', header: 'header', multivalueheader: 'header' };

interface Param { name: string; in: string; required: boolean }

/** The method's path, query and header parameters; path variables the method does not declare are added (OpenAPI requires them). */
function methodParams(resource: Resource, m: Method): Param[] {
  const out: Param[] = [];
  for (const [key, required] of Object.entries(m.requestParameters ?? {})) {
    const p = PARAM.exec(key);
    if (!p) continue;
    const where = IN[p[1]];
    if (out.some((x) => x.name === p[2] && x.in === where)) continue;
    out.push({ name: p[2], in: where, required: where === 'path' ? true : !!required });
  }
  for (const v of pathVariables(resource.path)) {
    if (!out.some((x) => x.in === 'path' && x.name === v)) out.unshift({ name: v, in: 'path', required: true });
  }
  return out;
}

/** `{name}` and `{name+}` segments of a resource path, by name. */
export const pathVariables = (path: string): string[] =>
  [...path.matchAll(/\{([^}+]+)\+?\}/g)].map((m) => m[1]);

const sortCodes = <T>(o: Record<string, T> | undefined): [string, T][] =>
  Object.entries(o ?? {}).sort(([a], [b]) => a.localeCompare(b));

/** Response header names from `method.response.header.X` keys. */
const responseHeaders = (params: Record<string, unknown> | undefined): string[] =>
  Object.keys(params ?? {}).map((k) => /^method\.response\.header\.(.+)$/.exec(k)?.[1]).filter((x): x is string => !!x);

/**
 * "Only found non-JSON body models for …" (DG:api-gateway-export-api; aws-behavior.md A3 Export):
 * a request body needs an application/json model. What follows "for" is not recorded; Tollgate
 * names the method.
 */
function jsonRequestModel(resource: Resource, verb: string, m: Method): [string, string] | undefined {
  const models = Object.entries(m.requestModels ?? {});
  if (!models.length) return undefined;
  const json = models.find(([ct]) => isJsonType(ct));
  if (!json) throw badRequest(`Only found non-JSON body models for ${verb} ${resource.path}`);
  return json;
}

function integrationExtension(i: Integration, resourceId: string): Json {
  const out: Json = { type: i.type.toLowerCase() };
  if (i.httpMethod) out.httpMethod = i.httpMethod;
  if (i.uri) out.uri = i.uri;
  if (i.connectionType && i.connectionType !== 'INTERNET') out.connectionType = i.connectionType;
  if (i.connectionId) out.connectionId = i.connectionId;
  if (i.credentials) out.credentials = i.credentials;
  if (nonEmpty(i.integrationResponses)) {
    const responses: Json = {};
    for (const [, r] of sortCodes(i.integrationResponses)) {
      const resp: Json = { statusCode: r.statusCode };
      if (nonEmpty(r.responseParameters)) resp.responseParameters = r.responseParameters;
      if (nonEmpty(r.responseTemplates)) resp.responseTemplates = r.responseTemplates;
      if (r.contentHandling) resp.contentHandling = r.contentHandling;
      responses[r.selectionPattern || 'default'] = resp;
    }
    out.responses = responses;
  }
  if (nonEmpty(i.requestParameters)) out.requestParameters = i.requestParameters;
  if (nonEmpty(i.requestTemplates)) out.requestTemplates = i.requestTemplates;
  if (i.passthroughBehavior) out.passthroughBehavior = i.passthroughBehavior.toLowerCase();
  if (i.contentHandling) out.contentHandling = i.contentHandling;
  if (i.timeoutInMillis !== undefined && i.timeoutInMillis !== DEFAULT_TIMEOUT) out.timeoutInMillis = i.timeoutInMillis;
  if (i.cacheNamespace && i.cacheNamespace !== resourceId) out.cacheNamespace = i.cacheNamespace;
  if (i.cacheKeyParameters?.length) out.cacheKeyParameters = i.cacheKeyParameters;
  if (i.tlsConfig && Object.keys(i.tlsConfig).length) out.tlsConfig = i.tlsConfig;
  return out;
}

/**
 * Postman's SigV4 auth helper on IAM-authorized methods. Postman's OpenAPI importer reads
 * `x-postman-meta` {currentHelper, helperAttributes} (postmanlabs/openapi-to-postman lib/schemaUtils
 * "using the auth helper"; sample AWS exports in postmanlabs/swagger2-to-postman test/data/
 * swagger_aws_2.json). What AWS writes for extensions=postman is not recorded beyond that.
 */
function postmanMeta(region: string): Json {
  return {
    currentHelper: 'awsSigV4',
    helperAttributes: {
      accessKey: '{{aws_access_key_id}}', secretKey: '{{aws_secret_access_key}}', region, service: 'execute-api', saveHelper: true,
    },
  };
}

const SIGV4 = 'sigv4';
const API_KEY = 'api_key';

/** The method's security requirements: the API key and the authorizer as separate entries, as AWS exports them. */
function methodSecurity(m: Method, authorizers: Map<string, Authorizer>): Json[] {
  const out: Json[] = [];
  if (m.apiKeyRequired) out.push({ [API_KEY]: [] });
  if (m.authorizationType === 'AWS_IAM') out.push({ [SIGV4]: [] });
  if ((m.authorizationType === 'CUSTOM' || m.authorizationType === 'COGNITO_USER_POOLS') && m.authorizerId) {
    const a = authorizers.get(m.authorizerId);
    if (a) out.push({ [String(a.name)]: m.authorizationScopes ?? [] });
  }
  return out;
}

/**
 * An authorizer as a security scheme: an apiKey scheme named after its header (REQUEST authorizers
 * read several sources and are named "Unused", as in AWS's examples, DG:api-gateway-swagger-
 * extensions-authorizer), with x-amazon-apigateway-authtype and -authorizer when asked for.
 */
function authorizerScheme(a: Authorizer, withExtension: boolean): Json {
  const type = String(a.type);
  const header = /^method\.request\.header\.(.+)$/.exec(String(a.identitySource ?? ''))?.[1];
  const scheme: Json = { type: 'apiKey', name: type === 'REQUEST' ? 'Unused' : header ?? 'Authorization', in: 'header' };
  if (!withExtension) return scheme;
  scheme['x-amazon-apigateway-authtype'] = a.authType;
  const ext: Json = { type: type.toLowerCase() };
  for (const k of ['authorizerUri', 'authorizerCredentials', 'identitySource', 'identityValidationExpression', 'authorizerResultTtlInSeconds', 'providerARNs'] as const) {
    if (k === 'identitySource' && type !== 'REQUEST') continue;
    if (a[k] !== undefined) ext[k] = a[k];
  }
  scheme['x-amazon-apigateway-authorizer'] = ext;
  return scheme;
}

/** Documentation properties AWS maps onto OpenAPI fields (DG:api-gateway-documenting-api-content-representation). */
function docFor(doc: ExportDocumentation | undefined, match: (loc: Record<string, unknown>) => boolean): Json | undefined {
  return doc?.parts.find((p) => match(p.location))?.properties;
}

export function buildExportDocument(snap: DeploymentSnapshot, req: ExportRequest): Json {
  const swagger = req.type === 'swagger';
  const ext = req.extensions;
  const withIntegrations = ext.has('integrations') || ext.has('apigateway');
  const withAuthorizers = ext.has('authorizers') || ext.has('apigateway');
  const withApiGateway = ext.has('apigateway');
  const refBase = swagger ? '#/definitions' : '#/components/schemas';
  const apiId = snap.api.id;
  const authorizers = new Map(snap.authorizers.map((a) => [String(a.id), a]));
  const validators = new Map(snap.requestValidators.map((v) => [v.id, v]));
  const modelRef = (name: string): Json => ({ $ref: `${refBase}/${name}` });
  const doc = req.documentation;
  let usesApiKey = false;
  let usesIam = false;
  const usedAuthorizers = new Set<string>();

  const operation = (resource: Resource, verb: string, m: Method): Json => {
    const op: Json = {};
    const mdoc = docFor(doc, (l) => l.type === 'METHOD' && l.path === resource.path && l.method === verb);
    if (typeof mdoc?.tags === 'object') op.tags = mdoc.tags;
    if (typeof mdoc?.summary === 'string') op.summary = mdoc.summary;
    if (typeof mdoc?.description === 'string') op.description = mdoc.description;
    if (m.operationName) op.operationId = m.operationName;
    const integration = m.methodIntegration;
    const body = jsonRequestModel(resource, verb, m);
    const params = methodParams(resource, m);
    const paramDoc = (p: Param): string | undefined => {
      const type = p.in === 'path' ? 'PATH_PARAMETER' : p.in === 'query' ? 'QUERY_PARAMETER' : 'REQUEST_HEADER';
      const d = docFor(doc, (l) => l.type === type && l.path === resource.path && (l.method === verb || l.method === '*' || l.method === undefined) && l.name === p.name);
      return typeof d?.description === 'string' ? d.description : undefined;
    };
    const responses: Json = {};
    const produces: string[] = [];
    const modelTypes: string[] = [];
    for (const [code, r] of sortCodes(m.methodResponses)) {
      const resp: Json = { description: `${code} response` };
      const rdoc = docFor(doc, (l) => l.type === 'RESPONSE' && l.path === resource.path && l.method === verb && l.statusCode === code);
      if (typeof rdoc?.description === 'string') resp.description = rdoc.description;
      const models = Object.entries(r.responseModels ?? {});
      modelTypes.push(...models.map(([ct]) => ct));
      const headers = responseHeaders(r.responseParameters);
      if (swagger) {
        const chosen = models.find(([ct]) => isJsonType(ct)) ?? models[0];
        if (chosen) resp.schema = modelRef(chosen[1]);
        if (headers.length) resp.headers = Object.fromEntries(headers.map((h) => [h, { type: 'string' }]));
      } else {
        if (headers.length) resp.headers = Object.fromEntries(headers.map((h) => [h, { schema: { type: 'string' } }]));
        resp.content = Object.fromEntries(models.map(([ct, name]) => [ct, { schema: modelRef(name) }]));
      }
      responses[code] = resp;
    }
    // Swagger 2.0 `consumes` / `produces`: the models' content types; a method without models lists its
    // templates' types (rec: test_apigateway_extended.py::test_export_swagger_openapi[TEST_IMPORT_PETSTORE_SWAGGER]
    // [get-export]: the MOCK GET / has `consumes: [application/json]`, `produces: [text/html]` from its templates).
    // Not both: an import gives the one body (or response) schema to every type listed, so a template's type
    // listed beside a model's would come back as a second model, and the next export would differ (an OpenAPI 3
    // export gaining `application/xml` content after a round trip through Swagger 2.0).
    produces.push(...modelTypes);
    if (!modelTypes.length) for (const [, ir] of sortCodes(integration?.integrationResponses)) produces.push(...Object.keys(ir.responseTemplates ?? {}));

    if (swagger) {
      const requestModelTypes = Object.keys(m.requestModels ?? {});
      const consumes = unique(requestModelTypes.length ? requestModelTypes : Object.keys(integration?.requestTemplates ?? {}));
      if (consumes.length) op.consumes = consumes;
      if (produces.length) op.produces = unique(produces);
      const parameters: Json[] = params.map((p) => {
        const d = paramDoc(p);
        return { name: p.name, in: p.in, required: p.required, type: 'string', ...(d ? { description: d } : {}) };
      });
      if (body) parameters.push({ in: 'body', name: body[1], required: true, schema: modelRef(body[1]) });
      if (parameters.length) op.parameters = parameters;
    } else {
      const parameters: Json[] = params.map((p) => {
        const d = paramDoc(p);
        return { name: p.name, in: p.in, ...(p.required ? { required: true } : {}), ...(d ? { description: d } : {}), schema: { type: 'string' } };
      });
      if (parameters.length) op.parameters = parameters;
      if (body) {
        op.requestBody = {
          content: Object.fromEntries(Object.entries(m.requestModels ?? {}).map(([ct, name]) => [ct, { schema: modelRef(name) }])),
          required: true,
        };
      }
    }
    op.responses = responses;
    const security = methodSecurity(m, authorizers);
    if (security.length) op.security = security;
    if (m.apiKeyRequired) usesApiKey = true;
    if (m.authorizationType === 'AWS_IAM') usesIam = true;
    if (m.authorizerId && (m.authorizationType === 'CUSTOM' || m.authorizationType === 'COGNITO_USER_POOLS')) usedAuthorizers.add(m.authorizerId);
    if (withApiGateway && m.requestValidatorId) {
      const v = validators.get(m.requestValidatorId);
      if (v) op['x-amazon-apigateway-request-validator'] = v.name ?? v.id;
    }
    if (withIntegrations && integration) op['x-amazon-apigateway-integration'] = integrationExtension(integration, resource.id);
    if (ext.has('postman') && m.authorizationType === 'AWS_IAM') op['x-postman-meta'] = postmanMeta(req.region);
    return op;
  };

  const paths: Json = {};
  for (const r of [...snap.resources].sort((a, b) => a.path.localeCompare(b.path))) {
    const verbs = Object.keys(r.resourceMethods ?? {}).sort((a, b) => VERB_ORDER.indexOf(a) - VERB_ORDER.indexOf(b));
    if (!verbs.length) continue;
    const item: Json = {};
    for (const verb of verbs) item[verb === 'ANY' ? ANY_METHOD : verb.toLowerCase()] = operation(r, verb, r.resourceMethods![verb]);
    paths[r.path] = item;
  }

  // Security schemes: the API key and SigV4 ones when a method uses them; every authorizer (so that
  // an import recreates them all), its AWS extensions only when asked for.
  const schemes: Json = {};
  if (usesApiKey) schemes[API_KEY] = { type: 'apiKey', name: 'x-api-key', in: 'header' };
  if (usesIam) schemes[SIGV4] = { type: 'apiKey', name: 'Authorization', in: 'header', 'x-amazon-apigateway-authtype': 'awsSigv4' };
  for (const a of snap.authorizers) {
    if (withAuthorizers || usedAuthorizers.has(String(a.id))) schemes[String(a.name)] = authorizerScheme(a, withAuthorizers);
  }

  const definitions: Json = {};
  for (const m of snap.models) {
    const def = modelDefinition(m, apiId, refBase);
    const mdoc = docFor(doc, (l) => l.type === 'MODEL' && l.name === m.name);
    if (isObject(def) && typeof mdoc?.description === 'string' && def.description === undefined) def.description = mdoc.description;
    definitions[m.name] = def;
  }

  const apiDoc = docFor(doc, (l) => l.type === 'API');
  const info: Json = swagger ? {} : { title: req.info.title };
  const description = req.info.description ?? (typeof apiDoc?.description === 'string' ? apiDoc.description : undefined);
  if (description !== undefined) info.description = description;
  info.version = req.info.version;
  if (swagger) info.title = req.info.title;

  const host = `${apiId}.execute-api.${req.region}.amazonaws.com`;
  const endpointExtension = (): Json | undefined => {
    const e: Json = {};
    if (snap.api.endpointConfiguration?.vpcEndpointIds?.length) e.vpcEndpointIds = snap.api.endpointConfiguration.vpcEndpointIds;
    if (snap.api.disableExecuteApiEndpoint) e.disableExecuteApiEndpoint = true;
    return Object.keys(e).length ? e : undefined;
  };

  let out: Json;
  if (swagger) {
    out = { swagger: '2.0', info, host, basePath: `/${req.stageName}`, schemes: ['https'], paths };
    if (nonEmpty(schemes)) out.securityDefinitions = schemes;
    if (nonEmpty(definitions)) out.definitions = definitions;
  } else {
    const server: Json = { url: `https://${host}/{basePath}`, variables: { basePath: { default: req.stageName } } };
    const endpoint = withApiGateway ? endpointExtension() : undefined;
    if (endpoint) server['x-amazon-apigateway-endpoint-configuration'] = endpoint;
    const components: Json = {};
    if (nonEmpty(definitions)) components.schemas = definitions;
    if (nonEmpty(schemes)) components.securitySchemes = schemes;
    out = { openapi: '3.0.1', info, servers: [server], paths, components };
  }

  if (withApiGateway) {
    const api = snap.api;
    if (doc) {
      const d: Json = { version: doc.version };
      if (doc.createdDate) d.createdDate = doc.createdDate;
      d.documentationParts = doc.parts;
      out['x-amazon-apigateway-documentation'] = d;
    }
    if (snap.gatewayResponses.length) {
      const responses: Json = {};
      for (const g of [...snap.gatewayResponses].sort((a, b) => String(a.responseType).localeCompare(String(b.responseType)))) {
        const r: Json = {};
        if (g.statusCode) r.statusCode = g.statusCode;
        if (nonEmpty(g.responseParameters)) r.responseParameters = g.responseParameters;
        if (nonEmpty(g.responseTemplates)) r.responseTemplates = g.responseTemplates;
        responses[String(g.responseType)] = r;
      }
      out['x-amazon-apigateway-gateway-responses'] = responses;
    }
    if (snap.requestValidators.length) {
      out['x-amazon-apigateway-request-validators'] = Object.fromEntries(snap.requestValidators.map((v) => [
        v.name ?? v.id, { validateRequestBody: v.validateRequestBody, validateRequestParameters: v.validateRequestParameters },
      ]));
    }
    if (api.binaryMediaTypes?.length) out['x-amazon-apigateway-binary-media-types'] = api.binaryMediaTypes;
    if (api.apiKeySource && api.apiKeySource !== 'HEADER') out['x-amazon-apigateway-api-key-source'] = api.apiKeySource;
    if (api.minimumCompressionSize !== undefined && api.minimumCompressionSize !== null) out['x-amazon-apigateway-minimum-compression-size'] = api.minimumCompressionSize;
    if (api.policy) {
      let policy: unknown = api.policy;
      try { policy = JSON.parse(api.policy); } catch { /* exported as the text it is */ }
      out['x-amazon-apigateway-policy'] = policy;
    }
    if (swagger) {
      const endpoint = endpointExtension();
      if (endpoint) out['x-amazon-apigateway-endpoint-configuration'] = endpoint;
    }
  }
  return out;
}
