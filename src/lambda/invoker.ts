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
import type { ServiceCaller } from '../domain/lambda/policy.js';
import { parseFunctionRef } from './names.js';

export interface InvokeRequest {
  /** A name, partial or full ARN, optionally with `:qualifier`. */
  functionName: string;
  /** Region to call (remote) or to report (local). */
  region: string;
  payload: Buffer;
  /** The payload is JSON Tollgate serialized itself (API Gateway's proxy event): its size is checked, it is not parsed again. */
  payloadIsJson?: boolean;
  invocationType?: 'RequestResponse' | 'Event' | 'DryRun';
  logType?: 'None' | 'Tail';
  clientContext?: string;
  /** Aborted when the caller gives up (API Gateway's integration timeout): an invocation still waiting for an environment is dropped. */
  signal?: AbandonSignal;
  /**
   * The AWS service invoking on the account's behalf (API Gateway: its principal and the method's execute-api
   * ARN): the function's resource-based policy must allow it. Unset: the account itself calls (the Invoke API).
   */
  caller?: ServiceCaller;
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

/** What a caller may abandon an invocation by: the part of AbortSignal the runners use (an AbortSignal is one). */
export interface AbandonSignal {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/**
 * An AbandonSignal for API Gateway's Lambda integrations, one per request: an AbortController is an EventTarget
 * whose construction (and collection) cost ~5.5 µs of the gateway's core per request against ~0.1 µs for this
 * (docs/performance.md "Lambda"). Listeners run once, on the first abort().
 */
export class Abandon implements AbandonSignal {
  aborted = false;
  #listeners: (() => void)[] | undefined;

  addEventListener(_type: 'abort', listener: () => void, _options?: { once?: boolean }): void {
    (this.#listeners ??= []).push(listener);
  }

  removeEventListener(_type: 'abort', listener: () => void): void {
    const i = this.#listeners?.indexOf(listener) ?? -1;
    if (i >= 0) this.#listeners!.splice(i, 1);
  }

  abort(): void {
    if (this.aborted) return;
    this.aborted = true;
    const listeners = this.#listeners ?? [];
    this.#listeners = undefined;
    for (const l of listeners) l();
  }
}

/** An AbortSignal that follows `s` (for an API that wants the real thing: the AWS SDK's abortSignal). */
export function toAbortSignal(s: AbandonSignal): AbortSignal {
  if (s instanceof AbortSignal) return s;
  const c = new AbortController();
  if (s.aborted) c.abort();
  else s.addEventListener('abort', () => c.abort(), { once: true });
  return c.signal;
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

/**
 * Local first, then the functions of Lambda's management API (kept in the store: src/services/lambda/
 * stored-functions.ts), then the remote endpoint, else ResourceNotFoundException.
 */
export class InvokerRouter implements LambdaInvoker {
  constructor(
    readonly local: LocalRuntime | undefined,
    readonly remote: LambdaInvoker | undefined,
    private readonly accountId: string,
    readonly stored?: LambdaInvoker,
  ) {}

  async invoke(req: InvokeRequest): Promise<InvokeResult> {
    const ref = parseFunctionRef(req.functionName);
    if (ref && this.local?.has(ref.name)) return this.local.invoke(req);
    if (this.stored) {
      try {
        return await this.stored.invoke(req);
      } catch (e) {
        // A function the store does not have may be the remote endpoint's.
        if (!(this.remote && e instanceof LambdaServiceError && e.code === 'ResourceNotFoundException')) throw e;
      }
    }
    if (this.remote) return this.remote.invoke(req);
    const name = ref ? `${ref.name}${ref.qualifier ? `:${ref.qualifier}` : ''}` : req.functionName;
    throw functionNotFound(`arn:aws:lambda:${ref?.region ?? req.region}:${ref?.accountId ?? this.accountId}:function:${name}`);
  }

  async close(): Promise<void> {
    await Promise.all([this.local?.close(), this.remote?.close(), this.stored?.close()]);
  }
}
