/**
 * The callers Tollgate knows: access keys with their secrets and the IAM principal each stands for.
 * They sign management requests (service `apigateway`) and requests to AWS_IAM methods (service
 * `execute-api`). From configuration only — there is no IAM here:
 *
 *   --credentials FILE (TOLLGATE_CREDENTIALS): JSON, one entry per access key id:
 *     { "AKIAEXAMPLE": { "secretAccessKey": "…", "principalArn": "arn:aws:iam::123456789012:user/alice",
 *                        "accountId": "123456789012",      // optional: else the ARN's, else --account-id
 *                        "userId": "AIDAEXAMPLE",          // optional: $context.identity.user / caller
 *                        "sessionToken": "…",              // optional: then X-Amz-Security-Token must carry it
 *                        "policy": { "Version": "2012-10-17", "Statement": [ … ] } } }  // optional
 *     `policy` is the principal's identity policy for execute-api:Invoke (an object or its JSON text);
 *     without one the principal may invoke every API (as an administrator would).
 *   TOLLGATE_ACCESS_KEY_ID / TOLLGATE_SECRET_ACCESS_KEY: one more key, the account's root
 *     (`arn:aws:iam::{account}:root`), allowed everything.
 *
 * Secrets stay inside the store: it prints and serialises as a count, so a logged configuration can
 * never carry one.
 */
import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { parsePolicy } from '../domain/policy-document.js';
import { ConfigError } from './errors.js';
export class CredentialStore {
    #byKey;
    constructor(entries = []) {
        this.#byKey = new Map(entries.map((c) => [c.accessKeyId, c]));
    }
    get(accessKeyId) {
        return this.#byKey.get(accessKeyId);
    }
    get size() {
        return this.#byKey.size;
    }
    toJSON() {
        return { credentials: this.#byKey.size };
    }
    [inspect.custom]() {
        return `CredentialStore(${this.#byKey.size})`;
    }
}
const ARN_ACCOUNT = /^arn:aws[a-z-]*:(?:iam|sts)::(\d{12}):/;
/** Parses a credentials document. Messages never quote a secret. */
export function parseCredentials(doc, defaultAccount, source = 'credentials') {
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
        throw new ConfigError(`${source}: expected a JSON object of access key id → { secretAccessKey, principalArn, … }`);
    const out = [];
    for (const [accessKeyId, raw] of Object.entries(doc)) {
        if (!/^[A-Za-z0-9]{3,128}$/.test(accessKeyId))
            throw new ConfigError(`${source}: '${accessKeyId}' is not an access key id (letters and digits)`);
        const e = raw;
        if (!e || typeof e !== 'object')
            throw new ConfigError(`${source}: ${accessKeyId} must be an object`);
        if (typeof e.secretAccessKey !== 'string' || !e.secretAccessKey)
            throw new ConfigError(`${source}: ${accessKeyId} needs a secretAccessKey`);
        if (typeof e.principalArn !== 'string' || !/^arn:aws[a-z-]*:(iam|sts)::\d{12}:.+/.test(e.principalArn)) {
            throw new ConfigError(`${source}: ${accessKeyId} needs a principalArn such as arn:aws:iam::123456789012:user/alice`);
        }
        const accountId = typeof e.accountId === 'string' ? e.accountId : (ARN_ACCOUNT.exec(e.principalArn)?.[1] ?? defaultAccount);
        if (!/^\d{12}$/.test(accountId))
            throw new ConfigError(`${source}: ${accessKeyId}: accountId must be 12 digits`);
        let policy;
        if (e.policy !== undefined) {
            try {
                policy = parsePolicy(typeof e.policy === 'string' ? JSON.parse(e.policy) : e.policy);
            }
            catch (err) {
                throw new ConfigError(`${source}: ${accessKeyId}: invalid policy: ${err.message}`);
            }
        }
        if (e.sessionToken !== undefined && typeof e.sessionToken !== 'string')
            throw new ConfigError(`${source}: ${accessKeyId}: sessionToken must be a string`);
        const root = e.principalArn.endsWith(':root');
        out.push({
            accessKeyId,
            secretAccessKey: e.secretAccessKey,
            sessionToken: e.sessionToken,
            principalArn: e.principalArn,
            accountId,
            userId: typeof e.userId === 'string' ? e.userId : root ? accountId : accessKeyId,
            policy,
        });
    }
    return out;
}
/** `--credentials FILE` and/or TOLLGATE_ACCESS_KEY_ID / TOLLGATE_SECRET_ACCESS_KEY. */
export function loadCredentials(file, env, accountId) {
    const entries = [];
    if (file) {
        let text;
        try {
            text = readFileSync(file, 'utf8');
        }
        catch (e) {
            throw new ConfigError(`--credentials: cannot read ${file}: ${e.code ?? e.message}`);
        }
        let doc;
        try {
            doc = JSON.parse(text);
        }
        catch {
            throw new ConfigError(`--credentials: ${file} is not valid JSON`);
        }
        entries.push(...parseCredentials(doc, accountId, `--credentials ${file}`));
    }
    const id = env.TOLLGATE_ACCESS_KEY_ID;
    const secret = env.TOLLGATE_SECRET_ACCESS_KEY;
    if (id || secret) {
        if (!id || !secret)
            throw new ConfigError('TOLLGATE_ACCESS_KEY_ID and TOLLGATE_SECRET_ACCESS_KEY must be set together');
        entries.push(...parseCredentials({ [id]: { secretAccessKey: secret, principalArn: `arn:aws:iam::${accountId}:root`, accountId } }, accountId, 'TOLLGATE_ACCESS_KEY_ID'));
    }
    return new CredentialStore(entries);
}
//# sourceMappingURL=credentials.js.map