/**
 * Parameter mapping expressions, both directions (DG:request-response-data-mappings):
 * request  `integration.request.{path|querystring|header}.X` ← `method.request.{path|querystring|
 *          multivaluequerystring|header|multivalueheader}.Y`, `method.request.body[.JSONPath]`,
 *          `context.Y`, `stageVariables.Y`, `'static'`;
 * response `method.response.header.X` ← `integration.response.{header|multivalueheader}.Y`,
 *          `integration.response.body[.JSONPath]`, `context.Y`, `stageVariables.Y`, `'static'`.
 * A value is a string, or a list for the multivalue sources.
 */
import { isJavaMap, javaString, jsonSmart } from './java.js';
import { parsePayload, readPath } from './json.js';
function last(v) {
    return v && v.length ? v[v.length - 1] : undefined;
}
/**
 * `….body.<JSONPath>`: the payload read as API Gateway reads it (json-smart, permissive: json.ts) and
 * the path evaluated by the same Jayway-style engine as `$input.path` (DG: "JSONPath_EXPRESSION is a
 * JSONPath expression for a JSON field of the body"), so a template and a mapping see the same value.
 * A scalar is its Java text (`1.0` stays `1.0`, an integer past 2^53 keeps its digits); an object or
 * an array is its JSON text (json-smart, numbers the same way). No match, a null, a payload that is
 * not JSON or a path Jayway refuses map nothing.
 */
function bodyPath(body, path) {
    let v;
    try {
        v = readPath(parsePayload(body), `$${path}`);
    }
    catch {
        return undefined;
    }
    if (v === undefined || v === null)
        return undefined;
    return Array.isArray(v) || isJavaMap(v) ? jsonSmart(v, false) : javaString(v);
}
function contextValue(ctx, path) {
    let v = ctx;
    for (const p of path.split('.')) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[p];
    }
    if (v === undefined || v === null)
        return undefined;
    return typeof v === 'object' ? JSON.stringify(v) : String(v);
}
export function evaluate(expr, s) {
    if (expr.length >= 2 && expr.startsWith("'") && expr.endsWith("'"))
        return expr.slice(1, -1);
    if (expr.startsWith('stageVariables.'))
        return s.stageVariables[expr.slice('stageVariables.'.length)];
    if (expr.startsWith('context.'))
        return contextValue(s.context(), expr.slice('context.'.length));
    if (!expr.startsWith(`${s.prefix}.`))
        return undefined;
    const rest = expr.slice(s.prefix.length + 1);
    const dot = rest.indexOf('.');
    const kind = dot < 0 ? rest : rest.slice(0, dot);
    const name = dot < 0 ? '' : rest.slice(dot + 1);
    switch (kind) {
        case 'path':
            return s.path?.[name];
        case 'querystring':
            return last(s.querystring?.get(name));
        case 'multivaluequerystring':
            return s.querystring?.get(name);
        case 'header':
            return last(s.header.get(name.toLowerCase()));
        case 'multivalueheader':
            return s.header.get(name.toLowerCase());
        case 'body': {
            // An empty request body maps as `{}`, as `$input.body` reads it (LocalStack's parameters-mapping
            // unit tests, "validated against AWS").
            const body = s.body();
            const text = body === '' && s.prefix === 'method.request' ? '{}' : body;
            return name ? bodyPath(text, `.${name}`) : text;
        }
        default:
            return undefined;
    }
}
/** Applies `target ← expression` pairs whose target starts with `targetPrefix.` (e.g. `integration.request`). */
export function mapParameters(mappings, targetPrefix, s) {
    const out = {
        path: {},
        querystring: {},
        header: {},
    };
    for (const [target, expr] of Object.entries(mappings ?? {})) {
        if (!target.startsWith(`${targetPrefix}.`))
            continue;
        const rest = target.slice(targetPrefix.length + 1);
        const dot = rest.indexOf('.');
        if (dot < 0)
            continue;
        const kind = rest.slice(0, dot);
        const name = rest.slice(dot + 1);
        const v = evaluate(expr, s);
        if (v === undefined)
            continue;
        if (kind === 'path')
            out.path[name] = Array.isArray(v) ? v.join(',') : v;
        else if (kind === 'querystring' || kind === 'header')
            out[kind][name] = v;
    }
    return out;
}
