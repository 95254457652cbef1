/**
 * Building test APIs through the unmodified SDK: an API, resources, a method with its integration,
 * responses, a deployment; and raw invocations (node:http, so repeated headers stay separate lines
 * and bodies stay bytes).
 */
import { CreateDeploymentCommand, CreateResourceCommand, CreateRestApiCommand, PutIntegrationCommand, PutIntegrationResponseCommand, PutMethodCommand, PutMethodResponseCommand, } from '@aws-sdk/client-api-gateway';
import { request } from 'node:http';
export async function newApi(client, input = {}) {
    const api = await client.send(new CreateRestApiCommand({ name: 'test', ...input }));
    return { id: api.id, root: api.rootResourceId };
}
export async function addResource(client, api, parentId, pathPart) {
    return (await client.send(new CreateResourceCommand({ restApiId: api.id, parentId, pathPart }))).id;
}
export async function putMethod(client, api, resourceId, httpMethod, integration, methodExtra = {}) {
    await client.send(new PutMethodCommand({
        restApiId: api.id,
        resourceId,
        httpMethod,
        authorizationType: 'NONE',
        ...methodExtra,
        requestParameters: declaredSources(integration.requestParameters, methodExtra.requestParameters),
    }));
    await client.send(new PutIntegrationCommand({ restApiId: api.id, resourceId, httpMethod, type: 'MOCK', ...integration }));
}
/**
 * AWS refuses a mapping from a method request parameter the method does not declare
 * (control/mapping-expressions.ts): the method declares, as optional, each one the integration maps
 * and the test did not declare itself.
 */
export function declaredSources(mappings, declared) {
    const out = { ...(declared ?? {}) };
    for (const source of Object.values(mappings ?? {})) {
        const m = /^method\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.(.+)$/.exec(source);
        if (!m)
            continue;
        const where = m[1] === 'multivalueheader' ? 'header' : m[1] === 'multivaluequerystring' ? 'querystring' : m[1];
        const known = Object.keys(out).some((k) => k.toLowerCase() === `method.request.${where}.${m[2]}`.toLowerCase() || k.toLowerCase() === `method.request.multivalue${where}.${m[2]}`.toLowerCase());
        if (!known)
            out[`method.request.${where}.${m[2]}`] = false;
    }
    return Object.keys(out).length || declared ? out : undefined;
}
export async function putResponse(client, api, resourceId, httpMethod, statusCode, extra = {}) {
    // The method response declares the headers the integration response maps (AWS refuses others).
    const headers = Object.keys(extra.responseParameters ?? {}).filter((k) => k.startsWith('method.response.header.'));
    const responseParameters = headers.length ? Object.fromEntries(headers.map((h) => [h, false])) : undefined;
    await client.send(new PutMethodResponseCommand({ restApiId: api.id, resourceId, httpMethod, statusCode, responseParameters }));
    await client.send(new PutIntegrationResponseCommand({ restApiId: api.id, resourceId, httpMethod, statusCode, ...extra }));
}
export async function deploy(client, api, stageName = 'dev', variables) {
    return (await client.send(new CreateDeploymentCommand({ restApiId: api.id, stageName, variables }))).id;
}
/** One request over a fresh connection; `headers` values given as arrays are sent as separate lines. */
export function rawRequest(url, opts = {}) {
    return new Promise((resolve, reject) => {
        const req = request(url, { method: opts.method ?? 'GET', headers: opts.headers, agent: false }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => {
                const body = Buffer.concat(chunks);
                resolve({
                    status: res.statusCode,
                    headers: res.headers,
                    body,
                    text: body.toString('utf8'),
                    json: () => JSON.parse(body.toString('utf8')),
                });
            });
        });
        req.on('error', reject);
        req.end(opts.body);
    });
}
export const invokeUrl = (base, api, stage, path) => `${base}/_aws/execute-api/${api.id}/${stage}${path}`;
//# sourceMappingURL=apis.js.map