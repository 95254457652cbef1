/** The counters cannot be reached (Redis down): the caller applies its failure policy. */
export class CountersUnavailable extends Error {
}
const DAY_MS = 86_400_000;
/** `YYYY-MM-DD` of an instant, UTC. */
export function utcDay(at) {
    return new Date(at).toISOString().slice(0, 10);
}
/** Epoch ms of 00:00 UTC of a `YYYY-MM-DD` day; NaN when it is not a calendar date. */
export function dayStart(day) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
    if (!m)
        return NaN;
    const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    return utcDay(t) === day ? t : NaN;
}
/** The quota period containing `at`. Ids name the period and its kind: `D2026-11-25`, `W2026-11-22`, `M2026-11`. */
export function periodWindow(at, period) {
    const d = new Date(at);
    const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    switch (period) {
        case 'DAY':
            return { id: `D${utcDay(day)}`, start: day, end: day + DAY_MS };
        case 'WEEK': {
            const start = day - d.getUTCDay() * DAY_MS; // getUTCDay: 0 = Sunday
            return { id: `W${utcDay(start)}`, start, end: start + 7 * DAY_MS };
        }
        case 'MONTH': {
            const start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
            return { id: `M${utcDay(start).slice(0, 7)}`, start, end: Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) };
        }
    }
}
/** The limit in force in window `w`: `offset` comes off the plan's first period only; never below 0. */
export function effectiveLimit(q, w) {
    const first = q.initialAt !== undefined && q.initialAt >= w.start && q.initialAt < w.end;
    return Math.max(0, q.limit - (first ? (q.offset ?? 0) : 0));
}
/** Tokens in a bucket at `now`, given its content `tokens` at `ts`. A clock behind `ts` adds nothing. */
export function refill(tokens, ts, now, b) {
    return Math.min(b.burst, now > ts ? tokens + ((now - ts) * b.rate) / 1000 : tokens);
}
/**
 * utcDay and periodWindow for a clock that mostly moves forward: the last answers are kept until
 * `now` leaves their day or period (Date arithmetic per request is measurable at 10k requests/s).
 */
export class Calendar {
    #day = { start: 1, end: 0, id: '' };
    #windows = new Map();
    day(now) {
        const d = this.#day;
        if (now >= d.start && now < d.end)
            return d.id;
        const id = utcDay(now);
        const start = Date.UTC(Number(id.slice(0, 4)), Number(id.slice(5, 7)) - 1, Number(id.slice(8, 10)));
        this.#day = { start, end: start + DAY_MS, id };
        return id;
    }
    window(now, period) {
        const w = this.#windows.get(period);
        if (w && now >= w.start && now < w.end)
            return w;
        const fresh = periodWindow(now, period);
        this.#windows.set(period, fresh);
        return fresh;
    }
}
//# sourceMappingURL=limiter.js.map