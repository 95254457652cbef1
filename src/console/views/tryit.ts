/**
 * "Try it": calls a method with headers, query and body, and shows the answer. Two ways, both real:
 * - a deployed stage: the page fetches the stage's invoke URL, which is this same origin when the data
 *   plane shares the management listener (no --admin-port), so the browser's same-origin rule allows it;
 * - TestInvokeMethod on the draft API (POST /restapis/{id}/resources/{rid}/methods/{m}, signed like every
 *   management call): AWS's test invoke, whose answer carries the execution log
 *   (docs.aws.amazon.com/apigateway/latest/api/API_TestInvokeMethod.html).
 */
import { seg } from '../api.js';
import { codeBlock } from '../highlight.js';
import { invokeUrl, type Ctx } from '../context.js';
import { facts, fill, h, type Child } from '../dom.js';
import type { Stage } from './types.js';

interface Target {
  apiId: string;
  resourceId: string;
  httpMethod: string;
  path: string;
  stages: Stage[];
}

interface Answer {
  status: number;
  latencyMs: number;
  headers: Record<string, string>;
  body: string;
  log?: string;
}

/** `Name: value` lines into headers; blank lines and lines without a colon are skipped. */
function headersOf(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const i = line.indexOf(':');
    if (i > 0) out[line.slice(0, i).trim()] = line.slice(i + 1).trim();
  }
  return out;
}

function pretty(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

async function viaStage(
  t: Target,
  stage: string,
  ctx: Ctx,
  req: { path: string; query: string; headers: Record<string, string>; body: string },
): Promise<Answer> {
  const url = invokeUrl(ctx.settings, t.apiId, stage, req.path) + (req.query ? `?${req.query.replace(/^\?/, '')}` : '');
  const started = performance.now();
  const hasBody = !['GET', 'HEAD'].includes(t.httpMethod) && req.body !== '';
  const method = t.httpMethod === 'ANY' ? (hasBody ? 'POST' : 'GET') : t.httpMethod;
  const res = await fetch(url, { method, headers: req.headers, body: hasBody ? req.body : undefined, credentials: 'omit', cache: 'no-store' });
  const body = await res.text();
  const headers: Record<string, string> = {};
  res.headers.forEach((v, k) => (headers[k] = v));
  return { status: res.status, latencyMs: Math.round(performance.now() - started), headers, body };
}

async function viaTestInvoke(t: Target, ctx: Ctx, req: { path: string; query: string; headers: Record<string, string>; body: string }): Promise<Answer> {
  const out = await ctx.api.call<{ status: number; body?: string; headers?: Record<string, string>; log?: string; latency?: number }>(
    'POST',
    `/restapis/${seg(t.apiId)}/resources/${seg(t.resourceId)}/methods/${seg(t.httpMethod)}`,
    { body: { pathWithQueryString: req.path + (req.query ? `?${req.query.replace(/^\?/, '')}` : ''), headers: req.headers, body: req.body || undefined } },
  );
  return { status: out.status, latencyMs: out.latency ?? 0, headers: out.headers ?? {}, body: out.body ?? '', log: out.log };
}

function answerView(a: Answer): Child[] {
  const cls = a.status >= 500 ? 'status-5' : a.status >= 400 ? 'status-4' : 'status-2';
  return [
    h('h3', {}, 'Response'),
    facts([
      ['Status', h('strong', { class: `status ${cls}` }, String(a.status))],
      ['Latency', `${a.latencyMs} ms`],
    ]),
    codeBlock(
      'Response headers',
      Object.entries(a.headers)
        .map(([k, v]) => `${k}: ${v}`)
        .join('\n'),
    ),
    codeBlock('Response body', pretty(a.body)),
    a.log !== undefined ? codeBlock('Execution log', a.log) : null,
  ];
}

function field(id: string, label: string, control: HTMLElement): HTMLElement {
  control.id = id;
  control.setAttribute('name', id);
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

export function tryIt(ctx: Ctx, t: Target): HTMLElement {
  const modes = [
    ...(ctx.settings.dataPlaneHere ? t.stages.map((s) => [`stage:${s.stageName}`, `Stage ${s.stageName} (invoke URL)`]) : []),
    ['test', 'TestInvokeMethod (draft API, with execution log)'],
  ];
  const mode = h('select', {}, ...modes.map(([v, text]) => h('option', { value: v }, text)));
  const path = h('input', { value: t.path, spellcheck: 'false' });
  const query = h('input', { placeholder: 'a=1&b=2', spellcheck: 'false' });
  const headers = h('textarea', { rows: 3, placeholder: 'x-api-key: …\nContent-Type: application/json', spellcheck: 'false' });
  const body = h('textarea', { rows: 4, spellcheck: 'false' });
  const out = h('div', { class: 'answer', 'aria-live': 'polite' });
  const send = h('button', { type: 'submit' }, 'Send');
  const form = h(
    'form',
    { class: 'tryit' },
    field('try-mode', 'Call', mode),
    field('try-path', 'Path', path),
    field('try-query', 'Query string', query),
    field('try-headers', 'Headers (one "Name: value" a line)', headers),
    field('try-body', 'Body', body),
    send,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const req = {
      path: path.value.startsWith('/') ? path.value : `/${path.value}`,
      query: query.value.trim(),
      headers: headersOf(headers.value),
      body: body.value,
    };
    send.disabled = true;
    fill(out, h('p', { class: 'loading' }, 'Calling…'));
    const call = mode.value === 'test' ? viaTestInvoke(t, ctx, req) : viaStage(t, mode.value.slice('stage:'.length), ctx, req);
    call
      .then((a) => fill(out, ...answerView(a)))
      .catch((err: unknown) => fill(out, h('p', { class: 'error', role: 'alert' }, err instanceof Error ? `${err.name}: ${err.message}` : String(err))))
      .finally(() => (send.disabled = false));
  });
  return h('section', { 'aria-labelledby': 'try-it', class: 'try' }, h('h2', { id: 'try-it' }, 'Try it'), form, out);
}
