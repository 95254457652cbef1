/**
 * Gateway-response header mappings, each source AWS accepts there (control/mapping-expressions.ts;
 * DG x-amazon-apigateway-gateway-responses.gatewayResponse "any incoming request parameter value or
 * a static custom value", with stage and context variables), put through the SDK and served over
 * HTTP on a real gateway error (a MOCK method without integration responses: 500
 * API_CONFIGURATION_ERROR, on a path with a variable).
 */
import { CreateDeploymentCommand, CreateResourceCommand, CreateRestApiCommand, PutGatewayResponseCommand, PutIntegrationCommand, PutMethodCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { rawRequest } from '../helpers/apis.js';
import { sdkError, startTollgate } from '../helpers/tollgate.js';
let t;
let apiId;
const MAPPINGS = {
    'gatewayresponse.header.x-static': "'static value'",
    'gatewayresponse.header.x-path': 'method.request.path.id',
    'gatewayresponse.header.x-query': 'method.request.querystring.q',
    'gatewayresponse.header.x-multi-query': 'method.request.multivaluequerystring.q',
    'gatewayresponse.header.x-header': 'method.request.header.x-in',
    'gatewayresponse.header.x-multi-header': 'method.request.multivalueheader.X-In',
    'gatewayresponse.header.x-stage-variable': 'stageVariables.who',
    'gatewayresponse.header.x-context-stage': 'context.stage',
    'gatewayresponse.header.x-context-type': 'context.error.responseType',
    'gatewayresponse.header.x-context-id': 'context.requestId',
    'gatewayresponse.header.x-absent': 'method.request.header.nope',
    'gatewayresponse.header.x-absent-variable': 'stageVariables.nope',
};
before(async () => {
    t = await startTollgate();
    const api = await t.client.send(new CreateRestApiCommand({ name: 'gateway-response-sources' }));
    apiId = api.id;
    const items = await t.client.send(new CreateResourceCommand({ restApiId: apiId, parentId: api.rootResourceId, pathPart: 'items' }));
    const item = await t.client.send(new CreateResourceCommand({ restApiId: apiId, parentId: items.id, pathPart: '{id}' }));
    await t.client.send(new PutMethodCommand({ restApiId: apiId, resourceId: item.id, httpMethod: 'GET', authorizationType: 'NONE' }));
    await t.client.send(new PutIntegrationCommand({
        restApiId: apiId,
        resourceId: item.id,
        httpMethod: 'GET',
        type: 'MOCK',
        requestTemplates: { 'application/json': '{"statusCode": 200}' },
    }));
    const put = await t.client.send(new PutGatewayResponseCommand({
        restApiId: apiId,
        responseType: 'API_CONFIGURATION_ERROR',
        statusCode: '500',
        responseParameters: MAPPINGS,
    }));
    assert.deepEqual(put.responseParameters, MAPPINGS);
    await t.client.send(new CreateDeploymentCommand({ restApiId: apiId, stageName: 'dev', variables: { who: 'tollgate' } }));
});
after(async () => {
    await t?.close();
});
describe('gateway response header sources', () => {
    it('serves static values, path, query string and header parameters (single and multi-valued), stage and context variables', async () => {
        const r = await rawRequest(`${t.app.url}/_aws/execute-api/${apiId}/dev/items/42?q=a&q=b`, { headers: { 'X-In': ['one', 'two'] } });
        assert.equal(r.status, 500);
        const h = r.headers;
        assert.deepEqual({
            static: h['x-static'],
            path: h['x-path'],
            query: h['x-query'],
            multiQuery: h['x-multi-query'],
            header: h['x-header'],
            multiHeader: h['x-multi-header'],
            stageVariable: h['x-stage-variable'],
            contextStage: h['x-context-stage'],
            contextType: h['x-context-type'],
        }, {
            static: 'static value',
            path: '42',
            query: 'b',
            multiQuery: 'a,b',
            header: 'two',
            multiHeader: 'one,two',
            stageVariable: 'tollgate',
            contextStage: 'dev',
            contextType: 'API_CONFIGURATION_ERROR',
        });
        assert.equal(h['x-context-id'], h['x-amzn-requestid']);
        assert.equal('x-absent' in h, false);
        assert.equal('x-absent-variable' in h, false);
    });
    it('a source AWS does not accept there is refused when put, not dropped when served', async () => {
        for (const source of ['integration.response.header.x', 'method.request.body', 'garbage']) {
            assert.deepEqual(await sdkError(t.client.send(new PutGatewayResponseCommand({
                restApiId: apiId,
                responseType: 'DEFAULT_4XX',
                responseParameters: { 'gatewayresponse.header.x': source },
            }))), {
                name: 'BadRequestException',
                status: 400,
                message: `Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression specified: ${source}]`,
            }, source);
        }
    });
});
//# sourceMappingURL=gateway-response-sources.test.js.map