/**
 * The Lambda Node.js runtime, inside one worker thread per execution environment (local.ts starts
 * it). It loads the function's module once (init, kept warm), then runs one invocation at a time
 * as the runtime interface client does (aws/aws-lambda-nodejs-runtime-interface-client, Runtime.js):
 * `handler(event, context, callback)`; a returned promise settles the invocation; otherwise the
 * callback (or context.succeed/fail/done) does. Errors become Lambda's error payload
 * `{errorType, errorMessage, trace}` (RIC toRapidResponse: a non-Error gives `typeof` as the type
 * and an empty trace). console output is written the runtime's way,
 * `{ISO time}\t{requestId}\t{LEVEL}\t{message}`, to the worker's stdout, which local.ts reads.
 *
 * Differences, on purpose: the runtime answers a sync handler that neither returns a promise nor
 * takes a callback with null once the event loop is empty; here that happens on the next turn. With
 * callbackWaitsForEmptyEventLoop the runtime also waits for the event loop before answering; here
 * the answer leaves at once (a worker cannot see its own event loop drain).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { format, types } from 'node:util';

export interface WorkerData {
  file: string;
  /** Export path inside the module (`handler`, or `a.b` for nested exports). */
  exportPath: string;
  /** The handler string as configured (`index.handler`), for error texts. */
  handlerString: string;
  functionName: string;
  memorySize: number;
  logGroupName: string;
  logStreamName: string;
}

export interface InvokeMessage {
  type: 'invoke';
  id: number;
  payload: string;
  requestId: string;
  deadline: number;
  invokedFunctionArn: string;
  clientContext?: string;
}

export interface RapidError {
  errorType: string;
  errorMessage: string;
  trace?: string[];
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'init-error'; error: RapidError }
  | { type: 'result'; id: number; ok: true; payload: string }
  | { type: 'result'; id: number; ok: false; error: RapidError }
  | { type: 'fatal'; id: number | undefined; error: RapidError };

/** RIC errors.js toRapidResponse. */
export function toRapidError(error: unknown): RapidError {
  try {
    if (types.isNativeError(error) || (error instanceof Object && 'message' in error && 'name' in error && 'stack' in error)) {
      const e = error as Error;
      return { errorType: e.name, errorMessage: e.message, trace: String(e.stack ?? '').split('\n') };
    }
    return { errorType: typeof error, errorMessage: String(error), trace: [] };
  } catch {
    return {
      errorType: 'handled',
      errorMessage: 'callback called with Error argument, but there was a problem while retrieving one or more of its message, name, and stack',
    };
  }
}

type Handler = (event: unknown, context: unknown, callback: unknown) => unknown;
/** The invocation under way, for log lines and for an error nothing catches. */
interface Runtime {
  current?: InvokeMessage;
}

function run(): void {
  const port = parentPort!;
  const data = workerData as WorkerData;
  const rt: Runtime = {};
  writeConsoleAsLambda(rt);
  exitOnUncaughtErrors(port, rt);
  let handler: Handler | undefined;
  port.on('message', (msg: InvokeMessage) => {
    if (msg.type === 'invoke') invoke(port, data, rt, handler!, msg);
  });
  loadHandler(data).then(
    (h) => {
      handler = h;
      port.postMessage({ type: 'ready' } satisfies WorkerMessage);
    },
    (e: unknown) => port.postMessage({ type: 'init-error', error: isRapid(e) ? e : toRapidError(e) } satisfies WorkerMessage),
  );
}

function writeConsoleAsLambda(rt: Runtime): void {
  const write =
    (level: string) =>
    (...args: unknown[]): void => {
      process.stdout.write(`${new Date().toISOString()}\t${rt.current?.requestId ?? 'undefined'}\t${level}\t${format(...args)}\n`);
    };
  console.log = write('INFO');
  console.info = write('INFO');
  console.warn = write('WARN');
  console.error = write('ERROR');
  console.debug = write('DEBUG');
  console.trace = write('TRACE');
}

/**
 * An error nothing catches ends the environment, as in Lambda: the invocation under way answers it
 * (RIC index.js uncaughtException / unhandledRejection), then the runtime exits.
 */
function exitOnUncaughtErrors(port: NonNullable<typeof parentPort>, rt: Runtime): void {
  const fatal = (error: RapidError): void => {
    port.postMessage({ type: 'fatal', id: rt.current?.id, error } satisfies WorkerMessage);
    setImmediate(() => process.exit(129));
  };
  process.on('uncaughtException', (e) => fatal(toRapidError(e)));
  process.on('unhandledRejection', (reason) => {
    const text = reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
    fatal({
      errorType: 'Runtime.UnhandledPromiseRejection',
      errorMessage: text,
      trace: reason instanceof Error ? String(reason.stack).split('\n') : [],
    });
  });
}

