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

export interface Metrics {
  apiGateway: ApiGatewayMetrics;
  lambda: LambdaMetrics;
  /** The content type of `text()`: Prometheus' text exposition format 0.0.4. */
  contentType: string;
  text(): Promise<string>;
  /** The registries `text()` merges: the process's and this app's (for a cluster's primary to aggregate, metrics/cluster.ts). */
  registries: Registry[];
}

let processRegistry: Registry | undefined;

export function createMetrics(): Metrics {
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
    registries: [shared, registry],
  };
}
