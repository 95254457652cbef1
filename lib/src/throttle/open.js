/**
 * Which counters a Tollgate process uses: Redis when `--redis` is set (shared by every node using
 * it), else the in-process ones, persisted in `counters.db` next to `tollgate.db` (`:memory:` with
 * --memory). Startup waits up to 2 s for Redis; after that the failure policy covers the gap.
 */
import { join } from 'node:path';
import { MemoryCounters } from './memory.js';
import { RedisCounters } from './redis.js';
export async function openCounters(config, log) {
    if (config.redis) {
        const c = new RedisCounters({ url: config.redis, log });
        if (!(await c.ready(2000)))
            log.warn('redis not reachable at startup: requests to throttled or keyed methods follow --redis-failure until it is');
        return c;
    }
    return new MemoryCounters({ path: config.memory ? ':memory:' : join(config.dataDir, 'counters.db') });
}
