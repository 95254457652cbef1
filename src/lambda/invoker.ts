/**
 * The invoker contract: how Tollgate calls a Lambda function, whoever runs it. Two implementations:
 * local functions in worker threads (local.ts) and a remote Lambda Invoke API (remote.ts). The
 * router picks one per call: a name served by `--functions` runs locally, anything else goes to the
 * remote endpoint when one is configured, else the function does not exist.
 *
 * Results carry what the Invoke API answers (docs.aws.amazon.com/lambda/latest/api/API_Invoke.html):
 * a function error is still a 200 with `X-Amz-Function-Error: Unhandled` and the error payload;
 * only service-level failures (no such function, throttling, a broken endpoint) are exceptions.
 */
import { parseFunctionRef } from './names.js';

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
export class LambdaServiceError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = code;
  }
}

export const functionNotFound = (arn: string): LambdaServiceError => new LambdaServiceError('ResourceNotFoundException', `Function not found: ${arn}`, 404);

export interface LambdaInvoker {
  invoke(req: InvokeRequest): Promise<InvokeResult>;
  close(): Promise<void>;
}

export interface LocalRuntime extends LambdaInvoker {
  /** Whether the bare function name is served locally. */
  has(name: string): boolean;
}

/** Local first, then the remote endpoint, else ResourceNotFoundException. */
export class InvokerRouter implements LambdaInvoker {
  constructor(
    readonly local: LocalRuntime | undefined,
    readonly remote: LambdaInvoker | undefined,
    private readonly accountId: string,
  ) {}

  invoke(req: InvokeRequest): Promise<InvokeResult> {
    const ref = parseFunctionRef(req.functionName);
    if (ref && this.local?.has(ref.name)) return this.local.invoke(req);
    if (this.remote) return this.remote.invoke(req);
    const name = ref ? `${ref.name}${ref.qualifier ? `:${ref.qualifier}` : ''}` : req.functionName;
    return Promise.reject(functionNotFound(`arn:aws:lambda:${ref?.region ?? req.region}:${ref?.accountId ?? this.accountId}:function:${name}`));
  }

  async close(): Promise<void> {
    await Promise.all([this.local?.close(), this.remote?.close()]);
  }
}
