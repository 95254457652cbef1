/**
 * One method as an OpenAPI operation (export-document.ts's header says which shapes AWS exports):
 * documentation, operationId, consumes/produces, parameters or requestBody, responses, security,
 * and the extensions asked for.
 */
import { badRequest } from '../errors.js';
import type { Authorizer } from '../../../domain/authorizer.js';
import type { DeploymentSnapshot } from '../../../domain/deployment.js';
import type { Integration } from '../../../domain/integration.js';
import type { Method } from '../../../domain/method.js';
import type { Resource } from '../../../domain/resource.js';
import type { ExportDocumentation, Json } from './export-types.js';

export const nonEmpty = (o: Record<string, unknown> | undefined): boolean => !!o && Object.keys(o).length > 0;
const unique = (xs: string[]): string[] => [...new Set(xs)];

/** AWS's default integration timeout (SVC Integration.timeoutInMillis); not exported when unchanged. */
const DEFAULT_TIMEOUT = 29000;

/** JSON bodies: `application/json` and `…+json` (DG:api-gateway-export-api: models must be application/json). */
export const isJsonType = (ct: string): boolean => {
  const t = ct.split(';')[0].trim().toLowerCase();
  return t === 'application/json' || /^application\/[^/]+\+json$/.test(t);
};

const PARAM = /^method\.request\.(path|querystring|multivaluequerystring|header|multivalueheader)\.(.+)$/;
const IN: Record<string, string> = {
  path: 'path',
  querystring: 'query',
  multivaluequerystring: 'query',
  header: 'header',
  multivalueheader: 'header',
};

interface Param {
  name: string;
  in: string;
  required: boolean;
}

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
export const pathVariables = (path: string): string[] => [...path.matchAll(/\{([^}+]+)\+?\}/g)].map((m) => m[1]);

const sortCodes = <T>(o: Record<string, T> | undefined): [string, T][] => Object.entries(o ?? {}).sort(([a], [b]) => a.localeCompare(b));

/** Response header names from `method.response.header.X` keys. */
const responseHeaders = (params: Record<string, unknown> | undefined): string[] =>
  Object.keys(params ?? {})
    .map((k) => /^method\.response\.header\.(.+)$/.exec(k)?.[1])
    .filter((x): x is string => !!x);

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
 * "using the auth helper"; sample AWS exports in postmanlabs/swagger2-to-postman test/pipeline/
 * swagger_aws_2.json). What AWS writes for extensions=postman is not recorded beyond that.
 */
function postmanMeta(region: string): Json {
  return {
    currentHelper: 'awsSigV4',
    helperAttributes: {
      accessKey: '{{aws_access_key_id}}',
      secretKey: '{{aws_secret_access_key}}',
      region,
      service: 'execute-api',
      saveHelper: true,
    },
  };
}

export const SIGV4 = 'sigv4';
export const API_KEY = 'api_key';

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

/** Documentation properties AWS maps onto OpenAPI fields (DG:api-gateway-documenting-api-content-representation). */
export function docFor(doc: ExportDocumentation | undefined, match: (loc: Record<string, unknown>) => boolean): Json | undefined {
  return doc?.parts.find((p) => match(p.location))?.properties;
}

/** What every operation of one export shares, and what the operations use (for the security schemes). */
export interface OperationContext {
  swagger: boolean;
  region: string;
  doc?: ExportDocumentation;
  authorizers: Map<string, Authorizer>;
  validators: Map<string, DeploymentSnapshot['requestValidators'][number]>;
  withIntegrations: boolean;
  withApiGateway: boolean;
  withPostman: boolean;
  modelRef: (name: string) => Json;
  usesApiKey: boolean;
  usesIam: boolean;
  usedAuthorizers: Set<string>;
}

export function exportOperation(cx: OperationContext, resource: Resource, verb: string, m: Method): Json {
  const op: Json = {};
  const mdoc = docFor(cx.doc, (l) => l.type === 'METHOD' && l.path === resource.path && l.method === verb);
  if (typeof mdoc?.tags === 'object') op.tags = mdoc.tags;
  if (typeof mdoc?.summary === 'string') op.summary = mdoc.summary;
  if (typeof mdoc?.description === 'string') op.description = mdoc.description;
  if (m.operationName) op.operationId = m.operationName;
  const body = jsonRequestModel(resource, verb, m);
  const { responses, modelTypes } = operationResponses(cx, resource, verb, m);
  if (cx.swagger) addSwaggerRequest(cx, op, resource, verb, m, body, producesOf(m, modelTypes));
  else addOas3Request(cx, op, resource, verb, m, body);
  op.responses = responses;
  addSecurity(cx, op, m);
  if (cx.withApiGateway && m.requestValidatorId) {
    const v = cx.validators.get(m.requestValidatorId);
    if (v) op['x-amazon-apigateway-request-validator'] = v.name ?? v.id;
  }
  if (cx.withIntegrations && m.methodIntegration) op['x-amazon-apigateway-integration'] = integrationExtension(m.methodIntegration, resource.id);
  if (cx.withPostman && m.authorizationType === 'AWS_IAM') op['x-postman-meta'] = postmanMeta(cx.region);
  return op;
}

