/**
 * Lambda's Node.js handler contract, shared by Tollgate's two Node.js execution environments (the runtime
 * client in a child process, node/client.ts, and worker threads, src/lambda/worker.ts), written after the
 * runtime interface client (aws/aws-lambda-nodejs-runtime-interface-client: UserFunction.js, Runtime.js,
 * errors.js): the module behind `_HANDLER` (CommonJS or ESM), `handler(event, context, callback)` where a
 * returned promise, the callback or context.succeed/fail/done settles the invocation, and Lambda's error
 * payload `{errorType, errorMessage, trace}`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format, types } from 'node:util';
import { isCommonJsOutsideItsScope, loadCommonJsAsLambdaDoes, requireAsCommonJs } from './module-format.js';

export interface RapidError {
  errorType: string;
  errorMessage: string;
  trace?: string[];
}

export type Handler = (event: unknown, context: unknown, callback: unknown) => unknown;
/** An invocation's result: its JSON payload, or its error payload. */
export type HandlerOutcome = { ok: true; payload: string } | { ok: false; error: RapidError };

/** The extensions the runtime tries, in its order (UserFunction.js). */
const EXTENSIONS = ['.js', '.mjs', '.cjs'];

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

export function isRapidError(e: unknown): e is RapidError {
  return typeof e === 'object' && e !== null && 'errorType' in e && 'errorMessage' in e && !(e instanceof Error);
}

/** `dir/path/file.export` → the module file (first existing extension) and the export path (UserFunction.js). */
export function resolveHandler(dir: string, handler: string): { file: string; exportPath: string } {
  const slash = handler.lastIndexOf('/');
  const moduleRoot = slash < 0 ? '' : handler.slice(0, slash);
  const rest = slash < 0 ? handler : handler.slice(slash + 1);
  const dot = rest.indexOf('.');
  const base = resolve(dir, moduleRoot, rest.slice(0, dot));
  const file = EXTENSIONS.map((e) => base + e).find((f) => existsSync(f)) ?? base;
  return { file, exportPath: rest.slice(dot + 1) };
}

/**
 * Init: the function's module, and the handler at its export path (of the module or its default export). `root`
 * is the code's directory (Lambda's /var/task): a `.js` file is CommonJS unless a package.json in the code says
 * otherwise, whatever lies above it (module-format.ts).
 */
export async function loadHandler(file: string, exportPath: string, handlerString: string, root: string): Promise<Handler> {
  let mod: Record<string, unknown>;
  try {
    loadCommonJsAsLambdaDoes(root);
    // As `import()` of a CommonJS module answers: its module.exports as the default export.
    mod = isCommonJsOutsideItsScope(file, root)
      ? { default: requireAsCommonJs(file, root) }
      : ((await import(pathToFileURL(file).href)) as Record<string, unknown>);
  } catch (e) {
    const err = e as { code?: string; name?: string; message?: string };
    if (err.code === 'ERR_MODULE_NOT_FOUND' || err.code === 'MODULE_NOT_FOUND') {
      throw { errorType: 'Runtime.ImportModuleError', errorMessage: `Error: ${err.message}`, trace: toRapidError(e).trace } satisfies RapidError;
    }
    if (err.name === 'SyntaxError') {
      throw { errorType: 'Runtime.UserCodeSyntaxError', errorMessage: `SyntaxError: ${err.message}`, trace: toRapidError(e).trace } satisfies RapidError;
    }
    throw toRapidError(e);
  }
  const found = exportAt(mod, exportPath) ?? exportAt(mod.default, exportPath);
  if (typeof found !== 'function') {
    throw { errorType: 'Runtime.HandlerNotFound', errorMessage: `${handlerString} is undefined or not exported`, trace: [] } satisfies RapidError;
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

/** What the context object is built from. */
export interface ContextInfo {
  functionName: string;
  functionVersion: string;
  memorySize: string;
  logGroupName: string;
  logStreamName: string;
  requestId: string;
  invokedFunctionArn: string;
  /** Epoch milliseconds (Lambda-Runtime-Deadline-Ms). */
  deadline: number;
  /** The client context as JSON text (the Runtime API hands it decoded). */
  clientContext?: string;
}

/**
 * Runs one invocation: the first of the returned promise, the callback or the context's methods settles it
 * (`finish` is called once). A sync handler without a callback answers null on the next turn.
 */
export function invokeHandler(handler: Handler, event: unknown, info: ContextInfo, finish: (o: HandlerOutcome) => void): void {
  let settled = false;
  const done = (err: unknown, result?: unknown): void => {
    if (settled) return;
    settled = true;
    finish(outcomeOf(err, result));
  };
  try {
    const r = handler(event, lambdaContext(info, done), (err: unknown, result?: unknown) => done(err, result));
    if (r !== null && typeof r === 'object' && typeof (r as Promise<unknown>).then === 'function') {
      (r as Promise<unknown>).then(
        (v) => done(null, v),
        (e: unknown) => done(e ?? new Error('handled')),
      );
    } else if (handler.length < 3) {
      setImmediate(() => done(null, null));
    }
  } catch (e) {
    done(e);
  }
}

/** The answer to an invocation: its error, or its result as JSON (null for undefined). */
function outcomeOf(err: unknown, result: unknown): HandlerOutcome {
  if (err !== null && err !== undefined) return { ok: false, error: toRapidError(err) };
  try {
    return { ok: true, payload: JSON.stringify(result === undefined ? null : result) ?? 'null' };
  } catch (e) {
    return { ok: false, error: toRapidError(e) };
  }
}

/** The handler's context object, as the Node.js runtime builds it (https://docs.aws.amazon.com/lambda/latest/dg/nodejs-context.html). */
function lambdaContext(info: ContextInfo, done: (err: unknown, result?: unknown) => void): Record<string, unknown> {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: info.functionName,
    functionVersion: info.functionVersion,
    invokedFunctionArn: info.invokedFunctionArn,
    memoryLimitInMB: info.memorySize,
    awsRequestId: info.requestId,
    logGroupName: info.logGroupName,
    logStreamName: info.logStreamName,
    identity: undefined,
    clientContext: info.clientContext ? safeJson(info.clientContext) : undefined,
    getRemainingTimeInMillis: (): number => Math.max(0, info.deadline - Date.now()),
    succeed: (result: unknown): void => done(null, result),
    fail: (err: unknown): void => done(err ?? new Error('handled')),
    done: (err: unknown, result: unknown): void => done(err, result),
  };
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

/** console.* written the runtime's way, `{ISO time}\t{requestId}\t{LEVEL}\t{message}` (https://docs.aws.amazon.com/lambda/latest/dg/nodejs-logging.html). */
export function writeConsoleAsLambda(currentRequestId: () => string | undefined, write: (line: string) => void): void {
  const level =
    (name: string) =>
    (...args: unknown[]): void =>
      write(`${new Date().toISOString()}\t${currentRequestId() ?? 'undefined'}\t${name}\t${format(...args)}\n`);
  console.log = level('INFO');
  console.info = level('INFO');
  console.warn = level('WARN');
  console.error = level('ERROR');
  console.debug = level('DEBUG');
  console.trace = level('TRACE');
}

/** An error nothing catches, as the runtime reports it (RIC index.mjs: uncaughtException / unhandledRejection). */
export function uncaughtError(kind: 'exception' | 'rejection', reason: unknown): RapidError {
  if (kind === 'exception') return toRapidError(reason);
  const text = reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
  return { errorType: 'Runtime.UnhandledPromiseRejection', errorMessage: text, trace: reason instanceof Error ? String(reason.stack).split('\n') : [] };
}
