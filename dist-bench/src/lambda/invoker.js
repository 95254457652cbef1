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
/** The Lambda service's own refusals, with the Invoke API's status and error code. */
export class LambdaServiceError extends Error {
    code;
    status;
    constructor(code, message, status) {
        super(message);
        this.code = code;
        this.status = status;
        this.name = code;
    }
}
export const functionNotFound = (arn) => new LambdaServiceError('ResourceNotFoundException', `Function not found: ${arn}`, 404);
/** Local first, then the remote endpoint, else ResourceNotFoundException. */
export class InvokerRouter {
    local;
    remote;
    accountId;
    constructor(local, remote, accountId) {
        this.local = local;
        this.remote = remote;
        this.accountId = accountId;
    }
    invoke(req) {
        const ref = parseFunctionRef(req.functionName);
        if (ref && this.local?.has(ref.name))
            return this.local.invoke(req);
        if (this.remote)
            return this.remote.invoke(req);
        const name = ref ? `${ref.name}${ref.qualifier ? `:${ref.qualifier}` : ''}` : req.functionName;
        return Promise.reject(functionNotFound(`arn:aws:lambda:${ref?.region ?? req.region}:${ref?.accountId ?? this.accountId}:function:${name}`));
    }
    async close() {
        await Promise.all([this.local?.close(), this.remote?.close()]);
    }
}
//# sourceMappingURL=invoker.js.map