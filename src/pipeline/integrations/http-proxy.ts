/**
 * HTTP_PROXY answers: the backend's status, headers and body pass back, with API Gateway's header
 * remapping — `Connection`, `Content-Length`, `Date`, `Server` and `x-amzn-RequestId` come back as
 * `x-amzn-Remapped-{name}`, `Transfer-Encoding` is dropped (aws-behavior.md "Standard response headers";
 * LS-code:handlers/method_response.py; recorded in LS-snap test_apigateway_integrations
 * TestApiGatewayHeaderRemapping[HTTP_PROXY]). Everything else, the backend's own CORS headers included,
 * passes untouched. LocalStack also drops Content-Encoding and Via here, which no recording shows; the
 * body is passed on still encoded, so its Content-Encoding stays.
 */
import type { RenderedResponse } from '../gateway-response.js';
import type { Invocation } from '../invocation.js';
import type { EndpointResponse } from './http-client.js';

const REMAPPED: Record<string, string> = {
  connection: 'x-amzn-Remapped-Connection',
  'content-length': 'x-amzn-Remapped-Content-Length',
  date: 'x-amzn-Remapped-Date',
  server: 'x-amzn-Remapped-Server',
};
const DROPPED = new Set(['transfer-encoding', 'keep-alive']);

export function proxyResponse(r: EndpointResponse, inv?: Invocation): RenderedResponse {
  if (inv) inv.integration = { status: r.status, latencyMs: r.latencyMs }; // access logs
  const headers: Record<string, string | string[]> = {};
  const from = r.headers;
  for (const k in from) {
    const v = from[k];
    const lower = k.toLowerCase();
    if (v === undefined || DROPPED.has(lower)) continue;
    // The backend's casing kept (http-client.ts EndpointResponse). Its own x-amzn-RequestId would
    // clash with API Gateway's: it comes back as x-amzn-Remapped-x-amzn-RequestId (rec:
    // test_apigateway_http.py::test_http_proxy_integration_request_data_mappings [http-proxy-invocation]).
    headers[REMAPPED[lower] ?? (lower === 'x-amzn-requestid' ? `x-amzn-Remapped-${k}` : k)] = v;
  }
  return { status: r.status, headers, body: r.body };
}
