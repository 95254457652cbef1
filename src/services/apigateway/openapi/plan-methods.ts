/**
 * An OpenAPI operation → a method of the plan: request parameters and models, method responses,
 * authorization, request validator and integration (plan.ts's header says what AWS does and where
 * that is recorded).
 */
import type { MethodResponse } from '../../../domain/method.js';
import { parameterNameProblem } from './checks.js';
import { EXT } from './extensions.js';
import { deref, isObject, type Json, type OasVersion } from './parse.js';
import { buildIntegration } from './plan-integrations.js';
import type { Plan, PlanMethod, SchemeInfo } from './plan-types.js';
import { str, strList } from './plan-values.js';

export interface MethodContext {
  doc: Json;
  version: OasVersion;
  plan: Plan;
  schemes: Map<string, SchemeInfo>;
  validatorNames: Set<string>;
  defaultValidator?: string;
  modelFor: (schema: unknown, contentType: string) => string | undefined;
  /** The importing account: PutIntegration's pass-role rule names it. */
  accountId: string;
}

interface Authorization {
  authorizationType: string;
  authorizerName?: string;
  apiKeyRequired: boolean;
  authorizationScopes?: string[];
}

export function buildMethod(mc: MethodContext, verb: string, op: Json, item: Json, fullPath: string, pathVars: string[]): PlanMethod | undefined {
  const { plan } = mc;
  const methodError = (text: string): undefined => {
    // Recorded form: "Unable to put method 'GET' on resource at path '/course_terms': …".
    plan.errors.push(`Unable to put method '${verb}' on resource at path '${fullPath}': ${text}`);
    return undefined;
  };
  const requestModels: Record<string, string> = {};
  const requestParameters = methodRequestParameters(mc, op, item, pathVars, requestModels);
  if (typeof requestParameters === 'string') return methodError(requestParameters);
  if (mc.version === 'oas3') addRequestBodyModels(mc, op, requestModels);
  const methodResponses = methodResponsesOf(mc, op);
  const { authorizationType, authorizerName, apiKeyRequired, authorizationScopes } = authorizationOf(mc, op);
  const method: PlanMethod = {
    httpMethod: verb,
    authorizationType,
    authorizerName,
    apiKeyRequired,
    validatorName: requestValidatorOf(mc, op),
    operationName: str(op.operationId),
    requestParameters: Object.keys(requestParameters).length ? requestParameters : undefined,
    requestModels: Object.keys(requestModels).length ? requestModels : undefined,
    methodResponses: Object.keys(methodResponses).length ? methodResponses : undefined,
    authorizationScopes,
  };
  if (isObject(op[EXT.integration])) {
    const integration = buildIntegration(plan, op[EXT.integration] as Json, verb, fullPath, method, mc.accountId);
    if (integration) method.methodIntegration = integration;
  }
  for (const k of Object.keys(method) as (keyof PlanMethod)[]) if (method[k] === undefined) delete method[k];
  return method;
}

/**
 * `method.request.{path|querystring|header}.{name}` → required; a Swagger body parameter's models
 * go into `requestModels`. A problem's text instead when a name is bad or not unique.
 */
function methodRequestParameters(
  mc: MethodContext,
  op: Json,
  item: Json,
  pathVars: string[],
  requestModels: Record<string, string>,
): Record<string, boolean> | string {
  const { doc, version } = mc;
  const requestParameters: Record<string, boolean> = {};
  for (const v of pathVars) requestParameters[`method.request.path.${v}`] = true;
  for (const p of operationParameters(doc, op, item).values()) {
    const name = p.name as string;
    const where = p.in === 'query' ? 'querystring' : p.in === 'header' ? 'header' : undefined;
    if (where) {
      const problem = parameterNameProblem(name);
      if (problem) return problem;
      requestParameters[`method.request.${where}.${name}`] = p.required === true;
    } else if (p.in === 'body' && version === 'swagger2') {
      const types = strList(op.consumes) ?? strList(doc.consumes) ?? ['application/json'];
      addModels(mc, p.schema, types, requestModels);
    }
  }
  // PutMethod's rule and recorded text (methods.ts checkRequestParameters).
  const seen = new Set<string>();
  for (const key of Object.keys(requestParameters)) {
    const [, where, name] = /^method\.request\.([a-z]+)\.(.*)$/.exec(key)!;
    const n = where === 'header' ? name.toLowerCase() : name;
    if (seen.has(n)) return 'Parameter names must be unique across querystring, header and path';
    seen.add(n);
  }
  return requestParameters;
}

