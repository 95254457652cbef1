const REMAPPED = {
    connection: 'x-amzn-Remapped-Connection',
    'content-length': 'x-amzn-Remapped-Content-Length',
    date: 'x-amzn-Remapped-Date',
    server: 'x-amzn-Remapped-Server',
};
const DROPPED = new Set(['transfer-encoding', 'keep-alive']);
export function proxyResponse(r, inv) {
    if (inv)
        inv.integration = { status: r.status, latencyMs: r.latencyMs }; // access logs
    const headers = {};
    const from = r.headers;
    for (const k in from) {
        const v = from[k];
        const lower = k.toLowerCase();
        if (v === undefined || DROPPED.has(lower))
            continue;
        // The backend's casing kept (http-client.ts EndpointResponse). Its own x-amzn-RequestId would
        // clash with API Gateway's: it comes back as x-amzn-Remapped-x-amzn-RequestId (rec:
        // test_apigateway_http.py::test_http_proxy_integration_request_data_mappings [http-proxy-invocation]).
        headers[REMAPPED[lower] ?? (lower === 'x-amzn-requestid' ? `x-amzn-Remapped-${k}` : k)] = v;
    }
    return { status: r.status, headers, body: r.body };
}
