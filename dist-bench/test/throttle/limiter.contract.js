/**
 * The Counters contract (src/throttle/limiter.ts), one suite for every implementation: memory.test.ts
 * and redis.test.ts run it. Time is a ManualClock: nothing here sleeps. Every test uses fresh plan,
 * key and bucket names, so implementations with shared state (one Redis) need no cleanup.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { ManualClock } from '../../src/shared/clock.js';
import { dayStart, effectiveLimit, periodWindow } from '../../src/throttle/limiter.js';
const T0 = Date.parse('2026-01-01T12:00:00.000Z'); // a Thursday
const count = (vs) => {
    const out = { ADMITTED: 0, THROTTLED: 0, QUOTA_EXCEEDED: 0 };
    for (const v of vs)
        out[v]++;
    return out;
};
export function countersContract(name, make) {
    describe(`Counters contract: ${name}`, () => {
        let clock;
        let c;
        let id;
        beforeEach(async () => {
            clock = new ManualClock(T0);
            c = await make(clock);
            id = randomUUID().slice(0, 8);
        });
        afterEach(async () => {
            await c.close();
        });
        const bucket = (name, rate, burst) => ({ key: `${id}:${name}`, rate, burst });
        const n = async (times, req) => {
            const out = [];
            for (let i = 0; i < times; i++)
                out.push(await c.admit(req()));
            return out;
        };
        const keyed = (quota, buckets = [], keyId = 'k1', planId = `p${id}`) => ({
            buckets,
            consumer: { planId, keyId, quota },
        });
        describe('token buckets', () => {
            it('start full: exactly burst requests pass at once, the next is throttled', async () => {
                const b = bucket('a', 10, 5);
                assert.deepEqual(count(await n(6, () => ({ buckets: [b] }))), { ADMITTED: 5, THROTTLED: 1, QUOTA_EXCEEDED: 0 });
            });
            it('refill at rate tokens per second, fractions included, never above burst', async () => {
                const b = bucket('a', 4, 2);
                assert.deepEqual(await n(3, () => ({ buckets: [b] })), ['ADMITTED', 'ADMITTED', 'THROTTLED']);
                clock.advance(249); // 0.996 of a token
                assert.equal(await c.admit({ buckets: [b] }), 'THROTTLED');
                clock.advance(1);
                assert.equal(await c.admit({ buckets: [b] }), 'ADMITTED');
                clock.advance(60_000); // an idle minute refills to burst, not to 240
                assert.deepEqual(count(await n(3, () => ({ buckets: [b] }))), { ADMITTED: 2, THROTTLED: 1, QUOTA_EXCEEDED: 0 });
                const slow = bucket('slow', 0.5, 1);
                assert.deepEqual(await n(2, () => ({ buckets: [slow] })), ['ADMITTED', 'THROTTLED']);
                clock.advance(1999);
                assert.equal(await c.admit({ buckets: [slow] }), 'THROTTLED');
                clock.advance(1);
                assert.equal(await c.admit({ buckets: [slow] }), 'ADMITTED');
            });
            it('admit at the configured rate under a steady overload', async () => {
                // 3× the rate for 10 simulated seconds: burst + rate × 10 pass.
                const b = bucket('a', 20, 10);
                let admitted = 0;
                for (let i = 0; i < 600; i++) {
                    if ((await c.admit({ buckets: [b] })) === 'ADMITTED')
                        admitted++;
                    clock.advance(1000 / 60);
                }
                assert.ok(Math.abs(admitted - (10 + 20 * 10)) <= 1, `admitted ${admitted}`);
            });
            it('take from every bucket or from none', async () => {
                const tight = bucket('tight', 0, 1);
                const wide = bucket('wide', 0, 5);
                assert.deepEqual(await n(3, () => ({ buckets: [wide, tight] })), ['ADMITTED', 'THROTTLED', 'THROTTLED']);
                // The refused requests took nothing from `wide`: 4 of its 5 tokens are left.
                assert.deepEqual(count(await n(5, () => ({ buckets: [wide] }))), { ADMITTED: 4, THROTTLED: 1, QUOTA_EXCEEDED: 0 });
            });
            it('a burst below 1 passes nothing; a rate of 0 never refills; buckets are independent by key', async () => {
                assert.equal(await c.admit({ buckets: [bucket('zero', 100, 0)] }), 'THROTTLED');
                const none = bucket('none', 0, 1);
                assert.equal(await c.admit({ buckets: [none] }), 'ADMITTED');
                clock.advance(3_600_000);
                assert.equal(await c.admit({ buckets: [none] }), 'THROTTLED');
                assert.equal(await c.admit({ buckets: [bucket('other', 0, 1)] }), 'ADMITTED');
            });
            it('a clock behind the last update refills nothing and does not break the bucket', async () => {
                const b = bucket('a', 1, 1);
                assert.equal(await c.admit({ buckets: [b] }), 'ADMITTED');
                clock.advance(-5000); // another node whose clock lags
                assert.equal(await c.admit({ buckets: [b] }), 'THROTTLED');
                clock.advance(5000 + 1000);
                assert.equal(await c.admit({ buckets: [b] }), 'ADMITTED');
            });
            it('admitNow, where implemented, decides as admit does and shares its buckets; a consumer always goes through admit', async () => {
                if (!c.admitNow)
                    return; // optional: the pipeline then awaits admit()
                const b = bucket('now', 0, 3);
                assert.equal(c.admitNow({ buckets: [b] }), 'ADMITTED');
                assert.equal(await c.admit({ buckets: [b] }), 'ADMITTED');
                assert.equal(c.admitNow({ buckets: [b] }), 'ADMITTED');
                assert.equal(c.admitNow({ buckets: [b] }), 'THROTTLED', 'three tokens, taken by both ways in turn');
                assert.equal(await c.admit({ buckets: [b] }), 'THROTTLED');
                assert.equal(c.admitNow(keyed(undefined, [bucket('fresh', 0, 1)])), undefined, 'usage must be persisted first');
                assert.equal(await c.admit({ buckets: [bucket('fresh', 0, 1)] }), 'ADMITTED', 'and nothing was taken by the refusal');
            });
        });
        describe('quotas', () => {
            it('admit exactly the limit in a period and record usage; requests without a consumer record nothing', async () => {
                const q = { limit: 3, period: 'DAY' };
                assert.deepEqual(await n(5, () => keyed(q)), ['ADMITTED', 'ADMITTED', 'ADMITTED', 'QUOTA_EXCEEDED', 'QUOTA_EXCEEDED']);
                assert.equal(await c.quotaUsed(`p${id}`, 'k1', q), 3);
                await c.admit({ buckets: [] });
                assert.deepEqual(await c.usage(`p${id}`, 'k1', '2025-12-01', '2026-12-31'), [{ day: '2026-01-01', used: 3, periodId: 'D2026-01-01', quotaUsed: 3 }]);
                assert.deepEqual(await c.usage(`p${id}`, 'k2', '2025-12-01', '2026-12-31'), []);
            });
            it('are per plan and key', async () => {
                const q = { limit: 1, period: 'DAY' };
                assert.equal(await c.admit(keyed(q, [], 'k1')), 'ADMITTED');
                assert.equal(await c.admit(keyed(q, [], 'k1')), 'QUOTA_EXCEEDED');
                assert.equal(await c.admit(keyed(q, [], 'k2')), 'ADMITTED');
                assert.equal(await c.admit(keyed(q, [], 'k1', `other${id}`)), 'ADMITTED');
            });
            it('throttled requests consume no quota and record no usage; over-quota requests take no tokens', async () => {
                const q = { limit: 5, period: 'DAY' };
                const b = bucket('a', 0, 2);
                assert.deepEqual(await n(4, () => keyed(q, [b])), ['ADMITTED', 'ADMITTED', 'THROTTLED', 'THROTTLED']);
                assert.equal(await c.quotaUsed(`p${id}`, 'k1', q), 2);
                assert.equal((await c.usage(`p${id}`, 'k1', '2026-01-01', '2026-01-01'))[0].used, 2);
                const q1 = { limit: 1, period: 'DAY' };
                const wide = bucket('wide', 0, 3);
                assert.deepEqual(await n(3, () => keyed(q1, [wide], 'k9')), ['ADMITTED', 'QUOTA_EXCEEDED', 'QUOTA_EXCEEDED']);
                assert.deepEqual(count(await n(3, () => ({ buckets: [wide] }))), { ADMITTED: 2, THROTTLED: 1, QUOTA_EXCEEDED: 0 });
            });
            it('DAY rolls over at 00:00 UTC', async () => {
                const q = { limit: 2, period: 'DAY' };
                clock.set('2026-01-01T23:59:59.999Z');
                assert.deepEqual(await n(3, () => keyed(q)), ['ADMITTED', 'ADMITTED', 'QUOTA_EXCEEDED']);
                clock.set('2026-01-02T00:00:00.000Z');
                assert.deepEqual(await n(3, () => keyed(q)), ['ADMITTED', 'ADMITTED', 'QUOTA_EXCEEDED']);
                assert.deepEqual(await c.usage(`p${id}`, 'k1', '2026-01-01', '2026-01-02'), [
                    { day: '2026-01-01', used: 2, periodId: 'D2026-01-01', quotaUsed: 2 },
                    { day: '2026-01-02', used: 2, periodId: 'D2026-01-02', quotaUsed: 2 },
                ]);
            });
            it('WEEK runs Sunday 00:00 UTC to Sunday, across a year boundary', async () => {
                const q = { limit: 2, period: 'WEEK' };
                clock.set('2025-12-28T00:00:00.000Z'); // Sunday: the week of Thursday 2026-01-01 starts here
                assert.equal(await c.admit(keyed(q)), 'ADMITTED');
                clock.set('2026-01-03T23:59:59.999Z'); // Saturday, same week
                assert.deepEqual(await n(2, () => keyed(q)), ['ADMITTED', 'QUOTA_EXCEEDED']);
                clock.set('2026-01-04T00:00:00.000Z'); // Sunday: a new week
                assert.deepEqual(await n(3, () => keyed(q)), ['ADMITTED', 'ADMITTED', 'QUOTA_EXCEEDED']);
                const days = await c.usage(`p${id}`, 'k1', '2025-12-28', '2026-01-04');
                assert.deepEqual(days.map((d) => [d.day, d.used, d.periodId, d.quotaUsed]), [
                    ['2025-12-28', 1, 'W2025-12-28', 1],
                    ['2026-01-03', 1, 'W2025-12-28', 2],
                    ['2026-01-04', 2, 'W2026-01-04', 2],
                ]);
            });
            it('MONTH resets on the 1st, whatever the month length', async () => {
                const q = { limit: 1, period: 'MONTH' };
                clock.set('2028-02-01T00:00:00.000Z');
                assert.deepEqual(await n(2, () => keyed(q)), ['ADMITTED', 'QUOTA_EXCEEDED']);
                clock.set('2028-02-29T23:59:59.999Z'); // leap day, same month
                assert.equal(await c.admit(keyed(q)), 'QUOTA_EXCEEDED');
                clock.set('2028-03-01T00:00:00.000Z');
                assert.equal(await c.admit(keyed(q)), 'ADMITTED');
            });
            it('offset comes off the limit in the initial period only', async () => {
                const q = { limit: 5, period: 'DAY', offset: 3, initialAt: T0 - 3_600_000 };
                assert.deepEqual(count(await n(4, () => keyed(q))), { ADMITTED: 2, THROTTLED: 0, QUOTA_EXCEEDED: 2 });
                clock.set('2026-01-02T00:00:00.000Z');
                assert.deepEqual(count(await n(6, () => keyed(q))), { ADMITTED: 5, THROTTLED: 0, QUOTA_EXCEEDED: 1 });
                const big = { limit: 2, period: 'DAY', offset: 10, initialAt: clock.now() };
                assert.equal(await c.admit(keyed(big, [], 'k3')), 'QUOTA_EXCEEDED', 'an offset above the limit leaves 0');
            });
            it('setRemaining grants (or takes away) requests in the current period only', async () => {
                const q = { limit: 3, period: 'DAY' };
                await n(4, () => keyed(q));
                await c.setRemaining(`p${id}`, 'k1', q, 10);
                assert.equal(await c.quotaUsed(`p${id}`, 'k1', q), -7);
                assert.deepEqual(count(await n(11, () => keyed(q))), { ADMITTED: 10, THROTTLED: 0, QUOTA_EXCEEDED: 1 });
                await c.setRemaining(`p${id}`, 'k1', q, 0);
                assert.equal(await c.admit(keyed(q)), 'QUOTA_EXCEEDED');
                assert.deepEqual(await c.usage(`p${id}`, 'k1', '2026-01-01', '2026-01-01'), [{ day: '2026-01-01', used: 13, periodId: 'D2026-01-01', quotaUsed: 3 }]);
                clock.set('2026-01-02T08:00:00.000Z');
                assert.equal(await c.quotaUsed(`p${id}`, 'k1', q), 0);
                await c.setRemaining(`p${id}`, 'k2', q, 1); // a key with no usage yet: a record of 0 used
                assert.deepEqual(await c.usage(`p${id}`, 'k2', '2026-01-02', '2026-01-02'), [{ day: '2026-01-02', used: 0, periodId: 'D2026-01-02', quotaUsed: 2 }]);
                assert.deepEqual(await n(2, () => keyed(q, [], 'k2')), ['ADMITTED', 'QUOTA_EXCEEDED']);
            });
            it('admit exactly the quota among 1,000 concurrent requests', async () => {
                const q = { limit: 100, period: 'DAY' };
                const b = bucket('acct', 10_000, 5000);
                const verdicts = await Promise.all(Array.from({ length: 1000 }, () => c.admit(keyed(q, [b]))));
                assert.deepEqual(count(verdicts), { ADMITTED: 100, THROTTLED: 0, QUOTA_EXCEEDED: 900 });
                assert.equal(await c.quotaUsed(`p${id}`, 'k1', q), 100);
            });
        });
    });
}
/** The pure period arithmetic both implementations rely on. */
export function periodFacts() {
    describe('quota periods (UTC)', () => {
        it('DAY, WEEK (from Sunday) and MONTH windows', () => {
            const at = Date.parse('2026-01-01T12:34:56Z');
            assert.deepEqual(periodWindow(at, 'DAY'), {
                id: 'D2026-01-01',
                start: Date.parse('2026-01-01T00:00:00Z'),
                end: Date.parse('2026-01-02T00:00:00Z'),
            });
            assert.deepEqual(periodWindow(at, 'WEEK'), {
                id: 'W2025-12-28',
                start: Date.parse('2025-12-28T00:00:00Z'),
                end: Date.parse('2026-01-04T00:00:00Z'),
            });
            assert.deepEqual(periodWindow(Date.parse('2026-01-04T00:00:00Z'), 'WEEK').id, 'W2026-01-04');
            assert.deepEqual(periodWindow(at, 'MONTH'), {
                id: 'M2026-01',
                start: Date.parse('2026-01-01T00:00:00Z'),
                end: Date.parse('2026-02-01T00:00:00Z'),
            });
            assert.equal(periodWindow(Date.parse('2026-12-31T23:59:59.999Z'), 'MONTH').end, Date.parse('2027-01-01T00:00:00Z'));
        });
        it('effective limit: offset in the initial period only, never negative', () => {
            const w = periodWindow(T0, 'DAY');
            assert.equal(effectiveLimit({ limit: 10, period: 'DAY', offset: 4, initialAt: T0 }, w), 6);
            assert.equal(effectiveLimit({ limit: 10, period: 'DAY', offset: 4, initialAt: T0 - 86_400_000 }, w), 10);
            assert.equal(effectiveLimit({ limit: 10, period: 'DAY', offset: 40, initialAt: T0 }, w), 0);
            assert.equal(effectiveLimit({ limit: 10, period: 'DAY', offset: 4 }, w), 10);
        });
        it('parses calendar days only', () => {
            assert.equal(dayStart('2026-02-28'), Date.parse('2026-02-28T00:00:00Z'));
            for (const bad of ['2026-02-29', '2026-13-01', '2026-1-01', '20260101', ''])
                assert.ok(Number.isNaN(dayStart(bad)), bad);
        });
    });
}
//# sourceMappingURL=limiter.contract.js.map