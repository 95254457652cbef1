const PERIODS = new Set(['DAY', 'WEEK', 'MONTH']);
/** The plan's quota as the counters take it; none without a limit or a known period. */
export function quotaOf(plan) {
    const q = plan.quota;
    if (!q || q.limit === undefined || !q.period || !PERIODS.has(q.period))
        return undefined;
    return { limit: q.limit, period: q.period, offset: q.offset, initialAt: plan.createdAt };
}
