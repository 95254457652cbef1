/**
 * Tollgate as a value: open the store, build both planes and the management services, listen. This is
 * the composition root: it builds everything and hands each part its ports; the listeners' routing
 * lives in src/edge/ (main-listener.ts, management-server.ts, tls-listener.ts). `main.ts` wraps it for
 * the command line; tests start it in-process on port 0.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Config } from './config/options.js';
import { ConfigError } from './config/options.js';
import { assertManagementSafe } from './auth/management.js';
import { apiGatewayService } from './services/apigateway/service.js';
import { lambdaService } from './services/lambda/service.js';
import type { LambdaPorts } from './services/lambda/context.js';
import { StoredFunctions } from './services/lambda/stored-functions.js';
import type { ServedService } from './services/served-service.js';
import { ManagementServer } from './edge/management-server.js';
import { mainHandler } from './edge/main-listener.js';
import { answerClientError, lastResort, Listeners, type Handler } from './edge/listeners.js';
import { CustomDomains } from './edge/custom-domains.js';
import { backendTlsOptions, CertificateBook } from './edge/tls-certificates.js';
import { startTlsListener } from './edge/tls-listener.js';
import { localStackRoutes, metricsRoute, operatorRoutes, type Probes } from './edge/operator.js';
import { consoleRoutes } from './edge/console.js';
import { LiveRequests } from './edge/live-requests.js';
import { consoleRequestsRoutes } from './edge/console-api.js';
import { VERSION } from './shared/version.js';
import { createMetrics, type Metrics } from './metrics/registry.js';
import type { LambdaInvoker } from './lambda/invoker.js';
import { HttpClient } from './pipeline/integrations/http-client.js';
import { DataPlane } from './pipeline/pipeline.js';
import { buildDataRuntime, type DataRuntime } from './pipeline/runtime.js';
import { dataPlanePort } from './pipeline/port.js';
import { createAdmission } from './pipeline/admission.js';
import { openCounters } from './throttle/open.js';
import type { Counters } from './throttle/limiter.js';
import type { Clock } from './shared/clock.js';
import { createLogger, type Logger } from './shared/log.js';
import { PostgresStore } from './store/postgres/postgres-store.js';
import { SqliteStore } from './store/sqlite/sqlite-store.js';
import type { Store } from './store/store.js';
import type { FunctionRunner, FunctionSpec } from './runtime/function-runner.js';
import { SplitRunner, ThreadRunner } from './lambda/local.js';
import { FunctionsDir } from './services/lambda/functions-dir.js';
import { ProcessRunner } from './runtime/process-runner.js';
import { StackEngine } from './stacks/engine/stack-engine.js';
import { cloudFormationService } from './stacks/api/service.js';
import { acmService } from './services/acm/service.js';
import { s3Service } from './services/s3/service.js';
import type { ClusterPorts } from './cluster/worker.js';
import { AnnouncedStore } from './store/announced.js';
import { PrimaryCounters } from './throttle/shared.js';
import { shareWithPrimary } from './metrics/cluster.js';
import type { DataPlanePort } from './domain/data-plane-port.js';
import { deployOpenApiFiles, type DeployedOpenApi } from './stacks/openapi-files.js';

export interface RunningApp {
  /** http://host:port of the main listener. */
  url: string;
  /** http://host:port of the management listener (the main one unless --admin-port is set). */
  adminUrl: string;
  /** https://host:port of the HTTPS listener, when there is one (--tls-port). */
  tlsUrl: string | undefined;
  store: Store;
  log: Logger;
  /** Stacks (src/stacks/): deployed through the same services the management listener serves. */
  stacks: StackEngine;
  /** The APIs --openapi imported (or overwrote) and deployed at start. */
  openapi: DeployedOpenApi[];
  /**
   * Shutting down begins: `/_tollgate/ready` answers 503 from now on while everything else is still
   * served, so that a load balancer stops sending before the listeners close (main.ts waits
   * --drain-seconds between this and close()).
   */
  drain(): void;
  /** Log files (the access logs' `--access-log` files) closed and opened again by path: SIGHUP, after a rotation. */
  reopenLogs(): Promise<void>;
  close(): Promise<void>;
}

/** What a caller may give the app besides its configuration. */
export interface AppOptions {
  /** Runs Lambda's functions for its management API's Invoke (src/runtime/); none: Invoke answers that it cannot run them. */
  functionRunner?: FunctionRunner;
  /** The clock of throttling, quotas and usage (src/throttle/); the system's when not given. Tests drive time by hand with a ManualClock. */
  clock?: Clock;
  /**
   * This process is one worker of `--workers N` (src/cluster/): its writes and flushes are announced to the
   * other workers, its counters are the primary's (unless --redis), `/metrics` is everyone's.
   */
  cluster?: ClusterPorts;
}

