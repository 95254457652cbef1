/**
 * Where AWS service integrations (integration type AWS, `arn:aws:apigateway:{region}:{service}:…`) send
 * their calls, and the keys they sign them with (src/pipeline/integrations/aws-service.ts):
 *
 *   --aws-endpoint URL            every service at URL (LocalStack, moto…)
 *   --aws-endpoint SERVICE=URL    one service (the URI's service name: sqs, dynamodb, s3, states…); repeatable
 *   TOLLGATE_AWS_ENDPOINTS        the same entries, comma-separated (the flags win when given)
 *   TOLLGATE_AWS_ACCESS_KEY_ID / TOLLGATE_AWS_SECRET_ACCESS_KEY [/ TOLLGATE_AWS_SESSION_TOKEN]
 *                                 the keys that sign every service call (else: README "AWS service integrations")
 *
 * A service with no endpoint of its own takes the catch-all one; with neither, AWS itself.
 */
import { inspect } from 'node:util';
import { ConfigError } from './errors.js';
const SERVICE_NAME = /^[a-z0-9][a-z0-9.-]*$/;
function endpointUrl(v, entry) {
    let u;
    try {
        u = new URL(v);
    }
    catch {
        throw new ConfigError(`--aws-endpoint takes URL or SERVICE=URL, got '${entry}'`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
        throw new ConfigError(`--aws-endpoint must be an http:// or https:// URL, got '${entry}'`);
    return u.href.replace(/\/+$/, '');
}
export function parseAwsEndpoints(flags, env) {
    const out = { all: undefined, services: {} };
    const entries = flags?.length ? flags : env ? env.split(',') : [];
    for (const raw of entries) {
        const entry = raw.trim();
        if (entry === '')
            continue;
        const eq = entry.indexOf('=');
        // `SERVICE=URL` when what precedes the first `=` is a service name (a URL has `:` before any `=`).
        const service = eq > 0 ? entry.slice(0, eq) : '';
        if (service && SERVICE_NAME.test(service))
            out.services[service] = endpointUrl(entry.slice(eq + 1), entry);
        else
            out.all = endpointUrl(entry, entry);
    }
    return out;
}
/** The configured signing keys; undefined when none are (the standard chain is used then). */
export function awsKeysFromEnv(env) {
    const id = env.TOLLGATE_AWS_ACCESS_KEY_ID;
    const secret = env.TOLLGATE_AWS_SECRET_ACCESS_KEY;
    if (!id && !secret)
        return undefined;
    if (!id || !secret)
        throw new ConfigError('TOLLGATE_AWS_ACCESS_KEY_ID and TOLLGATE_AWS_SECRET_ACCESS_KEY go together');
    const keys = { accessKeyId: id, secretAccessKey: secret };
    if (env.TOLLGATE_AWS_SESSION_TOKEN)
        keys.sessionToken = env.TOLLGATE_AWS_SESSION_TOKEN;
    // A logged configuration never carries the secret.
    Object.defineProperty(keys, inspect.custom, { value: () => `AwsKeys(${id})`, enumerable: false });
    Object.defineProperty(keys, 'toJSON', { value: () => `AwsKeys(${id})`, enumerable: false });
    return keys;
}
