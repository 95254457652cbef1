/**
 * The pipeline's authorization step, in AWS's order (DG:apigateway-authorization-flow; aws-behavior.md
 * "Request pipeline order"): after routing, before API keys, throttling and validation.
 *
 *   1. AWS_IAM methods: the request's SigV4 signature (service `execute-api`, the API's region) against
 *      the configured credentials (src/auth/sigv4.ts): unsigned → 403 MISSING_AUTHENTICATION_TOKEN; not
 *      SigV4 → 403 IncompleteSignatureException (under MISSING_AUTHENTICATION_TOKEN); unknown key → 403
 *      UnrecognizedClientException, wrong scope or signature → 403 InvalidSignatureException (both
 *      INVALID_SIGNATURE); outside the 5-minute window → 403 EXPIRED_TOKEN. Fills `$context.identity.*`.
 *   2. The resource policy, when the API has one: an explicit Deny ends the request at once, before any
 *      authorizer is called (the "pre-auth" phase).
 *   3. The method's own authorization, combined with the resource policy by the DG's tables
 *      (src/auth/policy.ts `combine`):
 *        NONE      — with a resource policy, an explicit Allow for anonymous callers is required;
 *        AWS_IAM   — the caller's identity policy (configuration; none = allow) and the resource policy:
 *                    same account, either Allow suffices; across accounts both must Allow;
 *        CUSTOM    — the Lambda authorizer's policy against the method ARN (src/auth/lambda-authorizer.ts),
 *                    either Allow suffices (the authorizer is the API owner's);
 *        COGNITO_USER_POOLS — a valid token (src/auth/cognito.ts) counts as Allow (table A).
 * Denials: a Lambda authorizer's explicit Deny → 403 ACCESS_DENIED "User is not authorized to access this
 * resource with an explicit deny", its implicit deny → "User is not authorized to access this resource"
 * (repost.aws knowledge-center api-gateway-403-error-lambda-authorizer); resource-policy and IAM denials →
 * 403 ACCESS_DENIED with the capital-M `{"Message":"User: … is not authorized to perform:
 * execute-api:Invoke on resource: …"}` (src/auth/resource-policy.ts), an IAM caller's identity-policy
 * denials worded as repost.aws knowledge-center api-gateway-iam-sigv4-mismatch and OBS1 word them.
 */
import type { Authorizer } from '../domain/authorizer.js';
import type { LambdaInvoker } from '../lambda/invoker.js';
import type { Logger } from '../shared/log.js';
import { JwksStore, verifyCognitoToken } from '../auth/cognito.js';
import type { Credential, CredentialStore } from '../config/credentials.js';
import {
  AuthorizerCache,
  AuthorizerFailure,
  authorizerCaller,
  callAuthorizer,
  readIdentity,
  requestEvent,
  tokenEvent,
  ttlOf,
  type IdentityReader,
  type LambdaAuthorizerOutput,
} from '../auth/lambda-authorizer.js';
import { combine, evaluatePolicy, type Decision } from '../auth/policy.js';
import {
  conditionKeys,
  denialBody,
  denialMessage,
  evaluateResourcePolicy,
  INVOKE,
  methodArn,
  resourcePolicyOf,
  type RequestFacts,
} from '../auth/resource-policy.js';
import { signedRequestOf, verifySigV4 } from '../auth/sigv4.js';
import { GatewayError } from './gateway-errors.js';
import { buildProxyEvent } from './integrations/aws-proxy-event.js';
import { contextOf, header, valueAt, type Invocation } from './invocation.js';

export interface AuthorizationOptions {
  lambda?: LambdaInvoker;
  credentials: CredentialStore;
  cognitoJwks: Record<string, string>;
  log: Logger;
  now?: () => number;
}

const EXPLICIT_DENY = 'User is not authorized to access this resource with an explicit deny';
const IMPLICIT_DENY = 'User is not authorized to access this resource';

const configurationError = (why: string): GatewayError => new GatewayError('AUTHORIZER_CONFIGURATION_ERROR', { message: null, cause: new Error(why) });

function fromFailure(f: AuthorizerFailure): GatewayError {
  return f.type === 'UNAUTHORIZED' ? new GatewayError('UNAUTHORIZED', { cause: f }) : new GatewayError(f.type, { message: null, cause: f });
}

/** Identity sources of a live request. */
export function invocationReader(inv: Invocation): IdentityReader {
  return {
    header: (name) => header(inv.request, name),
    query: (name) => {
      const v = inv.request.query.get(name);
      return v?.[v.length - 1];
    },
    stageVariable: (name) => inv.stageVariables[name],
    context: (path) => {
      const v = valueAt(contextOf(inv), path);
      return v === undefined || v === null ? undefined : typeof v === 'object' ? JSON.stringify(v) : String(v);
    },
  };
}

