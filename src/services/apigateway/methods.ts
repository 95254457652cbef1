/**
 * Methods and method responses. A method lives in its resource entity (`resourceMethods[VERB]`),
 * together with its integration (`methodIntegration`) and responses (`methodResponses`). Texts are
 * AWS's recorded ones (aws-behavior.md "Exact messages"; peer-localstack F57–F61, F68, F69).
 */
import { badRequest, conflict, notFound } from './errors.js';
import { applyPatch, onlyOps, patchBoolean, type PatchRule, type PatchTable } from './patch.js';
import type { StoreWriter } from '../../store/store.js';
import type { ControlContext, Handlers } from './context.js';
import { methodView } from './method-views.js';
import { getResource } from './resources.js';
import type { Resource } from '../../domain/resource.js';
import { mappingError, methodResponseProblems, refuseProblems } from './mapping-expressions.js';
import type { MethodResponse, Method } from '../../domain/method.js';
import { authorizers, models, requestValidators, resources } from './collections.js';

export const HTTP_METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'ANY'];
const AUTH_TYPES = ['NONE', 'AWS_IAM', 'CUSTOM', 'COGNITO_USER_POOLS'];
export const methodNotFound = (): Error => notFound('Invalid Method identifier specified');

export interface MethodAddress {
  restApiId: string;
  resourceId: string;
  httpMethod: string;
}

/** Loads the resource and its method inside a write, and saves the changed method back. */
export async function withMethod<T>(ctx: ControlContext, tx: StoreWriter, a: MethodAddress, fn: (m: Method, r: Resource) => Promise<T> | T): Promise<T> {
  const r = await getResource(tx, ctx, a.restApiId, a.resourceId);
  const m = r.resourceMethods?.[a.httpMethod];
  if (!m) throw methodNotFound();
  const copy = structuredClone(m);
  const out = await fn(copy, r);
  r.resourceMethods![a.httpMethod] = copy;
  await resources.in(tx, ctx.region, a.restApiId).update(r.id, r);
  return out;
}

async function checkAuthorizer(tx: StoreWriter, ctx: ControlContext, apiId: string, type: string, authorizerId: string | undefined): Promise<void> {
  if (type !== 'CUSTOM' && type !== 'COGNITO_USER_POOLS') return;
  if (!authorizerId || !(await authorizers.in(tx, ctx.region, apiId).has(authorizerId))) {
    throw badRequest('Invalid authorizer ID specified. Setting the authorization type to CUSTOM or COGNITO_USER_POOLS requires a valid authorizer.');
  }
}

async function checkValidator(tx: StoreWriter, ctx: ControlContext, apiId: string, id: string | undefined): Promise<void> {
  if (id && !(await requestValidators.in(tx, ctx.region, apiId).has(id))) {
    throw badRequest('Invalid Request Validator identifier specified');
  }
}

async function checkModels(tx: StoreWriter, ctx: ControlContext, apiId: string, byContentType: Record<string, string> | undefined): Promise<void> {
  for (const name of Object.values(byContentType ?? {})) {
    // A map's value may be JSON null (the protocol fuzz test sends it): no model has that name, on either store.
    if (typeof name !== 'string' || !(await models.in(tx, ctx.region, apiId).has(name))) throw badRequest(`Invalid model identifier specified: ${name}`);
  }
}

const REQUEST_PARAM = /^method\.request\.(path|querystring|multivaluequerystring|header|multivalueheader)\.([a-zA-Z0-9._$-]+)$/;

/** Names must be unique across querystring, header and path (recorded text). */
function checkRequestParameters(params: Record<string, boolean> | undefined): void {
  const seen = new Set<string>();
  for (const key of Object.keys(params ?? {})) {
    const m = REQUEST_PARAM.exec(key);
    // rec: test_apigateway_api.py::TestApigatewayIntegration::test_put_integration_request_parameter_bool_type [put-method-request-param-wrong-type]
    if (!m) throw mappingError([`Invalid mapping expression specified: ${key}`]);
    const name = m[1] === 'header' || m[1] === 'multivalueheader' ? m[2].toLowerCase() : m[2];
    if (seen.has(name)) throw badRequest('Parameter names must be unique across querystring, header and path');
    seen.add(name);
  }
}

