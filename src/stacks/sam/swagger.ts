/**
 * Edits of an API's Swagger/OpenAPI body, as the SAM translator's SwaggerEditor makes them
 * (https://github.com/aws/serverless-application-model/blob/develop/samtranslator/swagger/swagger.py): Lambda
 * proxy integrations for Api events, the CORS preflight method, authorizers and API keys as security
 * definitions and per-method security, request models and validators, gateway responses, models.
 * The shapes (keys, texts, quoting) are those of the translator's output fixtures (test/stacks/sam/).
 */
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export const ANY_METHOD = 'x-amazon-apigateway-any-method';
const INTEGRATION = 'x-amazon-apigateway-integration';
/** Keys of a path item that are not methods. */
const NOT_METHODS = new Set(['summary', 'description', 'parameters', 'servers', '$ref']);
const ALL_METHODS = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT'];

export const normalizeMethod = (m: string): string => (m.toLowerCase() === 'any' ? ANY_METHOD : m.toLowerCase());

/** A swagger with nothing but its header: what SAM starts from when it manages an API's body. */
export const skeleton = (): Json => ({ swagger: '2.0', info: { version: '1.0', title: { Ref: 'AWS::StackName' } }, paths: {} });

export const isSwaggerDoc = (doc: unknown): doc is Json =>
  isObject(doc) && isObject(doc.paths) && (Boolean(doc.swagger) || (typeof doc.openapi === 'string' && /^3(\.\d)(\.\d)?$/.test(doc.openapi)));

function pathItem(doc: Json, path: string): Json | undefined {
  const paths = doc.paths as Json;
  return isObject(paths[path]) ? paths[path] : undefined;
}

export function hasIntegration(doc: Json, path: string, method: string): boolean {
  const m = pathItem(doc, path)?.[normalizeMethod(method)];
  return isObject(m) && m[INTEGRATION] !== undefined;
}

/** What API Gateway's integration `credentials` says for an AWS_IAM method: the caller's own, a role, or none. */
export function iamCredentials(methodAuth: Json, apiAuth: Json): unknown {
  const iamMethod = methodAuth.Authorizer === 'AWS_IAM' || (apiAuth.DefaultAuthorizer === 'AWS_IAM' && Object.keys(methodAuth).length === 0);
  if (!iamMethod) return undefined;
  const role = 'InvokeRole' in methodAuth ? (methodAuth.InvokeRole ?? 'NONE') : 'InvokeRole' in apiAuth ? (apiAuth.InvokeRole ?? 'NONE') : 'CALLER_CREDENTIALS';
  if (role === 'NONE') return undefined;
  return role === 'CALLER_CREDENTIALS' ? 'arn:aws:iam::*:user/*' : role;
}

export function addLambdaIntegration(doc: Json, path: string, method: string, uri: unknown, extra: Json = {}): void {
  const paths = doc.paths as Json;
  const item = (paths[path] = pathItem(doc, path) ?? {});
  const name = normalizeMethod(method);
  const def = (item[name] = isObject(item[name]) ? item[name] : {});
  def[INTEGRATION] = { type: 'aws_proxy', httpMethod: 'POST', uri, ...extra };
  if (def.responses === undefined) def.responses = {};
}

/** The methods of a path that have an API Gateway integration (what SAM's defaults apply to). */
export function methodsWithIntegration(doc: Json, path: string): [string, Json][] {
  const item = pathItem(doc, path);
  if (!item) return [];
  return Object.entries(item).filter((e): e is [string, Json] => !NOT_METHODS.has(e[0]) && isObject(e[1]) && e[1][INTEGRATION] !== undefined);
}

function methodDef(doc: Json, path: string, method: string): Json | undefined {
  const m = pathItem(doc, path)?.[normalizeMethod(method)];
  return isObject(m) ? m : undefined;
}

export interface CorsSettings {
  AllowOrigin: unknown;
  AllowHeaders?: unknown;
  AllowMethods?: unknown;
  MaxAge?: unknown;
  AllowCredentials?: unknown;
}

