/**
 * Functions: CreateFunction, GetFunction, GetFunctionConfiguration, ListFunctions, DeleteFunction,
 * UpdateFunctionCode, UpdateFunctionConfiguration (https://docs.aws.amazon.com/lambda/latest/api/API_Operations.html).
 * Every refusal happens before the write transaction: nothing is stored when a request is refused. After an update,
 * a function in use gets its new environment started ahead of its next invocation (proactive-initialization.ts).
 */
import type { FunctionConfig, FunctionVersion, LambdaFunction } from '../../domain/lambda/function.js';
import { isVersionNumber } from '../../domain/lambda/names.js';
import { lambdaFunctions, lambdaVersions } from '../../store/collections/index.js';
import type { StoreWriter } from '../../store/store.js';
import { collectCode } from './code-store.js';
import { codeUrl } from './code-location.js';
import { checkCode, storeCode } from './code-input.js';
import type { Handlers, LambdaContext } from './context.js';
import { invalidParameter, resourceConflict, revisionMismatch } from './errors.js';
import { checkSettings, configView, inProgressView, newConfig, pendingView, updatedConfig } from './function-config.js';
import type { GetFunctionResponse } from './generated/types.js';
import { resolveLayers } from './layers.js';
import { pageOf } from './paging.js';
import { prepareLatest } from './proactive-initialization.js';
import { loadFunction, nameOf, resolve } from './resolve.js';
import { publish } from './versions.js';

/** The RevisionId precondition of updates (recorded text: PreconditionFailedException, test_lambda_api.snapshot.json). */
export function checkRevision(given: string | undefined, current: string): void {
  if (given !== undefined && given !== current) throw revisionMismatch();
}

/** Writes a new $LATEST and, when asked, publishes it (Publish: true). */
async function saveLatest(tx: StoreWriter, ctx: LambdaContext, fn: LambdaFunction, publishIt: boolean | undefined): Promise<FunctionConfig> {
  await lambdaFunctions.in(tx, ctx.region).update(fn.config.FunctionName, fn);
  if (!publishIt) return fn.config;
  return (await publish(tx, ctx, fn, {})).config;
}

