/** The Cognito user pools' key sources given on the command line (`--cognito-jwks`, TOLLGATE_COGNITO_JWKS). */
import { resolve } from 'node:path';
import { COGNITO_POOL_ARN as POOL_ARN } from '../domain/authorizer.js';
import { ConfigError } from './errors.js';
/** `--cognito-jwks ARN=PATH|URL` entries. */
export function parseCognitoJwks(flags, env) {
    const out = {};
    const entries = flags?.length ? flags : env ? env.split(';').filter((e) => e.trim() !== '') : [];
    for (const entry of entries) {
        const eq = entry.indexOf('=');
        const arn = eq > 0 ? entry.slice(0, eq).trim() : '';
        const where = eq > 0 ? entry.slice(eq + 1).trim() : '';
        if (!POOL_ARN.test(arn) || !where)
            throw new ConfigError(`--cognito-jwks takes USER_POOL_ARN=PATH|URL, got '${entry}'`);
        out[arn] = /^https?:\/\//.test(where) ? where : resolve(where);
    }
    return out;
}