function checkHttpMethod(m: string): void {
  if (!HTTP_METHODS.includes(m)) throw badRequest('Invalid HttpMethod specified. Valid options are GET,PUT,POST,DELETE,PATCH,OPTIONS,HEAD,ANY');
}

/**
 * The authorization type in AWS's case: it is taken in any case and kept upper-cased, by UpdateMethod as by
 * PutMethod (rec: test_apigateway_integrations.py::test_put_integration_responses [put-method-put]:
 * "none" comes back "NONE").
 */
function checkAuthType(t: string | undefined): string {
  const canonical = AUTH_TYPES.find((a) => a === (t ?? '').toUpperCase());
  // Not recorded; mirrors the HttpMethod text.
  if (!canonical) throw badRequest(`Invalid authorization type specified. Valid options are ${AUTH_TYPES.join(',')}`);
  return canonical;
}

/**
 * UpdateMethod's texts: an op a path does not take lists the ops it takes, and a path no rule knows is
 * named bare (rec: test_apigateway_api.py::TestApiGatewayApiMethod::test_update_method_validation
 * [unsupported-operation], [unsupported-path], [wrong-path-request-parameters]).
 */
const listingOps = <T>(rules: PatchRule<T>[]): PatchRule<T>[] => rules.map((r) => ({ ...r, badOp: onlyOps(r.ops) }));

const METHOD_PATCH: PatchTable<Method> = {
  rules: listingOps<Method>([
    {
      path: '/authorizationType',
      ops: ['replace'],
      apply: (m, op) => {
        m.authorizationType = checkAuthType(op.value ?? '');
      },
    },
    {
      path: '/authorizerId',
      ops: ['replace'],
      apply: (m, op) => {
        if (op.value) m.authorizerId = op.value;
        else delete m.authorizerId;
      },
    },
    {
      path: '/apiKeyRequired',
      ops: ['replace'],
      apply: (m, op) => {
        m.apiKeyRequired = patchBoolean(op.value);
      },
    },
    {
      path: '/operationName',
      ops: ['replace'],
      apply: (m, op) => {
        if (op.value) m.operationName = op.value;
        else delete m.operationName;
      },
    },
    // An empty validator id removes it (LocalStack's provider, matching AWS).
    {
      path: '/requestValidatorId',
      ops: ['replace'],
      apply: (m, op) => {
        if (op.value) m.requestValidatorId = op.value;
        else delete m.requestValidatorId;
      },
    },
    {
      path: '/authorizationScopes',
      ops: ['add', 'remove'],
      apply: (m, op) => {
        const scopes = (m.authorizationScopes ?? []).filter((s) => s !== op.value);
        if (op.op === 'add' && op.value) scopes.push(op.value);
        if (scopes.length) m.authorizationScopes = scopes;
        else delete m.authorizationScopes;
      },
    },
    {
      path: '/requestParameters/*',
      ops: ['add', 'replace', 'remove'],
      apply: (m, op, key) => {
        const params = { ...(m.requestParameters ?? {}) };
        if (op.op === 'remove') delete params[key];
        else params[key] = patchBoolean(op.value);
        checkRequestParameters(params);
        m.requestParameters = params;
      },
    },
    {
      path: '/requestModels/*',
      ops: ['add', 'replace', 'remove'],
      apply: (m, op, key) => {
        // A content type's "/" must come escaped as ~1 (rec: test_apigateway_api.py::TestApiGatewayApiMethod::test_update_method_validation [wrong-path-request-models]).
        if (op.path!.slice('/requestModels/'.length).includes('/')) throw badRequest(`Invalid patch path ${op.path}`);
        const models = { ...(m.requestModels ?? {}) };
        if (op.op === 'remove') delete models[key];
        else models[key] = op.value ?? '';
        m.requestModels = models;
      },
    },
  ]),
  unknownPath: (op) => `Invalid patch path ${op.path}`,
};

