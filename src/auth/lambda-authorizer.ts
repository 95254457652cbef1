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
import type { ServiceCaller } from '../domain/lambda/policy.js';
import { LambdaServiceError, type LambdaInvoker } from '../lambda/invoker.js';
import { functionArn, parseLambdaUri, withStageVariables } from '../lambda/names.js';
import { parsePolicy, type PolicyDocument } from './policy.js';
import { javaMatcher } from '../shared/java-regex.js';

/** Not recorded: how long API Gateway waits for an authorizer; the integration default is used. */
export const AUTHORIZER_TIMEOUT_MS = 29_000;
export const DEFAULT_TTL_SECONDS = 300;

export type AuthorizerFailureType = 'UNAUTHORIZED' | 'AUTHORIZER_CONFIGURATION_ERROR' | 'AUTHORIZER_FAILURE';

/** An authorizer that did not produce a usable answer; `log` is the execution-log line AWS writes. */
export class AuthorizerFailure extends Error {
  constructor(
    readonly type: AuthorizerFailureType,
    readonly log: string,
  ) {
    super(log);
  }
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

export type Identity = { ok: true; values: [source: string, value: string | undefined][]; key: string } | { ok: false; values: [string, string | undefined][] };

export const identitySourcesOf = (a: Pick<Authorizer, 'identitySource'>): string[] =>
  (a.identitySource ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function readSource(source: string, r: IdentityReader): string | undefined {
  let m = /^method\.request\.header\.(.+)$/.exec(source);
  if (m) return r.header(m[1]);
  m = /^method\.request\.querystring\.(.+)$/.exec(source);
  if (m) return r.query(m[1]);
  m = /^stageVariables\.(.+)$/.exec(source);
  if (m) return r.stageVariable(m[1]);
  m = /^context\.(.+)$/.exec(source);
  if (m) return r.context(m[1]);
  return undefined;
}

export function ttlOf(a: Authorizer): number {
  return a.authorizerResultTtlInSeconds ?? DEFAULT_TTL_SECONDS;
}

const identityMatchers = new WeakMap<Authorizer, (s: string) => boolean>();

/**
 * The authorizer's identityValidationExpression as AWS runs it: a java.util.regex pattern the whole
 * value must match (DG "Input to an API Gateway Lambda authorizer": "API Gateway matches the token
 * against this expression"), compiled once per authorizer configuration (a deployment's authorizers
 * are immutable objects). One that cannot be translated never matches: the request gets 401, as a
 * mismatch would (nothing recorded shows AWS refusing such a pattern at CreateAuthorizer).
 */
export function identityMatcher(a: Authorizer): (s: string) => boolean {
  let m = identityMatchers.get(a);
  if (!m) {
    m = javaMatcher(a.identityValidationExpression ?? '') ?? (() => false);
    identityMatchers.set(a, m);
  }
  return m;
}

/** The identity an authorizer sees, or why it is refused before being invoked. */
export function readIdentity(a: Authorizer, r: IdentityReader): Identity {
  const sources = identitySourcesOf(a);
  const values = sources.map((s) => [s, readSource(s, r)] as [string, string | undefined]);
  if (a.type === 'REQUEST') {
    const caching = ttlOf(a) > 0;
    if (caching && (values.length === 0 || values.some(([, v]) => v === undefined || v === ''))) return { ok: false, values };
    return { ok: true, values, key: values.map(([, v]) => v ?? '').join('\u0000') };
  }
  // TOKEN and COGNITO_USER_POOLS: one header.
  const token = values[0]?.[1];
  if (token === undefined || token === '') return { ok: false, values };
  if (a.type === 'TOKEN' && a.identityValidationExpression) {
    if (!identityMatcher(a)(token)) return { ok: false, values };
  }
  return { ok: true, values, key: token };
}

/** AWS masks identities and principals in execution logs: all but the last 6 characters become `*`. */
export function mask(s: string): string {
  return s.length <= 6 ? s : `${'*'.repeat(s.length - 6)}${s.slice(-6)}`;
}

export function tokenEvent(token: string, methodArn: string): Record<string, unknown> {
  return { type: 'TOKEN', authorizationToken: token, methodArn };
}

/** The REQUEST event from a proxy-style event (same headers, query and context rules). */
export function requestEvent(
  methodArn: string,
  e: {
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
  },
): Record<string, unknown> {
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

const invalid = (why: string): AuthorizerFailure =>
  new AuthorizerFailure('AUTHORIZER_CONFIGURATION_ERROR', `Execution failed due to configuration error: ${why}`);

/** The function's answer, checked as API Gateway checks it. */
export function parseOutput(payload: Buffer): LambdaAuthorizerOutput {
  const text = payload.toString('utf8');
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw invalid(`Invalid JSON in response: ${text.slice(0, 200)}`);
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw invalid(`Invalid JSON in response: ${text.slice(0, 200)}`);
  const o = v as Record<string, unknown>;
  const pid = o.principalId;
  if (pid === undefined || pid === null || typeof pid === 'object') throw invalid('Invalid authorizer response: principalId is missing');
  if (!o.policyDocument || typeof o.policyDocument !== 'object') throw invalid('Invalid authorizer response: policyDocument is missing');
  let policy: PolicyDocument;
  try {
    policy = parsePolicy(o.policyDocument);
  } catch (e) {
    throw invalid(`Invalid policy document: ${(e as Error).message}`);
  }
  const context: Record<string, string> = {};
  if (o.context !== undefined && o.context !== null) {
    if (typeof o.context !== 'object' || Array.isArray(o.context)) throw invalid('Invalid authorizer response: context must be a map');
    for (const [k, x] of Object.entries(o.context as Record<string, unknown>)) {
      if (x === null || x === undefined) continue;
      if (typeof x === 'object') throw invalid(`Invalid authorizer response: context value of '${k}' is not a string, number or boolean`);
      context[k] = String(x);
    }
  }
  let usageIdentifierKey: string | undefined;
  if (o.usageIdentifierKey !== undefined && o.usageIdentifierKey !== null) {
    if (typeof o.usageIdentifierKey !== 'string') throw invalid('Invalid authorizer response: usageIdentifierKey must be a string');
    usageIdentifierKey = o.usageIdentifierKey;
  }
  return { principalId: String(pid), policy, policyText: JSON.stringify(o.policyDocument), context, usageIdentifierKey, payload: text };
}

export interface AuthorizerCall {
  output: LambdaAuthorizerOutput;
  latencyMs: number;
}

/** Where an authorizer's function lives, for the execution log. */
export function authorizerTarget(
  a: Authorizer,
  stageVariables: Record<string, string>,
  accountId: string,
): { uri: string; functionName: string; region: string; arn: string } | undefined {
  const uri = withStageVariables(a.authorizerUri ?? '', stageVariables);
  const target = parseLambdaUri(uri);
  if (!target) return undefined;
  return {
    uri,
    functionName: target.functionName,
    region: target.region,
    arn: functionArn(target.ref.region ?? target.region, target.ref.accountId ?? accountId, target.ref.name, target.ref.qualifier),
  };
}

/**
 * The `aws:SourceArn` API Gateway invokes an authorizer's function with: `arn:aws:execute-api:{region}:{account}:{apiId}/authorizers/{id}`
 * (the `X-Amz-Source-Arn` header of the endpoint request TestInvokeAuthorizer logs: src/pipeline/test-invoke-authorizer.ts);
 * none when the authorizer has `authorizerCredentials` (a role API Gateway assumes, not the function's policy).
 */
export function authorizerCaller(a: Authorizer, region: string, accountId: string, apiId: string): ServiceCaller | undefined {
  if (a.authorizerCredentials) return undefined;
  return {
    principal: 'apigateway.amazonaws.com',
    sourceArn: `arn:aws:execute-api:${region}:${accountId}:${apiId}/authorizers/${a.id}`,
    sourceAccount: accountId,
  };
}

/**
 * Invokes the authorizer's function with the event; every failure becomes an AuthorizerFailure. A function
 * whose resource-based policy refuses `caller` fails as AWS logs it: "Invalid permissions on Lambda function"
 * (https://repost.aws/knowledge-center/api-gateway-rest-api-lambda-integrations, "with a Lambda authorizer").
 */
export async function callAuthorizer(
  invoker: LambdaInvoker | undefined,
  a: Authorizer,
  stageVariables: Record<string, string>,
  accountId: string,
  event: Record<string, unknown>,
  caller: ServiceCaller | undefined,
  timeoutMs = AUTHORIZER_TIMEOUT_MS,
): Promise<AuthorizerCall> {
  const target = authorizerTarget(a, stageVariables, accountId);
  if (!target) throw invalid(`Invalid Lambda function URI ${a.authorizerUri ?? ''}`);
  if (!invoker) throw invalid('Invalid permissions on Lambda function');
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
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
        caller,
      }),
      timeout,
    ]);
    const latencyMs = performance.now() - started;
    if (result.functionError) {
      let message: unknown;
      try {
        message = (JSON.parse(result.payload.toString('utf8')) as { errorMessage?: unknown }).errorMessage;
      } catch {
        message = undefined;
      }
      if (message === 'Unauthorized') throw new AuthorizerFailure('UNAUTHORIZED', 'Unauthorized');
      throw invalid('Authorizer error');
    }
    return { output: parseOutput(result.payload), latencyMs };
  } catch (e) {
    if (e instanceof AuthorizerFailure) throw e;
    if (e instanceof LambdaServiceError && (e.code === 'ResourceNotFoundException' || e.code === 'AccessDeniedException')) {
      throw invalid('Invalid permissions on Lambda function');
    }
    throw new AuthorizerFailure('AUTHORIZER_FAILURE', `Execution failed: ${(e as Error)?.message ?? String(e)}`);
  } finally {
    clearTimeout(timer);
  }
}

