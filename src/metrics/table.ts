/**
 * Counters and histograms kept as plain numbers per label set, and shown to prom-client's registry only
 * when it is scraped. prom-client's own Counter and Histogram hash their labels object on every inc()
 * and observe(), even through labels() (prom-client lib/counter.js incWithoutExemplar → hashObject),
 * which the request path cannot afford; here a request increments fields of an object it already
 * holds, and the label strings are built once per series.
 *
 * Bounded: a table holds at most `maxSeries` label sets; the caller decides what a request falls back
 * to once it is full (metrics/api-gateway.ts, metrics/lambda.ts) and the overflow is counted.
 */
import type { Metric, Registry } from 'prom-client';

/** One histogram's state: a count per bucket (not cumulative), their sum and count. */
export interface Histogram {
  buckets: Float64Array;
  sum: number;
  count: number;
}

export function newHistogram(bounds: readonly number[]): Histogram {
  return { buckets: new Float64Array(bounds.length + 1), sum: 0, count: 0 };
}

/** Records `v` into `h`, whose bucket upper bounds are `bounds` (ascending; the last bucket is +Inf). */
export function observe(h: Histogram, bounds: readonly number[], v: number): void {
  let i = 0;
  while (i < bounds.length && v > bounds[i]) i++;
  h.buckets[i]++;
  h.sum += v;
  h.count++;
}

interface MetricValue {
  labels: Record<string, string | number>;
  value: number;
  metricName?: string;
}

/** A family prom-client's registry can print: name, help, type, and the values read at scrape time. */
export interface Family {
  name: string;
  help: string;
  type: 'counter' | 'histogram';
  values(): MetricValue[];
}

/** Registers families whose values are read when the registry is scraped. */
export function register(registry: Registry, families: Family[]): void {
  for (const f of families) {
    const metric = {
      name: f.name,
      help: f.help,
      type: f.type,
      aggregator: 'sum',
      get: () => ({ name: f.name, help: f.help, type: f.type, aggregator: 'sum', values: f.values() }),
    };
    // prom-client's registry reads only a metric's name and get() (lib/registry.js: registerMetric, getMetricsAsString),
    // but types the argument as its Metric class (private fields included): a plain object cannot be one.
    registry.registerMetric(metric as unknown as Metric);
  }
}

/** The values of a histogram family: cumulative `_bucket{le}`, `_sum`, `_count` per label set. */
export function histogramValues(name: string, bounds: readonly number[], series: Iterable<[Record<string, string>, Histogram]>): MetricValue[] {
  const out: MetricValue[] = [];
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
