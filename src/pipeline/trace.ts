/**
 * A data-plane request's trace, step by step (issue 22, the console's live requests): which route,
 * authorizer, API key and buckets, validation, the rendered integration request, the endpoint's answer,
 * the integration response selected, the method response, and the gateway response on a failure — each
 * with its start and duration from the request's arrival.
 *
 * Off the hot path when nobody watches: the pipeline asks its RequestWatch port once per request
 * (`tracing`), and only then creates a RequestTrace; every step is recorded behind `if (inv.trace)` or
 * `inv.trace?.step(...)`, whose arguments are not even evaluated when there is no trace (optional chaining
 * short-circuits the call: tc39.es/ecma262/#sec-optional-chains), so an untraced request allocates nothing
 * for it.
 *
 * Cheap while someone watches (issue 22: within 5 % of the data plane's throughput): a step records the
 * references the pipeline already holds (the route matched, the header record it answered with, a short
 * body) and the module-level function that makes its detail (trace-steps.ts); details are made, masked and
 * cut only when a console reads the trace, usually never for most requests (docs/performance.md
 * "Console (live requests)"). A long body is the exception: it is cut and masked when kept, so that the store holds 4 KiB of it.
 *
 * What a trace keeps is bounded and safe to show: bodies cut at TRACE_BODY_BYTES (4 KiB, `truncated:
 * true`), the values of the secret headers (x-api-key, Authorization, X-Amz-Security-Token, Cookie,
 * Set-Cookie) shown as `****`, and those values masked wherever else they appear (a mapping template that
 * copies the key into the integration request, a backend that echoes a header).
 */
import type { StepName, StepOutcome, TraceStep } from '../shared/live-requests-contract.js';

import type { GatewayError } from './gateway-errors.js';

export type { StepName, StepOutcome, TraceStep };

/** A request record's headers (ClientRequest.headers): by lower-cased name, with the client's casing. */
type RequestHeaders = ReadonlyMap<string, { name: string; values: string[] }>;

export const TRACE_BODY_BYTES = 4096;
export const MASK = '****';
/** Headers whose values are credentials (the API key, SigV4 / bearer tokens, session cookies). */
export const SECRET_HEADERS: ReadonlySet<string> = new Set(['x-api-key', 'authorization', 'x-amz-security-token', 'cookie', 'set-cookie']);
/** Shorter values are not searched for elsewhere: masking every "a" would hide the trace, not the secret. */
const MIN_SECRET_LENGTH = 4;

/** Header sets as the pipeline holds them: a record (an answer's, an endpoint request's), a Map of values (an endpoint's answer). */
export type HeaderSet = Readonly<Record<string, string | readonly string[] | undefined>> | ReadonlyMap<string, readonly string[]>;

/**
 * A body as a step keeps it (`keepBody`): the value itself when it is short (shown, masked, when the trace
 * is read), or a ShownBody cut and masked when it was kept (a long body is not held whole by the store).
 */
export type KeptBody = Buffer | string | undefined | ShownBody;

/** A long body, as a trace shows it: its first 4 KiB of text, masked, its full size. */
export class ShownBody {
  constructor(
    readonly body: string,
    readonly bodyBytes: number,
    readonly truncated: boolean,
  ) {}
}

/**
 * What a step's detail is made of when the trace is read (`RequestTrace.steps`): a function of module scope
 * given the references the step recorded (values the pipeline already holds), so that a traced request
 * builds no detail object, masks nothing and copies no body or header on its way.
 */
export type DetailOf<A, B, C, D, E> = (trace: RequestTrace, a: A, b: B, c: C, d: D, e: E) => Record<string, unknown>;

/** Slots per step in RequestTrace's log: name, outcome, a detail (ready, or its DetailOf) and its five references. */
const STRIDE = 8;
/** Steps a trace has room for before its log grows: MOCK records 10 (a failure up to 12: the log grows then). */
const STEPS_ROOM = 10;

const round = (ms: number): number => Math.round(ms * 1000) / 1000;

