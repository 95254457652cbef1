/**
 * Recorded MOCK integrations (test_apigateway_integrations.py): path parameters that are not used,
 * `$context.requestOverride` carried from the request template to the response template, and
 * `$context.responseOverride` set in the request template.
 */
import assert from 'node:assert/strict';
import { PutIntegrationCommand, PutIntegrationResponseCommand, PutMethodCommand, PutMethodResponseCommand } from '@aws-sdk/client-api-gateway';
import { after, before, describe, it } from 'node:test';
import { addResource, deploy, invokeUrl, newApi, rawRequest } from '../helpers/apis.js';
import { A, assertLike, body, rec } from '../helpers/recorded.js';
import { startTollgate } from '../helpers/tollgate.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
/** The tests' own dedent: Python's textwrap.dedent of the templates as sent. */
const dedent = (s) => s.replace(/^\n/, '').replace(/^ {4}/gm, '');
/** GET on `resourceId` with a 200 method response and a MOCK integration with `requestTemplate`. */
async function mockMethod(api, resourceId, requestTemplate, responseTemplates, methodParams) {
    const m = { restApiId: api.id, resourceId, httpMethod: 'GET' };
    await t.client.send(new PutMethodCommand({ ...m, authorizationType: 'NONE', requestParameters: methodParams }));
    await t.client.send(new PutMethodResponseCommand({ ...m, statusCode: '200' }));
    await t.client.send(new PutIntegrationCommand({
        ...m,
        integrationHttpMethod: 'POST',
        type: 'MOCK',
        requestParameters: {},
        requestTemplates: { 'application/json': requestTemplate },
    }));
    await t.client.send(new PutIntegrationResponseCommand({ ...m, statusCode: '200', selectionPattern: '2\\d{2}', responseTemplates }));
}
describe('MOCK integrations (recorded)', () => {
    it(rec('test_apigateway_integrations.py::test_integration_mock_with_path_param', 'integration'), async () => {
        const api = await newApi(t.client, { description: 'this is my api' });
        const resourceId = await addResource(t.client, api, api.root, '{testPath}');
        const m = { restApiId: api.id, resourceId, httpMethod: 'GET' };
        // AWS takes the lower-case `none` as NONE.
        await t.client.send(new PutMethodCommand({ ...m, authorizationType: 'none', requestParameters: { 'method.request.path.testPath': true } }));
        await t.client.send(new PutMethodResponseCommand({ ...m, statusCode: '200' }));
        const integration = await t.client.send(new PutIntegrationCommand({
            ...m,
            integrationHttpMethod: 'POST',
            type: 'MOCK',
            requestParameters: { 'integration.request.path.integrationPath': 'method.request.path.testPath' },
            // Not JSON, and accepted (the CDK's CORS construct writes this).
            requestTemplates: { 'application/json': '{statusCode: 200}' },
        }));
        assert.equal(integration.$metadata.httpStatusCode, 201);
        assertLike(body(integration), {
            cacheKeyParameters: [],
            cacheNamespace: A.string,
            passthroughBehavior: 'WHEN_NO_MATCH',
            requestParameters: { 'integration.request.path.integrationPath': 'method.request.path.testPath' },
            requestTemplates: { 'application/json': '{statusCode: 200}' },
            timeoutInMillis: 29000,
            type: 'MOCK',
        });
        await t.client.send(new PutIntegrationResponseCommand({ ...m, statusCode: '200', selectionPattern: '2\\d{2}', responseTemplates: {} }));
        await deploy(t.client, api, 'dev');
        // The test's own assertions: 200 with an empty body.
        const r = await rawRequest(invokeUrl(t.app.url, api, 'dev', '/test-path'));
        assert.equal(r.status, 200);
        assert.equal(r.text, '');
    });
    it(rec('test_apigateway_integrations.py::test_integration_mock_with_request_overrides_in_response_template', 'invoke-path1', 'invoke-path2', 'invoke-path-else'), async () => {
        const api = await newApi(t.client, { description: 'this is my api' });
        const resourceId = await addResource(t.client, api, api.root, '{testPath}');
        const requestTemplate = dedent(`#set($body = $util.base64Decode($input.params('testPath')))
    #set($context.requestOverride.path.body = $body)
    {
      "statusCode": 200
    }
    `);
        const responseTemplate = dedent(`
    #set($body = $util.parseJson($context.requestOverride.path.body))
    #set($inputBody = $body.message)
    #if($inputBody == "path1")
    {
       "response": "path was path one"
    }
    #elseif($inputBody == "path2")
    {
       "response": "path was path two"
    }
    #else
    {
      "response": "this is the else clause"
    }
    #end
    `);
        await mockMethod(api, resourceId, requestTemplate, { 'application/json': responseTemplate }, { 'method.request.path.testPath': true });
        await deploy(t.client, api, 'dev');
        const call = async (message) => {
            const path = Buffer.from(JSON.stringify({ message })).toString('base64');
            const r = await rawRequest(invokeUrl(t.app.url, api, 'dev', `/${path}`));
            assert.equal(r.status, 200, r.text);
            return r.json();
        };
        assert.deepEqual(await call('path1'), { response: 'path was path one' });
        assert.deepEqual(await call('path2'), { response: 'path was path two' });
        assert.deepEqual(await call('whatever'), { response: 'this is the else clause' });
    });
    const overrideRequest = dedent(`
    #set($context.responseOverride.status = 444)
    #set($context.responseOverride.header.foo = "bar")
    #set($context.responseOverride.custom = "is also passed around")
    {
      "statusCode": 200
    }
    `);
    const overrideResponse = dedent(`
    #set($statusOverride = $context.responseOverride.status)
    #set($fooHeader = $context.responseOverride.header.foo)
    #set($custom = $context.responseOverride.custom)
    {
        "statusOverride": "$statusOverride",
        "fooHeader": "$fooHeader",
        "custom": "$custom"
    }
    `);
    it(rec('test_apigateway_integrations.py::test_integration_mock_with_response_override_in_request_template[True]', 'response'), async () => {
        const api = await newApi(t.client, { description: 'this is my api' });
        await mockMethod(api, api.root, overrideRequest, { 'application/json': overrideResponse });
        await deploy(t.client, api, 'dev');
        const r = await rawRequest(invokeUrl(t.app.url, api, 'dev', '/'));
        assert.equal(r.headers.foo, 'bar');
        assert.deepEqual({ body: r.json(), status_code: r.status }, {
            body: { custom: 'is also passed around', fooHeader: 'bar', statusOverride: '444' },
            status_code: 444,
        });
    });
    it(rec('test_apigateway_integrations.py::test_integration_mock_with_response_override_in_request_template[False]', 'response'), async () => {
        const api = await newApi(t.client, { description: 'this is my api' });
        await mockMethod(api, api.root, overrideRequest, {});
        await deploy(t.client, api, 'dev');
        const r = await rawRequest(invokeUrl(t.app.url, api, 'dev', '/'));
        assert.equal(r.headers.foo, 'bar');
        assert.deepEqual({ body: r.text, status_code: r.status }, { body: '', status_code: 444 });
    });
    it(rec('test_apigateway_integrations.py::test_integration_mock_with_vtl_map_assignation', 'response'), async () => {
        const api = await newApi(t.client, { description: 'this is my api' });
        const requestTemplate = dedent(`
    #set($paramName = "foo")
    #set($context.requestOverride.querystring[$paramName] = "bar")
    #set($paramPutName = "putfoo")
    $context.requestOverride.querystring.put($paramPutName, "putBar")
    #set($context["requestOverride"].querystring["nestedfoo"] = "nestedFoo")
    {
      "statusCode": 200
    }
    `);
        const responseTemplate = dedent(`
    #set($value = $context.requestOverride.querystring["foo"])
    #set($value2 = $context.requestOverride.querystring["putfoo"])
    #set($value3 = $context.requestOverride.querystring["nestedfoo"])
    {
        "value": "$value",
        "value2": "$value2",
        "value3": "$value3"
    }
    `);
        await mockMethod(api, api.root, requestTemplate, { 'application/json': responseTemplate });
        await deploy(t.client, api, 'dev');
        const r = await rawRequest(invokeUrl(t.app.url, api, 'dev', '/'));
        assert.deepEqual({ body: r.json(), status_code: r.status }, {
            body: { value: 'bar', value2: 'putBar', value3: 'nestedFoo' },
            status_code: 200,
        });
    });
});
//# sourceMappingURL=integrations-mock.test.js.map