/** Parameters: the path item's, overridden by the operation's (same name and location). */
function operationParameters(doc: Json, op: Json, item: Json): Map<string, Json> {
  const params = new Map<string, Json>();
  for (const list of [item.parameters, op.parameters]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const p = deref(doc, raw);
      if (p && typeof p.name === 'string' && typeof p.in === 'string') params.set(`${p.in}:${p.name}`, p);
    }
  }
  return params;
}

/** A Swagger schema's model for each content type it is consumed or produced as (none listed: JSON). */
function addModels(mc: MethodContext, schema: unknown, types: string[], models: Record<string, string>): void {
  for (const t of types.length ? types : ['application/json']) {
    const model = mc.modelFor(schema, t);
    if (model) models[t] = model;
  }
}

/** OpenAPI 3's `content`: a model for each media type with a schema. */
function addContentModels(mc: MethodContext, content: Json, models: Record<string, string>): void {
  for (const [type, media] of Object.entries(content)) {
    if (!isObject(media) || media.schema === undefined) continue;
    const model = mc.modelFor(media.schema, type);
    if (model) models[type] = model;
  }
}

function addRequestBodyModels(mc: MethodContext, op: Json, requestModels: Record<string, string>): void {
  const body = deref(mc.doc, op.requestBody);
  if (body && isObject(body.content)) addContentModels(mc, body.content, requestModels);
}

/** Responses with a status code → method responses (headers → response parameters, schemas → models). */
function methodResponsesOf(mc: MethodContext, op: Json): Record<string, MethodResponse> {
  const { doc, version } = mc;
  const methodResponses: Record<string, MethodResponse> = {};
  if (!isObject(op.responses)) return methodResponses;
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
      if (r.schema !== undefined) addModels(mc, r.schema, strList(op.produces) ?? strList(doc.produces) ?? ['application/json'], models);
    } else if (isObject(r.content)) addContentModels(mc, r.content, models);
    if (Object.keys(models).length) mr.responseModels = models;
    methodResponses[code] = mr;
  }
  return methodResponses;
}

/** `security` of the operation, else of the document; `x-amazon-apigateway-auth` overrides. */
function authorizationOf(mc: MethodContext, op: Json): Authorization {
  const { doc, plan } = mc;
  const a: Authorization = { authorizationType: 'NONE', apiKeyRequired: false };
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
      if (s.kind === 'apikey') a.apiKeyRequired = true;
      else if (s.kind === 'iam') a.authorizationType = 'AWS_IAM';
      else if (s.kind === 'authorizer') {
        a.authorizationType = s.authorizerType === 'COGNITO_USER_POOLS' ? 'COGNITO_USER_POOLS' : 'CUSTOM';
        a.authorizerName = scheme;
        const list = strList(scopes);
        if (s.authorizerType === 'COGNITO_USER_POOLS' && list?.length) a.authorizationScopes = list;
      }
    }
  }
  const auth = op[EXT.auth];
  if (isObject(auth) && typeof auth.type === 'string') {
    const t = auth.type.toUpperCase();
    if (t === 'AWS_IAM' || t === 'NONE') {
      a.authorizationType = t;
      a.authorizerName = undefined;
      a.authorizationScopes = undefined;
    }
  }
  if (a.authorizerName && !plan.authorizers.some((x) => x.name === a.authorizerName)) {
    // The scheme's authorizer failed its checks (already reported as an error).
    a.authorizerName = undefined;
    a.authorizationType = 'NONE';
  }
  return a;
}

/** The operation's request validator, else the document's default. */
function requestValidatorOf(mc: MethodContext, op: Json): string | undefined {
  const validatorName = str(op[EXT.requestValidator]) ?? mc.defaultValidator;
  if (validatorName !== undefined && !mc.validatorNames.has(validatorName)) {
    // Not recorded; the form of the recorded model warning.
    mc.plan.warnings.push(`Reference to request validator '${validatorName}' not found. Ignoring.`);
    return undefined;
  }
  return validatorName;
}
