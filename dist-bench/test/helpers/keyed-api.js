/**
 * A deployed REST API with API-key-protected MOCK methods, a usage plan covering its stages and an
 * enabled key in that plan, all created through the AWS SDK; and a one-line invoke. Used by the
 * usage-plan tests (in-process, several processes, Redis outages) and the benchmark.
 *
 * Methods: GET / and GET /other require a key; GET /open does not. Each answers 200 with
 * `{"key":"$context.identity.apiKey","id":"$context.identity.apiKeyId"}`.
 */
import { CreateApiKeyCommand, CreateDeploymentCommand, CreateResourceCommand, CreateRestApiCommand, CreateUsagePlanCommand, CreateUsagePlanKeyCommand, PutIntegrationCommand, PutIntegrationResponseCommand, PutMethodCommand, PutMethodResponseCommand, } from '@aws-sdk/client-api-gateway';
import { randomBytes } from 'node:crypto';
export const IDENTITY_TEMPLATE = '{"key":"$context.identity.apiKey","id":"$context.identity.apiKeyId"}';
export async function mockMethod(client, restApiId, resourceId, apiKeyRequired) {
    const m = { restApiId, resourceId, httpMethod: 'GET' };
    await client.send(new PutMethodCommand({ ...m, authorizationType: 'NONE', apiKeyRequired }));
    await client.send(new PutIntegrationCommand({ ...m, type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } }));
    await client.send(new PutMethodResponseCommand({ ...m, statusCode: '200' }));
    await client.send(new PutIntegrationResponseCommand({ ...m, statusCode: '200', responseTemplates: { 'application/json': IDENTITY_TEMPLATE } }));
}
export async function newKey(client, planId, enabled = true) {
    const value = randomBytes(20).toString('hex');
    const key = await client.send(new CreateApiKeyCommand({ name: `k-${value.slice(0, 6)}`, value, enabled }));
    if (planId)
        await client.send(new CreateUsagePlanKeyCommand({ usagePlanId: planId, keyId: key.id, keyType: 'API_KEY' }));
    return { keyId: key.id, value };
}
export async function keyedApi(client, opts = {}) {
    const stages = opts.stages ?? ['dev'];
    const api = await client.send(new CreateRestApiCommand({ name: 'keyed', apiKeySource: opts.apiKeySource }));
    const apiId = api.id;
    await mockMethod(client, apiId, api.rootResourceId, true);
    for (const [part, keyed] of [
        ['other', true],
        ['open', false],
    ]) {
        const r = await client.send(new CreateResourceCommand({ restApiId: apiId, parentId: api.rootResourceId, pathPart: part }));
        await mockMethod(client, apiId, r.id, keyed);
    }
    for (const stageName of stages)
        await client.send(new CreateDeploymentCommand({ restApiId: apiId, stageName }));
    const plan = await client.send(new CreateUsagePlanCommand({
        name: 'plan',
        ...opts.plan,
        apiStages: opts.plan?.apiStages ?? stages.map((stage) => ({ apiId, stage })),
    }));
    const { keyId, value } = await newKey(client, plan.id);
    return { apiId, planId: plan.id, keyId, value };
}
export async function hit(base, apiId, stage, path = '/', key, headers = {}) {
    const res = await fetch(`${base}/_aws/execute-api/${apiId}/${stage}${path}`, {
        headers: { ...(key === undefined ? {} : { 'x-api-key': key }), ...headers },
    });
    const text = await res.text();
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        json = undefined;
    }
    return { status: res.status, text, json, errorType: res.headers.get('x-amzn-errortype') };
}
/** How many of `hits` had each status: `{200: 100, 429: 900}`. */
export function statuses(hits) {
    const out = {};
    for (const h of hits)
        out[h.status] = (out[h.status] ?? 0) + 1;
    return out;
}
export const FORBIDDEN = { status: 403, json: { message: 'Forbidden' }, errorType: 'ForbiddenException' };
export const TOO_MANY = { status: 429, json: { message: 'Too Many Requests' }, errorType: 'TooManyRequestsException' };
export const LIMIT_EXCEEDED = { status: 429, json: { message: 'Limit Exceeded' }, errorType: 'LimitExceededException' };
export const pick = (h) => ({ status: h.status, json: h.json, errorType: h.errorType });
//# sourceMappingURL=keyed-api.js.map