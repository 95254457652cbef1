/**
 * Tollgate as a value: open the store, build the control plane, listen. `main.ts` wraps it for the
 * command line; tests start it in-process on port 0.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Config } from './config/options.js';
import { ConfigError } from './config/options.js';
import { assertManagementSafe } from './auth/management.js';
import { apiGatewayService } from './services/apigateway/service.js';
import { lambdaService } from './services/lambda/handlers.js';
import { servedService } from './services/served-service.js';
import { ManagementServer } from './edge/management-server.js';
import { HttpClient } from './pipeline/integrations/http-client.js';
import { parseInvokeTarget } from './edge/invoke-url.js';
import { CustomDomains, hostname, isCandidate } from './edge/custom-domains.js';
import { backendTlsOptions, CertificateBook } from './edge/tls-certificates.js';
import { startTlsListener } from './edge/tls-listener.js';
import { serveInvoke } from './edge/node-adapter.js';
import { DataPlane } from './pipeline/pipeline.js';
import { buildDataRuntime } from './pipeline/runtime.js';
import { dataPlanePort } from './pipeline/port.js';
import { createAdmission } from './pipeline/admission.js';
import { openCounters } from './throttle/open.js';
import { createLogger, type Logger } from './shared/log.js';
import { PostgresStore } from './store/postgres/postgres-store.js';
import { SqliteStore } from './store/sqlite/sqlite-store.js';
import type { Store } from './store/store.js';
import type { FunctionRunner } from './runtime/function-runner.js';
import { ProcessRunner } from './runtime/process-runner.js';

export interface RunningApp {
  /** http://host:port of the main listener. */
  url: string;
  /** http://host:port of the management listener (the main one unless --admin-port is set). */
  adminUrl: string;
  /** https://host:port of the HTTPS listener, when there is one (--tls-port). */
  tlsUrl: string | undefined;
  store: Store;
  log: Logger;
  close(): Promise<void>;
}

function listen(server: Server, host: string, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const a = server.address() as AddressInfo;
      const h = a.family === 'IPv6' ? `[${a.address}]` : a.address;
      resolve(`http://${h}:${a.port}`);
    });
  });
}

/** What a caller may give the app besides its configuration. */
export interface AppOptions {
  /** Runs Lambda's functions for its management API's Invoke (src/runtime/); none: Invoke answers that it cannot run them. */
  functionRunner?: FunctionRunner;
}