export async function startApp(config: Config, log: Logger = createLogger(config.logLevel, config.logFormat), options: AppOptions = {}): Promise<RunningApp> {
  assertManagementSafe(config, (m) => new ConfigError(m)); // off loopback, management requires credentials (src/auth/management.ts)
  const opened: Store = config.postgres
    ? await PostgresStore.open({ url: config.postgres }) // several nodes, one state (src/store/postgres)
    : new SqliteStore({ path: config.memory ? ':memory:' : join(config.dataDir, 'tollgate.db'), synchronous: config.sync });
  // A worker's commits reach its siblings before they are acknowledged (store/announced.ts).
  const cluster = options.cluster;
  const store: Store = cluster ? new AnnouncedStore(opened, (version) => cluster.notify({ kind: 'version', version })) : opened;
  // What is open so far, closed again (last first) if a later step fails: a store's connections, Redis,
  // a listener already bound would otherwise outlive the failed start.
  const undo: (() => unknown)[] = [() => store.close()];
  try {
    const parts = await buildParts(config, store, log, undo, options);
    // --openapi: imported and deployed before any listener opens, so that a bad file stops the start. Of several
    // workers, by the first only, which starts alone (the others would deploy the same files again).
    const apigateway = parts.stacks.deps.services.apigateway;
    const base = { region: config.region, accountId: config.accountId, store, log };
    const openapi = config.openapi && (!cluster || cluster.first) ? await deployOpenApiFiles(apigateway, config.openapi, base) : [];
    const listeners = new Listeners();
    undo.push(() => listeners.destroy());
    let draining = false;
    const probes: Probes = {
      store,
      counters: parts.counters,
      redisRequired: config.redis !== undefined && config.redisFailure === 'closed',
      draining: () => draining,
    };
    const operator = operatorRoutes(probes, {
      ...(parts.metrics ? { '/metrics': metricsRoute(scraped(parts.metrics, cluster)) } : {}),
      // The services as LocalStack names them (its SERVICE names: `apigateway`, `lambda`, `cloudformation`).
      ...(config.localstack ? localStackRoutes(probes, ['apigateway', 'lambda', 'cloudformation'], VERSION) : {}),
      // The web console's page (README "Web console"); its data comes through the management API itself.
      ...consoleRoutes({ region: config.region, signIn: config.credentials.size > 0, dataPlaneHere: config.adminPort === undefined }),
    });
    const urls = await listen(config, parts, listeners, operator, log);
    log.info(
      {
        ...urls,
        dataDir: config.memory ? ':memory:' : config.dataDir,
        ...(config.localstack ? { localstack: true } : {}),
        ...(config.postgres ? { postgres: redactPassword(config.postgres) } : {}),
      },
      'tollgate listening',
    );
    logDeployed(openapi, urls.url, log);
    return {
      ...urls,
      openapi,
      store,
      log,
      stacks: parts.stacks,
      drain() {
        draining = true;
      },
      reopenLogs: () => parts.rt.accessLog.reopen(),
      async close() {
        draining = true;
        parts.live.close(); // the console's open streams end first: they would hold the listeners' close up
        if (!(await listeners.close())) return; // closed already
        await parts.stacks.settled(); // a deploy CreateStack left running ends before the store closes
        await parts.http.close();
        await parts.runner.close();
        await parts.rt.close();
        await parts.counters.close();
        await store.close();
      },
    };
  } catch (e) {
    for (const step of undo.reverse())
      await Promise.resolve()
        .then(step)
        .catch(() => undefined);
    throw e;
  }
}

interface Parts {
  http: HttpClient;
  domains: CustomDomains;
  counters: Counters;
  rt: DataRuntime;
  runner: FunctionRunner;
  data: DataPlane;
  management: ManagementServer;
  stacks: StackEngine;
  metrics: Metrics | undefined;
  live: LiveRequests;
}

