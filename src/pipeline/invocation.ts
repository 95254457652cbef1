/**
 * One data-plane request as it moves through the pipeline: explicit slots, filled in order
 * (request → api/stage/deployment → resource/method → integration request → endpoint response).
 * `$context` is built on first use only: a plain HTTP_PROXY call never needs it.
 */
import type { Method } from '../domain/method.js';
import type { Resource } from '../domain/resource.js';
import type { Served } from './deployments.js';
import type { GatewayError } from './gateway-errors.js';
import type { RequestTrace } from './trace.js';
import { javaHashMap, silentMap } from './mapping/java.js';

/**
 * Which API and stage a request targets, as the edge found it (edge/invoke-url.ts, edge/custom-domains.ts).
 */
export interface InvokeTarget {
  apiId: string;
  /** Undefined when the URL names no stage. */
  stage: string | undefined;
  /** The resource path after the stage, percent-encoded, always starting with `/`. */
  path: string;
  /** The URL path up to and including the stage (what `$context.path` prefixes). */
  basePath: string;
  /** Set when the request came in through a custom domain name. */
  domain?: CustomDomainFacts;
}

/** `$context.identity.clientCert` (DG api-gateway-mapping-template-reference; REST proxy event example). */
export interface ClientCertFacts {
  clientCertPem: string;
  subjectDN: string;
  issuerDN: string;
  serialNumber: string;
  validity: { notBefore: string; notAfter: string };
}

export interface CustomDomainFacts {
  /** The DomainName resource that answered (`*.example.com` for a wildcard one). */
  domainName: string;
  /** The base path of the mapping that matched (`(none)` for the empty one); unset when none did. */
  basePath?: string;
  /** The path as the client sent it, base path included: `$context.path` and the proxy event's `path`. */
  requestPath: string;
  /** Set on a mutual-TLS domain: the caller's verified certificate. */
  clientCert?: ClientCertFacts;
}

export interface ClientRequest {
  /** The HTTP method after X-HTTP-Method-Override (DG:known-issues). */
  method: string;
  target: InvokeTarget;
  /** Raw query string without `?`. */
  rawQuery: string;
  /** Decoded query values by name, in order (`+` is a space). */
  query: Map<string, string[]>;
  /** Header values by lower-cased name, with the client's own name casing kept alongside. */
  headers: Map<string, { name: string; values: string[] }>;
  body: Buffer;
  sourceIp: string;
  /** Epoch milliseconds when the request arrived. */
  startedAt: number;
  /** `1.1`, `1.0`: `$context.protocol` (1.1 when unset). */
  httpVersion?: string;
  /** Whether it came over TLS (`X-Forwarded-Proto`, `aws:SecureTransport`). */
  secure?: boolean;
  /** The port it came in on (`X-Forwarded-Port`; 443 when unset). */
  localPort?: number;
  /** The request line and header lines as received, for SigV4 (data/authorize.ts); unset: nothing is signed. */
  wire?: { method: string; url: string; rawHeaders: string[] };
}

/**
 * The pipeline's answer: what is written back (status, headers with Content-Length, body — undefined
 * for HEAD), and what the access log line and TestInvokeMethod read of the request's course.
 */
export interface GatewayAnswer {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer | undefined;
  requestId: string;
  extendedRequestId: string;
  request: ClientRequest;
  served: Served | undefined;
  inv: Invocation | undefined;
  /** The gateway error it was answered with ($context.error.* of the access log; TestInvokeMethod's log). */
  error: GatewayError | undefined;
  /** Its trace, step by step, while the console watches (trace.ts); undefined otherwise. */
  trace: RequestTrace | undefined;
}

export interface Invocation {
  requestId: string;
  extendedRequestId: string;
  request: ClientRequest;
  served: Served;
  /** Unset until routing found them (a gateway error can come first). */
  resource?: Resource;
  method?: Method;
  pathParameters: Record<string, string>;
  stageVariables: Record<string, string>;
  /** Set by the authorization step when an authorizer ran (data/authorize.ts): `$context.authorizer`. */
  authorizer?: AuthorizerInfo;
  /** The IAM caller of an AWS_IAM method (data/authorize.ts): `$context.identity.*`. */
  caller?: CallerIdentity;
  /** That caller's keys, for an AWS integration whose credentials pass the caller's identity (integrations/aws/role-credentials.ts). */
  callerKeys?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** The API key, set only when the method requires one and it was accepted (data/api-key.ts). */
  apiKey?: { id: string; value: string };
  /** Set when a gateway error is being rendered. */
  error?: { message: string | null; responseType: string; validationErrorString?: string };
  /** What the integration answered, for access logs ($context.integration.*): status, latency, error. */
  integration?: { status?: number; latencyMs?: number; error?: string; requestId?: string };
  context?: Record<string, unknown>;
  /** Set when the integration answered after `context` was built: contextOf adds `awsEndpointRequestId` on next use. */
  contextLacksEndpointId?: boolean;
  /** Set by the stage cache when it was consulted (pipeline/cache.ts): CloudWatch's CacheHitCount / CacheMissCount. */
  cacheResult?: 'hit' | 'miss';
  /** The X-Ray trace header, set on first use (method-response.ts invocationTraceId). */
  traceId?: string;
  /** The console's step-by-step trace (trace.ts), set only while someone watches: every step records into it behind `inv.trace?.` or `if (inv.trace)` (trace-steps.ts). */
  trace?: RequestTrace | undefined;
}