/** Init: the function's module, and the handler at its export path (of the module or its default export). */
async function loadHandler(data: WorkerData): Promise<Handler> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(data.file).href)) as Record<string, unknown>;
  } catch (e) {
    const err = e as { code?: string; name?: string; message?: string };
    if (err.code === 'ERR_MODULE_NOT_FOUND' || err.code === 'MODULE_NOT_FOUND') {
      throw {
        errorType: 'Runtime.ImportModuleError',
        errorMessage: `Error: ${err.message}`,
        trace: toRapidError(e).trace,
      } satisfies RapidError;
    }
    if (err.name === 'SyntaxError') {
      throw {
        errorType: 'Runtime.UserCodeSyntaxError',
        errorMessage: `SyntaxError: ${err.message}`,
        trace: toRapidError(e).trace,
      } satisfies RapidError;
    }
    throw toRapidError(e);
  }
  const found = exportAt(mod, data.exportPath) ?? exportAt(mod.default, data.exportPath);
  if (typeof found !== 'function') {
    throw {
      errorType: 'Runtime.HandlerNotFound',
      errorMessage: `${data.handlerString} is undefined or not exported`,
      trace: [],
    } satisfies RapidError;
  }
  return found as Handler;
}

function exportAt(root: unknown, exportPath: string): unknown {
  let v = root;
  for (const part of exportPath.split('.')) {
    if (v === null || v === undefined) return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

/** One invocation: the first of the returned promise, the callback or the context's methods settles it. */
function invoke(port: NonNullable<typeof parentPort>, data: WorkerData, rt: Runtime, handler: Handler, msg: InvokeMessage): void {
  rt.current = msg;
  let settled = false;
  const finish = (err: unknown, result?: unknown): void => {
    if (settled || rt.current?.id !== msg.id) return;
    settled = true;
    rt.current = undefined;
    port.postMessage(resultMessage(msg.id, err, result));
  };
  const callback = (err: unknown, result?: unknown): void => finish(err, result);
  const context = lambdaContext(data, msg, finish);
  let event: unknown;
  try {
    event = JSON.parse(msg.payload || '{}');
  } catch (e) {
    finish(e);
    return;
  }
  try {
    const r = handler(event, context, callback);
    if (r !== null && typeof r === 'object' && typeof (r as Promise<unknown>).then === 'function') {
      (r as Promise<unknown>).then(
        (v) => finish(null, v),
        (e: unknown) => finish(e ?? new Error('handled')),
      );
    } else if (handler.length < 3) {
      setImmediate(() => finish(null, null));
    }
  } catch (e) {
    finish(e);
  }
}

/** The answer to an invocation: its error, or its result as JSON (null for undefined). */
function resultMessage(id: number, err: unknown, result: unknown): WorkerMessage {
  if (err !== null && err !== undefined) return { type: 'result', id, ok: false, error: toRapidError(err) };
  let payload: string;
  try {
    payload = JSON.stringify(result === undefined ? null : result) ?? 'null';
  } catch (e) {
    return { type: 'result', id, ok: false, error: toRapidError(e) };
  }
  return { type: 'result', id, ok: true, payload };
}

/** The handler's context object, as the Node.js runtime builds it. */
function lambdaContext(data: WorkerData, msg: InvokeMessage, finish: (err: unknown, result?: unknown) => void): Record<string, unknown> {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: data.functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: msg.invokedFunctionArn,
    memoryLimitInMB: String(data.memorySize),
    awsRequestId: msg.requestId,
    logGroupName: data.logGroupName,
    logStreamName: data.logStreamName,
    identity: undefined,
    clientContext: msg.clientContext ? safeJson(Buffer.from(msg.clientContext, 'base64').toString('utf8')) : undefined,
    getRemainingTimeInMillis: (): number => Math.max(0, msg.deadline - Date.now()),
    succeed: (result: unknown): void => finish(null, result),
    fail: (err: unknown): void => finish(err ?? new Error('handled')),
    done: (err: unknown, result: unknown): void => finish(err, result),
  };
}

function isRapid(e: unknown): e is RapidError {
  return typeof e === 'object' && e !== null && 'errorType' in e && 'errorMessage' in e && !(e instanceof Error);
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

if (parentPort && workerData && (workerData as { tollgateLambda?: boolean }).tollgateLambda) run();
