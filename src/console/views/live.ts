/**
 * Live requests: the data plane's answered requests as they happen, each opening into its trace (the
 * steps a request went through, with timings, and why it was refused). It reads the management
 * listener's console API (the contract in README "Web console": a JSON list, a text/event-stream, one
 * trace by request id), signed like every other call, so the stream is read with fetch() and a
 * ReadableStream rather than EventSource, which cannot send an Authorization header
 * (html.spec.whatwg.org/multipage/server-sent-events.html: the event stream format parsed below).
 */
import { ApiError, errorOf, items } from '../api.js';
import type { Ctx } from '../context.js';
import { fill, h } from '../dom.js';
import { droppedText, matches, type Dropped, type Filters, type Summary } from './live-model.js';
import { rowOf } from './live-trace.js';
import type { RestApi } from './types.js';

const BASE = '/_tollgate/console/api/requests';
const MAX_ROWS = 200;

/** Parses text/event-stream blocks, calling `on` with each `request` event's JSON and `onDropped` with each `dropped` event's. */
export function eventParser(on: (s: Summary) => void, onDropped: (d: Dropped) => void): (chunk: string) => void {
  let buf = '';
  return (chunk) => {
    buf += chunk.replace(/\r\n?/g, '\n');
    let i: number;
    while ((i = buf.indexOf('\n\n')) >= 0) {
      const block = buf.slice(0, i);
      buf = buf.slice(i + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) continue;
        const [field, ...rest] = line.split(':');
        const value = rest.join(':').replace(/^ /, '');
        if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
      }
      if (event === 'request' && data.length) on(JSON.parse(data.join('\n')) as Summary);
      else if (event === 'dropped' && data.length) onDropped(JSON.parse(data.join('\n')) as Dropped);
    }
  };
}

const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
  });

/** Reads the stream until `signal` aborts, reconnecting after a dropped connection; a refusal (404, 403) stops it. */
async function watch(
  ctx: Ctx,
  query: Record<string, string>,
  signal: AbortSignal,
  on: (s: Summary) => void,
  onDropped: (d: Dropped) => void,
  state: (text: string, bad?: boolean) => void,
): Promise<void> {
  while (!signal.aborted) {
    try {
      const res = await ctx.api.request('GET', `${BASE}/stream`, { query, signal, accept: 'text/event-stream' });
      if (!res.ok || !res.body) throw errorOf(res, await res.text());
      state('Watching: new requests appear at the top.');
      const parse = eventParser(on, onDropped);
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      for (let r = await reader.read(); !r.done; r = await reader.read()) parse(r.value);
    } catch (e) {
      if (signal.aborted) return;
      if (e instanceof ApiError) return state(`Live requests are not available: ${e.type} (${e.status}): ${e.message}`, true);
    }
    if (signal.aborted) return;
    state('The stream was interrupted; reconnecting in 2 s…', true);
    await sleep(2000, signal);
  }
}

function filterForm(apis: RestApi[], apply: (f: Filters) => void): HTMLFormElement {
  const input = (id: string, label: string, el: HTMLElement): HTMLElement => {
    el.id = id;
    el.setAttribute('name', id);
    return h('div', { class: 'field' }, h('label', { for: id }, label), el);
  };
  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Filters' },
    input('f-api', 'API', h('select', {}, h('option', { value: '' }, 'Any'), ...apis.map((a) => h('option', { value: a.id }, `${a.name} (${a.id})`)))),
    input('f-stage', 'Stage', h('input', { placeholder: 'any', spellcheck: 'false' })),
    input(
      'f-status',
      'Status',
      h('select', {}, ...['', '2xx', '4xx', '5xx', '400', '401', '403', '404', '429', '500', '502', '504'].map((s) => h('option', { value: s }, s || 'Any'))),
    ),
    input('f-key', 'API key ID', h('input', { placeholder: 'any', spellcheck: 'false' })),
    input(
      'f-rate',
      'Rows a second',
      h(
        'select',
        {},
        ...['10', '100', '1000'].map((r) =>
          h('option', r === '100' ? { value: '', selected: true } : { value: r }, `at most ${Number(r).toLocaleString('en-US')}`),
        ),
      ),
    ),
    h('button', { type: 'submit' }, 'Apply filters'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const d = new FormData(form);
    apply({
      apiId: String(d.get('f-api') ?? ''),
      stage: String(d.get('f-stage') ?? '').trim(),
      status: String(d.get('f-status') ?? ''),
      apiKeyId: String(d.get('f-key') ?? '').trim(),
      rate: String(d.get('f-rate') ?? ''),
    });
  });
  return form;
}

/** The query the back end filters by (a status, or a class such as 4xx); the page applies the same filter to what it shows. */
const queryOf = (f: Filters): Record<string, string> => {
  const q: Record<string, string> = {};
  if (f.apiId) q.apiId = f.apiId;
  if (f.stage) q.stage = f.stage;
  if (f.status) q.status = f.status;
  if (f.apiKeyId) q.apiKeyId = f.apiKeyId;
  return q;
};

/** The stream's query: the filters and, when not the default, its rate. */
const streamQueryOf = (f: Filters): Record<string, string> => {
  const q = queryOf(f);
  if (f.rate) q.rate = f.rate;
  return q;
};

export async function liveView(ctx: Ctx): Promise<Node> {
  const apis = await items<RestApi>(ctx.api, '/restapis');
  const list = h('ol', { class: 'live', 'aria-label': 'Requests, newest first' });
  const status = h('p', { class: 'stream-state', role: 'status' }, 'Connecting…');
  // Not a live region: it may change every second under load, which a screen reader would read out each time.
  const dropped = h('p', { class: 'stream-dropped', hidden: true });
  let current: AbortController | undefined;
  const start = (f: Filters): void => {
    current?.abort();
    const ac = new AbortController();
    current = ac;
    ctx.signal.addEventListener('abort', () => ac.abort(), { once: true });
    fill(list);
    dropped.hidden = true;
    const add = (s: Summary, top: boolean): void => {
      if (!matches(s, f) || list.querySelector(`[data-id="${CSS.escape(s.id)}"]`)) return;
      const row = rowOf(ctx, s);
      if (top) list.prepend(row);
      else list.append(row);
      while (list.children.length > MAX_ROWS) list.lastElementChild?.remove();
    };
    const state = (text: string, bad = false): void => {
      status.textContent = text;
      status.classList.toggle('warn', bad);
    };
    ctx.api
      .get<{ requests?: Summary[] }>(BASE, { ...queryOf(f), limit: '50' })
      .then((r) => (r.requests ?? []).forEach((s) => add(s, false)))
      .catch(() => undefined);
    const showDropped = (d: Dropped): void => {
      dropped.textContent = droppedText(d);
      dropped.hidden = !d.dropped;
    };
    void watch(ctx, streamQueryOf(f), ac.signal, (s) => add(s, true), showDropped, state);
  };
  const view = h(
    'div',
    {},
    h('h1', {}, 'Live requests'),
    h(
      'p',
      {},
      'Every request the data plane answers while this page is open, with the steps it went through, up to the rows a second chosen below (100 unless changed; the rest are counted). Open one to see its trace.',
    ),
    filterForm(apis, start),
    status,
    dropped,
    list,
  );
  start({ apiId: '', stage: '', status: '', apiKeyId: '', rate: '' });
  return view;
}
