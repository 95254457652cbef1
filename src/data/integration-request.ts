/**
 * `integration-request`: what the integration is sent. Parameter mappings, the request template
 * chosen by Content-Type (MIME type only; none means application/json) under the
 * passthroughBehavior table (DG:integration-passthrough-behaviors; 415 UNSUPPORTED_MEDIA_TYPE),
 * `$context.requestOverride`, and for HTTP integrations the URL and headers. Proxy integrations
 * forward the client's query string and headers, less hop-by-hop ones.
 */
import type { Integration } from '../control/integrations.js';
import { convertRequestBody } from './binary.js';
import { GatewayError } from './gateway-errors.js';
import type { EndpointRequest } from './integrations/http-client.js';
import { contextOf, header, type Invocation } from './invocation.js';
import { mapParameters, type MappingSources } from './mapping/parameters.js';
import { traceId } from './method-response.js';
import { renderTemplate } from './templates.js';
import type { TemplateInput } from './mapping/vtl.js';

/**
 * Client headers that never reach a backend, even through HTTP_PROXY: the ones AWS was sent but neither
 * an HTTP_PROXY backend nor an AWS_PROXY event received (recorded: LS-snap test_apigateway_integrations
 * TestApiGatewayHeaderRemapping — Connection, Content-Length, Content-MD5, Expect, Max-Forwards,
 * Proxy-Authenticate, Server, TE, Transfer-Encoding, Trailer, Upgrade, WWW-Authenticate), RFC 9110
 * §7.6.1's other hop-by-hop names, and Host (the backend's own is sent).
 */
export const HOP_BY_HOP = new Set([
  'connection', 'content-length', 'content-md5', 'expect', 'max-forwards', 'proxy-authenticate', 'server', 'te',
  'transfer-encoding', 'trailer', 'upgrade', 'www-authenticate', 'keep-alive', 'proxy-authorization', 'proxy-connection', 'host',
]);

/**
 * F89: an `integration.request.header.*` mapping (or `$context.requestOverride.header`) that sets one of
 * these answers 500 {"message":"Internal server error"}, InternalServerErrorException — Content-Length
 * and Transfer-Encoding for every integration type, the others too for AWS and AWS_PROXY (recorded:
 * LS-snap TestApiGatewayHeaderRemapping; AWS logs "Execution failed due to configuration error").
 */
const ILLEGAL_MAPPED = new Set(['content-length', 'transfer-encoding']);
const ILLEGAL_MAPPED_AWS = new Set([...ILLEGAL_MAPPED, 'authorization', 'connection', 'expect', 'proxy-authenticate', 'te']);

/**
 * Mapped headers an HTTP backend never gets: Expect, Proxy-Authenticate, TE and Via were mapped in the
 * recording above and did not arrive (Via does not reach an HTTP_PROXY backend from the client either).
 * Connection, Upgrade and Keep-Alive describe Tollgate's own connection to the backend, which undici
 * manages and refuses to take from a caller — AWS did forward a mapped Upgrade (same recording); not here.
 */
const DROPPED_FOR_HTTP = new Set(['expect', 'proxy-authenticate', 'te', 'via', 'connection', 'upgrade', 'keep-alive']);

function checkHeaderMappings(integration: Integration, mapped: Record<string, unknown>): void {
  const illegal = integration.type === 'AWS' || integration.type === 'AWS_PROXY' ? ILLEGAL_MAPPED_AWS : ILLEGAL_MAPPED;
  for (const name of Object.keys(mapped)) {
    if (illegal.has(name.toLowerCase())) {
      throw new GatewayError('API_CONFIGURATION_ERROR', { cause: new Error(`Execution failed due to configuration error: ${name} header cannot be mapped`) });
    }
  }
}

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

export function methodSources(inv: Invocation): MappingSources {
  const header = new Map<string, string[]>();
  for (const [k, v] of inv.request.headers) header.set(k, v.values);
  return {
    prefix: 'method.request',
    path: inv.pathParameters,
    querystring: inv.request.query,
    header,
    body: () => inv.request.body.toString('utf8'),
    context: () => contextOf(inv),
    stageVariables: inv.stageVariables,
  };
}

/** The request's MIME type for template selection; a missing Content-Type counts as JSON. */
export function requestContentType(inv: Invocation): string {
  return (header(inv.request, 'content-type') ?? 'application/json').split(';')[0].trim().toLowerCase();
}

export function buildIntegrationRequest(inv: Invocation, integration: Integration, proxy: boolean): IntegrationRequest {
  // Most integrations map nothing: then there is no need to gather the method's sources.
  const mapped = integration.requestParameters && Object.keys(integration.requestParameters).length
    ? mapParameters(integration.requestParameters, 'integration.request', methodSources(inv))
    : { path: {}, querystring: {}, header: {} };
  if (proxy) {
    checkHeaderMappings(integration, mapped.header);
    return { body: convertRequestBody(inv, integration.contentHandling), ...mapped };
  }

  const templates = integration.requestTemplates ?? {};
  const hasTemplates = Object.keys(templates).length > 0;
  const contentType = requestContentType(inv);
  const source = templates[contentType];
  const passthrough = integration.passthroughBehavior ?? 'WHEN_NO_MATCH';
  let body = convertRequestBody(inv, integration.contentHandling); // binary.ts: contentHandling
  let text: string | undefined;
  if (source !== undefined && source !== null && source !== '') {
    const ctx = contextOf(inv);
    text = renderTemplate(inv, source, { input: templateInput(inv, body.toString('utf8')), context: ctx, stageVariables: inv.stageVariables });
    body = Buffer.from(text);
    const override = ctx.requestOverride as { header: Record<string, string>; path: Record<string, string>; querystring: Record<string, string> };
    Object.assign(mapped.header, override.header);
    Object.assign(mapped.path, override.path);
    Object.assign(mapped.querystring, override.querystring);
  } else if (source === undefined) {
    const refuse = passthrough === 'NEVER' || (passthrough === 'WHEN_NO_TEMPLATES' && hasTemplates);
    if (refuse) throw new GatewayError('UNSUPPORTED_MEDIA_TYPE');
  }
  checkHeaderMappings(integration, mapped.header);
  return { body, text, ...mapped };
}

