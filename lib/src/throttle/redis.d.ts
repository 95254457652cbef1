import { type Clock } from '../shared/clock.js';
import type { Logger } from '../shared/log.js';
import { type AdmitRequest, type Counters, type QuotaDef, type UsageDay, type Verdict } from './limiter.js';
export declare const COMMAND_TIMEOUT_MS = 1000;
/** How long daily usage records are kept (not recorded for AWS; long enough for a year of GetUsage). */
export declare const RETENTION_DAYS = 400;
export interface RedisCountersOptions {
    url: string;
    clock?: Clock;
    log?: Logger;
    commandTimeoutMs?: number;
    /** Key prefix (default `tollgate:`). */ prefix?: string;
}
export declare class RedisCounters implements Counters {
    #private;
    readonly clock: Clock;
    constructor(opts: RedisCountersOptions);
    /** Resolves when connected, or after `timeoutMs` (the policy covers the rest); true when connected. */
    ready(timeoutMs?: number): Promise<boolean>;
    admit(req: AdmitRequest): Promise<Verdict>;
    quotaUsed(planId: string, keyId: string, quota: QuotaDef): Promise<number>;
    usage(planId: string, keyId: string, fromDay: string, toDay: string): Promise<UsageDay[]>;
    setRemaining(planId: string, keyId: string, quota: QuotaDef, remaining: number): Promise<void>;
    ping(): Promise<void>;
    close(): Promise<void>;
}