/** Adds the OPTIONS mock method answering the preflight, unless the path has one. */
export function addCors(doc: Json, path: string, cors: CorsSettings): void {
  const item = pathItem(doc, path);
  if (!item || item.options !== undefined) return;
  let methods = cors.AllowMethods;
  if (!methods) {
    const names = Object.keys(item).filter((k) => !NOT_METHODS.has(k));
    const set = names.includes(ANY_METHOD) ? ALL_METHODS : [...new Set([...names, 'options'].map((m) => m.toUpperCase()))].sort();
    methods = `'${set.join(',')}'`;
  }
  const parameters: Json = { 'method.response.header.Access-Control-Allow-Origin': cors.AllowOrigin };
  const headers: Json = { 'Access-Control-Allow-Origin': { type: 'string' } };
  const add = (name: string, value: unknown, type = 'string'): void => {
    parameters[`method.response.header.${name}`] = value;
    headers[name] = { type };
  };
  if (cors.AllowHeaders) add('Access-Control-Allow-Headers', cors.AllowHeaders);
  add('Access-Control-Allow-Methods', methods);
  if (cors.MaxAge !== undefined && cors.MaxAge !== null) add('Access-Control-Max-Age', cors.MaxAge, 'integer');
  if (cors.AllowCredentials === true) add('Access-Control-Allow-Credentials', "'true'");
  item.options = {
    summary: 'CORS support',
    consumes: ['application/json'],
    produces: ['application/json'],
    [INTEGRATION]: {
      type: 'mock',
      requestTemplates: { 'application/json': '{\n  "statusCode" : 200\n}\n' },
      responses: { default: { statusCode: '200', responseParameters: parameters, responseTemplates: { 'application/json': '{}\n' } } },
    },
    responses: { '200': { description: 'Default response for CORS method', headers } },
  };
}

function securityDefinitions(doc: Json): Json {
  if (!isObject(doc.securityDefinitions)) doc.securityDefinitions = {};
  return doc.securityDefinitions as Json;
}

export function addSecurityDefinitions(doc: Json, definitions: Json): void {
  Object.assign(securityDefinitions(doc), definitions);
}

export function addApiKeyDefinition(doc: Json): void {
  const defs = securityDefinitions(doc);
  if (defs.api_key === undefined) defs.api_key = { type: 'apiKey', name: 'x-api-key', in: 'header' };
}

function addAwsIamDefinition(doc: Json): void {
  const defs = securityDefinitions(doc);
  if (defs.AWS_IAM === undefined) defs.AWS_IAM = { 'x-amazon-apigateway-authtype': 'awsSigv4', type: 'apiKey', name: 'Authorization', in: 'header' };
}

const securityOf = (def: Json): Json[] => (Array.isArray(def.security) ? (def.security as Json[]) : []);

/** An event's Auth on its method: the authorizer (or NONE) and ApiKeyRequired, as markers the API's defaults read. */
export function addMethodAuth(doc: Json, path: string, method: string, auth: Json, authorizers: Json | undefined): void {
  const def = methodDef(doc, path, method);
  if (!def) return;
  const name = auth.Authorizer;
  if (typeof name === 'string') {
    const configured = isObject(authorizers?.[name]) ? authorizers[name] : undefined;
    const scopes = auth.AuthorizationScopes ?? configured?.AuthorizationScopes;
    def.security = [...securityOf(def), { [name]: name !== 'NONE' && configured && scopes !== undefined ? scopes : [] }];
    if (name === 'AWS_IAM') addAwsIamDefinition(doc);
  }
  if (auth.ApiKeyRequired !== undefined && auth.ApiKeyRequired !== null) {
    if (auth.ApiKeyRequired) addApiKeyDefinition(doc);
    def.security = [...securityOf(def), { [auth.ApiKeyRequired ? 'api_key' : 'api_key_false']: [] }];
  }
}

