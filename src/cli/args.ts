/** The command lines of `tollgate deploy` and `tollgate stacks` (node:util parseArgs; unknown flags refused). */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolve } from 'node:path';
import { parameterPairs } from '../config/options.js';
import { CliError } from './client.js';
import type { DeployArgs } from './deploy.js';
import type { StacksArgs } from './stacks.js';

export const CLI_USAGE = `tollgate deploy PATH [--stack-name NAME] [--parameter KEY=VALUE]... [--region R] [--endpoint URL]
                [--watch] [--json] [--skip-unsupported]
  deploys a project (a CloudFormation or SAM template, a SAM directory, a CDK cloud assembly, a Serverless
  package) to a running Tollgate through its CloudFormation API, and prints the stack's outputs and stages
tollgate stacks list | describe NAME | delete NAME [--region R] [--endpoint URL] [--json]
  endpoint: --endpoint, else AWS_ENDPOINT_URL, else http://127.0.0.1:\${TOLLGATE_PORT:-4567}; keys:
  TOLLGATE_ACCESS_KEY_ID/TOLLGATE_SECRET_ACCESS_KEY, else the AWS SDK's (AWS_ACCESS_KEY_ID, profiles)
`;

function parse(argv: string[], options: NonNullable<ParseArgsConfig['options']>): { values: Record<string, unknown>; positionals: string[] } {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError((e as Error).message);
  }
}

const COMMON = { region: { type: 'string' }, endpoint: { type: 'string' }, json: { type: 'boolean' } } as const;

export function deployArgs(argv: string[]): DeployArgs {
  const { values, positionals } = parse(argv, {
    ...COMMON,
    'stack-name': { type: 'string' },
    parameter: { type: 'string', multiple: true },
    watch: { type: 'boolean' },
    'skip-unsupported': { type: 'boolean' },
  });
  if (positionals.length !== 1) throw new CliError('tollgate deploy takes one PATH');
  return {
    path: resolve(positionals[0]),
    stackName: values['stack-name'] as string | undefined,
    parameters: parameterPairs(values.parameter as string[] | undefined),
    region: values.region as string | undefined,
    endpoint: values.endpoint as string | undefined,
    watch: values.watch === true,
    json: values.json === true,
    skipUnsupported: values['skip-unsupported'] === true,
  };
}

export function stacksArgs(argv: string[]): StacksArgs {
  const { values, positionals } = parse(argv, COMMON);
  const [action, name, ...rest] = positionals;
  if (action === undefined || rest.length) throw new CliError('tollgate stacks list | describe NAME | delete NAME');
  return { action, name, region: values.region as string | undefined, endpoint: values.endpoint as string | undefined, json: values.json === true };
}
