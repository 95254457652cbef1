import { evaluatePolicy, parsePolicy } from './policy.js';
export const INVOKE = 'execute-api:Invoke';
export function methodArn(region, accountId, apiId, stage, httpMethod, path) {
    return `arn:aws:execute-api:${region}:${accountId}:${apiId}/${stage}/${httpMethod}${path.startsWith('/') ? path : `/${path}`}`;
}
/** The account id masked as AWS prints it in denials: `********1234`. */
export function maskAccount(arn) {
    return arn.replace(/^(arn:aws[a-z-]*:execute-api:[^:]*:)(\d{12})(:)/, (_m, a, acct, c) => `${a}********${acct.slice(-4)}${c}`);
}
export function denialMessage(user, arn, explicit, suffix = '') {
    return `User: ${user} is not authorized to perform: ${INVOKE} on resource: ${maskAccount(arn)}${explicit ? ` with an explicit deny${suffix}` : suffix}`;
}
/** The capital-M body of resource-policy and IAM denials. */
export const denialBody = (message) => JSON.stringify({ Message: message });
function expand(doc, region, accountId, apiId) {
    const fix = (r) => r.startsWith('execute-api:/') ? `arn:aws:execute-api:${region}:${accountId}:${apiId}/${r.slice('execute-api:/'.length)}` : r;
    return {
        ...doc,
        Statement: doc.Statement.map((s) => ({
            ...s,
            ...(s.Resource ? { Resource: s.Resource.map(fix) } : {}),
            ...(s.NotResource ? { NotResource: s.NotResource.map(fix) } : {}),
        })),
    };
}
/**
 * The deployment's resource policy, parsed once per deployment: undefined when there is none,
 * 'invalid' when it cannot be read (AWS refuses such a policy when it is saved; here the control plane
 * stores it as given, so the data plane denies every request rather than serve an unreadable policy).
 */
export function resourcePolicyOf(deployment, region, accountId) {
    const key = 'auth:resource-policy';
    if (deployment.memo.has(key))
        return deployment.memo.get(key);
    const text = deployment.snapshot.api.policy;
    let out;
    if (text && text.trim()) {
        try {
            out = expand(parsePolicy(JSON.parse(text)), region, accountId, deployment.snapshot.api.id);
        }
        catch {
            out = 'invalid';
        }
    }
    deployment.memo.set(key, out);
    return out;
}
/** The condition keys of one request. */
export function conditionKeys(f) {
    const keys = {
        'aws:sourceip': f.sourceIp,
        'aws:securetransport': f.secure ? 'true' : 'false',
        'aws:useragent': f.userAgent,
        'aws:referer': f.referer,
        'aws:currenttime': new Date(f.now).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        'aws:epochtime': String(Math.floor(f.now / 1000)),
        'aws:requestedregion': f.region,
    };
    if (f.caller) {
        keys['aws:principalarn'] = f.caller.arn;
        keys['aws:principalaccount'] = f.caller.accountId;
        keys['aws:userid'] = f.caller.userId;
        const user = /:user\/(?:.*\/)?([^/]+)$/.exec(f.caller.arn);
        if (user)
            keys['aws:username'] = user[1];
    }
    return keys;
}
export function evaluateResourcePolicy(doc, arn, facts) {
    if (doc === 'invalid')
        return 'Deny'; // fail closed (resourcePolicyOf)
    return evaluatePolicy(doc, { action: INVOKE, resource: arn, principal: facts.caller, keys: conditionKeys(facts) }, true);
}
