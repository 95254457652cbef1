/**
 * Local Lambda functions acting as API Gateway authorizers, for the authorizer tests. `authz` decides by
 * its token (TOKEN: the token; REQUEST: the X-Token header), with an optional `Bearer ` prefix:
 *   allow          Allow on every method of the API, principal `user-allow`, a context of a string, a
 *                  number, a boolean and a null;
 *   exact          Allow on this request's method ARN only (a method-specific policy);
 *   get-only       Allow on `*`/GET/* only;
 *   implicit       Allow on another API only (nothing matches: an implicit deny);
 *   deny           Allow everything and Deny everything (the Deny wins);
 *   key-VALUE      Allow, with usageIdentifierKey VALUE;
 *   unauthorized   fails with exactly "Unauthorized";
 *   throw          fails with another message;
 *   bad            answers a proxy-style response instead of a policy;
 *   nested         Allow with an object in its context;
 *   slow           outlives its 1-second timeout.
 * Every invocation appends its event as one JSON line to the file in AUTHZ_LOG, so tests can count
 * invocations (cache hits invoke nothing) and check the exact events.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FUNCTIONS, writeFunctions } from './functions.js';
const AUTHZ = `
import { appendFileSync } from 'node:fs';
export const handler = async (event) => {
  appendFileSync(process.env.AUTHZ_LOG, JSON.stringify(event) + '\\n');
  const raw = event.type === 'TOKEN' ? event.authorizationToken : (event.headers?.['X-Token'] ?? event.headers?.['x-token'] ?? 'allow');
  const mode = String(raw).replace(/^Bearer /, '');
  const api = event.methodArn.split('/')[0];
  const statement = (Effect, Resource) => ({ Action: 'execute-api:Invoke', Effect, Resource });
  const policy = (...Statement) => ({ Version: '2012-10-17', Statement });
  const context = { user: mode, num: 1, flag: true, nil: null };
  switch (true) {
    case mode === 'unauthorized': throw new Error('Unauthorized');
    case mode === 'throw': throw new Error('something broke');
    case mode === 'bad': return { statusCode: 401, body: 'nope' };
    case mode === 'slow': await new Promise((r) => setTimeout(r, 5000)); return {};
    case mode === 'exact': return { principalId: 'user-exact', policyDocument: policy(statement('Allow', event.methodArn)), context };
    case mode === 'get-only': return { principalId: 'user-get', policyDocument: policy(statement('Allow', api + '/*/GET/*')) };
    case mode === 'implicit': return { principalId: 'user-implicit', policyDocument: policy(statement('Allow', 'arn:aws:execute-api:us-east-1:000000000000:otherapi/*')) };
    case mode === 'deny': return { principalId: 'user-deny', policyDocument: policy(statement('Allow', '*'), statement('Deny', [api + '/*'])) };
    case mode === 'nested': return { principalId: 'user-nested', policyDocument: policy(statement('Allow', api + '/*')), context: { nested: { a: 1 } } };
    case mode.startsWith('key-'): return { principalId: 'user-key', policyDocument: policy(statement('Allow', api + '/*')), usageIdentifierKey: mode.slice(4) };
    default: return { principalId: 'user-' + mode, policyDocument: policy(statement('Allow', api + '/*')), context };
  }
};`;
export function writeAuthorizerFunctions() {
    const logDir = mkdtempSync(join(tmpdir(), 'tollgate-authz-'));
    const log = join(logDir, 'events.log');
    writeFileSync(log, '');
    const fns = writeFunctions({
        'echo.mjs': FUNCTIONS['echo.mjs'],
        'authz.mjs': AUTHZ,
        'tollgate.functions.json': JSON.stringify({ authz: { timeout: 1, concurrency: 1, environment: { AUTHZ_LOG: log } } }),
    }, {});
    return {
        dir: fns.dir,
        remove() {
            fns.remove();
            rmSync(logDir, { recursive: true, force: true });
        },
        events: () => readFileSync(log, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l)),
    };
}
/** The authorizerUri of a local function (CreateAuthorizer takes a full Lambda ARN). */
export const authorizerUri = (fn, region = 'us-east-1', account = '000000000000') => `arn:aws:apigateway:${region}:lambda:path/2015-03-31/functions/arn:aws:lambda:${region}:${account}:function:${fn}/invocations`;
//# sourceMappingURL=authorizer-functions.js.map