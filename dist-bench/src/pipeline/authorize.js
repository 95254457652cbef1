import { JwksStore, verifyCognitoToken } from '../auth/cognito.js';
import { AuthorizerCache, AuthorizerFailure, callAuthorizer, readIdentity, requestEvent, tokenEvent, ttlOf, } from '../auth/lambda-authorizer.js';
import { combine, evaluatePolicy } from '../auth/policy.js';
import { conditionKeys, denialBody, denialMessage, evaluateResourcePolicy, INVOKE, methodArn, resourcePolicyOf, } from '../auth/resource-policy.js';
import { signedRequestOf, verifySigV4 } from '../auth/sigv4.js';
import { GatewayError } from './gateway-errors.js';
import { buildProxyEvent } from './integrations/aws-proxy-event.js';
import { contextOf, header, valueAt } from './invocation.js';
const EXPLICIT_DENY = 'User is not authorized to access this resource with an explicit deny';
const IMPLICIT_DENY = 'User is not authorized to access this resource';
const configurationError = (why) => new GatewayError('AUTHORIZER_CONFIGURATION_ERROR', { message: null, cause: new Error(why) });
function fromFailure(f) {
    return f.type === 'UNAUTHORIZED' ? new GatewayError('UNAUTHORIZED', { cause: f }) : new GatewayError(f.type, { message: null, cause: f });
}
/** Identity sources of a live request. */
export function invocationReader(inv) {
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
    cache = new AuthorizerCache();
    jwks;
    #o;
    #now;
    constructor(o) {
        this.#o = o;
        this.#now = o.now ?? Date.now;
        this.jwks = new JwksStore(o.cognitoJwks, this.#now);
    }
    get lambda() {
        return this.#o.lambda;
    }
    get credentials() {
        return this.#o.credentials;
    }
    /** FlushStageAuthorizersCache. */
    flush(apiId, stage) {
        this.cache.flush(AuthorizerCache.stageKey(apiId, stage));
    }
    async authorize(inv) {
        const method = inv.method;
        const served = inv.served;
        const req = inv.request;
        const type = method.authorizationType || 'NONE';
        const policy = resourcePolicyOf(served.deployment, served.region, served.accountId);
        if (type === 'NONE' && !policy)
            return;
        const arn = methodArn(served.region, served.accountId, req.target.apiId, served.stage.stageName, req.method, req.target.path);
        // An authorizer's method ARN is limited to 1,600 bytes; a longer one is refused with 414
        // (DG:api-gateway-lambda-authorizer-output, "the methodArn … 1600 bytes"; aws-behavior.md "Limits").
        if (Buffer.byteLength(arn) > 1600)
            throw new GatewayError('REQUEST_TOO_LARGE', { status: 414, message: 'Request-URI Too Long' });
        const credential = type === 'AWS_IAM' ? this.#authenticate(inv) : undefined;
        const facts = {
            region: served.region,
            sourceIp: req.sourceIp,
            secure: req.secure === true,
            userAgent: header(req, 'user-agent'),
            referer: header(req, 'referer'),
            now: this.#now(),
            caller: credential ? { arn: credential.principalArn, accountId: credential.accountId, userId: credential.userId } : null,
        };
        const who = credential?.principalArn ?? 'anonymous';
        let rp = 'Neither';
        if (policy) {
            rp = evaluateResourcePolicy(policy, arn, facts);
            if (rp === 'Deny')
                throw resourceDenial(who, arn, true);
        }
        switch (type) {
            case 'NONE':
                if (rp !== 'Allow')
                    throw resourceDenial('anonymous', arn, false);
                return;
            case 'AWS_IAM': {
                const c = credential;
                const identity = c.policy
                    ? evaluatePolicy(c.policy, { action: INVOKE, resource: arn, principal: facts.caller, keys: conditionKeys(facts) }, false)
                    : 'Allow';
                if (combine(identity, rp, c.accountId === served.accountId) === 'Allow')
                    return;
                if (identity === 'Deny')
                    throw resourceDenial(c.principalArn, arn, true, ' in an identity-based policy');
                // IAM's wording of which side was silent (not recorded for a missing resource policy).
                throw resourceDenial(c.principalArn, arn, false, ` because no ${identity === 'Allow' ? 'resource' : 'identity'}-based policy allows the execute-api:Invoke action`);
            }
            case 'CUSTOM': {
                const a = this.#authorizer(inv, ['TOKEN', 'REQUEST']);
                const { output, latencyMs } = await this.#runLambda(inv, a, arn);
                const decision = evaluatePolicy(output.policy, { action: INVOKE, resource: arn, principal: null, keys: {} }, false);
                if (decision === 'Deny')
                    throw new GatewayError('ACCESS_DENIED', { message: EXPLICIT_DENY });
                if (combine(decision, rp, true) !== 'Allow')
                    throw new GatewayError('ACCESS_DENIED', { message: IMPLICIT_DENY });
                inv.authorizer = {
                    principalId: output.principalId,
                    context: output.context,
                    usageIdentifierKey: output.usageIdentifierKey,
                    integrationLatency: Math.round(latencyMs),
                };
                inv.context = undefined; // `$context` is rebuilt with the authorizer's values
                return;
            }
            case 'COGNITO_USER_POOLS': {
                const a = this.#authorizer(inv, ['COGNITO_USER_POOLS']);
                const identity = readIdentity(a, invocationReader(inv));
                if (!identity.ok)
                    throw new GatewayError('UNAUTHORIZED');
                try {
                    const { claims } = await verifyCognitoToken(identity.key, a, method.authorizationScopes, this.jwks, this.#now());
                    inv.authorizer = { claims };
                }
                catch (e) {
                    if (!(e instanceof AuthorizerFailure))
                        throw e;
                    if (e.type !== 'UNAUTHORIZED')
                        this.#o.log.warn({ authorizerId: a.id, requestId: inv.requestId, reason: e.log }, 'Cognito authorizer failed');
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
    #authenticate(inv) {
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
    #authorizer(inv, types) {
        const id = inv.method.authorizerId;
        const a = inv.served.deployment.snapshot.authorizers.find((x) => x.id === id);
        if (!a || !types.includes(a.type))
            throw configurationError(`authorizer ${id ?? '(none)'} is not deployed with this API`);
        return a;
    }
    /** The Lambda authorizer's output for this request: from the stage's cache, else from the function. */
    async #runLambda(inv, a, arn) {
        const identity = readIdentity(a, invocationReader(inv));
        if (!identity.ok)
            throw new GatewayError('UNAUTHORIZED');
        const ttl = ttlOf(a);
        const stageKey = AuthorizerCache.stageKey(inv.request.target.apiId, inv.served.stage.stageName);
        const cacheKey = `${a.id}\n${identity.key}`;
        const now = this.#now();
        if (ttl > 0) {
            const hit = this.cache.get(stageKey, cacheKey, now);
            if (hit)
                return { output: hit, latencyMs: 0 };
        }
        let event;
        if (a.type === 'TOKEN') {
            event = tokenEvent(identity.key, arn);
        }
        else {
            const proxy = buildProxyEvent(inv);
            event = requestEvent(arn, proxy);
        }
        try {
            const call = await callAuthorizer(this.#o.lambda, a, inv.stageVariables, inv.served.accountId, event);
            if (ttl > 0)
                this.cache.set(stageKey, cacheKey, call.output, now + ttl * 1000);
            return call;
        }
        catch (e) {
            if (!(e instanceof AuthorizerFailure))
                throw e;
            if (e.type !== 'UNAUTHORIZED')
                this.#o.log.warn({ authorizerId: a.id, requestId: inv.requestId, reason: e.log }, 'Lambda authorizer failed');
            throw fromFailure(e);
        }
    }
}
function resourceDenial(who, arn, explicit, suffix = '') {
    const message = denialMessage(who, arn, explicit, suffix);
    return new GatewayError('ACCESS_DENIED', { message, rawBody: denialBody(message) });
}
/**
 * The step as the pipeline calls it. Without an Authorization (TestInvokeMethod, which skips
 * authorization and removes the method's) nothing may need one: a method that does fails closed.
 */
export function authorize(inv, auth) {
    // An open method of an API without a resource policy has nothing to check: no promise, no wait.
    if ((inv.method?.authorizationType || 'NONE') === 'NONE' && !inv.served.deployment.snapshot.api.policy)
        return;
    if (auth)
        return auth.authorize(inv);
    throw configurationError('no authorization runtime');
}
//# sourceMappingURL=authorize.js.map