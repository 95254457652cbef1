/**
 * `integration-request`: what the integration is sent. Parameter mappings, the request template
 * chosen by Content-Type (MIME type only; none means application/json) under the
 * passthroughBehavior table (DG:integration-passthrough-behaviors; 415 UNSUPPORTED_MEDIA_TYPE),
 * `$context.requestOverride`, and for HTTP integrations the URL and headers. Proxy integrations
 * forward the client's query string and headers, less hop-by-hop ones.
 */
import type { Integration } from '../domain/integration.js';
import type { EndpointRequest } from './integrations/http-client.js';
import { type Invocation } from './invocation.js';
import { type MappingSources } from './mapping/parameters.js';
import type { TemplateInput } from './mapping/vtl.js';
/**
 * Client headers that never reach a backend, even through HTTP_PROXY: the ones AWS was sent but neither
 * an HTTP_PROXY backend nor an AWS_PROXY event received (recorded: LS-snap test_apigateway_integrations
 * TestApiGatewayHeaderRemapping — Connection, Content-Length, Content-MD5, Expect, Max-Forwards,
 * Proxy-Authenticate, Server, TE, Transfer-Encoding, Trailer, Upgrade, WWW-Authenticate), RFC 9110
 * §7.6.1's other hop-by-hop names, and Host (the backend's own is sent).
 */
export declare const HOP_BY_HOP: ReadonlySet<string>;
export interface IntegrationRequest {
    /** The rendered or passed-through body. */
    body: Buffer;
    /** The rendered request template, when one ran (MOCK reads its statusCode). */
    text?: string | undefined;
    /** Mapped and overridden parameters (non-proxy), or what the proxy adds. */
    path: Record<string, string>;
    querystring: Record<string, string | string[]>;
    header: Record<string, string | string[]>;
}
export declare function methodSources(inv: Invocation): MappingSources;
/** The request's MIME type for template selection; a missing Content-Type counts as JSON. */
export declare function requestContentType(inv: Invocation): string;
export declare function buildIntegrationRequest(inv: Invocation, integration: Integration, proxy: boolean): IntegrationRequest;
/** `$input` of a template: the body given, the request's parameter maps built on first use. */
export declare function templateInput(inv: Invocation, body: string): TemplateInput;
/** The backend call for HTTP and HTTP_PROXY integrations. */
export declare function httpEndpointRequest(inv: Invocation, integration: Integration, ir: IntegrationRequest, proxy: boolean): EndpointRequest;
