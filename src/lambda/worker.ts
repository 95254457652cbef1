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
import {
  invokeHandler,
  isRapidError,
  loadHandler,
  toRapidError,
  uncaughtError,
  writeConsoleAsLambda,
  type Handler,
  type HandlerOutcome,
  type RapidError,
} from '../runtime/node/handler.js';

export type { RapidError };

export interface WorkerData {
  file: string;
  /** Export path inside the module (`handler`, or `a.b` for nested exports). */
  exportPath: string;
  /** The code's directory (LocalFunction.root). */
  root: string;
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

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'init-error'; error: RapidError }
  | { type: 'result'; id: number; ok: true; payload: string }
  | { type: 'result'; id: number; ok: false; error: RapidError }
  | { type: 'fatal'; id: number | undefined; error: RapidError };

/** The invocation under way, for log lines and for an error nothing catches. */
interface Runtime {
  current?: InvokeMessage;
}

function run(): void {
  const port = parentPort!;
  const data = workerData as WorkerData;
  const rt: Runtime = {};
  writeConsoleAsLambda(
    () => rt.current?.requestId,
    (line) => process.stdout.write(line),
  );
  exitOnUncaughtErrors(port, rt);
  let handler: Handler | undefined;
  port.on('message', (msg: InvokeMessage) => {
    if (msg.type === 'invoke') invoke(port, data, rt, handler!, msg);
  });
  loadHandler(data.file, data.exportPath, data.handlerString, data.root).then(
    (h) => {
      handler = h;
      port.postMessage({ type: 'ready' } satisfies WorkerMessage);
    },
    (e: unknown) => port.postMessage({ type: 'init-error', error: isRapidError(e) ? e : toRapidError(e) } satisfies WorkerMessage),
  );
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
  process.on('uncaughtException', (e) => fatal(uncaughtError('exception', e)));
  process.on('unhandledRejection', (reason) => fatal(uncaughtError('rejection', reason)));
}

/** One invocation, answered to the main thread. */
function invoke(port: NonNullable<typeof parentPort>, data: WorkerData, rt: Runtime, handler: Handler, msg: InvokeMessage): void {
  rt.current = msg;
  const finish = (o: HandlerOutcome): void => {
    if (rt.current?.id !== msg.id) return;
    rt.current = undefined;
    const result: WorkerMessage = { type: 'result', id: msg.id, ...o };
    port.postMessage(result);
  };
  let event: unknown;
  try {
    event = JSON.parse(msg.payload || '{}');
  } catch (e) {
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

if (parentPort && workerData && (workerData as { tollgateLambda?: boolean }).tollgateLambda) run();
