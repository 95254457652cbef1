/**
 * loadProject(path, { stackName }) → { template, stackName?, sourceFiles }: whatever project PATH names, as one
 * CloudFormation template whose local code and documents are resolved (the stack engine's input; the SAM
 * transform, src/stacks/sam/, runs after, on the engine's side). PATH may be:
 * - a template file (CloudFormation or SAM, JSON or YAML): local paths resolved relative to it (local-paths.ts);
 * - a directory holding template.yaml, template.yml or template.json (the names `sam build` looks for:
 *   https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-cli-command-reference-sam-build.html);
 * - a CDK cloud assembly (a directory with manifest.json, or an app directory with cdk.out/): cdk-assembly.ts;
 * - a Serverless Framework package (`.serverless/`, or the service directory holding it): serverless-package.ts.
 * `sourceFiles` lists every file and directory whose change should redeploy (--watch): the template, the
 * manifests, each code path and document. `stackName` is the project's own name for the stack when it has one
 * (the CDK stack, `{service}-{stage}`); the caller's --stack-name wins over it.
 * Throws TemplateError (errors.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Template } from '../template.js';
import { loadCdkAssembly } from './cdk-assembly.js';
import { templateErrors } from './errors.js';
import { LocalFiles, resolveLocalPaths } from './local-paths.js';
import { parseTemplate } from './parse-template.js';
import { loadServerlessPackage, SERVERLESS_TEMPLATE } from './serverless-package.js';

export interface LoadedProject {
  template: Template;
  stackName?: string;
  sourceFiles: string[];
}

export interface LoadOptions {
  /** --stack-name: picks one stack of a CDK assembly that has several. */
  stackName?: string;
}

const SAM_TEMPLATE_NAMES = ['template.yaml', 'template.yml', 'template.json'];

function loadTemplateFile(file: string): LoadedProject {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw templateErrors.project(`Cannot read ${file}: ${(e as Error).message}`, file);
  }
  const template = parseTemplate(text, file);
  const files = new LocalFiles(dirname(file));
  files.files.add(file);
  resolveLocalPaths(template, files);
  return { template, sourceFiles: [...files.files] };
}

function loadDirectory(dir: string, options: LoadOptions): LoadedProject {
  if (existsSync(join(dir, 'manifest.json'))) return loadCdkAssembly(dir, options.stackName);
  if (existsSync(join(dir, SERVERLESS_TEMPLATE))) return loadServerlessPackage(dir);
  if (existsSync(join(dir, '.serverless', SERVERLESS_TEMPLATE))) return loadServerlessPackage(join(dir, '.serverless'));
  if (existsSync(join(dir, 'cdk.out', 'manifest.json'))) return loadCdkAssembly(join(dir, 'cdk.out'), options.stackName);
  const sam = SAM_TEMPLATE_NAMES.map((n) => join(dir, n)).find((f) => existsSync(f));
  if (sam) return loadTemplateFile(sam);
  throw templateErrors.project(
    `${dir} holds no project: expected ${SAM_TEMPLATE_NAMES.join(', ')} (SAM), manifest.json or cdk.out/ (CDK), ${SERVERLESS_TEMPLATE} or .serverless/ (Serverless Framework)`,
  );
}

/** Reads the project at `path` (see above). */
export function loadProject(path: string, options: LoadOptions = {}): LoadedProject {
  const abs = resolve(path);
  if (!existsSync(abs)) throw templateErrors.project(`${path} does not exist`);
  if (statSync(abs).isDirectory()) return loadDirectory(abs, options);
  const dir = dirname(abs);
  if (abs.endsWith('manifest.json') && !existsSync(join(dir, SERVERLESS_TEMPLATE))) return loadCdkAssembly(dir, options.stackName);
  if (abs.endsWith(SERVERLESS_TEMPLATE)) return loadServerlessPackage(dir);
  return loadTemplateFile(abs);
}
