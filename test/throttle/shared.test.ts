/**
 * The counters of `--workers N` without Redis (src/throttle/shared.ts), in one process: two workers'
 * PrimaryCounters asking one primary's MemoryCounters through serveCounters, each call delivered a turn
 * later (setImmediate, in order, as over the IPC channel). Time is a ManualClock. What is pinned: big
 * buckets are lent in blocks and spent without asking; what the workers admit stays within the bound the
 * module states (burst + rate × time + what is on lease) and, once the leases are given back, is exactly
 * the bucket's; small buckets, keyed requests and quotas are never leased; near the limit nothing is lent.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManualClock } from '../../src/shared/clock.js';
import type { AdmitRequest, BucketSpec, Verdict } from '../../src/throttle/limiter.js';
import { MemoryCounters } from '../../src/throttle/memory.js';
import { LEASE_MAX, LEASE_MS, leaseBlock, PrimaryCounters, serveCounters, type CallPrimary } from '../../src/throttle/shared.js';

const WORKERS = 2;
const nextTurn = (): Promise<void> => new Promise((r) => setImmediate(r));

/** One primary and two workers; `calls` counts the messages of each kind the workers sent. */
function cluster(clock: ManualClock) {
  const primary = new MemoryCounters({ path: ':memory:', clock });
  const calls: Record<string, number> = {};
  const channel: CallPrimary = (op, args) => {
    calls[op] = (calls[op] ?? 0) + 1;
    return new Promise((resolve, reject) =>
      setImmediate(() => {
        serveCounters(primary, WORKERS, op, args as never).then(resolve, reject);
      }),
    );
  };
  const workers = [new PrimaryCounters(channel, clock, WORKERS), new PrimaryCounters(channel, clock, WORKERS)];
  return { primary, workers, calls };
}

/** One request on `w` as the pipeline makes it (src/pipeline/admission.ts): synchronous when it can be. */
async function request(w: PrimaryCounters, req: AdmitRequest): Promise<Verdict> {
  return w.admitNow(req) ?? (await w.admit(req));
}

/** `n` requests per worker, all sent in one turn per worker (as a burst of connections would arrive), awaited. */
async function wave(workers: PrimaryCounters[], n: number, req: () => AdmitRequest): Promise<number> {
  const all = workers.flatMap((w) => Array.from({ length: n }, () => request(w, req())));
  return (await Promise.all(all)).filter((v) => v === 'ADMITTED').length;
}

/** What the module states the workers may hold on lease at once: N × (1.5 block + 1). */
const onLease = (b: BucketSpec): number => WORKERS * (1.5 * leaseBlock(b, WORKERS) + 1);