/** A documented parameter's description (a part for this method, for every method, or for none). */
function paramDoc(cx: OperationContext, resource: Resource, verb: string, p: Param): string | undefined {
  const type = p.in === 'path' ? 'PATH_PARAMETER' : p.in === 'query' ? 'QUERY_PARAMETER' : 'REQUEST_HEADER';
  const d = docFor(
    cx.doc,
    (l) => l.type === type && l.path === resource.path && (l.method === verb || l.method === '*' || l.method === undefined) && l.name === p.name,
  );
  return typeof d?.description === 'string' ? d.description : undefined;
}

/** Method responses by status code, and the content types of their models. */
function operationResponses(cx: OperationContext, resource: Resource, verb: string, m: Method): { responses: Json; modelTypes: string[] } {
  const responses: Json = {};
  const modelTypes: string[] = [];
  for (const [code, r] of sortCodes(m.methodResponses)) {
    const resp: Json = { description: `${code} response` };
    const rdoc = docFor(cx.doc, (l) => l.type === 'RESPONSE' && l.path === resource.path && l.method === verb && l.statusCode === code);
    if (typeof rdoc?.description === 'string') resp.description = rdoc.description;
    const models = Object.entries(r.responseModels ?? {});
    modelTypes.push(...models.map(([ct]) => ct));
    const headers = responseHeaders(r.responseParameters);
    if (cx.swagger) {
      const chosen = models.find(([ct]) => isJsonType(ct)) ?? models[0];
      if (chosen) resp.schema = cx.modelRef(chosen[1]);
      if (headers.length) resp.headers = Object.fromEntries(headers.map((h) => [h, { type: 'string' }]));
    } else {
      if (headers.length) resp.headers = Object.fromEntries(headers.map((h) => [h, { schema: { type: 'string' } }]));
      resp.content = Object.fromEntries(models.map(([ct, name]) => [ct, { schema: cx.modelRef(name) }]));
    }
    responses[code] = resp;
  }
  return { responses, modelTypes };
}

/**
 * Swagger 2.0 `produces`: the response models' content types; a method without models lists its
 * templates' types (rec: test_apigateway_extended.py::test_export_swagger_openapi[TEST_IMPORT_PETSTORE_SWAGGER]
 * [get-export]: the MOCK GET / has `consumes: [application/json]`, `produces: [text/html]` from its templates).
 * Not both: an import gives the one body (or response) schema to every type listed, so a template's type
 * listed beside a model's would come back as a second model, and the next export would differ (an OpenAPI 3
 * export gaining `application/xml` content after a round trip through Swagger 2.0).
 */
function producesOf(m: Method, modelTypes: string[]): string[] {
  const produces: string[] = [...modelTypes];
  if (!modelTypes.length) for (const [, ir] of sortCodes(m.methodIntegration?.integrationResponses)) produces.push(...Object.keys(ir.responseTemplates ?? {}));
  return produces;
}

/** Swagger 2.0: `consumes` (as `produces`, models else templates), `produces`, parameters with the body one. */
function addSwaggerRequest(
  cx: OperationContext,
  op: Json,
  resource: Resource,
  verb: string,
  m: Method,
  body: [string, string] | undefined,
  produces: string[],
): void {
  const requestModelTypes = Object.keys(m.requestModels ?? {});
  const consumes = unique(requestModelTypes.length ? requestModelTypes : Object.keys(m.methodIntegration?.requestTemplates ?? {}));
  if (consumes.length) op.consumes = consumes;
  if (produces.length) op.produces = unique(produces);
  const parameters: Json[] = methodParams(resource, m).map((p) => {
    const d = paramDoc(cx, resource, verb, p);
    return { name: p.name, in: p.in, required: p.required, type: 'string', ...(d ? { description: d } : {}) };
  });
  if (body) parameters.push({ in: 'body', name: body[1], required: true, schema: cx.modelRef(body[1]) });
  if (parameters.length) op.parameters = parameters;
}

/** OpenAPI 3: parameters, and the request models as `requestBody`. */
function addOas3Request(cx: OperationContext, op: Json, resource: Resource, verb: string, m: Method, body: [string, string] | undefined): void {
  const parameters: Json[] = methodParams(resource, m).map((p) => {
    const d = paramDoc(cx, resource, verb, p);
    return {
      name: p.name,
      in: p.in,
      ...(p.required ? { required: true } : {}),
      ...(d ? { description: d } : {}),
      schema: { type: 'string' },
    };
  });
  if (parameters.length) op.parameters = parameters;
  if (body) {
    op.requestBody = {
      content: Object.fromEntries(Object.entries(m.requestModels ?? {}).map(([ct, name]) => [ct, { schema: cx.modelRef(name) }])),
      required: true,
    };
  }
}

/** The method's security requirements; what it uses is noted for the document's security schemes. */
function addSecurity(cx: OperationContext, op: Json, m: Method): void {
  const security = methodSecurity(m, cx.authorizers);
  if (security.length) op.security = security;
  if (m.apiKeyRequired) cx.usesApiKey = true;
  if (m.authorizationType === 'AWS_IAM') cx.usesIam = true;
  if (m.authorizerId && (m.authorizationType === 'CUSTOM' || m.authorizationType === 'COGNITO_USER_POOLS')) cx.usedAuthorizers.add(m.authorizerId);
}
