/**
 * COGNITO_USER_POOLS authorizers (DG:apigateway-integrate-with-cognito, DG:apigateway-enable-cognito-user-pool;
 * aws-behavior.md "COGNITO_USER_POOLS and AWS_IAM"). There is no Cognito here: each user pool ARN of an
 * authorizer's providerARNs maps to its JWKS, a file or a URL, in configuration:
 *   --cognito-jwks arn:aws:cognito-idp:{region}:{account}:userpool/{poolId}=PATH|URL   (repeatable;
 *   TOLLGATE_COGNITO_JWKS, `;`-separated).
 *
 * A token (the identity source header; a leading `Bearer ` is tolerated) is accepted when:
 *   - it is a JWS signed RS256 by a key of the JWKS of the pool its `iss` names, the issuer being
 *     `https://cognito-idp.{region}.amazonaws.com/{poolId}` of one of the authorizer's providerARNs
 *     (Cognito's token verification guide, docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-verifying-a-jwt.html);
 *   - `exp` is in the future;
 *   - with no authorizationScopes on the method it is an ID token (`token_use: id`); with scopes it is an
 *     access token (`token_use: access`) whose `scope` holds at least one of them (SVC
 *     Method.authorizationScopes);
 *   - an identityValidationExpression, if any, matches its `aud` (so access tokens, which have none, fail).
 * Anything else → 401 {"message":"Unauthorized"}. A pool whose JWKS is not configured or cannot be read
 * → 500 AUTHORIZER_CONFIGURATION_ERROR (logged): the gateway cannot reach its user pool.
 * Claims reach `$context.authorizer.claims.*` and the proxy event's `requestContext.authorizer.claims` as
 * strings; a list prints as `[a b]`, as AWS prints `cognito:groups` (seen in public handlers' test events,
 * e.g. `"cognito:groups": "[group1 group2]"`).
 * JWKS are read on first use and kept an hour; an unknown `kid` reloads them (at most every 10 s).
 */
import { createPublicKey, verify as verifySignature } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { COGNITO_POOL_ARN as POOL_ARN } from '../domain/authorizer.js';
import { AuthorizerFailure, identityMatcher } from './lambda-authorizer.js';
const KEEP_MS = 60 * 60_000;
const RELOAD_MS = 10_000;
export const issuerOf = (poolArn) => {
    const m = POOL_ARN.exec(poolArn);
    return m ? `https://cognito-idp.${m[1]}.amazonaws.com/${m[3]}` : undefined;
};
export class JwksStore {
    now;
    #sources;
    #sets = new Map();
    #loading = new Map();
    constructor(sources = {}, now = Date.now) {
        this.now = now;
        this.#sources = sources;
    }
    has(poolArn) {
        return this.#sources[poolArn] !== undefined;
    }
    /** The key for `kid` in the pool's JWKS; throws when the JWKS cannot be read. */
    async key(poolArn, kid) {
        let set = this.#sets.get(poolArn);
        if (!set || this.now() - set.loadedAt > KEEP_MS)
            set = await this.#load(poolArn);
        let key = set.keys.get(kid);
        if (!key && this.now() - set.loadedAt > RELOAD_MS) {
            set = await this.#load(poolArn);
            key = set.keys.get(kid);
        }
        return key;
    }
    #load(poolArn) {
        let p = this.#loading.get(poolArn);
        if (!p) {
            p = this.#read(poolArn).finally(() => this.#loading.delete(poolArn));
            this.#loading.set(poolArn, p);
        }
        return p;
    }
    async #read(poolArn) {
        const where = this.#sources[poolArn];
        let text;
        if (/^https?:\/\//.test(where)) {
            const res = await fetch(where, { signal: AbortSignal.timeout(5000) });
            if (!res.ok)
                throw new Error(`JWKS ${where} answered ${res.status}`);
            text = await res.text();
        }
        else {
            text = await readFile(where, 'utf8');
        }
        const doc = JSON.parse(text);
        if (!Array.isArray(doc.keys))
            throw new Error(`JWKS ${where} has no keys`);
        const keys = new Map();
        for (const jwk of doc.keys) {
            if (!jwk || typeof jwk.kid !== 'string' || jwk.kty !== 'RSA')
                continue;
            try {
                keys.set(jwk.kid, createPublicKey({ key: jwk, format: 'jwk' }));
            }
            catch {
                /* an unusable key is skipped */
            }
        }
        const set = { keys, loadedAt: this.now() };
        this.#sets.set(poolArn, set);
        return set;
    }
}
const unauthorized = (why) => new AuthorizerFailure('UNAUTHORIZED', `Unauthorized: ${why}`);
function b64json(part) {
    try {
        const v = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
        return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
    }
    catch {
        return undefined;
    }
}
/** A claim as API Gateway passes it on: a string. */
export function claimString(v) {
    if (typeof v === 'string')
        return v;
    if (Array.isArray(v))
        return `[${v.map(claimString).join(' ')}]`;
    if (v !== null && typeof v === 'object')
        return JSON.stringify(v);
    return String(v);
}
export async function verifyCognitoToken(rawToken, a, scopes, jwks, now) {
    const token = rawToken.replace(/^Bearer\s+/i, '').trim();
    const parts = token.split('.');
    if (parts.length !== 3)
        throw unauthorized('not a JWT');
    const header = b64json(parts[0]);
    const payload = b64json(parts[1]);
    if (!header || !payload)
        throw unauthorized('not a JWT');
    if (header.alg !== 'RS256' || typeof header.kid !== 'string')
        throw unauthorized('not signed RS256 with a key id');
    const pool = (a.providerARNs ?? []).find((arn) => issuerOf(arn) === payload.iss);
    if (!pool)
        throw unauthorized("issuer is not one of the authorizer's user pools");
    if (!jwks.has(pool)) {
        throw new AuthorizerFailure('AUTHORIZER_CONFIGURATION_ERROR', `Execution failed due to configuration error: no JWKS configured for ${pool} (--cognito-jwks)`);
    }
    let key;
    try {
        key = await jwks.key(pool, header.kid);
    }
    catch (e) {
        throw new AuthorizerFailure('AUTHORIZER_CONFIGURATION_ERROR', `Execution failed due to configuration error: cannot read the JWKS of ${pool}: ${e.message}`);
    }
    if (!key)
        throw unauthorized('unknown signing key');
    const ok = verifySignature('RSA-SHA256', Buffer.from(`${parts[0]}.${parts[1]}`), key, Buffer.from(parts[2], 'base64url'));
    if (!ok)
        throw unauthorized('bad signature');
    if (typeof payload.exp !== 'number' || payload.exp * 1000 <= now)
        throw unauthorized('token expired');
    if (typeof payload.nbf === 'number' && payload.nbf * 1000 > now)
        throw unauthorized('token not yet valid');
    if (scopes && scopes.length) {
        if (payload.token_use !== 'access')
            throw unauthorized('an access token is required');
        const granted = typeof payload.scope === 'string' ? payload.scope.split(/\s+/) : [];
        if (!scopes.some((s) => granted.includes(s)))
            throw unauthorized('no required scope');
    }
    else if (payload.token_use !== 'id') {
        throw unauthorized('an ID token is required');
    }
    if (a.identityValidationExpression) {
        if (typeof payload.aud !== 'string' || !identityMatcher(a)(payload.aud))
            throw unauthorized('aud does not match identityValidationExpression');
    }
    const claims = {};
    for (const [k, v] of Object.entries(payload))
        if (v !== null && v !== undefined)
            claims[k] = claimString(v);
    return { claims };
}
//# sourceMappingURL=cognito.js.map