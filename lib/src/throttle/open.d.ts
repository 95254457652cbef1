import type { Config } from '../config/options.js';
import type { Logger } from '../shared/log.js';
import type { Counters } from './limiter.js';
export declare function openCounters(config: Pick<Config, 'redis' | 'memory' | 'dataDir'>, log: Logger): Promise<Counters>;
