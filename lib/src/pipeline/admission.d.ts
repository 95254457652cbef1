import type { Logger } from '../shared/log.js';
import type { Store } from '../store/store.js';
import { type BucketSpec, type Counters } from '../throttle/limiter.js';
import { type ApiKeys } from './api-key.js';
import type { Invocation } from './invocation.js';
export interface AdmissionOptions {
    counters: Counters;
    keys: ApiKeys;
    accountRateLimit?: number | undefined;
    accountBurstLimit?: number | undefined;
    redisFailure: 'open' | 'closed';
    log: Logger;
}
/** A bucket for (rate, burst), or none when the pair limits nothing. */
export declare function bucketOf(key: string, rate: number | undefined, burst: number | undefined): BucketSpec | undefined;
export declare class Admission {
    #private;
    constructor(o: AdmissionOptions);
    /**
     * API key, throttles and quota. Synchronous for a method without an API key when the counters
     * decide in-process (Counters.admitNow); a promise otherwise.
     */
    admit(inv: Invocation): void | Promise<void>;
}
/** The admission step of an app: its counters, a key table on its store, the configured account throttle and policy. */
export declare function createAdmission(store: Store, counters: Counters, config: Pick<AdmissionOptions, 'accountRateLimit' | 'accountBurstLimit' | 'redisFailure'>, log: Logger): Admission;
