/**
 * Counters shared by the workers of one machine (`--workers N` without `--redis`, src/cluster/): the
 * primary process owns the in-process counters (memory.ts, persisted in `counters.db`); a worker's
 * `PrimaryCounters` asks it. Exactness comes from there being one decider: the primary takes the requests
 * in the order they arrive and decides each synchronously, as one process would, so N workers admit
 * exactly a quota in total.
 *
 * Asking costs a message to the primary and back; it is paid once per event-loop turn, not per request:
 * the admissions a worker asks for during one turn go in one message (setImmediate, as memory.ts groups
 * its writes), and come back in one. A keyed admission is answered once the primary has persisted it, so
 * a request is answered only once its consumption is on disk, as in one process.
 *
 * **Leases.** A request without an API key needs only throttle tokens (the stage's method bucket, the
 * account's), and those a worker may spend without asking: the primary lends a worker a block of a big
 * bucket's tokens at once (`lend`: taken out of the bucket, as that many admissions would take them) while
 * the bucket stays at least half full, and the worker admits from its lease synchronously until the lease
 * runs low, when it asks for the next block. Near the limit (under half full) the primary lends nothing
 * and every request asks it, as before. A keyed request (a usage plan's quota and usage, which must stay
 * exact and be persisted) never uses a lease. A lease not spent within LEASE_MS is given back (capped at
 * the burst); a worker that dies loses its lease: those tokens are never spent, which admits fewer, never
 * more. Small buckets (under LEASE_MIN tokens to a block) are never lent, and so stay exact.
 *
 * The bound, for one bucket of burst B and rate r over any interval of T seconds: admitted ≤ B + r·T + L,
 * where L is what the N workers held on lease at the interval's start: each asks for a block when it
 * holds under half of one, so L < N × (1.5 block + 1), and a block is min(LEASE_MAX, B / (32 N)),
 * so L < 4.7 % of B + N, and < 385 N. Every token a worker spends
 * was taken out of the one bucket, so over time the admissions are the bucket's; the excess is only that
 * a held token is spent after the bucket has refilled to its burst meanwhile. AWS's own throttles are
 * approximate in the same direction: "Both throttles and quotas are applied on a best-effort basis and
 * should be thought of as targets rather than guaranteed request ceilings", and "other factors can also
 * cause limits to be overrun in some cases" (DG:api-gateway-request-throttling). Quotas stay exact.
 */
import type { Clock } from '../shared/clock.js';
import { systemClock } from '../shared/clock.js';
import { CountersUnavailable, type AdmitRequest, type BucketSpec, type Counters, type QuotaDef, type UsageDay, type Verdict } from './limiter.js';

/** The operations a worker asks of the primary's counters, with their arguments. */
export interface CounterCalls {
  admit: [AdmitRequest[]];
  quotaUsed: [string, string, QuotaDef];
  usage: [string, string, string, string];
  setRemaining: [string, string, QuotaDef, number];
  /** A block of each bucket's tokens for the asking worker: answered with the tokens lent, per bucket (0: none). */
  lend: [BucketSpec[]];
  /** Tokens of leases the worker did not spend, per bucket. */
  giveBack: [[BucketSpec, number][]];
}
export type CounterOp = keyof CounterCalls;

/** One round trip to the primary: an operation, its arguments, its answer (rejects when the primary is gone). */
export type CallPrimary = <K extends CounterOp>(op: K, args: CounterCalls[K]) => Promise<unknown>;

interface Pending {
  reqs: AdmitRequest[];
  settle: ((v: Verdict | Error) => void)[];
}

/** The most tokens of one bucket lent at once; the bound on what a worker holds (see above). */
export const LEASE_MAX = 256;
/** A bucket whose block would be smaller than this is never lent: asking per request costs little next to its rate. */
export const LEASE_MIN = 8;
/** A lease not spent within this is given back: tokens held by an idle worker would otherwise be spent late, or never. */
export const LEASE_MS = 1_000;
/** After the primary lent nothing (the bucket under half full), how long a worker asks per request before asking for a lease again. */
const LEASE_RETRY_MS = 100;
/** Above this many leases, the empty ones a worker is not waiting for are forgotten. */
const LEASES_SWEEP_AT = 10_000;

/** The block lent of bucket `b` to one of `workers` workers: at most LEASE_MAX and a 32nd of the burst per worker; 0 when under LEASE_MIN. */
export function leaseBlock(b: BucketSpec, workers: number): number {
  if (workers < 1) return 0;
  const n = Math.min(LEASE_MAX, Math.floor(b.burst / (32 * workers)));
  return n >= LEASE_MIN && Number.isFinite(b.burst) ? n : 0;
}

