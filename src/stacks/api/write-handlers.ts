/**
 * CreateStack, UpdateStack, DeleteStack: the request is checked and the stack claimed before the answer (a refusal
 * is the call's error, nothing changed); the deploy then runs on, as CloudFormation's does, and DescribeStacks /
 * DescribeStackEvents follow it to CREATE_COMPLETE, UPDATE_ROLLBACK_COMPLETE, …
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStack.html: "the stack creation
 * starts", the call answers the StackId).
 */
import { isDeepStrictEqual } from 'node:util';
import type { Parameter, Tag } from '../../services/cloudformation/generated/types.js';
import { stackErrors } from '../errors.js';
import { parseTemplate } from '../sources/parse-template.js';
import type { StacksContext, Handlers } from './context.js';
import { apiErrors, asServiceErrors, TEMPLATE_BODY_MAX } from './errors.js';
import { findStack } from './find.js';
import { SKIP_TAG } from './views.js';
import { templateAt } from './template-url.js';
import type { StoreReader } from '../../store/store.js';

/**
 * The template of a CreateStack / UpdateStack / ValidateTemplate: TemplateBody, JSON or YAML with short forms, or the
 * object of Tollgate's S3 a TemplateURL names (src/stacks/api/template-url.ts).
 */
export async function templateOf(input: { TemplateBody?: string; TemplateURL?: string }, store: StoreReader): Promise<{ body: string; template: unknown }> {
  if (input.TemplateBody === undefined && input.TemplateURL !== undefined) {
    const body = await templateAt(input.TemplateURL, store);
    return { body, template: parseTemplate(body, 'TemplateBody') };
  }
  if (input.TemplateBody === undefined || input.TemplateBody === '') throw apiErrors.noTemplate();
  if (Buffer.byteLength(input.TemplateBody) > TEMPLATE_BODY_MAX) throw apiErrors.templateTooLarge(input.TemplateBody);
  return { body: input.TemplateBody, template: parseTemplate(input.TemplateBody, 'TemplateBody') };
}

/** Parameters as given; UsePreviousValue takes the stack's stored value. */
export function parameterValues(given: Parameter[] | undefined, previous: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of given ?? []) {
    if (p.ParameterKey === undefined) continue;
    const v = p.UsePreviousValue ? previous[p.ParameterKey] : p.ParameterValue;
    if (v !== undefined) out[p.ParameterKey] = v;
  }
  return out;
}

export const skipOf = (tags: Tag[] | undefined): boolean => tags?.some((t) => t.Key === SKIP_TAG && t.Value === 'true') ?? false;

/** The deploy left running after the answer; its end is the stack's status (a store failure is logged). */
export function runOn(ctx: StacksContext, name: string, run: () => Promise<unknown>): Promise<unknown> {
  const running = run().catch((e: unknown) => ctx.log.error({ err: e, stack: name }, 'stack operation failed'));
  ctx.stacks.track(running);
  return running;
}

export const writeHandlers: Handlers = {
  async CreateStack(input, ctx) {
    return asServiceErrors(async () => {
      const { body, template } = await templateOf(input, ctx.store);
      const existing = await ctx.stacks.get(input.StackName, ctx.region);
      if (existing) throw stackErrors.exists(input.StackName);
      const started = await ctx.stacks.begin({
        stackName: input.StackName,
        template,
        templateBody: body,
        parameters: parameterValues(input.Parameters),
        skipUnsupported: skipOf(input.Tags),
        region: ctx.region,
      });
      void runOn(ctx, input.StackName, started.run);
      return { StackId: started.stack.id };
    });
  },

  async UpdateStack(input, ctx) {
    return asServiceErrors(async () => {
      const existing = await findStack(ctx, input.StackName);
      if (!existing) throw apiErrors.updateMissing(input.StackName);
      const { body, template } = input.UsePreviousTemplate
        ? { body: existing.templateBody, template: existing.originalTemplate }
        : await templateOf(input, ctx.store);
      const parameters = parameterValues(input.Parameters, existing.parameters);
      const skipUnsupported = input.Tags === undefined ? existing.skipUnsupported : skipOf(input.Tags);
      // Nothing to change: the same template, parameters and options as deployed (CloudFormation compares the same).
      const same =
        isDeepStrictEqual(template, existing.originalTemplate) &&
        isDeepStrictEqual(parameters, existing.parameters) &&
        skipUnsupported === existing.skipUnsupported;
      if (same && (existing.status === 'CREATE_COMPLETE' || existing.status === 'UPDATE_COMPLETE')) throw stackErrors.noUpdates();
      // A stack whose creation failed, or that a CREATE change set made (REVIEW_IN_PROGRESS), cannot be updated.
      if (['ROLLBACK_COMPLETE', 'CREATE_FAILED', 'REVIEW_IN_PROGRESS'].includes(existing.status)) throw stackErrors.busy(existing.id, existing.status);
      const started = await ctx.stacks.begin({ stackName: existing.name, template, templateBody: body, parameters, skipUnsupported, region: ctx.region });
      void runOn(ctx, existing.name, started.run);
      return { StackId: started.stack.id };
    });
  },

  async DeleteStack(input, ctx) {
    return asServiceErrors(async () => {
      const existing = await findStack(ctx, input.StackName);
      if (!existing) return; // CloudFormation answers success for a stack that is not there
      const started = await ctx.stacks.beginDelete(existing.name, ctx.region);
      if (started) void runOn(ctx, existing.name, started.run);
    });
  },
};
