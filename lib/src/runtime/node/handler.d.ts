export interface RapidError {
    errorType: string;
    errorMessage: string;
    trace?: string[];
}
export type Handler = (event: unknown, context: unknown, callback: unknown) => unknown;
/** An invocation's result: its JSON payload, or its error payload. */
export type HandlerOutcome = {
    ok: true;
    payload: string;
} | {
    ok: false;
    error: RapidError;
};
/** RIC errors.js toRapidResponse. */
export declare function toRapidError(error: unknown): RapidError;
export declare function isRapidError(e: unknown): e is RapidError;
/** `dir/path/file.export` → the module file (first existing extension) and the export path (UserFunction.js). */
export declare function resolveHandler(dir: string, handler: string): {
    file: string;
    exportPath: string;
};
/** Init: the function's module, and the handler at its export path (of the module or its default export). */
export declare function loadHandler(file: string, exportPath: string, handlerString: string): Promise<Handler>;
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
export declare function invokeHandler(handler: Handler, event: unknown, info: ContextInfo, finish: (o: HandlerOutcome) => void): void;
/** console.* written the runtime's way, `{ISO time}\t{requestId}\t{LEVEL}\t{message}` (https://docs.aws.amazon.com/lambda/latest/dg/nodejs-logging.html). */
export declare function writeConsoleAsLambda(currentRequestId: () => string | undefined, write: (line: string) => void): void;
/** An error nothing catches, as the runtime reports it (RIC index.mjs: uncaughtException / unhandledRejection). */
export declare function uncaughtError(kind: 'exception' | 'rejection', reason: unknown): RapidError;
