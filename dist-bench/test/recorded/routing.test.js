/**
 * Replays test_apigateway_common.py::TestApigatewayRouting (recorded against AWS): a deployed stage's
 * routing misses. The other routing tests of that class are LocalStack-only or record nothing.
 */
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { addResource, deploy, invokeUrl, newApi, putMethod, putResponse, rawRequest } from '../helpers/apis.js';
import { assertLike, rec } from '../helpers/recorded.js';
import { startTollgate } from '../helpers/tollgate.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
it(rec('test_apigateway_common.py::TestApigatewayRouting::test_routing_not_found', 'working-route', 'not-found', 'wrong-method'), async () => {
    const api = await newApi(t.client, { name: 'test-notfound' });
    const existing = await addResource(t.client, api, api.root, 'existing');
    // The test's MOCK method: request template {"statusCode": 200}, a 200 answer rendering a constant.
    await putMethod(t.client, api, existing, 'GET', { type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } });
    await putResponse(t.client, api, existing, 'GET', '200', {
        selectionPattern: '',
        responseTemplates: { 'application/json': JSON.stringify({ statusCode: 200, message: 'exists' }) },
    });
    await deploy(t.client, api, 'dev');
    const ok = await rawRequest(invokeUrl(t.app.url, api, 'dev', '/existing'));
    assert.equal(ok.status, 200);
    assertLike(ok.json(), { message: 'exists', statusCode: 200 });
    for (const [method, path] of [
        ['GET', '/random-non-existing'],
        ['POST', '/existing'],
    ]) {
        const miss = await rawRequest(invokeUrl(t.app.url, api, 'dev', path), { method });
        assert.equal(miss.status, 403, `${method} ${path}`);
        assertLike({ content: miss.json(), errorType: miss.headers['x-amzn-errortype'] }, {
            content: { message: 'Missing Authentication Token' },
            errorType: 'MissingAuthenticationTokenException',
        });
    }
});
//# sourceMappingURL=routing.test.js.map