/**
 * The Lambda Invoke API for the local functions, on Tollgate's main listener, so that
 * `aws lambda invoke --endpoint-url http://127.0.0.1:4567 --function-name hello out.json` and
 * @aws-sdk/client-lambda work against it (docs.aws.amazon.com/lambda/latest/api/API_Invoke.html):
 *   POST /2015-03-31/functions/{FunctionName}/invocations[?Qualifier=q]
 *   X-Amz-Invocation-Type: RequestResponse (200) | Event (202) | DryRun (204)
 *   X-Amz-Log-Type: Tail → X-Amz-Log-Result (base64, last 4 KB)
 * A failed function is still 200, with `X-Amz-Function-Error: Unhandled` and the error payload.
 * Service errors are rest-json errors: `x-amzn-ErrorType` and `{"Type":"User","message":…}`
 * (404 ResourceNotFoundException "Function not found: {arn}", 400 InvalidRequestContentException,
 * 413 RequestTooLargeException). Only local functions are served here, never the remote invoker.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CredentialStore } from '../config/credentials.js';
import type { Logger } from '../shared/log.js';
import { type LocalRuntime } from './invoker.js';
export declare class LambdaInvokeApi {
    #private;
    private readonly local;
    private readonly region;
    private readonly accountId;
    private readonly log;
    /** When access keys are configured, Invoke calls must be SigV4-signed (service `lambda`) by one. */
    private readonly credentials?;
    constructor(local: LocalRuntime | undefined, region: string, accountId: string, log: Logger, 
    /** When access keys are configured, Invoke calls must be SigV4-signed (service `lambda`) by one. */
    credentials?: CredentialStore | undefined);
    /** Whether this URL path is an Invoke call (any method: a wrong one is answered here too). */
    matches(path: string): boolean;
    /** Whether an Invoke path names one of the local (--functions) functions; the others are Lambda's management API's. */
    servesLocal(path: string): boolean;
    handle(req: IncomingMessage, res: ServerResponse, path: string, rawQuery: string): Promise<void>;
}