/** A worker's lease of one bucket's tokens. */
interface Lease {
  /** The bucket as lent: a changed rate or burst (an UpdateStage) ends the lease. */
  rate: number;
  burst: number;
  tokens: number;
  /** Epoch ms after which what is left is given back. */
  until: number;
  /** Asking the primary for a block now. */
  asking: boolean;
  /** Do not ask again before (the primary lent nothing). */
  retryAt: number;
}

export class PrimaryCounters implements Counters {
  readonly clock: Clock;
  readonly #call: CallPrimary;
  readonly #workers: number;
  #pending: Pending | undefined;
  /** Bucket key → this worker's lease. */
  readonly #leases = new Map<string, Lease>();
  /** Leases to give back, sent at the end of the turn. */
  #returns: [BucketSpec, number][] | undefined;

  /** `workers`: how many share the buckets (the block lent shrinks with it, see leaseBlock); 0 turns leases off. */
  constructor(call: CallPrimary, clock: Clock = systemClock, workers = 0) {
    this.#call = call;
    this.clock = clock;
    this.#workers = workers;
  }

  /**
   * Nothing to count (no bucket applies, no key): admitted here, without asking. A request without a key
   * whose every bucket this worker holds a lease of: admitted from the leases. Anything else asks the primary.
   */
  admitNow(req: AdmitRequest): Verdict | undefined {
    const buckets = req.buckets;
    if (req.consumer !== undefined) return undefined;
    if (buckets.length === 0) return 'ADMITTED';
    // One bucket too small to lend (a stage's burst of 40): the primary decides, and no lease is taken of the others.
    for (let i = 0; i < buckets.length; i++) if (leaseBlock(buckets[i], this.#workers) === 0) return undefined;
    const now = this.clock.now();
    let covered = true;
    for (let i = 0; i < buckets.length; i++) {
      const b = buckets[i];
      const block = leaseBlock(b, this.#workers);
      const l = this.#lease(b, now);
      if (l.tokens < 1) covered = false;
      // Asked before it runs out, so that the next block is there when it does.
      if (l.tokens < block / 2 + 1 && !l.asking && now >= l.retryAt) this.#borrow(b, l);
    }
    if (!covered) return undefined;
    for (let i = 0; i < buckets.length; i++) this.#leases.get(buckets[i].key)!.tokens--;
    return 'ADMITTED';
  }

  /** This worker's lease of `b`; one that expired, or of a bucket whose limits changed, is given back first. */
  #lease(b: BucketSpec, now: number): Lease {
    let l = this.#leases.get(b.key);
    if (l && (l.rate !== b.rate || l.burst !== b.burst)) {
      this.#giveBack({ key: b.key, rate: l.rate, burst: l.burst }, l.tokens);
      this.#leases.delete(b.key);
      l = undefined;
    }
    if (!l) {
      if (this.#leases.size >= LEASES_SWEEP_AT) {
        for (const [k, x] of this.#leases) if (x.tokens === 0 && !x.asking) this.#leases.delete(k);
      }
      l = { rate: b.rate, burst: b.burst, tokens: 0, until: 0, asking: false, retryAt: 0 };
      this.#leases.set(b.key, l);
    } else if (l.tokens > 0 && now >= l.until) {
      this.#giveBack(b, l.tokens);
      l.tokens = 0;
    }
    return l;
  }

  /** Asks the primary for a block of `b`; spends it from the next request on. */
  #borrow(b: BucketSpec, l: Lease): void {
    l.asking = true;
    this.#call('lend', [[b]]).then(
      (lent) => {
        l.asking = false;
        const n = (lent as number[])[0] ?? 0;
        const now = this.clock.now();
        if (this.#leases.get(b.key) !== l)
          this.#giveBack(b, n); // the lease ended meanwhile
        else if (n > 0) {
          l.tokens += n;
          l.until = now + LEASE_MS;
        } else l.retryAt = now + LEASE_RETRY_MS;
      },
      () => {
        // The primary is gone: the worker stops (cluster/worker.ts); until then, its requests ask and fail as before.
        l.asking = false;
        l.retryAt = this.clock.now() + LEASE_RETRY_MS;
      },
    );
  }

  /** Queues `n` unspent tokens of `b` for the primary, in one message at the end of the turn. */
  #giveBack(b: BucketSpec, n: number): void {
    if (!(n > 0)) return;
    if (!this.#returns) {
      this.#returns = [];
      setImmediate(() => this.#sendReturns());
    }
    this.#returns.push([b, n]);
  }

  #sendReturns(): void {
    const r = this.#returns;
    this.#returns = undefined;
    if (r?.length) this.#call('giveBack', [r]).catch(() => undefined); // the primary gone: so are its buckets
  }

  admit(req: AdmitRequest): Promise<Verdict> {
    let p = this.#pending;
    if (!p) {
      p = this.#pending = { reqs: [], settle: [] };
      setImmediate(() => this.#send());
    }
    p.reqs.push(req);
    return new Promise<Verdict>((resolve, reject) => {
      p.settle.push((v) => (v instanceof Error ? reject(v) : resolve(v)));
    });
  }

  /** Sends the turn's admissions in one message; each request gets its verdict, or all the failure. */
  #send(): void {
    const p = this.#pending!;
    this.#pending = undefined;
    this.#call('admit', [p.reqs]).then(
      (verdicts) => {
        const v = verdicts as Verdict[];
        p.settle.forEach((settle, i) => settle(v[i]));
      },
      (e: unknown) => {
        const err = new CountersUnavailable(`the primary process did not answer: ${(e as Error).message}`);
        for (const settle of p.settle) settle(err);
      },
    );
  }

