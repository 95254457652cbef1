import { join } from 'node:path';
import { ConfigError } from './config/options.js';
import { assertManagementSafe } from './auth/management.js';
import { apiGatewayService } from './services/apigateway/service.js';
import { lambdaService } from './services/lambda/handlers.js';
import { servedService } from './services/served-service.js';
import { ManagementServer } from './edge/management-server.js';
import { mainHandler } from './edge/main-listener.js';
import { answerClientError, lastResort, Listeners } from './edge/listeners.js';
import { CustomDomains } from './edge/custom-domains.js';
import { backendTlsOptions, CertificateBook } from './edge/tls-certificates.js';
import { startTlsListener } from './edge/tls-listener.js';
import { localStackRoutes, metricsRoute, operatorRoutes } from './edge/operator.js';
import { VERSION } from './shared/version.js';
import { createMetrics } from './metrics/registry.js';
import { HttpClient } from './pipeline/integrations/http-client.js';
import { DataPlane } from './pipeline/pipeline.js';
import { buildDataRuntime } from './pipeline/runtime.js';
import { dataPlanePort } from './pipeline/port.js';
import { createAdmission } from './pipeline/admission.js';
import { openCounters } from './throttle/open.js';
import { createLogger } from './shared/log.js';
import { PostgresStore } from './store/postgres/postgres-store.js';
import { SqliteStore } from './store/sqlite/sqlite-store.js';
import { ProcessRunner } from './runtime/process-runner.js';
export async function startApp(config, log = createLogger(config.logLevel), options = {}) {
    assertManagementSafe(config, (m) => new ConfigError(m)); // off loopback, management requires credentials (src/auth/management.ts)
    const store = config.postgres
        ? await PostgresStore.open({ url: config.postgres }) // several nodes, one state (src/store/postgres)
        : new SqliteStore({ path: config.memory ? ':memory:' : join(config.dataDir, 'tollgate.db'), synchronous: config.sync });
    // What is open so far, closed again (last first) if a later step fails: a store's connections, Redis,
    // a listener already bound would otherwise outlive the failed start.
    const undo = [() => store.close()];
    try {
        const parts = await buildParts(config, store, log, undo, options);
        const listeners = new Listeners();
        undo.push(() => listeners.destroy());
        let draining = false;
        const probes = {
            store,
            counters: parts.counters,
            redisRequired: config.redis !== undefined && config.redisFailure === 'closed',
            draining: () => draining,
        };
        const operator = operatorRoutes(probes, {
            ...(parts.metrics ? { '/metrics': metricsRoute(parts.metrics) } : {}),
            // The services as LocalStack names them (its SERVICE names: `apigateway`, `lambda`).
            ...(config.localstack ? localStackRoutes(probes, ['apigateway', 'lambda'], VERSION) : {}),
        });
        const urls = await listen(config, parts, listeners, operator, log);
        log.info({
            ...urls,
            dataDir: config.memory ? ':memory:' : config.dataDir,
            ...(config.localstack ? { localstack: true } : {}),
            ...(config.postgres ? { postgres: redactPassword(config.postgres) } : {}),
        }, 'tollgate listening');
        return {
            ...urls,
            store,
            log,
            drain() {
                draining = true;
            },
            async close() {
                draining = true;
                if (!(await listeners.close()))
                    return; // closed already
                await parts.http.close();
                await parts.runner.close();
                await parts.rt.close();
                await parts.counters.close();
                await store.close();
            },
        };
    }
    catch (e) {
        for (const step of undo.reverse())
            await Promise.resolve()
                .then(step)
                .catch(() => undefined);
        throw e;
    }
}
/** Both planes and the management services; what must be closed is pushed onto `undo` as it opens. */
async function buildParts(config, store, log, undo, options) {
    const http = new HttpClient(backendTlsOptions(config.tls, store)); // client certificates, --backend-ca
    undo.push(() => http.close());
    const domains = new CustomDomains(store);
    const counters = await openCounters(config, log);
    undo.push(() => counters.close());
    // Prometheus metrics (src/metrics/): counted by the data plane and around every Lambda invoker and runner.
    const metrics = config.metrics ? createMetrics() : undefined;
    const observe = (invoker) => (metrics ? metrics.lambda.invoker(invoker) : invoker);
    const rt = buildDataRuntime(config, store, http, log, observe); // Lambda invokers, stage cache, access logs, canary split
    undo.push(() => rt.close());
    const data = new DataPlane({ ...rt, admission: createAdmission(store, counters, config, log), metrics: metrics?.apiGateway });
    // Lambda's functions run in execution environments speaking the Lambda Runtime API (src/runtime/).
    const given = options.functionRunner ?? new ProcessRunner({ log });
    const runner = metrics ? metrics.lambda.runner(given) : given;
    undo.push(() => runner.close());
    const management = new ManagementServer(managementServices(config, rt, counters, runner), store, config, log);
    return { http, domains, counters, rt, runner, data, management, metrics };
}
/**
 * The services the management listener serves (src/services/served-service.ts), each chosen by its SigV4
 * signing name (its model's `service`), else by route. A service is registered here: its folder's
 * `…Service(config, ports)`, given the ports it needs. API Gateway reaches the data plane and the
 * counters only through the ports handed in here.
 */
function managementServices(config, rt, counters, runner) {
    return [
        apiGatewayService(config, { dataPlane: dataPlanePort(rt), counters }),
        // Lambda's code is unpacked under the data dir, one directory per CodeSha256.
        servedService(lambdaService({ runner, codeCacheDir: join(config.dataDir, 'lambda-code') }), (base) => base),
    ];
}
/**
 * The listeners: HTTPS (when asked for), the main one (invoke URLs, custom domains, Lambda's Invoke API,
 * and management unless --admin-port), the management one (--admin-port).
 */
async function listen(config, parts, listeners, operator, log) {
    const separateAdmin = config.adminPort !== undefined;
    // Health, readiness (edge/operator.ts) first: they are the management listener's, whatever the services route.
    const handleControl = (req, res) => {
        if (operator(req, res))
            return;
        parts.management.handle(req, res).catch(lastResort(log, res));
    };
    const { data, domains, rt } = parts;
    const handleMain = mainHandler({ data, domains, lambdaApi: rt.lambdaApi, management: separateAdmin ? undefined : handleControl, log });
    // Up before the main listener, so that a server answering on --port serves HTTPS too.
    const tlsUrl = config.tls.port === undefined ? undefined : await listenTls(config, config.tls.port, domains, listeners, handleMain, log);
    const url = await listeners.listen(listeners.http(handleMain), config.host, config.port);
    const adminUrl = separateAdmin ? await listeners.listen(listeners.http(handleControl), config.adminHost ?? '127.0.0.1', config.adminPort) : url;
    return { url, adminUrl, tlsUrl };
}
/** HTTPS: each custom domain's certificate by SNI, per-domain TLS version and mutual TLS (edge/tls-listener.ts). */
async function listenTls(config, port, domains, listeners, handler, log) {
    const certificates = await CertificateBook.create(config.tls, domains, log);
    const tls = await startTlsListener({
        host: config.host,
        port,
        optional: config.tls.portIsDefault,
        certificates,
        handler: listeners.track(handler),
        onClientError: answerClientError,
        log,
    });
    if (!tls)
        return undefined;
    listeners.add(tls.server, tls.closeHandshakes);
    return tls.url;
}
/** A database URL fit for a log line: its password replaced. */
function redactPassword(url) {
    try {
        const u = new URL(url);
        if (u.password)
            u.password = '***';
        return u.toString();
    }
    catch {
        return '(unparsable URL)';
    }
}
