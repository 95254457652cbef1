/**
 * Which counters a Tollgate process uses: Redis when `--redis` is set (shared by every node using
 * it), else the in-process ones, persisted in `counters.db` next to `tollgate.db` (`:memory:` with
 * --memory). Startup waits up to 2 s for Redis; after that the failure policy covers the gap.
 */
import { join } from 'node:path';
import type { Config } from '../config/options.js';
import type { Clock } from '../shared/clock.js';
import type { Logger } from '../shared/log.js';
import type { Counters } from './limiter.js';
import { MemoryCounters } from './memory.js';
import { RedisCounters } from './redis.js';

export async function openCounters(config: Pick<Config, 'redis' | 'redisTimeoutMs' | 'memory' | 'dataDir'>, log: Logger, clock?: Clock): Promise<Counters> {
  if (config.redis) {
    const c = new RedisCounters({ url: config.redis, log, clock, commandTimeoutMs: config.redisTimeoutMs });
    if (!(await c.ready(2000))) log.warn('redis not reachable at startup: requests to throttled or keyed methods follow --redis-failure until it is');
    return c;
  }
  return new MemoryCounters({ path: config.memory ? ':memory:' : join(config.dataDir, 'counters.db'), clock });
}
