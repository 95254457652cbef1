export const systemClock = { now: () => Date.now() };
/** A clock that moves only when told to. */
export class ManualClock {
    #ms;
    constructor(start = Date.UTC(2026, 0, 1)) {
        this.#ms = typeof start === 'number' ? start : start.getTime();
    }
    now() {
        return this.#ms;
    }
    set(at) {
        this.#ms = typeof at === 'number' ? at : new Date(at).getTime();
    }
    advance(ms) {
        this.#ms += ms;
    }
}
