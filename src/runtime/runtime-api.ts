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
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_RESPONSE_BYTES } from './limits.js';

const PREFIX = '/2018-06-01/runtime/';
const ANSWER = /^\/2018-06-01\/runtime\/invocation\/([^/]+)\/(response|error)$/;

/** One event for the runtime, with the headers GET next carries. */
export interface Invocation {
  requestId: string;
  payload: Buffer;
  /** Epoch milliseconds. */
  deadlineMs: number;
  functionArn: string;
  traceId?: string;
  /** The client context, decoded to JSON text (Lambda-Runtime-Client-Context). */
  clientContext?: string;
}

/** What the runtime tells the environment. */
export interface RuntimeEvents {
  /** The runtime asked for an event: initialization is over (the first time) or the last invocation is. */
  next(): void;
  response(requestId: string, body: Buffer): void;
  /** A response over the limit: the invocation fails with Function.ResponseSizeTooLarge. */
  oversize(requestId: string): void;
  error(requestId: string, body: Buffer, errorType: string | undefined): void;
  initError(body: Buffer, errorType: string | undefined): void;
}

export class RuntimeApi {
  readonly #server: Server;
  readonly #events: RuntimeEvents;
  /** A GET next waiting for an event. */
  #parked: ServerResponse | undefined;
  #queued: Invocation | undefined;
  /** The invocation the runtime holds (the only id /response and /error accept). */
  #current: string | undefined;
  #initialized = false;
  /** Counts abandoned invocations: an answer whose invocation was abandoned while its body was read is refused. */
  #generation = 0;

  constructor(events: RuntimeEvents) {
    this.#events = events;
    this.#server = createServer({ keepAliveTimeout: 0, requestTimeout: 0, noDelay: true }, (req, res) => this.#route(req, res));
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(0, '127.0.0.1', () => resolve());
    });
    return `127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  /** Hands an event to the runtime: now if it waits on GET next, else at its next GET. */
  deliver(inv: Invocation): void {
    const parked = this.#parked;
    if (parked && !parked.destroyed) {
      this.#parked = undefined;
      this.#send(parked, inv);
    } else {
      this.#queued = inv;
    }
  }

  /** Forgets the invocation under way (it timed out or the environment is going). */
  abandon(): void {
    this.#current = undefined;
    this.#queued = undefined;
    this.#generation++;
  }

  close(): void {
    this.#parked?.destroy();
    this.#server.close();
    this.#server.closeAllConnections();
  }

  #send(res: ServerResponse, inv: Invocation): void {
    this.#current = inv.requestId;
    const headers: Record<string, string | number> = {
      'Content-Type': 'application/json',
      'Content-Length': inv.payload.length,
      'Lambda-Runtime-Aws-Request-Id': inv.requestId,
      'Lambda-Runtime-Deadline-Ms': inv.deadlineMs,
      'Lambda-Runtime-Invoked-Function-Arn': inv.functionArn,
    };
    // Set only when present, as RAPID does (rendering.go setHeaderIfNotEmpty).
    if (inv.traceId) headers['Lambda-Runtime-Trace-Id'] = inv.traceId;
    if (inv.clientContext) headers['Lambda-Runtime-Client-Context'] = inv.clientContext;
    res.writeHead(200, headers);
    res.end(inv.payload);
  }

  #route(req: IncomingMessage, res: ServerResponse): void {
    const path = (req.url ?? '').split('?')[0];
    if (req.method === 'GET' && path === `${PREFIX}invocation/next`) return this.#next(res);
    const answer = req.method === 'POST' ? ANSWER.exec(path) : null;
    if (answer) return void this.#answer(req, res, decodeURIComponent(answer[1]), answer[2] as 'response' | 'error');
    if (req.method === 'POST' && path === `${PREFIX}init/error`) return void this.#initError(req, res);
    req.resume();
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404 page not found\n');
  }

  #next(res: ServerResponse): void {
    this.#initialized = true;
    this.#current = undefined;
    const queued = this.#queued;
    this.#queued = undefined;
    if (queued) this.#send(res, queued);
    else this.#parked = res;
    this.#events.next();
  }

  async #answer(req: IncomingMessage, res: ServerResponse, requestId: string, kind: 'response' | 'error'): Promise<void> {
    if (requestId !== this.#current) {
      req.resume();
      return json(res, 400, { errorMessage: 'Invalid request ID', errorType: 'InvalidRequestID' });
    }
    // The answer claims the invocation now: a runtime may write its GET next right behind it (the Node.js
    // client pipelines the two), and that request may be read before this body is.
    this.#current = undefined;
    const generation = this.#generation;
    const body = await readLimited(req, MAX_RESPONSE_BYTES);
    if (generation !== this.#generation) return json(res, 400, { errorMessage: 'Invalid request ID', errorType: 'InvalidRequestID' });
    if (body === 'broken') {
      this.#current ??= requestId; // the runtime may answer again
      return;
    }
    if (body === 'over') {
      json(res, 413, { errorMessage: `Exceeded maximum allowed payload size (${MAX_RESPONSE_BYTES} bytes).`, errorType: 'RequestEntityTooLarge' });
      return this.#events.oversize(requestId);
    }
    json(res, 202, { status: 'OK' });
    if (kind === 'response') this.#events.response(requestId, body);
    else this.#events.error(requestId, body, header(req, 'lambda-runtime-function-error-type'));
  }

  async #initError(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.#initialized) {
      req.resume();
      // Not recorded: RAPID's text for a runtime state change it refuses (handler/constants.go).
      return json(res, 403, {
        errorMessage: 'State transition from Ready to InitError failed for runtime. Error: State transition is not allowed',
        errorType: 'InvalidStateTransition',
      });
    }
    const body = await readLimited(req, MAX_RESPONSE_BYTES);
    if (body === 'broken') return;
    json(res, 202, { status: 'OK' });
    this.#events.initError(body === 'over' ? Buffer.alloc(0) : body, header(req, 'lambda-runtime-function-error-type'));
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed) return;
  const text = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': text.length }).end(text);
}

/** The body; `over` when it is over `limit` bytes (the rest is drained); `broken` when the connection failed. */
function readLimited(req: IncomingMessage, limit: number): Promise<Buffer | 'over' | 'broken'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
    });
    req.on('end', () => resolve(size > limit ? 'over' : Buffer.concat(chunks, size)));
    req.on('error', () => resolve('broken'));
  });
}
