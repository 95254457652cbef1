/**
 * The patchOperations engine shared by every Update* operation. Each resource declares a table of
 * the paths it accepts (literal paths or `/prefix/*` for a keyed member) and the ops allowed on
 * each; the engine finds the rule, or answers with AWS's texts for a bad path or op
 * (docs.aws.amazon.com/apigateway/latest/api/patch-operations.html; recorded texts in
 * peer-localstack F18–F21, F33, F56). Ops run against a copy: a failing op leaves nothing changed.
 */
import { badRequest } from './errors.js';
/** `~1` is `/` and `~0` is `~` inside a JSON pointer segment (RFC 6901). */
export function unescapePointer(s) {
    return s.replace(/~1/g, '/').replace(/~0/g, '~');
}
export const invalidPatchPath = (op, allowed) => `Invalid patch path  '${op.path}' specified for op '${op.op}'. Must be one of: [${allowed.join(', ')}]`;
export const unsupportedOperation = (op) => `Invalid patch path  '${op.path}' specified for op '${op.op}'. Please choose supported operations`;
export const onlyOps = (ops) => () => `Invalid patch operation specified. Must be one of: [${ops.join(', ')}]`;
function matchRule(rules, path) {
    for (const rule of rules) {
        if (rule.path.endsWith('/*')) {
            const prefix = rule.path.slice(0, -1);
            if (path.startsWith(prefix) && path.length > prefix.length)
                return { rule, key: unescapePointer(path.slice(prefix.length)) };
        }
        else if (rule.path === path) {
            return { rule, key: '' };
        }
    }
    return undefined;
}
export function applyPatch(target, ops, table) {
    const copy = structuredClone(target);
    for (const op of ops ?? []) {
        const name = op.op ?? 'replace';
        const path = op.path ?? '';
        // A missing path is named as '' in the messages (AWS's text for it is not recorded).
        const named = { ...op, op: name, path };
        const found = matchRule(table.rules, path);
        if (!found) {
            const allowed = table.rules.filter((r) => r.ops.includes(name)).map((r) => r.path.replace(/\/\*$/, '/{key}'));
            throw badRequest(table.unknownPath ? table.unknownPath(named, allowed) : invalidPatchPath(named, allowed));
        }
        if (!found.rule.ops.includes(name)) {
            throw badRequest(found.rule.badOp ? found.rule.badOp(named) : unsupportedOperation(named));
        }
        found.rule.apply(copy, named, found.key);
    }
    return copy;
}
/**
 * Patch values travel as strings; "true" in any case is true and anything else false (F32: "not-a-boolean"
 * is false, not an error). The case as Java's Boolean.parseBoolean, and as Tollgate already takes the
 * stage's and the request validator's flags: Python callers send str(True), "True" (moto's
 * test_update_rest_api patches /disableExecuteApiEndpoint so and expects true).
 */
export const patchBoolean = (v) => (v ?? '').toLowerCase() === 'true';
//# sourceMappingURL=patch.js.map