/**
 * What `tollgate deploy` and `tollgate stacks describe` print: the stack's status (and why), the warnings of its
 * last operation, its outputs, and each stage's invoke URL, read through CloudFormation's API only (DescribeStacks,
 * DescribeStackEvents, ListStackResources and the processed template, which says which RestApi each stage is of).
 */
import {
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  GetTemplateCommand,
  ListStackResourcesCommand,
  type CloudFormationClient,
  type Stack,
} from '@aws-sdk/client-cloudformation';

export interface StackReport {
  stackName: string;
  stackId: string;
  status: string;
  reason?: string;
  outputs: Record<string, string>;
  stages: { restApiId: string; stage: string; url: string }[];
  /** The last operation's warnings (SAM events not deployed) and failures, oldest first. */
  warnings: string[];
  failures: string[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `{Ref: X}` of a logical id (its physical id) or of a parameter (its value); a literal as it is. */
function resolveRef(v: unknown, physical: Map<string, string>, parameters: Map<string, string>): string | undefined {
  if (typeof v === 'string') return v;
  if (isObject(v) && typeof v.Ref === 'string') return physical.get(v.Ref) ?? parameters.get(v.Ref);
  return undefined;
}

export async function stageUrls(cfn: CloudFormationClient, stack: Stack, base: string): Promise<StackReport['stages']> {
  const name = stack.StackName!;
  const summaries = (await cfn.send(new ListStackResourcesCommand({ StackName: name }))).StackResourceSummaries ?? [];
  const physical = new Map(summaries.map((r) => [r.LogicalResourceId ?? '', r.PhysicalResourceId ?? '']));
  const parameters = new Map((stack.Parameters ?? []).map((p) => [p.ParameterKey ?? '', p.ParameterValue ?? '']));
  const body = (await cfn.send(new GetTemplateCommand({ StackName: name, TemplateStage: 'Processed' }))).TemplateBody ?? '{}';
  const resources = (JSON.parse(body) as { Resources?: Record<string, { Type?: string; Properties?: Json }> }).Resources ?? {};
  const out: StackReport['stages'] = [];
  for (const [id, r] of Object.entries(resources)) {
    if (!physical.has(id)) continue;
    const stage =
      r.Type === 'AWS::ApiGateway::Stage'
        ? physical.get(id)
        : r.Type === 'AWS::ApiGateway::Deployment'
          ? resolveRef(r.Properties?.StageName, physical, parameters)
          : undefined;
    const restApiId = resolveRef(r.Properties?.RestApiId, physical, parameters);
    if (stage && restApiId && !out.some((o) => o.restApiId === restApiId && o.stage === stage)) {
      out.push({ restApiId, stage, url: `${base}/_aws/execute-api/${restApiId}/${stage}/` });
    }
  }
  return out;
}

export async function stackReport(cfn: CloudFormationClient, nameOrId: string, base: string): Promise<StackReport> {
  const stack = (await cfn.send(new DescribeStacksCommand({ StackName: nameOrId }))).Stacks![0];
  const events = (await cfn.send(new DescribeStackEventsCommand({ StackName: nameOrId }))).StackEvents ?? [];
  // The last operation's events: newest first, down to its "User Initiated" start.
  const start = events.findIndex((e) => e.LogicalResourceId === stack.StackName && e.ResourceStatusReason === 'User Initiated');
  const last = (start < 0 ? events : events.slice(0, start + 1)).reverse();
  return {
    stackName: stack.StackName!,
    stackId: stack.StackId!,
    status: stack.StackStatus!,
    reason: stack.StackStatusReason,
    outputs: Object.fromEntries((stack.Outputs ?? []).map((o) => [o.OutputKey ?? '', o.OutputValue ?? ''])),
    stages: await stageUrls(cfn, stack, base),
    warnings: last.filter((e) => e.ResourceStatusReason?.startsWith('Warning:')).map((e) => e.ResourceStatusReason!),
    failures: last
      .filter((e) => e.ResourceStatus?.endsWith('_FAILED') && e.ResourceStatusReason)
      .map((e) => `${e.LogicalResourceId} ${e.ResourceStatus}: ${e.ResourceStatusReason}`),
  };
}

/** The lines a person reads. */
export function reportText(r: StackReport): string {
  const lines = [`stack ${r.stackName}: ${r.status}${r.reason ? ` (${r.reason})` : ''}`];
  for (const w of r.warnings) lines.push(`  ${w}`);
  if (!/^(CREATE|UPDATE)_COMPLETE$/.test(r.status)) for (const f of r.failures) lines.push(`  ${f}`);
  for (const [k, v] of Object.entries(r.outputs)) lines.push(`  output ${k} = ${v}`);
  for (const s of r.stages) lines.push(`  stage ${s.stage}: ${s.url}`);
  return `${lines.join('\n')}\n`;
}
