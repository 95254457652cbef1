/**
 * Lambda's invocation limits and the Invoke API's refusals of a payload, shared by every way a function is
 * invoked (the Invoke API, API Gateway integrations, Lambda's management API).
 * Quotas: https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html
 */
import { LambdaServiceError } from '../lambda/invoker.js';
/** Synchronous invocation request payload: 6 MB. */
export declare const MAX_REQUEST_BYTES: number;
/**
 * Synchronous response payload: the Runtime API refuses more (RIE interop.MaxPayloadSize, 6 MB plus 100 bytes
 * of envelope; aws/aws-lambda-runtime-interface-emulator lambda/interop/model.go).
 */
export declare const MAX_RESPONSE_BYTES = 6291556;
/** The init phase's limit (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html#runtimes-lifecycle-ib). */
export declare const INIT_TIMEOUT_MS = 10000;
/** LogType Tail returns the last 4 KB of the invocation's log (https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html). */
export declare const TAIL_BYTES = 4096;
/** The Invoke API's checks of a request payload: its size, and JSON when it is not empty. */
export declare function checkInvokePayload(payload: Buffer): void;
/** Reserved concurrency reached: Invoke's TooManyRequestsException (https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html#API_Invoke_Errors). */
export declare const throttled: () => LambdaServiceError;
