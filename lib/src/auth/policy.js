/**
 * IAM policy evaluation for `execute-api:Invoke`, shared by the three kinds of policy API Gateway reads:
 * a Lambda authorizer's output, a principal's identity policy (configuration) and the API's resource
 * policy. IAM's rules (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html):
 *   - every statement counts; an explicit Deny wins over any Allow; no matching Allow is an implicit deny
 *     (`Neither`, which the caller combines with the other policies: DG:apigateway-authorization-flow);
 *   - Action and Resource take `*` (any run of characters, `/` included, so a trailing `*` spans path
 *     segments) and `?` (one character); an ARN without a wildcard matches only itself, not its sub-paths
 *     (dherault/serverless-offline#340, #1191, PR#1797; aws-behavior.md "Lambda authorizers");
 *     actions compare without case, resources with case;
 *   - NotAction / NotResource / NotPrincipal invert their element;
 *   - Condition: every operator and every key must hold (AND); a key's values are alternatives (OR); the
 *     negated operators (StringNotEquals, StringNotLike, NotIpAddress, ArnNot…) hold when no value matches,
 *     and when the key is absent; the others fail on an absent key unless suffixed `IfExists`; `Null`
 *     tests presence; `ForAnyValue:` / `ForAllValues:` qualify multi-valued keys.
 * Operators: String(Not)Equals(IgnoreCase), String(Not)Like, (Not)IpAddress (IPv4 and IPv6 CIDRs),
 * Arn(Not)Equals, Arn(Not)Like, Bool, Null, Numeric*, Date*. An operator IAM does not have makes its
 * statement not apply.
 */
