export class PolicyError extends Error {
}
const list = (v, what) => {
    if (typeof v === 'string')
        return [v];
    if (Array.isArray(v) && v.every((x) => typeof x === 'string'))
        return v;
    throw new PolicyError(`${what} must be a string or a list of strings`);
};
function principalSpec(v) {
    if (v === '*')
        return '*';
    if (!v || typeof v !== 'object' || Array.isArray(v))
        throw new PolicyError('Principal must be "*" or an object');
    const out = {};
    for (const [k, x] of Object.entries(v))
        out[k] = list(x, `Principal.${k}`);
    return out;
}
/** A policy document as JSON gives it, checked and normalised (single values become lists). */
export function parsePolicy(input) {
    if (!input || typeof input !== 'object' || Array.isArray(input))
        throw new PolicyError('a policy must be a JSON object');
    const doc = input;
    const raw = doc.Statement;
    if (raw === undefined)
        throw new PolicyError('Statement is missing');
    const statements = Array.isArray(raw) ? raw : [raw];
    return {
        Version: typeof doc.Version === 'string' ? doc.Version : undefined,
        Statement: statements.map((s, i) => {
            if (!s || typeof s !== 'object' || Array.isArray(s))
                throw new PolicyError(`Statement ${i + 1} must be an object`);
            const st = s;
            const effect = typeof st.Effect === 'string' ? st.Effect.toLowerCase() : '';
            if (effect !== 'allow' && effect !== 'deny')
                throw new PolicyError(`Statement ${i + 1}: Effect must be Allow or Deny`);
            const out = { Effect: effect === 'allow' ? 'Allow' : 'Deny' };
            if (typeof st.Sid === 'string')
                out.Sid = st.Sid;
            if (st.Action !== undefined)
                out.Action = list(st.Action, 'Action');
            if (st.NotAction !== undefined)
                out.NotAction = list(st.NotAction, 'NotAction');
            if (st.Resource !== undefined)
                out.Resource = list(st.Resource, 'Resource');
            if (st.NotResource !== undefined)
                out.NotResource = list(st.NotResource, 'NotResource');
            if (!out.Action && !out.NotAction)
                throw new PolicyError(`Statement ${i + 1}: Action is missing`);
            if (!out.Resource && !out.NotResource)
                throw new PolicyError(`Statement ${i + 1}: Resource is missing`);
            if (st.Principal !== undefined)
                out.Principal = principalSpec(st.Principal);
            if (st.NotPrincipal !== undefined)
                out.NotPrincipal = principalSpec(st.NotPrincipal);
            if (st.Condition !== undefined) {
                if (!st.Condition || typeof st.Condition !== 'object' || Array.isArray(st.Condition))
                    throw new PolicyError(`Statement ${i + 1}: Condition must be an object`);
                const cond = {};
                for (const [op, block] of Object.entries(st.Condition)) {
                    if (!block || typeof block !== 'object' || Array.isArray(block))
                        throw new PolicyError(`Condition ${op} must be an object`);
                    cond[op] = {};
                    for (const [key, v] of Object.entries(block)) {
                        const values = Array.isArray(v) ? v : [v];
                        if (!values.every((x) => ['string', 'number', 'boolean'].includes(typeof x)))
                            throw new PolicyError(`Condition ${op}.${key}: values must be strings`);
                        cond[op][key] = values.map(String);
                    }
                }
                out.Condition = cond;
            }
            return out;
        }),
    };
}
/** Who is asking: an IAM principal, or nobody (Lambda / Cognito / no authorization). */
//# sourceMappingURL=policy-document.js.map