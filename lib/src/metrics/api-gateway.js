import { methodSettingFor } from '../domain/stage.js';
import { histogramValues, newHistogram, observe, register } from './table.js';
export const MAX_SERIES = 1000;
const OVERFLOW = '__overflow__';
/** Latency buckets, milliseconds: MOCK answers in under one, an integration may take up to 29,000 (AWS's timeout). */
export const LATENCY_BUCKETS_MS = [1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 29000];
export class ApiGatewayMetrics {
    #series = new Map();
    /** Per served stage record (replaced when its configuration changes, so metricsEnabled is read afresh). */
    #byServed = new WeakMap();
    #overflow = 0;
    constructor(registry) {
        const all = () => [...this.#series.values()];
        const counter = (name, help, field) => ({
            name,
            help,
            type: 'counter',
            values: () => all().map((s) => ({ labels: s.labels, value: s[field] })),
        });
        const histogram = (name, help, field) => ({
            name,
            help,
            type: 'histogram',
            values: () => histogramValues(name, LATENCY_BUCKETS_MS, all().map((s) => [s.labels, s[field]])),
        });
        register(registry, [
            counter('apigateway_Count', 'API Gateway Count: requests to the API stage', 'count'),
            counter('apigateway_4XXError', 'API Gateway 4XXError: requests answered with a 4XX status', 'e4xx'),
            counter('apigateway_5XXError', 'API Gateway 5XXError: requests answered with a 5XX status', 'e5xx'),
            histogram('apigateway_Latency', 'API Gateway Latency, milliseconds: from receiving the request to answering it', 'latency'),
            histogram('apigateway_IntegrationLatency', 'API Gateway IntegrationLatency, milliseconds: the backend call', 'integrationLatency'),
            counter('apigateway_CacheHitCount', 'API Gateway CacheHitCount: requests answered from the stage cache', 'cacheHit'),
            counter('apigateway_CacheMissCount', 'API Gateway CacheMissCount: cacheable requests the stage cache could not answer', 'cacheMiss'),
            counter('tollgate_throttled_requests', 'Requests refused 429 by a throttle (gateway response THROTTLED)', 'throttled'),
            counter('tollgate_quota_exceeded_requests', 'Requests refused 429 by a usage plan quota (gateway response QUOTA_EXCEEDED)', 'quotaExceeded'),
            {
                name: 'tollgate_metrics_overflow',
                help: `Label sets (stage, or method of a stage) counted under a coarser series because ${MAX_SERIES} exist already`,
                type: 'counter',
                values: () => [{ labels: {}, value: this.#overflow }],
            },
        ]);
    }
    /** One answered data-plane request (called by the pipeline after the answer was written). */
    record(a) {
        const served = a.served;
        if (served === undefined)
            return;
        const inv = a.inv;
        const s = this.#seriesOf(served, inv?.method, inv?.resource?.path);
        s.count++;
        const status = a.status;
        if (status >= 500)
            s.e5xx++;
        else if (status >= 400)
            s.e4xx++;
        observe(s.latency, LATENCY_BUCKETS_MS, Date.now() - a.request.startedAt);
        if (inv !== undefined) {
            const integration = inv.integration?.latencyMs;
            if (integration !== undefined)
                observe(s.integrationLatency, LATENCY_BUCKETS_MS, integration);
            if (inv.cacheResult === 'hit')
                s.cacheHit++;
            else if (inv.cacheResult === 'miss')
                s.cacheMiss++;
        }
        const error = a.error;
        if (error !== undefined) {
            if (error.type === 'THROTTLED')
                s.throttled++;
            else if (error.type === 'QUOTA_EXCEEDED')
                s.quotaExceeded++;
        }
    }
    #seriesOf(served, method, resourcePath) {
        let known = this.#byServed.get(served);
        if (known === undefined) {
            known = { stage: this.#find(served.deployment.snapshot.api.name, served.stage.stageName, '', ''), methods: new Map() };
            this.#byServed.set(served, known);
        }
        if (method === undefined || resourcePath === undefined)
            return known.stage;
        let s = known.methods.get(method);
        if (s === undefined) {
            const detailed = methodSettingFor(served.stage, resourcePath, method.httpMethod)?.metricsEnabled === true;
            s = detailed ? this.#find(served.deployment.snapshot.api.name, served.stage.stageName, method.httpMethod, resourcePath, known.stage) : known.stage;
            known.methods.set(method, s);
        }
        return s;
    }
    /** The series of a label set, made if there is room; else `fallback` (or the overflow series). */
    #find(apiName, stage, method, resource, fallback, force = false) {
        const key = `${apiName}\u0000${stage}\u0000${method}\u0000${resource}`;
        const found = this.#series.get(key);
        if (found)
            return found;
        if (this.#series.size >= MAX_SERIES && !force) {
            this.#overflow++; // once per label set that did not fit (its fallback is then remembered per served stage)
            return fallback ?? this.#find(OVERFLOW, OVERFLOW, '', '', undefined, true);
        }
        const s = {
            labels: { ApiName: apiName, Stage: stage, Method: method, Resource: resource },
            count: 0,
            e4xx: 0,
            e5xx: 0,
            cacheHit: 0,
            cacheMiss: 0,
            throttled: 0,
            quotaExceeded: 0,
            latency: newHistogram(LATENCY_BUCKETS_MS),
            integrationLatency: newHistogram(LATENCY_BUCKETS_MS),
        };
        this.#series.set(key, s);
        return s;
    }
}
