/**
 * CreateChangeSet, DescribeChangeSet, ExecuteChangeSet, DeleteChangeSet, ListChangeSets
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_Operations.html) over the engine's change
 * sets (src/stacks/engine/change-sets.ts): what `aws cloudformation deploy`, `sam deploy` and `cdk deploy` call.
 * The change set is computed before CreateChangeSet answers, so the first DescribeChangeSet already finds it
 * CREATE_COMPLETE (or FAILED for no change); ExecuteChangeSet answers once its deploy ended, or after
 * EXECUTE_WAIT_MS with the deploy still running (then DescribeStacks follows it, as after UpdateStack).
 */
import { ServiceError } from '../../protocol/errors.js';
import { createChangeSet, deleteChangeSet, findChangeSet } from '../engine/change-sets.js';
import { changeSetErrors, checkExecutable, stackErrors } from '../errors.js';
import { changeSetSummary, changeSetView } from './change-set-views.js';
import type { Handlers } from './context.js';
import { asServiceErrors } from './errors.js';
import { findStack, mustFind } from './find.js';
import { parameterValues, runOn, skipOf, templateOf } from './write-handlers.js';

/**
 * How long ExecuteChangeSet waits for its deploy before answering. The AWS CLI's `cloudformation deploy` polls
 * DescribeStacks right after ExecuteChangeSet and then only every 30 s (awscli/customizations/cloudformation/deployer.py
 * wait_for_execute: `'Delay': 30`): a deploy that ends within this wait is seen complete on that first poll.
 */
export const EXECUTE_WAIT_MS = 20_000;

export const changeSetHandlers: Handlers = {
  async CreateChangeSet(input, ctx) {
    return asServiceErrors(async () => {
      const type = input.ChangeSetType ?? 'UPDATE';
      if (type === 'IMPORT') throw new ServiceError('ValidationError', 'ChangeSetType IMPORT (resource import) is not supported by Tollgate', {}, 400);
      const existing = await findStack(ctx, input.StackName);
      const { body, template } =
        input.UsePreviousTemplate && existing ? { body: existing.templateBody, template: existing.originalTemplate } : await templateOf(input, ctx.store);
      const { changeSet, stack } = await createChangeSet(ctx.stacks, {
        name: input.ChangeSetName,
        type,
        deploy: {
          stackName: existing?.name ?? input.StackName,
          template,
          templateBody: body,
          parameters: parameterValues(input.Parameters, existing?.parameters),
          skipUnsupported: input.Tags === undefined ? (existing?.skipUnsupported ?? false) : skipOf(input.Tags),
          region: ctx.region,
        },
        description: input.Description,
        capabilities: input.Capabilities ?? [],
        tags: (input.Tags ?? []).map((t) => ({ key: t.Key, value: t.Value })),
      });
      return { Id: changeSet.id, StackId: stack.id };
    });
  },

  async DescribeChangeSet(input, ctx) {
    return asServiceErrors(async () => {
      const found = await findChangeSet(ctx.stacks, ctx.region, input.ChangeSetName, input.StackName);
      if (!found) throw changeSetErrors.notFound(input.ChangeSetName);
      return changeSetView(found.stack, found.changeSet);
    });
  },

  async ListChangeSets(input, ctx) {
    return asServiceErrors(async () => {
      const s = await mustFind(ctx, input.StackName);
      return { Summaries: (s.changeSets ?? []).map((cs) => changeSetSummary(s, cs)) };
    });
  },

  async ExecuteChangeSet(input, ctx) {
    return asServiceErrors(async () => {
      const found = await findChangeSet(ctx.stacks, ctx.region, input.ChangeSetName, input.StackName);
      if (!found) throw changeSetErrors.notFound(input.ChangeSetName);
      const { changeSet: cs, stack } = found;
      checkExecutable(cs);
      const started = await ctx.stacks.begin({
        stackName: stack.name,
        template: cs.template,
        templateBody: cs.templateBody,
        parameters: cs.parameters,
        skipUnsupported: cs.skipUnsupported,
        region: ctx.region,
        changeSetId: cs.id,
      });
      await waitAtMost(runOn(ctx, stack.name, started.run), EXECUTE_WAIT_MS);
      return {};
    });
  },

  /**
   * A change set that is not there, of a stack that is, is deleted already: success (what the CDK relies on before
   * every deploy, measured on AWS: https://github.com/ministackorg/ministack/pull/1625); a stack that is not there is
   * a ValidationError.
   */
  async DeleteChangeSet(input, ctx) {
    return asServiceErrors(async () => {
      if (!input.ChangeSetName.startsWith('arn:')) {
        if (input.StackName === undefined) throw changeSetErrors.needStackName();
        if (!(await findStack(ctx, input.StackName))) throw stackErrors.notFound(input.StackName);
      }
      const found = await findChangeSet(ctx.stacks, ctx.region, input.ChangeSetName, input.StackName);
      if (!found) {
        if (input.ChangeSetName.startsWith('arn:')) throw changeSetErrors.notFound(input.ChangeSetName);
        return {};
      }
      await deleteChangeSet(ctx.stacks, found.stack, found.changeSet.id);
      return {};
    });
  },
};

async function waitAtMost(p: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([p, new Promise((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}
