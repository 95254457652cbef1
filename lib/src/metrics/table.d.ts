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
import type { Registry } from 'prom-client';
/** One histogram's state: a count per bucket (not cumulative), their sum and count. */
export interface Histogram {
    buckets: Float64Array;
    sum: number;
    count: number;
}
export declare function newHistogram(bounds: readonly number[]): Histogram;
/** Records `v` into `h`, whose bucket upper bounds are `bounds` (ascending; the last bucket is +Inf). */
export declare function observe(h: Histogram, bounds: readonly number[], v: number): void;
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
export declare function register(registry: Registry, families: Family[]): void;
/** The values of a histogram family: cumulative `_bucket{le}`, `_sum`, `_count` per label set. */
export declare function histogramValues(name: string, bounds: readonly number[], series: Iterable<[Record<string, string>, Histogram]>): MetricValue[];
export {};
