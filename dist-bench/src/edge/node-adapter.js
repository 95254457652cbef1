import { GatewayError } from '../pipeline/gateway-errors.js';
import { EMPTY_BODY, headersOf, MAX_PAYLOAD_BYTES, methodOf, parseQuery } from '../pipeline/request.js';
/**
 * The body up to AWS's 10 MB payload limit (413 plain text "HTTP content length exceeded 10485760
 * bytes.", OBS1 in aws-behavior.md "Gateway responses"); undefined when there is none.
 */
function readBody(req) {
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
    return new Promise((resolve, reject) => {
        const tooLarge = () => new GatewayError('REQUEST_TOO_LARGE', { message: `HTTP content length exceeded ${MAX_PAYLOAD_BYTES} bytes.` });
        if (Number(req.headers['content-length'] ?? 0) > MAX_PAYLOAD_BYTES) {
            req.resume();
            reject(tooLarge());
            return;
        }
        const chunks = [];
        let size = 0;
        req.on('data', (c) => {
            size += c.length;
            if (size > MAX_PAYLOAD_BYTES) {
                req.removeAllListeners('data');
                req.resume();
                reject(tooLarge());
                return;
            }
            chunks.push(c);
        });
        req.on('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
        req.on('error', reject);
    });
}
/** The request record of an IncomingMessage (its body, if any, still to come: `readBody`). */
export function requestRecord(req, target, rawQuery) {
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
        secure: socket.encrypted === true,
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
function keepAlive(res, headers) {
    // A `Connection: close` already set (a server shutting down, app.ts) stands.
    if (res.shouldKeepAlive && !res.hasHeader('connection'))
        headers.Connection = 'keep-alive';
}
/**
 * Writes the pipeline's answer. One node:http refuses (a header value with characters HTTP does not
 * allow, from a mapping) is answered as the pipeline's own failure instead.
 */
export function writeAnswer(res, answer, data) {
    if (res.headersSent) {
        res.destroy();
        return;
    }
    keepAlive(res, answer.headers);
    try {
        res.writeHead(answer.status, answer.headers);
    }
    catch (e) {
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
export function serveInvoke(data, req, res, target, rawQuery) {
    const answer = data.respond(requestRecord(req, target, rawQuery), readBody(req));
    if (answer instanceof Promise)
        return answer.then((ready) => answered(data, res, ready));
    answered(data, res, answer);
}
function answered(data, res, answer) {
    writeAnswer(res, answer, data);
    data.recordAccess(answer);
}
//# sourceMappingURL=node-adapter.js.map