import { LambdaServiceError } from '../lambda/invoker.js';
import { functionArn, parseLambdaUri, withStageVariables } from '../lambda/names.js';
import { parsePolicy } from './policy.js';
import { javaMatcher } from '../shared/java-regex.js';
/** Not recorded: how long API Gateway waits for an authorizer; the integration default is used. */
export const AUTHORIZER_TIMEOUT_MS = 29_000;
export const DEFAULT_TTL_SECONDS = 300;
/** An authorizer that did not produce a usable answer; `log` is the execution-log line AWS writes. */
export class AuthorizerFailure extends Error {
    type;
    log;
    constructor(type, log) {
        super(log);
        this.type = type;
        this.log = log;
    }
}
export const identitySourcesOf = (a) => (a.identitySource ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
function readSource(source, r) {
    let m = /^method\.request\.header\.(.+)$/.exec(source);
    if (m)
        return r.header(m[1]);
    m = /^method\.request\.querystring\.(.+)$/.exec(source);
    if (m)
        return r.query(m[1]);
    m = /^stageVariables\.(.+)$/.exec(source);
    if (m)
        return r.stageVariable(m[1]);
    m = /^context\.(.+)$/.exec(source);
    if (m)
        return r.context(m[1]);
    return undefined;
}
export function ttlOf(a) {
    return a.authorizerResultTtlInSeconds ?? DEFAULT_TTL_SECONDS;
}
const identityMatchers = new WeakMap();
/**
 * The authorizer's identityValidationExpression as AWS runs it: a java.util.regex pattern the whole
 * value must match (DG "Input to an API Gateway Lambda authorizer": "API Gateway matches the token
 * against this expression"), compiled once per authorizer configuration (a deployment's authorizers
 * are immutable objects). One that cannot be translated never matches: the request gets 401, as a
 * mismatch would (nothing recorded shows AWS refusing such a pattern at CreateAuthorizer).
 */
export function identityMatcher(a) {
    let m = identityMatchers.get(a);
    if (!m) {
        m = javaMatcher(a.identityValidationExpression ?? '') ?? (() => false);
        identityMatchers.set(a, m);
    }
    return m;
}
/** The identity an authorizer sees, or why it is refused before being invoked. */
export function readIdentity(a, r) {
    const sources = identitySourcesOf(a);
    const values = sources.map((s) => [s, readSource(s, r)]);
    if (a.type === 'REQUEST') {
        const caching = ttlOf(a) > 0;
        if (caching && (values.length === 0 || values.some(([, v]) => v === undefined || v === '')))
            return { ok: false, values };
        return { ok: true, values, key: values.map(([, v]) => v ?? '').join('\u0000') };
    }
    // TOKEN and COGNITO_USER_POOLS: one header.
    const token = values[0]?.[1];
    if (token === undefined || token === '')
        return { ok: false, values };
    if (a.type === 'TOKEN' && a.identityValidationExpression) {
        if (!identityMatcher(a)(token))
            return { ok: false, values };
    }
    return { ok: true, values, key: token };
}
/** AWS masks identities and principals in execution logs: all but the last 6 characters become `*`. */
export function mask(s) {
    return s.length <= 6 ? s : `${'*'.repeat(s.length - 6)}${s.slice(-6)}`;
}
export function tokenEvent(token, methodArn) {
    return { type: 'TOKEN', authorizationToken: token, methodArn };
}
/** The REQUEST event from a proxy-style event (same headers, query and context rules). */
export function requestEvent(methodArn, e) {
    return {
        type: 'REQUEST',
        methodArn,
        resource: e.resource,
        path: e.path,
        httpMethod: e.httpMethod,
        headers: e.headers ?? {},
        multiValueHeaders: e.multiValueHeaders ?? {},
        queryStringParameters: e.queryStringParameters ?? {},
        multiValueQueryStringParameters: e.multiValueQueryStringParameters ?? {},
        pathParameters: e.pathParameters ?? {},
        stageVariables: e.stageVariables ?? {},
        requestContext: e.requestContext,
    };
}
const invalid = (why) => new AuthorizerFailure('AUTHORIZER_CONFIGURATION_ERROR', `Execution failed due to configuration error: ${why}`);
/** The function's answer, checked as API Gateway checks it. */
export function parseOutput(payload) {
    const text = payload.toString('utf8');
    let v;
    try {
        v = JSON.parse(text);
    }
    catch {
        throw invalid(`Invalid JSON in response: ${text.slice(0, 200)}`);
    }
    if (!v || typeof v !== 'object' || Array.isArray(v))
        throw invalid(`Invalid JSON in response: ${text.slice(0, 200)}`);
    const o = v;
    const pid = o.principalId;
    if (pid === undefined || pid === null || typeof pid === 'object')
        throw invalid('Invalid authorizer response: principalId is missing');
    if (!o.policyDocument || typeof o.policyDocument !== 'object')
        throw invalid('Invalid authorizer response: policyDocument is missing');
    let policy;
    try {
        policy = parsePolicy(o.policyDocument);
    }
    catch (e) {
        throw invalid(`Invalid policy document: ${e.message}`);
    }
    const context = {};
    if (o.context !== undefined && o.context !== null) {
        if (typeof o.context !== 'object' || Array.isArray(o.context))
            throw invalid('Invalid authorizer response: context must be a map');
        for (const [k, x] of Object.entries(o.context)) {
            if (x === null || x === undefined)
                continue;
            if (typeof x === 'object')
                throw invalid(`Invalid authorizer response: context value of '${k}' is not a string, number or boolean`);
            context[k] = String(x);
        }
    }
    let usageIdentifierKey;
    if (o.usageIdentifierKey !== undefined && o.usageIdentifierKey !== null) {
        if (typeof o.usageIdentifierKey !== 'string')
            throw invalid('Invalid authorizer response: usageIdentifierKey must be a string');
        usageIdentifierKey = o.usageIdentifierKey;
    }
    return { principalId: String(pid), policy, policyText: JSON.stringify(o.policyDocument), context, usageIdentifierKey, payload: text };
}
/** Where an authorizer's function lives, for the execution log. */
export function authorizerTarget(a, stageVariables, accountId) {
    const uri = withStageVariables(a.authorizerUri ?? '', stageVariables);
    const target = parseLambdaUri(uri);
    if (!target)
        return undefined;
    return {
        uri,
        functionName: target.functionName,
        region: target.region,
        arn: functionArn(target.ref.region ?? target.region, target.ref.accountId ?? accountId, target.ref.name, target.ref.qualifier),
    };
}
/** Invokes the authorizer's function with the event; every failure becomes an AuthorizerFailure. */
export async function callAuthorizer(invoker, a, stageVariables, accountId, event, timeoutMs = AUTHORIZER_TIMEOUT_MS) {
    const target = authorizerTarget(a, stageVariables, accountId);
    if (!target)
        throw invalid(`Invalid Lambda function URI ${a.authorizerUri ?? ''}`);
    if (!invoker)
        throw invalid('Invalid permissions on Lambda function');
    const controller = new AbortController();
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => {
            controller.abort();
            reject(new AuthorizerFailure('AUTHORIZER_FAILURE', 'Execution failed: authorizer timed out'));
        }, timeoutMs);
    });
    const started = performance.now();
    try {
        const result = await Promise.race([
            invoker.invoke({
                functionName: target.functionName,
                region: target.region,
                payload: Buffer.from(JSON.stringify(event)),
                signal: controller.signal,
            }),
            timeout,
        ]);
        const latencyMs = performance.now() - started;
        if (result.functionError) {
            let message;
            try {
                message = JSON.parse(result.payload.toString('utf8')).errorMessage;
            }
            catch {
                message = undefined;
            }
            if (message === 'Unauthorized')
                throw new AuthorizerFailure('UNAUTHORIZED', 'Unauthorized');
            throw invalid('Authorizer error');
        }
        return { output: parseOutput(result.payload), latencyMs };
    }
    catch (e) {
        if (e instanceof AuthorizerFailure)
            throw e;
        if (e instanceof LambdaServiceError && (e.code === 'ResourceNotFoundException' || e.code === 'AccessDeniedException')) {
            throw invalid('Invalid permissions on Lambda function');
        }
        throw new AuthorizerFailure('AUTHORIZER_FAILURE', `Execution failed: ${e?.message ?? String(e)}`);
    }
    finally {
        clearTimeout(timer);
    }
}
/** Authorizer results per stage; bounded (oldest entries go first). */
export class AuthorizerCache {
    max;
    #stages = new Map();
    #count = 0;
    constructor(max = 10_000) {
        this.max = max;
    }
    static stageKey(apiId, stage) {
        return `${apiId}\n${stage}`;
    }
    get(stageKey, key, now) {
        const m = this.#stages.get(stageKey);
        const e = m?.get(key);
        if (!e)
            return undefined;
        if (e.expires <= now) {
            m.delete(key);
            this.#count--;
            return undefined;
        }
        return e.output;
    }
    set(stageKey, key, output, expires) {
        if (this.#count >= this.max)
            this.#evict();
        let m = this.#stages.get(stageKey);
        if (!m) {
            m = new Map();
            this.#stages.set(stageKey, m);
        }
        if (!m.has(key))
            this.#count++;
        m.set(key, { expires, output });
    }
    flush(stageKey) {
        const m = this.#stages.get(stageKey);
        if (!m)
            return;
        this.#count -= m.size;
        this.#stages.delete(stageKey);
    }
    get size() {
        return this.#count;
    }
    #evict() {
        // Drop a tenth of the entries, oldest first within each stage.
        let drop = Math.max(1, Math.floor(this.max / 10));
        for (const [sk, m] of this.#stages) {
            for (const k of m.keys()) {
                m.delete(k);
                this.#count--;
                if (--drop <= 0)
                    break;
            }
            if (!m.size)
                this.#stages.delete(sk);
            if (drop <= 0)
                return;
        }
    }
}
