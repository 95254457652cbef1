/**
 * A remote Lambda Invoke API — real AWS Lambda, another Tollgate serving its local functions, or
 * any compatible endpoint — through the unmodified @aws-sdk/client-lambda. `--lambda-endpoint URL`
 * sends every call there; `--lambda-endpoint aws` lets the SDK pick AWS's regional endpoint.
 * Credentials come from the SDK's standard chain (environment, shared config and credentials
 * files, SSO, web identity, container and instance metadata). One client per region, kept for
 * the life of the server (keep-alive connections); no SDK retries: API Gateway does not retry a
 * Lambda call either. The SDK is loaded on first use (it costs ~180 ms of start-up otherwise).
 */
import type { InvokeCommandOutput, LambdaClient } from '@aws-sdk/client-lambda';
import { LambdaServiceError, toAbortSignal, type InvokeRequest, type InvokeResult, type LambdaInvoker } from './invoker.js';

export interface RemoteOptions {
  /** An endpoint URL, or undefined for AWS's own endpoints. */
  endpoint: string | undefined;
}

export class RemoteInvoker implements LambdaInvoker {
  readonly #clients = new Map<string, LambdaClient>();
  readonly #endpoint: string | undefined;

  constructor(opts: RemoteOptions) {
    this.#endpoint = opts.endpoint;
  }

  #sdk: Promise<typeof import('@aws-sdk/client-lambda')> | undefined;

  async #client(region: string): Promise<{ client: LambdaClient; sdk: typeof import('@aws-sdk/client-lambda') }> {
    const sdk = await (this.#sdk ??= import('@aws-sdk/client-lambda'));
    let c = this.#clients.get(region);
    if (!c) {
      c = new sdk.LambdaClient({ region, endpoint: this.#endpoint, maxAttempts: 1 });
      this.#clients.set(region, c);
    }
    return { client: c, sdk };
  }

  async invoke(req: InvokeRequest): Promise<InvokeResult> {
    const { client, sdk } = await this.#client(req.region);
    let out: InvokeCommandOutput;
    try {
      out = await client.send(
        new sdk.InvokeCommand({
          FunctionName: req.functionName,
          Payload: req.payload,
          InvocationType: req.invocationType ?? 'RequestResponse',
          LogType: req.logType,
          ClientContext: req.clientContext,
        }),
        { abortSignal: req.signal && toAbortSignal(req.signal) },
      );
    } catch (e) {
      const err = e as { name?: string; message?: string; $metadata?: { httpStatusCode?: number }; $fault?: string };
      if (req.signal?.aborted) throw e;
      const status = err.$metadata?.httpStatusCode;
      // A reply from the service keeps its code; no reply at all (refused, reset, DNS) is a 502-class failure.
      if (status) throw new LambdaServiceError(err.name ?? 'ServiceException', err.message ?? '', status);
      throw new LambdaServiceError('EndpointConnectionError', err.message ?? String(e), 0);
    }
    return {
      statusCode: out.StatusCode ?? 200,
      payload: Buffer.from(out.Payload ?? new Uint8Array()),
      functionError: out.FunctionError,
      executedVersion: out.ExecutedVersion,
      logResult: out.LogResult,
      requestId: out.$metadata.requestId,
    };
  }

  async close(): Promise<void> {
    for (const c of this.#clients.values()) c.destroy();
    this.#clients.clear();
  }
}
