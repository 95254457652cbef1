/**
 * A data-plane request's trace, step by step (issue 22, the console's live requests): which route,
 * authorizer, API key and buckets, validation, the rendered integration request, the endpoint's answer,
 * the integration response selected, the method response, and the gateway response on a failure — each
 * with its start and duration from the request's arrival.
 *
 * Off the hot path when nobody watches: the pipeline asks its RequestWatch port once per request
 * (`tracing`), and only then creates a RequestTrace; every step calls `inv.trace?.step(...)`, whose
 * arguments are not even evaluated when there is no trace (optional chaining short-circuits the call:
 * tc39.es/ecma262/#sec-optional-chains), so an untraced request allocates nothing for it.
 *
 * What a trace keeps is bounded and safe to show: bodies cut at TRACE_BODY_BYTES (4 KiB, `truncated:
 * true`), the values of the secret headers (x-api-key, Authorization, X-Amz-Security-Token, Cookie,
 * Set-Cookie) shown as `****`, and those values masked wherever else they appear (a mapping template that
 * copies the key into the integration request, a backend that echoes a header).
 */
import type { GatewayError } from './gateway-errors.js';

export type StepName =
  | 'route'
  | 'authorizer'
  | 'apiKey'
  | 'throttle'
  | 'quota'
  | 'validation'
  | 'integrationRequest'
  | 'endpoint'
  | 'integrationResponse'
  | 'methodResponse'
  | 'gatewayResponse';

export type StepOutcome = 'ok' | 'fail' | 'skip' | 'cached';

export interface TraceStep {
  name: StepName;
  /** Milliseconds from the request's start (its arrival at the pipeline). */
  startMs: number;
  durationMs: number;
  outcome: StepOutcome;
  detail: Record<string, unknown>;
}

/** A request record's headers (ClientRequest.headers): by lower-cased name, with the client's casing. */
type RequestHeaders = ReadonlyMap<string, { name: string; values: string[] }>;

export const TRACE_BODY_BYTES = 4096;
export const MASK = '****';
/** Headers whose values are credentials (the API key, SigV4 / bearer tokens, session cookies). */
export const SECRET_HEADERS: ReadonlySet<string> = new Set(['x-api-key', 'authorization', 'x-amz-security-token', 'cookie', 'set-cookie']);
/** Shorter values are not searched for elsewhere: masking every "a" would hide the trace, not the secret. */
const MIN_SECRET_LENGTH = 4;

const round = (ms: number): number => Math.round(ms * 1000) / 1000;

export class RequestTrace {
  /**
   * The steps as they were recorded, in parallel arrays (a name, the clock at its end, an outcome, a
   * detail each): no object per step and no rounding on the request's path; TraceStep objects are made
   * by `steps`, when a trace is read (a console fetching it), not for every traced request.
   */
  readonly #names: StepName[] = [];
  readonly #ends: number[] = [];
  readonly #outcomes: StepOutcome[] = [];
  readonly #details: Record<string, unknown>[] = [];
  /** Rough size of what the steps hold (bodies and header values), for the trace store's byte bound. */
  bytes = 256;
  readonly #t0: number;
  #last: number;
  /** Values to mask wherever they appear (the secret headers' values, the API key once known). */
  readonly #secrets: string[] = [];
  #longest = 0;

  /** `headers`: the request record's (ClientRequest.headers). */
  constructor(headers: RequestHeaders) {
    this.#t0 = this.#last = performance.now();
    for (const name of SECRET_HEADERS) {
      const h = headers.get(name);
      if (h) for (const v of h.values) this.addSecret(v);
    }
  }

  addSecret(value: string | undefined): void {
    if (!value) return;
    this.#keep(value, MIN_SECRET_LENGTH);
    // The parts of `Bearer xyz`, a SigV4 header or a cookie list are secrets on their own too.
    if (/[\s,;]/.test(value)) for (const part of value.split(/[\s,;]+/)) this.#keep(part, 12);
  }

  #keep(value: string, min: number): void {
    if (value.length < min || this.#secrets.includes(value)) return;
    this.#secrets.push(value);
    // Longest first, so that a value is masked whole before a part of it is looked for.
    this.#secrets.sort((x, y) => y.length - x.length);
    this.#longest = Math.max(this.#longest, value.length);
  }

