/**
 * RedisCounters: the Counters contract against the Redis on 127.0.0.1:6379 (CI's .ci/run starts
 * one; locally `redis-server --save '' --appendonly no`). Without it this file FAILS: it never skips.
 * Then the failure policy's raw material: an unreachable Redis answers CountersUnavailable at once.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createConnection } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { CountersUnavailable } from '../../src/throttle/limiter.js';
import { RedisCounters } from '../../src/throttle/redis.js';
import { freePort } from '../helpers/process.js';
import { countersContract } from './limiter.contract.js';
export const REDIS_URL = process.env.TOLLGATE_TEST_REDIS ?? 'redis://127.0.0.1:6379';
before(async () => {
    const u = new URL(REDIS_URL);
    await new Promise((resolve, reject) => {
        const s = createConnection({ host: u.hostname, port: Number(u.port || 6379) }, () => {
            s.end();
            resolve();
        });
        s.once('error', (e) => reject(new Error(`Redis is required at ${REDIS_URL} (start one: redis-server --save '' --appendonly no): ${e.message}`)));
    });
});
// The suite's keys live under their own prefix and are deleted afterwards (the usage records of the
// fake 2026 dates would otherwise stay for their 400-day retention).
const PREFIX = `tollgate-test:${randomUUID().slice(0, 8)}:`;
after(async () => {
    const r = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
    try {
        await r.connect();
        let cursor = '0';
        do {
            const [next, keys] = await r.scan(cursor, 'MATCH', `${PREFIX}*`, 'COUNT', 1000);
            if (keys.length)
                await r.del(...keys);
            cursor = next;
        } while (cursor !== '0');
    }
    finally {
        r.disconnect();
    }
});
countersContract(`RedisCounters (${REDIS_URL})`, async (clock) => {
    const c = new RedisCounters({ url: REDIS_URL, clock, prefix: PREFIX });
    assert.equal(await c.ready(5000), true, `Redis at ${REDIS_URL} did not become ready`);
    return c;
});
describe('RedisCounters without Redis', () => {
    it('answers CountersUnavailable within the command timeout, for admit and for reads', async () => {
        const c = new RedisCounters({ url: `redis://127.0.0.1:${await freePort()}` });
        try {
            const started = performance.now();
            await assert.rejects(c.admit({ buckets: [{ key: 'x', rate: 1, burst: 1 }] }), CountersUnavailable);
            await assert.rejects(c.usage('p', 'k', '2026-01-01', '2026-01-02'), CountersUnavailable);
            assert.ok(performance.now() - started < 1500, 'no waiting for a connection');
        }
        finally {
            await c.close();
        }
    });
});
//# sourceMappingURL=redis.test.js.map