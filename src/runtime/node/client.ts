/**
 * Tollgate's runtime client for the `nodejs*` runtimes: the program an execution environment's `node` runs
 * (launch.ts). It speaks the Lambda Runtime API at AWS_LAMBDA_RUNTIME_API as Lambda's own Node.js runtime
 * interface client does (aws/aws-lambda-nodejs-runtime-interface-client, Runtime.js and RAPIDClient.js):
 * init loads `_HANDLER` from LAMBDA_TASK_ROOT (a failure is posted to /init/error, then the process exits);
 * then, forever, GET /invocation/next, run the handler (node/handler.ts), POST /response or /error.
 * An error nothing catches is posted for the invocation under way and ends the process with status 129
 * (RIC index.mjs), as does a rejection nobody handles (Runtime.UnhandledPromiseRejection).
 * Only Node's own modules: nothing of Tollgate's server is loaded into the function's process.
 */
import { connect, type Socket } from 'node:net';
import { basename } from 'node:path';
import {
  loadHandler,
  invokeHandler,
  isRapidError,
  resolveHandler,
  toRapidError,
  uncaughtError,
  writeConsoleAsLambda,
  type HandlerOutcome,
  type RapidError,
} from './handler.js';

const API = process.env.AWS_LAMBDA_RUNTIME_API ?? '127.0.0.1:9001';
const [HOST, PORT] = [API.slice(0, API.lastIndexOf(':')), Number(API.slice(API.lastIndexOf(':') + 1))];

interface Answer {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: Buffer;
}

const HEAD_END = Buffer.from('\r\n\r\n');

/**
 * One keep-alive HTTP/1.1 connection to the Runtime API whose requests may be written back to back
 * (pipelined, RFC 9112 §9.3.2): answers come back in order. The loop below writes an invocation's
 * answer and the next GET next together, so that the environment's process is woken once per invocation
 * instead of twice (Node's http client waits for each answer before it writes the next request).
 */
class RuntimeConnection {
  readonly #socket: Socket;
  readonly #waiting: { resolve(a: Answer): void; reject(e: Error): void }[] = [];
  #buffer: Buffer = Buffer.alloc(0);

