/**
 * The console's live requests (issue 22; README "Web console"): what this node's data plane answered,
 * kept in memory and pushed to the console's open streams. It is the pipeline's RequestWatch port
 * (src/pipeline/pipeline.ts), given by app.ts:
 *
 * - a ring of the last RING_SIZE request summaries, always kept (one small object per request, the
 *   strings it points to shared with the request; the reason sentence is computed when read);
 * - the streams: server-sent events (html.spec.whatwg.org/multipage/server-sent-events.html), written in one
 *   batch per turn of the event loop, each stream at most its `rate` events a second (a token bucket,
 *   DEFAULT_RATE unless asked, at most MAX_RATE: nobody reads 10,000 rows a second, and an event per
 *   request cost a saturated gateway 11–15 % of its throughput, docs/performance.md "Console"). The cap is
 *   applied after the stream's filter (a stream filtered to 429s gets 429s, up to its rate); the requests it
 *   matched but was not sent are counted and told once a second in a `dropped` event, which the page shows.
 *   A client that does not read (its socket buffer above MAX_BUFFERED_BYTES) loses events too, counted the
 *   same way and told in a comment as well, instead of growing memory;
 * - while some stream that could be sent a request has room for an event (`traces`), it is traced step by step
 *   (src/pipeline/trace.ts), and its trace is kept only if it became an event: the last MAX_TRACES of those
 *   within MAX_TRACE_BYTES, in a ring (a lookup by id walks it), so that the rows a console shows keep their
 *   traces however many requests it was not sent.
 *
 * Each node keeps its own: with several nodes on one PostgreSQL, a console sees the requests of the node
 * it is connected to.
 */
import type { ServerResponse } from 'node:http';
import type { GatewayError } from '../pipeline/gateway-errors.js';
import type { GatewayAnswer, InvokeTarget } from '../pipeline/invocation.js';
import type { RequestWatch } from '../pipeline/pipeline.js';
import { reasonOf } from '../pipeline/reasons.js';
import type { RequestTrace } from '../pipeline/trace.js';
import type { Summary, Trace } from '../shared/live-requests-contract.js';

export type { Summary, Trace };

export const RING_SIZE = 500;
export const MAX_TRACES = 200;
export const MAX_TRACE_BYTES = 8 * 1024 * 1024;
/** Past this many bytes waiting in a stream's socket, its new events are dropped (and counted). */
export const MAX_BUFFERED_BYTES = 1024 * 1024;
export const KEEP_ALIVE_MS = 15_000;
/** A stream's events a second unless its query asks otherwise (`rate`), and the most it may ask. */
export const DEFAULT_RATE = 100;
export const MAX_RATE = 1000;
/** The streams' clock: their buckets refill every TICK_MS; drops are told every REPORT_MS. */
const TICK_MS = 100;
export const REPORT_MS = 1000;
/** A path longer than this is cut in summaries (the ring's byte bound: RING_SIZE × this, at most). */
const MAX_PATH = 2048;

/** One answered request as the ring keeps it: references, no copies; turned into a Summary when read. */
interface Entry {
  id: string;
  startedAt: number;
  apiId: string;
  stage: string | undefined;
  method: string;
  path: string;
  resourcePath: string | undefined;
  status: number;
  latencyMs: number;
  apiKeyId: string | undefined;
  error: GatewayError | undefined;
  /** Whether its trace is kept (it became an event while traced): set by #flush. */
  traced: boolean;
  /** Its trace until the turn's #flush decides whether to keep it (never held past the turn: the ring's entries must stay small). */
  trace: RequestTrace | undefined;
}

/** What the list and the streams may be narrowed to (the query's apiId, stage, status, apiKeyId). */
export interface RequestFilter {
  apiId?: string;
  stage?: string;
  /** An exact status (`403`), or a class (`4`, from `4xx`). */
  status?: { exact: number } | { class: number };
  apiKeyId?: string;
}

