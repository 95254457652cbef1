/**
 * Reserved concurrency: PutFunctionConcurrency, GetFunctionConcurrency, DeleteFunctionConcurrency
 * (https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html). The runner enforces it
 * (FunctionSpec.reservedConcurrency: 429 TooManyRequestsException past it). Lambda's account has 1,000
 * concurrent executions and keeps 100 unreserved (lambda/latest/dg/gettingstarted-limits.html); the text
 * when a reservation would cross that is recorded in test_lambda_api.snapshot.json (TestLambdaConcurrency).
 */
import { Kind } from '../../domain/kinds.js';
import { invalidParameter } from './errors.js';
import { loadFunction, nameOf } from './resolve.js';
const ACCOUNT_CONCURRENCY = 1000;
const MIN_UNRESERVED = 100;
/** The function a concurrency operation names: never a version or an alias (recorded text). */
function unqualified(ctx, functionName) {
    const { name, qualifier } = nameOf(ctx, functionName);
    if (qualifier !== undefined) {
        throw invalidParameter('This operation is permitted on Lambda functions only. Aliases and versions do not support this operation. Please specify either a function name or an unqualified function ARN.');
    }
    return name;
}
export const concurrencyHandlers = {
    async PutFunctionConcurrency(input, ctx) {
        const name = unqualified(ctx, input.FunctionName);
        const n = input.ReservedConcurrentExecutions;
        await ctx.store.write(async (tx) => {
            const fn = await loadFunction(tx, ctx, name);
            const others = (await tx.all(Kind.lambdaFunction, ctx.region))
                .filter((r) => r.scope === ctx.region && r.id !== name)
                .reduce((sum, r) => sum + (r.body.reservedConcurrency ?? 0), 0);
            if (ACCOUNT_CONCURRENCY - others - n < MIN_UNRESERVED) {
                throw invalidParameter(`Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [${MIN_UNRESERVED}].`);
            }
            await tx.update(Kind.lambdaFunction, ctx.region, name, { ...fn, reservedConcurrency: n });
        });
        return { ReservedConcurrentExecutions: n };
    },
    async GetFunctionConcurrency(input, ctx) {
        const fn = await loadFunction(ctx.store, ctx, unqualified(ctx, input.FunctionName));
        return fn.reservedConcurrency === undefined ? {} : { ReservedConcurrentExecutions: fn.reservedConcurrency };
    },
    async DeleteFunctionConcurrency(input, ctx) {
        const name = unqualified(ctx, input.FunctionName);
        await ctx.store.write(async (tx) => {
            const { reservedConcurrency: _, ...fn } = await loadFunction(tx, ctx, name);
            await tx.update(Kind.lambdaFunction, ctx.region, name, fn);
        });
    },
};
