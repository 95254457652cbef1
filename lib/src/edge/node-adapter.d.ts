/**
 * node:http ⇄ the pipeline: a request record read from an IncomingMessage (synchronously when it has no
 * body, the common GET: no extra turn of the event loop), and the pipeline's answer written to the
 * ServerResponse. The pipeline itself (data/pipeline.ts) never sees node:http, so TestInvokeMethod runs
 * the same core with a record of its own.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ClientRequest, GatewayAnswer, InvokeTarget } from '../pipeline/invocation.js';
import type { DataPlane } from '../pipeline/pipeline.js';
/** The request record of an IncomingMessage (its body, if any, still to come: `readBody`). */
export declare function requestRecord(req: IncomingMessage, target: InvokeTarget, rawQuery: string): ClientRequest;
/**
 * Writes the pipeline's answer. One node:http refuses (a header value with characters HTTP does not
 * allow, from a mapping) is answered as the pipeline's own failure instead.
 */
export declare function writeAnswer(res: ServerResponse, answer: GatewayAnswer, data: DataPlane): void;
/**
 * One data-plane request over node:http: record in, pipeline, answer out, then its access log line.
 * An answer the pipeline had ready (MOCK, HTTP_PROXY's failures, gateway errors) is written at once,
 * in this turn of the event loop: a promise comes back only when the pipeline had to wait. May throw
 * (a bug) as well as reject: the caller answers both.
 */
export declare function serveInvoke(data: DataPlane, req: IncomingMessage, res: ServerResponse, target: InvokeTarget, rawQuery: string): void | Promise<void>;