  constructor() {
    this.#socket = connect({ host: HOST, port: PORT, noDelay: true });
    this.#socket.on('data', (c: Buffer) => this.#read(c));
    const fail = (e: Error): void => {
      for (const w of this.#waiting.splice(0)) w.reject(e);
    };
    this.#socket.on('error', fail);
    this.#socket.on('close', () => fail(new Error('the Runtime API closed the connection')));
  }

  /** Requests made between cork() and uncork() leave in one write (one segment, one wake-up of the Runtime API). */
  cork(): void {
    this.#socket.cork();
  }

  uncork(): void {
    this.#socket.uncork();
  }

  request(method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<Answer> {
    const payload = body === undefined ? undefined : Buffer.from(body);
    let head = `${method} /2018-06-01/runtime/${path} HTTP/1.1\r\nHost: ${API}\r\n`;
    if (payload) head += `Content-Type: application/json\r\nContent-Length: ${payload.length}\r\n`;
    for (const [k, v] of Object.entries(headers)) head += `${k}: ${v}\r\n`;
    const promise = new Promise<Answer>((resolve, reject) => this.#waiting.push({ resolve, reject }));
    this.#socket.write(payload ? Buffer.concat([Buffer.from(`${head}\r\n`, 'latin1'), payload]) : `${head}\r\n`, 'latin1');
    return promise;
  }

  #read(chunk: Buffer): void {
    this.#buffer = this.#buffer.length ? Buffer.concat([this.#buffer, chunk]) : chunk;
    for (;;) {
      const answer = parseAnswer(this.#buffer);
      if (!answer) return;
      this.#buffer = this.#buffer.subarray(answer.size);
      this.#waiting.shift()?.resolve(answer.answer);
    }
  }
}

/** The first complete answer in `buf` (Content-Length or chunked body, as node:http's server writes them) and its size. */
function parseAnswer(buf: Buffer): { answer: Answer; size: number } | undefined {
  const end = buf.indexOf(HEAD_END);
  if (end < 0) return undefined;
  const lines = buf.toString('latin1', 0, end).split('\r\n');
  const status = Number(lines[0].split(' ')[1]);
  const headers: Record<string, string> = {};
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let at = end + HEAD_END.length;
  if (headers['transfer-encoding']?.toLowerCase() === 'chunked') {
    const parts: Buffer[] = [];
    for (;;) {
      const eol = buf.indexOf('\r\n', at);
      if (eol < 0) return undefined;
      const size = parseInt(buf.toString('latin1', at, eol), 16);
      if (buf.length < eol + 2 + size + 2) return undefined;
      at = eol + 2 + size + 2;
      if (size === 0) return { answer: { status, headers, body: Buffer.concat(parts) }, size: at };
      parts.push(buf.subarray(eol + 2, eol + 2 + size));
    }
  }
  const length = Number(headers['content-length'] ?? 0);
  if (buf.length < at + length) return undefined;
  return { answer: { status, headers, body: buf.subarray(at, at + length) }, size: at + length };
}

const api = new RuntimeConnection();
const call = (method: string, path: string, body?: string, headers?: Record<string, string>): Promise<Answer> => api.request(method, path, body, headers);

const postError = (path: string, error: RapidError): Promise<Answer> =>
  call('POST', path, JSON.stringify(error), { 'Lambda-Runtime-Function-Error-Type': error.errorType });

let current: string | undefined;

async function main(): Promise<void> {
  writeConsoleAsLambda(
    () => current,
    (line) => process.stdout.write(line),
  );
  const fatal = (error: RapidError): void => {
    const id = current;
    current = undefined;
    const posted = id ? postError(`invocation/${encodeURIComponent(id)}/error`, error) : Promise.resolve();
    void posted.finally(() => process.exit(129));
  };
  process.on('uncaughtException', (e) => fatal(uncaughtError('exception', e)));
  process.on('unhandledRejection', (reason) => fatal(uncaughtError('rejection', reason)));
  const handlerString = process.env._HANDLER ?? '';
  const root = process.env.LAMBDA_TASK_ROOT ?? process.cwd();
  const { file, exportPath } = resolveHandler(root, handlerString);
  let handler;
  try {
    handler = await loadHandler(file, exportPath, basename(handlerString), root);
  } catch (e) {
    const error = isRapidError(e) ? e : toRapidError(e);
    console.error(JSON.stringify(error));
    await postError('init/error', error);
    process.exit(129);
  }
  let next = call('GET', 'invocation/next');
  for (;;) {
    const event = await next;
    const id = String(event.headers['lambda-runtime-aws-request-id']);
    current = id;
    const outcome = await runOne(handler, event);
    if (current !== id) {
      next = call('GET', 'invocation/next'); // an uncaught error already answered it
      continue;
    }
    current = undefined;
    api.cork();
    const answered = outcome.ok
      ? call('POST', `invocation/${encodeURIComponent(id)}/response`, outcome.payload)
      : postError(`invocation/${encodeURIComponent(id)}/error`, outcome.error);
    next = call('GET', 'invocation/next'); // written with the answer (see RuntimeConnection)
    api.uncork();
    await answered;
  }
}

function runOne(handler: Parameters<typeof invokeHandler>[0], next: Answer): Promise<HandlerOutcome> {
  const h = (name: string): string | undefined => next.headers[name];
  const traceId = h('lambda-runtime-trace-id');
  if (traceId) process.env._X_AMZN_TRACE_ID = traceId;
  else delete process.env._X_AMZN_TRACE_ID;
  let event: unknown;
  try {
    event = JSON.parse(next.body.length ? next.body.toString('utf8') : '{}');
  } catch (e) {
    return Promise.resolve({ ok: false, error: toRapidError(e) });
  }
  const info = {
    functionName: process.env.AWS_LAMBDA_FUNCTION_NAME ?? '',
    functionVersion: process.env.AWS_LAMBDA_FUNCTION_VERSION ?? '$LATEST',
    memorySize: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE ?? '128',
    logGroupName: process.env.AWS_LAMBDA_LOG_GROUP_NAME ?? '',
    logStreamName: process.env.AWS_LAMBDA_LOG_STREAM_NAME ?? '',
    requestId: h('lambda-runtime-aws-request-id') ?? '',
    invokedFunctionArn: h('lambda-runtime-invoked-function-arn') ?? '',
    deadline: Number(h('lambda-runtime-deadline-ms')),
    clientContext: h('lambda-runtime-client-context'),
  };
  return new Promise((resolve) => invokeHandler(handler, event, info, resolve));
}

void main();
