/**
 * Layers: PublishLayerVersion, GetLayerVersion, ListLayerVersions, DeleteLayerVersion
 * (https://docs.aws.amazon.com/lambda/latest/dg/chapter-layers.html), and the layers a function names.
 * A layer's versions count from 1 and are never reused; a version's zip is kept like a function's.
 * Texts recorded against AWS: test_lambda_api.snapshot.json in localstack/localstack (TestLambdaLayer).
 */
import { type FunctionConfig, type LayerVersion, lambdaTimestamp } from '../../domain/lambda/function.js';
import { lambdaLayers, lambdaLayerVersions } from '../../store/collections/index.js';
import { layerArn, layerVersionArn, parseLayerVersionArn } from '../../domain/lambda/names.js';
import type { StoreReader } from '../../store/store.js';
import { collectCode } from './code-store.js';
import { codeUrl } from './code-location.js';
import { checkCode, storeCode } from './code-input.js';
import type { Handlers } from './context.js';
import type { ManagementContext } from '../served-service.js';
import { pageOf } from './paging.js';
import { invalidParameter, resourceNotFound } from './errors.js';
import type { GetLayerVersionResponse } from './generated/types.js';

const NOT_FOUND = 'The resource you requested does not exist.';

function view(ctx: ManagementContext, layerName: string, v: LayerVersion): GetLayerVersionResponse {
  return {
    Content: { Location: codeUrl(ctx, v.sha256Hex), CodeSha256: v.codeSha256, CodeSize: v.codeSize },
    LayerArn: layerArn(ctx.region, ctx.accountId, layerName),
    LayerVersionArn: layerVersionArn(ctx.region, ctx.accountId, layerName, v.version),
    Description: v.description,
    CreatedDate: v.createdDate,
    Version: v.version,
    ...(v.compatibleArchitectures ? { CompatibleArchitectures: v.compatibleArchitectures as GetLayerVersionResponse['CompatibleArchitectures'] } : {}),
    ...(v.compatibleRuntimes ? { CompatibleRuntimes: v.compatibleRuntimes as GetLayerVersionResponse['CompatibleRuntimes'] } : {}),
    ...(v.licenseInfo !== undefined ? { LicenseInfo: v.licenseInfo } : {}),
  };
}

function checkVersionNumber(n: number): void {
  if (n < 1) throw invalidParameter('Layer Version Cannot be less than 1');
}

/** The layers a function names: as its configuration lists them, and their code blobs (hex SHA-256, in order). */
export interface LayerSet {
  layers: FunctionConfig['Layers'];
  code: string[];
}

/** The layer versions a function names (CreateFunction / UpdateFunctionConfiguration `Layers`). */
export async function resolveLayers(store: StoreReader, ctx: ManagementContext, arns: string[] | undefined): Promise<LayerSet> {
  if (!arns?.length) return { layers: undefined, code: [] };
  if (arns.length > 5) throw invalidParameter('Cannot reference more than 5 layers.');
  const out: { Arn: string; CodeSize: number }[] = [];
  const code: string[] = [];
  const seen = new Map<string, string>();
  for (const arn of arns) {
    const ref = parseLayerVersionArn(arn);
    if (ref && ref.region !== ctx.region) {
      throw invalidParameter(`Layers are not in the same region as the function. Layers are expected to be in region ${ctx.region}.`);
    }
    const v = ref && ref.accountId === ctx.accountId ? await lambdaLayerVersions.in(store, ctx.region, ref.layerName).get(String(ref.version)) : undefined;
    if (!ref || !v) throw invalidParameter(`Layer version ${arn} does not exist.`);
    const other = seen.get(ref.layerName);
    if (other) {
      throw invalidParameter(
        `Two different versions of the same layer are not allowed to be referenced in the same function. ${other} and ${arn} are versions of the same layer.`,
      );
    }
    seen.set(ref.layerName, arn);
    out.push({ Arn: arn, CodeSize: v.codeSize });
    code.push(v.sha256Hex);
  }
  return { layers: out, code };
}

export const layerHandlers: Handlers = {
  async PublishLayerVersion(input, ctx) {
    const code = await checkCode(input.Content, ctx.store);
    if (!code.zip) throw invalidParameter('Layers take a ZipFile: a hot-reload directory is for functions only');
    const saved = await ctx.store.write(async (tx) => {
      const layers = lambdaLayers.in(tx, ctx.region);
      const layer = (await layers.get(input.LayerName)) ?? { lastVersion: 0 };
      const version = layer.lastVersion + 1;
      const v: LayerVersion = {
        version,
        description: input.Description ?? '',
        createdDate: lambdaTimestamp(),
        compatibleRuntimes: input.CompatibleRuntimes,
        compatibleArchitectures: input.CompatibleArchitectures,
        licenseInfo: input.LicenseInfo,
        codeSha256: code.codeSha256,
        sha256Hex: code.ref.sha256Hex!,
        codeSize: code.codeSize,
      };
      await storeCode(tx, ctx.region, code);
      await lambdaLayerVersions.in(tx, ctx.region, input.LayerName).insert(String(version), v);
      if (version === 1) await layers.insert(input.LayerName, { lastVersion: version });
      else await layers.update(input.LayerName, { lastVersion: version });
      return v;
    });
    return view(ctx, input.LayerName, saved);
  },

  async GetLayerVersion(input, ctx) {
    checkVersionNumber(input.VersionNumber);
    const v = await lambdaLayerVersions.in(ctx.store, ctx.region, input.LayerName).getOrThrow(String(input.VersionNumber), () => resourceNotFound(NOT_FOUND));
    return view(ctx, input.LayerName, v);
  },

  async ListLayerVersions(input, ctx) {
    const all = (await lambdaLayerVersions.in(ctx.store, ctx.region, input.LayerName).list())
      .filter(
        (v) =>
          (!input.CompatibleRuntime || v.compatibleRuntimes?.includes(input.CompatibleRuntime)) &&
          (!input.CompatibleArchitecture || v.compatibleArchitectures?.includes(input.CompatibleArchitecture)),
      )
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
      await lambdaLayerVersions.in(tx, ctx.region, input.LayerName).remove(String(input.VersionNumber));
      await collectCode(tx, ctx.region);
    });
  },
};
