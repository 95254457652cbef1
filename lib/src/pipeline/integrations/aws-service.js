import { GatewayError } from '../gateway-errors.js';
import { buildIntegrationRequest } from '../integration-request.js';
import { integrationResponse } from '../integration-response.js';
import { serviceEndpoint } from './aws/service-endpoint.js';
import { queryText, serviceCall } from './aws/service-request.js';
import { parseAwsServiceUri } from './aws/service-uri.js';
/** The parsed URI and its endpoint, per deployment and URI text. */
function targetOf(inv, text, aws) {
    const memo = inv.served.deployment.memo;
    let all = memo.get('awsServiceTargets');
    if (!all) {
        all = new Map();
        memo.set('awsServiceTargets', all);
    }
    let t = all.get(text);
    if (t === undefined) {
        const uri = parseAwsServiceUri(text);
        t = uri ? { uri, endpoint: serviceEndpoint(uri, aws.endpoints) } : null;
        if (all.size < 1024)
            all.set(text, t);
    }
    if (!t) {
        throw new GatewayError('API_CONFIGURATION_ERROR', {
            cause: new Error(`Execution failed due to configuration error: Invalid AWS service integration URI ${text}`),
        });
    }
    return t;
}
const stageVariable = /\$\{stageVariables\.([A-Za-z0-9_]+)\}/g;
export async function awsService(inv, integration, http, aws) {
    if (!aws)
        throw new GatewayError('API_CONFIGURATION_ERROR', { cause: new Error('Execution failed due to configuration error: AWS service calls are not set up') });
    const ir = buildIntegrationRequest(inv, integration, false);
    let text = integration.uri ?? '';
    if (text.includes('${'))
        text = text.replace(stageVariable, (_m, name) => inv.stageVariables[name] ?? '');
    const { uri, endpoint } = targetOf(inv, text, aws);
    const call = serviceCall(inv, integration, ir, uri, endpoint);
    const headers = await aws.signer.sign(call, endpoint);
    const r = await http.send({
        method: call.method,
        origin: call.origin,
        path: `${call.path}${queryText(call.query)}`,
        headers,
        body: call.body,
        timeoutMs: integration.timeoutInMillis ?? 29_000,
    });
    inv.integration = { status: r.status, latencyMs: r.latencyMs };
    const answer = new Map();
    for (const [k, v] of Object.entries(r.headers))
        if (v !== undefined)
            answer.set(k.toLowerCase(), Array.isArray(v) ? v : [v]);
    return integrationResponse(inv, integration, { status: r.status, headers: answer, body: r.body, latencyMs: r.latencyMs }, String(r.status));
}