/** Both planes and the management services; what must be closed is pushed onto `undo` as it opens. */
async function buildParts(config: Config, store: Store, log: Logger, undo: (() => unknown)[], options: AppOptions): Promise<Parts> {
  const http = new HttpClient(backendTlsOptions(config.tls, store)); // client certificates, --backend-ca
  undo.push(() => http.close());
  const domains = new CustomDomains(store);
  // A worker without --redis asks the primary, which counts for all and lends blocks of big throttle buckets (throttle/shared.ts).
  const cluster = options.cluster;
  const counters =
    cluster && !config.redis
      ? new PrimaryCounters((op, args) => cluster.call(op, args as never), options.clock, config.workers)
      : await openCounters(config, log, options.clock);
  undo.push(() => counters.close());
  // Prometheus metrics (src/metrics/): counted by the data plane and around the function runner and the remote invoker.
  const metrics = config.metrics ? createMetrics() : undefined;
  if (metrics && cluster) shareWithPrimary(metrics);
  const observe = <T extends LambdaInvoker>(invoker: T): T => (metrics ? metrics.lambda.invoker(invoker) : invoker);
  const { runner: given, functionsDir } = functionRunner(config, store, log, options);
  const runner = metrics ? metrics.lambda.runner(given) : given;
  undo.push(() => runner.close());
  if (functionsDir) {
    await functionsDir.sync();
    log.info({ dir: functionsDir.dir, functions: functionsDir.names }, 'local Lambda functions');
  }
  const lambdaPorts: LambdaPorts = { runner, codeCacheDir: join(config.dataDir, 'lambda-code') };
  // API Gateway invokes the management API's functions through this port, their resource policies checked.
  const stored = new StoredFunctions({ store, ports: lambdaPorts, accountId: config.accountId, log, permissions: config.lambdaPermissions, functionsDir });
  const local = functionsDir && ((name: string) => functionsDir.has(name));
  const rt = buildDataRuntime(config, store, http, log, { stored, local }, observe); // Lambda invokers, stage cache, access logs, canary split
  undo.push(() => rt.close());
  // The console's live requests (edge/live-requests.ts): a summary of each answer, full traces while a console watches.
  const live = new LiveRequests();
  const data = new DataPlane({ ...rt, admission: createAdmission(store, counters, config, log), metrics: metrics?.apiGateway, watch: live });
  const services = managementServices(config, clusterPort(dataPlanePort(rt), cluster), counters, lambdaPorts);
  cluster?.onNotice((notice) => {
    if (notice.kind === 'version') store.sawConfigVersion?.(notice.version);
    else if (notice.kind === 'flush-stage') rt.cache.flush(notice.apiId, notice.stage);
    else rt.auth.flush(notice.apiId, notice.stage);
  });
  // Stacks provision through the services themselves, in-process: the same rules and errors as on the wire.
  const [apigateway, lambda] = services;
  const stacks = new StackEngine({ services: { apigateway, lambda }, store, log, accountId: config.accountId, region: config.region });
  // CloudFormation's API (awsQuery) over the stack engine, last: it routes only `POST /` (its Action in the body).
  const management = new ManagementServer([...services, cloudFormationService(stacks)], store, config, log);
  // One node (SQLite): a stack claimed by a deploy that a stop interrupted is released. On PostgreSQL another node may be
  // deploying it; of several workers, only the first, which starts alone, may release (a later one would release its siblings').
  if (!config.postgres && (!cluster || cluster.first)) await stacks.recoverInterrupted();
  return { http, domains, counters, rt, runner, data, management, stacks, metrics, live };
}

/**
 * Where functions run: execution environments speaking the Lambda Runtime API (src/runtime/), and, for the
 * `--functions` shortcut's Node.js functions under `--node-environments threads`, worker threads
 * (src/lambda/local.ts). The folder's functions are written to the store by buildParts (services/lambda/functions-dir.ts);
 * its `concurrency` caps their environments.
 */
function functionRunner(config: Config, store: Store, log: Logger, options: AppOptions): { runner: FunctionRunner; functionsDir: FunctionsDir | undefined } {
  let runner: FunctionRunner | undefined = options.functionRunner;
  const dir = config.functions;
  const functionsDir = dir
    ? new FunctionsDir({ dir, store, region: config.region, accountId: config.accountId, log, retire: (name) => runner!.retire(name) })
    : undefined;
  const fromDir = (spec: FunctionSpec): boolean => spec.codeDir === dir && functionsDir?.concurrency(spec.name) !== undefined;
  const maxEnvironments = (spec: FunctionSpec): number => (fromDir(spec) ? functionsDir!.concurrency(spec.name)! : 10);
  if (!runner) {
    const processes = new ProcessRunner({ log, maxEnvironments });
    const threads = config.nodeEnvironments === 'threads' && functionsDir;
    runner = threads ? new SplitRunner(new ThreadRunner({ log, maxEnvironments }), processes, (s) => fromDir(s) && s.runtime.startsWith('nodejs')) : processes;
  }
  return { runner, functionsDir };
}

