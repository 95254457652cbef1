/**
 * Authorizers of a REST API (kind `authorizer`, id = authorizer id, in the API's scope): Lambda
 * TOKEN and REQUEST authorizers and Cognito user pool authorizers. Recorded behaviour: F63 (unknown
 * API → 409; `authType` added; `authorizerResultTtlInSeconds` only when given), F51 (`authType`
 * "cognito_user_pools"); other AWS texts are quoted from public reports cited next to them, and the
 * rest say "not recorded". TestInvokeAuthorizer is not implemented.
 */
import { badRequest, conflict, limitExceeded } from './errors.js';
import { pageOf } from './paging.js';
import { applyPatch, type PatchOperation, type PatchTable } from './patch.js';
import type { StoreReader } from '../../store/store.js';
import type { ControlContext, Handlers } from './context.js';
import { javaRegexProblem } from '../../shared/java-regex.js';
import { getApi } from './rest-apis.js';
import type { AuthorizerType, Authorizer } from '../../domain/authorizer.js';
import { authorizers, restApis } from './collections.js';
import { methodsOf } from './method-references.js';

const TYPES: AuthorizerType[] = ['TOKEN', 'REQUEST', 'COGNITO_USER_POOLS'];
/** SVC Authorizer.authorizerResultTtlInSeconds: default 300, at most 3600, 0 disables caching. */
export const DEFAULT_TTL = 300;
export const MAX_TTL = 3600;
/** Per-API quota (DG:limits), enforced with --aws-limits. */
export const MAX_AUTHORIZERS = 10;

/** F51/F63: AWS fills `authType` in although the request did not send it. */
const defaultAuthType = (type: AuthorizerType): string => (type === 'COGNITO_USER_POOLS' ? 'cognito_user_pools' : 'custom');

const WITH_STAGE_VARS = (s: string): string => s.replace(/\$\{stageVariables\.[A-Za-z0-9_]+\}/g, 'x');
/**
 * An API Gateway ARN for Lambda: `arn:aws:apigateway:{region}:lambda:path/…`; stage variables may
 * stand in for parts. What follows `path/` is not checked: AWS took
 * `…:lambda:path/ <16 spaces>2015-03-31/functions/{function ARN}/invocations` (201, rec:
 * test_apigateway_basic.py::TestAPIGateway::test_apigateway_with_custom_authorization_method
 * [authorizer]). Refused: a region that is none, a bare function ARN, text before `arn:`
 * (hashicorp/terraform-provider-aws#1757, serverless-heaven/serverless-aws-alias#101). A URI the data
 * plane cannot read as `…/functions/{function}/invocations` fails there as a configuration error.
 */
const LAMBDA_INVOKE = /^arn:aws[a-z-]*:apigateway:[a-z]{2}(-[a-z]+)+-\d:lambda:path\/.+$/s;
const USER_POOL_ARN = /^arn:aws[a-z-]*:cognito-idp:[a-z]{2}(-[a-z]+)+-\d:\d{12}:userpool\/[a-z]{2}(-[a-z]+)+-\d_[0-9A-Za-z]+$/;
const HEADER_SOURCE = /^method\.request\.header\.[a-zA-Z0-9._-]+$/;
const REQUEST_SOURCE = /^(method\.request\.(header|querystring)\.[a-zA-Z0-9._$-]+|stageVariables\.[A-Za-z0-9_]+|context\.[A-Za-z0-9._]+)$/;