import { BlockList, isIP } from 'node:net';
import { parsePolicy, PolicyError } from '../domain/policy-document.js';
export { parsePolicy, PolicyError };
const globCache = new Map();
function globRegex(pattern, ignoreCase) {
    const k = `${ignoreCase ? 'i' : 's'}${pattern}`;
    let re = globCache.get(k);
    if (!re) {
        const body = pattern
            .replace(/[.+^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '.*')
            .replace(/\?/g, '.');
        re = new RegExp(`^${body}$`, ignoreCase ? 'si' : 's');
        if (globCache.size > 5000)
            globCache.clear();
        globCache.set(k, re);
    }
    return re;
}
/** IAM's wildcard match: `*` any run (slashes included), `?` one character. */
export function globMatch(pattern, value, ignoreCase = false) {
    if (pattern === '*')
        return true;
    if (!pattern.includes('*') && !pattern.includes('?'))
        return ignoreCase ? pattern.toLowerCase() === value.toLowerCase() : pattern === value;
    return globRegex(pattern, ignoreCase).test(value);
}
const actionMatches = (patterns, action) => patterns.some((p) => globMatch(p, action, true));
const resourceMatches = (patterns, resource) => patterns.some((p) => globMatch(p, resource));
function principalMatches(spec, who) {
    if (spec === '*')
        return true;
    const aws = spec.AWS ?? [];
    for (const p of aws) {
        if (p === '*')
            return true;
        if (!who)
            continue;
        if (/^\d{12}$/.test(p) && p === who.accountId)
            return true;
        const root = /^arn:aws[a-z-]*:iam::(\d{12}):root$/.exec(p);
        if (root && root[1] === who.accountId)
            return true;
        if (p === who.arn)
            return true;
    }
    return false; // Service / Federated / CanonicalUser principals never call execute-api here.
}
// ── conditions ──────────────────────────────────────────────────────────────────────────────
const ipLists = new Map();
function cidrList(values) {
    const k = values.join(',');
    let bl = ipLists.get(k);
    if (bl === undefined) {
        bl = new BlockList();
        for (const v of values) {
            const [addr, bits] = v.trim().split('/');
            const family = isIP(addr);
            if (!family) {
                bl = null;
                break;
            }
            const type = family === 6 ? 'ipv6' : 'ipv4';
            if (bits === undefined)
                bl.addAddress(addr, type);
            else {
                const n = Number(bits);
                if (!Number.isInteger(n) || n < 0 || n > (family === 6 ? 128 : 32)) {
                    bl = null;
                    break;
                }
                bl.addSubnet(addr, n, type);
            }
        }
        if (ipLists.size > 1000)
            ipLists.clear();
        ipLists.set(k, bl);
    }
    return bl;
}
function ipMatches(values, ip) {
    const bl = cidrList(values);
    if (!bl)
        return false;
    const unmapped = ip.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');
    const family = isIP(unmapped);
    if (!family)
        return false;
    return bl.check(unmapped, family === 6 ? 'ipv6' : 'ipv4');
}
const num = (s) => Number(s);
const date = (s) => (/^\d+$/.test(s) ? Number(s) * 1000 : Date.parse(s));
/** Positive tests; a negated operator is `!test` over the same values. */
const TESTS = {
    stringequals: { test: (p, v) => p.includes(v) },
    stringnotequals: { test: (p, v) => p.includes(v), negated: true },
    stringequalsignorecase: { test: (p, v) => p.some((x) => x.toLowerCase() === v.toLowerCase()) },
    stringnotequalsignorecase: { test: (p, v) => p.some((x) => x.toLowerCase() === v.toLowerCase()), negated: true },
    stringlike: { test: (p, v) => p.some((x) => globMatch(x, v)) },
    stringnotlike: { test: (p, v) => p.some((x) => globMatch(x, v)), negated: true },
    arnequals: { test: (p, v) => p.some((x) => globMatch(x, v)) },
    arnlike: { test: (p, v) => p.some((x) => globMatch(x, v)) },
    arnnotequals: { test: (p, v) => p.some((x) => globMatch(x, v)), negated: true },
    arnnotlike: { test: (p, v) => p.some((x) => globMatch(x, v)), negated: true },
    ipaddress: { test: (p, v) => ipMatches(p, v) },
    notipaddress: { test: (p, v) => ipMatches(p, v), negated: true },
    bool: { test: (p, v) => p.some((x) => x.toLowerCase() === v.toLowerCase()) },
    numericequals: { test: (p, v) => p.some((x) => num(x) === num(v)) },
    numericnotequals: { test: (p, v) => p.some((x) => num(x) === num(v)), negated: true },
    numericlessthan: { test: (p, v) => p.some((x) => num(v) < num(x)) },
    numericlessthanequals: { test: (p, v) => p.some((x) => num(v) <= num(x)) },
    numericgreaterthan: { test: (p, v) => p.some((x) => num(v) > num(x)) },
    numericgreaterthanequals: { test: (p, v) => p.some((x) => num(v) >= num(x)) },
    dateequals: { test: (p, v) => p.some((x) => date(x) === date(v)) },
    datenotequals: { test: (p, v) => p.some((x) => date(x) === date(v)), negated: true },
    datelessthan: { test: (p, v) => p.some((x) => date(v) < date(x)) },
    datelessthanequals: { test: (p, v) => p.some((x) => date(v) <= date(x)) },
    dategreaterthan: { test: (p, v) => p.some((x) => date(v) > date(x)) },
    dategreaterthanequals: { test: (p, v) => p.some((x) => date(v) >= date(x)) },
};
function conditionHolds(opName, block, keys) {
    let op = opName;
    let qualifier;
    const q = /^(ForAnyValue|ForAllValues):(.+)$/i.exec(op);
    if (q) {
        qualifier = q[1].toLowerCase() === 'foranyvalue' ? 'any' : 'all';
        op = q[2];
    }
    const ifExists = /IfExists$/i.test(op);
    if (ifExists)
        op = op.slice(0, -'IfExists'.length);
    const lower = op.toLowerCase();
    for (const [key, policyValues] of Object.entries(block)) {
        const present = keys[key.toLowerCase()];
        const values = present === undefined ? [] : Array.isArray(present) ? present : [present];
        if (lower === 'null') {
            const wantsAbsent = policyValues.some((v) => v.toLowerCase() === 'true');
            if (wantsAbsent !== (values.length === 0))
                return false;
            continue;
        }
        const t = TESTS[lower];
        if (!t)
            return false; // not an IAM operator: the statement does not apply
        if (values.length === 0) {
            if (qualifier === 'all')
                continue; // ForAllValues over no values holds
            if (ifExists || t.negated)
                continue;
            return false;
        }
        const each = (v) => (t.negated ? !t.test(policyValues, v) : t.test(policyValues, v));
        const ok = qualifier === 'all' ? values.every(each) : t.negated && qualifier !== 'any' ? values.every(each) : values.some(each);
        if (!ok)
            return false;
    }
    return true;
}
function statementApplies(s, req, checkPrincipal) {
    if (s.Action && !actionMatches(s.Action, req.action))
        return false;
    if (s.NotAction && actionMatches(s.NotAction, req.action))
        return false;
    if (s.Resource && !resourceMatches(s.Resource, req.resource))
        return false;
    if (s.NotResource && resourceMatches(s.NotResource, req.resource))
        return false;
    if (checkPrincipal) {
        if (s.Principal && !principalMatches(s.Principal, req.principal))
            return false;
        if (s.NotPrincipal && principalMatches(s.NotPrincipal, req.principal))
            return false;
        if (!s.Principal && !s.NotPrincipal)
            return false; // a resource policy statement names its principals
    }
    if (s.Condition) {
        for (const [op, block] of Object.entries(s.Condition))
            if (!conditionHolds(op, block, req.keys))
                return false;
    }
    return true;
}
/**
 * Allow, Deny or Neither for one request. `checkPrincipal`: resource policies name principals;
 * identity policies and authorizer policies do not (they belong to the caller).
 */
export function evaluatePolicy(doc, req, checkPrincipal) {
    let allowed = false;
    for (const s of doc.Statement) {
        if (!statementApplies(s, req, checkPrincipal))
            continue;
        if (s.Effect === 'Deny')
            return 'Deny';
        allowed = true;
    }
    return allowed ? 'Allow' : 'Neither';
}
/**
 * How two policies of the same request combine (DG:apigateway-authorization-flow, "Policy evaluation
 * outcome tables"): any Deny wins; in the API's own account an Allow from either side suffices (table A);
 * across accounts both must Allow (table B).
 */
export function combine(caller, resource, sameAccount) {
    if (caller === 'Deny' || resource === 'Deny')
        return 'Deny';
    if (sameAccount)
        return caller === 'Allow' || resource === 'Allow' ? 'Allow' : 'Neither';
    return caller === 'Allow' && resource === 'Allow' ? 'Allow' : 'Neither';
}
