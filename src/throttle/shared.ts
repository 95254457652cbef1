/**
 * Counters shared by the workers of one machine (`--workers N` without `--redis`, src/cluster/): the
 * primary process owns the in-process counters (memory.ts, persisted in `counters.db`) and decides every
 * admission; a worker's `PrimaryCounters` asks it. Exactness comes from there being one decider: the
 * primary takes the requests in the order they arrive and decides each synchronously, as one process
 * would, so N workers admit exactly a quota and a bucket's rate in total.
 *
 * The cost is a message to the primary and back per request; it is paid once per event-loop turn, not
 * per request: the admissions a worker asks for during one turn go in one message (setImmediate, as
 * memory.ts groups its writes), and come back in one. A keyed admission is answered once the primary
 * has persisted it, so a request is answered only once its consumption is on disk, as in one process.
 */
import type { Clock } from '../shared/clock.js';
import { systemClock } from '../shared/clock.js';
import { CountersUnavailable, type AdmitRequest, type Counters, type QuotaDef, type UsageDay, type Verdict } from './limiter.js';

/** The operations a worker asks of the primary's counters, with their arguments. */
export interface CounterCalls {
  admit: [AdmitRequest[]];
  quotaUsed: [string, string, QuotaDef];
  usage: [string, string, string, string];
  setRemaining: [string, string, QuotaDef, number];
}
export type CounterOp = keyof CounterCalls;

/** One round trip to the primary: an operation, its arguments, its answer (rejects when the primary is gone). */
export type CallPrimary = <K extends CounterOp>(op: K, args: CounterCalls[K]) => Promise<unknown>;

interface Pending {
  reqs: AdmitRequest[];
  settle: ((v: Verdict | Error) => void)[];
}

export class PrimaryCounters implements Counters {
  readonly clock: Clock;
  readonly #call: CallPrimary;
  #pending: Pending | undefined;

  constructor(call: CallPrimary, clock: Clock = systemClock) {
    this.#call = call;
    this.clock = clock;
  }

  /** Nothing to count (no bucket applies, no key): admitted here, without asking. Anything else asks the primary. */
  admitNow(req: AdmitRequest): Verdict | undefined {
    return req.consumer === undefined && req.buckets.length === 0 ? 'ADMITTED' : undefined;
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

  /** The counters are the primary's: it closes them. */
  async close(): Promise<void> {}
}

/**
 * The primary's side: a worker's call answered by the counters it owns. A batch of admissions is
 * decided in its order, each synchronously when the counters can (no consumer to persist), so that
 * nothing of another batch comes between; the answer waits for the keyed ones to be persisted.
 */
export async function serveCounters<K extends CounterOp>(counters: Counters, op: K, args: CounterCalls[K]): Promise<unknown> {
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
