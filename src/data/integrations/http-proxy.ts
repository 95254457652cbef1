/**
 * HTTP_PROXY answers: the backend's status, headers and body pass back, with API Gateway's header
 * remapping — `Connection`, `Content-Length`, `Date` and `Server` come back as
 * `x-amzn-Remapped-{name}`, `Transfer-Encoding` is dropped (aws-behavior.md "Standard response headers";
 * LS-code:handlers/method_response.py).
 */
import type { RenderedResponse } from '../gateway-response.js';
import type { EndpointResponse } from './http-client.js';

const REMAPPED: Record<string, string> = {
  connection: 'x-amzn-Remapped-Connection',
  'content-length': 'x-amzn-Remapped-Content-Length',
  date: 'x-amzn-Remapped-Date',
  server: 'x-amzn-Remapped-Server',
};
const DROPPED = new Set(['transfer-encoding', 'keep-alive']);

export function proxyResponse(r: EndpointResponse): RenderedResponse {
  const headers: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(r.headers)) {
    if (v === undefined || DROPPED.has(k)) continue;
    headers[REMAPPED[k] ?? k] = v;
  }
  return { status: r.status, headers, body: r.body };
}