  /**
   * A step that ended now and began where the previous one ended (the steps run one after the other):
   * one clock read per step boundary. A skipped step reads no clock: it is recorded with a duration of 0,
   * the check that skipped it (a field read) counted in the next step's time.
   */
  step(name: StepName, outcome: StepOutcome, detail: Record<string, unknown> = {}): void {
    if (outcome !== 'skip') this.#last = performance.now();
    this.#names.push(name);
    this.#ends.push(this.#last);
    this.#outcomes.push(outcome);
    this.#details.push(detail);
  }

  /** The steps with their start and duration in ms from the request's start (rounded to the µs). */
  get steps(): TraceStep[] {
    const out: TraceStep[] = [];
    let start = this.#t0;
    for (let i = 0; i < this.#names.length; i++) {
      const end = this.#ends[i];
      out.push({
        name: this.#names[i],
        startMs: round(start - this.#t0),
        durationMs: round(end - start),
        outcome: this.#outcomes[i],
        detail: this.#details[i],
      });
      start = end;
    }
    return out;
  }

  has(name: StepName): boolean {
    return this.#names.includes(name);
  }

  /** A body as a trace shows it: text up to 4 KiB, secrets masked, its full size, `truncated` when cut. */
  body(b: Buffer | string | undefined): Record<string, unknown> {
    if (b === undefined) return { body: null };
    if (typeof b === 'string' && b.length <= TRACE_BODY_BYTES / 4) {
      // Short text (a rendered template, most answers): no copy into a buffer; at 4 bytes a character at most, it is not cut.
      const text = this.mask(b);
      this.bytes += text.length;
      return { body: text, bodyBytes: Buffer.byteLength(b) };
    }
    const buf = typeof b === 'string' ? Buffer.from(b) : b;
    const cut = buf.length > TRACE_BODY_BYTES;
    // Masked before it is cut (a secret across the cut is still masked whole), then cut at 4 KiB of text.
    let text = this.mask(buf.toString('utf8', 0, Math.min(buf.length, TRACE_BODY_BYTES + this.#longest)));
    if (text.length > TRACE_BODY_BYTES) text = text.slice(0, TRACE_BODY_BYTES);
    this.bytes += text.length;
    return cut ? { body: text, bodyBytes: buf.length, truncated: true } : { body: text, bodyBytes: buf.length };
  }

  /** Header values by name, the secret ones as `****` and any secret value masked in the others. */
  headers(h: Iterable<readonly [string, string | readonly string[] | undefined]>): Record<string, string | string[]> {
    const out: Record<string, string | string[]> = {};
    for (const [name, raw] of h) {
      if (raw === undefined) continue;
      const secret = SECRET_HEADERS.has(name.toLowerCase());
      if (typeof raw === 'string') {
        out[name] = secret ? MASK : this.mask(raw);
        this.bytes += name.length + raw.length;
        continue;
      }
      const shown: string[] = [];
      for (const v of raw) {
        shown.push(secret ? MASK : this.mask(v));
        this.bytes += name.length + v.length;
      }
      out[name] = shown;
    }
    return out;
  }

  /** The client's headers (a request record's map), masked. */
  requestHeaders(headers: RequestHeaders): Record<string, string | string[]> {
    const pairs: [string, readonly string[]][] = [];
    for (const h of headers.values()) pairs.push([h.name, h.values]);
    return this.headers(pairs);
  }

  /** Any secret value in `s` replaced by `****`. */
  mask(s: string): string {
    for (const secret of this.#secrets) if (s.includes(secret)) s = s.split(secret).join(MASK);
    return s;
  }

  /**
   * The failure of a step: which one failed (the pipeline's coarse stage, refined by the error's type),
   * unless that step recorded its own failure already.
   */
  failed(stage: FailedStage, err: GatewayError, reason: string | null): void {
    if (this.#outcomes[this.#outcomes.length - 1] === 'fail') return;
    this.step(failedStep(stage, err, this), 'fail', { errorType: err.type, ...(reason ? { reason: this.mask(reason) } : {}) });
  }
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
