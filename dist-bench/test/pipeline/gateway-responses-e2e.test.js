/**
 * Gateway responses end to end: one API built and deployed through the AWS SDK, with its gateway
 * responses customised with PutGatewayResponse, invoked over real sockets. Every type the data plane
 * produces today is provoked for real; the same API is deployed three times, since a deployment
 * freezes the gateway responses (as AWS):
 *   stage `plain`  — nothing customised: AWS's defaults (F79, F83–F85, F89; aws-behavior.md A2);
 *   stage `custom` — each type customised on its own (status, headers from 'static',
 *                    method.request.header|querystring and stageVariables, a template);
 *   stage `family` — only DEFAULT_4XX and DEFAULT_5XX customised, plus one explicit type (F80).
 */
import { CreateAuthorizerCommand, CreateDeploymentCommand, CreateModelCommand, CreateRequestValidatorCommand, CreateResourceCommand, CreateRestApiCommand, DeleteGatewayResponseCommand, PutGatewayResponseCommand, PutIntegrationCommand, PutIntegrationResponseCommand, PutMethodCommand, PutMethodResponseCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startBackend } from '../helpers/backend.js';
import { startTollgate } from '../helpers/tollgate.js';
let t;
let backend;
let apiId;
const BIG = Buffer.alloc(10 * 1024 * 1024 + 1, 97);
const PROBES = {
    // F83: a known path with a method it does not have.
    MISSING_AUTHENTICATION_TOKEN: { path: '/pets/42', init: { method: 'DELETE' } },
    // apiKeyRequired fails closed until API keys are enforced (F85's 403).
    INVALID_API_KEY: { path: '/keyed' },
    // A Lambda authorizer whose function API Gateway cannot invoke (there is none here).
    AUTHORIZER_CONFIGURATION_ERROR: { path: '/authz' },
    BAD_REQUEST_PARAMETERS: { path: '/validated', init: { method: 'POST', body: '{"name":"rex"}' } },
    BAD_REQUEST_BODY: {
        path: '/validated?q=1',
        init: { method: 'POST', headers: { 'x-h': 'h', 'Content-Type': 'application/json' }, body: '{"nope":1}' },
    },
    UNSUPPORTED_MEDIA_TYPE: { path: '/never', init: { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'x' } },
    INTEGRATION_TIMEOUT: { path: '/slow' },
    INTEGRATION_FAILURE: { path: '/refused' },
    // A MOCK method without any integration response: "No match for output mapping and no default".
    API_CONFIGURATION_ERROR: { path: '/unmapped' },
    REQUEST_TOO_LARGE: { path: '/pets', init: { method: 'POST', body: BIG } },
};
const TYPES = Object.keys(PROBES);
/** AWS's defaults for each (status, x-amzn-ErrorType, exact body). */
const DEFAULTS = {
    MISSING_AUTHENTICATION_TOKEN: [403, 'MissingAuthenticationTokenException', '{"message":"Missing Authentication Token"}'],
    INVALID_API_KEY: [403, 'ForbiddenException', '{"message":"Forbidden"}'],
    AUTHORIZER_CONFIGURATION_ERROR: [500, 'AuthorizerConfigurationException', '{"message":null}'],
    // Errors of the method's execution: AWS's `{"message": "…"}` with a space (F89's recorded 36 bytes).
    BAD_REQUEST_PARAMETERS: [400, 'BadRequestException', '{"message": "Missing required request parameters: [x-h, q]"}'],
    BAD_REQUEST_BODY: [400, 'BadRequestException', '{"message": "Invalid request body"}'],
    UNSUPPORTED_MEDIA_TYPE: [415, 'BadRequestException', '{"message": "Unsupported Media Type"}'],
    INTEGRATION_TIMEOUT: [504, 'InternalServerErrorException', '{"message": "Endpoint request timed out"}'],
    INTEGRATION_FAILURE: [504, 'InternalServerErrorException', '{"message": "Network error communicating with endpoint"}'],
    API_CONFIGURATION_ERROR: [500, 'InternalServerErrorException', '{"message": "Internal server error"}'],
    REQUEST_TOO_LARGE: [413, 'RequestTooLargeException', 'HTTP content length exceeded 10485760 bytes.'],
};
const message = (type) => (DEFAULTS[type][0] === 413 ? undefined : JSON.parse(DEFAULTS[type][2]).message);
/** Per-type status codes of stage `custom`. */
const CUSTOM_STATUS = {
    MISSING_AUTHENTICATION_TOKEN: '404',
    INVALID_API_KEY: '401',
    AUTHORIZER_CONFIGURATION_ERROR: '503',
    BAD_REQUEST_PARAMETERS: '422',
    BAD_REQUEST_BODY: '422',
    UNSUPPORTED_MEDIA_TYPE: '406',
    INTEGRATION_TIMEOUT: '503',
    INTEGRATION_FAILURE: '502',
    API_CONFIGURATION_ERROR: '501',
    REQUEST_TOO_LARGE: '400',
};
const CUSTOM_TEMPLATE = '{"type":"$context.error.responseType","message":$context.error.messageString,"id":"$context.requestId","who":"$stageVariables.who"}';
function invoke(stage, probe, extraHeaders = {}) {
    const headers = { ...probe.init?.headers, 'x-echo': 'echoed', ...extraHeaders };
    const sep = probe.path.includes('?') ? '&' : '?';
    return fetch(`${t.app.url}/_aws/execute-api/${apiId}/${stage}${probe.path}${sep}tag=t1`, { ...probe.init, headers });
}
async function put(responseType, input) {
    const r = await t.client.send(new PutGatewayResponseCommand({ restApiId: apiId, responseType, ...input }));
    assert.equal(r.defaultResponse, false);
}
/** Standard headers of a gateway error: request id and apigw id, no trace id (F89's recorded 500s), no CORS. */
function assertErrorHeaders(r, type) {
    assert.match(r.headers.get('x-amzn-requestid') ?? '', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, type);
    assert.match(r.headers.get('x-amz-apigw-id') ?? '', /^[A-Za-z0-9+/]{15}=$/, type);
    assert.equal(r.headers.get('x-amzn-trace-id'), null, type);
}
const corsHeaders = (r) => [...r.headers.keys()].filter((k) => k.startsWith('access-control-'));
before(async () => {
    t = await startTollgate();
    backend = await startBackend();
    const api = await t.client.send(new CreateRestApiCommand({ name: 'gateway-responses' }));
    apiId = api.id;
    const root = api.rootResourceId;
    const resource = async (parentId, pathPart) => (await t.client.send(new CreateResourceCommand({ restApiId: apiId, parentId, pathPart }))).id;
    const method = async (resourceId, httpMethod, integration, extra = {}, respond = true) => {
        await t.client.send(new PutMethodCommand({ restApiId: apiId, resourceId, httpMethod, authorizationType: 'NONE', ...extra }));
        await t.client.send(new PutIntegrationCommand({
            restApiId: apiId,
            resourceId,
            httpMethod,
            type: 'MOCK',
            requestTemplates: { 'application/json': '{"statusCode": 200}' },
            ...integration,
        }));
        if (!respond)
            return;
        await t.client.send(new PutMethodResponseCommand({ restApiId: apiId, resourceId, httpMethod, statusCode: '200' }));
        await t.client.send(new PutIntegrationResponseCommand({
            restApiId: apiId,
            resourceId,
            httpMethod,
            statusCode: '200',
            responseTemplates: { 'application/json': '{"ok":true}' },
        }));
    };
    const pets = await resource(root, 'pets');
    await method(pets, 'POST', {});
    await method(await resource(pets, '{petId}'), 'GET', {});
    await method(await resource(root, 'keyed'), 'GET', {}, { apiKeyRequired: true });
    const authorizer = await t.client.send(new CreateAuthorizerCommand({
        restApiId: apiId,
        name: 'unreachable',
        type: 'TOKEN',
        identitySource: 'method.request.header.x-echo',
        authorizerResultTtlInSeconds: 0,
        authorizerUri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:nowhere/invocations',
    }));
    await method(await resource(root, 'authz'), 'GET', {}, { authorizationType: 'CUSTOM', authorizerId: authorizer.id });
    const validator = await t.client.send(new CreateRequestValidatorCommand({ restApiId: apiId, name: 'all', validateRequestBody: true, validateRequestParameters: true }));
    await t.client.send(new CreateModelCommand({
        restApiId: apiId,
        name: 'Pet',
        contentType: 'application/json',
        schema: JSON.stringify({
            $schema: 'http://json-schema.org/draft-04/schema#',
            type: 'object',
            required: ['name'],
            properties: { name: { type: 'string' } },
        }),
    }));
    await method(await resource(root, 'validated'), 'POST', {}, {
        requestValidatorId: validator.id,
        requestParameters: { 'method.request.header.x-h': true, 'method.request.querystring.q': true },
        requestModels: { 'application/json': 'Pet' },
    });
    await method(await resource(root, 'never'), 'POST', { passthroughBehavior: 'NEVER', requestTemplates: undefined });
    await method(await resource(root, 'slow'), 'GET', {
        type: 'HTTP_PROXY',
        integrationHttpMethod: 'GET',
        uri: `${backend.url}/slow/3000`,
        timeoutInMillis: 100,
        requestTemplates: undefined,
    }, {}, false);
    await method(await resource(root, 'refused'), 'GET', { type: 'HTTP_PROXY', integrationHttpMethod: 'GET', uri: 'http://127.0.0.1:1/', requestTemplates: undefined }, {}, false);
    await method(await resource(root, 'unmapped'), 'GET', {}, {}, false);
    await t.client.send(new CreateDeploymentCommand({ restApiId: apiId, stageName: 'plain', variables: { who: 'plain-stage' } }));
    for (const type of TYPES) {
        await put(type, {
            statusCode: CUSTOM_STATUS[type],
            responseParameters: {
                'gatewayresponse.header.x-type': `'${type}'`,
                'gatewayresponse.header.x-echo': 'method.request.header.x-echo',
                'gatewayresponse.header.x-tag': 'method.request.querystring.tag',
                'gatewayresponse.header.x-who': 'stageVariables.who',
            },
            responseTemplates: { 'application/json': type === 'BAD_REQUEST_BODY' ? '$context.error.validationErrorString' : CUSTOM_TEMPLATE },
        });
    }
    await t.client.send(new CreateDeploymentCommand({ restApiId: apiId, stageName: 'custom', variables: { who: 'custom-stage' } }));
    for (const type of TYPES)
        await t.client.send(new DeleteGatewayResponseCommand({ restApiId: apiId, responseType: type }));
    const family = (fam) => ({
        responseParameters: { 'gatewayresponse.header.x-family': `'${fam}'`, 'gatewayresponse.header.x-who': 'stageVariables.who' },
        responseTemplates: {
            'application/json': `{"family":"${fam}","type":"$context.error.responseType","message":$context.error.messageString}`,
        },
    });
    await put('DEFAULT_4XX', { statusCode: '418', ...family('4xx') });
    await put('DEFAULT_5XX', { statusCode: '599', ...family('5xx') });
    // F80: explicitly customised, without a status of its own.
    await put('INTEGRATION_TIMEOUT', { responseTemplates: { 'application/json': '{"own":"timeout"}' } });
    await t.client.send(new CreateDeploymentCommand({ restApiId: apiId, stageName: 'family', variables: { who: 'family-stage' } }));
});
after(async () => {
    await backend.close();
    await t.close();
});
describe('gateway responses: AWS defaults (stage plain)', () => {
    for (const type of TYPES) {
        const [status, errorType, body] = DEFAULTS[type];
        it(`${type}: ${status} ${errorType}`, async () => {
            const r = await invoke('plain', PROBES[type]);
            assert.equal(r.status, status);
            assert.equal(r.headers.get('x-amzn-errortype'), errorType);
            assert.equal(r.headers.get('content-type'), type === 'REQUEST_TOO_LARGE' ? 'text/plain' : 'application/json');
            assert.equal(await r.text(), body);
            assertErrorHeaders(r, type);
            assert.deepEqual(corsHeaders(r), []);
        });
    }
    it('the success path works on every probed method once the failure is removed', async () => {
        const ok = await invoke('plain', {
            path: '/validated?q=1',
            init: { method: 'POST', headers: { 'x-h': 'h', 'Content-Type': 'application/json' }, body: '{"name":"rex"}' },
        });
        assert.deepEqual([ok.status, await ok.text()], [200, '{"ok":true}']);
        const pets = await invoke('plain', { path: '/pets/42' });
        assert.deepEqual([pets.status, await pets.text()], [200, '{"ok":true}']);
    });
});
describe('gateway responses: each type customised (stage custom)', () => {
    for (const type of TYPES.filter((x) => x !== 'REQUEST_TOO_LARGE')) {
        it(`${type}: status ${CUSTOM_STATUS[type]}, mapped headers and its template`, async () => {
            const r = await invoke('custom', PROBES[type]);
            assert.equal(r.status, Number(CUSTOM_STATUS[type]));
            assert.equal(r.headers.get('x-amzn-errortype'), DEFAULTS[type][1]);
            assert.equal(r.headers.get('x-type'), type);
            assert.equal(r.headers.get('x-echo'), 'echoed');
            assert.equal(r.headers.get('x-tag'), 't1');
            assert.equal(r.headers.get('x-who'), 'custom-stage');
            assert.equal(r.headers.get('content-type'), 'application/json');
            assertErrorHeaders(r, type);
            const text = await r.text();
            if (type === 'BAD_REQUEST_BODY') {
                // $context.error.validationErrorString, in json-schema-validator's wording (src/pipeline/method-request.ts).
                assert.equal(text, '[object has missing required properties (["name"])]');
            }
            else {
                assert.deepEqual(JSON.parse(text), { type, message: message(type), id: r.headers.get('x-amzn-requestid'), who: 'custom-stage' });
            }
        });
    }
    it('REQUEST_TOO_LARGE ignores its customisation: 413 plain text (OBS1)', async () => {
        const r = await invoke('custom', PROBES.REQUEST_TOO_LARGE);
        assert.equal(r.status, 413);
        assert.equal(r.headers.get('x-type'), null);
        assert.equal(await r.text(), 'HTTP content length exceeded 10485760 bytes.');
    });
    it('the stage `plain` deployed before the customisations still answers the defaults', async () => {
        const r = await invoke('plain', PROBES.MISSING_AUTHENTICATION_TOKEN);
        assert.deepEqual([r.status, r.headers.get('x-type'), await r.text()], [403, null, '{"message":"Missing Authentication Token"}']);
    });
});
describe('gateway responses: DEFAULT_4XX and DEFAULT_5XX (stage family, F80)', () => {
    for (const type of TYPES.filter((x) => x !== 'REQUEST_TOO_LARGE' && x !== 'INTEGRATION_TIMEOUT')) {
        const fam = DEFAULTS[type][0] >= 500 ? '5xx' : '4xx';
        it(`${type}: takes DEFAULT_${fam.toUpperCase()}'s status, headers and template`, async () => {
            const r = await invoke('family', PROBES[type]);
            assert.equal(r.status, fam === '5xx' ? 599 : 418);
            assert.equal(r.headers.get('x-amzn-errortype'), DEFAULTS[type][1]);
            assert.equal(r.headers.get('x-family'), fam);
            assert.equal(r.headers.get('x-who'), 'family-stage');
            assertErrorHeaders(r, type);
            assert.deepEqual(await r.json(), { family: fam, type, message: message(type) });
        });
    }
    it('INTEGRATION_TIMEOUT, customised explicitly without a status, keeps 504 and its own template, none of DEFAULT_5XX', async () => {
        const r = await invoke('family', PROBES.INTEGRATION_TIMEOUT);
        assert.equal(r.status, 504);
        assert.equal(r.headers.get('x-amzn-errortype'), 'InternalServerErrorException');
        assert.equal(r.headers.get('x-family'), null);
        assert.equal(await r.text(), '{"own":"timeout"}');
    });
    it('REQUEST_TOO_LARGE does not take DEFAULT_4XX either', async () => {
        const r = await invoke('family', PROBES.REQUEST_TOO_LARGE);
        assert.deepEqual([r.status, r.headers.get('x-family'), r.headers.get('content-type')], [413, null, 'text/plain']);
        assert.equal(await r.text(), 'HTTP content length exceeded 10485760 bytes.');
    });
});
//# sourceMappingURL=gateway-responses-e2e.test.js.map