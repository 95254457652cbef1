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
export declare class RuntimeApi {
    #private;
    constructor(events: RuntimeEvents);
    listen(): Promise<string>;
    /** Hands an event to the runtime: now if it waits on GET next, else at its next GET. */
    deliver(inv: Invocation): void;
    /** Forgets the invocation under way (it timed out or the environment is going). */
    abandon(): void;
    close(): void;
}
