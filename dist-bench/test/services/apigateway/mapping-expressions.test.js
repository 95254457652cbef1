/**
 * Mapping expressions refused as AWS refuses them (src/services/apigateway/mapping-expressions.ts), through the
 * AWS SDK on every operation that stores them. AWS's texts: the recorded PutMethod answer
 * (rec: test_apigateway_api.py::TestApigatewayIntegration::test_put_integration_request_parameter_bool_type
 * [put-method-request-param-wrong-type]) and the answers quoted from AWS in public reports
 * (aws/aws-cdk#11306, aws/aws-cli#2879, awsdocs/amazon-api-gateway-developer-guide#7,
 * amazon-archives/aws-apigateway-importer#121, the `method.request.path.proxy` reports).
 */
import { CreateResourceCommand, CreateRestApiCommand, PutGatewayResponseCommand, PutIntegrationCommand, PutIntegrationResponseCommand, PutMethodCommand, PutMethodResponseCommand, UpdateGatewayResponseCommand, UpdateIntegrationCommand, UpdateIntegrationResponseCommand, UpdateMethodResponseCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gatewayResponseProblems, integrationRequestProblems, integrationResponseProblems, methodResponseProblems, } from '../../../src/services/apigateway/mapping-expressions.js';
import { sdkError, startTollgate } from '../../helpers/tollgate.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
const PREFIX = 'Invalid mapping expression specified: Validation Result: warnings : [], errors : ';
const refused = (...problems) => ({ name: 'BadRequestException', message: `${PREFIX}[${problems.join(', ')}]`, status: 400 });
/** A GET on /{id} declaring path id, query q and header X-Token; a method response 200 declaring X-Out. */
async function method() {
    const api = await t.client.send(new CreateRestApiCommand({ name: 'mappings' }));
    const res = await t.client.send(new CreateResourceCommand({ restApiId: api.id, parentId: api.rootResourceId, pathPart: '{id}' }));
    const a = { restApiId: api.id, resourceId: res.id, httpMethod: 'GET' };
    await t.client.send(new PutMethodCommand({
        ...a,
        authorizationType: 'NONE',
        requestParameters: { 'method.request.path.id': true, 'method.request.querystring.q': false, 'method.request.header.X-Token': false },
    }));
    await t.client.send(new PutMethodResponseCommand({ ...a, statusCode: '200', responseParameters: { 'method.response.header.X-Out': false } }));
    return a;
}
describe('integration request parameters (PutIntegration, UpdateIntegration)', () => {
    it('accepts every documented source of a declared parameter, the body, context, stage variables and static values', async () => {
        const a = await method();
        const requestParameters = {
            'integration.request.path.id': 'method.request.path.id',
            'integration.request.querystring.q': 'method.request.querystring.q',
            'integration.request.querystring.all': 'method.request.multivaluequerystring.q',
            'integration.request.header.x-token': 'method.request.header.x-token',
            'integration.request.header.x-all': 'method.request.multivalueheader.X-Token',
            'integration.request.header.x-body': 'method.request.body',
            'integration.request.header.x-field': 'method.request.body.a.b[0]',
            'integration.request.header.x-ctx': 'context.requestId',
            'integration.request.header.x-stage': 'stageVariables.env',
            'integration.request.header.x-static': "'a static, value'",
        };
        const out = await t.client.send(new PutIntegrationCommand({ ...a, type: 'MOCK', requestParameters }));
        assert.deepEqual(out.requestParameters, requestParameters);
    });
    it('an undeclared method request parameter: "Invalid mapping expression parameter specified: …", every problem listed', async () => {
        const a = await method();
        assert.deepEqual(await sdkError(t.client.send(new PutIntegrationCommand({
            ...a,
            type: 'HTTP_PROXY',
            integrationHttpMethod: 'GET',
            uri: 'http://example.com/{proxy}',
            requestParameters: {
                'integration.request.path.proxy': 'method.request.path.proxy',
                'integration.request.header.x': 'method.request.header.x',
            },
        }))), refused('Invalid mapping expression parameter specified: method.request.path.proxy', 'Invalid mapping expression parameter specified: method.request.header.x'));
    });
    it('a source or a target that is no mapping expression: "Invalid mapping expression specified: …"', async () => {
        const a = await method();
        for (const [target, source, problem] of [
            ['integration.request.header.x', 'garbage', 'garbage'],
            ['integration.request.header.x', 'foo.bar', 'foo.bar'],
            ['integration.request.header.x', 'integration.response.header.y', 'integration.response.header.y'],
            ['integration.request.header.x', '"quoted"', '"quoted"'],
            ['integration.request.body.x', "'v'", 'integration.request.body.x'],
            ['method.request.header.x', "'v'", 'method.request.header.x'],
        ]) {
            assert.deepEqual(await sdkError(t.client.send(new PutIntegrationCommand({ ...a, type: 'MOCK', requestParameters: { [target]: source } }))), refused(`Invalid mapping expression specified: ${problem}`), `${target} ← ${source}`);
        }
    });
    it('UpdateIntegration checks the map it would store', async () => {
        const a = await method();
        await t.client.send(new PutIntegrationCommand({ ...a, type: 'MOCK' }));
        assert.deepEqual(await sdkError(t.client.send(new UpdateIntegrationCommand({
            ...a,
            patchOperations: [{ op: 'add', path: '/requestParameters/integration.request.header.x', value: 'method.request.querystring.nope' }],
        }))), refused('Invalid mapping expression parameter specified: method.request.querystring.nope'));
        const ok = await t.client.send(new UpdateIntegrationCommand({
            ...a,
            patchOperations: [{ op: 'add', path: '/requestParameters/integration.request.header.x', value: 'method.request.querystring.q' }],
        }));
        assert.deepEqual(ok.requestParameters, { 'integration.request.header.x': 'method.request.querystring.q' });
    });
});
describe('integration response parameters (PutIntegrationResponse, UpdateIntegrationResponse)', () => {
    it('accepts integration response headers, the body, context, stage variables and static values into a declared header', async () => {
        const a = await method();
        await t.client.send(new PutIntegrationCommand({ ...a, type: 'MOCK' }));
        for (const source of [
            'integration.response.header.h',
            'integration.response.multivalueheader.h',
            'integration.response.body',
            'integration.response.body.a.b',
            'context.requestId',
            'stageVariables.v',
            "'*'",
        ]) {
            const out = await t.client.send(new PutIntegrationResponseCommand({ ...a, statusCode: '200', responseParameters: { 'method.response.header.x-out': source } }));
            assert.deepEqual(out.responseParameters, { 'method.response.header.x-out': source });
        }
    });
    it('refuses garbage sources, undeclared headers, and any mapping for a status without a method response', async () => {
        const a = await method();
        await t.client.send(new PutIntegrationCommand({ ...a, type: 'MOCK' }));
        const put = (statusCode, responseParameters) => sdkError(t.client.send(new PutIntegrationResponseCommand({ ...a, statusCode, responseParameters })));
        assert.deepEqual(await put('200', { 'method.response.header.X-Out': 'garbage' }), refused('Invalid mapping expression specified: garbage'));
        assert.deepEqual(await put('200', { 'method.response.header.X-Out': 'foo.bar' }), refused('Invalid mapping expression specified: foo.bar'));
        assert.deepEqual(await put('200', { 'method.response.header.X-Out': '"*"' }), refused('Invalid mapping expression specified: "*"'));
        assert.deepEqual(await put('200', { 'method.response.header.X-Out': 'method.request.header.X-Token' }), refused('Invalid mapping expression specified: method.request.header.X-Token'));
        assert.deepEqual(await put('200', { 'method.response.header.X-Nope': "'v'" }), refused('Invalid mapping expression parameter specified: method.response.header.X-Nope'));
        assert.deepEqual(await put('200', { 'integration.response.header.X-Out': "'v'" }), refused('Invalid mapping expression specified: integration.response.header.X-Out'));
        assert.deepEqual(await put('404', { 'method.response.header.X-Out': "'v'" }), refused('No method response exists for method.'));
        // Without parameters, a status with no method response is accepted (nothing to check).
        assert.equal((await t.client.send(new PutIntegrationResponseCommand({ ...a, statusCode: '404' }))).$metadata.httpStatusCode, 201);
    });
    it('UpdateIntegrationResponse checks the map it would store', async () => {
        const a = await method();
        await t.client.send(new PutIntegrationCommand({ ...a, type: 'MOCK' }));
        await t.client.send(new PutIntegrationResponseCommand({ ...a, statusCode: '200' }));
        assert.deepEqual(await sdkError(t.client.send(new UpdateIntegrationResponseCommand({
            ...a,
            statusCode: '200',
            patchOperations: [{ op: 'add', path: '/responseParameters/method.response.header.X-Out', value: 'garbage' }],
        }))), refused('Invalid mapping expression specified: garbage'));
    });
});
describe('method response keys (PutMethodResponse, UpdateMethodResponse)', () => {
    it('a key that is not method.response.header.NAME is refused', async () => {
        const a = await method();
        assert.deepEqual(await sdkError(t.client.send(new PutMethodResponseCommand({ ...a, statusCode: '201', responseParameters: { 'method.response.body.x': true } }))), refused('Invalid mapping expression specified: method.response.body.x'));
        assert.deepEqual(await sdkError(t.client.send(new UpdateMethodResponseCommand({
            ...a,
            statusCode: '200',
            patchOperations: [{ op: 'add', path: '/responseParameters/x-header', value: 'true' }],
        }))), refused('Invalid mapping expression specified: x-header'));
    });
});
describe('method request keys (PutMethod)', () => {
    it('a malformed key: the recorded text', async () => {
        const a = await method();
        assert.deepEqual(await sdkError(t.client.send(new PutMethodCommand({
            ...a,
            httpMethod: 'POST',
            authorizationType: 'NONE',
            requestParameters: { 'method.request.path.id': true, true: true },
        }))), refused('Invalid mapping expression specified: true'));
    });
});
describe('gateway response parameters (PutGatewayResponse, UpdateGatewayResponse)', () => {
    it('accepts method request parameters, context, stage variables and static values into gatewayresponse.header.*', async () => {
        const a = await method();
        const responseParameters = {
            'gatewayresponse.header.a': 'method.request.header.Accept',
            'gatewayresponse.header.b': 'method.request.querystring.q',
            'gatewayresponse.header.c': 'method.request.path.id',
            'gatewayresponse.header.d': 'method.request.multivalueheader.x',
            'gatewayresponse.header.e': 'context.requestId',
            'gatewayresponse.header.f': 'stageVariables.v',
            'gatewayresponse.header.g': "'static'",
        };
        const out = await t.client.send(new PutGatewayResponseCommand({ restApiId: a.restApiId, responseType: 'DEFAULT_4XX', responseParameters }));
        assert.deepEqual(out.responseParameters, responseParameters);
    });
    it('refuses what AWS refuses, with its texts', async () => {
        const a = await method();
        const put = (responseParameters) => sdkError(t.client.send(new PutGatewayResponseCommand({ restApiId: a.restApiId, responseType: 'UNAUTHORIZED', responseParameters })));
        // aws/aws-cdk#11306: a value without its quotes.
        assert.deepEqual(await put({ 'gatewayresponse.header.test-key': 'test-value' }), refused('Invalid mapping expression specified: test-value'));
        // aws/aws-cli#2879: an integration response's key form.
        assert.deepEqual(await put({ 'method.response.header.Access-Control-Allow-Origin': "'*'" }), refused('Invalid mapping expression specified: method.response.header.Access-Control-Allow-Origin'));
        assert.deepEqual(await put({ 'gatewayresponse.header.x': 'integration.response.header.y' }), refused('Invalid mapping expression specified: integration.response.header.y'));
        assert.deepEqual(await sdkError(t.client.send(new UpdateGatewayResponseCommand({
            restApiId: a.restApiId,
            responseType: 'DEFAULT_5XX',
            patchOperations: [{ op: 'add', path: '/responseParameters/gatewayresponse.header.x', value: 'foo.bar' }],
        }))), refused('Invalid mapping expression specified: foo.bar'));
    });
});
describe('the checks themselves', () => {
    it('header names are matched without regard to case; multi-value sources may name single-value declarations', () => {
        assert.deepEqual(integrationRequestProblems({ 'integration.request.header.a': 'method.request.multivalueheader.x-token' }, { 'method.request.header.X-Token': true }), []);
        assert.deepEqual(integrationRequestProblems({ 'integration.request.path.a': 'method.request.path.ID' }, { 'method.request.path.id': true }), [
            'Invalid mapping expression parameter specified: method.request.path.ID',
        ]);
        assert.deepEqual(integrationResponseProblems({ 'method.response.header.x-out': "'v'" }, { responseParameters: { 'method.response.header.X-Out': true } }), []);
        assert.deepEqual(integrationResponseProblems({}, undefined), []);
        assert.deepEqual(methodResponseProblems({ 'method.response.header.a': true }), []);
        assert.deepEqual(gatewayResponseProblems({ 'gatewayresponse.querystring.a': "'x'", 'gatewayresponse.path.b': "'y'" }), []);
    });
});
//# sourceMappingURL=mapping-expressions.test.js.map