export const functionHandlers: Handlers = {
  async CreateFunction(input, ctx) {
    const { name, qualifier } = nameOf(ctx, input.FunctionName);
    if (qualifier !== undefined) throw invalidParameter('The derived qualifier from the function name does not match the specified qualifier.');
    if (input.PackageType === 'Image') await checkCode({ ImageUri: '' }, ctx.store);
    checkSettings(input, true);
    const code = await checkCode(input.Code, ctx.store);
    const layers = await resolveLayers(ctx.store, ctx, input.Layers);
    const config = newConfig(ctx, name, input, code, layers.layers);
    const fn: LambdaFunction = { config, code: { ...code.ref, layers: layers.code }, tags: input.Tags ?? {}, lastVersion: 0 };
    const saved = await ctx.store.write(async (tx) => {
      // Recorded: 409 "Function already exist: {name}" (moto's FunctionAlreadyExists; LocalStack's provider.py).
      const functions = lambdaFunctions.in(tx, ctx.region);
      if (await functions.has(name)) throw resourceConflict(`Function already exist: ${name}`);
      await storeCode(tx, ctx.region, code);
      await functions.insert(name, fn);
      return input.Publish ? (await publish(tx, ctx, fn, {})).config : config;
    });
    return pendingView(saved);
  },

  async GetFunction(input, ctx) {
    const { version, fn } = await resolve(ctx.store, ctx, nameOf(ctx, input.FunctionName, input.Qualifier));
    const out: GetFunctionResponse = { Configuration: configView(version.config), Code: codeLocation(ctx, version) };
    if (Object.keys(fn.tags).length) out.Tags = fn.tags;
    if (fn.reservedConcurrency !== undefined) out.Concurrency = { ReservedConcurrentExecutions: fn.reservedConcurrency };
    return out;
  },

  async GetFunctionConfiguration(input, ctx) {
    return configView((await resolve(ctx.store, ctx, nameOf(ctx, input.FunctionName, input.Qualifier))).version.config);
  },

  async ListFunctions(input, ctx) {
    // $LATEST only unless FunctionVersion=ALL (API_ListFunctions.html).
    const fns = await lambdaFunctions.in(ctx.store, ctx.region).rows();
    const all: FunctionConfig[] = [];
    for (const r of fns.sort((a, b) => a.id.localeCompare(b.id))) {
      all.push(r.body.config);
      if (input.FunctionVersion !== 'ALL') continue;
      const versions = await lambdaVersions.in(ctx.store, ctx.region, r.id).rows();
      all.push(...versions.sort((a, b) => Number(a.id) - Number(b.id)).map((v) => v.body.config));
    }
    const page = pageOf(all, (c) => c.FunctionArn, input.Marker, input.MaxItems);
    return { Functions: page.items.map(configView), NextMarker: page.nextMarker };
  },

  async DeleteFunction(input, ctx) {
    const { name, qualifier } = nameOf(ctx, input.FunctionName, input.Qualifier);
    // Recorded texts: test_lambda_api.snapshot.json (TestLambdaAlias / TestLambdaVersions, delete with a qualifier).
    if (qualifier === '$LATEST') throw invalidParameter('$LATEST version cannot be deleted without deleting the function.');
    if (qualifier !== undefined && !isVersionNumber(qualifier)) throw invalidParameter('Deletion of aliases is not currently supported.');
    await ctx.store.write(async (tx) => {
      await loadFunction(tx, ctx, name);
      if (qualifier !== undefined) {
        // A version that does not exist is no error (recorded: test_delete_on_nonexisting_version answers 404 only for the function).
        await lambdaVersions.in(tx, ctx.region, name).remove(qualifier);
      } else {
        await lambdaFunctions.in(tx, ctx.region).removeTree(name);
      }
      await collectCode(tx, ctx.region);
    });
    if (qualifier === undefined) await ctx.lambda.runner?.retire(name);
    return { StatusCode: 204 };
  },

  async UpdateFunctionCode(input, ctx) {
    const { name, qualifier } = nameOf(ctx, input.FunctionName);
    if (qualifier !== undefined) throw invalidParameter('The derived qualifier from the function name does not match the specified qualifier.');
    checkSettings({ Architectures: input.Architectures }, false);
    const code = await checkCode(input, ctx.store);
    const out = await ctx.store.write(async (tx) => {
      const fn = await loadFunction(tx, ctx, name);
      checkRevision(input.RevisionId, fn.config.RevisionId);
      const next = { ...fn, code: { ...code.ref, layers: fn.code.layers }, config: updatedConfig(ctx, fn.config, { FunctionName: name }, undefined) };
      next.config.CodeSha256 = code.codeSha256;
      next.config.CodeSize = code.codeSize;
      if (input.Architectures) next.config.Architectures = input.Architectures;
      if (input.DryRun) return inProgressView(next.config);
      await storeCode(tx, ctx.region, code);
      const saved = await saveLatest(tx, ctx, next, input.Publish);
      await collectCode(tx, ctx.region);
      return inProgressView(saved);
    });
    if (!input.DryRun) prepareLatest(ctx, name);
    return out;
  },

  async UpdateFunctionConfiguration(input, ctx) {
    const { name, qualifier } = nameOf(ctx, input.FunctionName);
    if (qualifier !== undefined) throw invalidParameter('The derived qualifier from the function name does not match the specified qualifier.');
    checkSettings(input, false);
    const layers = input.Layers ? await resolveLayers(ctx.store, ctx, input.Layers) : undefined;
    const saved = await ctx.store.write(async (tx) => {
      const fn = await loadFunction(tx, ctx, name);
      checkRevision(input.RevisionId, fn.config.RevisionId);
      const next = { ...fn, config: updatedConfig(ctx, fn.config, input, layers?.layers) };
      if (layers) next.code = { ...fn.code, layers: layers.code };
      return saveLatest(tx, ctx, next, false);
    });
    prepareLatest(ctx, name);
    return inProgressView(saved);
  },
};

/**
 * Where the code can be fetched: a zip's download URL on the management listener (code-location.ts; Lambda
 * answers a presigned S3 URL there), a hot-reload directory as a file URL, as LocalStack gives it.
 */
function codeLocation(ctx: LambdaContext, v: FunctionVersion): GetFunctionResponse['Code'] {
  if (v.code.hotReloadDir) return { RepositoryType: 'S3', Location: `file://${v.code.hotReloadDir}` };
  return { RepositoryType: 'S3', Location: codeUrl(ctx, v.code.sha256Hex!) };
}