export class Authorization {
  readonly cache = new AuthorizerCache();
  readonly jwks: JwksStore;
  readonly #o: AuthorizationOptions;
  readonly #now: () => number;

  constructor(o: AuthorizationOptions) {
    this.#o = o;
    this.#now = o.now ?? Date.now;
    this.jwks = new JwksStore(o.cognitoJwks, this.#now);
  }

  get lambda(): LambdaInvoker | undefined {
    return this.#o.lambda;
  }
  get credentials(): CredentialStore {
    return this.#o.credentials;
  }

  /** FlushStageAuthorizersCache. */
  flush(apiId: string, stage: string): void {
    this.cache.flush(AuthorizerCache.stageKey(apiId, stage));
  }

  async authorize(inv: Invocation): Promise<void> {
    const method = inv.method!;
    const served = inv.served;
    const req = inv.request;
    const type = method.authorizationType || 'NONE';
    const policy = resourcePolicyOf(served.deployment, served.region, served.accountId);
    if (type === 'NONE' && !policy) return;
    const arn = methodArn(served.region, served.accountId, req.target.apiId, served.stage.stageName, req.method, req.target.path);
    // An authorizer's method ARN is limited to 1,600 bytes; a longer one is refused with 414
    // (DG:api-gateway-lambda-authorizer-output, "the methodArn … 1600 bytes"; aws-behavior.md "Limits").
    if (Buffer.byteLength(arn) > 1600) throw new GatewayError('REQUEST_TOO_LARGE', { status: 414, message: 'Request-URI Too Long' });

    const credential = type === 'AWS_IAM' ? this.#authenticate(inv) : undefined;
    const facts: RequestFacts = {
      region: served.region,
      sourceIp: req.sourceIp,
      secure: req.secure === true,
      userAgent: header(req, 'user-agent'),
      referer: header(req, 'referer'),
      now: this.#now(),
      caller: credential ? { arn: credential.principalArn, accountId: credential.accountId, userId: credential.userId } : null,
    };
    const who = credential?.principalArn ?? 'anonymous';
    let rp: Decision = 'Neither';
    if (policy) {
      rp = evaluateResourcePolicy(policy, arn, facts);
      if (rp === 'Deny') throw resourceDenial(who, arn, true);
    }

    switch (type) {
      case 'NONE':
        if (rp !== 'Allow') throw resourceDenial('anonymous', arn, false);
        return;
      case 'AWS_IAM': {
        const c = credential!;
        const identity: Decision = c.policy
          ? evaluatePolicy(c.policy, { action: INVOKE, resource: arn, principal: facts.caller, keys: conditionKeys(facts) }, false)
          : 'Allow';
        if (combine(identity, rp, c.accountId === served.accountId) === 'Allow') return;
        if (identity === 'Deny') throw resourceDenial(c.principalArn, arn, true, ' in an identity-based policy');
        // IAM's wording of which side was silent (not recorded for a missing resource policy).
        throw resourceDenial(
          c.principalArn,
          arn,
          false,
          ` because no ${identity === 'Allow' ? 'resource' : 'identity'}-based policy allows the execute-api:Invoke action`,
        );
      }
      case 'CUSTOM': {
        const a = this.#authorizer(inv, ['TOKEN', 'REQUEST']);
        const { output, latencyMs, cached } = await this.#runLambda(inv, a, arn);
        const decision = evaluatePolicy(output.policy, { action: INVOKE, resource: arn, principal: null, keys: {} }, false);
        if (decision === 'Deny') throw new GatewayError('ACCESS_DENIED', { message: EXPLICIT_DENY });
        if (combine(decision, rp, true) !== 'Allow') throw new GatewayError('ACCESS_DENIED', { message: IMPLICIT_DENY });
        inv.authorizer = {
          principalId: output.principalId,
          context: output.context,
          usageIdentifierKey: output.usageIdentifierKey,
          integrationLatency: Math.round(latencyMs),
          ...(cached ? { cached } : {}),
        };
        inv.context = undefined; // `$context` is rebuilt with the authorizer's values
        return;
      }
      case 'COGNITO_USER_POOLS': {
        const a = this.#authorizer(inv, ['COGNITO_USER_POOLS']);
        const identity = readIdentity(a, invocationReader(inv));
        if (!identity.ok) throw new GatewayError('UNAUTHORIZED');
        try {
          const { claims } = await verifyCognitoToken(identity.key, a, method.authorizationScopes, this.jwks, this.#now());
          inv.authorizer = { claims };
        } catch (e) {
          if (!(e instanceof AuthorizerFailure)) throw e;
          if (e.type !== 'UNAUTHORIZED') this.#o.log.warn({ authorizerId: a.id, requestId: inv.requestId, reason: e.log }, 'Cognito authorizer failed');
          throw fromFailure(e);
        }
        inv.context = undefined;
        return;
      }
      default:
        throw configurationError(`unknown authorizationType ${type}`);
    }
  }

  /** SigV4 for an AWS_IAM method; the caller's identity goes to `$context.identity`. */
  #authenticate(inv: Invocation): Credential {
    const wire = inv.request.wire;
    const r = verifySigV4(signedRequestOf(wire?.method ?? inv.request.method, wire?.url ?? '/', wire?.rawHeaders ?? [], inv.request.body), {
      service: 'execute-api',
      region: inv.served.region,
      lookup: (id) => this.#o.credentials.get(id),
      now: this.#now(),
    });
    if (r.ok) {
      const c = r.credential;
      inv.caller = { accessKey: c.accessKeyId, accountId: c.accountId, caller: c.userId, user: c.userId, userArn: c.principalArn };
      inv.callerKeys = { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey, ...(c.sessionToken ? { sessionToken: c.sessionToken } : {}) };
      inv.context = undefined;
      return c;
    }
    switch (r.kind) {
      case 'missing':
        throw new GatewayError('MISSING_AUTHENTICATION_TOKEN');
      case 'incomplete':
        throw new GatewayError('MISSING_AUTHENTICATION_TOKEN', { message: r.message, errorType: 'IncompleteSignatureException' });
      case 'unknown-key':
        throw new GatewayError('INVALID_SIGNATURE', { message: r.message, errorType: 'UnrecognizedClientException' });
      case 'expired':
      case 'not-yet':
        throw new GatewayError('EXPIRED_TOKEN', { message: r.message });
      case 'mismatch':
        // execute-api shows what it computed (knowledge.broadcom.com article 186297).
        throw new GatewayError('INVALID_SIGNATURE', {
          message: `${r.message}\n\nThe Canonical String for this request should have been\n'${r.canonicalRequest}'\n\nThe String-to-Sign should have been\n'${r.stringToSign}'\n`,
        });
      default:
        throw new GatewayError('INVALID_SIGNATURE', { message: r.message });
    }
  }

  #authorizer(inv: Invocation, types: string[]): Authorizer {
    const id = inv.method!.authorizerId;
    const a = inv.served.deployment.snapshot.authorizers.find((x) => x.id === id);
    if (!a || !types.includes(a.type)) throw configurationError(`authorizer ${id ?? '(none)'} is not deployed with this API`);
    return a;
  }

