/**
 * API Gateway's CloudWatch metrics for REST APIs, as Prometheus series
 * (docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-metrics-and-dimensions.html):
 * Count, 4XXError, 5XXError, Latency and IntegrationLatency (milliseconds), CacheHitCount and
 * CacheMissCount, with CloudWatch's dimension names as labels: ApiName and Stage always, Method and
 * Resource only for a method whose stage's method settings have `metricsEnabled` (CloudWatch's
 * "detailed metrics"); other requests carry them empty. Every request is counted once, so
 * `sum by (ApiName, Stage)` is the stage's total. Besides AWS's: throttled and quota-exceeded requests
 * (the 429s of the THROTTLED and QUOTA_EXCEEDED gateway responses).
 *
 * Only requests that reached a stage are counted (an unknown API or stage has no ApiName to count
 * under, as CloudWatch has none). Bounded: at most MAX_SERIES label sets; past that a method's request
 * counts under its stage's series (Method and Resource empty), and a stage's under ApiName and Stage
 * `__overflow__`; `tollgate_metrics_overflow` counts the label sets so folded.
 */
import type { Registry } from 'prom-client';
import type { GatewayAnswer } from '../pipeline/invocation.js';
export declare const MAX_SERIES = 1000;
/** Latency buckets, milliseconds: MOCK answers in under one, an integration may take up to 29,000 (AWS's timeout). */
export declare const LATENCY_BUCKETS_MS: readonly number[];
export declare class ApiGatewayMetrics {
    #private;
    constructor(registry: Registry);
    /** One answered data-plane request (called by the pipeline after the answer was written). */
    record(a: GatewayAnswer): void;
}