export async function startApp(config: Config, log: Logger = createLogger(config.logLevel), options: AppOptions = {}): Promise<RunningApp> {
  assertManagementSafe(config, (m) => new ConfigError(m)); // off loopback, management requires credentials (src/auth/management.ts)
  const store: Store = config.postgres
    ? await PostgresStore.open({ url: config.postgres }) // several nodes, one state (src/store/postgres)
    : new SqliteStore({ path: config.memory ? ':memory:' : join(config.dataDir, 'tollgate.db'), synchronous: config.sync });
  // What is open so far, closed again (last first) if a later step fails: a store's connections, Redis,
  // a listener already bound would otherwise outlive the failed start.
  const undo: (() => unknown)[] = [() => store.close()];
  try {
    const http = new HttpClient(backendTlsOptions(config.tls, store)); // client certificates, --backend-ca
    undo.push(() => http.close());
    const domains = new CustomDomains(store);
    const counters = await openCounters(config, log);
    undo.push(() => counters.close());
    const rt = buildDataRuntime(config, store, http, log); // Lambda invokers, stage cache, access logs, canary split
    undo.push(() => rt.close());
    const data = new DataPlane({ ...rt, admission: createAdmission(store, counters, config, log) });
    // The management listener's services (src/services/served-service.ts), each chosen by its SigV4 signing
    // name. API Gateway reaches the data plane and the counters only through the ports handed in here;
    // Lambda's code is unpacked under the data dir, one directory per CodeSha256.
    // Lambda's functions run in execution environments speaking the Lambda Runtime API (src/runtime/).
    const runner = options.functionRunner ?? new ProcessRunner({ log });
    undo.push(() => runner.close());
    const control = new ManagementServer(
      [
        apiGatewayService(config, { dataPlane: dataPlanePort(rt), counters }),
        servedService(lambdaService({ runner, codeCacheDir: join(config.dataDir, 'lambda-code') }), (base) => base),
      ],
      store,
      config,
      log,
    );
    const separateAdmin = config.adminPort !== undefined;
    // Responses still being written: on close they are told `Connection: close`, so keep-alive
    // clients do not reuse a socket that is about to go away.
    // Requests that still arrive on open keep-alive connections while closing get it too.
    let closed = false;
    const inFlight = new Set<ServerResponse>();
    const track =
      (h: (req: IncomingMessage, res: ServerResponse) => void) =>
      (req: IncomingMessage, res: ServerResponse): void => {
        if (closed) res.setHeader('Connection', 'close');
        inFlight.add(res);
        res.on('close', () => inFlight.delete(res));
        h(req, res);
      };
    // The handlers answer every failure themselves; this is the last line, so that a bug can never
    // take the process down or leave a client hanging.
    const lastResort =
      (res: ServerResponse) =>
      (e: unknown): void => {
        log.error({ err: e }, 'unhandled request failure');
        if (!res.headersSent) {
          res.writeHead(500, { 'Content-Type': 'application/json' });
          res.end('{"message":"Internal server error"}');
        } else res.destroy();
      };
    const handleControl = (req: IncomingMessage, res: ServerResponse): void => {
      control.handle(req, res).catch(lastResort(res));
    };
    // The main listener serves invoke URLs, and management too unless it has its own listener.
    const handleMain = (req: IncomingMessage, res: ServerResponse, notCustomDomain = false): void => {
      const url = req.url ?? '/';
      const q = url.indexOf('?');
      const path = q < 0 ? url : url.slice(0, q);
      const target = parseInvokeTarget(req.headers.host, path);
      if (target) {
        // Synchronous when the answer was ready (edge/node-adapter.ts): a failure may be thrown as well as rejected.
        try {
          serveInvoke(data, req, res, target, q < 0 ? '' : url.slice(q + 1))?.catch(lastResort(res));
        } catch (e) {
          lastResort(res)(e);
        }
        return;
      }
      // A custom domain name's host goes through its base path mappings (edge/custom-domains.ts).
      if (!notCustomDomain && isCandidate(hostname(req.headers.host))) {
        domains
          .serve(req, res, path, q < 0 ? '' : url.slice(q + 1), data)
          .then((served) => {
            if (!served) handleMain(req, res, true);
          })
          .catch(lastResort(res));
        return;
      }
      // An Invoke of a --functions function is the local Invoke API's; any other is Lambda's management API's.
      if (rt.lambdaApi.matches(path) && rt.lambdaApi.servesLocal(path)) {
        rt.lambdaApi.handle(req, res, path, q < 0 ? '' : url.slice(q + 1)).catch(lastResort(res));
        return;
      }
      if (separateAdmin) {
        notFoundHandler(req, res);
        return;
      }
      handleControl(req, res);
    };
    const main = createServer({ keepAliveTimeout: 5000 }, track(handleMain));
    main.on('clientError', answerClientError);
    const servers = [main];
    undo.push(() => {
      for (const s of servers) {
        s.close();
        s.closeAllConnections();
      }
    });
    // HTTPS: each custom domain's certificate by SNI, per-domain TLS version and mutual TLS (edge/tls-listener.ts).
    // Up before the main listener, so that a server answering on --port serves HTTPS too.
    let tlsUrl: string | undefined;
    let closeHandshakes = (): void => undefined;
    if (config.tls.port !== undefined) {
      const certificates = await CertificateBook.create(config.tls, domains, log);
      const tls = await startTlsListener({
        host: config.host,
        port: config.tls.port,
        optional: config.tls.portIsDefault,
        certificates,
        handler: track(handleMain),
        onClientError: answerClientError,
        log,
      });
      if (tls) {
        servers.push(tls.server);
        tlsUrl = tls.url;
        closeHandshakes = tls.closeHandshakes;
      }
    }
    const url = await listen(main, config.host, config.port);
    let adminUrl = url;
    if (separateAdmin) {
      const admin = createServer({ keepAliveTimeout: 5000 }, track(handleControl));
      admin.on('clientError', answerClientError);
      servers.push(admin);
      adminUrl = await listen(admin, config.adminHost ?? '127.0.0.1', config.adminPort!);
    }
    log.info(
      {
        url,
        adminUrl,
        tlsUrl,
        dataDir: config.memory ? ':memory:' : config.dataDir,
        ...(config.postgres ? { postgres: redactPassword(config.postgres) } : {}),
      },
      'tollgate listening',
    );
    return {
      url,
      adminUrl,
      tlsUrl,
      store,
      log,
      async close() {
        if (closed) return;
        closed = true;
        for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
        const closing = Promise.all(
          servers.map(
            (s) =>
              new Promise<void>((resolve) => {
                s.close(() => resolve());
                s.closeIdleConnections();
              }),
          ),
        );
        closeHandshakes(); // connections still in their TLS handshake carry no request: they do not hold the close up
        await closing;
        await http.close();
        await runner.close();
        await rt.close();
        await counters.close();
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

/** The main listener when management lives elsewhere: the data plane will answer here. */
function notFoundHandler(_req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(404, { 'Content-Type': 'application/json' });
  res.end('{"message":"Not Found"}');
}

/**
 * A request Node's HTTP parser refuses (a head over 16 KiB, a malformed request line) never reaches
 * the handlers: it still gets a JSON error with a request id, then the connection closes.
 */
function answerClientError(err: NodeJS.ErrnoException, socket: import('node:stream').Duplex): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
  const body = JSON.stringify({ message: tooLarge ? 'Request header fields too large' : 'Malformed HTTP request' });
  socket.end(
    `HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\n` +
      `Content-Type: application/json\r\nx-amzn-ErrorType: BadRequestException\r\nx-amzn-RequestId: ${randomUUID()}\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
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
