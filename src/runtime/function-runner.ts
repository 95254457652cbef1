/**
 * The contract between Lambda's management API (src/services/lambda/, which stores functions, versions,
 * aliases and code) and function execution (src/runtime/, execution environments speaking the Lambda
 * Runtime API: https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html).
 *
 * The service resolves a name, ARN or qualifier to one FunctionSpec (its code unpacked on disk), and the
 * runner executes it: an environment per concurrent invocation, reused while warm, keyed by the spec's
 * `codeSha256` and configuration so that new code or settings never run in an old environment.
 */
import type { AbandonSignal } from '../lambda/invoker.js';

/** One published version (or $LATEST) of a function, ready to run. */
export interface FunctionSpec {
  /** The function's name (`orders`). */
  name: string;
  /** `$LATEST` or a published version number. */
  version: string;
  /** The version's ARN (`arn:aws:lambda:us-east-1:000000000000:function:orders:$LATEST`). */
  functionArn: string;
  /** Lambda's runtime identifier: `nodejs20.x`, `python3.12`, `provided.al2023`, … */
  runtime: string;
  /** The handler setting (`index.handler`, `app.lambda_handler`; ignored by `provided*`). */
  handler: string;
  /** Absolute directory holding the function's code (unpacked zip, or the hot-reload directory). */
  codeDir: string;
  /** Unpacked layers, in the function's order: their content is what Lambda mounts at /opt. */
  layerDirs: string[];
  /** The function's timeout, 1–900 s (Lambda's default 3). */
  timeoutSeconds: number;
  /** MemorySize, 128–10,240 MB (Lambda's default 128). */
  memoryMb: number;
  /** The function's own environment variables (Lambda's reserved ones are set by the runner). */
  environment: Record<string, string>;
  /** Reserved concurrency (PutFunctionConcurrency); undefined: unreserved; 0: throttled. */
  reservedConcurrency?: number;
  /** The code's identity: environments of another sha are retired. */
  codeSha256: string;
  /** The code directory is the user's own (S3Bucket `hot-reload`): changed files apply at the next invocation. */
  hotReload?: boolean;
  /** The region and account the function lives in (AWS_REGION, the context's ARN). */
  region: string;
  accountId: string;
}

export interface RunRequest {
  /** The event, as the caller sent it (JSON text, or anything: Lambda passes bytes). */
  payload: Buffer;
  /** The invocation's request id (Lambda-Runtime-Aws-Request-Id). */
  requestId: string;
  /** Base64 ClientContext (X-Amz-Client-Context), handed to the function as Lambda does. */
  clientContext?: string;
  /**
   * The ARN the caller invoked (with its alias or version qualifier, or none), which the function sees as
   * context.invokedFunctionArn (Lambda-Runtime-Invoked-Function-Arn); default: the spec's functionArn.
   */
  invokedFunctionArn?: string;
  /** X-Amzn-Trace-Id to pass on (Lambda-Runtime-Trace-Id). */
  traceId?: string;
  /** `Tail`: return the last 4 KB of the invocation's log. */
  logType?: 'None' | 'Tail';
  signal?: AbandonSignal;
  /** The caller has checked the payload already (limits.ts checkInvokePayload): a runner that checks it need not again. */
  payloadChecked?: boolean;
}

export interface RunResult {
  payload: Buffer;
  /** `Unhandled` when the function failed (error payload: errorMessage, errorType, stackTrace). */
  functionError?: 'Unhandled';
  /** Base64 of the last 4 KB of the invocation's log, when `logType` was `Tail`. */
  logResult?: string;
}

export interface FunctionRunner {
  /**
   * Runs one invocation. A function error resolves with `functionError`; a refusal of the Lambda service
   * itself (reserved concurrency reached → 429 TooManyRequestsException, …) rejects with a
   * LambdaServiceError (src/lambda/invoker.ts).
   */
  run(spec: FunctionSpec, req: RunRequest): Promise<RunResult>;
  /** Retires every environment of a function (deleted, or its configuration changed). */
  retire(functionName: string): Promise<void>;
  /**
   * Proactive initialization, after new code or configuration is stored: when the function has warm
   * environments (it is in use), starts one environment for the spec `load` gives, init only, so the next
   * invocation finds it ready; otherwise does nothing (and never calls `load`). Lambda does the like: "For
   * functions using unreserved (on-demand) concurrency, Lambda occasionally pre-initializes execution
   * environments to reduce the number of cold start invocations"
   * (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html, Init phase).
   */
  prepare?(functionName: string, load: () => Promise<FunctionSpec>): Promise<void>;
  close(): Promise<void>;
}
