/**
 * What a Lambda proxy integration's function must return (DG:set-up-lambda-proxy-integrations
 * "Output format"), checked as AWS checks it (F86; aws-behavior.md "Response validation", recorded in
 * LS-snap test_apigateway_lambda test_aws_proxy_response_payload_format_validation):
 *   - a JSON object with no keys outside statusCode, headers, multiValueHeaders, body, isBase64Encoded;
 *     a bare string, an array or non-JSON → 502 {"message":"Internal server error"}; `{}` is a 200 with an
 *     empty body (AWS-validated assertion of LocalStack's test_apigateway_lambda.py::test_lambda_aws_proxy_response_format,
 *     "empty-response"; the recorded step invoke-api-empty-response of test_aws_proxy_response_payload_format_validation
 *     is a 502 because its function failed: the test sent it no body);
 *   - statusCode a number or a numeric string ("201" is accepted, "test" is not); absent → 200;
 *   - headers: null or an object of strings / booleans (sent as "true" / "false") / numbers
 *     (not recorded: sent as their decimal text); nested objects or arrays → 502;
 *   - multiValueHeaders: null or an object of arrays of such values; a value that is not an array → 502;
 *   - the same header in both maps: the values combined, multiValueHeaders' first, under its casing;
 *   - body: a string or null (not recorded: any other type → 502, as AWS logs "Malformed Lambda proxy
 *     response" for a body that is not a string);
 *   - isBase64Encoded:true: the body is base64-decoded only when the request's first Accept type is one
 *     of binaryMediaTypes — the response's Content-Type does not count, nor does a later Accept type —
 *     else the base64 text is sent as is; a body that is not base64 is 500 (AWS-validated assertions of
 *     LocalStack's test_apigateway_lambda.py::test_aws_proxy_binary_response: "ContentType does not
 *     matter at all", "AWS only checks the first one").
 * A failed invocation (X-Amz-Function-Error) is 502 too ("Lambda execution failed with status 200 due
 * to customer function error"). Connection, Content-Length, Date and Server from the function come
 * back as x-amzn-Remapped-* (aws-behavior.md "Standard response headers").
 */
import { acceptsBinary, decodeBase64Strict } from '../binary.js';
import { GatewayError } from '../gateway-errors.js';
const ALLOWED = new Set(['statusCode', 'headers', 'multiValueHeaders', 'body', 'isBase64Encoded']);
const REMAPPED = {
    connection: 'x-amzn-Remapped-Connection',
    'content-length': 'x-amzn-Remapped-Content-Length',
    date: 'x-amzn-Remapped-Date',
    server: 'x-amzn-Remapped-Server',
};
class Malformed extends Error {
}
export const malformedProxyResponse = (why) => new GatewayError('API_CONFIGURATION_ERROR', {
    message: 'Internal server error',
    status: 502,
    cause: new Error(`Execution failed due to configuration error: Malformed Lambda proxy response (${why})`),
});
function headerValue(v) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    if (typeof v === 'number' && Number.isFinite(v))
        return String(v);
    throw new Malformed('a header value is not a string');
}
export function parseProxyResponse(payload) {
    let json;
    try {
        json = JSON.parse(payload.toString('utf8'));
    }
    catch {
        throw new Malformed('not JSON');
    }
    if (json === null || typeof json !== 'object' || Array.isArray(json))
        throw new Malformed('not an object');
    const r = json;
    const keys = Object.keys(r);
    const unknown = keys.find((k) => !ALLOWED.has(k));
    if (unknown)
        throw new Malformed(`unknown key ${unknown}`);
    let status = 200;
    if (r.statusCode !== undefined && r.statusCode !== null) {
        const n = typeof r.statusCode === 'number' ? r.statusCode : typeof r.statusCode === 'string' && /^\s*\d+\s*$/.test(r.statusCode) ? Number(r.statusCode) : NaN;
        if (!Number.isInteger(n) || n < 100 || n > 599)
            throw new Malformed('statusCode is not an HTTP status');
        status = n;
    }
    const single = new Map();
    if (r.headers !== undefined && r.headers !== null) {
        if (typeof r.headers !== 'object' || Array.isArray(r.headers))
            throw new Malformed('headers is not an object');
        for (const [k, v] of Object.entries(r.headers))
            single.set(k.toLowerCase(), [k, headerValue(v)]);
    }
    const multi = new Map();
    if (r.multiValueHeaders !== undefined && r.multiValueHeaders !== null) {
        if (typeof r.multiValueHeaders !== 'object' || Array.isArray(r.multiValueHeaders))
            throw new Malformed('multiValueHeaders is not an object');
        for (const [k, v] of Object.entries(r.multiValueHeaders)) {
            if (!Array.isArray(v))
                throw new Malformed('a multiValueHeaders value is not an array');
            multi.set(k.toLowerCase(), [k, v.map(headerValue)]);
        }
    }
    const headers = {};
    for (const [lower, [name, values]] of multi) {
        const solo = single.get(lower);
        const all = solo ? [...values, solo[1]] : values;
        headers[name] = all.length === 1 ? all[0] : all;
    }
    for (const [lower, [name, value]] of single)
        if (!multi.has(lower))
            headers[name] = value;
    if (r.body !== undefined && r.body !== null && typeof r.body !== 'string')
        throw new Malformed('body is not a string');
    if (r.isBase64Encoded !== undefined && r.isBase64Encoded !== null && typeof r.isBase64Encoded !== 'boolean')
        throw new Malformed('isBase64Encoded is not a boolean');
    return { status, headers, body: r.body ?? '', isBase64Encoded: r.isBase64Encoded === true };
}
/** The client's answer from a Lambda proxy invocation's payload. */
export function proxyLambdaResponse(inv, payload) {
    let parsed;
    try {
        parsed = parseProxyResponse(payload);
    }
    catch (e) {
        if (e instanceof Malformed)
            throw malformedProxyResponse(e.message);
        throw e;
    }
    const headers = {};
    let contentType;
    for (const [name, value] of Object.entries(parsed.headers)) {
        const lower = name.toLowerCase();
        if (lower === 'content-type')
            contentType = Array.isArray(value) ? value[0] : value;
        if (lower === 'transfer-encoding')
            continue;
        headers[REMAPPED[lower] ?? name] = value;
    }
    if (!contentType)
        headers['Content-Type'] = 'application/json';
    let body;
    if (parsed.isBase64Encoded && acceptsBinary(inv)) {
        body = decodeBase64Strict(parsed.body);
    }
    else {
        body = Buffer.from(parsed.body, 'utf8');
    }
    return { status: parsed.status, headers, body };
}
