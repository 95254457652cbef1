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
import { Agent, request } from 'node:http';
import { basename } from 'node:path';
import { loadHandler, invokeHandler, isRapidError, resolveHandler, toRapidError, uncaughtError, writeConsoleAsLambda, } from './handler.js';
const API = process.env.AWS_LAMBDA_RUNTIME_API ?? '127.0.0.1:9001';
const [HOST, PORT] = [API.slice(0, API.lastIndexOf(':')), Number(API.slice(API.lastIndexOf(':') + 1))];
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
function call(method, path, body, headers = {}) {
    return new Promise((resolve, reject) => {
        const req = request({
            host: HOST,
            port: PORT,
            method,
            path: `/2018-06-01/runtime/${path}`,
            agent,
            headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
        }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
            res.on('error', reject);
        });
        req.on('error', reject);
        req.on('socket', (s) => s.setNoDelay(true));
        req.end(body);
    });
}
const postError = (path, error) => call('POST', path, JSON.stringify(error), { 'Lambda-Runtime-Function-Error-Type': error.errorType });
let current;
async function main() {
    writeConsoleAsLambda(() => current, (line) => process.stdout.write(line));
    const fatal = (error) => {
        const id = current;
        current = undefined;
        const posted = id ? postError(`invocation/${encodeURIComponent(id)}/error`, error) : Promise.resolve();
        void posted.finally(() => process.exit(129));
    };
    process.on('uncaughtException', (e) => fatal(uncaughtError('exception', e)));
    process.on('unhandledRejection', (reason) => fatal(uncaughtError('rejection', reason)));
    const handlerString = process.env._HANDLER ?? '';
    const { file, exportPath } = resolveHandler(process.env.LAMBDA_TASK_ROOT ?? process.cwd(), handlerString);
    let handler;
    try {
        handler = await loadHandler(file, exportPath, basename(handlerString));
    }
    catch (e) {
        const error = isRapidError(e) ? e : toRapidError(e);
        console.error(JSON.stringify(error));
        await postError('init/error', error);
        process.exit(129);
    }
    for (;;) {
        const next = await call('GET', 'invocation/next');
        const id = String(next.headers['lambda-runtime-aws-request-id']);
        current = id;
        const outcome = await runOne(handler, next);
        if (current !== id)
            continue; // an uncaught error already answered it
        current = undefined;
        if (outcome.ok)
            await call('POST', `invocation/${encodeURIComponent(id)}/response`, outcome.payload);
        else
            await postError(`invocation/${encodeURIComponent(id)}/error`, outcome.error);
    }
}
function runOne(handler, next) {
    const h = (name) => {
        const v = next.headers[name];
        return Array.isArray(v) ? v[0] : v;
    };
    const traceId = h('lambda-runtime-trace-id');
    if (traceId)
        process.env._X_AMZN_TRACE_ID = traceId;
    else
        delete process.env._X_AMZN_TRACE_ID;
    let event;
    try {
        event = JSON.parse(next.body.length ? next.body.toString('utf8') : '{}');
    }
    catch (e) {
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
