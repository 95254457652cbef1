import { type Clock } from '../shared/clock.js';
import { type AdmitRequest, type Counters, type QuotaDef, type UsageDay, type Verdict } from './limiter.js';
export declare class MemoryCounters implements Counters {
    #private;
    readonly clock: Clock;
    constructor(opts: {
        path: string;
        clock?: Clock;
    });
    admit(req: AdmitRequest): Promise<Verdict>;
    /** Requests of no consumer (no API key) have nothing to persist: decided without waiting. */
    admitNow(req: AdmitRequest): Verdict | undefined;
    quotaUsed(planId: string, keyId: string, quota: QuotaDef): Promise<number>;
    usage(planId: string, keyId: string, fromDay: string, toDay: string): Promise<UsageDay[]>;
    setRemaining(planId: string, keyId: string, quota: QuotaDef, remaining: number): Promise<void>;
    close(): Promise<void>;
}
