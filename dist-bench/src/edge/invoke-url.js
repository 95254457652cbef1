const HOST = /^([a-z0-9]+)\.execute-api\./;
export function parseInvokeTarget(host, rawPath) {
    const h = host && HOST.exec(host.toLowerCase());
    if (h)
        return split(h[1], rawPath, '');
    if (rawPath.startsWith('/_aws/execute-api/')) {
        const rest = rawPath.slice('/_aws/execute-api/'.length);
        const slash = rest.indexOf('/');
        const apiId = slash < 0 ? rest : rest.slice(0, slash);
        if (!apiId)
            return undefined;
        return split(apiId, slash < 0 ? '/' : rest.slice(slash), `/_aws/execute-api/${apiId}`);
    }
    if (rawPath.startsWith('/restapis/')) {
        const parts = rawPath.split('/');
        // ['', 'restapis', apiId, stage, '_user_request_', ...]
        if (parts.length >= 5 && parts[4] === '_user_request_' && parts[2] && parts[3]) {
            const path = `/${parts.slice(5).join('/')}`;
            return { apiId: parts[2], stage: decodeSegment(parts[3]), path, basePath: `/restapis/${parts[2]}/${parts[3]}/_user_request_` };
        }
    }
    return undefined;
}
export function split(apiId, path, prefix) {
    // Slashes before the stage count as one: `//stage/proxy-value` is the stage `stage` (rec:
    // test_apigateway_lambda.py::test_lambda_aws_proxy_integration [invocation-payload-with-prepended-slash-to-stage]).
    let start = 0;
    while (path.charCodeAt(start) === 47 /* / */)
        start++;
    const rest = path.slice(start);
    const slash = rest.indexOf('/');
    const stage = slash < 0 ? rest : rest.slice(0, slash);
    return {
        apiId,
        stage: stage ? decodeSegment(stage) : undefined,
        path: slash < 0 ? '/' : rest.slice(slash),
        basePath: `${prefix}/${stage}`,
    };
}
function decodeSegment(s) {
    if (!s.includes('%'))
        return s;
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}
//# sourceMappingURL=invoke-url.js.map