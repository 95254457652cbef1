/**
 * `tollgate/testing`: an in-process Tollgate for a test suite. It starts on 127.0.0.1 on a free port,
 * in memory, without HTTPS, silent, reading no TOLLGATE_* variable of the caller's environment, and
 * hands back what AWS SDK v3 clients need (`clientConfig`: endpoint, region, credentials) and the
 * invoke URL of a stage. Stop it with `stop()` or let `await using` do it.
 *
 *   await using tollgate = await startTollgate();
 *   const client = new APIGatewayClient(tollgate.clientConfig);
 */
import { pino } from 'pino';
import { startApp, type RunningApp } from './app.js';
import { loadConfig } from './config/options.js';

export interface StartOptions {
  /** More `tollgate serve` flags (`--functions DIR`, `--credentials FILE`, `--log-level info`, …). */
  args?: string[];
  /** The region of `clientConfig` (default us-east-1). */
  region?: string;
}

export interface TestCredentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface RunningTollgate extends AsyncDisposable {
  /** The main listener (invoke URLs), `http://127.0.0.1:PORT`. */
  url: string;
  /** The management endpoint for SDK clients and the CLI's --endpoint-url (the main listener unless --admin-port). */
  endpoint: string;
  region: string;
  /** Any key works on loopback; these are LocalStack's customary `test`/`test`. */
  credentials: TestCredentials;
  /** `{ endpoint, region, credentials }`: the constructor argument of any AWS SDK v3 client. */
  clientConfig: { endpoint: string; region: string; credentials: TestCredentials };
  /** Variables that point a child process's AWS SDK or CLI here (AWS_ENDPOINT_URL, keys, region). */
  env: Record<string, string>;
  /** The URL of `path` on a deployed stage: `{url}/_aws/execute-api/{apiId}/{stage}{path}`. */
  invokeUrl(apiId: string, stage: string, path?: string): string;
  /** The running app itself (its store, logger), for what the above does not cover. */
  app: RunningApp;
  /** Stops it; again is a no-op. */
  stop(): Promise<void>;
}

export async function startTollgate(options: StartOptions = {}): Promise<RunningTollgate> {
  const region = options.region ?? 'us-east-1';
  const config = loadConfig(['--host', '127.0.0.1', '--port', '0', '--memory', '--tls-port', 'off', '--region', region, ...(options.args ?? [])], {});
  const app = await startApp(config, pino({ level: config.logLevel === 'info' && !options.args?.includes('--log-level') ? 'silent' : config.logLevel }));
  const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => (stopped ??= app.close());
  return {
    url: app.url,
    endpoint: app.adminUrl,
    region,
    credentials,
    clientConfig: { endpoint: app.adminUrl, region, credentials },
    env: {
      AWS_ENDPOINT_URL: app.adminUrl,
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      AWS_REGION: region,
      AWS_DEFAULT_REGION: region,
    },
    invokeUrl: (apiId, stage, path = '/') => `${app.url}/_aws/execute-api/${apiId}/${stage}${path.startsWith('/') ? path : `/${path}`}`,
    app,
    stop,
    [Symbol.asyncDispose]: stop,
  };
}
