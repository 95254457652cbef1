/**
 * What an operator's tools call on the management listener, answered before the services see the
 * request (and `/metrics`, metrics/registry.ts, when it is on): `/_tollgate/health` (the process is alive: always 200 while it answers at all) and
 * `/_tollgate/ready` (it can serve: the store answers a round trip, Redis too when `--redis-failure
 * closed` makes it required, and it is not shutting down; 503 otherwise), as Kubernetes' liveness and
 * readiness probes expect them to be split (kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/:
 * a failing liveness probe restarts the container, a failing readiness probe only takes it out of the
 * load balancer). Each check has PROBE_TIMEOUT_MS: a database that does not answer is as unready as one
 * that refuses.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Store } from '../store/store.js';
import type { Counters } from '../throttle/limiter.js';
export declare const PROBE_TIMEOUT_MS = 2000;
export interface Probes {
    store: Store;
    counters: Counters;
    /** Whether requests fail without Redis (`--redis` with `--redis-failure closed`): then readiness needs it. */
    redisRequired: boolean;
    /** True from the moment shutting down began (SIGTERM, RunningApp.drain/close). */
    draining(): boolean;
}
/** An extra route served here (the metrics, LocalStack's health): path → handler. */
export type OperatorRoute = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
/** The readiness verdict: status 200 or 503, and each check's result. */
export declare function readiness(p: Probes): Promise<{
    status: number;
    body: Record<string, unknown>;
}>;
/**
 * LocalStack's `/_localstack/health` in its shape (localstack/localstack, localstack-core
 * localstack/services/internal.py HealthResource.on_get: `{"services": {name: state}, "edition", "version"}`,
 * states such as `available` and `running`), for the services served here: `running` while ready, `error`
 * when not. And `/_localstack/init/ready` (InitScriptsStageResource: `{"completed", "scripts"}`), which
 * compose files poll for `"completed": true`; Tollgate runs no init scripts, so it is complete once up.
 */
export declare function localStackRoutes(p: Probes, services: readonly string[], version: string): Record<string, OperatorRoute>;
/** `/metrics`: the registry's text (src/metrics/registry.ts), read when scraped. */
export declare function metricsRoute(metrics: {
    contentType: string;
    text(): Promise<string>;
}): OperatorRoute;
/**
 * The operator routes in front of a management handler: a request for one of them is answered here
 * (true), any other is left to the caller (false). Only GET and HEAD reach them: another method on
 * these paths is the services' to refuse.
 */
export declare function operatorRoutes(p: Probes, extra?: Record<string, OperatorRoute>): (req: IncomingMessage, res: ServerResponse) => boolean;
