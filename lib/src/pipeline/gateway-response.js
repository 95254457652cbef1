import { GATEWAY_RESPONSE_DEFAULTS } from './gateway-errors.js';
import { contextOf, header } from './invocation.js';
const DEFAULT_TEMPLATE = '{"message":$context.error.messageString}';
/**
 * Un-customised, the errors raised while a method executes (request validation, integration request,
 * integration) do not come out of the default template: AWS writes them as `{"message": "…"}`, with a
 * space. Recorded: F89's 500 is 36 bytes, `{"message": "Internal server error"}` (LS-snap
 * test_apigateway_integrations TestApiGatewayHeaderRemapping, response Content-Length); seen from AWS:
 * `{"message": "Endpoint request timed out"}` (aws-behavior.md, "many public logs"), `{"message":
 * "Network error communicating with endpoint"}`, `{"message": "Invalid request body"}` and
 * `{"message": "Missing required request parameters: [key]"}` (an aws-cdk integration test's exact
 * expected body). The errors of the front door keep the template's compact form: `{"message":"Missing
 * Authentication Token"}` (F83), `{"message":"Forbidden"}`. UNSUPPORTED_MEDIA_TYPE is in the spaced group
 * by its phase only (not recorded).
 */
const SPACED_DEFAULT_BODY = new Set([
    'API_CONFIGURATION_ERROR',
    'BAD_REQUEST_BODY',
    'BAD_REQUEST_PARAMETERS',
    'INTEGRATION_FAILURE',
    'INTEGRATION_TIMEOUT',
    'UNSUPPORTED_MEDIA_TYPE',
]);
function lookup(obj, path) {
    let v = obj;
    for (const p of path) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[p];
    }
    return v;
}
/** `$context.a.b`, `${context.a}`-style and `$stageVariables.x` substitution; unknown → empty. */
export function substitute(template, context, stageVariables) {
    return template.replace(/\$(?:\{(context|stageVariables)((?:\.[A-Za-z0-9_-]+)+)\}|(context|stageVariables)((?:\.[A-Za-z0-9_-]+)+))/g, (_m, r1, p1, r2, p2) => {
        const root = r1 ?? r2;
        const rest = p1 ?? p2;
        const v = root === 'context' ? lookup(context, rest.slice(1).split('.')) : stageVariables[rest.slice(1)];
        if (v === undefined)
            return '';
        if (v === null)
            return 'null';
        return typeof v === 'object' ? JSON.stringify(v) : String(v);
    });
}
/**
 * The value of a gatewayresponse.header.* mapping, from each source AWS accepts there
 * (control/mapping-expressions.ts gatewayResponseProblems: the method request's parameters — DG
 * x-amazon-apigateway-gateway-responses.gatewayResponse, "any incoming request parameter value or a
 * static custom value" —, `stageVariables.*`, `context.*` and `'static'`). Single-valued sources take
 * the last value, as parameter mappings do (mapping/parameters.ts); multi-valued ones are joined with
 * commas, as a header line carries them. `context.*` sees `$context` including `error.*`. A source
 * with no value at this point (no such parameter, a request refused before it was read) sets nothing.
 */