describe('PrimaryCounters leases (--workers without Redis)', () => {
  it('sizes a block at most LEASE_MAX and a 32nd of the burst per worker, and lends none of a small bucket', () => {
    assert.equal(leaseBlock({ key: 'a', rate: 10_000, burst: 5_000 }, 2), 78);
    assert.equal(leaseBlock({ key: 'a', rate: 1_000_000, burst: 1_000_000 }, 2), LEASE_MAX);
    assert.equal(leaseBlock({ key: 'a', rate: 100, burst: 1_000 }, 2), 15);
    assert.equal(leaseBlock({ key: 's', rate: 0, burst: 40 }, 2), 0);
    assert.equal(leaseBlock({ key: 's', rate: 0, burst: 511 }, 2), 0);
    assert.equal(leaseBlock({ key: 's', rate: 0, burst: 512 }, 2), 8);
    assert.equal(leaseBlock({ key: 'a', rate: 10_000, burst: 5_000 }, 0), 0);
  });

  it('spends a big bucket without asking the primary per request, and admits exactly its burst once the leases are given back', async () => {
    const clock = new ManualClock();
    const { primary, workers, calls } = cluster(clock);
    const bucket: BucketSpec = { key: 'a:acct:us-east-1', rate: 0, burst: 5_000 };
    // Worker 1 alone: 2,000 requests, all admitted, in few messages (blocks, while the bucket stays over half full).
    let first = 0;
    for (let i = 0; i < 200; i++) first += await wave([workers[0]], 10, () => ({ buckets: [bucket] }));
    assert.equal(first, 2_000);
    const asked = (calls.admit ?? 0) + (calls.lend ?? 0);
    assert.ok(asked < 2_000 / 32, `${asked} messages for 2,000 requests`);
    // Worker 2 alone, past the burst: no more than what is left, less at most what worker 1 still holds.
    let second = 0;
    for (let i = 0; i < 300; i++) second += await wave([workers[1]], 10, () => ({ buckets: [bucket] }));
    assert.ok(first + second <= bucket.burst, `never more than the burst with no refill (${first + second})`);
    assert.ok(first + second >= bucket.burst - onLease(bucket), `at most what is on lease left unspent (${first + second})`);
    // Past LEASE_MS, worker 1's next request gives back the rest of its lease (before its own admission reaches the
    // primary: one channel, in order); the bucket, under half full, lends nothing: the primary decides each request.
    clock.advance(LEASE_MS);
    const third = (await wave([workers[0]], 1, () => ({ buckets: [bucket] }))) + (await wave([workers[1]], 100, () => ({ buckets: [bucket] })));
    assert.equal(calls.giveBack, 1);
    assert.equal(first + second + third, bucket.burst, 'exactly the burst in all');
    await Promise.all(workers.map((w) => w.close()));
    await primary.close();
  });

  it('admits burst + rate × time within what is on lease, under a demand above the rate', async () => {
    const clock = new ManualClock();
    const { primary, workers } = cluster(clock);
    const bucket: BucketSpec = { key: 'a:acct:us-east-1', rate: 100, burst: 1_000 };
    let admitted = 0;
    // 10 s in steps of 5 ms, 2 requests per worker per step: 800 requests/s against a rate of 100.
    const seconds = 10;
    for (let t = 0; t < seconds * 1000; t += 5) {
      admitted += await wave(workers, 2, () => ({ buckets: [bucket] }));
      clock.advance(5);
    }
    const exact = bucket.burst + bucket.rate * seconds;
    assert.ok(Math.abs(admitted - exact) <= onLease(bucket), `admitted ${admitted}, one exact bucket ${exact}, on lease at most ${onLease(bucket)}`);
    await Promise.all(workers.map((w) => w.close()));
    await primary.close();
  });

  it('asks the primary for every request with a small bucket, and lends nothing of the big one beside it', async () => {
    const clock = new ManualClock();
    const { primary, workers, calls } = cluster(clock);
    const stage: BucketSpec = { key: 's:api:dev:/:GET', rate: 0, burst: 40 };
    const account: BucketSpec = { key: 'a:acct:us-east-1', rate: 10_000, burst: 5_000 };
    let admitted = 0;
    for (let i = 0; i < 10; i++) admitted += await wave(workers, 50, () => ({ buckets: [stage, account] }));
    assert.equal(admitted, 40);
    assert.equal(calls.lend ?? 0, 0);
    await primary.close();
  });

  it('never leases for a keyed request: the quota stays exact over both workers', async () => {
    const clock = new ManualClock();
    const { primary, workers, calls } = cluster(clock);
    const account: BucketSpec = { key: 'a:acct:us-east-1', rate: 10_000, burst: 5_000 };
    const consumer = { planId: 'p', keyId: 'k', quota: { limit: 100, period: 'DAY' as const } };
    const keyed = (): AdmitRequest => ({ buckets: [account], consumer });
    // Leases of the account bucket held by both workers (from requests without a key) change nothing for keyed ones.
    await wave(workers, 5, () => ({ buckets: [account] }));
    await wave(workers, 5, () => ({ buckets: [account] }));
    assert.ok((calls.lend ?? 0) >= 2);
    for (const w of workers) assert.equal(w.admitNow(keyed()), undefined);
    let admitted = 0;
    for (let i = 0; i < 10; i++) admitted += await wave(workers, 50, keyed);
    assert.equal(admitted, 100);
    assert.equal(await primary.quotaUsed('p', 'k', consumer.quota), 100);
    await primary.close();
  });

  it('lends nothing once a bucket is under half full, and gives back a lease whose limits changed', async () => {
    const clock = new ManualClock();
    const primary = new MemoryCounters({ path: ':memory:', clock });
    const b: BucketSpec = { key: 'b', rate: 0, burst: 1_000 };
    assert.equal(primary.lend(b, 15, 500), 15);
    for (let i = 0; i < 470; i++) assert.equal(primary.admitNow({ buckets: [b] }), 'ADMITTED');
    assert.equal(primary.lend(b, 15, 500), 15, '515 left: 500 stay');
    assert.equal(primary.lend(b, 15, 500), 0, '500 left: lending 15 would leave fewer than half');
    primary.giveBack(b, 30);
    assert.equal(primary.lend(b, 30, 500), 30, 'the tokens given back are in the bucket again');
    primary.giveBack({ ...b, rate: 1 }, 10_000);
    let left = 0;
    while (primary.admitNow({ buckets: [b] }) === 'ADMITTED') left++;
    assert.equal(left, 1_000, 'a bucket holds at most its burst, whatever is given back');

    await primary.close();

    const { primary: shared, workers, calls } = cluster(clock);
    const stage: BucketSpec = { key: 's:api:dev:/:GET', rate: 0, burst: 2_000 };
    await wave(workers, 1, () => ({ buckets: [stage] }));
    await nextTurn();
    assert.equal(workers[0].admitNow({ buckets: [stage] }), 'ADMITTED', 'spent from the lease');
    const before = calls.giveBack ?? 0;
    // An UpdateStage: the same bucket key, another burst.
    assert.equal(workers[0].admitNow({ buckets: [{ ...stage, burst: 4_000 }] }), undefined);
    await nextTurn();
    assert.equal(calls.giveBack, before + 1);
    await shared.close();
  });
});
