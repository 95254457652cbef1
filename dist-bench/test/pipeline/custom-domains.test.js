/**
 * Custom domain names routing by Host, over HTTP (a Host header) and HTTPS (SNI + Host), through
 * their base path mappings (aws-behavior.md "Custom domains"; src/edge/custom-domains.ts cites the
 * sources of each rule). Domains, mappings and APIs are made through the AWS SDK.
 */
import { CreateBasePathMappingCommand, CreateDeploymentCommand, CreateDomainNameCommand, CreateResourceCommand, CreateRestApiCommand, PutIntegrationCommand, PutIntegrationResponseCommand, PutMethodCommand, PutMethodResponseCommand, UpdateRestApiCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { after, before, describe, it } from 'node:test';
import { FUNCTIONS, lambdaUri, writeFunctions } from '../helpers/functions.js';
import { startTollgate } from '../helpers/tollgate.js';
let t;
let fns;
after(async () => {
    await t.close();
    fns.remove();
});
/** GET over plain HTTP to the main listener with this Host header. */
function overHttp(host, path) {
    const u = new URL(t.app.url);
    return send(httpRequest({ host: u.hostname, port: u.port, path, headers: { Host: host }, agent: false }));
}
/** GET over HTTPS to the TLS listener, asking for `host` by SNI and in the Host header. */
function overHttps(host, path) {
    const u = new URL(t.app.tlsUrl);
    return send(httpsRequest({
        host: u.hostname,
        port: u.port,
        path,
        servername: host,
        headers: { Host: host },
        rejectUnauthorized: false,
        agent: false,
    }));
}
function send(req) {
    return new Promise((resolve, reject) => {
        req.on('response', (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => {
                const text = Buffer.concat(chunks).toString();
                let json;
                try {
                    json = JSON.parse(text);
                }
                catch {
                    json = undefined;
                }
                resolve({ status: res.statusCode, headers: res.headers, text, json });
            });
        });
        req.on('error', reject);
        req.end();
    });
}
const CONTEXT = '{"api": "NAME", "stage": "$context.stage", "domainName": "$context.domainName", "domainPrefix": "$context.domainPrefix", "path": "$context.path", "resourcePath": "$context.resourcePath"}';
/** An API whose `/` and `/pets` GETs (MOCK) answer with the API's name and $context facts, deployed to `stages`. */
async function contextApi(name, stages, extra = {}) {
    const api = await t.client.send(new CreateRestApiCommand({ name, ...extra }));
    const pets = (await t.client.send(new CreateResourceCommand({ restApiId: api.id, parentId: api.rootResourceId, pathPart: 'pets' }))).id;
    for (const resourceId of [api.rootResourceId, pets]) {
        const m = { restApiId: api.id, resourceId, httpMethod: 'GET' };
        await t.client.send(new PutMethodCommand({ ...m, authorizationType: 'NONE' }));
        await t.client.send(new PutIntegrationCommand({ ...m, type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } }));
        await t.client.send(new PutMethodResponseCommand({ ...m, statusCode: '200' }));
        await t.client.send(new PutIntegrationResponseCommand({
            ...m,
            statusCode: '200',
            responseTemplates: { 'application/json': CONTEXT.replace('NAME', name) },
        }));
    }
    for (const stageName of stages)
        await t.client.send(new CreateDeploymentCommand({ restApiId: api.id, stageName }));
    return api.id;
}
async function domain(domainName, mappings) {
    await t.client.send(new CreateDomainNameCommand({ domainName, endpointConfiguration: { types: ['REGIONAL'] } }));
    for (const m of mappings)
        await t.client.send(new CreateBasePathMappingCommand({ domainName, ...m }));
}
let apiA;
let apiB;
before(async () => {
    fns = writeFunctions({}, { 'echo.mjs': FUNCTIONS['echo.mjs'] });
    t = await startTollgate(['--tls-port', 'auto', '--functions', fns.dir]);
    apiA = await contextApi('A', ['dev']);
    apiB = await contextApi('B', ['prod', 'test']);
    await domain('none.example.test', [{ restApiId: apiA, stage: 'dev' }]);
    await domain('multi.example.test', [
        { basePath: 'v1', restApiId: apiA, stage: 'dev' },
        { basePath: 'v1beta', restApiId: apiB, stage: 'prod' },
        { basePath: 'any', restApiId: apiB },
    ]);
    await domain('*.wild.example.test', [{ restApiId: apiB, stage: 'prod' }]);
    await domain('special.wild.example.test', [{ restApiId: apiA, stage: 'dev' }]);
    await domain('empty.example.test', []);
});
describe('base path mappings, over HTTP and HTTPS', () => {
    for (const [transport, call] of [
        ['HTTP', overHttp],
        ['HTTPS', overHttps],
    ]) {
        it(`(none) is the catch-all, the path after it is the resource path (${transport})`, async () => {
            const r = await call('none.example.test', '/pets');
            assert.equal(r.status, 200, r.text);
            assert.deepEqual(r.json, {
                api: 'A',
                stage: 'dev',
                domainName: 'none.example.test',
                domainPrefix: 'none',
                path: '/pets',
                resourcePath: '/pets',
            });
            const root = await call('none.example.test', '/');
            assert.equal(root.json.resourcePath, '/');
        });
        it(`the longest matching base path wins, whole segments only, and a mapping without a stage takes it from the path (${transport})`, async () => {
            const v1 = await call('multi.example.test', '/v1/pets');
            assert.deepEqual([v1.status, v1.json.api, v1.json.stage, v1.json.resourcePath, v1.json.path], [200, 'A', 'dev', '/pets', '/v1/pets']);
            const beta = await call('multi.example.test', '/v1beta/pets');
            assert.deepEqual([beta.status, beta.json.api, beta.json.stage, beta.json.resourcePath], [200, 'B', 'prod', '/pets']);
            const bare = await call('multi.example.test', '/v1');
            assert.deepEqual([bare.status, bare.json.api, bare.json.resourcePath], [200, 'A', '/']);
            const staged = await call('multi.example.test', '/any/test/pets');
            assert.deepEqual([staged.status, staged.json.api, staged.json.stage, staged.json.resourcePath, staged.json.path], [200, 'B', 'test', '/pets', '/any/test/pets']);
        });
        it(`no matching mapping, or an unknown stage, is 403 Forbidden (${transport})`, async () => {
            for (const [host, path] of [
                ['multi.example.test', '/v2/pets'],
                ['multi.example.test', '/v1x/pets'],
                ['multi.example.test', '/any/nostage/pets'],
                ['multi.example.test', '/any'],
                ['empty.example.test', '/pets'],
            ]) {
                const r = await call(host, path);
                assert.equal(r.status, 403, `${host}${path}`);
                assert.deepEqual(r.json, { message: 'Forbidden' });
                assert.equal(r.headers['x-amzn-errortype'], 'ForbiddenException');
            }
        });
    }
    it('a wildcard domain name answers its subdomains; a specific name beats it', async () => {
        const a = await overHttps('a.wild.example.test', '/pets');
        assert.deepEqual([a.status, a.json.api, a.json.domainName, a.json.domainPrefix], [200, 'B', 'a.wild.example.test', 'a']);
        const deep = await overHttp('x.y.wild.example.test', '/pets');
        assert.deepEqual([deep.status, deep.json.api, deep.json.domainPrefix], [200, 'B', 'x']);
        const special = await overHttps('special.wild.example.test', '/pets');
        assert.deepEqual([special.status, special.json.api], [200, 'A']);
        // The wildcard's own parent is not one of its subdomains: no domain, so the management API answers.
        const parent = await overHttp('wild.example.test', '/pets');
        assert.deepEqual([parent.status, parent.headers['x-amzn-errortype']], [404, 'UnknownOperationException']);
    });
    it('Host is matched without port and case', async () => {
        const r = await overHttp(`NONE.Example.Test:${new URL(t.app.url).port}`, '/pets');
        assert.deepEqual([r.status, r.json.api], [200, 'A']);
    });
    it('/ping and /sping at the root of a custom domain are the health check (DG known issues)', async () => {
        for (const path of ['/ping', '/sping']) {
            const r = await overHttp('none.example.test', path);
            assert.deepEqual([r.status, r.text], [200, 'healthy']);
        }
        const deeper = await overHttp('multi.example.test', '/v1/ping');
        assert.equal(deeper.status, 403); // MISSING_AUTHENTICATION_TOKEN: API A has no /ping
    });
    it('an API with its default endpoint disabled is still served through its custom domain', async () => {
        const id = await contextApi('C', ['dev']);
        await t.client.send(new UpdateRestApiCommand({ restApiId: id, patchOperations: [{ op: 'replace', path: '/disableExecuteApiEndpoint', value: 'true' }] }));
        await t.client.send(new CreateDeploymentCommand({ restApiId: id, stageName: 'dev' }));
        await domain('closed.example.test', [{ restApiId: id, stage: 'dev' }]);
        assert.equal((await fetch(`${t.app.url}/_aws/execute-api/${id}/dev/pets`)).status, 403);
        const r = await overHttps('closed.example.test', '/pets');
        assert.deepEqual([r.status, r.json.api], [200, 'C']);
    });
    it('changes to domains and mappings are served from the next request on', async () => {
        await domain('late.example.test', []);
        assert.equal((await overHttp('late.example.test', '/pets')).status, 403);
        await t.client.send(new CreateBasePathMappingCommand({ domainName: 'late.example.test', restApiId: apiB, stage: 'prod' }));
        const r = await overHttp('late.example.test', '/pets');
        assert.deepEqual([r.status, r.json.api], [200, 'B']);
    });
});
describe('the Lambda proxy event through a custom domain', () => {
    it('carries the path as sent (base path included) and the custom domain (localstack#12296)', async () => {
        const api = await t.client.send(new CreateRestApiCommand({ name: 'proxy' }));
        const echo = (await t.client.send(new CreateResourceCommand({ restApiId: api.id, parentId: api.rootResourceId, pathPart: 'echo' }))).id;
        const m = { restApiId: api.id, resourceId: echo, httpMethod: 'GET' };
        await t.client.send(new PutMethodCommand({ ...m, authorizationType: 'NONE' }));
        await t.client.send(new PutIntegrationCommand({ ...m, type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: lambdaUri('echo') }));
        await t.client.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: 'live' }));
        await domain('fn.example.test', [
            { basePath: 'svc', restApiId: api.id, stage: 'live' },
            { basePath: 'pick', restApiId: api.id },
        ]);
        const r = await overHttps('fn.example.test', '/svc/echo');
        assert.equal(r.status, 200, r.text);
        assert.equal(r.json.path, '/svc/echo');
        assert.equal(r.json.resource, '/echo');
        assert.equal(r.json.requestContext.path, '/svc/echo');
        assert.equal(r.json.requestContext.stage, 'live');
        assert.equal(r.json.requestContext.domainName, 'fn.example.test');
        assert.equal(r.json.requestContext.domainPrefix, 'fn');
        assert.equal(r.json.headers['X-Forwarded-Proto'], 'https');
        assert.equal(r.json.requestContext.identity.clientCert, undefined);
        // A mapping without a stage: nothing is stripped (localstack#12296 "Mapping configured with basePath and no stage").
        const picked = await overHttp('fn.example.test', '/pick/live/echo');
        assert.deepEqual([picked.status, picked.json.path, picked.json.requestContext.path, picked.json.resource], [200, '/pick/live/echo', '/pick/live/echo', '/echo']);
    });
});
//# sourceMappingURL=custom-domains.test.js.map