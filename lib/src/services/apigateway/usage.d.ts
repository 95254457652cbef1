import { type Counters } from '../../throttle/limiter.js';
import type { Handlers } from './context.js';
import { type UsagePlan } from './usage-plans.js';
/** `[used, remaining]` per day of [start, end] for one key of a plan. */
export declare function usagePairs(counters: Counters, plan: UsagePlan, keyId: string, start: number, end: number): Promise<number[][]>;
export declare const usageHandlers: Handlers;
