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
import type { Authorizer } from '../../../domain/authorizer.js';
import type { DeploymentSnapshot } from '../../../domain/deployment.js';
import type { Model } from '../../../domain/model.js';
import { API_KEY, docFor, exportOperation, nonEmpty, SIGV4, type OperationContext } from './export-operation.js';
import type { ExportRequest, ExportType, Json } from './export-types.js';

export const EXPORT_TYPES: readonly ExportType[] = ['swagger', 'oas30'];

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The order methods appear in under a path (AWS's recorded export: get, post, options). */
const VERB_ORDER = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'ANY'];
/** OpenAPI has no ANY; AWS writes it as this extension (DG:api-gateway-swagger-extensions-any-method). */
export const ANY_METHOD = 'x-amazon-apigateway-any-method';

/** `https://apigateway.amazonaws.com/restapis/{api}/models/{name}[#fragment]` (models.ts `modelUrl`). */
const MODEL_REF = /^https:\/\/apigateway\.amazonaws\.com\/restapis\/([^/]+)\/models\/([^/#]+)(#.*)?$/;
const decode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/**
 * A model's schema as a definition: `$schema` dropped, references to the API's other models
 * (their URLs) rewritten to local refs under `base` (`#/definitions` or `#/components/schemas`), and
 * a model's pointers into its own document (`#/...`) re-rooted at its definition.
 */
export function modelDefinition(model: Model, apiId: string, base: string): unknown {
  let schema: unknown;
  try {
    schema = JSON.parse(model.schema ?? '{}');
  } catch {
    schema = {};
  }
  if (isObject(schema)) delete schema.$schema;
  const own = `${base}/${model.name}`;
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      v.forEach(walk);
      return;
    }
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

/**
 * An authorizer as a security scheme: an apiKey scheme named after its header (REQUEST authorizers
 * read several sources and are named "Unused", as in AWS's examples, DG:api-gateway-swagger-
 * extensions-authorizer), with x-amazon-apigateway-authtype and -authorizer when asked for.
 */
function authorizerScheme(a: Authorizer, withExtension: boolean): Json {
  const type = String(a.type);
  const header = /^method\.request\.header\.(.+)$/.exec(String(a.identitySource ?? ''))?.[1];
  const scheme: Json = { type: 'apiKey', name: type === 'REQUEST' ? 'Unused' : (header ?? 'Authorization'), in: 'header' };
  if (!withExtension) return scheme;
  scheme['x-amazon-apigateway-authtype'] = a.authType;
  const ext: Json = { type: type.toLowerCase() };
  for (const k of [
    'authorizerUri',
    'authorizerCredentials',
    'identitySource',
    'identityValidationExpression',
    'authorizerResultTtlInSeconds',
    'providerARNs',
  ] as const) {
    if (k === 'identitySource' && type !== 'REQUEST') continue;
    if (a[k] !== undefined) ext[k] = a[k];
  }
  scheme['x-amazon-apigateway-authorizer'] = ext;
  return scheme;
}

export function buildExportDocument(snap: DeploymentSnapshot, req: ExportRequest): Json {
  const swagger = req.type === 'swagger';
  const ext = req.extensions;
  const withAuthorizers = ext.has('authorizers') || ext.has('apigateway');
  const withApiGateway = ext.has('apigateway');
  const refBase = swagger ? '#/definitions' : '#/components/schemas';
  const cx: OperationContext = {
    swagger,
    region: req.region,
    doc: req.documentation,
    authorizers: new Map(snap.authorizers.map((a) => [String(a.id), a])),
    validators: new Map(snap.requestValidators.map((v) => [v.id, v])),
    withIntegrations: ext.has('integrations') || ext.has('apigateway'),
    withApiGateway,
    withPostman: ext.has('postman'),
    modelRef: (name) => ({ $ref: `${refBase}/${name}` }),
    usesApiKey: false,
    usesIam: false,
    usedAuthorizers: new Set(),
  };
  const paths = exportPaths(cx, snap);
  const schemes = securitySchemes(cx, snap, withAuthorizers);
  const definitions = exportDefinitions(snap, req, refBase);
  const info = exportInfo(req, swagger);
  const host = `${snap.api.id}.execute-api.${req.region}.amazonaws.com`;
  let out: Json;
  if (swagger) {
    out = { swagger: '2.0', info, host, basePath: `/${req.stageName}`, schemes: ['https'], paths };
    if (nonEmpty(schemes)) out.securityDefinitions = schemes;
    if (nonEmpty(definitions)) out.definitions = definitions;
  } else {
    const server: Json = { url: `https://${host}/{basePath}`, variables: { basePath: { default: req.stageName } } };
    const endpoint = withApiGateway ? endpointExtension(snap) : undefined;
    if (endpoint) server['x-amazon-apigateway-endpoint-configuration'] = endpoint;
    const components: Json = {};
    if (nonEmpty(definitions)) components.schemas = definitions;
    if (nonEmpty(schemes)) components.securitySchemes = schemes;
    out = { openapi: '3.0.1', info, servers: [server], paths, components };
  }
  if (withApiGateway) addApiGatewayExtensions(out, snap, req, swagger);
  return out;
}

/** Resources with methods, by path; methods in AWS's order. */
function exportPaths(cx: OperationContext, snap: DeploymentSnapshot): Json {
  const paths: Json = {};
  for (const r of [...snap.resources].sort((a, b) => a.path.localeCompare(b.path))) {
    const verbs = Object.keys(r.resourceMethods ?? {}).sort((a, b) => VERB_ORDER.indexOf(a) - VERB_ORDER.indexOf(b));
    if (!verbs.length) continue;
    const item: Json = {};
    for (const verb of verbs) item[verb === 'ANY' ? ANY_METHOD : verb.toLowerCase()] = exportOperation(cx, r, verb, r.resourceMethods![verb]);
    paths[r.path] = item;
  }
  return paths;
}

/**
 * Security schemes: the API key and SigV4 ones when a method uses them; every authorizer (so that
 * an import recreates them all), its AWS extensions only when asked for.
 */
function securitySchemes(cx: OperationContext, snap: DeploymentSnapshot, withAuthorizers: boolean): Json {
  const schemes: Json = {};
  if (cx.usesApiKey) schemes[API_KEY] = { type: 'apiKey', name: 'x-api-key', in: 'header' };
  if (cx.usesIam) schemes[SIGV4] = { type: 'apiKey', name: 'Authorization', in: 'header', 'x-amazon-apigateway-authtype': 'awsSigv4' };
  for (const a of snap.authorizers) {
    if (withAuthorizers || cx.usedAuthorizers.has(String(a.id))) schemes[String(a.name)] = authorizerScheme(a, withAuthorizers);
  }
  return schemes;
}

/** The models as definitions, a documented model's description where its schema has none. */
function exportDefinitions(snap: DeploymentSnapshot, req: ExportRequest, refBase: string): Json {
  const definitions: Json = {};
  for (const m of snap.models) {
    const def = modelDefinition(m, snap.api.id, refBase);
    const mdoc = docFor(req.documentation, (l) => l.type === 'MODEL' && l.name === m.name);
    if (isObject(def) && typeof mdoc?.description === 'string' && def.description === undefined) def.description = mdoc.description;
    definitions[m.name] = def;
  }
  return definitions;
}

/** `info`, its keys in the order AWS exports them for each type. */
function exportInfo(req: ExportRequest, swagger: boolean): Json {
  const apiDoc = docFor(req.documentation, (l) => l.type === 'API');
  const info: Json = swagger ? {} : { title: req.info.title };
  const description = req.info.description ?? (typeof apiDoc?.description === 'string' ? apiDoc.description : undefined);
  if (description !== undefined) info.description = description;
  info.version = req.info.version;
  if (swagger) info.title = req.info.title;
  return info;
}

function endpointExtension(snap: DeploymentSnapshot): Json | undefined {
  const e: Json = {};
  if (snap.api.endpointConfiguration?.vpcEndpointIds?.length) e.vpcEndpointIds = snap.api.endpointConfiguration.vpcEndpointIds;
  if (snap.api.disableExecuteApiEndpoint) e.disableExecuteApiEndpoint = true;
  return Object.keys(e).length ? e : undefined;
}

/** extensions=apigateway: documentation, gateway responses, validators and the API-level settings. */
function addApiGatewayExtensions(out: Json, snap: DeploymentSnapshot, req: ExportRequest, swagger: boolean): void {
  const api = snap.api;
  const doc = req.documentation;
  if (doc) {
    const d: Json = { version: doc.version };
    if (doc.createdDate) d.createdDate = doc.createdDate;
    d.documentationParts = doc.parts;
    out['x-amazon-apigateway-documentation'] = d;
  }
  if (snap.gatewayResponses.length) out['x-amazon-apigateway-gateway-responses'] = gatewayResponsesExtension(snap);
  if (snap.requestValidators.length) {
    out['x-amazon-apigateway-request-validators'] = Object.fromEntries(
      snap.requestValidators.map((v) => [
        v.name ?? v.id,
        { validateRequestBody: v.validateRequestBody, validateRequestParameters: v.validateRequestParameters },
      ]),
    );
  }
  if (api.binaryMediaTypes?.length) out['x-amazon-apigateway-binary-media-types'] = api.binaryMediaTypes;
  if (api.apiKeySource && api.apiKeySource !== 'HEADER') out['x-amazon-apigateway-api-key-source'] = api.apiKeySource;
  if (api.minimumCompressionSize !== undefined && api.minimumCompressionSize !== null)
    out['x-amazon-apigateway-minimum-compression-size'] = api.minimumCompressionSize;
  if (api.policy) {
    let policy: unknown = api.policy;
    try {
      policy = JSON.parse(api.policy);
    } catch {
      /* exported as the text it is */
    }
    out['x-amazon-apigateway-policy'] = policy;
  }
  if (swagger) {
    const endpoint = endpointExtension(snap);
    if (endpoint) out['x-amazon-apigateway-endpoint-configuration'] = endpoint;
  }
}

function gatewayResponsesExtension(snap: DeploymentSnapshot): Json {
  const responses: Json = {};
  for (const g of [...snap.gatewayResponses].sort((a, b) => String(a.responseType).localeCompare(String(b.responseType)))) {
    const r: Json = {};
    if (g.statusCode) r.statusCode = g.statusCode;
    if (nonEmpty(g.responseParameters)) r.responseParameters = g.responseParameters;
    if (nonEmpty(g.responseTemplates)) r.responseTemplates = g.responseTemplates;
    responses[String(g.responseType)] = r;
  }
  return responses;
}
