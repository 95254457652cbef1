export const PROBE_TIMEOUT_MS = 2_000;
/** Resolves 'ok' when `ping` settles within the timeout, else the reason it did not. */
async function check(ping) {
    if (!ping)
        return 'ok';
    let timer;
    const timeout = new Promise((resolve) => {
        timer = setTimeout(() => resolve(`no answer within ${PROBE_TIMEOUT_MS} ms`), PROBE_TIMEOUT_MS);
    });
    try {
        return await Promise.race([ping().then(() => 'ok'), timeout]);
    }
    catch (e) {
        return e.message || String(e);
    }
    finally {
        clearTimeout(timer);
    }
}
/** The readiness verdict: status 200 or 503, and each check's result. */
export async function readiness(p) {
    const [store, redis] = await Promise.all([check(p.store.ping?.bind(p.store)), check(p.counters.ping?.bind(p.counters))]);
    const checks = { store, redis: p.counters.ping ? redis : 'not configured' };
    const draining = p.draining();
    if (draining)
        checks.lifecycle = 'shutting down';
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
export function localStackRoutes(p, services, version) {
    return {
        '/_localstack/health': async (req, res) => {
            const state = (await readiness(p)).status === 200 ? 'running' : 'error';
            json(req, res, 200, { services: Object.fromEntries(services.map((s) => [s, state])), edition: 'community', version });
        },
        '/_localstack/init/ready': (req, res) => json(req, res, 200, { completed: true, scripts: [] }),
    };
}
/** `/metrics`: the registry's text (src/metrics/registry.ts), read when scraped. */
export function metricsRoute(metrics) {
    return async (req, res) => {
        const text = await metrics.text();
        res.writeHead(200, { 'Content-Type': metrics.contentType, 'Content-Length': String(Buffer.byteLength(text)), 'Cache-Control': 'no-store' });
        res.end(req.method === 'HEAD' ? undefined : text);
    };
}
function json(req, res, status, body) {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(text)), 'Cache-Control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : text);
}
/**
 * The operator routes in front of a management handler: a request for one of them is answered here
 * (true), any other is left to the caller (false). Only GET and HEAD reach them: another method on
 * these paths is the services' to refuse.
 */
export function operatorRoutes(p, extra = {}) {
    const routes = {
        '/_tollgate/health': (req, res) => json(req, res, 200, { status: 'alive' }),
        '/_tollgate/ready': async (req, res) => {
            const r = await readiness(p);
            json(req, res, r.status, r.body);
        },
        ...extra,
    };
    return (req, res) => {
        if (req.method !== 'GET' && req.method !== 'HEAD')
            return false;
        const url = req.url ?? '/';
        const q = url.indexOf('?');
        const route = Object.hasOwn(routes, q < 0 ? url : url.slice(0, q)) ? routes[q < 0 ? url : url.slice(0, q)] : undefined;
        if (!route)
            return false;
        Promise.resolve()
            .then(() => route(req, res))
            .catch((e) => {
            if (!res.headersSent)
                json(req, res, 500, { status: 'error', message: e.message });
            else
                res.destroy();
        });
        return true;
    };
}
