export interface InvokeRequest {
    /** A name, partial or full ARN, optionally with `:qualifier`. */
    functionName: string;
    /** Region to call (remote) or to report (local). */
    region: string;
    payload: Buffer;
    invocationType?: 'RequestResponse' | 'Event' | 'DryRun';
    logType?: 'None' | 'Tail';
    clientContext?: string;
    signal?: AbortSignal;
}
export interface InvokeResult {
    /** 200 RequestResponse, 202 Event, 204 DryRun. */
    statusCode: number;
    payload: Buffer;
    /** `Unhandled` for a failed invocation (the payload holds errorType/errorMessage). */
    functionError?: string;
    executedVersion?: string;
    /** Base64 of the last 4 KB of the invocation's log (LogType Tail). */
    logResult?: string;
    /** The invocation's request id. */
    requestId?: string;
}
/** The Lambda service's own refusals, with the Invoke API's status and error code. */
export declare class LambdaServiceError extends Error {
    readonly code: string;
    readonly status: number;
    constructor(code: string, message: string, status: number);
}
export declare const functionNotFound: (arn: string) => LambdaServiceError;
export interface LambdaInvoker {
    invoke(req: InvokeRequest): Promise<InvokeResult>;
    close(): Promise<void>;
}
export interface LocalRuntime extends LambdaInvoker {
    /** Whether the bare function name is served locally. */
    has(name: string): boolean;
}
/** Local first, then the remote endpoint, else ResourceNotFoundException. */
export declare class InvokerRouter implements LambdaInvoker {
    readonly local: LocalRuntime | undefined;
    readonly remote: LambdaInvoker | undefined;
    private readonly accountId;
    constructor(local: LocalRuntime | undefined, remote: LambdaInvoker | undefined, accountId: string);
    invoke(req: InvokeRequest): Promise<InvokeResult>;
    close(): Promise<void>;
}
