/**
 * The Lambda Runtime API (version 2018-06-01) for one execution environment, on 127.0.0.1 at an ephemeral
 * port that the environment finds in AWS_LAMBDA_RUNTIME_API
 * (https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html):
 *   GET  /2018-06-01/runtime/invocation/next            the next event, held open until there is one;
 *   POST /2018-06-01/runtime/invocation/{id}/response   the function's answer → 202 {"status":"OK"};
 *   POST /2018-06-01/runtime/invocation/{id}/error      its error (Lambda-Runtime-Function-Error-Type) → 202;
 *   POST /2018-06-01/runtime/init/error                 a failed initialization → 202.
 * Refusals are Lambda's (aws/aws-lambda-runtime-interface-emulator, lambda/rapi/rendering/render_error.go):
 * another request id → 400 InvalidRequestID "Invalid request ID"; a response over 6,291,556 bytes → 413
 * RequestEntityTooLarge "Exceeded maximum allowed payload size (6291556 bytes)."; an init error after init →
 * 403 InvalidStateTransition; anything else → 404.
 */
import { createServer } from 'node:http';
import { MAX_RESPONSE_BYTES } from './limits.js';
const PREFIX = '/2018-06-01/runtime/';
const ANSWER = /^\/2018-06-01\/runtime\/invocation\/([^/]+)\/(response|error)$/;
export class RuntimeApi {
    #server;
    #events;
    /** A GET next waiting for an event. */
    #parked;
    #queued;
    /** The invocation the runtime holds (the only id /response and /error accept). */
    #current;
    #initialized = false;
    constructor(events) {
        this.#events = events;
        this.#server = createServer({ keepAliveTimeout: 0, requestTimeout: 0, noDelay: true }, (req, res) => this.#route(req, res));
    }
    async listen() {
        await new Promise((resolve, reject) => {
            this.#server.once('error', reject);
            this.#server.listen(0, '127.0.0.1', () => resolve());
        });
        return `127.0.0.1:${this.#server.address().port}`;
    }
    /** Hands an event to the runtime: now if it waits on GET next, else at its next GET. */
    deliver(inv) {
        const parked = this.#parked;
        if (parked && !parked.destroyed) {
            this.#parked = undefined;
            this.#send(parked, inv);
        }
        else {
            this.#queued = inv;
        }
    }
    /** Forgets the invocation under way (it timed out or the environment is going). */
    abandon() {
        this.#current = undefined;
        this.#queued = undefined;
    }
    close() {
        this.#parked?.destroy();
        this.#server.close();
        this.#server.closeAllConnections();
    }
    #send(res, inv) {
        this.#current = inv.requestId;
        const headers = {
            'Content-Type': 'application/json',
            'Content-Length': inv.payload.length,
            'Lambda-Runtime-Aws-Request-Id': inv.requestId,
            'Lambda-Runtime-Deadline-Ms': inv.deadlineMs,
            'Lambda-Runtime-Invoked-Function-Arn': inv.functionArn,
        };
        // Set only when present, as RAPID does (rendering.go setHeaderIfNotEmpty).
        if (inv.traceId)
            headers['Lambda-Runtime-Trace-Id'] = inv.traceId;
        if (inv.clientContext)
            headers['Lambda-Runtime-Client-Context'] = inv.clientContext;
        res.writeHead(200, headers);
        res.end(inv.payload);
    }
    #route(req, res) {
        const path = (req.url ?? '').split('?')[0];
        if (req.method === 'GET' && path === `${PREFIX}invocation/next`)
            return this.#next(res);
        const answer = req.method === 'POST' ? ANSWER.exec(path) : null;
        if (answer)
            return void this.#answer(req, res, decodeURIComponent(answer[1]), answer[2]);
        if (req.method === 'POST' && path === `${PREFIX}init/error`)
            return void this.#initError(req, res);
        req.resume();
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404 page not found\n');
    }
    #next(res) {
        this.#initialized = true;
        this.#current = undefined;
        const queued = this.#queued;
        this.#queued = undefined;
        if (queued)
            this.#send(res, queued);
        else
            this.#parked = res;
        this.#events.next();
    }
    async #answer(req, res, requestId, kind) {
        if (requestId !== this.#current) {
            req.resume();
            return json(res, 400, { errorMessage: 'Invalid request ID', errorType: 'InvalidRequestID' });
        }
        const body = await readLimited(req, MAX_RESPONSE_BYTES);
        if (body === 'broken')
            return;
        if (requestId !== this.#current)
            return json(res, 400, { errorMessage: 'Invalid request ID', errorType: 'InvalidRequestID' });
        this.#current = undefined;
        if (body === 'over') {
            json(res, 413, { errorMessage: `Exceeded maximum allowed payload size (${MAX_RESPONSE_BYTES} bytes).`, errorType: 'RequestEntityTooLarge' });
            return this.#events.oversize(requestId);
        }
        json(res, 202, { status: 'OK' });
        if (kind === 'response')
            this.#events.response(requestId, body);
        else
            this.#events.error(requestId, body, header(req, 'lambda-runtime-function-error-type'));
    }
    async #initError(req, res) {
        if (this.#initialized) {
            req.resume();
            // Not recorded: RAPID's text for a runtime state change it refuses (handler/constants.go).
            return json(res, 403, {
                errorMessage: 'State transition from Ready to InitError failed for runtime. Error: State transition is not allowed',
                errorType: 'InvalidStateTransition',
            });
        }
        const body = await readLimited(req, MAX_RESPONSE_BYTES);
        if (body === 'broken')
            return;
        json(res, 202, { status: 'OK' });
        this.#events.initError(body === 'over' ? Buffer.alloc(0) : body, header(req, 'lambda-runtime-function-error-type'));
    }
}
function header(req, name) {
    const v = req.headers[name];
    return Array.isArray(v) ? v[0] : v;
}
function json(res, status, body) {
    if (res.destroyed)
        return;
    res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}
/** The body; `over` when it is over `limit` bytes (the rest is drained); `broken` when the connection failed. */
function readLimited(req, limit) {
    return new Promise((resolve) => {
        const chunks = [];
        let size = 0;
        req.on('data', (c) => {
            size += c.length;
            if (size <= limit)
                chunks.push(c);
        });
        req.on('end', () => resolve(size > limit ? 'over' : Buffer.concat(chunks, size)));
        req.on('error', () => resolve('broken'));
    });
}
//# sourceMappingURL=runtime-api.js.map