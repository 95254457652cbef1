/**
 * `integration-request`: what the integration is sent. Parameter mappings, the request template
 * chosen by Content-Type (MIME type only; none means application/json) under the
 * passthroughBehavior table (DG:integration-passthrough-behaviors; 415 UNSUPPORTED_MEDIA_TYPE),
 * `$context.requestOverride`, and for HTTP integrations the URL and headers. Proxy integrations
 * forward the client's query string and headers, less hop-by-hop ones.
 */
import { isUtf8 } from 'node:buffer';
import type { Integration } from '../domain/integration.js';
import { convertRequestBody, nonProxyRequestBody } from './binary.js';
import { GatewayError } from './gateway-errors.js';
import type { EndpointRequest } from './integrations/http-client.js';
import { contextOf, header, type Invocation } from './invocation.js';
import { mapParameters, type MappingSources } from './mapping/parameters.js';
import { invocationTraceId } from './method-response.js';
import { TAKEN_BY_GATEWAY } from './request.js';
import { renderTemplate } from './templates.js';
import type { TemplateInput } from './mapping/vtl.js';

/**
 * Client headers that never reach a backend, even through HTTP_PROXY: the ones AWS was sent but neither
 * an HTTP_PROXY backend nor an AWS_PROXY event received (recorded: LS-snap test_apigateway_integrations
 * TestApiGatewayHeaderRemapping — Connection, Content-Length, Content-MD5, Expect, Max-Forwards,
 * Proxy-Authenticate, Server, TE, Transfer-Encoding, Trailer, Upgrade, WWW-Authenticate), RFC 9110
 * §7.6.1's other hop-by-hop names, and Host (the backend's own is sent).
 */
