/**
 * Functions: CreateFunction, GetFunction, GetFunctionConfiguration, ListFunctions, DeleteFunction,
 * UpdateFunctionCode, UpdateFunctionConfiguration (https://docs.aws.amazon.com/lambda/latest/api/API_Operations.html).
 * Every refusal happens before the write transaction: nothing is stored when a request is refused.
 */
import { functionScope, Kind } from '../../domain/kinds.js';
import { isVersionNumber } from '../../domain/lambda/names.js';
import { collectCode } from './code-store.js';
import { checkCode, storeCode } from './code-input.js';
import { invalidParameter, resourceConflict, revisionMismatch } from './errors.js';
import { checkSettings, configView, inProgressView, newConfig, pendingView, updatedConfig } from './function-config.js';
import { resolveLayers } from './layers.js';
import { pageOf } from './paging.js';
import { loadFunction, nameOf, resolve } from './resolve.js';
import { publish } from './versions.js';
/** The RevisionId precondition of updates (recorded text: PreconditionFailedException, test_lambda_api.snapshot.json). */
export function checkRevision(given, current) {
    if (given !== undefined && given !== current)
        throw revisionMismatch();
}
/** Writes a new $LATEST and, when asked, publishes it (Publish: true). */
async function saveLatest(tx, ctx, fn, publishIt) {
    await tx.update(Kind.lambdaFunction, ctx.region, fn.config.FunctionName, fn);
    if (!publishIt)
        return fn.config;
    return (await publish(tx, ctx, fn, {})).config;
}
export const functionHandlers = {
    async CreateFunction(input, ctx) {
        const { name, qualifier } = nameOf(ctx, input.FunctionName);
        if (qualifier !== undefined)
            throw invalidParameter('The derived qualifier from the function name does not match the specified qualifier.');
        if (input.PackageType === 'Image')
            await checkCode({ ImageUri: '' });
        checkSettings(input, true);
        const code = await checkCode(input.Code);
        const layers = await resolveLayers(ctx.store, ctx, input.Layers);
        const config = newConfig(ctx, name, input, code, layers.layers);
        const fn = { config, code: { ...code.ref, layers: layers.code }, tags: input.Tags ?? {}, lastVersion: 0 };
        const saved = await ctx.store.write(async (tx) => {
            // Recorded: 409 "Function already exist: {name}" (moto's FunctionAlreadyExists; LocalStack's provider.py).
            if (await tx.get(Kind.lambdaFunction, ctx.region, name))
                throw resourceConflict(`Function already exist: ${name}`);
            await storeCode(tx, ctx.region, code);
            await tx.insert(Kind.lambdaFunction, ctx.region, name, fn);
            return input.Publish ? (await publish(tx, ctx, fn, {})).config : config;
        });
        return pendingView(saved);
    },
    async GetFunction(input, ctx) {
        const { version, fn } = await resolve(ctx.store, ctx, nameOf(ctx, input.FunctionName, input.Qualifier));
        const out = { Configuration: configView(version.config), Code: codeLocation(version) };
        if (Object.keys(fn.tags).length)
            out.Tags = fn.tags;
        if (fn.reservedConcurrency !== undefined)
            out.Concurrency = { ReservedConcurrentExecutions: fn.reservedConcurrency };
        return out;
    },
    async GetFunctionConfiguration(input, ctx) {
        return configView((await resolve(ctx.store, ctx, nameOf(ctx, input.FunctionName, input.Qualifier))).version.config);
    },
    async ListFunctions(input, ctx) {
        // $LATEST only unless FunctionVersion=ALL (API_ListFunctions.html).
        const fns = (await ctx.store.all(Kind.lambdaFunction, ctx.region)).filter((r) => r.scope === ctx.region);
        const all = [];
        for (const r of fns.sort((a, b) => a.id.localeCompare(b.id))) {
            all.push(r.body.config);
            if (input.FunctionVersion !== 'ALL')
                continue;
            const versions = await ctx.store.all(Kind.lambdaVersion, functionScope(ctx.region, r.id));
            all.push(...versions.sort((a, b) => Number(a.id) - Number(b.id)).map((v) => v.body.config));
        }
        const page = pageOf(all, (c) => c.FunctionArn, input.Marker, input.MaxItems);
        return { Functions: page.items.map(configView), NextMarker: page.nextMarker };
    },
    async DeleteFunction(input, ctx) {
        const { name, qualifier } = nameOf(ctx, input.FunctionName, input.Qualifier);
        // Recorded texts: test_lambda_api.snapshot.json (TestLambdaAlias / TestLambdaVersions, delete with a qualifier).
        if (qualifier === '$LATEST')
            throw invalidParameter('$LATEST version cannot be deleted without deleting the function.');
        if (qualifier !== undefined && !isVersionNumber(qualifier))
            throw invalidParameter('Deletion of aliases is not currently supported.');
        await ctx.store.write(async (tx) => {
            await loadFunction(tx, ctx, name);
            if (qualifier !== undefined) {
                // A version that does not exist is no error (recorded: test_delete_on_nonexisting_version answers 404 only for the function).
                await tx.delete(Kind.lambdaVersion, functionScope(ctx.region, name), qualifier);
            }
            else {
                await tx.deleteTree(functionScope(ctx.region, name));
                await tx.delete(Kind.lambdaFunction, ctx.region, name);
            }
            await collectCode(tx, ctx.region);
        });
        if (qualifier === undefined)
            await ctx.lambda.runner?.retire(name);
        return { StatusCode: 204 };
    },
    async UpdateFunctionCode(input, ctx) {
        const { name, qualifier } = nameOf(ctx, input.FunctionName);
        if (qualifier !== undefined)
            throw invalidParameter('The derived qualifier from the function name does not match the specified qualifier.');
        checkSettings({ Architectures: input.Architectures }, false);
        const code = await checkCode(input);
        return ctx.store.write(async (tx) => {
            const fn = await loadFunction(tx, ctx, name);
            checkRevision(input.RevisionId, fn.config.RevisionId);
            const next = { ...fn, code: { ...code.ref, layers: fn.code.layers }, config: updatedConfig(ctx, fn.config, { FunctionName: name }, undefined) };
            next.config.CodeSha256 = code.codeSha256;
            next.config.CodeSize = code.codeSize;
            if (input.Architectures)
                next.config.Architectures = input.Architectures;
            if (input.DryRun)
                return inProgressView(next.config);
            await storeCode(tx, ctx.region, code);
            const saved = await saveLatest(tx, ctx, next, input.Publish);
            await collectCode(tx, ctx.region);
            return inProgressView(saved);
        });
    },
    async UpdateFunctionConfiguration(input, ctx) {
        const { name, qualifier } = nameOf(ctx, input.FunctionName);
        if (qualifier !== undefined)
            throw invalidParameter('The derived qualifier from the function name does not match the specified qualifier.');
        checkSettings(input, false);
        const layers = input.Layers ? await resolveLayers(ctx.store, ctx, input.Layers) : undefined;
        const saved = await ctx.store.write(async (tx) => {
            const fn = await loadFunction(tx, ctx, name);
            checkRevision(input.RevisionId, fn.config.RevisionId);
            const next = { ...fn, config: updatedConfig(ctx, fn.config, input, layers?.layers) };
            if (layers)
                next.code = { ...fn.code, layers: layers.code };
            return saveLatest(tx, ctx, next, false);
        });
        return inProgressView(saved);
    },
};
/**
 * Where the code can be fetched. Lambda answers a presigned S3 URL; Tollgate has none to give for a zip (its
 * bytes live in the store), so it names the function's code by `RepositoryType: S3` only; a hot-reload
 * directory is given as a file URL, as LocalStack gives it.
 */
function codeLocation(v) {
    return v.code.hotReloadDir ? { RepositoryType: 'S3', Location: `file://${v.code.hotReloadDir}` } : { RepositoryType: 'S3' };
}
//# sourceMappingURL=functions.js.map