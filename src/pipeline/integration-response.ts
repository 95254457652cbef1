/**
 * `integration-response` for non-proxy integrations (HTTP, MOCK, AWS): pick the integration response
 * whose selectionPattern matches (the backend's status code for HTTP and MOCK; the Lambda errorMessage
 * for AWS Lambda), else the default one (no pattern); map `method.response.header.*` and render the
 * response template chosen by the request's first Accept type (else the first template; none →
 * passthrough) (DG:request-response-data-mappings; SVC IntegrationResponse). No match and no default
 * is AWS's "No match for output mapping and no default output mapping": 500.
 */
import type { Integration, IntegrationResponse } from '../domain/integration.js';
import { responseAfterTemplate, responseBeforeTemplate } from './binary.js';
import { GatewayError } from './gateway-errors.js';
import { contextOf, endpointAnswered, header, type Invocation } from './invocation.js';
import { javaMatcher } from '../shared/java-regex.js';
import { mapParameters } from './mapping/parameters.js';
import { templateInput } from './integration-request.js';
import { renderTemplate } from './templates.js';
import { traceIntegrationResponse } from './trace-steps.js';

export interface MethodResponseOut {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
  contentType: string | undefined;
}

/**
 * Method response headers API Gateway will not send under their own name (recorded: LS-snap
 * test_apigateway_integrations TestApiGatewayHeaderRemapping "full-integration", where every one of
 * them was mapped from a static value): for HTTP (and AWS) integrations these come back as
 * `x-amzn-Remapped-{Name}`, and Transfer-Encoding is dropped. MOCK is not in that recording; it gets
 * the four every integration type remaps (LS-code handlers/method_response.py).
 */
const REMAPPED_COMMON = ['Connection', 'Content-Length', 'Date', 'Server'];
const REMAPPED_NON_PROXY = [
  ...REMAPPED_COMMON,
  'Authorization',
  'Content-MD5',
  'Expect',
  'Host',
  'Max-Forwards',
  'Proxy-Authenticate',
  'Trailer',
  'Upgrade',
  'User-Agent',
  'WWW-Authenticate',
];
const remapTable = (names: string[]): Map<string, string> => new Map(names.map((n) => [n.toLowerCase(), `x-amzn-Remapped-${n}`]));
const REMAP_NON_PROXY = remapTable(REMAPPED_NON_PROXY);
const REMAP_COMMON = remapTable(REMAPPED_COMMON);

export function remapMethodResponseHeaders(integrationType: string, headers: Record<string, string | string[]>): Record<string, string | string[]> {
  const table = integrationType === 'HTTP' || integrationType === 'AWS' ? REMAP_NON_PROXY : REMAP_COMMON;
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (lower === 'transfer-encoding') continue;
    out[table.get(lower) ?? name] = value;
  }
  return out;
}

export interface EndpointResult {
  status: number;
  headers: Map<string, string[]>;
  body: Buffer;
  errorMessage?: string;
  latencyMs?: number;
}

type Matcher = (s: string) => boolean;
const NEVER: Matcher = () => false;

/**
 * selectionPattern matchers, compiled once per deployment. The pattern is a java.util.regex one
 * matched against the whole subject (`.+` does not match past a newline: DG "Set up an integration
 * response", SVC IntegrationResponse.selectionPattern "make sure that the error response does not
 * contain any newline"), so `(?i).*error.*` works and `.` stops at line ends. A pattern that cannot
 * be translated never matches (nothing recorded shows AWS refusing one; PutIntegrationResponse logs
 * a warning: control/integrations.ts).
 */
function selectionMatcher(inv: Invocation, pattern: string): Matcher {
  const memo = inv.served.deployment.memo;
  let all = memo.get('selectionPatterns') as Map<string, Matcher> | undefined;
  if (!all) {
    all = new Map();
    memo.set('selectionPatterns', all);
  }
  let m = all.get(pattern);
  if (m === undefined) {
    m = javaMatcher(pattern) ?? NEVER;
    all.set(pattern, m);
  }
  return m;
}

/** `subject` undefined (a Lambda invocation that succeeded) selects the default response only. */
export function selectIntegrationResponse(inv: Invocation, integration: Integration, subject: string | undefined): IntegrationResponse {
  const all = integration.integrationResponses ?? {};
  let fallback: IntegrationResponse | undefined;
  for (const status in all) {
    const r = all[status];
    if (r.selectionPattern === undefined || r.selectionPattern === '') {
      fallback ??= r;
      continue;
    }
    if (subject !== undefined && selectionMatcher(inv, r.selectionPattern)(subject)) return r;
  }
  if (fallback) return fallback;
  throw new GatewayError('API_CONFIGURATION_ERROR');
}

/** The first media type of Accept decides (DG: only the first is honoured). */
export function firstAccept(inv: Invocation): string | undefined {
  const accept = header(inv.request, 'accept');
  if (accept === undefined) return undefined;
  // Clients send the same few Accept headers again and again: each is parsed once.
  let first = firstAccepts.get(accept);
  if (first === undefined) {
    first = accept.split(',')[0]?.split(';')[0]?.trim().toLowerCase() ?? '';
    if (firstAccepts.size >= 1024) firstAccepts.clear();
    firstAccepts.set(accept, first);
  }
  return first || undefined;
}
const firstAccepts = new Map<string, string>();

export function integrationResponse(inv: Invocation, integration: Integration, endpoint: EndpointResult, subject: string | undefined): MethodResponseOut {
  inv.integration ??= { status: endpoint.status, latencyMs: endpoint.latencyMs };
  endpointAnswered(inv);
  const chosen = selectIntegrationResponse(inv, integration, subject);
  const status = Number(chosen.statusCode);
  const mapped = mapParameters(chosen.responseParameters, 'method.response', {
    prefix: 'integration.response',
    header: endpoint.headers,
    body: () => endpoint.body.toString('utf8'),
    context: () => contextOf(inv),
    stageVariables: inv.stageVariables,
  });
  const templates = chosen.responseTemplates ?? {};
  const keys = Object.keys(templates);
  const accept = firstAccept(inv);
  const contentType = accept && templates[accept] !== undefined ? accept : keys[0];
  const source = contentType !== undefined ? templates[contentType] : undefined;
  // Binary conversions around the template (binary.ts): binary → base64 text before, text → binary after.
  const endpointType = endpoint.headers.get('content-type')?.[0];
  let body = responseBeforeTemplate(inv, endpoint.body, endpointType, chosen.contentHandling);
  let finalStatus = status;
  const headers: Record<string, string | string[]> = { ...mapped.header };
  if (source) {
    const ctx = contextOf(inv);
    body = Buffer.from(renderTemplate(inv, source, { input: templateInput(inv, body.toString('utf8')), context: ctx, stageVariables: inv.stageVariables }));
  }
  body = responseAfterTemplate(inv, body, endpointType, chosen.contentHandling);
  // $context.responseOverride, set by the request or the response template (F88).
  const override = inv.context?.responseOverride as { header: Record<string, string>; status?: number | string } | undefined;
  if (override) {
    Object.assign(headers, override.header);
    if (override.status !== undefined && override.status !== null && override.status !== '') finalStatus = Number(override.status);
  }
  if (inv.trace) traceIntegrationResponse(inv.trace, chosen, subject, source ? contentType : undefined, finalStatus !== status ? finalStatus : undefined);
  return {
    status: finalStatus,
    headers: remapMethodResponseHeaders(integration.type, headers),
    body,
    contentType: contentType ?? endpoint.headers.get('content-type')?.[0],
  };
}
