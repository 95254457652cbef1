/**
 * Tags on functions: TagResource, UntagResource, ListTags (https://docs.aws.amazon.com/lambda/latest/dg/configuration-tags.html).
 * The resource is a function's unqualified ARN; texts recorded against AWS in test_lambda_api.snapshot.json
 * (localstack/localstack, TestLambdaTag): versions and aliases refused, 50 tags at most.
 */
import { Kind } from '../../domain/kinds.js';
import { invalidParameter } from './errors.js';
import { loadFunction, nameOf } from './resolve.js';
const MAX_TAGS = 50;
function functionOf(ctx, resource) {
    const { name, qualifier } = nameOf(ctx, resource);
    if (qualifier !== undefined)
        throw invalidParameter('Tags on function aliases and versions are not supported. Please specify a function ARN.');
    return name;
}
export const tagHandlers = {
    async TagResource(input, ctx) {
        const name = functionOf(ctx, input.Resource);
        await ctx.store.write(async (tx) => {
            const fn = await loadFunction(tx, ctx, name);
            const tags = { ...fn.tags, ...input.Tags };
            if (Object.keys(tags).length > MAX_TAGS)
                throw invalidParameter('Number of tags exceeds resource tag limit.');
            await tx.update(Kind.lambdaFunction, ctx.region, name, { ...fn, tags });
        });
    },
    async UntagResource(input, ctx) {
        const name = functionOf(ctx, input.Resource);
        await ctx.store.write(async (tx) => {
            const fn = await loadFunction(tx, ctx, name);
            const tags = Object.fromEntries(Object.entries(fn.tags).filter(([k]) => !input.TagKeys.includes(k)));
            await tx.update(Kind.lambdaFunction, ctx.region, name, { ...fn, tags });
        });
    },
    async ListTags(input, ctx) {
        return { Tags: (await loadFunction(ctx.store, ctx, functionOf(ctx, input.Resource))).tags };
    },
};
