import type { AwsKeys } from '../../../config/aws-endpoints.js';
import type { ServiceEndpoint } from './service-endpoint.js';
/** What is signed and sent: the method, the host's origin, the path as sent, its query decoded. */
export interface UnsignedCall {
    method: string;
    origin: string;
    path: string;
    query: Record<string, string | string[]>;
    headers: Record<string, string>;
    body: Buffer | undefined;
}
export declare class AwsSigner {
    #private;
    readonly keys: AwsKeys | undefined;
    constructor(keys: AwsKeys | undefined, env?: NodeJS.ProcessEnv);
    /** The headers to send: `call.headers` plus Host, X-Amz-Date, X-Amz-Content-Sha256, Authorization (and the token). */
    sign(call: UnsignedCall, endpoint: ServiceEndpoint): Promise<Record<string, string>>;
}
