/**
 * The metrics `/metrics` serves (prom-client's text format): API Gateway's (metrics/api-gateway.ts),
 * Lambda's (metrics/lambda.ts) and the process's (prom-client's default collectors: CPU, memory, event
 * loop lag, GC, handles, with its standard `process_` and `nodejs_` names). One registry per running
 * app, so that two servers in one process (tests, tollgate/testing) count apart; the process's metrics
 * are collected once per process (their collectors observe the event loop and GC for good) and merged
 * in at scrape time.
 */
import { collectDefaultMetrics, Registry } from 'prom-client';
import { ApiGatewayMetrics } from './api-gateway.js';
import { LambdaMetrics } from './lambda.js';
let processRegistry;
export function createMetrics() {
    if (!processRegistry) {
        processRegistry = new Registry();
        collectDefaultMetrics({ register: processRegistry });
    }
    const shared = processRegistry;
    const registry = new Registry();
    return {
        apiGateway: new ApiGatewayMetrics(registry),
        lambda: new LambdaMetrics(registry),
        contentType: registry.contentType,
        text: () => Registry.merge([shared, registry]).metrics(),
    };
}
//# sourceMappingURL=registry.js.map