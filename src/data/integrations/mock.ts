/**
 * MOCK: no backend. The rendered request template must be JSON with a `statusCode`, which selects the
 * integration response (DG:how-to-mock-integration; LS-code:integrations/mock.py). Without a template
 * (or with a non-JSON one) the status is 200.
 */
import type { EndpointResult } from '../integration-response.js';
import type { IntegrationRequest } from '../integration-request.js';

export function mockEndpoint(ir: IntegrationRequest): EndpointResult {
  let status = 200;
  const text = ir.body.toString('utf8').trim();
  if (text) {
    try {
      const json = JSON.parse(text) as { statusCode?: unknown };
      const n = Number(json?.statusCode);
      if (Number.isInteger(n) && n >= 100 && n <= 599) status = n;
    } catch { /* not JSON: default status */ }
  }
  return { status, headers: new Map(), body: Buffer.alloc(0), latencyMs: 0 };
}
