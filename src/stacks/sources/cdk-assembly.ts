/**
 * A CDK cloud assembly (`cdk.out`, what `cdk synth` writes) read as one stack: `manifest.json` lists the
 * artifacts; a stack artifact (`aws:cloudformation:stack`) names its template file and its stack name, an asset
 * manifest (`cdk:asset-manifest`, the `*.assets.json` file) says where each file asset is on disk (`source.path`,
 * relative to the assembly) and where a deploy would upload it (`destinations.*.objectKey`).
 * The schema: https://github.com/aws/aws-cdk/tree/main/packages/aws-cdk-lib/cloud-assembly-schema (cloud-assembly
 * and assets schemas). References to an uploaded asset (`{ S3Bucket: <the staging bucket>, S3Key: <objectKey> }`)
 * become the local path, in the hot-reload form (src/stacks/template.ts); an API definition asset
 * (`BodyS3Location: { Bucket, Key }`, SpecRestApi with AssetApiDefinition) is read and inlined as `Body`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Template } from '../template.js';
import { templateErrors } from './errors.js';
import { localCode, LocalFiles } from './local-paths.js';
import { parseTemplate } from './parse-template.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

interface StackArtifact {
  id: string;
  stackName: string;
  templateFile: string;
  dependencies: string[];
}

function readJson(file: string): Json {
  try {
    const v: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (isObject(v)) return v;
  } catch {
    // reported below
  }
  throw templateErrors.project(`${file} is not a JSON object`, file);
}

function stacksOf(manifest: Json): StackArtifact[] {
  const artifacts = isObject(manifest.artifacts) ? manifest.artifacts : {};
  const stacks: StackArtifact[] = [];
  for (const [id, a] of Object.entries(artifacts)) {
    if (!isObject(a) || a.type !== 'aws:cloudformation:stack' || !isObject(a.properties)) continue;
    const p = a.properties;
    stacks.push({
      id,
      stackName: typeof p.stackName === 'string' ? p.stackName : id,
      templateFile: String(p.templateFile),
      dependencies: Array.isArray(a.dependencies) ? a.dependencies.map(String) : [],
    });
  }
  return stacks;
}

function chooseStack(stacks: StackArtifact[], dir: string, wanted?: string): StackArtifact {
  if (wanted !== undefined) {
    const s = stacks.find((x) => x.stackName === wanted || x.id === wanted);
    if (s) return s;
    throw templateErrors.project(`The cloud assembly ${dir} has no stack ${wanted}; its stacks: ${stacks.map((x) => x.stackName).join(', ')}`);
  }
  if (stacks.length === 1) return stacks[0];
  if (stacks.length === 0) throw templateErrors.project(`The cloud assembly ${dir} has no stack (manifest.json lists no aws:cloudformation:stack artifact)`);
  throw templateErrors.project(
    `The cloud assembly ${dir} has ${stacks.length} stacks (${stacks.map((x) => x.stackName).join(', ')}): choose one with --stack-name`,
  );
}

/** objectKey → absolute local path, from the asset manifests this stack depends on. */
function fileAssets(manifest: Json, dir: string, stack: StackArtifact, files: LocalFiles): Map<string, string> {
  const artifacts = isObject(manifest.artifacts) ? manifest.artifacts : {};
  const byKey = new Map<string, string>();
  for (const dep of stack.dependencies) {
    const a = artifacts[dep];
    if (!isObject(a) || a.type !== 'cdk:asset-manifest' || !isObject(a.properties)) continue;
    const assetsFile = join(dir, String(a.properties.file));
    files.files.add(assetsFile);
    const assets = readJson(assetsFile);
    for (const asset of Object.values(isObject(assets.files) ? assets.files : {})) {
      if (!isObject(asset) || !isObject(asset.source) || typeof asset.source.path !== 'string') continue;
      const local = resolve(dir, asset.source.path);
      for (const d of Object.values(isObject(asset.destinations) ? asset.destinations : {})) {
        if (isObject(d) && typeof d.objectKey === 'string') byKey.set(d.objectKey, local);
      }
    }
  }
  return byKey;
}

