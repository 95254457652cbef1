/**
 * `method-response`: writes the answer with the headers AWS adds (x-amzn-RequestId, x-amz-apigw-id,
 * X-Amzn-Trace-Id except for MOCK and HTTP_PROXY) and compresses it when the API has a minimumCompressionSize, the client's
 * Accept-Encoding allows gzip or deflate (an absent header means no compression), the body is at
 * least that large and the integration did not encode it already
 * (DG:api-gateway-gzip-compression-decompression).
 */
import { randomBytes } from 'node:crypto';
import { deflateSync, gzipSync } from 'node:zlib';
import type { RenderedResponse } from './gateway-response.js';
import { header, type GatewayAnswer, type Invocation } from './invocation.js';
import { traceResponse } from './trace-steps.js';

function acceptedCoding(acceptEncoding: string | undefined): 'gzip' | 'deflate' | undefined {
  if (!acceptEncoding) return undefined;
  let best: 'gzip' | 'deflate' | undefined;
  let bestQ = 0;
  for (const part of acceptEncoding.split(',')) {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const qp = params.find((p) => p.trim().startsWith('q='));
    const q = qp ? Number(qp.trim().slice(2)) : 1;
    if ((coding === 'gzip' || coding === 'deflate' || coding === '*') && q > bestQ) {
      best = coding === 'deflate' ? 'deflate' : 'gzip';
      bestQ = q;
    }
  }
  return best;
}

/**
 * `Root=1-{epoch seconds, hex}-{24 hex digits}`, X-Ray's form; the digits are the request id's first
 * 24 (its dashes skipped).
 */
export function traceId(startedAt: number, requestId: string): string {
  const second = Math.floor(startedAt / 1000);
  if (second !== traceSecond.value) traceSecond = { value: second, hex: second.toString(16) };
  return `Root=1-${traceSecond.hex}-${requestId.slice(0, 8)}${requestId.slice(9, 13)}${requestId.slice(14, 18)}${requestId.slice(19, 23)}${requestId.slice(24, 28)}`;
}
let traceSecond = { value: NaN, hex: '' };

/**
 * The request's X-Ray trace header, as its Lambda proxy event, its HTTP backend and its answer see it.
 * A client's `X-Amzn-Trace-Id` holding a `Root=` is kept: whole when it names its `Parent`, else with a
 * generated `Parent` (16 hex digits) and `Sampled=0` added (rec:
 * test_apigateway_common.py::TestApiGatewayCommon::test_invocation_trace_id [trace-id-req-headers-AWS_PROXY]:
 * the full id came back with its own Parent; [trace-id-small-req-headers-AWS_PROXY]: a Root-only id came
 * back with another Parent). Without one, a Root of API Gateway's own.
 */
export function invocationTraceId(inv: Invocation): string {
  if (inv.traceId) return inv.traceId;
  const client = header(inv.request, 'x-amzn-trace-id');
  let id: string;
  if (client && /(^|;)\s*Root=1-[0-9a-fA-F]{8}-[0-9a-fA-F]{24}\s*(;|$)/.test(client)) {
    id = client;
    if (!/(^|;)\s*Parent=/.test(id)) id += `;Parent=${randomBytes(8).toString('hex')}`;
    if (!/(^|;)\s*Sampled=/.test(id)) id += ';Sampled=0';
  } else {
    id = traceId(inv.request.startedAt, inv.requestId);
  }
  inv.traceId = id;
  return id;
}

/**
 * Integration types whose answers carry no X-Amzn-Trace-Id of API Gateway's: MOCK (rec:
 * test_apigateway_common.py::TestApiGatewayCommon::test_invocation_trace_id [normal-req-headers-MOCK],
 * even when the client sent one [trace-id-req-headers-MOCK]) and HTTP_PROXY (recorded: LS-snap
 * test_apigateway_integrations TestApiGatewayHeaderRemapping[HTTP_PROXY] response headers; a backend's own
 * passes through). HTTP, AWS and AWS_PROXY answers have one.
 */
const NO_TRACE_ID = new Set(['MOCK', 'HTTP_PROXY']);

/** The method response into the answer record: AWS's headers added, compressed when asked (see above). */
export function methodResponse(answer: GatewayAnswer, inv: Invocation, out: RenderedResponse): void {
  let body = out.body;
  // One pass over the answer's headers: copy them, and note the two that decide what is added.
  const headers: Record<string, string | string[]> = {};
  let hasEncoding = false;
  let hasType = false;
  for (const k in out.headers) {
    const lower = k.toLowerCase();
    if (lower === 'content-encoding') hasEncoding = true;
    else if (lower === 'content-type') hasType = true;
    headers[k] = out.headers[k];
  }
  const threshold = inv.served.deployment.snapshot.api.minimumCompressionSize;
  if (threshold !== undefined && threshold !== null && !hasEncoding && body.length >= threshold) {
    const coding = acceptedCoding(header(inv.request, 'accept-encoding'));
    if (coding) {
      body = coding === 'gzip' ? gzipSync(body) : deflateSync(body);
      headers['Content-Encoding'] = coding;
    }
  }
  if (!hasType) headers['Content-Type'] = 'application/json';
  headers['x-amzn-RequestId'] = answer.requestId;
  headers['x-amz-apigw-id'] = answer.extendedRequestId;
  const type = inv.method?.methodIntegration?.type;
  if (type === undefined || !NO_TRACE_ID.has(type)) headers['X-Amzn-Trace-Id'] = invocationTraceId(inv);
  headers['Content-Length'] = String(body.length);
  answer.status = out.status;
  answer.headers = headers;
  answer.body = inv.request.method === 'HEAD' ? undefined : body;
  const trace = inv.trace;
  if (trace) traceResponse(trace, answer.status, headers, out.body);
}
