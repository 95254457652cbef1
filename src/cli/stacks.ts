/**
 * `tollgate stacks list | describe NAME | delete NAME [--json]`: a running Tollgate's stacks through CloudFormation's
 * API (ListStacks less the deleted stacks, DescribeStacks + events + resources, DeleteStack followed until the stack is gone).
 */
import { DeleteStackCommand, ListStacksCommand, type CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { CliError, cloudFormation, reaching, targetOf } from './client.js';
import { settle } from './deploy.js';
import { reportText, stackReport } from './summary.js';

export interface StacksArgs {
  action: string;
  name?: string;
  region?: string;
  endpoint?: string;
  json: boolean;
}

export async function stacksCommand(args: StacksArgs, out: (text: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const target = targetOf(args, env);
  if (!['list', 'describe', 'delete'].includes(args.action))
    throw new CliError(`tollgate stacks: unknown action '${args.action}' (list, describe NAME, delete NAME)`);
  if (args.action !== 'list' && args.name === undefined) throw new CliError(`tollgate stacks ${args.action} needs a stack name`);
  const cfn = cloudFormation(target, env);
  try {
    return await reaching(target, () => run(cfn));
  } finally {
    cfn.destroy();
  }
  async function run(cfn: CloudFormationClient): Promise<number> {
    switch (args.action) {
      case 'list': {
        // The live stacks only: ListStacks also lists deleted ones (DELETE_COMPLETE, kept 90 days), which DescribeStacks
        // leaves out (https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DeleteStack.html).
        const all = ((await cfn.send(new ListStacksCommand({}))).StackSummaries ?? []).filter((s) => s.StackStatus !== 'DELETE_COMPLETE');
        if (args.json)
          out(`${JSON.stringify(all.map((s) => ({ stackName: s.StackName, stackId: s.StackId, status: s.StackStatus, reason: s.StackStatusReason })))}\n`);
        else out(all.map((s) => `${s.StackName}\t${s.StackStatus}${s.StackStatusReason ? `\t${s.StackStatusReason}` : ''}\n`).join(''));
        return 0;
      }
      case 'describe': {
        const r = await stackReport(cfn, args.name!, target.endpoint);
        out(args.json ? `${JSON.stringify(r)}\n` : reportText(r));
        return 0;
      }
      case 'delete': {
        await cfn.send(new DeleteStackCommand({ StackName: args.name }));
        const left = await settle(cfn, args.name!);
        if (args.json) out(`${JSON.stringify({ stackName: args.name, status: left ?? 'DELETE_COMPLETE' })}\n`);
        else out(`stack ${args.name}: ${left ?? 'DELETE_COMPLETE'}\n`);
        return left === undefined ? 0 : 1;
      }
      default:
        throw new CliError(`tollgate stacks: unknown action '${args.action}' (list, describe NAME, delete NAME)`);
    }
  }
}
