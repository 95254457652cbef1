/** A stack named by its name or its id (the ARN), as every CloudFormation operation takes `StackName`. */
import type { Stack } from '../../domain/stack.js';
import { stackErrors } from '../errors.js';
import type { StacksContext } from './context.js';

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