interface CacheEntry {
  expires: number;
  output: LambdaAuthorizerOutput;
}

/** Authorizer results per stage; bounded (oldest entries go first). */
export class AuthorizerCache {
  readonly #stages = new Map<string, Map<string, CacheEntry>>();
  #count = 0;
  constructor(private readonly max = 10_000) {}

  static stageKey(apiId: string, stage: string): string {
    return `${apiId}\n${stage}`;
  }

  get(stageKey: string, key: string, now: number): LambdaAuthorizerOutput | undefined {
    const m = this.#stages.get(stageKey);
    const e = m?.get(key);
    if (!e) return undefined;
    if (e.expires <= now) {
      m!.delete(key);
      this.#count--;
      return undefined;
    }
    return e.output;
  }

  set(stageKey: string, key: string, output: LambdaAuthorizerOutput, expires: number): void {
    if (this.#count >= this.max) this.#evict();
    let m = this.#stages.get(stageKey);
    if (!m) {
      m = new Map();
      this.#stages.set(stageKey, m);
    }
    if (!m.has(key)) this.#count++;
    m.set(key, { expires, output });
  }

  flush(stageKey: string): void {
    const m = this.#stages.get(stageKey);
    if (!m) return;
    this.#count -= m.size;
    this.#stages.delete(stageKey);
  }

  get size(): number {
    return this.#count;
  }

  #evict(): void {
    // Drop a tenth of the entries, oldest first within each stage.
    let drop = Math.max(1, Math.floor(this.max / 10));
    for (const [sk, m] of this.#stages) {
      for (const k of m.keys()) {
        m.delete(k);
        this.#count--;
        if (--drop <= 0) break;
      }
      if (!m.size) this.#stages.delete(sk);
      if (drop <= 0) return;
    }
  }
}
