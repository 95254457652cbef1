/**
 * `/metrics` with `--workers N`: every worker counts its own requests; a scrape, served by whichever
 * worker the connection reached, asks the primary, which gathers each worker's registries and sums them
 * with prom-client's AggregatorRegistry (https://github.com/siimon/prom-client#usage-with-nodejs-cluster-module:
 * counters and histograms summed per label set; the default process metrics by their own aggregators,
 * e.g. `process_cpu_seconds_total` summed, `nodejs_version_info` taken once). The primary's own process
 * (which serves nothing) is not in them.
 */
import { AggregatorRegistry, type PrometheusContentType } from 'prom-client';
import type { Metrics } from './registry.js';

let aggregator: AggregatorRegistry<PrometheusContentType> | undefined;

/** In the primary: every worker's metrics, aggregated, in Prometheus' text format. */
export function clusterMetricsText(): Promise<string> {
  aggregator ??= new AggregatorRegistry();
  return aggregator.clusterMetrics();
}

/** In a worker: its registries answer the primary's requests (prom-client's own messages on the cluster channel). */
export function shareWithPrimary(metrics: Metrics): void {
  AggregatorRegistry.setRegistries(metrics.registries);
  new AggregatorRegistry(); // installs the worker's listener for the primary's requests
}
