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

export const PROBE_TIMEOUT_MS = 2_000;

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

/** 'ok', or why not. */
type CheckResult = string;

/** Resolves 'ok' when `ping` settles within the timeout, else the reason it did not. */
async function check(ping: (() => Promise<void>) | undefined): Promise<CheckResult> {
  if (!ping) return 'ok';
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`no answer within ${PROBE_TIMEOUT_MS} ms`), PROBE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([ping().then(() => 'ok' as const), timeout]);
  } catch (e) {
    return (e as Error).message || String(e);
  } finally {
    clearTimeout(timer);
  }
}

/** The readiness verdict: status 200 or 503, and each check's result. */
export async function readiness(p: Probes): Promise<{ status: number; body: Record<string, unknown> }> {
  const [store, redis] = await Promise.all([check(p.store.ping?.bind(p.store)), check(p.counters.ping?.bind(p.counters))]);
  const checks: Record<string, string> = { store, redis: p.counters.ping ? redis : 'not configured' };
  const draining = p.draining();
  if (draining) checks.lifecycle = 'shutting down';
  const ready = !draining && store === 'ok' && (!p.redisRequired || redis === 'ok');
  return { status: ready ? 200 : 503, body: { status: ready ? 'ready' : 'unavailable', checks } };
}

/**
 * LocalStack's `/_localstack/health` in its shape (localstack/localstack, localstack-core
 * localstack/services/internal.py HealthResource.on_get: `{"services": {name: state}, "edition", "version"}`,
 * states such as `available` and `running`), for the services served here: `running` while ready, `error`
 * when not. And `/_localstack/init/ready` (InitScriptsStageResource: `{"completed", "scripts"}`), which
 * compose files poll for `"completed": true`; Tollgate runs no init scripts, so it is complete once up.
 */
export function localStackRoutes(p: Probes, services: readonly string[], version: string): Record<string, OperatorRoute> {
  return {
    '/_localstack/health': async (req, res) => {
      const state = (await readiness(p)).status === 200 ? 'running' : 'error';
      json(req, res, 200, { services: Object.fromEntries(services.map((s) => [s, state])), edition: 'community', version });
    },
    '/_localstack/init/ready': (req, res) => json(req, res, 200, { completed: true, scripts: [] }),
  };
}

/** `/metrics`: the registry's text (src/metrics/registry.ts), read when scraped. */
export function metricsRoute(metrics: { contentType: string; text(): Promise<string> }): OperatorRoute {
  return async (req, res) => {
    const text = await metrics.text();
    res.writeHead(200, { 'Content-Type': metrics.contentType, 'Content-Length': String(Buffer.byteLength(text)), 'Cache-Control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : text);
  };
}

function json(req: IncomingMessage, res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(text)), 'Cache-Control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : text);
}

/**
 * The operator routes in front of a management handler: a request for one of them is answered here
 * (true), any other is left to the caller (false). Only GET and HEAD reach them: another method on
 * these paths is the services' to refuse.
 */
export function operatorRoutes(p: Probes, extra: Record<string, OperatorRoute> = {}): (req: IncomingMessage, res: ServerResponse) => boolean {
  const routes: Record<string, OperatorRoute> = {
    '/_tollgate/health': (req, res) => json(req, res, 200, { status: 'alive' }),
    '/_tollgate/ready': async (req, res) => {
      const r = await readiness(p);
      json(req, res, r.status, r.body);
    },
    ...extra,
  };
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const route = Object.hasOwn(routes, q < 0 ? url : url.slice(0, q)) ? routes[q < 0 ? url : url.slice(0, q)] : undefined;
    if (!route) return false;
    Promise.resolve()
      .then(() => route(req, res))
      .catch((e: unknown) => {
        if (!res.headersSent) json(req, res, 500, { status: 'error', message: (e as Error).message });
        else res.destroy();
      });
    return true;
  };
}
