/**
 * Versions: PublishVersion and ListVersionsByFunction (https://docs.aws.amazon.com/lambda/latest/dg/configuration-versions.html).
 * A version is a frozen copy of $LATEST (configuration and code), numbered from 1 and never reused. Publishing
 * an unchanged $LATEST answers the last version instead of a new one (configuration-versions.html: "Lambda
 * doesn't create a new version if the code in the unpublished version is the same as the previous published version").
 */
import { randomUUID } from 'node:crypto';
import { type FunctionVersion, type LambdaFunction, lambdaTimestamp } from '../../domain/lambda/function.js';
import { lambdaFunctions, lambdaVersions } from '../../store/collections/index.js';
import type { StoreWriter } from '../../store/store.js';
import type { Handlers, LambdaContext } from './context.js';
import { invalidParameter, revisionMismatch } from './errors.js';
import { configView } from './function-config.js';
import { pageOf } from './paging.js';
import { arnOf, loadFunction, nameOf } from './resolve.js';

/** What makes two versions the same: their code and configuration, less what names or dates them. */
function essence(v: FunctionVersion): string {
  const { FunctionArn: _a, Version: _v, RevisionId: _r, LastModified: _l, Description: _d, ...rest } = v.config;
  return JSON.stringify({ rest, code: v.code });
}

/** Publishes $LATEST as the next version (or answers the last one when nothing changed). */
export async function publish(tx: StoreWriter, ctx: LambdaContext, fn: LambdaFunction, opts: { description?: string }): Promise<FunctionVersion> {
  const name = fn.config.FunctionName;
  const versions = lambdaVersions.in(tx, ctx.region, name);
  if (fn.lastVersion > 0) {
    const last = await versions.get(String(fn.lastVersion));
    if (last && essence(last) === essence(fn)) return last;
  }
  const n = fn.lastVersion + 1;
  const version: FunctionVersion = {
    code: fn.code,
    config: {
      ...fn.config,
      FunctionArn: arnOf(ctx, name, String(n)),
      Version: String(n),
      Description: opts.description ?? fn.config.Description,
      RevisionId: randomUUID(),
      LastModified: lambdaTimestamp(),
    },
  };
  await versions.insert(String(n), version);
  await lambdaFunctions.in(tx, ctx.region).update(name, { ...fn, lastVersion: n, config: { ...fn.config, RevisionId: randomUUID() } });
  return version;
}

export const versionHandlers: Handlers = {
  async PublishVersion(input, ctx) {
    const { name } = nameOf(ctx, input.FunctionName);
    const v = await ctx.store.write(async (tx) => {
      const fn = await loadFunction(tx, ctx, name);
      if (input.RevisionId !== undefined && input.RevisionId !== fn.config.RevisionId) throw revisionMismatch();
      if (input.CodeSha256 !== undefined && input.CodeSha256 !== fn.config.CodeSha256) {
        // Recorded: test_lambda_api.snapshot.json in localstack/localstack (TestLambdaVersions::test_publish_with_wrong_sha256).
        throw invalidParameter(
          `CodeSHA256 (${input.CodeSha256}) is different from current CodeSHA256 in $LATEST (${fn.config.CodeSha256}). Please try again with the CodeSHA256 in $LATEST.`,
        );
      }
      return publish(tx, ctx, fn, { description: input.Description });
    });
    return configView(v.config);
  },

  async ListVersionsByFunction(input, ctx) {
    const { name } = nameOf(ctx, input.FunctionName);
    const fn = await loadFunction(ctx.store, ctx, name);
    const rows = await lambdaVersions.in(ctx.store, ctx.region, name).rows();
    const all = [fn.config, ...rows.sort((a, b) => Number(a.id) - Number(b.id)).map((r) => r.body.config)];
    const page = pageOf(all, (c) => c.Version, input.Marker, input.MaxItems);
    return { Versions: page.items.map(configView), NextMarker: page.nextMarker };
  },
};
