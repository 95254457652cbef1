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
import { invokeHandler, isRapidError, loadHandler, toRapidError, uncaughtError, writeConsoleAsLambda, } from '../runtime/node/handler.js';
function run() {
    const port = parentPort;
    const data = workerData;
    const rt = {};
    writeConsoleAsLambda(() => rt.current?.requestId, (line) => process.stdout.write(line));
    exitOnUncaughtErrors(port, rt);
    let handler;
    port.on('message', (msg) => {
        if (msg.type === 'invoke')
            invoke(port, data, rt, handler, msg);
    });
    loadHandler(data.file, data.exportPath, data.handlerString).then((h) => {
        handler = h;
        port.postMessage({ type: 'ready' });
    }, (e) => port.postMessage({ type: 'init-error', error: isRapidError(e) ? e : toRapidError(e) }));
}
/**
 * An error nothing catches ends the environment, as in Lambda: the invocation under way answers it
 * (RIC index.js uncaughtException / unhandledRejection), then the runtime exits.
 */
function exitOnUncaughtErrors(port, rt) {
    const fatal = (error) => {
        port.postMessage({ type: 'fatal', id: rt.current?.id, error });
        setImmediate(() => process.exit(129));
    };
    process.on('uncaughtException', (e) => fatal(uncaughtError('exception', e)));
    process.on('unhandledRejection', (reason) => fatal(uncaughtError('rejection', reason)));
}
/** One invocation, answered to the main thread. */
function invoke(port, data, rt, handler, msg) {
    rt.current = msg;
    const finish = (o) => {
        if (rt.current?.id !== msg.id)
            return;
        rt.current = undefined;
        const result = { type: 'result', id: msg.id, ...o };
        port.postMessage(result);
    };
    let event;
    try {
        event = JSON.parse(msg.payload || '{}');
    }
    catch (e) {
        finish({ ok: false, error: toRapidError(e) });
        return;
    }
    const info = {
        functionName: data.functionName,
        functionVersion: '$LATEST',
        memorySize: String(data.memorySize),
        logGroupName: data.logGroupName,
        logStreamName: data.logStreamName,
        requestId: msg.requestId,
        invokedFunctionArn: msg.invokedFunctionArn,
        deadline: msg.deadline,
        clientContext: msg.clientContext ? Buffer.from(msg.clientContext, 'base64').toString('utf8') : undefined,
    };
    invokeHandler(handler, event, info, finish);
}
if (parentPort && workerData && workerData.tollgateLambda)
    run();
//# sourceMappingURL=worker.js.map