/**
 * The services the management listener serves (src/services/served-service.ts), each chosen by its SigV4
 * signing name (its model's `service`), else by route. A service is registered here: its folder's
 * `…Service(config, ports)`, given the ports it needs. API Gateway reaches the data plane and the
 * counters only through the ports handed in here.
 */
function managementServices(config: Config, dataPlane: DataPlanePort, counters: Counters, lambda: LambdaPorts): ServedService[] {
  return [
    apiGatewayService(config, { dataPlane, counters }),
    // Lambda's code is unpacked under the data dir, one directory per CodeSha256.
    lambdaService(lambda),
    // ACM (awsJson1_1): routes only `POST /` in its own content type; --certificate's certificates listed read-only.
    acmService({ configured: config.tls.certificates }),
    // S3 for code and templates (issue 19): only requests signed for `s3` reach it (signedOnly).
    s3Service(),
  ];
}

/**
 * The listeners: HTTPS (when asked for), the main one (invoke URLs, custom domains, Lambda's Invoke API,
 * and management unless --admin-port), the management one (--admin-port).
 */
async function listen(
  config: Config,
  parts: Parts,
  listeners: Listeners,
  operator: (req: IncomingMessage, res: ServerResponse) => boolean,
  log: Logger,
): Promise<Pick<RunningApp, 'url' | 'adminUrl' | 'tlsUrl'>> {
  const separateAdmin = config.adminPort !== undefined;
  // Health, readiness (edge/operator.ts) first: they are the management listener's, whatever the services route.
  const consoleRequests = consoleRequestsRoutes(parts.live, config.credentials);
  const handleControl: Handler = (req, res) => {
    if (operator(req, res) || consoleRequests(req, res)) return;
    parts.management.handle(req, res).catch(lastResort(log, res));
  };
  const { data, domains, rt } = parts;
  const handleMain = mainHandler({ data, domains, lambdaApi: rt.lambdaApi, management: separateAdmin ? undefined : handleControl, log });
  // Up before the main listener, so that a server answering on --port serves HTTPS too.
  const tlsUrl = config.tls.port === undefined ? undefined : await listenTls(config, config.tls.port, domains, listeners, handleMain, log);
  const url = await listeners.listen(listeners.http(handleMain), config.host, config.port);
  const adminUrl = separateAdmin ? await listeners.listen(listeners.http(handleControl), config.adminHost ?? '127.0.0.1', config.adminPort!) : url;
  return { url, adminUrl, tlsUrl };
}

/** HTTPS: each custom domain's certificate by SNI, per-domain TLS version and mutual TLS (edge/tls-listener.ts). */
async function listenTls(
  config: Config,
  port: number,
  domains: CustomDomains,
  listeners: Listeners,
  handler: Handler,
  log: Logger,
): Promise<string | undefined> {
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
  if (!tls) return undefined;
  listeners.add(tls.server, tls.closeHandshakes);
  return tls.url;
}

/** A worker's data-plane port: its flushes reach the other workers' caches too, before FlushStageCache answers. */
function clusterPort(port: DataPlanePort, cluster: ClusterPorts | undefined): DataPlanePort {
  if (!cluster) return port;
  return {
    ...port,
    async flushStageCache(apiId, stage) {
      await port.flushStageCache(apiId, stage);
      await cluster.notify({ kind: 'flush-stage', apiId, stage });
    },
    async flushAuthorizerCache(apiId, stage) {
      await port.flushAuthorizerCache(apiId, stage);
      await cluster.notify({ kind: 'flush-authorizers', apiId, stage });
    },
  };
}

/** What `/metrics` serves: this process's registries, or, in a worker, every worker's summed by the primary (metrics/cluster.ts). */
function scraped(metrics: Metrics, cluster: ClusterPorts | undefined): Pick<Metrics, 'contentType' | 'text'> {
  if (!cluster) return metrics;
  return { contentType: metrics.contentType, text: async () => (await cluster.call('metrics', [])) as string };
}

/** One line per --openapi file, with the stage's invoke URL (edge/invoke-url.ts's path form). */
function logDeployed(deployed: DeployedOpenApi[], url: string, log: Logger): void {
  for (const d of deployed) {
    for (const warning of d.warnings) log.warn({ file: d.file, warning }, 'openapi import warning');
    const invokeUrl = `${url}/_aws/execute-api/${d.restApiId}/${d.stage}/`;
    log.info({ file: d.file, restApiId: d.restApiId, name: d.name, action: d.action, stage: d.stage, invokeUrl }, 'openapi deployed');
  }
}

/** A database URL fit for a log line: its password replaced. */
function redactPassword(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparsable URL)';
  }
}
