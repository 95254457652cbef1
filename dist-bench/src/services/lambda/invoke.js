import { LambdaServiceError } from '../../lambda/invoker.js';
import { codeDir } from './code-store.js';
import { requestTooLarge, serviceException, ServiceError } from './errors.js';
import { arnOf, getVersion, nameOf, resolve } from './resolve.js';
/** Lambda's synchronous payload limit, 6 MB (gettingstarted-limits.html); the text as Lambda writes it. */
const SYNC_PAYLOAD_LIMIT = 6_291_456;
/** The version an invocation runs: the alias's, or its weighted second one. */
async function pickVersion(ctx, r) {
    const weights = Object.entries(r.alias?.RoutingConfig?.AdditionalVersionWeights ?? {});
    if (!weights.length)
        return r.version;
    const [other, weight] = weights[0];
    if (Math.random() >= weight)
        return r.version;
    return (await getVersion(ctx.store, ctx, r.fn.config.FunctionName, other)) ?? r.version;
}
/** What the runner needs of a version: its code (and layers) unpacked, its settings. */
export async function specOf(ctx, fn, v) {
    const dir = (sha256Hex) => codeDir(ctx.store, ctx.lambda.codeCacheDir, ctx.region, { sha256Hex });
    const c = v.config;
    return {
        name: c.FunctionName,
        version: c.Version,
        functionArn: c.FunctionArn,
        runtime: c.Runtime ?? '',
        handler: c.Handler ?? '',
        codeDir: await codeDir(ctx.store, ctx.lambda.codeCacheDir, ctx.region, v.code),
        layerDirs: await Promise.all((v.code.layers ?? []).map(dir)),
        timeoutSeconds: c.Timeout,
        memoryMb: c.MemorySize,
        environment: c.Environment?.Variables ?? {},
        reservedConcurrency: fn.reservedConcurrency,
        codeSha256: c.CodeSha256,
        hotReload: v.code.hotReloadDir !== undefined,
        region: ctx.region,
        accountId: ctx.accountId,
    };
}
export const invokeHandlers = {
    async Invoke(input, ctx) {
        const resolved = await resolve(ctx.store, ctx, nameOf(ctx, input.FunctionName, input.Qualifier));
        const payload = input.Payload ?? Buffer.alloc(0);
        if (payload.length > SYNC_PAYLOAD_LIMIT) {
            throw requestTooLarge(`Request must be smaller than ${SYNC_PAYLOAD_LIMIT} bytes for the InvokeFunction operation`);
        }
        const version = await pickVersion(ctx, resolved);
        const executed = version.config.Version;
        if (input.InvocationType === 'DryRun')
            return { StatusCode: 204 };
        const runner = ctx.lambda.runner;
        if (!runner)
            throw serviceException('Tollgate was started without a function runner: functions cannot be invoked');
        const spec = await specOf(ctx, resolved.fn, version);
        // The function sees the ARN the caller invoked, with its qualifier (context.invokedFunctionArn).
        const invokedFunctionArn = arnOf(ctx, resolved.fn.config.FunctionName, nameOf(ctx, input.FunctionName, input.Qualifier).qualifier);
        const run = runner.run(spec, { payload, requestId: ctx.requestId, clientContext: input.ClientContext, logType: input.LogType, invokedFunctionArn });
        if (input.InvocationType === 'Event') {
            // An asynchronous invocation: accepted at once; its outcome goes to the function's log only.
            run.catch((err) => ctx.log.warn({ err, function: spec.functionArn }, 'asynchronous invocation failed'));
            return { StatusCode: 202 };
        }
        try {
            const out = await run;
            return { StatusCode: 200, Payload: out.payload, FunctionError: out.functionError, LogResult: out.logResult, ExecutedVersion: executed };
        }
        catch (e) {
            // The runner refuses as the Lambda service refuses (reserved concurrency reached: 429 TooManyRequestsException, …).
            if (e instanceof LambdaServiceError)
                throw new ServiceError(e.code, e.message, {}, e.status, { Type: e.status >= 500 ? 'Service' : 'User' });
            throw e;
        }
    },
};
//# sourceMappingURL=invoke.js.map