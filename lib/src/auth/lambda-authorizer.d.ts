/**
 * Lambda authorizers (TOKEN and REQUEST), as API Gateway runs them (DG:apigateway-use-lambda-authorizer,
 * DG:api-gateway-lambda-authorizer-input, DG:api-gateway-lambda-authorizer-output; aws-behavior.md
 * "Lambda authorizers"):
 *
 * Identity sources, read before anything is invoked:
 *   - TOKEN: one header (`method.request.header.X`); missing or empty → 401 without invoking; when the
 *     authorizer has an identityValidationExpression the token must match it whole, else 401 without
 *     invoking;
 *   - REQUEST: `method.request.header.X`, `method.request.querystring.X`, `stageVariables.X`,
 *     `context.X` (comma-separated). With caching on (TTL > 0) every source must be present and non-empty,
 *     else 401 without invoking; with caching off they are optional.
 * Input events:
 *   - TOKEN `{type, authorizationToken, methodArn}`;
 *   - REQUEST `{type, methodArn, resource, path, httpMethod, headers, multiValueHeaders,
 *     queryStringParameters, multiValueQueryStringParameters, pathParameters, stageVariables,
 *     requestContext}`, the maps `{}` when empty — the field order and the empty maps as recorded from
 *     AWS's own test invocation (a public execution log, "Endpoint request body after transformations").
 * Output: `{principalId, policyDocument, context?, usageIdentifierKey?}`. `context` is a flat map whose
 * values reach `$context.authorizer.*` as strings (`1` → "1", `true` → "true"); an object or array value
 * makes the output invalid (dherault/serverless-offline#826, #533, PR#1376).
 * Outcomes: the function failing with exactly `Unauthorized` → 401 UNAUTHORIZED {"message":"Unauthorized"};
 * any other function error, a malformed output or a function API Gateway cannot call → 500
 * AUTHORIZER_CONFIGURATION_ERROR {"message": null} (serverless/examples#305 records the malformed-output
 * case's AuthorizerConfigurationException; auth0-samples/jwt-rsa-aws-custom-authorizer#6 the 500 with a
 * null message for a thrown error); the Lambda service failing or not answering within the authorizer
 * timeout → 500 AUTHORIZER_FAILURE {"message": null} (not recorded; "the authorizer failed", DG
 * supported-gateway-response-types).
 * Cache: per stage, keyed by the authorizer and its identity values, for authorizerResultTtlInSeconds
 * (default 300, 0 = off). The cached output is evaluated again against each request's method ARN, so a
 * policy naming one method denies the API's other methods until it expires — AWS's documented pitfall
 * (repost.aws knowledge-center api-gateway-lambda-authorization-errors; jackrk in serverless/serverless#626:
 * "applies to that token + api + authorizer + stage on any resource/method"). Failures are not cached.
 */
import type { Authorizer } from '../domain/authorizer.js';
import { type LambdaInvoker } from '../lambda/invoker.js';
import { type PolicyDocument } from './policy.js';
/** Not recorded: how long API Gateway waits for an authorizer; the integration default is used. */
export declare const AUTHORIZER_TIMEOUT_MS = 29000;
export declare const DEFAULT_TTL_SECONDS = 300;
export type AuthorizerFailureType = 'UNAUTHORIZED' | 'AUTHORIZER_CONFIGURATION_ERROR' | 'AUTHORIZER_FAILURE';
/** An authorizer that did not produce a usable answer; `log` is the execution-log line AWS writes. */
export declare class AuthorizerFailure extends Error {
    readonly type: AuthorizerFailureType;
    readonly log: string;
    constructor(type: AuthorizerFailureType, log: string);
}
export interface LambdaAuthorizerOutput {
    principalId: string;
    policy: PolicyDocument;
    /** The policyDocument as the function returned it (TestInvokeAuthorizer's `policy`). */
    policyText: string;
    context: Record<string, string>;
    usageIdentifierKey?: string;
    /** The raw answer (execution log). */
    payload: string;
}
/** Where identity sources are read. */
export interface IdentityReader {
    header(name: string): string | undefined;
    query(name: string): string | undefined;
    stageVariable(name: string): string | undefined;
    context(path: string): string | undefined;
}
export type Identity = {
    ok: true;
    values: [source: string, value: string | undefined][];
    key: string;
} | {
    ok: false;
    values: [string, string | undefined][];
};
export declare const identitySourcesOf: (a: Pick<Authorizer, "identitySource">) => string[];
export declare function ttlOf(a: Authorizer): number;
/**
 * The authorizer's identityValidationExpression as AWS runs it: a java.util.regex pattern the whole
 * value must match (DG "Input to an API Gateway Lambda authorizer": "API Gateway matches the token
 * against this expression"), compiled once per authorizer configuration (a deployment's authorizers
 * are immutable objects). One that cannot be translated never matches: the request gets 401, as a
 * mismatch would (nothing recorded shows AWS refusing such a pattern at CreateAuthorizer).
 */
export declare function identityMatcher(a: Authorizer): (s: string) => boolean;
/** The identity an authorizer sees, or why it is refused before being invoked. */
export declare function readIdentity(a: Authorizer, r: IdentityReader): Identity;
/** AWS masks identities and principals in execution logs: all but the last 6 characters become `*`. */
export declare function mask(s: string): string;
export declare function tokenEvent(token: string, methodArn: string): Record<string, unknown>;
/** The REQUEST event from a proxy-style event (same headers, query and context rules). */
export declare function requestEvent(methodArn: string, e: {
    resource: string;
    path: string;
    httpMethod: string;
    headers: Record<string, string> | null;
    multiValueHeaders: Record<string, string[]> | null;
    queryStringParameters: Record<string, string> | null;
    multiValueQueryStringParameters: Record<string, string[]> | null;
    pathParameters: Record<string, string> | null;
    stageVariables: Record<string, string> | null;
    requestContext: Record<string, unknown>;
}): Record<string, unknown>;
/** The function's answer, checked as API Gateway checks it. */
export declare function parseOutput(payload: Buffer): LambdaAuthorizerOutput;
export interface AuthorizerCall {
    output: LambdaAuthorizerOutput;
    latencyMs: number;
}
/** Where an authorizer's function lives, for the execution log. */
export declare function authorizerTarget(a: Authorizer, stageVariables: Record<string, string>, accountId: string): {
    uri: string;
    functionName: string;
    region: string;
    arn: string;
} | undefined;
/** Invokes the authorizer's function with the event; every failure becomes an AuthorizerFailure. */
export declare function callAuthorizer(invoker: LambdaInvoker | undefined, a: Authorizer, stageVariables: Record<string, string>, accountId: string, event: Record<string, unknown>, timeoutMs?: number): Promise<AuthorizerCall>;
/** Authorizer results per stage; bounded (oldest entries go first). */
export declare class AuthorizerCache {
    #private;
    private readonly max;
    constructor(max?: number);
    static stageKey(apiId: string, stage: string): string;
    get(stageKey: string, key: string, now: number): LambdaAuthorizerOutput | undefined;
    set(stageKey: string, key: string, output: LambdaAuthorizerOutput, expires: number): void;
    flush(stageKey: string): void;
    get size(): number;
}