function parameterValue(expr, req, pathParameters, stageVariables, context) {
    if (expr.startsWith("'") && expr.endsWith("'") && expr.length >= 2)
        return expr.slice(1, -1);
    let m = /^stageVariables\.(.+)$/.exec(expr);
    if (m)
        return Object.prototype.hasOwnProperty.call(stageVariables, m[1]) ? stageVariables[m[1]] : undefined;
    m = /^context\.(.+)$/.exec(expr);
    if (m) {
        const v = lookup(context, m[1].split('.'));
        if (v === undefined || v === null)
            return undefined;
        return typeof v === 'object' ? JSON.stringify(v) : String(v);
    }
    if (!req)
        return undefined;
    m = /^method\.request\.(header|multivalueheader|querystring|multivaluequerystring|path)\.(.+)$/.exec(expr);
    if (!m)
        return undefined;
    const [, where, name] = m;
    switch (where) {
        case 'header':
            return header(req, name);
        case 'multivalueheader':
            return req.headers.get(name.toLowerCase())?.values.join(',');
        case 'querystring': {
            const v = req.query.get(name);
            return v?.[v.length - 1];
        }
        case 'multivaluequerystring':
            return req.query.get(name)?.join(',');
        default:
            return Object.prototype.hasOwnProperty.call(pathParameters, name) ? pathParameters[name] : undefined;
    }
}
function pickTemplate(templates, accept) {
    if (!templates || !Object.keys(templates).length)
        return ['application/json', DEFAULT_TEMPLATE];
    const first = accept?.split(',')[0]?.split(';')[0]?.trim();
    if (first && templates[first] !== undefined)
        return [first, templates[first]];
    if (templates['application/json'] !== undefined)
        return ['application/json', templates['application/json']];
    const [ct, tpl] = Object.entries(templates)[0];
    return [ct, tpl];
}
export function renderGatewayError(err, inv, served) {
    const d = GATEWAY_RESPONSE_DEFAULTS[err.type];
    const baseHeaders = { 'x-amzn-ErrorType': err.errorType ?? d.errorType };
    if (err.type === 'REQUEST_TOO_LARGE') {
        return {
            status: err.statusOverride ?? 413,
            headers: { ...baseHeaders, 'Content-Type': 'text/plain' },
            body: Buffer.from(err.gatewayMessage ?? ''),
        };
    }
    const overrides = served?.deployment.gatewayResponses;
    const own = overrides?.get(err.type);
    const defaultStatus = err.statusOverride ?? d.status;
    // F80: a customised DEFAULT_4XX / DEFAULT_5XX lends its status, parameters and templates only to the
    // types the API did not customise; a customised type keeps its own values and, without a status of
    // its own, its type's default status ("an explicitly put AUTHORIZER_FAILURE keeps 500").
    const family = own ? undefined : overrides?.get(defaultStatus >= 500 ? 'DEFAULT_5XX' : 'DEFAULT_4XX');
    const chosen = own ?? family;
    const status = Number(chosen?.statusCode || defaultStatus);
    const stageVariables = inv.stageVariables ?? served?.stage.variables ?? {};
    const [contentType, template] = pickTemplate(chosen?.responseTemplates, inv.request && header(inv.request, 'accept'));
    // Before the request was read or the API resolved there is no `$context` to speak of, but the
    // request id is known (and is what x-amzn-RequestId says).
    const context = served && inv.request ? { ...contextOf({ ...inv, served, context: undefined }) } : { requestId: inv.requestId };
    context.error = {
        message: err.gatewayMessage,
        messageString: JSON.stringify(err.gatewayMessage),
        responseType: err.type,
        validationErrorString: err.validationErrorString,
    };
    // gatewayresponse.path.* and .querystring.* are accepted (DG x-amazon-apigateway-gateway-responses.
    // responseParameters) but a response has neither: only headers are served.
    const headers = { ...baseHeaders };
    for (const [key, expr] of Object.entries(chosen?.responseParameters ?? {})) {
        const m = /^gatewayresponse\.header\.(.+)$/.exec(key);
        if (!m)
            continue;
        const v = parameterValue(expr, inv.request, inv.pathParameters ?? {}, stageVariables, context);
        if (v !== undefined)
            headers[m[1]] = v;
    }
    const body = !chosen && err.rawBody !== undefined
        ? err.rawBody
        : !chosen && SPACED_DEFAULT_BODY.has(err.type)
            ? `{"message": ${JSON.stringify(err.gatewayMessage)}}`
            : substitute(template, context, stageVariables);
    return { status, headers: { 'Content-Type': contentType, ...headers }, body: Buffer.from(body) };
}