  async quotaUsed(planId: string, keyId: string, quota: QuotaDef): Promise<number> {
    return (await this.#ask('quotaUsed', [planId, keyId, quota])) as number;
  }

  async usage(planId: string, keyId: string, fromDay: string, toDay: string): Promise<UsageDay[]> {
    return (await this.#ask('usage', [planId, keyId, fromDay, toDay])) as UsageDay[];
  }

  async setRemaining(planId: string, keyId: string, quota: QuotaDef, remaining: number): Promise<void> {
    await this.#ask('setRemaining', [planId, keyId, quota, remaining]);
  }

  async #ask<K extends CounterOp>(op: K, args: CounterCalls[K]): Promise<unknown> {
    try {
      return await this.#call(op, args);
    } catch (e) {
      throw new CountersUnavailable(`the primary process did not answer: ${(e as Error).message}`);
    }
  }

  /** The counters are the primary's: it closes them. What is left of the leases goes back to it. */
  async close(): Promise<void> {
    for (const [key, l] of this.#leases) this.#giveBack({ key, rate: l.rate, burst: l.burst }, l.tokens);
    this.#leases.clear();
    const r = this.#returns;
    this.#returns = undefined;
    if (r?.length) await this.#call('giveBack', [r]).catch(() => undefined);
  }
}

/** What the primary's counters do for leases (MemoryCounters). */
export interface BucketLender {
  lend(b: BucketSpec, n: number, keep: number): number;
  giveBack(b: BucketSpec, n: number): void;
}

/**
 * The primary's side: a worker's call answered by the counters it owns, shared by `workers` workers. A
 * batch of admissions is decided in its order, each synchronously when the counters can (no consumer to
 * persist), so that nothing of another batch comes between; the answer waits for the keyed ones to be
 * persisted. A lease is a block of a bucket (leaseBlock), lent only while half the burst stays in it.
 */
export async function serveCounters<K extends CounterOp>(counters: Counters & BucketLender, workers: number, op: K, args: CounterCalls[K]): Promise<unknown> {
  switch (op) {
    case 'admit': {
      const [reqs] = args as CounterCalls['admit'];
      // Decided in order, synchronously each (MemoryCounters decides before its first await); the keyed ones resolve once persisted.
      return Promise.all(
        reqs.map((r) => {
          const now = counters.admitNow?.(r);
          return now === undefined ? counters.admit(r) : Promise.resolve(now);
        }),
      );
    }
    case 'lend': {
      const [buckets] = args as CounterCalls['lend'];
      return buckets.map((b) => counters.lend(b, leaseBlock(b, workers), b.burst / 2));
    }
    case 'giveBack': {
      const [returns] = args as CounterCalls['giveBack'];
      for (const [b, n] of returns) counters.giveBack(b, n);
      return undefined;
    }
    case 'quotaUsed':
      return counters.quotaUsed(...(args as CounterCalls['quotaUsed']));
    case 'usage':
      return counters.usage(...(args as CounterCalls['usage']));
    case 'setRemaining':
      return counters.setRemaining(...(args as CounterCalls['setRemaining']));
    default:
      throw new Error(`unknown counters operation '${String(op)}'`);
  }
}
