/**
 * `integration-response` for non-proxy integrations (HTTP, MOCK, AWS): pick the integration response
 * whose selectionPattern matches (the backend's status code for HTTP and MOCK; the Lambda errorMessage
 * for AWS Lambda), else the default one (no pattern); map `method.response.header.*` and render the
 * response template chosen by the request's first Accept type (else the first template; none →
 * passthrough) (DG:request-response-data-mappings; SVC IntegrationResponse). No match and no default
 * is AWS's "No match for output mapping and no default output mapping": 500.
 */
import type { Integration, IntegrationResponse } from '../control/integrations.js';
import { GatewayError } from './gateway-errors.js';
import { contextOf, header, type Invocation } from './invocation.js';
import { mapParameters } from './mapping/parameters.js';
import { templateInput } from './integration-request.js';
import { templateFor } from './templates.js';

export interface MethodResponseOut { status: number; headers: Record<string, string | string[]>; body: Buffer; contentType: string | undefined }

export interface EndpointResult { status: number; headers: Map<string, string[]>; body: Buffer; errorMessage?: string }

function selectionRegex(inv: Invocation, pattern: string): RegExp | undefined {
  const memo = inv.served.deployment.memo;
  const key = `re\u0000${pattern}`;
  let re = memo.get(key) as RegExp | null | undefined;
  if (re === undefined) {
    try { re = new RegExp(`^(?:${pattern})$`, 's'); } catch { re = null; }
    memo.set(key, re);
  }
  return re ?? undefined;
}

export function selectIntegrationResponse(inv: Invocation, integration: Integration, subject: string): IntegrationResponse {
  const all = Object.values(integration.integrationResponses ?? {});
  let fallback: IntegrationResponse | undefined;
  for (const r of all) {
    if (r.selectionPattern === undefined || r.selectionPattern === '') { fallback ??= r; continue; }
    if (selectionRegex(inv, r.selectionPattern)?.test(subject)) return r;
  }
  if (fallback) return fallback;
  throw new GatewayError('API_CONFIGURATION_ERROR');
}

/** The first media type of Accept decides (DG: only the first is honoured). */
export function firstAccept(inv: Invocation): string | undefined {
  return header(inv.request, 'accept')?.split(',')[0]?.split(';')[0]?.trim().toLowerCase() || undefined;
}

export function integrationResponse(inv: Invocation, integration: Integration, endpoint: EndpointResult, subject: string): MethodResponseOut {
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
  let body = endpoint.body;
  let finalStatus = status;
  const headers: Record<string, string | string[]> = { ...mapped.header };
  if (source) {
    const ctx = contextOf(inv);
    const input = { ...templateInput(inv), body: endpoint.body.toString('utf8') };
    body = Buffer.from(templateFor(inv, source).render({ input, context: ctx, stageVariables: inv.stageVariables }));
  }
  // $context.responseOverride, set by the request or the response template (F88).
  const override = inv.context?.responseOverride as { header: Record<string, string>; status?: number | string } | undefined;
  if (override) {
    Object.assign(headers, override.header);
    if (override.status !== undefined && override.status !== null && override.status !== '') finalStatus = Number(override.status);
  }
  return { status: finalStatus, headers, body, contentType: contentType ?? endpoint.headers.get('content-type')?.[0] };
}
