import { header } from '../../invocation.js';
import { invocationTraceId } from '../../method-response.js';
const JSON_PROTOCOL = {
    dynamodb: { targetPrefix: 'DynamoDB_20120810', contentType: 'application/x-amz-json-1.0' },
    kinesis: { targetPrefix: 'Kinesis_20131202', contentType: 'application/x-amz-json-1.1' },
    states: { targetPrefix: 'AWSStepFunctions', contentType: 'application/x-amz-json-1.0' },
};
/** Mapped headers that never reach the service: they describe Tollgate's own connection (integration-request.ts). */
const NOT_SENT = new Set(['expect', 'proxy-authenticate', 'te', 'via', 'connection', 'keep-alive', 'host']);
/** RFC 3986 percent-encoding, as SigV4 canonicalises (`!'()*` encoded too). */
export const escapeUri = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
function decode(s) {
    try {
        return decodeURIComponent(s.replace(/\+/g, ' '));
    }
    catch {
        return s;
    }
}
function addQuery(query, name, value) {
    const prev = query[name];
    query[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
}
function addQueryText(query, text) {
    for (const pair of text.split('&')) {
        if (pair === '')
            continue;
        const eq = pair.indexOf('=');
        addQuery(query, decode(eq < 0 ? pair : pair.slice(0, eq)), eq < 0 ? '' : decode(pair.slice(eq + 1)));
    }
}
/** The URI path with its placeholders filled, each value percent-encoded (a greedy `{name+}` keeps its slashes). */
function fillPath(template, inv, ir) {
    return template.replace(/\{([A-Za-z0-9._-]+?)(\+?)\}/g, (m, name, greedy) => {
        const v = ir.path[name] ?? inv.pathParameters[name];
        if (v === undefined)
            return m;
        return greedy ? v.split('/').map(escapeUri).join('/') : escapeUri(v);
    });
}
export function serviceCall(inv, integration, ir, uri, endpoint) {
    const query = {};
    let path = endpoint.pathPrefix;
    if (uri.kind === 'path') {
        const q = uri.target.indexOf('?');
        path += `/${fillPath(q < 0 ? uri.target : uri.target.slice(0, q), inv, ir)}`;
        if (q >= 0)
            addQueryText(query, uri.target.slice(q + 1));
    }
    else {
        path += '/';
        addQuery(query, 'Action', uri.target);
        addQueryText(query, uri.actionParameters);
    }
    for (const [k, v] of Object.entries(ir.querystring))
        for (const x of Array.isArray(v) ? v : [v])
            addQuery(query, k, x);
    const method = integration.httpMethod === 'ANY' || !integration.httpMethod ? inv.request.method : integration.httpMethod;
    const body = method === 'GET' || method === 'HEAD' || method === 'OPTIONS' ? undefined : ir.body;
    const headers = {};
    const names = new Set();
    for (const [k, v] of Object.entries(ir.header)) {
        const lower = k.toLowerCase();
        if (NOT_SENT.has(lower))
            continue;
        headers[k] = Array.isArray(v) ? v.join(',') : v;
        names.add(lower);
    }
    const setDefault = (name, value) => {
        if (!names.has(name.toLowerCase()))
            headers[name] = value;
    };
    setDefault('Accept', 'application/json');
    const json = uri.kind === 'action' ? JSON_PROTOCOL[uri.service] : undefined;
    if (json) {
        setDefault('X-Amz-Target', `${json.targetPrefix}.${uri.target}`);
        setDefault('Content-Type', json.contentType);
    }
    else if (body && body.length)
        setDefault('Content-Type', header(inv.request, 'content-type') ?? 'application/json');
    setDefault('User-Agent', `AmazonAPIGateway_${inv.request.target.apiId}`);
    headers['X-Amzn-Trace-Id'] = invocationTraceId(inv);
    return { method, origin: endpoint.origin, path, query, headers, body };
}
/** The query as sent: names and values percent-encoded the way SigV4 canonicalises them. */
export function queryText(query) {
    const parts = [];
    for (const [k, v] of Object.entries(query))
        for (const x of Array.isArray(v) ? v : [v])
            parts.push(`${escapeUri(k)}=${escapeUri(x)}`);
    return parts.length ? `?${parts.join('&')}` : '';
}