const responseNotFound = (): Error => notFound('Invalid Response status code specified');

const METHOD_RESPONSE_PATCH: PatchTable<MethodResponse> = {
  rules: [
    {
      path: '/responseParameters/*',
      ops: ['add', 'replace', 'remove'],
      apply: (r, op, key) => {
        const params = { ...(r.responseParameters ?? {}) };
        // Replace, like remove, needs the parameter there (rec: test_apigateway_api.py::TestApigatewayMethodResponse::test_update_method_wrong_param_names
        // [update-method-response-operation-with-wrong-param-name-1]).
        if (op.op !== 'add' && !(key in params)) throw notFound('Invalid parameter name specified');
        if (op.op === 'remove') delete params[key];
        else params[key] = patchBoolean(op.value);
        r.responseParameters = params;
      },
    },
    {
      path: '/responseModels/*',
      ops: ['add', 'replace', 'remove'],
      apply: (r, op, key) => {
        const models = { ...(r.responseModels ?? {}) };
        // (rec: test_apigateway_api.py::TestApigatewayMethodResponse::test_update_method_wrong_param_names [update-method-response-operation-with-wrong-param-name-3])
        if (op.op !== 'add' && !(key in models)) throw notFound('Content-Type specified was not found');
        if (op.op === 'remove') delete models[key];
        else models[key] = op.value ?? '';
        r.responseModels = models;
      },
    },
  ],
  // F69: "Invalid patch path /wrong/method.response.header.my-header".
  unknownPath: (op) => `Invalid patch path ${op.path}`,
};

const emptyToUndefined = <T extends object>(o: T | undefined): T | undefined => (o && Object.keys(o).length ? o : undefined);

