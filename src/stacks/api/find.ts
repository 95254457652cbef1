/** A stack named by its name or its id (the ARN), as every CloudFormation operation takes `StackName`. */
import type { Stack } from '../../domain/stack.js';
import { stackErrors } from '../errors.js';
import type { StacksContext } from './context.js';

/** A live stack: what the write operations act on (a deleted stack is not there for UpdateStack or DeleteStack). */
export async function findStack(ctx: StacksContext, nameOrId: string): Promise<Stack | undefined> {
  if (!nameOrId.startsWith('arn:')) return ctx.stacks.get(nameOrId, ctx.region);
  return (await ctx.stacks.list(ctx.region)).find((s) => s.id === nameOrId);
}

/** ValidationError "Stack with id X does not exist" when there is none. */
export async function mustFind(ctx: StacksContext, nameOrId: string): Promise<Stack> {
  const s = await findStack(ctx, nameOrId);
  if (!s) throw stackErrors.notFound(nameOrId);
  return s;
}

/**
 * A stack to read (DescribeStacks, DescribeStackEvents, DescribeStackResources, ListStackResources, GetTemplate): a
 * live one by name or id, or a deleted one by its id only ("Deleted stacks: You must specify the unique stack ID",
 * src/stacks/engine/deleted-stacks.ts); by name, a deleted stack "does not exist".
 */
export async function mustFindRecorded(ctx: StacksContext, nameOrId: string): Promise<Stack> {
  const s = (await findStack(ctx, nameOrId)) ?? (nameOrId.startsWith('arn:') ? await ctx.stacks.deletedById(nameOrId, ctx.region) : undefined);
  if (!s) throw stackErrors.notFound(nameOrId);
  return s;
}
