/** One live request as a row that opens (a real button, aria-expanded) into its trace: each step's outcome, timing bar and detail. */
import { seg } from '../api.js';
import { codeBlock } from '../highlight.js';
import type { Ctx } from '../context.js';
import { fill, h, table } from '../dom.js';
import type { Step, Summary, Trace } from './live-model.js';

const statusClass = (n: number): string => (n >= 500 ? 'status-5' : n >= 400 ? 'status-4' : 'status-2');

/** A step's place on the request's timeline, as a bar (widths set through CSSOM: the CSP allows no inline style attribute). */
function timing(step: Step, total: number): HTMLElement {
  const bar = h('span', { class: `bar outcome-${step.outcome}` });
  const span = Math.max(total, 0.001);
  bar.style.marginLeft = `${Math.min(100, (step.startMs / span) * 100)}%`;
  bar.style.width = `${Math.max(1, (step.durationMs / span) * 100)}%`;
  return h('span', { class: 'timeline', 'aria-hidden': 'true' }, bar);
}

const ms = (n: number): string => `${n.toFixed(n < 10 ? 2 : 1)} ms`;

export function traceView(t: Trace): HTMLElement {
  const total = Math.max(t.latencyMs, ...t.steps.map((s) => s.startMs + s.durationMs));
  return h(
    'div',
    { class: 'trace' },
    t.reason ? h('p', { class: `reason ${statusClass(t.status)}` }, h('strong', {}, `${t.errorType ?? t.status}: `), t.reason) : null,
    table(
      `Steps of request ${t.id}`,
      ['Step', 'Outcome', 'Start', 'Duration', 'Timeline', 'Detail'],
      t.steps.map((s) => [
        s.name,
        h('span', { class: `outcome outcome-${s.outcome}` }, s.outcome),
        ms(s.startMs),
        ms(s.durationMs),
        timing(s, total),
        s.detail && Object.keys(s.detail).length
          ? h('details', {}, h('summary', {}, 'Show'), codeBlock(`${s.name} detail`, JSON.stringify(s.detail, null, 2)))
          : '',
      ]),
      'no steps recorded.',
    ),
  );
}

async function open(ctx: Ctx, s: Summary, box: HTMLElement): Promise<void> {
  if (!s.traced) {
    fill(
      box,
      h(
        'p',
        { class: 'empty' },
        'No trace was kept for this request: nobody was watching when it was answered, or it was not among the requests sent to a watching page (at most its rows a second).',
      ),
      s.reason ? h('p', { class: 'reason' }, s.reason) : null,
    );
    return;
  }
  fill(box, h('p', { class: 'loading' }, 'Loading the trace…'));
  try {
    fill(box, traceView(await ctx.api.get<Trace>(`/_tollgate/console/api/requests/${seg(s.id)}`)));
  } catch (e) {
    fill(box, h('p', { class: 'error', role: 'alert' }, e instanceof Error ? `${e.name}: ${e.message}` : String(e)));
  }
}

export function rowOf(ctx: Ctx, s: Summary): HTMLElement {
  const box = h('div', { class: 'trace-box', hidden: true, id: `trace-${s.id}` });
  const button = h(
    'button',
    { type: 'button', class: 'row', 'aria-expanded': 'false', 'aria-controls': box.id },
    h('span', { class: 'time' }, s.time.slice(11, 23)),
    h('span', { class: `status ${statusClass(s.status)}` }, String(s.status)),
    h('span', { class: 'what' }, `${s.httpMethod} ${s.path}`),
    h('span', { class: 'where' }, [s.apiId, s.stage].filter(Boolean).join('/')),
    h('span', { class: 'latency' }, ms(s.latencyMs)),
    s.errorType ? h('span', { class: 'error-type' }, s.errorType) : null,
  );
  button.addEventListener('click', () => {
    const opening = box.hidden;
    box.hidden = !opening;
    button.setAttribute('aria-expanded', String(opening));
    if (opening) void open(ctx, s, box);
  });
  return h('li', { 'data-id': s.id, 'data-status': s.status }, button, s.reason ? h('p', { class: 'why' }, s.reason) : null, box);
}