function assetPath(key: unknown, assets: Map<string, string>, files: LocalFiles, id: string): string | undefined {
  if (typeof key !== 'string' || !assets.has(key)) return undefined;
  const local = assets.get(key)!;
  if (!existsSync(local)) throw templateErrors.project(`Resource ${id}: asset ${key} is not in the cloud assembly (looked for ${local})`);
  files.files.add(local);
  return local;
}

/** Rewrites asset references anywhere in a resource's properties. */
function rewriteAssets(value: unknown, assets: Map<string, string>, files: LocalFiles, id: string): unknown {
  if (Array.isArray(value)) return value.map((v) => rewriteAssets(v, assets, files, id));
  if (!isObject(value)) return value;
  const code = assetPath(value.S3Key, assets, files, id);
  if (code !== undefined && 'S3Bucket' in value) return localCode(code);
  const out: Json = {};
  for (const [k, v] of Object.entries(value)) {
    const body = k === 'BodyS3Location' && isObject(v) ? assetPath(v.Key, assets, files, id) : undefined;
    if (body !== undefined) out.Body = files.document(body, id, 'BodyS3Location');
    else out[k] = rewriteAssets(v, assets, files, id);
  }
  return out;
}

/**
 * What only AWS's CDK environment needs goes: the `BootstrapVersion` parameter (an SSM parameter written by
 * `cdk bootstrap`) and the `CheckBootstrapVersion` rule that reads it
 * (https://docs.aws.amazon.com/cdk/v2/guide/bootstrapping-env.html), and the `AWS::CDK::Metadata` resource of
 * version reporting with its `CDKMetadataAvailable` condition
 * (https://docs.aws.amazon.com/cdk/v2/guide/ref-cli-cmd.html, `--version-reporting`). Tollgate has no bootstrap
 * stack and reports nothing.
 */
function dropCdkEnvironment(template: Template): void {
  const t = template as Template & { Rules?: Record<string, unknown> };
  if (t.Parameters?.BootstrapVersion?.Type.startsWith('AWS::SSM::Parameter::Value')) delete t.Parameters.BootstrapVersion;
  if (t.Rules?.CheckBootstrapVersion !== undefined) delete t.Rules.CheckBootstrapVersion;
  for (const [id, r] of Object.entries(t.Resources)) if (r.Type === 'AWS::CDK::Metadata') delete t.Resources[id];
  if (t.Conditions?.CDKMetadataAvailable !== undefined && !JSON.stringify(t.Resources).includes('"CDKMetadataAvailable"'))
    delete t.Conditions.CDKMetadataAvailable;
  if (t.Parameters && Object.keys(t.Parameters).length === 0) delete t.Parameters;
  if (t.Rules && Object.keys(t.Rules).length === 0) delete t.Rules;
  if (t.Conditions && Object.keys(t.Conditions).length === 0) delete t.Conditions;
}

/** Reads the stack `stackName` (or the only one) of the assembly in `dir`. */
export function loadCdkAssembly(dir: string, stackName?: string): { template: Template; stackName: string; sourceFiles: string[] } {
  const manifestFile = join(dir, 'manifest.json');
  const manifest = readJson(manifestFile);
  const stack = chooseStack(stacksOf(manifest), dir, stackName);
  const files = new LocalFiles(dir);
  files.files.add(manifestFile);
  const templateFile = files.path(stack.templateFile, stack.id, 'templateFile');
  const template = parseTemplate(readFileSync(templateFile, 'utf8'), templateFile);
  dropCdkEnvironment(template);
  const assets = fileAssets(manifest, dir, stack, files);
  for (const [id, resource] of Object.entries(template.Resources)) {
    if (resource.Properties !== undefined) resource.Properties = rewriteAssets(resource.Properties, assets, files, id) as Json;
  }
  return { template, stackName: stack.stackName, sourceFiles: [...files.files] };
}