export const HOP_BY_HOP: ReadonlySet<string> = new Set([
  ...TAKEN_BY_GATEWAY, // the recorded twelve (request.ts)
  'keep-alive',
  'proxy-authorization',
  'proxy-connection',
  'host',
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
 * Connection and Keep-Alive describe Tollgate's own connection to the backend. A mapped Upgrade does
 * arrive (same recording; sent over node:http, which undici refuses: integrations/http-client.ts).
 */
const DROPPED_FOR_HTTP = new Set(['expect', 'proxy-authenticate', 'te', 'via', 'connection', 'keep-alive']);

function checkHeaderMappings(integration: Integration, mapped: Record<string, unknown>): void {
  const illegal = integration.type === 'AWS' || integration.type === 'AWS_PROXY' ? ILLEGAL_MAPPED_AWS : ILLEGAL_MAPPED;
  for (const name of Object.keys(mapped)) {
    if (illegal.has(name.toLowerCase())) {
      throw new GatewayError('API_CONFIGURATION_ERROR', {
        cause: new Error(`Execution failed due to configuration error: ${name} header cannot be mapped`),
      });
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
  const mapped =
    integration.requestParameters && Object.keys(integration.requestParameters).length
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
  let body = nonProxyRequestBody(inv, integration.contentHandling); // binary.ts: contentHandling
  let text: string | undefined;
  if (source !== undefined && source !== null && source !== '') {
    // A body CONVERT_TO_BINARY made binary cannot reach a template (rec:
    // test_apigateway_s3.py::TestApiGatewayS3BinarySupport::test_apigw_s3_binary_support_request_convert_to_binary_with_request_template:
    // base64 of a gzip sent as application/json, which has a template, is a 500 on AWS).
    if (integration.contentHandling === 'CONVERT_TO_BINARY' && !isUtf8(body)) {
      throw new GatewayError('API_CONFIGURATION_ERROR', { cause: new Error('Unable to transform the binary request body with a mapping template') });
    }
    text = renderTemplate(inv, source, {
      input: templateInput(inv, body.toString('utf8')),
      // Built only if the template reads or sets `$context` (a plain-text template never renders at all).
      context: () => contextOf(inv),
      stageVariables: inv.stageVariables,
    });
    body = Buffer.from(text);
    // Unset: no template built `$context`, so none set `$context.requestOverride`.
    const override = inv.context?.requestOverride as
      | {
          header: Record<string, string>;
          path: Record<string, string>;
          querystring: Record<string, string>;
        }
      | undefined;
    if (override) {
      Object.assign(mapped.header, override.header);
      Object.assign(mapped.path, override.path);
      Object.assign(mapped.querystring, override.querystring);
    }
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
  constructor(
    readonly inv: Invocation,
    readonly body: string,
  ) {}

  get path(): Record<string, string> {
    return (this.#path ??= { ...this.inv.pathParameters });
  }

  get querystring(): Record<string, string> {
    if (!this.#querystring) {
      this.#querystring = {};
      for (const [k, v] of this.inv.request.query) this.#querystring[k] = v[v.length - 1];
    }
    return this.#querystring;
  }

  /**
   * The client's headers less the hop-by-hop ones, Host excepted: `$input.params('Connection')`, `TE`,
   * `Max-Forwards`… render empty though the client sent them (rec:
   * test_apigateway_integrations.py::TestApiGatewayHeaderRemapping::test_apigateway_header_remapping_http[HTTP]
   * [full-integration], and the AWS one alike: Host, Via, Date and Authorization were seen).
   */
  get header(): Record<string, string> {
    if (!this.#header) {
      this.#header = {};
      for (const [lower, h] of this.inv.request.headers) {
        if (HOP_BY_HOP.has(lower) && lower !== 'host') continue;
        this.#header[h.name] = h.values[h.values.length - 1];
      }
    }
    return this.#header;
  }
}

function substituteStageVariables(s: string, vars: Record<string, string>): string {
  return s.replace(/\$\{stageVariables\.([A-Za-z0-9_]+)\}/g, (_m, name: string) => vars[name] ?? '');
}

interface ParsedUri {
  origin: string;
  pathname: string;
  search: string;
  pathAndQuery: string;
}

/** Integration URIs parsed once per distinct text (after substitution), not per request. */
const parsedUris = new Map<string, ParsedUri>();

function parseUri(uri: string): ParsedUri {
  let p = parsedUris.get(uri);
  if (!p) {
    const u = new URL(uri);
    const href = u.hash ? u.href.slice(0, -u.hash.length) : u.href;
    p = { origin: u.origin, pathname: u.pathname, search: u.search, pathAndQuery: href.slice(u.origin.length) };
    if (parsedUris.size >= 4096) parsedUris.clear();
    parsedUris.set(uri, p);
  }
  return p;
}

/**
 * Query text the WHATWG URL parser would percent-encode (C0 controls, space, `"`, `#`, `<`, `>`, `'`,
 * non-ASCII): such a query takes the URL object's path, so the backend gets the same bytes either way.
 */
// eslint-disable-next-line no-control-regex -- matching the C0 controls is the point
const NEEDS_ENCODING = /[\x00-\x20"#<>'\x7f-\uffff]/;

/** The integration URI with stage variables and `{name}` placeholders filled in. */
function integrationUri(inv: Invocation, integration: Integration, ir: IntegrationRequest): string {
  let uri = integration.uri ?? '';
  if (uri.includes('${')) uri = substituteStageVariables(uri, inv.stageVariables);
  // `{name}` placeholders take the mapped integration.request.path values; an unmapped placeholder
  // falls back to the method's path parameter of the same name (a Tollgate leniency, see README).
  if (uri.includes('{')) uri = uri.replace(/\{([A-Za-z0-9._-]+?)\+?\}/g, (m, name: string) => ir.path[name] ?? inv.pathParameters[name] ?? m);
  return uri;
}

/**
 * Origin and path (with query) of the backend call. A URI that is no URL once its stage variables are
 * filled in is AWS's configuration error (rec: test_apigateway_api.py::TestApigatewayTestInvoke::test_failed_invoke_test_method
 * [test-invoke-failure]: "https://${stageVariables.testHost}" without the variable → 500, logged
 * "Execution failed due to configuration error: Invalid endpoint address").
 */
function backendTarget(inv: Invocation, integration: Integration, ir: IntegrationRequest, proxy: boolean): { origin: string; path: string } {
  try {
    return backendUrl(inv, integration, ir, proxy);
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    throw new GatewayError('API_CONFIGURATION_ERROR', {
      cause: new Error('Execution failed due to configuration error: Invalid endpoint address'),
    });
  }
}

/** The client's query for proxies, mapped query parameters. */
function backendUrl(inv: Invocation, integration: Integration, ir: IntegrationRequest, proxy: boolean): { origin: string; path: string } {
  const uri = integrationUri(inv, integration, ir);
  const rawQuery = proxy ? inv.request.rawQuery : '';
  let mappedQuery = false;
  for (const _ in ir.querystring) {
    mappedQuery = true;
    break;
  }
  if (!mappedQuery && !NEEDS_ENCODING.test(rawQuery)) {
    const p = parseUri(uri);
    if (p.origin !== 'null') {
      if (!rawQuery) return { origin: p.origin, path: p.pathAndQuery };
      return { origin: p.origin, path: p.search ? `${p.pathAndQuery}&${rawQuery}` : `${p.pathname}?${rawQuery}` };
    }
  }
  const url = new URL(uri);
  if (rawQuery) url.search = url.search ? `${url.search}&${rawQuery}` : `?${rawQuery}`;
  for (const [k, v] of Object.entries(ir.querystring)) {
    for (const value of Array.isArray(v) ? v : [v]) url.searchParams.append(k, value);
  }
  return { origin: url.origin, path: `${url.pathname}${url.search}` };
}

/**
 * Headers for the backend. HTTP_PROXY passes the client's; HTTP (non-proxy) sends only what is mapped
 * (recorded "no-param-integration": the backend got Accept, Host, User-Agent, X-Amzn-Apigateway-Api-Id
 * and X-Amzn-Trace-Id, none of the client's own). Then defaults, unless the client (proxy) or a mapping
 * set them (same recording; LS-code handlers/integration_request.py): JSON is accepted, the caller is
 * named, and the client's Content-Type goes along with a method that has a body.
 */
function backendHeaders(inv: Invocation, ir: IntegrationRequest, proxy: boolean): Record<string, string | string[]> {
  const headers = new HeaderSet();
  if (proxy) {
    for (const [lower, h] of inv.request.headers) {
      // Nor does the client's Via or Content-Encoding reach an HTTP_PROXY backend (a mapped
      // Content-Encoding does) (rec: test_apigateway_integrations.py::TestApiGatewayHeaderRemapping::test_apigateway_header_remapping_http[HTTP_PROXY]
      // [no-param-integration], [full-integration]).
      if (HOP_BY_HOP.has(lower) || lower === 'via' || lower === 'content-encoding') continue;
      // A SigV4 Authorization header is API Gateway's to consume (AWS_IAM), never the backend's
      // (DG:api-gateway-known-issues; LS-code handlers/integration_request.py drops it likewise).
      if (lower === 'authorization' && h.values.some((v) => v.startsWith('AWS4-HMAC-SHA256 '))) continue;
      headers.add(lower, h.name, h.values.length === 1 ? h.values[0] : h.values);
    }
  }
  for (const k in ir.header) if (!DROPPED_FOR_HTTP.has(k.toLowerCase())) headers.set(k, ir.header[k]);
  headers.setDefault('accept', 'Accept', 'application/json');
  headers.setDefault('user-agent', 'User-Agent', `AmazonAPIGateway_${inv.request.target.apiId}`);
  const ct = header(inv.request, 'content-type');
  if (ct && inv.request.method !== 'GET' && inv.request.method !== 'HEAD' && inv.request.method !== 'OPTIONS')
    headers.setDefault('content-type', 'Content-Type', ct);
  headers.add('x-amzn-trace-id', 'X-Amzn-Trace-Id', invocationTraceId(inv));
  headers.add('x-amzn-apigateway-api-id', 'X-Amzn-Apigateway-Api-Id', inv.request.target.apiId);
  // HTTP_PROXY names the caller to the backend, after any proxies the client came through; HTTP does not
  // (rec: test_apigateway_http.py::test_http_integration_with_lambda[HTTP_PROXY] [http-invocation-lambda-url]:
  // the backend's X-Forwarded-For held more than API Gateway's own address; [HTTP]: only that).
  if (proxy) {
    const forwarded = header(inv.request, 'x-forwarded-for');
    headers.set('X-Forwarded-For', forwarded ? `${forwarded}, ${inv.request.sourceIp}` : inv.request.sourceIp);
  }
  return headers.record;
}

/** The backend call for HTTP and HTTP_PROXY integrations. */
export function httpEndpointRequest(inv: Invocation, integration: Integration, ir: IntegrationRequest, proxy: boolean): EndpointRequest {
  const { origin, path } = backendTarget(inv, integration, ir, proxy);
  const method = integration.httpMethod === 'ANY' || !integration.httpMethod ? inv.request.method : integration.httpMethod;
  return {
    method,
    origin,
    path,
    headers: backendHeaders(inv, ir, proxy),
    body: method === 'GET' || method === 'HEAD' ? undefined : ir.body,
    timeoutMs: integration.timeoutInMillis ?? 29_000,
    insecureSkipVerification: integration.tlsConfig?.insecureSkipVerification,
    // The stage's client certificate goes to backends that ask for one (integrations/http-client.ts).
    clientCertificate: inv.served.stage.clientCertificateId ? { region: inv.served.region, id: inv.served.stage.clientCertificateId } : undefined,
  };
}

/**
 * Header names are case-insensitive: a mapped `x-custom` replaces the client's `X-Custom`. Kept as
 * the record undici is given, plus the actual name used for each lower-cased one.
 */
class HeaderSet {
  readonly record: Record<string, string | string[]> = {};
  readonly #names = new Map<string, string>();
  set(name: string, value: string | string[]): void {
    this.add(name.toLowerCase(), name, value);
  }
  add(lower: string, name: string, value: string | string[]): void {
    const prev = this.#names.get(lower);
    if (prev !== undefined && prev !== name) delete this.record[prev];
    this.#names.set(lower, name);
    this.record[name] = value;
  }
  setDefault(lower: string, name: string, value: string): void {
    if (!this.#names.has(lower)) this.add(lower, name, value);
  }
}
