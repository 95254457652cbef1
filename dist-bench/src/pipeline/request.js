/** AWS's payload limit: larger bodies answer 413 (OBS1 in aws-behavior.md "Gateway responses"; edge/node-adapter.ts). */
export const MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;
export const EMPTY_BODY = Buffer.alloc(0);
/**
 * Request headers API Gateway takes for itself: no integration, template, mapping or proxy event ever
 * sees them. The client sent each of these and `$input.params('…')` rendered "" for every one, while
 * Accept, Authorization, Content-Encoding, Via … came through (rec:
 * test_apigateway_integrations.py::TestApiGatewayHeaderRemapping::test_apigateway_header_remapping_aws[AWS]
 * [full-integration]); neither the AWS_PROXY event nor an HTTP_PROXY backend got them either (same
 * class, [AWS_PROXY] and [HTTP_PROXY] [no-param-integration]).
 */
export const TAKEN_BY_GATEWAY = new Set([
    'connection',
    'content-length',
    'content-md5',
    'expect',
    'max-forwards',
    'proxy-authenticate',
    'server',
    'te',
    'transfer-encoding',
    'trailer',
    'upgrade',
    'www-authenticate',
]);
/**
 * Header names AWS hands on in its own casing, whatever the client sent: `authorization` and
 * `aUThorization` arrive as `Authorization`, `user-Agent` as `User-Agent` (rec:
 * test_apigateway_lambda.py::test_lambda_aws_proxy_integration [invocation-payload-without-trailing-slash],
 * [invocation-payload-with-params-encoding-multi]; rec:
 * test_apigateway_lambda.py::test_lambda_aws_proxy_integration_request_data_mapping
 * [http-proxy-invocation-data-mapping]). Any other name keeps the client's casing (`tEsT-HEADeR`, same
 * recordings).
 */
const CANONICAL_NAMES = { authorization: 'Authorization', 'user-agent': 'User-Agent' };
export function parseQuery(raw) {
    const out = new Map();
    if (!raw)
        return out;
    for (const [k, v] of new URLSearchParams(raw)) {
        const list = out.get(k);
        if (list)
            list.push(v);
        else
            out.set(k, [v]);
    }
    return out;
}
/** Header lines (name, value, name, value …) as the record keeps them: by lower-cased name, the gateway's own dropped. */
export function headersOf(raw) {
    const headers = new Map();
    for (let i = 0; i < raw.length; i += 2) {
        const lower = raw[i].toLowerCase();
        if (TAKEN_BY_GATEWAY.has(lower))
            continue;
        const h = headers.get(lower);
        if (h)
            h.values.push(raw[i + 1]);
        else
            headers.set(lower, { name: CANONICAL_NAMES[lower] ?? raw[i], values: [raw[i + 1]] });
    }
    return headers;
}
/** The method the pipeline serves: X-HTTP-Method-Override's when sent (DG:known-issues). */
export function methodOf(method, headers) {
    return (headers.get('x-http-method-override')?.values[0] ?? method ?? 'GET').toUpperCase();
}
//# sourceMappingURL=request.js.map