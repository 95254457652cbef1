/**
 * LocalStack drop-in mode: what an existing LocalStack-based setup expects of the endpoint it points at
 * (docs.localstack.cloud/aws/configuration/networking/internal-endpoints/): port 4566, `GATEWAY_LISTEN`
 * (LocalStack's `[host]:port[,…]` listen list; the first entry is used), `test`/`test` keys, and
 * `/_localstack/health` (edge/operator.ts). Asked for with `--localstack` (TOLLGATE_LOCALSTACK=1), or
 * implied when GATEWAY_LISTEN is set or port 4566 is asked for. Host-style invoke URLs on
 * `{apiId}.execute-api.localhost.localstack.cloud` need nothing of this mode: edge/invoke-url.ts reads
 * any `{apiId}.execute-api.…` host.
 */
import { ConfigError } from './errors.js';
import { isLoopback } from '../shared/loopback.js';
export const LOCALSTACK_PORT = 4566;
/** LocalStack's documented dummy keys (its docs' `AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test`). */
export const LOCALSTACK_KEYS = { accessKeyId: 'test', secretAccessKey: 'test' };
/** The first entry of GATEWAY_LISTEN: `host:port`, `:port`, `host`, or `[v6]:port`. */
export function parseGatewayListen(v) {
    const first = v.split(',')[0].trim();
    const m = /^(\[[^\]]+\]|[^:]*)(?::(\d+))?$/.exec(first);
    const port = m?.[2] === undefined ? undefined : Number(m[2]);
    if (!m || (port !== undefined && port > 65535))
        throw new ConfigError(`GATEWAY_LISTEN must be [host]:port[,…], got '${v}'`);
    return { host: m[1] === '' ? undefined : m[1].replace(/^\[|\]$/g, ''), port };
}
/** Whether the mode is on: asked for, or implied by GATEWAY_LISTEN or by port 4566. */
export function localStackMode(flag, env, requestedPort) {
    return flag || (env.GATEWAY_LISTEN !== undefined && env.GATEWAY_LISTEN !== '') || requestedPort === LOCALSTACK_PORT;
}
/**
 * The environment credentials are read from: in the mode, with management off loopback and no keys
 * configured, the `test`/`test` key (Tollgate refuses an open management API off loopback; LocalStack's
 * users sign with these). On loopback any key already works.
 */
export function withLocalStackKeys(env, managementHost, credentialsFile) {
    if (isLoopback(managementHost) || credentialsFile || env.TOLLGATE_ACCESS_KEY_ID)
        return env;
    return { ...env, TOLLGATE_ACCESS_KEY_ID: LOCALSTACK_KEYS.accessKeyId, TOLLGATE_SECRET_ACCESS_KEY: LOCALSTACK_KEYS.secretAccessKey };
}
