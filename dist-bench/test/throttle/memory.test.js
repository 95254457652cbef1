/**
 * MemoryCounters: the Counters contract on `:memory:` and on a file, then what only the file gives:
 * consumed quota and usage survive a reopen (the process-level kill -9 proof is in
 * test/pipeline/usage-plans.test.ts).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ManualClock } from '../../src/shared/clock.js';
import { MemoryCounters } from '../../src/throttle/memory.js';
import { countersContract, periodFacts } from './limiter.contract.js';
const dir = mkdtempSync(join(tmpdir(), 'tollgate-counters-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
periodFacts();
countersContract('MemoryCounters (:memory:)', async (clock) => new MemoryCounters({ path: ':memory:', clock }));
countersContract('MemoryCounters (file)', async (clock) => new MemoryCounters({ path: join(dir, `c${++n}`, 'counters.db'), clock }));
describe('MemoryCounters on a file', () => {
    it('keeps consumed quota and daily usage across a reopen; buckets start full again', async () => {
        const path = join(dir, 'reopen', 'counters.db');
        const clock = new ManualClock(Date.parse('2026-03-10T10:00:00Z'));
        const q = { limit: 5, period: 'MONTH' };
        const bucket = { key: 'b', rate: 0, burst: 3 };
        let c = new MemoryCounters({ path, clock });
        for (let i = 0; i < 3; i++)
            assert.equal(await c.admit({ buckets: [bucket], consumer: { planId: 'p', keyId: 'k', quota: q } }), 'ADMITTED');
        assert.equal(await c.admit({ buckets: [bucket], consumer: { planId: 'p', keyId: 'k', quota: q } }), 'THROTTLED');
        await c.close();
        clock.set('2026-03-11T10:00:00Z');
        c = new MemoryCounters({ path, clock });
        try {
            assert.equal(await c.quotaUsed('p', 'k', q), 3);
            const verdicts = [];
            for (let i = 0; i < 3; i++)
                verdicts.push(await c.admit({ buckets: [bucket], consumer: { planId: 'p', keyId: 'k', quota: q } }));
            assert.deepEqual(verdicts, ['ADMITTED', 'ADMITTED', 'QUOTA_EXCEEDED']);
            assert.deepEqual(await c.usage('p', 'k', '2026-03-01', '2026-03-31'), [
                { day: '2026-03-10', used: 3, periodId: 'M2026-03', quotaUsed: 3 },
                { day: '2026-03-11', used: 2, periodId: 'M2026-03', quotaUsed: 5 },
            ]);
        }
        finally {
            await c.close();
        }
    });
});
//# sourceMappingURL=memory.test.js.map