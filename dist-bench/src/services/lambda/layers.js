/**
 * Layers: PublishLayerVersion, GetLayerVersion, ListLayerVersions, DeleteLayerVersion
 * (https://docs.aws.amazon.com/lambda/latest/dg/chapter-layers.html), and the layers a function names.
 * A layer's versions count from 1 and are never reused; a version's zip is kept like a function's.
 * Texts recorded against AWS: test_lambda_api.snapshot.json in localstack/localstack (TestLambdaLayer).
 */
import { Kind, layerScope } from '../../domain/kinds.js';
import { lambdaTimestamp } from '../../domain/lambda/function.js';
import { layerArn, layerVersionArn, parseLayerVersionArn } from '../../domain/lambda/names.js';
import { collectCode } from './code-store.js';
import { checkCode, storeCode } from './code-input.js';
import { pageOf } from './paging.js';
import { invalidParameter, resourceNotFound } from './errors.js';
const NOT_FOUND = 'The resource you requested does not exist.';
function view(ctx, layerName, v) {
    return {
        Content: { CodeSha256: v.codeSha256, CodeSize: v.codeSize },
        LayerArn: layerArn(ctx.region, ctx.accountId, layerName),
        LayerVersionArn: layerVersionArn(ctx.region, ctx.accountId, layerName, v.version),
        Description: v.description,
        CreatedDate: v.createdDate,
        Version: v.version,
        ...(v.compatibleArchitectures ? { CompatibleArchitectures: v.compatibleArchitectures } : {}),
        ...(v.compatibleRuntimes ? { CompatibleRuntimes: v.compatibleRuntimes } : {}),
        ...(v.licenseInfo !== undefined ? { LicenseInfo: v.licenseInfo } : {}),
    };
}
function checkVersionNumber(n) {
    if (n < 1)
        throw invalidParameter('Layer Version Cannot be less than 1');
}
/** The layer versions a function names (CreateFunction / UpdateFunctionConfiguration `Layers`). */
export async function resolveLayers(store, ctx, arns) {
    if (!arns?.length)
        return { layers: undefined, code: [] };
    if (arns.length > 5)
        throw invalidParameter('Cannot reference more than 5 layers.');
    const out = [];
    const code = [];
    const seen = new Map();
    for (const arn of arns) {
        const ref = parseLayerVersionArn(arn);
        if (ref && ref.region !== ctx.region) {
            throw invalidParameter(`Layers are not in the same region as the function. Layers are expected to be in region ${ctx.region}.`);
        }
        const v = ref && ref.accountId === ctx.accountId
            ? await store.get(Kind.lambdaLayerVersion, layerScope(ctx.region, ref.layerName), String(ref.version))
            : undefined;
        if (!ref || !v)
            throw invalidParameter(`Layer version ${arn} does not exist.`);
        const other = seen.get(ref.layerName);
        if (other) {
            throw invalidParameter(`Two different versions of the same layer are not allowed to be referenced in the same function. ${other} and ${arn} are versions of the same layer.`);
        }
        seen.set(ref.layerName, arn);
        out.push({ Arn: arn, CodeSize: v.codeSize });
        code.push(v.sha256Hex);
    }
    return { layers: out, code };
}
export const layerHandlers = {
    async PublishLayerVersion(input, ctx) {
        const code = await checkCode(input.Content);
        if (!code.zip)
            throw invalidParameter('Layers take a ZipFile: a hot-reload directory is for functions only');
        const saved = await ctx.store.write(async (tx) => {
            const layer = (await tx.get(Kind.lambdaLayer, ctx.region, input.LayerName)) ?? { lastVersion: 0 };
            const version = layer.lastVersion + 1;
            const v = {
                version,
                description: input.Description ?? '',
                createdDate: lambdaTimestamp(),
                compatibleRuntimes: input.CompatibleRuntimes,
                compatibleArchitectures: input.CompatibleArchitectures,
                licenseInfo: input.LicenseInfo,
                codeSha256: code.codeSha256,
                sha256Hex: code.ref.sha256Hex,
                codeSize: code.codeSize,
            };
            await storeCode(tx, ctx.region, code);
            await tx.insert(Kind.lambdaLayerVersion, layerScope(ctx.region, input.LayerName), String(version), v);
            if (version === 1)
                await tx.insert(Kind.lambdaLayer, ctx.region, input.LayerName, { lastVersion: version });
            else
                await tx.update(Kind.lambdaLayer, ctx.region, input.LayerName, { lastVersion: version });
            return v;
        });
        return view(ctx, input.LayerName, saved);
    },
    async GetLayerVersion(input, ctx) {
        checkVersionNumber(input.VersionNumber);
        const v = await ctx.store.get(Kind.lambdaLayerVersion, layerScope(ctx.region, input.LayerName), String(input.VersionNumber));
        if (!v)
            throw resourceNotFound(NOT_FOUND);
        return view(ctx, input.LayerName, v);
    },
    async ListLayerVersions(input, ctx) {
        const rows = await ctx.store.all(Kind.lambdaLayerVersion, layerScope(ctx.region, input.LayerName));
        const all = rows
            .map((r) => r.body)
            .filter((v) => (!input.CompatibleRuntime || v.compatibleRuntimes?.includes(input.CompatibleRuntime)) &&
            (!input.CompatibleArchitecture || v.compatibleArchitectures?.includes(input.CompatibleArchitecture)))
            .sort((a, b) => b.version - a.version);
        const page = pageOf(all, (v) => String(v.version), input.Marker, input.MaxItems, 50);
        return {
            LayerVersions: page.items.map((v) => {
                const { Content: _c, LayerArn: _l, ...rest } = view(ctx, input.LayerName, v);
                return rest;
            }),
            NextMarker: page.nextMarker,
        };
    },
    async DeleteLayerVersion(input, ctx) {
        checkVersionNumber(input.VersionNumber);
        // Deleting a version that does not exist is no error (API_DeleteLayerVersion.html: functions using it keep their copy).
        await ctx.store.write(async (tx) => {
            await tx.delete(Kind.lambdaLayerVersion, layerScope(ctx.region, input.LayerName), String(input.VersionNumber));
            await collectCode(tx, ctx.region);
        });
    },
};
//# sourceMappingURL=layers.js.map