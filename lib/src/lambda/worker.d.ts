import { type RapidError } from '../runtime/node/handler.js';
export type { RapidError };
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
export type WorkerMessage = {
    type: 'ready';
} | {
    type: 'init-error';
    error: RapidError;
} | {
    type: 'result';
    id: number;
    ok: true;
    payload: string;
} | {
    type: 'result';
    id: number;
    ok: false;
    error: RapidError;
} | {
    type: 'fatal';
    id: number | undefined;
    error: RapidError;
};
