/**
 * node:http ⇄ the pipeline: a request record read from an IncomingMessage (synchronously when it has no
 * body, the common GET: no extra turn of the event loop), and the pipeline's answer written to the
 * ServerResponse. The pipeline itself (data/pipeline.ts) never sees node:http, so TestInvokeMethod runs
 * the same core with a record of its own.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GatewayError } from '../pipeline/gateway-errors.js';
import type { ClientRequest, GatewayAnswer, InvokeTarget } from '../pipeline/invocation.js';
import type { DataPlane } from '../pipeline/pipeline.js';
import { EMPTY_BODY, headersOf, MAX_PAYLOAD_BYTES, methodOf, parseQuery } from '../pipeline/request.js';
import { readBounded } from '../shared/read-body.js';

/**
 * The body up to AWS's 10 MB payload limit (413 plain text "HTTP content length exceeded 10485760
 * bytes.", OBS1 in aws-behavior.md "Gateway responses"); undefined when there is none.
 */
function readBody(req: IncomingMessage): Promise<Buffer> | undefined {
  // No Content-Length and no Transfer-Encoding: HTTP/1.1 says there is no body (RFC 9112 §6.3), so
  // the common GET needs no listeners and no extra turn of the event loop.
  if (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined) {
    req.resume();
    return undefined;
  }
  if (req.headers['content-length'] === '0') {
    req.resume();
    return undefined;
  }
  return readBounded(
    req,
    MAX_PAYLOAD_BYTES,
    () => new GatewayError('REQUEST_TOO_LARGE', { message: `HTTP content length exceeded ${MAX_PAYLOAD_BYTES} bytes.` }),
  );
}

/** The request record of an IncomingMessage (its body, if any, still to come: `readBody`). */
export function requestRecord(req: IncomingMessage, target: InvokeTarget, rawQuery: string): ClientRequest {
  const startedAt = Date.now();
  const headers = headersOf(req.rawHeaders);
  const socket = req.socket;
  const remote = socket.remoteAddress ?? '';
  return {
    method: methodOf(req.method, headers),
    target,
    rawQuery,
    query: parseQuery(rawQuery),
    headers,
    body: EMPTY_BODY,
    sourceIp: remote.startsWith('::ffff:') ? remote.slice(7) : remote,
    startedAt,
    httpVersion: req.httpVersion,
    secure: (socket as { encrypted?: boolean }).encrypted === true,
    localPort: socket.localPort,
    wire: { method: req.method ?? 'GET', url: req.url ?? '/', rawHeaders: req.rawHeaders },
  };
}

/**
 * `Connection: keep-alive` set by hand on a connection that stays open: Node would otherwise add its own
 * `Keep-Alive: timeout=5`, a header AWS's answers never carry (rec:
 * test_apigateway_common.py::TestApiGatewayCommon::test_invocation_trace_id [normal-req-headers-MOCK]:
 * connection, content-length, content-type, date and API Gateway's ids, nothing else).
 */
function keepAlive(res: ServerResponse, headers: Record<string, string | string[]>): void {
  // A `Connection: close` already set (a server shutting down, app.ts) stands.
  if ((res as ServerResponse & { shouldKeepAlive?: boolean }).shouldKeepAlive && !res.hasHeader('connection')) headers.Connection = 'keep-alive';
}

/**
 * Writes the pipeline's answer. One node:http refuses (a header value with characters HTTP does not
 * allow, from a mapping) is answered as the pipeline's own failure instead.
 */
export function writeAnswer(res: ServerResponse, answer: GatewayAnswer, data: DataPlane): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  keepAlive(res, answer.headers);
  try {
    res.writeHead(answer.status, answer.headers);
  } catch (e) {
    data.unwritable(answer, e);
    keepAlive(res, answer.headers);
    res.writeHead(answer.status, answer.headers);
  }
  res.end(answer.body);
}

/**
 * One data-plane request over node:http: record in, pipeline, answer out, then its access log line.
 * An answer the pipeline had ready (MOCK, HTTP_PROXY's failures, gateway errors) is written at once,
 * in this turn of the event loop: a promise comes back only when the pipeline had to wait. May throw
 * (a bug) as well as reject: the caller answers both.
 */
export function serveInvoke(data: DataPlane, req: IncomingMessage, res: ServerResponse, target: InvokeTarget, rawQuery: string): void | Promise<void> {
  const answer = data.respond(requestRecord(req, target, rawQuery), readBody(req));
  if (answer instanceof Promise) return answer.then((ready) => answered(data, res, ready));
  answered(data, res, answer);
}

function answered(data: DataPlane, res: ServerResponse, answer: GatewayAnswer): void {
  writeAnswer(res, answer, data);
  data.recordAccess(answer);
}
