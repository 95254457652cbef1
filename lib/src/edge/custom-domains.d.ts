/**
 * Custom domain names on the wire: a request whose Host is a DomainName in the store goes through
 * that domain's base path mappings into the mapped API and stage, over HTTP and HTTPS alike.
 *
 * As AWS documents and users record it:
 * - the name is looked up exactly, then as a wildcard name (`*.example.com` answers `a.example.com`);
 *   a specific name wins over a wildcard one ("you can configure *.example.com and a.example.com to
 *   behave differently", DG how-to-custom-domains "Wildcard custom domain names"). The wildcard
 *   covers deeper names too ("all possible subdomains"): the closest enclosing wildcard wins;
 * - the mapping with the longest matching base path wins, `(none)` is the catch-all, and a mapping
 *   without a stage takes the stage from the first path segment after the base path
 *   (aws-behavior.md "Custom domains"; DG rest-api-mappings). Base paths match whole segments
 *   (`v1` does not take `/v1beta`); CreateBasePathMapping refuses `/` in a v1 base path, so
 *   multi-level base paths (ApiGatewayV2 API mappings) only reach this code if stored otherwise;
 * - no matching mapping, an unknown or undeployed stage → 403 {"message":"Forbidden"} ("comes from
 *   API Gateway when it has no place to point an event", Miserlou/Zappa#1248; the pipeline renders it);
 * - `/ping` and `/sping` at the root of a custom domain are API Gateway's own health checks
 *   (DG api-gateway-known-issues), answered `healthy` (apex/up#556 reports that body; the status and
 *   content type are not recorded: 200 text/plain here);
 * - a domain with mutualTlsAuthentication serves only callers whose certificate the handshake for
 *   that very domain verified against its truststore; anyone else gets 403 Forbidden (DG
 *   rest-api-mutual-tls: "If the certificate isn't trusted, is expired, ... denied with a 403";
 *   repost.aws/knowledge-center/api-gateway-mutual-tls-403-errors). Plain HTTP never qualifies.
 * - `$context.path` and the Lambda proxy event's `path` are the path the client sent, base path and
 *   all (LocalStack's AWS-checked rules in localstack/localstack#12296, and awslabs/aws-serverless-express#216,
 *   aws/serverless-java-container#34: "the base path was passed into API request path").
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { X509Certificate } from 'node:crypto';
import { type BasePathMapping } from '../domain/base-path-mapping.js';
import type { DomainName } from '../domain/domain-name.js';
import type { Store } from '../store/store.js';
import type { ClientCertFacts, InvokeTarget } from '../pipeline/invocation.js';
import type { DataPlane } from '../pipeline/pipeline.js';
export interface DomainEntry {
    /** The DomainName resource's name (its id in the store). */
    name: string;
    region: string;
    domain: DomainName;
    /** Longest base path first, `(none)` last. */
    mappings: BasePathMapping[];
    /** The TLS layer's memo for this entry (tls-certificates.ts); entries live for one config version. */
    tls?: unknown;
}
/**
 * What the HTTPS listener records about each connection's handshake (tls-listener.ts): which
 * domain's context served it and which truststore verified the caller's certificate, so a request
 * can check that it was this domain, with its current truststore, that verified the caller.
 */
export interface TlsSession {
    domainName: string | undefined;
    truststore: string | undefined;
}
export declare const TLS_SESSIONS: WeakMap<object, TlsSession>;
/** The truststore identity a handshake was verified against (URI and version). */
export declare const truststoreKey: (d: DomainName) => string | undefined;
/** Host header → lower-case name without port or trailing dot. */
export declare function hostname(host: string | undefined): string;
/** Names that can never be a custom domain: none, IP literals, single labels such as `localhost`. */
export declare function isCandidate(name: string): boolean;
export declare class CustomDomains {
    #private;
    constructor(store: Store);
    /** The domain that answers `name`: the exact one, else the closest enclosing wildcard one. */
    lookup(name: string): Promise<DomainEntry | undefined>;
    /**
     * Where a request to a custom domain goes: a target for the pipeline (one without a stage when
     * nothing matches or the caller is refused: the pipeline answers 403 Forbidden), `'ping'`, or
     * undefined when the Host is no custom domain.
     */
    route(req: IncomingMessage, rawPath: string): Promise<InvokeTarget | 'ping' | undefined>;
    /**
     * Serves a request whose Host may be a custom domain: true when it was one (the request is then
     * answered, through `data` or as a health check), false when the caller should handle it.
     */
    serve(req: IncomingMessage, res: ServerResponse, rawPath: string, rawQuery: string, data: DataPlane): Promise<boolean>;
}
/**
 * AWS's example shows validity dates in OpenSSL's form (`May 28 12:30:02 2019 GMT`, which Node's
 * validFrom/validTo share) and the serial number as colon-separated hex bytes (`a1:a1:…`). The DN
 * form is not recorded: the certificate's own attribute order, comma-separated, with RFC 2253
 * escapes.
 */
export declare function clientCertFacts(x: X509Certificate): ClientCertFacts;