export class RequestTrace {
  /**
   * The steps as they were recorded, one flat log of STRIDE slots each (a name, an outcome, a detail or the
   * DetailOf that makes it, and its references) and the clock at each step's end: no object per step, no
   * rounding, no masking on the request's path. TraceStep objects and their details are made by `steps`,
   * when a trace is read (a console fetching it), not for every traced request.
   */
  readonly #log: unknown[] = new Array<unknown>(STRIDE * STEPS_ROOM);
  #n = 0;
  readonly #ends: number[] = [];
  /** Rough size of what the steps hold (bodies and header values), for the trace store's byte bound. */
  bytes = 256;
  readonly #t0: number;
  #last: number;
  /** The request's headers: the secret ones' values are found when the trace is first masked, not on the request's path. */
  readonly #requestHeaders: RequestHeaders;
  /** Values added while the request ran (the API key once known), masked with those of the secret headers. */
  #added: string[] | undefined;
  /** Values to mask wherever they appear, longest first: made by #secretsNow() on first use. */
  #secrets: string[] | undefined;
  #longest = 0;

  /** `headers`: the request record's (ClientRequest.headers). */
  constructor(headers: RequestHeaders) {
    this.#t0 = this.#last = performance.now();
    this.#requestHeaders = headers;
  }

  addSecret(value: string | undefined): void {
    if (!value) return;
    if (this.#secrets) this.#addSecret(this.#secrets, value);
    else (this.#added ??= []).push(value);
  }

  /** The values to mask: the secret headers' and the added ones, and their parts. */
  #secretsNow(): string[] {
    if (this.#secrets) return this.#secrets;
    const secrets: string[] = (this.#secrets = []);
    for (const name of SECRET_HEADERS) {
      const h = this.#requestHeaders.get(name);
      if (h) for (const v of h.values) this.#addSecret(secrets, v);
    }
    if (this.#added) for (const v of this.#added) this.#addSecret(secrets, v);
    return secrets;
  }

  #addSecret(secrets: string[], value: string): void {
    this.#keep(secrets, value, MIN_SECRET_LENGTH);
    // The parts of `Bearer xyz`, a SigV4 header or a cookie list are secrets on their own too.
    if (/[\s,;]/.test(value)) for (const part of value.split(/[\s,;]+/)) this.#keep(secrets, part, 12);
  }

  #keep(secrets: string[], value: string, min: number): void {
    if (value.length < min || secrets.includes(value)) return;
    secrets.push(value);
    // Longest first, so that a value is masked whole before a part of it is looked for.
    secrets.sort((x, y) => y.length - x.length);
    this.#longest = Math.max(this.#longest, value.length);
  }

  /**
   * A step that ended now and began where the previous one ended (the steps run one after the other):
   * one clock read per step boundary. A skipped step reads no clock: it is recorded with a duration of 0,
   * the check that skipped it (a field read) counted in the next step's time. `detail` is shown as it is:
   * give a constant, or use `stepOf` for a detail made of the request's values.
   */
  step(name: StepName, outcome: StepOutcome, detail: Readonly<Record<string, unknown>> = NO_DETAIL): void {
    this.#record(name, outcome !== 'skip', outcome, detail, undefined, undefined, undefined, undefined, undefined);
  }

  /**
   * A step whose detail `of` makes from `a`…`e` when the trace is read. The references must not change
   * afterwards (the pipeline's values: deployment objects, header records and bodies it answered with) and
   * must not hold a large body (an invocation does: pass its parts); a body goes through `keepBody`, a
   * header set is counted with `headerBytes`.
   */
  stepOf<A, B = undefined, C = undefined, D = undefined, E = undefined>(
    name: StepName,
    outcome: StepOutcome,
    of: DetailOf<A, B, C, D, E>,
    a: A,
    b?: B,
    c?: C,
    d?: D,
    e?: E,
  ): void {
    this.#record(name, outcome !== 'skip', outcome, of, a, b, c, d, e);
  }

  /**
   * A step too short to be worth its own clock read (MOCK's endpoint: a lookup of the status its template
   * chose, integrations/mock.ts): recorded as ending where the previous step ended, with a duration of 0,
   * its time counted in the next step's. A clock read costs 50–70 ns here, as much as such a step.
   */
  instantOf<A>(name: StepName, outcome: StepOutcome, of: DetailOf<A, undefined, undefined, undefined, undefined>, a: A): void {
    this.#record(name, false, outcome, of, a, undefined, undefined, undefined, undefined);
  }

  #record(name: StepName, timed: boolean, outcome: StepOutcome, detail: unknown, a: unknown, b: unknown, c: unknown, d: unknown, e: unknown): void {
    if (timed) this.#last = performance.now();
    this.#ends.push(this.#last);
    const log = this.#log;
    const i = this.#n;
    log[i] = name;
    log[i + 1] = outcome;
    log[i + 2] = detail;
    log[i + 3] = a;
    log[i + 4] = b;
    log[i + 5] = c;
    log[i + 6] = d;
    log[i + 7] = e;
    this.#n = i + STRIDE;
  }

  /** The steps with their start and duration in ms from the request's start (rounded to the µs), their details made now. */
  get steps(): TraceStep[] {
    const out: TraceStep[] = [];
    const log = this.#log;
    let start = this.#t0;
    for (let i = 0, k = 0; i < this.#n; i += STRIDE, k++) {
      const end = this.#ends[k];
      const detail = log[i + 2];
      out.push({
        name: log[i] as StepName,
        startMs: round(start - this.#t0),
        durationMs: round(end - start),
        outcome: log[i + 1] as StepOutcome,
        detail:
          typeof detail === 'function'
            ? (detail as DetailOf<unknown, unknown, unknown, unknown, unknown>)(this, log[i + 3], log[i + 4], log[i + 5], log[i + 6], log[i + 7])
            : { ...(detail as Record<string, unknown>) },
      });
      start = end;
    }
    return out;
  }

  has(name: StepName): boolean {
    for (let i = 0; i < this.#n; i += STRIDE) if (this.#log[i] === name) return true;
    return false;
  }

  /**
   * A body as a step keeps it: a short one as it is (a string of at most 1 KiB characters, a Buffer of at
   * most 4 KiB that is not a view of a larger allocation), counted in `bytes`; a longer one cut and masked
   * now, so that the store holds 4 KiB of it, not the whole.
   */
  keepBody(b: Buffer | string | undefined): KeptBody {
    if (b === undefined) return undefined;
    if (typeof b === 'string') {
      if (b.length <= TRACE_BODY_BYTES / 4) {
        this.bytes += b.length;
        return b;
      }
    } else if (b.length <= TRACE_BODY_BYTES && b.buffer.byteLength <= Math.max(Buffer.poolSize, TRACE_BODY_BYTES)) {
      this.bytes += b.length;
      return b;
    }
    const shown = this.#cut(b);
    this.bytes += shown.body.length;
    return shown;
  }

  /** A kept body as a trace shows it: text up to 4 KiB, secrets masked, its full size, `truncated` when cut. */
  body(b: KeptBody): Record<string, unknown> {
    if (b === undefined) return { body: null };
    const shown = b instanceof ShownBody ? b : this.#cut(b);
    return shown.truncated ? { body: shown.body, bodyBytes: shown.bodyBytes, truncated: true } : { body: shown.body, bodyBytes: shown.bodyBytes };
  }

  #cut(b: Buffer | string): ShownBody {
    if (typeof b === 'string' && b.length <= TRACE_BODY_BYTES / 4) {
      // Short text (a rendered template, most answers): no copy into a buffer; at 4 bytes a character at most, it is not cut.
      return new ShownBody(this.mask(b), Buffer.byteLength(b), false);
    }
    const buf = typeof b === 'string' ? Buffer.from(b) : b;
    this.#secretsNow(); // #longest
    // Masked before it is cut (a secret across the cut is still masked whole), then cut at 4 KiB of text.
    let text = this.mask(buf.toString('utf8', 0, Math.min(buf.length, TRACE_BODY_BYTES + this.#longest)));
    if (text.length > TRACE_BODY_BYTES) text = text.slice(0, TRACE_BODY_BYTES);
    return new ShownBody(text, buf.length, buf.length > TRACE_BODY_BYTES);
  }

  /** What a header set adds to `bytes` (names and values), counted without copying it: it is kept as it is. */
  headerBytes(h: HeaderSet): number {
    let n = 0;
    if (h instanceof Map) {
      for (const [name, values] of h as ReadonlyMap<string, readonly string[]>) for (const v of values) n += name.length + v.length;
    } else {
      const r = h as Readonly<Record<string, string | readonly string[] | undefined>>;
      for (const name in r) {
        const v = r[name];
        if (typeof v === 'string') n += name.length + v.length;
        else if (v) for (const x of v) n += name.length + x.length;
      }
    }
    this.bytes += n;
    return n;
  }

  /** A header set as a trace shows it: values by name, the secret ones as `****`, any secret value masked in the others. */
  headers(h: HeaderSet): Record<string, string | string[]> {
    return this.headerPairs(h instanceof Map ? (h as ReadonlyMap<string, readonly string[]>) : Object.entries(h));
  }

  /** Header values by name, the secret ones as `****` and any secret value masked in the others. */
  headerPairs(h: Iterable<readonly [string, string | readonly string[] | undefined]>): Record<string, string | string[]> {
    const out: Record<string, string | string[]> = {};
    for (const [name, raw] of h) {
      if (raw === undefined) continue;
      const secret = SECRET_HEADERS.has(name.toLowerCase());
      out[name] = typeof raw === 'string' ? (secret ? MASK : this.mask(raw)) : raw.map((v) => (secret ? MASK : this.mask(v)));
    }
    return out;
  }

  /** The client's headers (a request record's map), masked. */
  requestHeaders(headers: RequestHeaders = this.#requestHeaders): Record<string, string | string[]> {
    const pairs: [string, readonly string[]][] = [];
    for (const h of headers.values()) pairs.push([h.name, h.values]);
    return this.headerPairs(pairs);
  }

  /** Any secret value in `s` replaced by `****`. */
  mask(s: string): string {
    for (const secret of this.#secretsNow()) if (s.includes(secret)) s = s.split(secret).join(MASK);
    return s;
  }

  /**
   * The failure of a step: which one failed (the pipeline's coarse stage, refined by the error's type),
   * unless that step recorded its own failure already.
   */
  failed(stage: FailedStage, err: GatewayError, reason: string | null): void {
    if (this.#n && this.#log[this.#n - STRIDE + 1] === 'fail') return;
    this.stepOf(failedStep(stage, err, this), 'fail', failureDetail, err.type, reason);
  }
}

/** A constant detail: the step says nothing more than its outcome. */
export const NO_DETAIL: Readonly<Record<string, unknown>> = Object.freeze({});

function failureDetail(trace: RequestTrace, errorType: string, reason: string | null | undefined): Record<string, unknown> {
  return reason ? { errorType, reason: trace.mask(reason) } : { errorType };
}

/** Where the pipeline was when a request failed (pipeline.ts #STEPS). */
export type FailedStage = 'body' | 'route' | 'authorizer' | 'admission' | 'integration' | 'methodResponse';

function failedStep(stage: FailedStage, err: GatewayError, trace: RequestTrace): StepName {
  switch (stage) {
    case 'body':
    case 'route':
      return 'route';
    case 'authorizer':
      return 'authorizer';
    case 'admission':
      return err.type === 'INVALID_API_KEY' ? 'apiKey' : err.type === 'QUOTA_EXCEEDED' ? 'quota' : 'throttle';
    case 'integration':
      if (err.type === 'BAD_REQUEST_BODY' || err.type === 'BAD_REQUEST_PARAMETERS') return 'validation';
      if (!trace.has('integrationRequest')) return 'integrationRequest';
      if (!trace.has('endpoint')) return 'endpoint';
      return 'integrationResponse';
    case 'methodResponse':
      return 'methodResponse';
  }
}