/** What an authorizer established: a Lambda authorizer's principal and context, or Cognito claims. */
export interface AuthorizerInfo {
  principalId?: string;
  context?: Record<string, string>;
  claims?: Record<string, string>;
  /** A Lambda authorizer's `usageIdentifierKey` (the AUTHORIZER API-key source, data/api-key.ts). */
  usageIdentifierKey?: string;
  /** Milliseconds the authorizer's function took (0 when its result came from the cache). */
  integrationLatency?: number;
  /** Set when a Lambda authorizer's result came from the stage's authorizer cache (the console's trace). */
  cached?: boolean;
}

export interface CallerIdentity {
  accessKey: string;
  accountId: string;
  caller: string;
  user: string;
  userArn: string;
}

/** `$context.authorizer` (and the proxy event's requestContext.authorizer). */
function authorizerContext(a: AuthorizerInfo | undefined): Record<string, unknown> {
  if (!a) return {};
  if (a.claims) return { claims: { ...a.claims } };
  return { principalId: a.principalId, integrationLatency: a.integrationLatency ?? 0, ...(a.context ?? {}) };
}

/** The value at a dotted path (`identity.sourceIp`) of `$context` or any plain object; undefined when absent. */
export function valueAt(obj: unknown, path: string): unknown {
  let v = obj;
  for (const p of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[p];
  }
  return v;
}

export function header(req: ClientRequest, name: string): string | undefined {
  const h = req.headers.get(name.toLowerCase());
  return h ? h.values[h.values.length - 1] : undefined;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number): string => String(n).padStart(2, '0');

/** `dd/MMM/yyyy:HH:mm:ss +0000`, the CLF form of $context.requestTime (DG:mapping-template-reference). */
export function clfTime(ms: number): string {
  const second = Math.floor(ms / 1000);
  if (second === lastClf.second) return lastClf.text; // many requests share a second
  const d = new Date(ms);
  const text = `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
  lastClf = { second, text };
  return text;
}
let lastClf = { second: NaN, text: '' };

/**
 * The `$context` variables (DG:mapping-template-reference), built once per invocation, as AWS's own:
 * Java HashMaps (their keySet() in HashMap order; the members are put in the recorded order, which
 * decides the order of keys sharing a bucket), with only the members AWS has in the situation —
 * `authorizer` after an authorizer ran, `identity.apiKey`/`apiKeyId` with an API key, `isCanaryRequest`
 * on a stage with a canary, `awsEndpointRequestId` once the integration answered, `error` in gateway
 * responses (gateway-response.ts), `responseOverride.status` once set — and nested maps that print as ""
 * (rec: test_apigateway_sqs.py::test_sqs_amz_json_protocol [sqs-messages]: the 18 keys of `$context`,
 * the 12 of `$context.identity`, requestOverride's path, header and querystring, responseOverride's header).
 */
export function contextOf(inv: Invocation): Record<string, unknown> {
  if (inv.context) {
    if (inv.contextLacksEndpointId) {
      // Copied shallowly: requestOverride and responseOverride stay the maps templates already set.
      inv.contextLacksEndpointId = false;
      inv.context = javaHashMap({ ...inv.context, awsEndpointRequestId: inv.requestId });
    }
    return inv.context;
  }
  const req = inv.request;
  const host = header(req, 'host') ?? '';
  const domainName = host.replace(/:\d+$/, '');
  const identity = silentMap(
    javaHashMap({
      cognitoIdentityPoolId: null,
      accountId: inv.caller?.accountId ?? null,
      cognitoIdentityId: null,
      caller: inv.caller?.caller ?? null,
      sourceIp: req.sourceIp,
      principalOrgId: null,
      accessKey: inv.caller?.accessKey ?? null,
      cognitoAuthenticationType: null,
      cognitoAuthenticationProvider: null,
      userArn: inv.caller?.userArn ?? null,
      userAgent: header(req, 'user-agent') ?? null,
      user: inv.caller?.user ?? null,
      apiKey: inv.apiKey?.value,
      apiKeyId: inv.apiKey?.id,
      // Only on a mutual-TLS custom domain (edge/custom-domains.ts).
      clientCert: req.target.domain?.clientCert,
    }),
  );
  inv.context = javaHashMap({
    resourceId: inv.resource?.id,
    resourcePath: inv.resource?.path,
    httpMethod: req.method,
    extendedRequestId: inv.extendedRequestId,
    requestTime: clfTime(req.startedAt),
    // Through a custom domain: the path as sent, base path included (edge/custom-domains.ts).
    path: req.target.domain ? req.target.domain.requestPath : `/${inv.served.stage.stageName}${req.target.path}`,
    accountId: inv.served.accountId,
    protocol: `HTTP/${req.httpVersion ?? '1.1'}`,
    requestOverride: silentMap({ path: silentMap({}), header: silentMap({}), querystring: silentMap({}) }),
    stage: inv.served.stage.stageName,
    domainPrefix: domainName.split('.')[0],
    requestTimeEpoch: req.startedAt,
    requestId: inv.requestId,
    identity,
    domainName,
    deploymentId: inv.served.deployment.id,
    responseOverride: silentMap({ header: silentMap({}) }),
    apiId: req.target.apiId,
    authorizer: inv.authorizer ? authorizerContext(inv.authorizer) : undefined,
    awsEndpointRequestId: inv.integration ? inv.requestId : undefined,
    // Only when the stage has a canary (DG:api-gateway-mapping-template-reference).
    isCanaryRequest: inv.served.stage.canarySettings ? inv.served.isCanary === true : undefined,
  });
  return inv.context;
}

/**
 * `$context.awsEndpointRequestId`, there once the integration has answered (for the response templates):
 * added when `$context` is next read, not here — most answers map no template that reads it, and
 * rebuilding the HashMap cost ~2% of an AWS integration's CPU per request (docs/performance.md).
 */
export function endpointAnswered(inv: Invocation): void {
  if (inv.context && !('awsEndpointRequestId' in inv.context)) inv.contextLacksEndpointId = true;
}
