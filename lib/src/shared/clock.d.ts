/**
 * The one source of "now" for code whose behaviour depends on time (token buckets, quota periods,
 * usage days), injectable so that tests can drive time by hand instead of sleeping.
 */
export interface Clock {
    /** Epoch milliseconds. */
    now(): number;
}
export declare const systemClock: Clock;
/** A clock that moves only when told to. */
export declare class ManualClock implements Clock {
    #private;
    constructor(start?: number | Date);
    now(): number;
    set(at: number | Date | string): void;
    advance(ms: number): void;
}
