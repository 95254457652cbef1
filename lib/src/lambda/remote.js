import { LambdaServiceError } from './invoker.js';
export class RemoteInvoker {
    #clients = new Map();
    #endpoint;
    constructor(opts) {
        this.#endpoint = opts.endpoint;
    }
    #sdk;
    async #client(region) {
        const sdk = await (this.#sdk ??= import('@aws-sdk/client-lambda'));
        let c = this.#clients.get(region);
        if (!c) {
            c = new sdk.LambdaClient({ region, endpoint: this.#endpoint, maxAttempts: 1 });
            this.#clients.set(region, c);
        }
        return { client: c, sdk };
    }
    async invoke(req) {
        const { client, sdk } = await this.#client(req.region);
        let out;
        try {
            out = await client.send(new sdk.InvokeCommand({
                FunctionName: req.functionName,
                Payload: req.payload,
                InvocationType: req.invocationType ?? 'RequestResponse',
                LogType: req.logType,
                ClientContext: req.clientContext,
            }), { abortSignal: req.signal });
        }
        catch (e) {
            const err = e;
            if (req.signal?.aborted)
                throw e;
            const status = err.$metadata?.httpStatusCode;
            // A reply from the service keeps its code; no reply at all (refused, reset, DNS) is a 502-class failure.
            if (status)
                throw new LambdaServiceError(err.name ?? 'ServiceException', err.message ?? '', status);
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
    async close() {
        for (const c of this.#clients.values())
            c.destroy();
        this.#clients.clear();
    }
}