/** `$input` of a template: the body given, the request's parameter maps built on first use. */
export function templateInput(inv: Invocation, body: string): TemplateInput {
  return new InvocationInput(inv, body);
}

class InvocationInput implements TemplateInput {
  #path: Record<string, string> | undefined;
  #querystring: Record<string, string> | undefined;
  #header: Record<string, string> | undefined;
  constructor(readonly inv: Invocation, readonly body: string) {}

  get path(): Record<string, string> { return this.#path ??= { ...this.inv.pathParameters }; }

  get querystring(): Record<string, string> {
    if (!this.#querystring) {
      this.#querystring = {};
      for (const [k, v] of this.inv.request.query) this.#querystring[k] = v[v.length - 1];
    }
    return this.#querystring;
  }

  get header(): Record<string, string> {
    if (!this.#header) {
      this.#header = {};
      for (const h of this.inv.request.headers.values()) this.#header[h.name] = h.values[h.values.length - 1];
    }
    return this.#header;
  }
}

function substituteStageVariables(s: string, vars: Record<string, string>): string {
  return s.replace(/\$\{stageVariables\.([A-Za-z0-9_]+)\}/g, (_m, name: string) => vars[name] ?? '');
}

/** The backend call for HTTP and HTTP_PROXY integrations. */
export function httpEndpointRequest(inv: Invocation, integration: Integration, ir: IntegrationRequest, proxy: boolean): EndpointRequest {
  let uri = substituteStageVariables(integration.uri ?? '', inv.stageVariables);
  // `{name}` placeholders take the mapped integration.request.path values; an unmapped placeholder
  // falls back to the method's path parameter of the same name (a Tollgate leniency, see README).
  uri = uri.replace(/\{([A-Za-z0-9._-]+?)\+?\}/g, (m, name: string) => ir.path[name] ?? inv.pathParameters[name] ?? m);
  const url = new URL(uri);
  if (proxy && inv.request.rawQuery) url.search = url.search ? `${url.search}&${inv.request.rawQuery}` : `?${inv.request.rawQuery}`;
  for (const [k, v] of Object.entries(ir.querystring)) {
    for (const value of Array.isArray(v) ? v : [v]) url.searchParams.append(k, value);
  }
  const headers = new HeaderSet();
  // HTTP_PROXY passes the client's headers; HTTP (non-proxy) sends only what is mapped (recorded
  // "no-param-integration": the backend got Accept, Host, User-Agent, X-Amzn-Apigateway-Api-Id and
  // X-Amzn-Trace-Id, none of the client's own).
  if (proxy) {
    for (const [lower, h] of inv.request.headers) {
      if (HOP_BY_HOP.has(lower) || lower === 'via') continue;
      // A SigV4 Authorization header is API Gateway's to consume (AWS_IAM), never the backend's
      // (DG:api-gateway-known-issues; LS-code handlers/integration_request.py drops it likewise).
      if (lower === 'authorization' && h.values.some((v) => v.startsWith('AWS4-HMAC-SHA256 '))) continue;
      headers.set(h.name, h.values.length === 1 ? h.values[0] : h.values);
    }
  }
  for (const [k, v] of Object.entries(ir.header)) if (!DROPPED_FOR_HTTP.has(k.toLowerCase())) headers.set(k, v);
  // Defaults, unless the client (proxy) or a mapping set them (same recording; LS-code
  // handlers/integration_request.py): JSON is accepted, the caller is named, and the client's
  // Content-Type goes along with a method that has a body.
  headers.setDefault('Accept', 'application/json');
  headers.setDefault('User-Agent', `AmazonAPIGateway_${inv.request.target.apiId}`);
  const ct = header(inv.request, 'content-type');
  if (ct && !['GET', 'HEAD', 'OPTIONS'].includes(inv.request.method)) headers.setDefault('Content-Type', ct);
  headers.set('X-Amzn-Trace-Id', traceId(inv.request.startedAt, inv.requestId));
  headers.set('X-Amzn-Apigateway-Api-Id', inv.request.target.apiId);
  const method = integration.httpMethod === 'ANY' || !integration.httpMethod ? inv.request.method : integration.httpMethod;
  return {
    method,
    url: url.toString(),
    headers: headers.toRecord(),
    body: method === 'GET' || method === 'HEAD' ? undefined : ir.body,
    timeoutMs: integration.timeoutInMillis ?? 29_000,
    insecureSkipVerification: integration.tlsConfig?.insecureSkipVerification,
    // The stage's client certificate goes to backends that ask for one (integrations/http-client.ts).
    clientCertificate: inv.served.stage.clientCertificateId ? { region: inv.served.region, id: inv.served.stage.clientCertificateId } : undefined,
  };
}

/** Header names are case-insensitive: a mapped `x-custom` replaces the client's `X-Custom`. */
class HeaderSet {
  readonly #map = new Map<string, [string, string | string[]]>();
  set(name: string, value: string | string[]): void { this.#map.set(name.toLowerCase(), [name, value]); }
  setDefault(name: string, value: string): void { if (!this.#map.has(name.toLowerCase())) this.set(name, value); }
  toRecord(): Record<string, string | string[]> {
    const out: Record<string, string | string[]> = {};
    for (const [name, value] of this.#map.values()) out[name] = value;
    return out;
  }
}