export function matches(f: RequestFilter, e: Entry): boolean {
  if (f.apiId !== undefined && e.apiId !== f.apiId) return false;
  if (f.stage !== undefined && e.stage !== f.stage) return false;
  if (f.apiKeyId !== undefined && e.apiKeyId !== f.apiKeyId) return false;
  if (f.status) {
    if ('exact' in f.status ? e.status !== f.status.exact : Math.floor(e.status / 100) !== f.status.class) return false;
  }
  return true;
}

/** ISO-8601 of an epoch ms; many requests share a millisecond. */
function isoTime(ms: number): string {
  if (ms !== lastIso.ms) lastIso = { ms, text: new Date(ms).toISOString() };
  return lastIso.text;
}
let lastIso = { ms: NaN, text: '' };

function summaryOf(e: Entry): Summary {
  return {
    id: e.id,
    time: isoTime(e.startedAt),
    apiId: e.apiId || null,
    stage: e.stage ?? null,
    httpMethod: e.method,
    path: e.path,
    resourcePath: e.resourcePath ?? null,
    status: e.status,
    latencyMs: e.latencyMs,
    apiKeyId: e.apiKeyId ?? null,
    errorType: e.error?.type ?? null,
    reason: reasonOf(e.error),
    traced: e.traced,
  };
}

