/**
 * `integration-request`: what the integration is sent. Parameter mappings, the request template
 * chosen by Content-Type (MIME type only; none means application/json) under the
 * passthroughBehavior table (DG:integration-passthrough-behaviors; 415 UNSUPPORTED_MEDIA_TYPE),
 * `$context.requestOverride`, and for HTTP integrations the URL and headers. Proxy integrations
 * forward the client's query string and headers, less hop-by-hop ones.
 */
import type { Integration } from '../control/integrations.js';
import { GatewayError } from './gateway-errors.js';
import type { EndpointRequest } from './integrations/http-client.js';
import { contextOf, header, type Invocation } from './invocation.js';
import { mapParameters, type MappingSources } from './mapping/parameters.js';
import { templateFor } from './templates.js';

/** Hop-by-hop headers never reach the backend (RFC 9110 §7.6.1), nor do Host and Content-Length. */
export const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'host', 'content-length', 'expect']);

export interface IntegrationRequest {
  /** The rendered or passed-through body. */
  body: Buffer;
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
  const mapped = mapParameters(integration.requestParameters, 'integration.request', methodSources(inv));
  if (proxy) return { body: inv.request.body, ...mapped };

  const templates = integration.requestTemplates ?? {};
  const hasTemplates = Object.keys(templates).length > 0;
  const contentType = requestContentType(inv);
  const source = templates[contentType];
  const passthrough = integration.passthroughBehavior ?? 'WHEN_NO_MATCH';
  let body = inv.request.body;
  if (source !== undefined && source !== null && source !== '') {
    const ctx = contextOf(inv);
    body = Buffer.from(templateFor(inv, source).render({
      input: templateInput(inv),
      context: ctx,
      stageVariables: inv.stageVariables,
    }));
    const override = ctx.requestOverride as { header: Record<string, string>; path: Record<string, string>; querystring: Record<string, string> };
    Object.assign(mapped.header, override.header);
    Object.assign(mapped.path, override.path);
    Object.assign(mapped.querystring, override.querystring);
  } else if (source === undefined) {
    const refuse = passthrough === 'NEVER' || (passthrough === 'WHEN_NO_TEMPLATES' && hasTemplates);
    if (refuse) throw new GatewayError('UNSUPPORTED_MEDIA_TYPE');
  }
  return { body, ...mapped };
}

export function templateInput(inv: Invocation): { body: string; path: Record<string, string>; querystring: Record<string, string>; header: Record<string, string> } {
  const querystring: Record<string, string> = {};
  for (const [k, v] of inv.request.query) querystring[k] = v[v.length - 1];
  const headers: Record<string, string> = {};
  for (const h of inv.request.headers.values()) headers[h.name] = h.values[h.values.length - 1];
  return { body: inv.request.body.toString('utf8'), path: { ...inv.pathParameters }, querystring, header: headers };
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
  const headers: Record<string, string | string[]> = {};
  if (proxy) {
    for (const [lower, h] of inv.request.headers) {
      if (!HOP_BY_HOP.has(lower)) headers[h.name] = h.values.length === 1 ? h.values[0] : h.values;
    }
  } else {
    const ct = header(inv.request, 'content-type');
    if (ct) headers['Content-Type'] = ct;
    const accept = header(inv.request, 'accept');
    headers.Accept = accept ?? 'application/json';
  }
  for (const [k, v] of Object.entries(ir.header)) headers[k] = v;
  const method = integration.httpMethod === 'ANY' || !integration.httpMethod ? inv.request.method : integration.httpMethod;
  return {
    method,
    url: url.toString(),
    headers,
    body: method === 'GET' || method === 'HEAD' ? undefined : ir.body,
    timeoutMs: integration.timeoutInMillis ?? 29_000,
    insecureSkipVerification: integration.tlsConfig?.insecureSkipVerification,
  };
}
