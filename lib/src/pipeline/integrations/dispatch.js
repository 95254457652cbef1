import { buildIntegrationRequest, httpEndpointRequest } from '../integration-request.js';
import { integrationResponse } from '../integration-response.js';
import { proxyResponse } from './http-proxy.js';
import { awsService } from './aws-service.js';
import { awsLambda, awsProxyLambda } from './lambda.js';
import { mockEndpoint } from './mock.js';
/** A URI whose service is Lambda (`arn:aws:apigateway:{region}:lambda:…`). */
const LAMBDA_URI = /^arn:aws[a-z-]*:apigateway:[^:]*:lambda:/;
export const INTEGRATIONS = new Map([
    [
        'MOCK',
        (inv, integration) => {
            const endpoint = mockEndpoint(buildIntegrationRequest(inv, integration, false));
            return asRendered(integrationResponse(inv, integration, endpoint, String(endpoint.status)));
        },
    ],
    [
        'HTTP_PROXY',
        (inv, integration, deps) => {
            const ir = buildIntegrationRequest(inv, integration, true);
            return deps.http.send(httpEndpointRequest(inv, integration, ir, true)).then((r) => proxyResponse(r, inv));
        },
    ],
    [
        'HTTP',
        async (inv, integration, deps) => {
            const ir = buildIntegrationRequest(inv, integration, false);
            const r = await deps.http.send(httpEndpointRequest(inv, integration, ir, false));
            const endpoint = { status: r.status, headers: headerMap(r.headers), body: r.body, latencyMs: r.latencyMs };
            return asRendered(integrationResponse(inv, integration, endpoint, String(r.status)));
        },
    ],
    ['AWS_PROXY', (inv, integration, deps) => awsProxyLambda(inv, integration, deps.lambda)],
    // Lambda's invocation (integrations/lambda.ts), any other service's call (integrations/aws-service.ts).
    [
        'AWS',
        async (inv, integration, deps) => asRendered(await (LAMBDA_URI.test(integration.uri ?? '') ? awsLambda(inv, integration, deps.lambda) : awsService(inv, integration, deps.http, deps.aws))),
    ],
]);
function headerMap(h) {
    const m = new Map();
    for (const [k, v] of Object.entries(h)) {
        if (v === undefined)
            continue;
        const lower = k.toLowerCase(); // names come in the backend's casing: `Set-Cookie` and `set-cookie` are one
        const values = Array.isArray(v) ? v : [v];
        const prev = m.get(lower);
        m.set(lower, prev ? [...prev, ...values] : values);
    }
    return m;
}
function asRendered(out) {
    const headers = { ...out.headers };
    if (out.contentType && !Object.keys(headers).some((k) => k.toLowerCase() === 'content-type'))
        headers['Content-Type'] = out.contentType;
    return { status: out.status, headers, body: out.body };
}