/** Characters JSON must escape in a string (RFC 8259 §7), and lone surrogates (JSON.stringify escapes those: ES2019 well-formed JSON.stringify). */
// eslint-disable-next-line no-control-regex -- the control characters are what JSON escapes (RFC 8259 §7)
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A string as JSON: quoted as it is when nothing in it needs escaping (the usual id, stage or path), else JSON.stringify's. */
const str = (s: string | null | undefined): string => (s == null ? 'null' : NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`);

/**
 * The event's `"apiId":…,"stage":…,"httpMethod":…,"path":…,"resourcePath":…` for the last request seen:
 * requests in a burst mostly share them, and a hit saves five escapes and their concatenations (an event's
 * strings are most of what watching allocates).
 */
let lastTarget = {
  apiId: '',
  stage: undefined as string | undefined,
  method: '',
  path: '',
  resourcePath: undefined as string | undefined,
  json: '"apiId":null,"stage":null,"httpMethod":"","path":"","resourcePath":null',
};

function targetJson(e: Entry): string {
  const t = lastTarget;
  if (e.path === t.path && e.apiId === t.apiId && e.resourcePath === t.resourcePath && e.stage === t.stage && e.method === t.method) return t.json;
  const json = `"apiId":${str(e.apiId || null)},"stage":${str(e.stage)},"httpMethod":${str(e.method)},"path":${str(e.path)},"resourcePath":${str(e.resourcePath)}`;
  lastTarget = { apiId: e.apiId, stage: e.stage, method: e.method, path: e.path, resourcePath: e.resourcePath, json };
  return json;
}

/** The end of an event without an API key or an error (most of them), by `traced`. */
const PLAIN_END = [',"apiKeyId":null,"errorType":null,"reason":null,"traced":false}\n\n', ',"apiKeyId":null,"errorType":null,"reason":null,"traced":true}\n\n'];

/**
 * A summary's server-sent event: the JSON of summaryOf(e), key for key, written straight from the entry
 * (no Summary object; a string escaped by JSON.stringify only when it holds a character to escape: RFC
 * 8259 §7; the error type is one of GatewayError's, never escaped); made at the end of the request's turn
 * (#flush), once, only when a stream's filter matches it and that stream reads, and shared by every
 * stream it matches.
 */
function eventOf(e: Entry): string {
  const end =
    e.apiKeyId === undefined && e.error === undefined
      ? PLAIN_END[e.traced ? 1 : 0]
      : `,"apiKeyId":${str(e.apiKeyId)},"errorType":${e.error ? `"${e.error.type}"` : 'null'},"reason":${str(reasonOf(e.error))},"traced":${e.traced}}\n\n`;
  return `event: request\ndata: {"id":${str(e.id)},"time":"${isoTime(e.startedAt)}",${targetJson(e)},"status":${e.status},"latencyMs":${e.latencyMs}${end}`;
}

interface Stream {
  res: ServerResponse;
  filter: RequestFilter;
  /** Where its events start in this turn's entries (a stream opened during the turn gets the later ones only). */
  from: number;
  /** When it opened (epoch ms): an untraced request that started after this was not traced because of the cap. */
  openedAt: number;
  /** Its events a second, and the bucket's room (at most `rate`: a second's burst). */
  rate: number;
  tokens: number;
  /** Events dropped since the last write reached it (told as a comment once it reads again). */
  dropped: number;
  /** Matched requests not sent since the last `dropped` event: over the rate, and for a slow client. */
  overRate: number;
  slow: number;
  /** Whether the last `dropped` event counted some (a `dropped` of 0 then says the stream is whole again). */
  told: boolean;
  /** Events dropped in all, and of those, over the rate. */
  droppedTotal: number;
  overRateTotal: number;
}

/** A `dropped` event: the requests a stream matched and did not send in the last `ms` (src/shared/live-requests-contract.ts, Dropped). */
function droppedEvent(s: Stream, ms: number): string {
  return `event: dropped\ndata: {"dropped":${s.overRate + s.slow},"overRate":${s.overRate},"slowClient":${s.slow},"ms":${ms},"rate":${Number.isFinite(s.rate) ? s.rate : null}}\n\n`;
}

export class LiveRequests implements RequestWatch {
  readonly #ring: (Entry | undefined)[] = new Array<Entry | undefined>(RING_SIZE);
  #next = 0;
  /**
   * The traces kept, a ring of MAX_TRACES beside the summaries' (an entry and its trace per slot, #traceNext
   * the oldest's, #traceCount how many are kept): no map to update per request, a lookup by id walks it
   * (a console opening one trace, not the request path).
   */
  readonly #traceEntries: (Entry | undefined)[] = new Array<Entry | undefined>(MAX_TRACES);
  readonly #traceOf: (RequestTrace | undefined)[] = new Array<RequestTrace | undefined>(MAX_TRACES);
  #traceNext = 0;
  #traceCount = 0;
  #traceBytes = 0;
  readonly #streams = new Set<Stream>();
  /**
   * This turn's entries, for the streams' one write at its end: their events are made then (once each, for
   * every stream they match), so that the request's path only appends a reference, and an event's strings
   * live for the write alone (none survives a garbage collection to be copied or promoted).
   */
  #pending: Entry[] = [];
  #flushScheduled = false;
  /** The streams' clock (TICK_MS) while one is open: buckets, `dropped` events, keep-alives. */
  #tick: NodeJS.Timeout | undefined;
  #ticks = 0;
  #lastReport = 0;
  #closed = false;
  /** Some stream has room for an event; and one of those has no API or stage filter (it may be sent any request). */
  #tracing = false;
  #roomForAny = false;

  /** Whether some stream has room for an event (set when a stream opens or closes, after each turn's events and at each tick). */
  get tracing(): boolean {
    return this.#tracing;
  }

  /**
   * Whether a request to `target` starting now is traced: when a stream that has room for an event could be
   * sent it — its API and stage filters, known at the start, match (status and key are known at the end
   * only). Two field reads per request in the usual case; a saturated gateway whose streams are all at their
   * rate traces almost nothing, and a stream filtered to one API has the others' requests go untraced.
   */
  traces(target: InvokeTarget): boolean {
    if (!this.#tracing) return false;
    if (this.#roomForAny) return true;
    for (const s of this.#streams) {
      if (
        s.tokens >= 1 &&
        (s.filter.apiId === undefined || s.filter.apiId === target.apiId) &&
        (s.filter.stage === undefined || s.filter.stage === target.stage)
      )
        return true;
    }
    return false;
  }

  #updateTracing(): void {
    let room = false;
    let any = false;
    for (const s of this.#streams) {
      if (s.tokens < 1) continue;
      room = true;
      if (s.filter.apiId === undefined && s.filter.stage === undefined) any = true;
    }
    this.#tracing = room;
    this.#roomForAny = any;
  }

  record(answer: GatewayAnswer): void {
    const request = answer.request;
    const target = request.target;
    const path = target.path.length > MAX_PATH ? target.path.slice(0, MAX_PATH) : target.path;
    const entry: Entry = {
      id: answer.requestId,
      startedAt: request.startedAt,
      apiId: target.apiId,
      stage: target.stage,
      method: request.method,
      path,
      resourcePath: answer.inv?.resource?.path,
      status: answer.status,
      latencyMs: Date.now() - request.startedAt,
      apiKeyId: answer.inv?.apiKey?.id,
      error: answer.error,
      traced: false,
      trace: answer.trace,
    };
    this.#ring[this.#next] = entry;
    this.#next = (this.#next + 1) % RING_SIZE;
    // With no stream open (a trace made before the last one closed), nobody is sent it: it is not kept.
    if (this.#streams.size) this.#publish(entry);
    else entry.trace = undefined;
  }

  /** The trace kept as the request left it (its steps made into objects when read: `trace()`); the oldest out past MAX_TRACES or MAX_TRACE_BYTES. */
  #keepTrace(entry: Entry, trace: RequestTrace): void {
    const slot = this.#traceNext;
    if (this.#traceCount === MAX_TRACES) this.#traceBytes -= this.#traceOf[slot]!.bytes;
    else this.#traceCount++;
    entry.traced = true;
    this.#traceEntries[slot] = entry;
    this.#traceOf[slot] = trace;
    this.#traceBytes += trace.bytes;
    this.#traceNext = (slot + 1) % MAX_TRACES;
    while (this.#traceBytes > MAX_TRACE_BYTES && this.#traceCount > 1) {
      const oldest = (this.#traceNext - this.#traceCount + MAX_TRACES) % MAX_TRACES;
      this.#traceBytes -= this.#traceOf[oldest]!.bytes;
      this.#traceEntries[oldest] = this.#traceOf[oldest] = undefined;
      this.#traceCount--;
    }
  }

  /** The summaries newest first, filtered, at most `limit`. */
  list(filter: RequestFilter, limit: number): Summary[] {
    const out: Summary[] = [];
    for (let k = 1; k <= RING_SIZE && out.length < limit; k++) {
      const e = this.#ring[(this.#next - k + RING_SIZE) % RING_SIZE];
      if (!e) break;
      if (matches(filter, e)) out.push(summaryOf(e));
    }
    return out;
  }

  trace(id: string): Trace | undefined {
    for (let k = 1; k <= this.#traceCount; k++) {
      const slot = (this.#traceNext - k + MAX_TRACES) % MAX_TRACES;
      const entry = this.#traceEntries[slot]!;
      if (entry.id === id) return { ...summaryOf(entry), steps: this.#traceOf[slot]!.steps };
    }
    return undefined;
  }

  /** What the store holds (tests, and the README's bounds). */
  stats(): { summaries: number; traces: number; traceBytes: number; streams: number; dropped: number; overRate: number } {
    let dropped = 0;
    let overRate = 0;
    for (const s of this.#streams) {
      dropped += s.droppedTotal;
      overRate += s.overRateTotal;
    }
    return {
      summaries: this.#ring.filter(Boolean).length,
      traces: this.#traceCount,
      traceBytes: this.#traceBytes,
      streams: this.#streams.size,
      dropped,
      overRate,
    };
  }

  /**
   * A new stream of at most `rate` events a second (the caller bounds what a client may ask: MAX_RATE); the
   * response's headers are written here; false when shutting down (the caller answers 503).
   */
  open(res: ServerResponse, filter: RequestFilter, rate = DEFAULT_RATE): boolean {
    if (this.#closed) return false;
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      // Proxies (nginx) would otherwise buffer the stream (nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_buffering).
      'X-Accel-Buffering': 'no',
    });
    res.write(': live requests\n\n');
    const stream: Stream = {
      res,
      filter,
      from: this.#pending.length,
      openedAt: Date.now(),
      rate,
      tokens: rate,
      dropped: 0,
      overRate: 0,
      slow: 0,
      told: false,
      droppedTotal: 0,
      overRateTotal: 0,
    };
    this.#streams.add(stream);
    res.on('close', () => {
      this.#streams.delete(stream);
      if (!this.#streams.size) this.#stopTick();
      this.#updateTracing();
    });
    if (!this.#tick) {
      this.#ticks = 0;
      this.#lastReport = Date.now();
      this.#tick = setInterval(this.#onTick, TICK_MS).unref();
    }
    this.#updateTracing();
    return true;
  }

  #publish(entry: Entry): void {
    this.#pending.push(entry);
    if (!this.#flushScheduled) {
      this.#flushScheduled = true;
      setImmediate(this.#flushNow);
    }
  }

  readonly #flushNow = (): void => this.#flush();

  /**
   * This turn's events, one write per stream. For each stream, after its filter: an event while its bucket
   * has a token, else counted as over the rate; a request it would have been sent but that was not traced
   * because every stream was at its rate when it started is counted so too (its row could not open). A
   * stream whose client does not read loses them (counted, never made). A trace is kept when its request
   * became an event for some stream, and dropped with the turn otherwise.
   */
  #flush(): void {
    this.#flushScheduled = false;
    const pending = this.#pending;
    this.#pending = [];
    /** Each entry's event, made for the first stream it is sent to and shared by the others. */
    const events = new Array<string | undefined>(pending.length);
    for (const s of this.#streams) {
      const from = s.from;
      s.from = 0;
      const slow = s.res.writableLength > MAX_BUFFERED_BYTES;
      let text = '';
      let sent = 0;
      let over = 0;
      for (let i = from; i < pending.length; i++) {
        const e = pending[i];
        if (!matches(s.filter, e)) continue;
        if (s.tokens < 1 || (e.trace === undefined && e.startedAt > s.openedAt)) {
          over++;
          continue;
        }
        s.tokens--;
        sent++;
        if (slow) continue;
        let event = events[i];
        if (event === undefined) {
          if (e.trace) this.#keepTrace(e, e.trace);
          event = events[i] = eventOf(e);
        }
        text += event;
      }
      s.overRate += over;
      s.overRateTotal += over;
      s.droppedTotal += over;
      if (!sent) continue;
      if (slow) {
        s.dropped += sent;
        s.slow += sent;
        s.droppedTotal += sent;
        continue;
      }
      const told = s.dropped ? `: dropped ${s.dropped} events (the client read too slowly)\n\n` : '';
      s.dropped = 0;
      s.res.write(told + text);
    }
    for (const e of pending) e.trace = undefined;
    this.#updateTracing();
  }

  readonly #onTick = (): void => {
    const now = Date.now();
    const report = now - this.#lastReport >= REPORT_MS - TICK_MS / 2;
    const ping = ++this.#ticks % (KEEP_ALIVE_MS / TICK_MS) === 0;
    if (report) this.#lastReport = now;
    for (const s of this.#streams) {
      s.tokens = Math.min(s.rate, s.tokens + (s.rate * TICK_MS) / 1000);
      if (s.res.writableLength > MAX_BUFFERED_BYTES) continue;
      if (report && (s.overRate || s.slow || s.told)) {
        s.told = s.overRate + s.slow > 0;
        s.res.write(droppedEvent(s, REPORT_MS));
        s.overRate = s.slow = 0;
      } else if (ping) s.res.write(': keep-alive\n\n');
    }
    this.#updateTracing();
  };

  #stopTick(): void {
    clearInterval(this.#tick);
    this.#tick = undefined;
  }

  /** Shutting down: every stream ends now (an open stream would otherwise hold the listener's close up). */
  close(): void {
    this.#closed = true;
    this.#stopTick();
    for (const s of this.#streams) s.res.end();
    this.#streams.clear();
    this.#tracing = this.#roomForAny = false;
    this.#pending = [];
  }
}
