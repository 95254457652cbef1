/**
 * Replays test_apigateway_api.py::TestApigatewayTestInvoke: TestInvokeMethod on MOCK methods of a draft
 * API (answers, headers and the execution log line by line), its 404s, and a failing HTTP_PROXY.
 */
import { CreateResourceCommand, CreateRestApiCommand, PutIntegrationCommand, PutIntegrationResponseCommand, PutMethodCommand, PutMethodResponseCommand, TestInvokeMethodCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { A, assertLike, rec, recordedError } from '../helpers/recorded.js';
import { startTollgate } from '../helpers/tollgate.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
const err = (Code, Message, HTTPStatusCode) => ({ Code, Message, HTTPStatusCode });
const STAMP = /^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} UTC \d{4} : /;
/**
 * The answer as the recordings show it: the log split in lines, each line's timestamp checked and
 * replaced by AWS's placeholder, the request id checked and named; the body parsed.
 */
function formatted(out) {
    const lines = out.log.split('\n');
    const id = /^Execution log for request ([0-9a-f-]{36})$/.exec(lines[0])?.[1];
    assert.ok(id, lines[0]);
    const log = Object.fromEntries(lines.map((l, i) => {
        if (i > 0 && l !== '')
            assert.match(l, STAMP);
        return [`line${String(i).padStart(2, '0')}`, l.replace(STAMP, 'DDD MMM dd hh:mm:ss UTC yyyy : ').replaceAll(id, '<request-id>')];
    }));
    assert.equal(out.$metadata.httpStatusCode, 200);
    return {
        body: JSON.parse(out.body),
        headers: out.headers,
        latency: out.latency,
        log,
        multiValueHeaders: out.multiValueHeaders,
        status: out.status,
    };
}
/** The recorded log of a MOCK method answering `body`. */
function mockLog(resourcePath, path, query, requestBody, body) {
    const lines = [
        'Execution log for request <request-id>',
        'Starting execution for request: <request-id>',
        `HTTP Method: ${resourcePath}`,
        `Method request path: ${path}`,
        `Method request query string: ${query}`,
        'Method request headers: {}',
        `Method request body before transformations: ${requestBody}`,
        `Method response body after transformations: ${body}`,
        'Method response headers: {Content-Type=application/json}',
        'Successfully completed execution',
        'Method completed with status: 200',
    ].map((l, i) => (i === 0 ? l : `DDD MMM dd hh:mm:ss UTC yyyy : ${l}`));
    return Object.fromEntries([...lines, ''].map((l, i) => [`line${String(i).padStart(2, '0')}`, l]));
}
const mockAnswer = (body, log) => ({
    body,
    headers: { 'Content-Type': 'application/json' },
    latency: A.any,
    log,
    multiValueHeaders: { 'Content-Type': ['application/json'] },
    status: 200,
});
describe('TestApigatewayTestInvoke', () => {
    it(rec('test_apigateway_api.py::TestApigatewayTestInvoke::test_invoke_test_method', 'test-invoke-method-get-pets', 'test-invoke-method-get-pets-bad-path', 'test-invoke-method-get-pets-id', 'test-invoke-method-get-pets-id-no-path', 'test-invoke-method-get-pets-id-bad-path', 'test-invoke-method-get-with-qs', 'test-invoke-method-post-with-body', 'resource-method-not-found', 'resource-id-not-found', 'rest-api-not-found'), async () => {
        const api = await t.client.send(new CreateRestApiCommand({ name: 'aws lambda api' }));
        const restApiId = api.id;
        const pets = (await t.client.send(new CreateResourceCommand({ restApiId, parentId: api.rootResourceId, pathPart: 'pets' }))).id;
        const pet = (await t.client.send(new CreateResourceCommand({ restApiId, parentId: pets, pathPart: '{petId}' }))).id;
        const petIdParam = { requestParameters: { 'method.request.path.petId': true } };
        // Python's json.dumps, as the recorded test sent them.
        const mockTemplate = { 'application/json': '{"statusCode": 200}' };
        const mapId = { 'integration.request.path.id': 'method.request.path.petId' };
        const petTemplate = { 'application/json': '{"petId": "$input.params(\'petId\')"}' };
        for (const [resourceId, httpMethod, method, integration, responseTemplates] of [
            [pets, 'GET', {}, { integrationHttpMethod: 'GET' }, { 'application/json': '{"pets": "all the pets"}' }],
            [pet, 'GET', petIdParam, { integrationHttpMethod: 'GET', requestParameters: mapId }, petTemplate],
            [pet, 'POST', petIdParam, { integrationHttpMethod: 'POST', requestParameters: mapId }, petTemplate],
        ]) {
            await t.client.send(new PutMethodCommand({ restApiId, resourceId, httpMethod, authorizationType: 'NONE', ...method }));
            await t.client.send(new PutMethodResponseCommand({ restApiId, resourceId, httpMethod, statusCode: '200' }));
            await t.client.send(new PutIntegrationCommand({ restApiId, resourceId, httpMethod, type: 'MOCK', requestTemplates: mockTemplate, ...integration }));
            await t.client.send(new PutIntegrationResponseCommand({ restApiId, resourceId, httpMethod, statusCode: '200', responseTemplates }));
        }
        const invoke = async (resourceId, httpMethod, pathWithQueryString, body = '') => formatted(await t.client.send(new TestInvokeMethodCommand({ restApiId, resourceId, httpMethod, body, pathWithQueryString })));
        const allPets = { pets: 'all the pets' };
        const allPetsText = '{"pets": "all the pets"}';
        // The log names the path given, or the resource's own path when none is.
        assertLike(await invoke(pets, 'GET'), mockAnswer(allPets, mockLog('GET, Resource Path: /pets', '{}', '{}', '', allPetsText)));
        assertLike(await invoke(pets, 'GET', '/random/test'), mockAnswer(allPets, mockLog('GET, Resource Path: /random/test', '{}', '{}', '', allPetsText)));
        assertLike(await invoke(pet, 'GET', '/pets/123'), mockAnswer({ petId: '123' }, mockLog('GET, Resource Path: /pets/123', '{petId=123}', '{}', '', '{"petId": "123"}')));
        // Without a path, the resource's template path is matched against itself: petId is "{petId}".
        assertLike(await invoke(pet, 'GET'), mockAnswer({ petId: '{petId}' }, mockLog('GET, Resource Path: /pets/{petId}', '{petId={petId}}', '{}', '', '{"petId": "{petId}"}')));
        // A path that does not fit the resource leaves the parameters empty.
        assertLike(await invoke(pet, 'GET', '/random/test'), mockAnswer({ petId: '' }, mockLog('GET, Resource Path: /random/test', '{}', '{}', '', '{"petId": ""}')));
        assertLike(await invoke(pet, 'GET', '/pets/123?foo=bar'), mockAnswer({ petId: '123' }, mockLog('GET, Resource Path: /pets/123', '{petId=123}', '{foo=bar}', '', '{"petId": "123"}')));
        assertLike(await invoke(pet, 'POST', '/pets/123', '{"foo": "bar"}'), mockAnswer({ petId: '123' }, mockLog('POST, Resource Path: /pets/123', '{petId=123}', '{}', '{"foo": "bar"}', '{"petId": "123"}')));
        const send = (input) => t.client.send(new TestInvokeMethodCommand({
            restApiId,
            resourceId: pet,
            httpMethod: 'POST',
            pathWithQueryString: '/pets/123',
            body: JSON.stringify({ foo: 'bar' }),
            ...input,
        }));
        assert.deepEqual(await recordedError(send({ httpMethod: 'HEAD' })), err('NotFoundException', 'Invalid Method identifier specified', 404));
        const resourceNotFound = err('NotFoundException', 'Invalid Resource identifier specified', 404);
        assert.deepEqual(await recordedError(send({ resourceId: 'invalid_res' })), resourceNotFound);
        // The recorded test sent the same request a second time for "rest-api-not-found".
        assert.deepEqual(await recordedError(send({ resourceId: 'invalid_res' })), resourceNotFound);
    });
    it(rec('test_apigateway_api.py::TestApigatewayTestInvoke::test_failed_invoke_test_method', 'test-invoke-failure'), async () => {
        const api = await t.client.send(new CreateRestApiCommand({ name: 'test failed invoke' }));
        const a = { restApiId: api.id, resourceId: api.rootResourceId };
        await t.client.send(new PutMethodCommand({ ...a, httpMethod: 'ANY', authorizationType: 'NONE' }));
        // The stage variable is never given: the endpoint address cannot be made.
        await t.client.send(new PutIntegrationCommand({
            ...a,
            httpMethod: 'ANY',
            type: 'HTTP_PROXY',
            uri: 'https://${stageVariables.testHost}',
            integrationHttpMethod: 'ANY',
        }));
        // An ANY method is tested as GET.
        const out = await t.client.send(new TestInvokeMethodCommand({ ...a, httpMethod: 'GET', body: '' }));
        const log = [
            'Execution log for request <request-id>',
            ...[
                'Starting execution for request: <request-id>',
                'HTTP Method: GET, Resource Path: /',
                'Method request path: {}',
                'Method request query string: {}',
                'Method request headers: {}',
                'Method request body before transformations: ',
                'Execution failed due to configuration error: Invalid endpoint address',
                'Method completed with status: 500',
            ].map((l) => `DDD MMM dd hh:mm:ss UTC yyyy : ${l}`),
            '',
        ];
        assertLike(formatted(out), {
            body: { message: 'Internal server error' },
            headers: { 'x-amzn-ErrorType': 'InternalServerErrorException' },
            latency: A.any,
            log: Object.fromEntries(log.map((l, i) => [`line${String(i).padStart(2, '0')}`, l])),
            multiValueHeaders: { 'x-amzn-ErrorType': ['InternalServerErrorException'] },
            status: 500,
        });
    });
});
//# sourceMappingURL=api-test-invoke.test.js.map