export const identitySources = (a: Pick<Authorizer, 'identitySource'>): string[] =>
  (a.identitySource ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * AWS accepts any identityValidationExpression (nothing recorded refuses one); one that Tollgate
 * cannot run as a Java regex is kept, never matches at serving time (auth/lambda-authorizer.ts), and
 * is logged here so the operator sees why its requests get 401.
 */
function warnUntranslatable(ctx: ControlContext, a: Authorizer): void {
  const problem = a.identityValidationExpression ? javaRegexProblem(a.identityValidationExpression) : undefined;
  if (problem)
    ctx.log.warn(
      { authorizer: a.id || a.name, identityValidationExpression: a.identityValidationExpression, problem },
      'identityValidationExpression cannot be run as a Java regex here: it will never match',
    );
}

/**
 * The rules an authorizer obeys, wherever it comes from: CreateAuthorizer and UpdateAuthorizer answer
 * 400 with the text; an OpenAPI import (openapi/plan.ts) lists it as "Unable to create authorizer
 * '{name}': {text}".
 */
export function authorizerProblem(a: Omit<Authorizer, 'id'>): string | undefined {
  // Not recorded; follows F61's "Model name must be non-empty".
  if (!a.name) return 'Authorizer name must be non-empty';
  if (a.type === 'TOKEN' || a.type === 'REQUEST') {
    // "Invalid Authorizer URI: {uri}. Authorizer URI should be a valid API Gateway ARN that represents
    // a Lambda function invocation." (hashicorp/terraform-provider-aws#1757); a missing URI prints as null.
    if (!a.authorizerUri || !LAMBDA_INVOKE.test(WITH_STAGE_VARS(a.authorizerUri))) {
      return `Invalid Authorizer URI: ${a.authorizerUri ?? 'null'}. Authorizer URI should be a valid API Gateway ARN that represents a Lambda function invocation.`;
    }
  } else {
    // Not recorded: the texts for Cognito authorizers without (valid) user pool ARNs.
    if (!a.providerARNs?.length) return 'Invalid providerARNs specified. A COGNITO_USER_POOLS authorizer requires at least one Cognito user pool ARN.';
    const bad = a.providerARNs.find((arn) => !USER_POOL_ARN.test(arn));
    if (bad !== undefined) return `Invalid providerARNs specified: ${bad} is not a Cognito user pool ARN`;
  }
  const ttl = a.authorizerResultTtlInSeconds;
  if (ttl !== undefined && (!Number.isInteger(ttl) || ttl < 0 || ttl > MAX_TTL)) {
    // Not recorded; states the documented range.
    return `Invalid authorizerResultTtlInSeconds specified: ${Number.isNaN(ttl) ? 'not a number' : ttl}. It must be between 0 and ${MAX_TTL}`;
  }
  if (a.type === 'REQUEST') {
    const sources = identitySources(a);
    // SVC: required for REQUEST only when caching is on (TTL > 0, 300 by default). API Gateway v2's
    // text for the same rule (hashicorp/terraform-provider-aws#32629); v1's is not recorded.
    if (!sources.length && (ttl ?? DEFAULT_TTL) > 0) return 'Identity source must be set if authorizer caching is enabled (TTL is greater than 0)';
    const bad = sources.find((s) => !REQUEST_SOURCE.test(s));
    // Not recorded; names the kinds the developer guide allows (path parameters are not among them).
    if (bad !== undefined) {
      return `Invalid identity source expression: ${bad}. The source must be a method request header or query string, a stage variable or a context variable`;
    }
  } else if (!a.identitySource || !HEADER_SOURCE.test(a.identitySource)) {
    // TOKEN and COGNITO_USER_POOLS take one header (SVC Authorizer.identitySource). AWS's text
    // (serverless/serverless#4428); a missing source prints as null (not recorded).
    return `Invalid token source expression: ${a.identitySource ?? 'null'}. The source must be a method request header, matching 'method.request.header.[a-zA-Z0-9._-]+'`;
  }
  return undefined;
}

function checkAuthorizer(a: Authorizer): void {
  const problem = authorizerProblem(a);
  if (problem) throw badRequest(problem);
}

/** Cognito authorizers do not show a TTL even when one was sent (AWS CLI output in public scripts, e.g. "Places_API_Authorizer" created with --authorizer-result-ttl-in-seconds 300). */
function normalize(a: Authorizer): Authorizer {
  const out = { ...a };
  if (out.type === 'COGNITO_USER_POOLS') delete out.authorizerResultTtlInSeconds;
  for (const k of Object.keys(out) as (keyof Authorizer)[]) if (out[k] === undefined) delete out[k];
  return out;
}

const text =
  (k: 'authorizerUri' | 'authorizerCredentials' | 'identityValidationExpression') =>
  (a: Authorizer, op: PatchOperation): void => {
    if (op.value) a[k] = op.value;
    else delete a[k];
  };

const AUTHORIZER_PATCH: PatchTable<Authorizer> = {
  rules: [
    {
      path: '/name',
      ops: ['replace'],
      apply: (a, op) => {
        a.name = op.value ?? '';
      },
    },
    {
      path: '/type',
      ops: ['replace'],
      apply: (a, op) => {
        // Not recorded; follows "Invalid HttpMethod specified. Valid options are …".
        if (!TYPES.includes(op.value as AuthorizerType))
          throw badRequest(`Invalid authorizer type specified: ${op.value}. Valid options are ${TYPES.join(',')}`);
        // An authType that was the old type's default follows the new type.
        if (a.authType === defaultAuthType(a.type)) a.authType = defaultAuthType(op.value as AuthorizerType);
        a.type = op.value as AuthorizerType;
      },
    },
    { path: '/authorizerUri', ops: ['replace'], apply: text('authorizerUri') },
    { path: '/authorizerCredentials', ops: ['replace'], apply: text('authorizerCredentials') },
    {
      path: '/authorizerResultTtlInSeconds',
      ops: ['replace'],
      apply: (a, op) => {
        if (op.value === undefined || op.value === '') delete a.authorizerResultTtlInSeconds;
        else a.authorizerResultTtlInSeconds = /^-?\d+$/.test(op.value) ? Number(op.value) : NaN;
      },
    },
    {
      path: '/authType',
      ops: ['replace'],
      apply: (a, op) => {
        a.authType = op.value || defaultAuthType(a.type);
      },
    },
    { path: '/identityValidationExpression', ops: ['replace'], apply: text('identityValidationExpression') },
    {
      path: '/identitySource',
      ops: ['add', 'replace', 'remove'],
      apply: (a, op) => {
        const sources = identitySources(a);
        if (op.op === 'replace') a.identitySource = op.value;
        else if (op.op === 'add') {
          if (op.value && !sources.includes(op.value.trim())) a.identitySource = [...sources, op.value.trim()].join(', ');
        } else a.identitySource = op.value ? sources.filter((s) => s !== op.value!.trim()).join(', ') : undefined;
        if (!a.identitySource) delete a.identitySource;
      },
    },
    {
      path: '/providerARNs',
      ops: ['add', 'remove'],
      apply: (a, op) => {
        const arns = (a.providerARNs ?? []).filter((x) => x !== op.value);
        if (op.op === 'add' && op.value) arns.push(op.value);
        if (arns.length) a.providerARNs = arns;
        else delete a.providerARNs;
      },
    },
  ],
};

/**
 * Recorded (hashicorp/terraform-provider-aws#14812, hashicorp/terraform#6731): "Cannot delete
 * authorizer '{name}', is referenced in method: GET//test", i.e. method, '/', resource path.
 */
async function checkUnused(reader: StoreReader, ctx: ControlContext, apiId: string, a: Authorizer): Promise<void> {
  for await (const { path, verb, method } of methodsOf(reader, ctx.region, apiId)) {
    if (method.authorizerId === a.id) throw conflict(`Cannot delete authorizer '${a.name}', is referenced in method: ${verb}/${path}`);
  }
}

export const authorizerHandlers: Handlers = {
  async CreateAuthorizer(input, ctx) {
    const created = await ctx.store.write(async (tx) => {
      // F63: AWS's (odd) answer for an unknown API.
      if (!(await restApis.in(tx, ctx.region).has(input.restApiId))) {
        throw conflict('Unable to complete operation due to concurrent modification. Please try again later.');
      }
      const auths = authorizers.in(tx, ctx.region, input.restApiId);
      const a: Authorizer = normalize({
        id: '',
        name: input.name,
        type: input.type,
        providerARNs: input.providerARNs?.length ? input.providerARNs : undefined,
        authType: input.authType || defaultAuthType(input.type),
        authorizerUri: input.authorizerUri || undefined,
        authorizerCredentials: input.authorizerCredentials || undefined,
        identitySource: input.identitySource || undefined,
        identityValidationExpression: input.identityValidationExpression || undefined,
        authorizerResultTtlInSeconds: input.authorizerResultTtlInSeconds,
      });
      checkAuthorizer(a);
      warnUntranslatable(ctx, a);
      if (ctx.config.awsLimits) {
        const count = await auths.count();
        // Not recorded; follows the resources quota text.
        if (count >= MAX_AUTHORIZERS) throw limitExceeded(`Maximum number of Authorizers for this API has been reached: ${MAX_AUTHORIZERS}`);
      }
      a.id = await auths.newId();
      await auths.insert(a.id, a);
      return a;
    });
    return created;
  },

  async GetAuthorizer(input, ctx) {
    return await authorizers.in(ctx.store, ctx.region, input.restApiId).getOrThrow(input.authorizerId);
  },

  async GetAuthorizers(input, ctx) {
    // Recorded: an unknown API answers 404 "Invalid API identifier specified {account}:{id}" here.
    await getApi(ctx.store, ctx, input.restApiId);
    return pageOf(authorizers.in(ctx.store, ctx.region, input.restApiId), input);
  },

  async UpdateAuthorizer(input, ctx) {
    const updated = await ctx.store.write(async (tx) => {
      const auths = authorizers.in(tx, ctx.region, input.restApiId);
      const next = normalize(applyPatch(await auths.getOrThrow(input.authorizerId), input.patchOperations, AUTHORIZER_PATCH));
      checkAuthorizer(next);
      warnUntranslatable(ctx, next);
      await auths.update(next.id, next);
      return next;
    });
    return updated;
  },

  async DeleteAuthorizer(input, ctx) {
    await ctx.store.write(async (tx) => {
      const auths = authorizers.in(tx, ctx.region, input.restApiId);
      const a = await auths.getOrThrow(input.authorizerId);
      await checkUnused(tx, ctx, input.restApiId, a);
      await auths.remove(a.id);
    });
  },
};