/** DefaultAuthorizer on every integrated method of the path, unless the method names its own or NONE. */
export function setDefaultAuthorizer(doc: Json, path: string, name: string, authorizers: Json, scopesOf: (n: string) => unknown, preflight: boolean): void {
  const names = new Set(['AWS_IAM', ...Object.keys(authorizers)]);
  for (const [method, def] of methodsWithIntegration(doc, path)) {
    if (!preflight && method === 'options') continue;
    const existing = securityOf(def);
    const others = existing.filter((s) => !Object.keys(s).some((k) => names.has(k)));
    const own = existing.filter((s) => Object.keys(s).some((k) => names.has(k)));
    const none = others.findIndex((s) => 'NONE' in s);
    let chosen: Json[] = [];
    if (none >= 0) others.splice(none, 1);
    else chosen = own.length > 0 ? own : [{ [name]: scopesOf(name) }];
    const security = [...others, ...chosen];
    if (security.length > 0) {
      def.security = security;
      if ('AWS_IAM' in security[0]) addAwsIamDefinition(doc);
    }
  }
}

/** ApiKeyRequired on every integrated method of the path, unless the method said false. */
export function setDefaultApiKey(doc: Json, path: string, preflight: boolean): void {
  for (const [method, def] of methodsWithIntegration(doc, path)) {
    const existing = securityOf(def);
    const others = existing.filter((s) => !('api_key' in s || 'api_key_false' in s));
    const keys = existing.filter((s) => 'api_key' in s || 'api_key_false' in s);
    const off = keys.some((s) => 'api_key_false' in s);
    let security = off ? others : [...others, { api_key: [] }];
    if (method === 'options' && !preflight) security = others;
    if (JSON.stringify(security) !== JSON.stringify(existing)) def.security = security;
  }
}

export function addRequestModel(doc: Json, path: string, method: string, model: Json): void {
  const def = methodDef(doc, path, method);
  if (!def || typeof model.Model !== 'string') return;
  const name = model.Model.toLowerCase();
  if (doc.swagger !== undefined) {
    const parameter: Json = { in: 'body', name, schema: { $ref: `#/definitions/${name}` } };
    if (model.Required !== undefined) parameter.required = model.Required;
    def.parameters = [...(Array.isArray(def.parameters) ? (def.parameters as unknown[]) : []), parameter];
  } else {
    def.requestBody = { content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } };
    if (model.Required !== undefined) (def.requestBody as Json).required = model.Required;
  }
}

export function addRequestValidator(doc: Json, path: string, method: string, body: boolean, parameters: boolean): void {
  const name = body && parameters ? 'body-and-params' : body ? 'body-only' : parameters ? 'params-only' : 'no-validation';
  const validators = (doc['x-amazon-apigateway-request-validators'] = isObject(doc['x-amazon-apigateway-request-validators'])
    ? doc['x-amazon-apigateway-request-validators']
    : {});
  if (!validators[name]) validators[name] = { validateRequestBody: body, validateRequestParameters: parameters };
  const def = methodDef(doc, path, method);
  if (def) def['x-amazon-apigateway-request-validator'] = name;
}

/** An event's RequestParameters as method parameters; cached ones as the integration's cacheKeyParameters (SwaggerEditor.add_request_parameters_to_method). */
export function addRequestParameters(doc: Json, path: string, method: string, parameters: { Name: string; Required: unknown; Caching: unknown }[]): void {
  const def = methodDef(doc, path, method);
  if (!def) return;
  const list = Array.isArray(def.parameters) ? (def.parameters as unknown[]) : [];
  for (const p of parameters) {
    const [where, name] = p.Name.replace('method.request.', '').split(/\.(.*)/s);
    list.push({ in: where === 'querystring' ? 'query' : where, name, required: p.Required, type: 'string' });
    const integration = def[INTEGRATION];
    if (p.Caching && isObject(integration))
      integration.cacheKeyParameters = [...(Array.isArray(integration.cacheKeyParameters) ? (integration.cacheKeyParameters as unknown[]) : []), p.Name];
  }
  def.parameters = list;
}
