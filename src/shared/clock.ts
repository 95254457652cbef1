/**
 * The one source of "now" for code whose behaviour depends on time (token buckets, quota periods,
 * usage days), injectable so that tests can drive time by hand instead of sleeping.
 */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that moves only when told to. */
export class ManualClock implements Clock {
  #ms: number;
  constructor(start: number | Date = Date.UTC(2026, 0, 1)) {
    this.#ms = typeof start === 'number' ? start : start.getTime();
  }
  now(): number {
    return this.#ms;
  }
  set(at: number | Date | string): void {
    this.#ms = typeof at === 'number' ? at : new Date(at).getTime();
  }
  advance(ms: number): void {
    this.#ms += ms;
  }
}
