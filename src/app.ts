/**
 * Tollgate as a value: open the store, build the control plane, listen. `main.ts` wraps it for the
 * command line; tests start it in-process on port 0.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Config } from './config.js';
import { buildHandlers } from './control/handlers.js';
import { ControlServer } from './control/server.js';
import { createLogger, type Logger } from './shared/log.js';
import { SqliteStore } from './store/sqlite/sqlite-store.js';
import type { Store } from './store/store.js';

export interface RunningApp {
  /** http://host:port of the main listener. */
  url: string;
  /** http://host:port of the management listener (the main one unless --admin-port is set). */
  adminUrl: string;
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

export async function startApp(config: Config, log: Logger = createLogger(config.logLevel)): Promise<RunningApp> {
  const store = new SqliteStore({ path: config.memory ? ':memory:' : join(config.dataDir, 'tollgate.db'), synchronous: config.sync });
  const control = new ControlServer(buildHandlers(), store, config, log);
  const separateAdmin = config.adminPort !== undefined;
  const handle = (req: Parameters<ControlServer['handle']>[0], res: Parameters<ControlServer['handle']>[1]): void => {
    void control.handle(req, res);
  };
  const main = createServer({ keepAliveTimeout: 5000 }, separateAdmin ? notFoundHandler : handle);
  const servers = [main];
  const url = await listen(main, config.host, config.port);
  let adminUrl = url;
  if (separateAdmin) {
    const admin = createServer({ keepAliveTimeout: 5000 }, handle);
    servers.push(admin);
    adminUrl = await listen(admin, config.adminHost ?? '127.0.0.1', config.adminPort!);
  }
  log.info({ url, adminUrl, dataDir: config.memory ? ':memory:' : config.dataDir }, 'tollgate listening');
  let closed = false;
  return {
    url,
    adminUrl,
    store,
    log,
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all(servers.map((s) => new Promise<void>((resolve) => {
        s.close(() => resolve());
        s.closeIdleConnections();
      })));
      await store.close();
    },
  };
}

/** The main listener when management lives elsewhere: the data plane will answer here. */
function notFoundHandler(_req: unknown, res: import('node:http').ServerResponse): void {
  res.writeHead(404, { 'Content-Type': 'application/json' });
  res.end('{"message":"Not Found"}');
}
