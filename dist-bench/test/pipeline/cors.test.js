/**
 * CORS the AWS way: REST APIs have no built-in CORS (aws-behavior.md "CORS"; DG:how-to-cors). A
 * preflight is answered by an OPTIONS method the user defines (usually MOCK, its integration response
 * setting static Access-Control-Allow-* headers that the method response declares); non-proxy methods
 * map Access-Control-Allow-Origin themselves; proxy backends send their own; and the errors API
 * Gateway generates carry no CORS header unless a gateway response adds one (DEFAULT_4XX / DEFAULT_5XX;
 * aws/serverless-application-model#1178, serverless/serverless#4994). The emulator must never add or
 * override CORS headers of its own (localstack/localstack#4204: the user's MOCK OPTIONS headers were
 * replaced with allow-all ones). Everything is deployed through the AWS SDK and invoked over sockets.
 */
import { CreateDeploymentCommand, CreateResourceCommand, CreateRestApiCommand, PutGatewayResponseCommand, PutIntegrationCommand, PutIntegrationResponseCommand, PutMethodCommand, PutMethodResponseCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { startTollgate } from '../helpers/tollgate.js';
import { declaredSources } from '../helpers/apis.js';
let t;
let backend;
let backendUrl;
const seen = [];
/** A backend that does its own CORS, as a proxy backend must. */
function corsBackend() {
    return createServer((req, res) => {
        req.resume();
        req.on('end', () => {
            seen.push({ method: req.method, url: req.url, headers: req.headers });
            if (req.url.startsWith('/slow')) {
                const tm = setTimeout(() => res.end('late'), 3000);
                res.on('close', () => clearTimeout(tm));
                return;
            }
            const cors = {
                'Access-Control-Allow-Origin': 'https://app.example',
                'Access-Control-Allow-Credentials': 'true',
                'Access-Control-Expose-Headers': 'X-Total',
                Vary: 'Origin',
            };
            if (req.method === 'OPTIONS') {
                res.writeHead(204, {
                    ...cors,
                    'Access-Control-Allow-Methods': 'GET,PUT',
                    'Access-Control-Allow-Headers': 'X-Backend-Header',
                    'Access-Control-Max-Age': '600',
                });
                res.end();
                return;
            }
            res.writeHead(200, { ...cors, 'Content-Type': 'application/json', 'X-Total': '3' });
            res.end('{"from":"backend"}');
        });
    });
}
let api;
async function resource(parentId, pathPart) {
    return (await t.client.send(new CreateResourceCommand({ restApiId: api.id, parentId, pathPart }))).id;
}
async function method(resourceId, httpMethod, integration) {
    await t.client.send(new PutMethodCommand({
        restApiId: api.id,
        resourceId,
        httpMethod,
        authorizationType: 'NONE',
        requestParameters: declaredSources(integration.requestParameters, undefined),
    }));
    await t.client.send(new PutIntegrationCommand({ restApiId: api.id, resourceId, httpMethod, type: 'MOCK', ...integration }));
}
/** A MOCK method whose integration response sets `headers` statically, declared by its method response. */
async function mockWithHeaders(resourceId, httpMethod, status, headers, body) {
    await method(resourceId, httpMethod, { requestTemplates: { 'application/json': `{"statusCode": ${status}}` } });
    await t.client.send(new PutMethodResponseCommand({
        restApiId: api.id,
        resourceId,
        httpMethod,
        statusCode: status,
        responseParameters: Object.fromEntries(Object.keys(headers).map((h) => [`method.response.header.${h}`, false])),
    }));
    await t.client.send(new PutIntegrationResponseCommand({
        restApiId: api.id,
        resourceId,
        httpMethod,
        statusCode: status,
        responseParameters: Object.fromEntries(Object.entries(headers).map(([h, v]) => [`method.response.header.${h}`, `'${v}'`])),
        responseTemplates: { 'application/json': body },
    }));
}
function invoke(stage, path, init = {}) {
    return fetch(`${t.app.url}/_aws/execute-api/${api.id}/${stage}${path}`, init);
}
const cors = (r) => Object.fromEntries([...r.headers].filter(([k]) => k.startsWith('access-control-')));
const PREFLIGHT = {
    method: 'OPTIONS',
    headers: {
        Origin: 'https://app.example',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'content-type,x-api-key',
    },
};
/** What the console's "Enable CORS" writes (DG:how-to-cors). */
const CONSOLE_CORS = {
    'Access-Control-Allow-Headers': 'Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token',
    'Access-Control-Allow-Methods': 'GET,OPTIONS',
    'Access-Control-Allow-Origin': '*',
};
/** localstack/localstack#4204's integration response, verbatim. */
const ISSUE_4204 = {
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Origin': 'http://localhost',
    Vary: 'Origin',
    'Access-Control-Allow-Methods': 'GET,OPTIONS,POST',
    'Access-Control-Allow-Headers': 'Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token,X-Amz-User-Agent',
};
before(async () => {
    t = await startTollgate();
    backend = corsBackend();
    await new Promise((resolve) => backend.listen(0, '127.0.0.1', resolve));
    backendUrl = `http://127.0.0.1:${backend.address().port}`;
    const created = await t.client.send(new CreateRestApiCommand({ name: 'cors' }));
    api = { id: created.id, root: created.rootResourceId };
    const items = await resource(api.root, 'items');
    await mockWithHeaders(items, 'OPTIONS', '200', CONSOLE_CORS, '');
    await mockWithHeaders(items, 'GET', '200', { 'Access-Control-Allow-Origin': 'https://app.example' }, '{"items":[]}');
    await mockWithHeaders(await resource(api.root, 'issue4204'), 'OPTIONS', '204', ISSUE_4204, '');
    // Proxy: the backend answers preflights and requests with its own CORS headers.
    const proxy = await resource(api.root, 'proxy');
    const greedy = await resource(proxy, '{proxy+}');
    await method(greedy, 'ANY', {
        type: 'HTTP_PROXY',
        integrationHttpMethod: 'ANY',
        uri: `${backendUrl}/{proxy}`,
        requestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy' },
    });
    // Non-proxy HTTP without a mapping: the backend's CORS headers do not reach the client.
    const unmapped = await resource(api.root, 'unmapped');
    await method(unmapped, 'GET', { type: 'HTTP', integrationHttpMethod: 'GET', uri: `${backendUrl}/data` });
    await t.client.send(new PutMethodResponseCommand({ restApiId: api.id, resourceId: unmapped, httpMethod: 'GET', statusCode: '200' }));
    await t.client.send(new PutIntegrationResponseCommand({ restApiId: api.id, resourceId: unmapped, httpMethod: 'GET', statusCode: '200' }));
    // Gateway errors: 415 (passthrough NEVER) and 504 (timeout).
    await method(await resource(api.root, 'never'), 'POST', { passthroughBehavior: 'NEVER' });
    await method(await resource(api.root, 'slow'), 'GET', {
        type: 'HTTP_PROXY',
        integrationHttpMethod: 'GET',
        uri: `${backendUrl}/slow`,
        timeoutInMillis: 100,
    });
    await t.client.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: 'plain' }));
    // The usual CORS-on-errors recipe (aws/serverless-application-model#1178).
    for (const responseType of ['DEFAULT_4XX', 'DEFAULT_5XX']) {
        await t.client.send(new PutGatewayResponseCommand({
            restApiId: api.id,
            responseType,
            responseParameters: {
                'gatewayresponse.header.Access-Control-Allow-Origin': "'*'",
                'gatewayresponse.header.Access-Control-Allow-Headers': "'*'",
            },
        }));
    }
    await t.client.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: 'cors' }));
});
after(async () => {
    await t.close();
    backend.closeAllConnections();
    await new Promise((resolve) => backend.close(() => resolve()));
});
describe('CORS: preflight through an OPTIONS MOCK method', () => {
    it("answers exactly the integration response's static headers, and nothing else of CORS", async () => {
        const r = await invoke('plain', '/items', PREFLIGHT);
        assert.equal(r.status, 200);
        assert.deepEqual(cors(r), Object.fromEntries(Object.entries(CONSOLE_CORS).map(([k, v]) => [k.toLowerCase(), v])));
        assert.equal(r.headers.get('content-type'), 'application/json');
        assert.equal(await r.text(), '');
    });
    it("localstack#4204: the user's 204 and headers win, verbatim — no allow-all replacement", async () => {
        const r = await invoke('plain', '/issue4204', PREFLIGHT);
        assert.equal(r.status, 204);
        assert.deepEqual(cors(r), {
            'access-control-allow-credentials': 'true',
            'access-control-allow-headers': ISSUE_4204['Access-Control-Allow-Headers'],
            'access-control-allow-methods': 'GET,OPTIONS,POST',
            'access-control-allow-origin': 'http://localhost',
        });
        assert.equal(r.headers.get('vary'), 'Origin');
    });
    it('a resource without an OPTIONS method gets no automatic preflight: 403 Missing Authentication Token, no CORS', async () => {
        for (const path of ['/unmapped', '/nowhere']) {
            const r = await invoke('plain', path, PREFLIGHT);
            assert.equal(r.status, 403, path);
            assert.equal(r.headers.get('x-amzn-errortype'), 'MissingAuthenticationTokenException');
            assert.deepEqual(cors(r), {}, path);
        }
    });
});
describe('CORS: actual requests', () => {
    it('a non-proxy method sends the Access-Control-Allow-Origin its integration response maps', async () => {
        const r = await invoke('plain', '/items', { headers: { Origin: 'https://app.example' } });
        assert.equal(r.status, 200);
        assert.deepEqual(cors(r), { 'access-control-allow-origin': 'https://app.example' });
        assert.equal(await r.text(), '{"items":[]}');
    });
    it("a non-proxy HTTP method without the mapping does not pass the backend's CORS headers on", async () => {
        const r = await invoke('plain', '/unmapped', { headers: { Origin: 'https://app.example' } });
        assert.equal(r.status, 200);
        assert.equal(await r.text(), '{"from":"backend"}');
        assert.deepEqual(cors(r), {});
        assert.equal(r.headers.get('x-total'), null);
    });
    it("an HTTP_PROXY backend's own CORS headers pass through untouched, preflight included", async () => {
        const r = await invoke('plain', '/proxy/things', { headers: { Origin: 'https://app.example' } });
        assert.equal(r.status, 200);
        assert.deepEqual(cors(r), {
            'access-control-allow-credentials': 'true',
            'access-control-allow-origin': 'https://app.example',
            'access-control-expose-headers': 'X-Total',
        });
        assert.equal(r.headers.get('vary'), 'Origin');
        assert.equal(await r.text(), '{"from":"backend"}');
        const pre = await invoke('plain', '/proxy/things', PREFLIGHT);
        assert.equal(pre.status, 204);
        assert.deepEqual(cors(pre), {
            'access-control-allow-credentials': 'true',
            'access-control-allow-headers': 'X-Backend-Header',
            'access-control-allow-methods': 'GET,PUT',
            'access-control-allow-origin': 'https://app.example',
            'access-control-expose-headers': 'X-Total',
            'access-control-max-age': '600',
        });
        // The preflight reached the backend as the client sent it.
        const last = seen.at(-1);
        assert.equal(last.method, 'OPTIONS');
        assert.equal(last.headers.origin, 'https://app.example');
        assert.equal(last.headers['access-control-request-method'], 'GET');
    });
});
describe('CORS: errors API Gateway generates', () => {
    const ERRORS = [
        ['403 Missing Authentication Token', '/nowhere', { headers: { Origin: 'https://app.example' } }, 403],
        ['415 Unsupported Media Type', '/never', { method: 'POST', headers: { Origin: 'https://app.example', 'Content-Type': 'text/plain' }, body: 'x' }, 415],
        ['504 Endpoint request timed out', '/slow', { headers: { Origin: 'https://app.example' } }, 504],
    ];
    for (const [name, path, init, status] of ERRORS) {
        it(`${name}: no CORS header by default, DEFAULT_4XX / DEFAULT_5XX's when they add them`, async () => {
            const plain = await invoke('plain', path, init);
            assert.equal(plain.status, status);
            assert.deepEqual(cors(plain), {});
            const withCors = await invoke('cors', path, init);
            assert.equal(withCors.status, status);
            assert.deepEqual(cors(withCors), { 'access-control-allow-headers': '*', 'access-control-allow-origin': '*' });
        });
    }
    it('413 Request Too Large never gets them (OBS1)', async () => {
        const r = await invoke('cors', '/items', {
            method: 'POST',
            headers: { Origin: 'https://app.example' },
            body: Buffer.alloc(10 * 1024 * 1024 + 1, 97),
        });
        assert.equal(r.status, 413);
        assert.deepEqual(cors(r), {});
    });
    it('a successful answer is not touched by DEFAULT_4XX / DEFAULT_5XX', async () => {
        const r = await invoke('cors', '/items', { headers: { Origin: 'https://app.example' } });
        assert.deepEqual(cors(r), { 'access-control-allow-origin': 'https://app.example' });
    });
});
//# sourceMappingURL=cors.test.js.map