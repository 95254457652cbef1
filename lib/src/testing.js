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
import { startApp } from './app.js';
import { loadConfig } from './config/options.js';
export async function startTollgate(options = {}) {
    const region = options.region ?? 'us-east-1';
    const config = loadConfig(['--host', '127.0.0.1', '--port', '0', '--memory', '--tls-port', 'off', '--region', region, ...(options.args ?? [])], {});
    const app = await startApp(config, pino({ level: config.logLevel === 'info' && !options.args?.includes('--log-level') ? 'silent' : config.logLevel }));
    const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
    let stopped;
    const stop = () => (stopped ??= app.close());
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
