/**
 * A Serverless Framework package (the `.serverless/` directory `serverless package` writes) read as one stack:
 * `cloudformation-template-update-stack.json` is the stack's template, `serverless-state.json` names the service
 * and stage (the stack is `{service}-{stage}`, the framework's default stack name:
 * https://www.serverless.com/framework/docs/providers/aws/guide/deploying), and the artifact zips sit next to them.
 * A deploy would upload each zip to the `ServerlessDeploymentBucket` the template declares, under a key ending in the
 * zip's name; here every `{ S3Bucket: { Ref: ServerlessDeploymentBucket }, S3Key: …/name.zip }` becomes the
 * local zip (src/stacks/template.ts's hot-reload form), and the bucket, its policy and the outputs that name them
 * go: there is nothing to upload.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Template } from '../template.js';
import { templateErrors } from './errors.js';
import { localCode, LocalFiles } from './local-paths.js';
import { parseTemplate } from './parse-template.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export const SERVERLESS_TEMPLATE = 'cloudformation-template-update-stack.json';
const BUCKET = 'ServerlessDeploymentBucket';

/** Does `value` name the deployment bucket (or a resource we removed) anywhere inside? */
function refersTo(value: unknown, ids: Set<string>): boolean {
  if (Array.isArray(value)) return value.some((v) => refersTo(v, ids));
  if (!isObject(value)) return false;
  if (typeof value.Ref === 'string' && ids.has(value.Ref)) return true;
  const getAtt = value['Fn::GetAtt'];
  if (Array.isArray(getAtt) && ids.has(String(getAtt[0]))) return true;
  return Object.values(value).some((v) => refersTo(v, ids));
}

function rewriteArtifacts(value: unknown, dir: string, files: LocalFiles, id: string): unknown {
  if (Array.isArray(value)) return value.map((v) => rewriteArtifacts(v, dir, files, id));
  if (!isObject(value)) return value;
  if (typeof value.S3Key === 'string' && refersTo(value.S3Bucket, new Set([BUCKET]))) {
    const zip = join(dir, basename(value.S3Key));
    if (!existsSync(zip)) throw templateErrors.project(`Resource ${id}: the artifact ${basename(value.S3Key)} is not in ${dir} (run serverless package again)`);
    files.files.add(zip);
    return localCode(zip);
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewriteArtifacts(v, dir, files, id)]));
}

function stackNameOf(dir: string, files: LocalFiles): string | undefined {
  const stateFile = join(dir, 'serverless-state.json');
  if (!existsSync(stateFile)) return undefined;
  files.files.add(stateFile);
  try {
    const state = JSON.parse(readFileSync(stateFile, 'utf8')) as Json;
    const service = isObject(state.service) ? state.service : {};
    const provider = isObject(service.provider) ? service.provider : {};
    const name = typeof service.service === 'string' ? service.service : isObject(service.service) ? service.service.name : undefined;
    if (typeof provider.stackName === 'string') return provider.stackName;
    return typeof name === 'string' ? `${name}-${typeof provider.stage === 'string' ? provider.stage : 'dev'}` : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the package in `dir` (the `.serverless` directory). */
export function loadServerlessPackage(dir: string): { template: Template; stackName?: string; sourceFiles: string[] } {
  const files = new LocalFiles(dir);
  const templateFile = files.path(SERVERLESS_TEMPLATE, 'package', SERVERLESS_TEMPLATE);
  const template = parseTemplate(readFileSync(templateFile, 'utf8'), templateFile);
  const removed = new Set<string>();
  for (const [id, r] of Object.entries(template.Resources)) {
    if (id === BUCKET || (r.Type === 'AWS::S3::BucketPolicy' && refersTo(r.Properties, new Set([BUCKET])))) removed.add(id);
  }
  for (const id of removed) delete template.Resources[id];
  for (const [id, r] of Object.entries(template.Resources)) {
    if (r.Properties !== undefined) r.Properties = rewriteArtifacts(r.Properties, dir, files, id) as Json;
  }
  for (const [name, output] of Object.entries(template.Outputs ?? {})) {
    if (refersTo(output.Value, removed)) delete template.Outputs![name];
  }
  return { template, stackName: stackNameOf(dir, files), sourceFiles: [...files.files] };
}
