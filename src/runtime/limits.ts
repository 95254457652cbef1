/**
 * Lambda's invocation limits and the Invoke API's refusals of a payload, shared by every way a function is
 * invoked (the Invoke API, API Gateway integrations, Lambda's management API).
 * Quotas: https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html
 */
import { LambdaServiceError } from '../lambda/invoker.js';

/** Synchronous invocation request payload: 6 MB. */
export const MAX_REQUEST_BYTES = 6 * 1024 * 1024;
/**
 * Synchronous response payload: the Runtime API refuses more (RIE interop.MaxPayloadSize, 6 MB plus 100 bytes
 * of envelope; aws/aws-lambda-runtime-interface-emulator lambda/interop/model.go).
 */
export const MAX_RESPONSE_BYTES = 6_291_556;
/** The init phase's limit (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html#runtimes-lifecycle-ib). */
export const INIT_TIMEOUT_MS = 10_000;
/** LogType Tail returns the last 4 KB of the invocation's log (https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html). */
export const TAIL_BYTES = 4096;

/**
 * The Invoke API's checks of a request payload: its size, and JSON when it is not empty. `json`: the payload is
 * JSON Tollgate wrote itself (API Gateway's proxy event), only its size is checked (parsing it again to check it
 * cost a sizeable part of a warm invocation in threads: docs/performance.md "Lambda").
 */
export function checkInvokePayload(payload: Buffer, json = false): void {
  if (payload.length > MAX_REQUEST_BYTES) {
    throw new LambdaServiceError('RequestTooLargeException', `Request must be smaller than ${MAX_REQUEST_BYTES} bytes for the InvokeFunction operation`, 413);
  }
  if (json) return;
  const text = payload.toString('utf8');
  if (text.trim() === '') return;
  try {
    JSON.parse(text);
  } catch (e) {
    // Not recorded: Lambda's full text names the Jackson token error; the prefix is its own.
    throw new LambdaServiceError(
      'InvalidRequestContentException',
      `Could not parse request body into json: Could not parse payload into json: ${(e as Error).message}`,
      400,
    );
  }
}

/** Reserved concurrency reached: Invoke's TooManyRequestsException (https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html#API_Invoke_Errors). */
export const throttled = (): LambdaServiceError =>
  // Lambda's body: {"Reason":"ReservedFunctionConcurrentInvocationLimitExceeded","Type":"User","message":"Rate Exceeded."}
  // (https://docs.aws.amazon.com/lambda/latest/dg/troubleshooting-invocation.html, throttling).
  new LambdaServiceError('TooManyRequestsException', 'Rate Exceeded.', 429);
