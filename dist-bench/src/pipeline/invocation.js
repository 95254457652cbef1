/** `$context.authorizer` (and the proxy event's requestContext.authorizer). */
function authorizerContext(a) {
    if (!a)
        return {};
    if (a.claims)
        return { claims: { ...a.claims } };
    return { principalId: a.principalId, integrationLatency: a.integrationLatency ?? 0, ...(a.context ?? {}) };
}
/** The value at a dotted path (`identity.sourceIp`) of `$context` or any plain object; undefined when absent. */
export function valueAt(obj, path) {
    let v = obj;
    for (const p of path.split('.')) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[p];
    }
    return v;
}
export function header(req, name) {
    const h = req.headers.get(name.toLowerCase());
    return h ? h.values[h.values.length - 1] : undefined;
}
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n) => String(n).padStart(2, '0');
/** `dd/MMM/yyyy:HH:mm:ss +0000`, the CLF form of $context.requestTime (DG:mapping-template-reference). */
export function clfTime(ms) {
    const second = Math.floor(ms / 1000);
    if (second === lastClf.second)
        return lastClf.text; // many requests share a second
    const d = new Date(ms);
    const text = `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
    lastClf = { second, text };
    return text;
}
let lastClf = { second: NaN, text: '' };
/** The `$context` variables (DG:mapping-template-reference), built once per invocation. */
export function contextOf(inv) {
    if (inv.context)
        return inv.context;
    const req = inv.request;
    const host = header(req, 'host') ?? '';
    const domainName = host.replace(/:\d+$/, '');
    inv.context = {
        accountId: inv.served.accountId,
        apiId: req.target.apiId,
        authorizer: authorizerContext(inv.authorizer),
        awsEndpointRequestId: inv.requestId,
        deploymentId: inv.served.deployment.id,
        domainName,
        domainPrefix: domainName.split('.')[0],
        error: {
            message: inv.error?.message ?? null,
            messageString: inv.error ? JSON.stringify(inv.error.message) : undefined,
            responseType: inv.error?.responseType,
            validationErrorString: inv.error?.validationErrorString,
        },
        extendedRequestId: inv.extendedRequestId,
        httpMethod: req.method,
        identity: {
            accessKey: inv.caller?.accessKey ?? null,
            accountId: inv.caller?.accountId ?? null,
            apiKey: inv.apiKey?.value ?? null,
            apiKeyId: inv.apiKey?.id ?? null,
            caller: inv.caller?.caller ?? null,
            cognitoAuthenticationProvider: null,
            cognitoAuthenticationType: null,
            cognitoIdentityId: null,
            cognitoIdentityPoolId: null,
            principalOrgId: null,
            sourceIp: req.sourceIp,
            user: inv.caller?.user ?? null,
            userAgent: header(req, 'user-agent') ?? null,
            userArn: inv.caller?.userArn ?? null,
            // Only on a mutual-TLS custom domain (edge/custom-domains.ts).
            ...(req.target.domain?.clientCert ? { clientCert: req.target.domain.clientCert } : {}),
        },
        // Through a custom domain: the path as sent, base path included (edge/custom-domains.ts).
        path: req.target.domain ? req.target.domain.requestPath : `/${inv.served.stage.stageName}${req.target.path}`,
        protocol: `HTTP/${req.httpVersion ?? '1.1'}`,
        requestId: inv.requestId,
        requestOverride: { header: {}, path: {}, querystring: {} },
        responseOverride: { header: {}, status: undefined },
        requestTime: clfTime(req.startedAt),
        requestTimeEpoch: req.startedAt,
        resourceId: inv.resource?.id,
        resourcePath: inv.resource?.path,
        stage: inv.served.stage.stageName,
        // Only when the stage has a canary (DG:api-gateway-mapping-template-reference).
        isCanaryRequest: inv.served.stage.canarySettings ? inv.served.isCanary === true : undefined,
    };
    return inv.context;
}
//# sourceMappingURL=invocation.js.map