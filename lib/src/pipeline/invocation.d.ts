/**
 * One data-plane request as it moves through the pipeline: explicit slots, filled in order
 * (request → api/stage/deployment → resource/method → integration request → endpoint response).
 * `$context` is built on first use only: a plain HTTP_PROXY call never needs it.
 */
import type { Method } from '../domain/method.js';
import type { Resource } from '../domain/resource.js';
import type { Served } from './deployments.js';
import type { GatewayError } from './gateway-errors.js';
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
    validity: {
        notBefore: string;
        notAfter: string;
    };
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
    headers: Map<string, {
        name: string;
        values: string[];
    }>;
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
    wire?: {
        method: string;
        url: string;
        rawHeaders: string[];
    };
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
    /** The API key, set only when the method requires one and it was accepted (data/api-key.ts). */
    apiKey?: {
        id: string;
        value: string;
    };
    /** Set when a gateway error is being rendered. */
    error?: {
        message: string | null;
        responseType: string;
        validationErrorString?: string;
    };
    /** What the integration answered, for access logs ($context.integration.*): status, latency, error. */
    integration?: {
        status?: number;
        latencyMs?: number;
        error?: string;
        requestId?: string;
    };
    context?: Record<string, unknown>;
    /** Set by the stage cache when it was consulted (pipeline/cache.ts): CloudWatch's CacheHitCount / CacheMissCount. */
    cacheResult?: 'hit' | 'miss';
    /** The X-Ray trace header, set on first use (method-response.ts invocationTraceId). */
    traceId?: string;
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
}
export interface CallerIdentity {
    accessKey: string;
    accountId: string;
    caller: string;
    user: string;
    userArn: string;
}
/** The value at a dotted path (`identity.sourceIp`) of `$context` or any plain object; undefined when absent. */
export declare function valueAt(obj: unknown, path: string): unknown;
export declare function header(req: ClientRequest, name: string): string | undefined;
/** `dd/MMM/yyyy:HH:mm:ss +0000`, the CLF form of $context.requestTime (DG:mapping-template-reference). */
export declare function clfTime(ms: number): string;
/** The `$context` variables (DG:mapping-template-reference), built once per invocation. */
export declare function contextOf(inv: Invocation): Record<string, unknown>;