  /** The Lambda authorizer's output for this request: from the stage's cache, else from the function. */
  async #runLambda(inv: Invocation, a: Authorizer, arn: string): Promise<{ output: LambdaAuthorizerOutput; latencyMs: number; cached?: boolean }> {
    const identity = readIdentity(a, invocationReader(inv));
    if (!identity.ok) throw new GatewayError('UNAUTHORIZED');
    const ttl = ttlOf(a);
    const stageKey = AuthorizerCache.stageKey(inv.request.target.apiId, inv.served.stage.stageName);
    const cacheKey = `${a.id}\n${identity.key}`;
    const now = this.#now();
    if (ttl > 0) {
      const hit = this.cache.get(stageKey, cacheKey, now);
      if (hit) return { output: hit, latencyMs: 0, cached: true };
    }
    let event: Record<string, unknown>;
    if (a.type === 'TOKEN') {
      event = tokenEvent(identity.key, arn);
    } else {
      const proxy = buildProxyEvent(inv);
      event = requestEvent(arn, proxy);
    }
    try {
      const call = await callAuthorizer(
        this.#o.lambda,
        a,
        inv.stageVariables,
        inv.served.accountId,
        event,
        authorizerCaller(a, inv.served.region, inv.served.accountId, inv.request.target.apiId),
      );
      if (ttl > 0) this.cache.set(stageKey, cacheKey, call.output, now + ttl * 1000);
      return call;
    } catch (e) {
      if (!(e instanceof AuthorizerFailure)) throw e;
      if (e.type !== 'UNAUTHORIZED') this.#o.log.warn({ authorizerId: a.id, requestId: inv.requestId, reason: e.log }, 'Lambda authorizer failed');
      throw fromFailure(e);
    }
  }
}

function resourceDenial(who: string, arn: string, explicit: boolean, suffix = ''): GatewayError {
  const message = denialMessage(who, arn, explicit, suffix);
  return new GatewayError('ACCESS_DENIED', { message, rawBody: denialBody(message) });
}

/**
 * The step as the pipeline calls it. Without an Authorization (TestInvokeMethod, which skips
 * authorization and removes the method's) nothing may need one: a method that does fails closed.
 */
export function authorize(inv: Invocation, auth: Authorization | undefined): void | Promise<void> {
  // An open method of an API without a resource policy has nothing to check: no promise, no wait.
  if ((inv.method?.authorizationType || 'NONE') === 'NONE' && !inv.served.deployment.snapshot.api.policy) return;
  if (auth) return auth.authorize(inv);
  throw configurationError('no authorization runtime');
}
