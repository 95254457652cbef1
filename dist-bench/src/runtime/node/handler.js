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
/** The extensions the runtime tries, in its order (UserFunction.js). */
const EXTENSIONS = ['.js', '.mjs', '.cjs'];
/** RIC errors.js toRapidResponse. */
export function toRapidError(error) {
    try {
        if (types.isNativeError(error) || (error instanceof Object && 'message' in error && 'name' in error && 'stack' in error)) {
            const e = error;
            return { errorType: e.name, errorMessage: e.message, trace: String(e.stack ?? '').split('\n') };
        }
        return { errorType: typeof error, errorMessage: String(error), trace: [] };
    }
    catch {
        return {
            errorType: 'handled',
            errorMessage: 'callback called with Error argument, but there was a problem while retrieving one or more of its message, name, and stack',
        };
    }
}
export function isRapidError(e) {
    return typeof e === 'object' && e !== null && 'errorType' in e && 'errorMessage' in e && !(e instanceof Error);
}
/** `dir/path/file.export` → the module file (first existing extension) and the export path (UserFunction.js). */
export function resolveHandler(dir, handler) {
    const slash = handler.lastIndexOf('/');
    const moduleRoot = slash < 0 ? '' : handler.slice(0, slash);
    const rest = slash < 0 ? handler : handler.slice(slash + 1);
    const dot = rest.indexOf('.');
    const base = resolve(dir, moduleRoot, rest.slice(0, dot));
    const file = EXTENSIONS.map((e) => base + e).find((f) => existsSync(f)) ?? base;
    return { file, exportPath: rest.slice(dot + 1) };
}
/** Init: the function's module, and the handler at its export path (of the module or its default export). */
export async function loadHandler(file, exportPath, handlerString) {
    let mod;
    try {
        mod = (await import(pathToFileURL(file).href));
    }
    catch (e) {
        const err = e;
        if (err.code === 'ERR_MODULE_NOT_FOUND' || err.code === 'MODULE_NOT_FOUND') {
            throw { errorType: 'Runtime.ImportModuleError', errorMessage: `Error: ${err.message}`, trace: toRapidError(e).trace };
        }
        if (err.name === 'SyntaxError') {
            throw { errorType: 'Runtime.UserCodeSyntaxError', errorMessage: `SyntaxError: ${err.message}`, trace: toRapidError(e).trace };
        }
        throw toRapidError(e);
    }
    const found = exportAt(mod, exportPath) ?? exportAt(mod.default, exportPath);
    if (typeof found !== 'function') {
        throw { errorType: 'Runtime.HandlerNotFound', errorMessage: `${handlerString} is undefined or not exported`, trace: [] };
    }
    return found;
}
function exportAt(root, exportPath) {
    let v = root;
    for (const part of exportPath.split('.')) {
        if (v === null || v === undefined)
            return undefined;
        v = v[part];
    }
    return v;
}
/**
 * Runs one invocation: the first of the returned promise, the callback or the context's methods settles it
 * (`finish` is called once). A sync handler without a callback answers null on the next turn.
 */
export function invokeHandler(handler, event, info, finish) {
    let settled = false;
    const done = (err, result) => {
        if (settled)
            return;
        settled = true;
        finish(outcomeOf(err, result));
    };
    try {
        const r = handler(event, lambdaContext(info, done), (err, result) => done(err, result));
        if (r !== null && typeof r === 'object' && typeof r.then === 'function') {
            r.then((v) => done(null, v), (e) => done(e ?? new Error('handled')));
        }
        else if (handler.length < 3) {
            setImmediate(() => done(null, null));
        }
    }
    catch (e) {
        done(e);
    }
}
/** The answer to an invocation: its error, or its result as JSON (null for undefined). */
function outcomeOf(err, result) {
    if (err !== null && err !== undefined)
        return { ok: false, error: toRapidError(err) };
    try {
        return { ok: true, payload: JSON.stringify(result === undefined ? null : result) ?? 'null' };
    }
    catch (e) {
        return { ok: false, error: toRapidError(e) };
    }
}
/** The handler's context object, as the Node.js runtime builds it (https://docs.aws.amazon.com/lambda/latest/dg/nodejs-context.html). */
function lambdaContext(info, done) {
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
        getRemainingTimeInMillis: () => Math.max(0, info.deadline - Date.now()),
        succeed: (result) => done(null, result),
        fail: (err) => done(err ?? new Error('handled')),
        done: (err, result) => done(err, result),
    };
}
function safeJson(s) {
    try {
        return JSON.parse(s);
    }
    catch {
        return undefined;
    }
}
/** console.* written the runtime's way, `{ISO time}\t{requestId}\t{LEVEL}\t{message}` (https://docs.aws.amazon.com/lambda/latest/dg/nodejs-logging.html). */
export function writeConsoleAsLambda(currentRequestId, write) {
    const level = (name) => (...args) => write(`${new Date().toISOString()}\t${currentRequestId() ?? 'undefined'}\t${name}\t${format(...args)}\n`);
    console.log = level('INFO');
    console.info = level('INFO');
    console.warn = level('WARN');
    console.error = level('ERROR');
    console.debug = level('DEBUG');
    console.trace = level('TRACE');
}
/** An error nothing catches, as the runtime reports it (RIC index.mjs: uncaughtException / unhandledRejection). */
export function uncaughtError(kind, reason) {
    if (kind === 'exception')
        return toRapidError(reason);
    const text = reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
    return { errorType: 'Runtime.UnhandledPromiseRejection', errorMessage: text, trace: reason instanceof Error ? String(reason.stack).split('\n') : [] };
}
//# sourceMappingURL=handler.js.map