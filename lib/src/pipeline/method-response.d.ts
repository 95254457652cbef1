import type { RenderedResponse } from './gateway-response.js';
import { type GatewayAnswer, type Invocation } from './invocation.js';
/**
 * `Root=1-{epoch seconds, hex}-{24 hex digits}`, X-Ray's form; the digits are the request id's first
 * 24 (its dashes skipped).
 */
export declare function traceId(startedAt: number, requestId: string): string;
/**
 * The request's X-Ray trace header, as its Lambda proxy event, its HTTP backend and its answer see it.
 * A client's `X-Amzn-Trace-Id` holding a `Root=` is kept: whole when it names its `Parent`, else with a
 * generated `Parent` (16 hex digits) and `Sampled=0` added (rec:
 * test_apigateway_common.py::TestApiGatewayCommon::test_invocation_trace_id [trace-id-req-headers-AWS_PROXY]:
 * the full id came back with its own Parent; [trace-id-small-req-headers-AWS_PROXY]: a Root-only id came
 * back with another Parent). Without one, a Root of API Gateway's own.
 */
export declare function invocationTraceId(inv: Invocation): string;
/** The method response into the answer record: AWS's headers added, compressed when asked (see above). */
export declare function methodResponse(answer: GatewayAnswer, inv: Invocation, out: RenderedResponse): void;
