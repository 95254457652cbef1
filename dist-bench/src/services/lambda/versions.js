/**
 * Versions: PublishVersion and ListVersionsByFunction (https://docs.aws.amazon.com/lambda/latest/dg/configuration-versions.html).
 * A version is a frozen copy of $LATEST (configuration and code), numbered from 1 and never reused. Publishing
 * an unchanged $LATEST answers the last version instead of a new one (configuration-versions.html: "Lambda
 * doesn't create a new version if the code in the unpublished version is the same as the previous published version").
 */
import { randomUUID } from 'node:crypto';
import { functionScope, Kind } from '../../domain/kinds.js';
import { lambdaTimestamp } from '../../domain/lambda/function.js';
import { invalidParameter, revisionMismatch } from './errors.js';
import { configView } from './function-config.js';
import { pageOf } from './paging.js';
import { arnOf, loadFunction, nameOf } from './resolve.js';
/** What makes two versions the same: their code and configuration, less what names or dates them. */
function essence(v) {
    const { FunctionArn: _a, Version: _v, RevisionId: _r, LastModified: _l, Description: _d, ...rest } = v.config;
    return JSON.stringify({ rest, code: v.code });
}
/** Publishes $LATEST as the next version (or answers the last one when nothing changed). */
export async function publish(tx, ctx, fn, opts) {
    const name = fn.config.FunctionName;
    const scope = functionScope(ctx.region, name);
    if (fn.lastVersion > 0) {
        const last = await tx.get(Kind.lambdaVersion, scope, String(fn.lastVersion));
        if (last && essence(last) === essence(fn))
            return last;
    }
    const n = fn.lastVersion + 1;
    const version = {
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
    await tx.insert(Kind.lambdaVersion, scope, String(n), version);
    await tx.update(Kind.lambdaFunction, ctx.region, name, { ...fn, lastVersion: n, config: { ...fn.config, RevisionId: randomUUID() } });
    return version;
}
export const versionHandlers = {
    async PublishVersion(input, ctx) {
        const { name } = nameOf(ctx, input.FunctionName);
        const v = await ctx.store.write(async (tx) => {
            const fn = await loadFunction(tx, ctx, name);
            if (input.RevisionId !== undefined && input.RevisionId !== fn.config.RevisionId)
                throw revisionMismatch();
            if (input.CodeSha256 !== undefined && input.CodeSha256 !== fn.config.CodeSha256) {
                // Recorded: test_lambda_api.snapshot.json in localstack/localstack (TestLambdaVersions::test_publish_with_wrong_sha256).
                throw invalidParameter(`CodeSHA256 (${input.CodeSha256}) is different from current CodeSHA256 in $LATEST (${fn.config.CodeSha256}). Please try again with the CodeSHA256 in $LATEST.`);
            }
            return publish(tx, ctx, fn, { description: input.Description });
        });
        return configView(v.config);
    },
    async ListVersionsByFunction(input, ctx) {
        const { name } = nameOf(ctx, input.FunctionName);
        const fn = await loadFunction(ctx.store, ctx, name);
        const rows = await ctx.store.all(Kind.lambdaVersion, functionScope(ctx.region, name));
        const all = [fn.config, ...rows.sort((a, b) => Number(a.id) - Number(b.id)).map((r) => r.body.config)];
        const page = pageOf(all, (c) => c.Version, input.Marker, input.MaxItems);
        return { Versions: page.items.map(configView), NextMarker: page.nextMarker };
    },
};
//# sourceMappingURL=versions.js.map