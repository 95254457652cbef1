import { type InvokeRequest, type InvokeResult, type LambdaInvoker } from './invoker.js';
export interface RemoteOptions {
    /** An endpoint URL, or undefined for AWS's own endpoints. */
    endpoint: string | undefined;
}
export declare class RemoteInvoker implements LambdaInvoker {
    #private;
    constructor(opts: RemoteOptions);
    invoke(req: InvokeRequest): Promise<InvokeResult>;
    close(): Promise<void>;
}