export const methodHandlers: Handlers = {
  async PutMethod(input, ctx) {
    // AWS takes the type in any case and stores it upper-cased: "none" comes back "NONE"
    // (rec: test_apigateway_integrations.py::test_put_integration_responses [put-method-put]).
    input = { ...input, authorizationType: input.authorizationType?.toUpperCase() };
    const method = await ctx.store.write(async (tx) => {
      // The resource is looked up before the verb is checked (rec: test_apigateway_api.py::TestApiGatewayApiMethod::test_put_method_validation [wrong-api]).
      const r = await getResource(tx, ctx, input.restApiId, input.resourceId);
      checkHttpMethod(input.httpMethod);
      checkAuthType(input.authorizationType);
      await checkAuthorizer(tx, ctx, input.restApiId, input.authorizationType, input.authorizerId);
      await checkValidator(tx, ctx, input.restApiId, input.requestValidatorId);
      await checkModels(tx, ctx, input.restApiId, input.requestModels);
      checkRequestParameters(input.requestParameters);
      if (r.resourceMethods?.[input.httpMethod]) throw conflict('Method already exists for this resource');
      const m: Method = {
        httpMethod: input.httpMethod,
        authorizationType: input.authorizationType,
        authorizerId: input.authorizationType === 'CUSTOM' || input.authorizationType === 'COGNITO_USER_POOLS' ? input.authorizerId : undefined,
        apiKeyRequired: input.apiKeyRequired ?? false,
        requestValidatorId: input.requestValidatorId || undefined,
        operationName: input.operationName,
        requestParameters: emptyToUndefined(input.requestParameters),
        requestModels: emptyToUndefined(input.requestModels),
        authorizationScopes: input.authorizationScopes?.length ? input.authorizationScopes : undefined,
      };
      r.resourceMethods = { ...(r.resourceMethods ?? {}), [input.httpMethod]: m };
      await resources.in(tx, ctx.region, input.restApiId).update(r.id, r);
      return m;
    });
    return methodView(method);
  },

  async GetMethod(input, ctx) {
    const r = await getResource(ctx.store, ctx, input.restApiId, input.resourceId);
    const m = r.resourceMethods?.[input.httpMethod];
    if (!m) throw methodNotFound();
    return methodView(m);
  },

  async UpdateMethod(input, ctx) {
    const m = await ctx.store.write(async (tx) => {
      const r = await getResource(tx, ctx, input.restApiId, input.resourceId);
      const current = r.resourceMethods?.[input.httpMethod];
      if (!current) throw methodNotFound();
      const next = applyPatch(current, input.patchOperations, METHOD_PATCH);
      // An authorizerId only sticks to CUSTOM and COGNITO_USER_POOLS methods (LocalStack's AWS-validated provider).
      if (next.authorizationType !== 'CUSTOM' && next.authorizationType !== 'COGNITO_USER_POOLS') delete next.authorizerId;
      await checkAuthorizer(tx, ctx, input.restApiId, next.authorizationType, next.authorizerId);
      await checkValidator(tx, ctx, input.restApiId, next.requestValidatorId);
      await checkModels(tx, ctx, input.restApiId, next.requestModels);
      next.requestParameters = emptyToUndefined(next.requestParameters);
      next.requestModels = emptyToUndefined(next.requestModels);
      r.resourceMethods![input.httpMethod] = next;
      await resources.in(tx, ctx.region, input.restApiId).update(r.id, r);
      return next;
    });
    return methodView(m);
  },

  async DeleteMethod(input, ctx) {
    await ctx.store.write(async (tx) => {
      const r = await getResource(tx, ctx, input.restApiId, input.resourceId);
      if (!r.resourceMethods?.[input.httpMethod]) throw methodNotFound();
      delete r.resourceMethods[input.httpMethod];
      await resources.in(tx, ctx.region, input.restApiId).update(r.id, r);
    });
  },

  async PutMethodResponse(input, ctx) {
    const res = await ctx.store.write((tx) =>
      withMethod(ctx, tx, input, async (m) => {
        await checkModels(tx, ctx, input.restApiId, input.responseModels);
        refuseProblems(methodResponseProblems(input.responseParameters));
        // Empty maps given are kept and shown as {} (rec: test_apigateway_api.py::TestApigatewayMethodResponse::test_lifecycle_method_response [put-method-response]).
        const mr: MethodResponse = {
          statusCode: input.statusCode,
          responseParameters: input.responseParameters,
          responseModels: input.responseModels,
        };
        m.methodResponses = { ...(m.methodResponses ?? {}), [input.statusCode]: mr };
        return mr;
      }),
    );
    return res;
  },

  async GetMethodResponse(input, ctx) {
    const r = await getResource(ctx.store, ctx, input.restApiId, input.resourceId);
    const m = r.resourceMethods?.[input.httpMethod];
    if (!m) throw methodNotFound();
    const mr = m.methodResponses?.[input.statusCode];
    if (!mr) throw responseNotFound();
    return mr;
  },

  async UpdateMethodResponse(input, ctx) {
    const res = await ctx.store.write((tx) =>
      withMethod(ctx, tx, input, async (m) => {
        const mr = m.methodResponses?.[input.statusCode];
        if (!mr) throw responseNotFound();
        const next = applyPatch(mr, input.patchOperations, METHOD_RESPONSE_PATCH);
        await checkModels(tx, ctx, input.restApiId, next.responseModels);
        refuseProblems(methodResponseProblems(next.responseParameters));
        next.responseParameters = emptyToUndefined(next.responseParameters);
        next.responseModels = emptyToUndefined(next.responseModels);
        m.methodResponses![input.statusCode] = next;
        return next;
      }),
    );
    return res;
  },

  async DeleteMethodResponse(input, ctx) {
    await ctx.store.write((tx) =>
      withMethod(ctx, tx, input, (m) => {
        if (!m.methodResponses?.[input.statusCode]) throw responseNotFound();
        delete m.methodResponses[input.statusCode];
      }),
    );
  },
};
