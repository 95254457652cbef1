/**
 * The read operations: DescribeStacks, ListStacks, DescribeStackEvents, DescribeStackResources,
 * ListStackResources, GetTemplate, GetTemplateSummary, ValidateTemplate, ListExports
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_Operations.html). A deleted stack is kept as
 * DELETE_COMPLETE (src/stacks/engine/deleted-stacks.ts): ListStacks lists it, the reads answer it by its id, and by
 * its name it is "Stack with id X does not exist"; DescribeStacks without a name leaves it out.
 */
import { checkShape } from '../language/evaluate.js';
import type { Template } from '../template.js';
import type { Handlers } from './context.js';
import { asServiceErrors } from './errors.js';
import { mustFind, mustFindRecorded } from './find.js';
import { eventViews, resourceSummaries, resourceViews, stackView, summaryView } from './views.js';
import { templateOf } from './write-handlers.js';

export const readHandlers: Handlers = {
  async DescribeStacks(input, ctx) {
    return asServiceErrors(async () => {
      if (input.StackName !== undefined) return { Stacks: [stackView(await mustFindRecorded(ctx, input.StackName))] };
      return { Stacks: (await ctx.stacks.list(ctx.region)).map(stackView) };
    });
  },

  async ListStacks(input, ctx) {
    const filter = input.StackStatusFilter;
    const all = [...(await ctx.stacks.list(ctx.region)), ...(await ctx.stacks.deleted(ctx.region))].map(summaryView);
    return { StackSummaries: filter?.length ? all.filter((s) => filter.includes(s.StackStatus)) : all };
  },

  async DescribeStackEvents(input, ctx) {
    return asServiceErrors(async () => ({ StackEvents: eventViews(await mustFindRecorded(ctx, input.StackName)) }));
  },

  async DescribeStackResources(input, ctx) {
    return asServiceErrors(async () => {
      const s = await mustFindRecorded(ctx, input.StackName ?? '');
      const rs = resourceViews(s).filter(
        (r) =>
          (input.LogicalResourceId === undefined || r.LogicalResourceId === input.LogicalResourceId) &&
          (input.PhysicalResourceId === undefined || r.PhysicalResourceId === input.PhysicalResourceId),
      );
      return { StackResources: rs };
    });
  },

  async ListStackResources(input, ctx) {
    return asServiceErrors(async () => ({ StackResourceSummaries: resourceSummaries(await mustFindRecorded(ctx, input.StackName)) }));
  },

  /** Original: the text as given (or its JSON, for a stack deployed from a project); Processed: after the SAM transform. */
  async GetTemplate(input, ctx) {
    return asServiceErrors(async () => {
      const s = await mustFindRecorded(ctx, input.StackName ?? '');
      const processed = input.TemplateStage === 'Processed';
      const body = processed ? JSON.stringify(s.template, null, 2) : (s.templateBody ?? JSON.stringify(s.originalTemplate, null, 2));
      const transformed = (s.originalTemplate as Template).Transform !== undefined;
      return { TemplateBody: body, StagesAvailable: transformed ? ['Original', 'Processed'] : ['Original'] };
    });
  },

  async ValidateTemplate(input, ctx) {
    return asServiceErrors(async () => {
      const t = (await templateOf(input, ctx.store)).template as Template;
      ctx.stacks.transformed(t, { region: ctx.region, accountId: ctx.accountId, stackName: 'validate', parameterValues: {} });
      const transforms = t.Transform === undefined ? undefined : [t.Transform].flat();
      return {
        Parameters: Object.entries(t.Parameters ?? {}).map(([key, p]) => ({
          ParameterKey: key,
          DefaultValue: p.Default === undefined ? undefined : String(p.Default),
          NoEcho: String(p.NoEcho) === 'true',
          Description: p.Description,
        })),
        Description: t.Description,
        DeclaredTransforms: transforms,
      };
    });
  },

  /**
   * The template's parameters, description, resource types and transforms, of a TemplateBody or of a stack's
   * template as given (`aws cloudformation deploy` reads the stack's parameters with it before an UPDATE change set).
   */
  async GetTemplateSummary(input, ctx) {
    return asServiceErrors(async () => {
      const t = (
        input.StackName !== undefined ? (await mustFind(ctx, input.StackName)).originalTemplate : (await templateOf(input, ctx.store)).template
      ) as Template;
      checkShape(t);
      const transforms = t.Transform === undefined ? undefined : [t.Transform].flat();
      return {
        Parameters: Object.entries(t.Parameters ?? {}).map(([key, p]) => ({
          ParameterKey: key,
          DefaultValue: p.Default === undefined ? undefined : String(p.Default),
          ParameterType: p.Type,
          NoEcho: String(p.NoEcho) === 'true',
          Description: p.Description,
          ParameterConstraints: { AllowedValues: p.AllowedValues?.map(String) },
        })),
        Description: t.Description,
        ResourceTypes: [...new Set(Object.values(t.Resources ?? {}).map((r) => r.Type))],
        Version: t.AWSTemplateFormatVersion,
        DeclaredTransforms: transforms,
      };
    });
  },

  async ListExports(_input, ctx) {
    const exports = [];
    for (const s of await ctx.stacks.list(ctx.region)) {
      for (const o of s.outputs) if (o.exportName !== undefined) exports.push({ ExportingStackId: s.id, Name: o.exportName, Value: o.value });
    }
    return { Exports: exports };
  },
};
