/**
 * A project on disk deployed as a stack: read by the project loaders (src/stacks/sources/load-project.ts:
 * a template file, a SAM directory, a CDK cloud assembly, a Serverless package), deployed by the stack
 * engine, and summed up for a person: the stack's status, outputs, and each stage's invoke URL.
 */
import { basename, extname } from 'node:path';
import type { Stack } from '../../domain/stack.js';
import { StackError } from '../errors.js';
import type { StackEngine } from '../engine/stack-engine.js';
import { TemplateError } from '../sources/errors.js';
import { loadProject } from '../sources/load-project.js';

export interface ProjectDeploy {
  path: string;
  stackName?: string;
  parameters?: Record<string, string>;
  skipUnsupported?: boolean;
  region?: string;
}

export interface DeployedProject {
  stack: Stack;
  /** What to watch: the template, manifests, code paths and documents the project names. */
  sourceFiles: string[];
}

/** A stack name from a file name: CloudFormation's pattern, `[a-zA-Z][-a-zA-Z0-9]*`. */
export function stackNameFrom(path: string): string {
  const base = basename(path, extname(path)).replace(/[^-a-zA-Z0-9]/g, '-');
  return /^[a-zA-Z]/.test(base) ? base : `stack-${base}`;
}

/** Reads the project (refusals as StackError ValidationError, nothing changed) and deploys it. */
export async function deployProject(engine: StackEngine, req: ProjectDeploy): Promise<DeployedProject> {
  let loaded;
  try {
    loaded = loadProject(req.path, { stackName: req.stackName });
  } catch (e) {
    if (e instanceof TemplateError) throw new StackError('ValidationError', e.message);
    throw e;
  }
  const stackName = req.stackName ?? loaded.stackName ?? stackNameFrom(req.path);
  const stack = await engine.deploy({
    stackName,
    template: loaded.template,
    parameters: req.parameters,
    skipUnsupported: req.skipUnsupported,
    region: req.region,
  });
  return { stack, sourceFiles: loaded.sourceFiles };
}

/** Whether a deploy left the stack as asked (not rolled back, not failed). */
export const succeeded = (s: Stack): boolean => s.status === 'CREATE_COMPLETE' || s.status === 'UPDATE_COMPLETE';

/** Each stage of each API of the stack: `{base}/_aws/execute-api/{api}/{stage}/` (src/edge/invoke-url.ts). */
export function stageUrls(stack: Stack, base: string): { api: string; stage: string; url: string }[] {
  const out: { api: string; stage: string; url: string }[] = [];
  for (const r of Object.values(stack.resources)) {
    const stage =
      r.type === 'AWS::ApiGateway::Stage'
        ? r.physicalId
        : r.type === 'AWS::ApiGateway::Deployment'
          ? (r.properties.StageName as string | undefined)
          : undefined;
    const api = r.properties.RestApiId as string | undefined;
    if (stage && api && !out.some((o) => o.api === api && o.stage === stage)) out.push({ api, stage, url: `${base}/_aws/execute-api/${api}/${stage}/` });
  }
  return out;
}

/** The lines a person reads after a deploy. */
export function summary(stack: Stack, base: string): string {
  const lines = [`stack ${stack.name}: ${stack.status}${stack.reason ? ` (${stack.reason})` : ''}`];
  // The last operation's warnings (SAM events it did not deploy), from its "User Initiated" start on.
  const start = stack.events.map((e) => e.logicalId === stack.name && e.reason === 'User Initiated').lastIndexOf(true);
  for (const e of stack.events.slice(Math.max(start, 0))) if (e.reason?.startsWith('Warning:')) lines.push(`  ${e.reason}`);
  if (!succeeded(stack)) {
    for (const e of stack.events) if (/_FAILED$/.test(e.status) && e.reason) lines.push(`  ${e.logicalId} ${e.status}: ${e.reason}`);
  }
  for (const o of stack.outputs) lines.push(`  output ${o.key} = ${o.value}`);
  for (const u of stageUrls(stack, base)) lines.push(`  stage ${u.stage}: ${u.url}`);
  return `${lines.join('\n')}\n`;
}
