/**
 * Aliases: CreateAlias, GetAlias, UpdateAlias, DeleteAlias, ListAliases
 * (https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html). An alias names one version,
 * and optionally a second one with a weight (AdditionalVersionWeights). Texts recorded against AWS:
 * test_lambda_api.snapshot.json in localstack/localstack (TestLambdaAlias), and LocalStack's provider.py.
 */
import { randomUUID } from 'node:crypto';
import { functionScope, Kind } from '../../domain/kinds.js';
import { functionNotFound, invalidParameter, resourceConflict, resourceNotFound, revisionMismatch, validationError } from './errors.js';
import { pageOf } from './paging.js';
import { arnOf, getAlias, getVersion, loadFunction, nameOf } from './resolve.js';
const ALIAS_NAME = /^(?!^[0-9]+$)([a-zA-Z0-9-_]+)$/;
const view = (a) => ({ ...a });
/** The version (and routing) an alias may point to: both must exist, and be distinct published versions. */
async function checkTarget(store, ctx, name, version, routing) {
    if (version !== '$LATEST' && !(await getVersion(store, ctx, name, version)))
        throw functionNotFound(arnOf(ctx, name, version));
    const weights = Object.entries(routing?.AdditionalVersionWeights ?? {});
    if (weights.length > 1)
        throw invalidParameter('Number of items in AdditionalVersionWeights cannot be greater than 1');
    for (const [v, w] of weights) {
        if (w < 0 || w > 1) {
            throw validationError([
                `Value '{${v}=${w}}' at 'routingConfig.additionalVersionWeights' failed to satisfy constraint: Map value must satisfy constraint: [Member must have value less than or equal to 1.0, Member must have value greater than or equal to 0.0, Member must not be null]`,
            ]);
        }
        if (v === version)
            throw invalidParameter(`Invalid function version ${v}. Function version ${v} is already included in routing configuration.`);
        if (version === '$LATEST')
            throw invalidParameter('$LATEST is not supported for an alias pointing to more than 1 version');
        if (!(await getVersion(store, ctx, name, v)))
            throw functionNotFound(arnOf(ctx, name, v));
    }
}
export const aliasHandlers = {
    async CreateAlias(input, ctx) {
        const { name } = nameOf(ctx, input.FunctionName);
        if (!ALIAS_NAME.test(input.Name)) {
            throw validationError([
                `Value '${input.Name}' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: (?!^[0-9]+$)([a-zA-Z0-9-_]+)`,
            ]);
        }
        const alias = await ctx.store.write(async (tx) => {
            await loadFunction(tx, ctx, name);
            const scope = functionScope(ctx.region, name);
            if (await tx.get(Kind.lambdaAlias, scope, input.Name))
                throw resourceConflict(`Alias already exists: ${arnOf(ctx, name, input.Name)}`);
            await checkTarget(tx, ctx, name, input.FunctionVersion, input.RoutingConfig);
            const a = {
                AliasArn: arnOf(ctx, name, input.Name),
                Name: input.Name,
                FunctionVersion: input.FunctionVersion,
                Description: input.Description ?? '',
                ...(input.RoutingConfig?.AdditionalVersionWeights ? { RoutingConfig: { AdditionalVersionWeights: input.RoutingConfig.AdditionalVersionWeights } } : {}),
                RevisionId: randomUUID(),
            };
            await tx.insert(Kind.lambdaAlias, scope, input.Name, a);
            return a;
        });
        return view(alias);
    },
    async GetAlias(input, ctx) {
        const { name } = nameOf(ctx, input.FunctionName);
        await loadFunction(ctx.store, ctx, name);
        const a = await getAlias(ctx.store, ctx, name, input.Name);
        if (!a)
            throw resourceNotFound(`Cannot find alias arn: ${arnOf(ctx, name, input.Name)}`);
        return view(a);
    },
    async UpdateAlias(input, ctx) {
        const { name } = nameOf(ctx, input.FunctionName);
        const alias = await ctx.store.write(async (tx) => {
            await loadFunction(tx, ctx, name);
            const a = await getAlias(tx, ctx, name, input.Name);
            if (!a)
                throw resourceNotFound(`Alias not found: ${arnOf(ctx, name, input.Name)}`);
            if (input.RevisionId !== undefined && input.RevisionId !== a.RevisionId)
                throw revisionMismatch();
            const next = {
                ...a,
                FunctionVersion: input.FunctionVersion ?? a.FunctionVersion,
                Description: input.Description ?? a.Description,
                RevisionId: randomUUID(),
            };
            if (input.RoutingConfig) {
                // An empty AdditionalVersionWeights removes the routing (configuration-aliases.html "weighted aliases").
                if (Object.keys(input.RoutingConfig.AdditionalVersionWeights ?? {}).length)
                    next.RoutingConfig = { AdditionalVersionWeights: input.RoutingConfig.AdditionalVersionWeights };
                else
                    delete next.RoutingConfig;
            }
            await checkTarget(tx, ctx, name, next.FunctionVersion, next.RoutingConfig);
            await tx.update(Kind.lambdaAlias, functionScope(ctx.region, name), input.Name, next);
            return next;
        });
        return view(alias);
    },
    async DeleteAlias(input, ctx) {
        const { name } = nameOf(ctx, input.FunctionName);
        await ctx.store.write(async (tx) => {
            await loadFunction(tx, ctx, name);
            await tx.delete(Kind.lambdaAlias, functionScope(ctx.region, name), input.Name);
            await tx.delete(Kind.lambdaPolicy, functionScope(ctx.region, name), input.Name);
        });
    },
    async ListAliases(input, ctx) {
        const { name } = nameOf(ctx, input.FunctionName);
        await loadFunction(ctx.store, ctx, name);
        const rows = await ctx.store.all(Kind.lambdaAlias, functionScope(ctx.region, name));
        const all = rows
            .map((r) => r.body)
            .filter((a) => input.FunctionVersion === undefined || a.FunctionVersion === input.FunctionVersion)
            .sort((a, b) => a.Name.localeCompare(b.Name));
        const page = pageOf(all, (a) => a.Name, input.Marker, input.MaxItems);
        return { Aliases: page.items.map(view), NextMarker: page.nextMarker };
    },
};
