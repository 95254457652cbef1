/**
 * `tollgate deploy PATH`: a project on this machine (a template, a SAM directory, a CDK cloud assembly, a Serverless
 * package: src/stacks/sources/) deployed to a running Tollgate through CloudFormation's API (CreateStack, or
 * UpdateStack when the stack exists), followed to its end, and reported: status, warnings, outputs, each stage's
 * invoke URL. `--watch` deploys again on every change of the files the project names.
 *
 * Code: the project is packaged here, its code named by absolute path in the hot-reload form (`S3Bucket: hot-reload`,
 * src/stacks/template.ts), which a Tollgate on this machine (a loopback endpoint) reads from its own disk. To any other
 * endpoint the code travels through the server's S3 (src/cli/s3-upload.ts: zipped, uploaded to `tollgate-deploy-{region}`
 * under its SHA-256, the template rewritten to S3Bucket/S3Key), as `aws cloudformation package` does. The template travels as TemplateBody, compact JSON, within CloudFormation's 51,200 bytes; a larger
 * one (an inlined OpenAPI body) is refused here with its size (`tollgate serve --stack PATH` has no such limit).
 */
import { CreateStackCommand, DeleteStackCommand, DescribeStacksCommand, UpdateStackCommand, type CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { TEMPLATE_BODY_MAX } from '../stacks/api/errors.js';
import { SKIP_TAG } from '../stacks/api/views.js';
import { stackNameFrom } from '../stacks/project/deploy-project.js';
import { fileWatch } from '../stacks/project/watch.js';
import { TemplateError } from '../stacks/sources/errors.js';
import { loadProject } from '../stacks/sources/load-project.js';
import { LOCAL_CODE_BUCKET, type Template } from '../stacks/template.js';
import { CliError, cloudFormation, credentialsFor, reaching, targetOf, type Target } from './client.js';
import { uploadLocalCode } from './s3-upload.js';
import { reportText, stackReport, type StackReport } from './summary.js';

export interface DeployArgs {
  path: string;
  stackName?: string;
  parameters: Record<string, string>;
  region?: string;
  endpoint?: string;
  watch: boolean;
  json: boolean;
  skipUnsupported: boolean;
}

/** How often a deploy in progress is asked about (DescribeStacks). */
const POLL_MS = 200;

/** The functions and layers whose code is a local path (the hot-reload form, CloudFormation's S3Bucket or SAM's Bucket), by logical id. */
function localCode(t: Template): string[] {
  return Object.entries(t.Resources)
    .filter(([, r]) => {
      const p = r.Properties ?? {};
      const code = (p.Code ?? p.CodeUri ?? p.Content ?? p.ContentUri) as Record<string, unknown> | string | undefined;
      return typeof code === 'object' && code !== null && (code.S3Bucket === LOCAL_CODE_BUCKET || code.Bucket === LOCAL_CODE_BUCKET);
    })
    .map(([id]) => id);
}

export function packaged(args: DeployArgs): { stackName: string; template: Template; localCode: string[]; sourceFiles: string[] } {
  let loaded;
  try {
    loaded = loadProject(args.path, { stackName: args.stackName });
  } catch (e) {
    if (e instanceof TemplateError) throw new CliError(e.message, 1);
    throw e;
  }
  return {
    stackName: args.stackName ?? loaded.stackName ?? stackNameFrom(args.path),
    template: loaded.template,
    localCode: localCode(loaded.template),
    sourceFiles: [args.path, ...loaded.sourceFiles],
  };
}

/** The template as TemplateBody, within CloudFormation's limit. */
function templateBody(template: Template): string {
  const body = JSON.stringify(template);
  const bytes = Buffer.byteLength(body);
  if (bytes > TEMPLATE_BODY_MAX) {
    throw new CliError(
      `the packaged template is ${bytes} bytes, over CloudFormation's TemplateBody limit of ${TEMPLATE_BODY_MAX}: deploy it with tollgate serve --stack PATH`,
      1,
    );
  }
  return body;
}

async function statusOf(cfn: CloudFormationClient, name: string): Promise<string | undefined> {
  try {
    return (await cfn.send(new DescribeStacksCommand({ StackName: name }))).Stacks?.[0]?.StackStatus;
  } catch (e) {
    if ((e as Error).name === 'ValidationError' && /does not exist/.test((e as Error).message)) return undefined;
    throw e;
  }
}

/** Until the stack's operation ends (or the stack is gone, after a delete). */
export async function settle(cfn: CloudFormationClient, name: string): Promise<string | undefined> {
  for (;;) {
    const s = await statusOf(cfn, name);
    if (s === undefined || !s.endsWith('_IN_PROGRESS') || s === 'REVIEW_IN_PROGRESS') return s; // review: a CREATE change set's stack, waiting
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** One deploy: create, or update (nothing to update is no failure), or re-create a stack whose creation failed. */
export async function deployOnce(
  cfn: CloudFormationClient,
  args: DeployArgs,
  target: Target,
  env: NodeJS.ProcessEnv = process.env,
): Promise<StackReport & { changed: boolean }> {
  const { stackName, template, localCode: local } = packaged(args);
  // Another machine cannot read this one's files: the code goes through its S3.
  if (!target.local && local.length) await uploadLocalCode(template, target, credentialsFor(target, env));
  const body = templateBody(template);
  const request = {
    StackName: stackName,
    TemplateBody: body,
    Parameters: Object.entries(args.parameters).map(([ParameterKey, ParameterValue]) => ({ ParameterKey, ParameterValue })),
    Tags: args.skipUnsupported ? [{ Key: SKIP_TAG, Value: 'true' }] : [],
    Capabilities: ['CAPABILITY_IAM' as const, 'CAPABILITY_NAMED_IAM' as const, 'CAPABILITY_AUTO_EXPAND' as const],
  };
  let status = await settle(cfn, stackName);
  // A stack whose creation failed cannot be updated (CloudFormation: "… is in ROLLBACK_COMPLETE state and can not be updated"): deleted first, as `sam deploy` does.
  // So is one a CREATE change set left in review: it has no resources yet.
  if (status === 'ROLLBACK_COMPLETE' || status === 'CREATE_FAILED' || status === 'REVIEW_IN_PROGRESS') {
    await cfn.send(new DeleteStackCommand({ StackName: stackName }));
    status = await settle(cfn, stackName);
  }
  let changed = true;
  if (status === undefined) await cfn.send(new CreateStackCommand(request));
  else {
    try {
      await cfn.send(new UpdateStackCommand(request));
    } catch (e) {
      if ((e as Error).name !== 'ValidationError' || (e as Error).message !== 'No updates are to be performed.') throw e;
      changed = false;
    }
  }
  await settle(cfn, stackName);
  return { ...(await stackReport(cfn, stackName, target.endpoint)), changed };
}

const succeeded = (r: StackReport): boolean => r.status === 'CREATE_COMPLETE' || r.status === 'UPDATE_COMPLETE';

/** The command: 0 when the stack ended created or updated (or had nothing to update), 1 otherwise. */
export async function deployCommand(args: DeployArgs, out: (text: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const target = targetOf(args, env);
  const cfn = cloudFormation(target, env);
  const once = async (): Promise<number> => {
    const r = await reaching(target, () => deployOnce(cfn, args, target, env));
    if (args.json) out(`${JSON.stringify(r)}\n`);
    else out(`${r.changed ? '' : `stack ${r.stackName}: no changes to deploy\n`}${reportText(r)}`);
    return succeeded(r) ? 0 : 1;
  };
  if (!args.watch) {
    try {
      return await once();
    } finally {
      cfn.destroy();
    }
  }
  return watchDeploys(args, target, once, out);
}

/** `--watch`: deploy now and after every change (gathered for a moment); runs until the process is stopped. */
async function watchDeploys(args: DeployArgs, target: Target, once: () => Promise<number>, out: (text: string) => void): Promise<number> {
  let running: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const files = fileWatch(
    () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        running = running.then(run);
      }, 150);
    },
    (err, dir) => out(`watch: ${dir}: ${err.message}\n`),
  );
  const run = async (): Promise<void> => {
    try {
      await once();
    } catch (e) {
      out(`deploy failed: ${(e as Error).name}: ${(e as Error).message}\n`);
    }
    try {
      files.set(packaged(args).sourceFiles);
    } catch {
      files.set([args.path]);
    }
  };
  await run();
  out(`watching ${args.path} for changes (Ctrl-C stops)\n`);
  return new Promise<number>(() => undefined);
}
