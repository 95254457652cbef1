/**
 * Stacks, through CloudFormation's API as the SDKs call it (awsQuery: a form-encoded `POST /` with
 * `Action` and `Version=2010-05-15`, signed for `cloudformation`, answered in XML,
 * docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DescribeStacks.html): DescribeStacks,
 * and each stack's ListStackResources. The XML is read with the browser's DOMParser.
 */
import { ApiError } from '../api.js';
import type { Ctx } from '../context.js';
import { h, link, section, table, when } from '../dom.js';

async function query(ctx: Ctx, action: string, params: Record<string, string> = {}): Promise<Document> {
  const res = await ctx.api.request('POST', '/', { service: 'cloudformation', form: { Action: action, Version: '2010-05-15', ...params }, accept: 'text/xml' });
  const text = await res.text();
  const xml = new DOMParser().parseFromString(text, 'application/xml');
  if (!res.ok) {
    // awsQuery's error document: <ErrorResponse><Error><Code>…</Code><Message>…</Message></Error></ErrorResponse>
    throw new ApiError(
      res.status,
      xml.querySelector('Error > Code')?.textContent ?? `HTTP ${res.status}`,
      xml.querySelector('Error > Message')?.textContent ?? text,
    );
  }
  return xml;
}

const text = (el: Element, name: string): string => el.querySelector(`:scope > ${name}`)?.textContent ?? '';
const members = (el: Element | null | undefined): Element[] => (el ? [...el.querySelectorAll(':scope > member')] : []);

/** An output's value, linked when it is an API id of this gateway (ApiId outputs) or a URL. */
function outputValue(v: string): Node {
  return /^[a-z0-9]{10}$/.test(v) ? link(`#/apis/${v}`, v) : h('code', {}, v);
}

async function stackSection(ctx: Ctx, stack: Element): Promise<HTMLElement> {
  const name = text(stack, 'StackName');
  const resources = await query(ctx, 'ListStackResources', { StackName: name });
  const rows = members(resources.querySelector('StackResourceSummaries'));
  const outputs = members(stack.querySelector(':scope > Outputs'));
  const status = text(stack, 'StackStatus');
  return section(
    name,
    h(
      'p',
      {},
      h('strong', { class: /FAILED|ROLLBACK/.test(status) ? 'error' : /COMPLETE$/.test(status) ? 'status-2' : 'warn' }, status),
      text(stack, 'StackStatusReason') ? ` — ${text(stack, 'StackStatusReason')}` : '',
      ` · created ${when(text(stack, 'CreationTime'))}`,
    ),
    table(
      `Outputs of ${name}`,
      ['Key', 'Value', 'Export'],
      outputs.map((o) => [text(o, 'OutputKey'), outputValue(text(o, 'OutputValue')), text(o, 'ExportName')]),
    ),
    table(
      `Resources of ${name}`,
      ['Logical ID', 'Type', 'Physical ID', 'Status'],
      rows.map((r) => [text(r, 'LogicalResourceId'), text(r, 'ResourceType'), h('code', {}, text(r, 'PhysicalResourceId')), text(r, 'ResourceStatus')]),
    ),
  );
}

export async function stacksView(ctx: Ctx): Promise<Node> {
  const xml = await query(ctx, 'DescribeStacks');
  const stacks = members(xml.querySelector('Stacks'));
  return h(
    'div',
    {},
    h('h1', {}, 'Stacks'),
    stacks.length
      ? await Promise.all(stacks.map((s) => stackSection(ctx, s)))
      : h('p', { class: 'empty' }, 'Stacks: none (CreateStack, `tollgate deploy` or --stack add them).'),
  );
}
