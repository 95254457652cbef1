export function newHistogram(bounds) {
    return { buckets: new Float64Array(bounds.length + 1), sum: 0, count: 0 };
}
/** Records `v` into `h`, whose bucket upper bounds are `bounds` (ascending; the last bucket is +Inf). */
export function observe(h, bounds, v) {
    let i = 0;
    while (i < bounds.length && v > bounds[i])
        i++;
    h.buckets[i]++;
    h.sum += v;
    h.count++;
}
/** Registers families whose values are read when the registry is scraped. */
export function register(registry, families) {
    for (const f of families) {
        const metric = {
            name: f.name,
            help: f.help,
            type: f.type,
            aggregator: 'sum',
            get: () => ({ name: f.name, help: f.help, type: f.type, aggregator: 'sum', values: f.values() }),
        };
        registry.registerMetric(metric);
    }
}
/** The values of a histogram family: cumulative `_bucket{le}`, `_sum`, `_count` per label set. */
export function histogramValues(name, bounds, series) {
    const out = [];
    for (const [labels, h] of series) {
        let cumulative = 0;
        for (let i = 0; i <= bounds.length; i++) {
            cumulative += h.buckets[i];
            out.push({ metricName: `${name}_bucket`, labels: { ...labels, le: i < bounds.length ? bounds[i] : '+Inf' }, value: cumulative });
        }
        out.push({ metricName: `${name}_sum`, labels, value: h.sum });
        out.push({ metricName: `${name}_count`, labels, value: h.count });
    }
    return out;
}
