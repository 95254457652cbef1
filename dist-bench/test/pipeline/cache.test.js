/**
 * The stage cache (DG:api-gateway-caching): cacheClusterEnabled plus a method's caching settings,
 * entries per cacheKeyParameters, the method's TTL, `Cache-Control: max-age=0` per
 * requireAuthorizationForCacheControl / unauthorizedCacheControlHeaderStrategy, FlushStageCache,
 * and a memory bound (LRU by bytes). Every MOCK answer below carries its own request id, so a
 * repeated body can only come from the cache.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CreateDeploymentCommand, FlushStageCacheCommand, UpdateStageCommand } from '@aws-sdk/client-api-gateway';
import { StageCache } from '../../src/pipeline/cache.js';
import { addResource, deploy, invokeUrl, newApi, putMethod, putResponse, rawRequest } from '../helpers/apis.js';
import { startTollgate } from '../helpers/tollgate.js';
let t;
let api;
async function mockResource(pathPart, httpMethod = 'GET', cacheKeyParameters = []) {
    const id = await addResource(t.client, api, api.root, pathPart);
    await putMethod(t.client, api, id, httpMethod, { requestTemplates: { 'application/json': '{"statusCode": 200}' }, cacheKeyParameters }, {
        requestParameters: { 'method.request.querystring.type': false, 'method.request.header.x-tenant': false },
    });
    await putResponse(t.client, api, id, httpMethod, '200', { responseTemplates: { 'application/json': '$context.requestId' } });
    return id;
}
const stage = (stageName, ops) => t.client.send(new UpdateStageCommand({ restApiId: api.id, stageName, patchOperations: ops }));
const get = async (path, headers = {}, stageName = 'dev', method = 'GET') => rawRequest(invokeUrl(t.app.url, api, stageName, path), { method, headers });
const body = async (path, headers = {}, stageName = 'dev', method = 'GET') => (await get(path, headers, stageName, method)).text;
before(async () => {
    t = await startTollgate();
    api = await newApi(t.client);
    await mockResource('items', 'GET', ['method.request.querystring.type', 'method.request.header.x-tenant']);
    await mockResource('posted', 'POST');
    await mockResource('postdefault', 'POST');
    for (const p of ['ttl', 'fail', 'free', 'quiet', 'flush'])
        await mockResource(p);
    await deploy(t.client, api, 'dev');
    await deploy(t.client, api, 'nocache');
    await stage('dev', [
        { op: 'replace', path: '/cacheClusterEnabled', value: 'true' },
        { op: 'replace', path: '/*/*/caching/enabled', value: 'true' },
        { op: 'replace', path: '/~1posted/POST/caching/enabled', value: 'true' },
        { op: 'replace', path: '/~1ttl/GET/caching/ttlInSeconds', value: '1' },
        { op: 'replace', path: '/~1fail/GET/caching/unauthorizedCacheControlHeaderStrategy', value: 'FAIL_WITH_403' },
        { op: 'replace', path: '/~1free/GET/caching/requireAuthorizationForCacheControl', value: 'false' },
        { op: 'replace', path: '/~1quiet/GET/caching/unauthorizedCacheControlHeaderStrategy', value: 'SUCCEED_WITHOUT_RESPONSE_HEADER' },
    ]);
    await stage('nocache', [{ op: 'replace', path: '/*/*/caching/enabled', value: 'true' }]);
});
after(() => t.close());
describe('stage cache', () => {
    it('serves repeated requests from the cache, one entry per cache key parameter values', async () => {
        const a = await body('/items?type=admin');
        assert.match(a, /^[0-9a-f-]{36}$/);
        assert.equal(await body('/items?type=admin'), a);
        assert.equal(await body('/items?type=admin&department=B'), a, 'parameters outside the cache key share the entry');
        const b = await body('/items?type=regular');
        assert.notEqual(b, a);
        assert.equal(await body('/items?type=regular'), b);
        const tenant = await body('/items?type=admin', { 'X-Tenant': 't1' });
        assert.notEqual(tenant, a, 'a header cache key separates entries');
        assert.equal(await body('/items?type=admin', { 'x-tenant': 't1' }), tenant);
    });
    it("the stage-wide setting caches GET only; a method's own setting caches any method", async () => {
        const p1 = await body('/postdefault', {}, 'dev', 'POST');
        assert.notEqual(await body('/postdefault', {}, 'dev', 'POST'), p1);
        const own = await body('/posted', {}, 'dev', 'POST');
        assert.equal(await body('/posted', {}, 'dev', 'POST'), own);
    });
    it('nothing is cached without cacheClusterEnabled', async () => {
        assert.notEqual(await body('/items', {}, 'nocache'), await body('/items', {}, 'nocache'));
    });
    it("entries expire after the method's TTL", async () => {
        const first = await body('/ttl');
        assert.equal(await body('/ttl'), first);
        await new Promise((r) => setTimeout(r, 1100));
        const later = await body('/ttl');
        assert.notEqual(later, first);
        assert.equal(await body('/ttl'), later);
    });
    it("FlushStageCache empties the stage's cache", async () => {
        const first = await body('/flush');
        assert.equal(await body('/flush'), first);
        await t.client.send(new FlushStageCacheCommand({ restApiId: api.id, stageName: 'dev' }));
        assert.notEqual(await body('/flush'), first);
    });
    it('a canary uses the stage cache only with useStageCache', async () => {
        await deploy(t.client, api, 'canary');
        await stage('canary', [
            { op: 'replace', path: '/cacheClusterEnabled', value: 'true' },
            { op: 'replace', path: '/*/*/caching/enabled', value: 'true' },
        ]);
        await t.client.send(new CreateDeploymentCommand({
            restApiId: api.id,
            stageName: 'canary',
            canarySettings: { percentTraffic: 100, useStageCache: false },
        }));
        assert.notEqual(await body('/items', {}, 'canary'), await body('/items', {}, 'canary'));
        await stage('canary', [{ op: 'replace', path: '/canarySettings/useStageCache', value: 'true' }]);
        const first = await body('/items', {}, 'canary');
        assert.equal(await body('/items', {}, 'canary'), first);
    });
    it('Cache-Control: max-age=0 per requireAuthorizationForCacheControl and the unauthorized strategy', async () => {
        // Default: authorization required (Tollgate cannot grant execute-api:InvalidateCache), so the
        // header is ignored and a warning added.
        const cached = await body('/items?type=cc');
        const warned = await get('/items?type=cc', { 'Cache-Control': 'max-age=0' });
        assert.equal(warned.text, cached);
        assert.equal(warned.headers.warning, '199 Cache-control headers were ignored because the caller was unauthorized.');
        // SUCCEED_WITHOUT_RESPONSE_HEADER: ignored silently.
        const q = await body('/quiet');
        const quiet = await get('/quiet', { 'Cache-Control': 'max-age=0' });
        assert.equal(quiet.text, q);
        assert.equal(quiet.headers.warning, undefined);
        // FAIL_WITH_403.
        await body('/fail');
        const refused = await get('/fail', { 'Cache-Control': 'max-age=0' });
        assert.equal(refused.status, 403);
        // No authorization required: the entry is refetched and replaced.
        const old = await body('/free');
        const fresh = await body('/free', { 'Cache-Control': 'no-store, max-age=0' });
        assert.notEqual(fresh, old);
        assert.equal(await body('/free'), fresh);
    });
});
describe('memory bound', () => {
    /** A GET invocation of a cached method whose cache key is the `k` query parameter. */
    const invocation = (k) => ({
        requestId: 'r',
        extendedRequestId: 'e',
        request: {
            method: 'GET',
            target: { apiId: 'api', stage: 's', path: '/', basePath: '/s' },
            rawQuery: `k=${k}`,
            query: new Map([['k', [k]]]),
            headers: new Map(),
            body: Buffer.alloc(0),
            sourceIp: '127.0.0.1',
            startedAt: 0,
        },
        served: {
            region: 'us-east-1',
            accountId: '000000000000',
            stage: {
                stageName: 's',
                deploymentId: 'd',
                cacheClusterEnabled: true,
                methodSettings: { '*/*': { cachingEnabled: true, cacheTtlInSeconds: 300 } },
            },
            deployment: { id: 'd', snapshot: {}, router: {}, gatewayResponses: new Map(), memo: new Map() },
        },
        resource: { id: 'res', path: '/' },
        method: {
            httpMethod: 'GET',
            authorizationType: 'NONE',
            apiKeyRequired: false,
            methodIntegration: { type: 'MOCK', timeoutInMillis: 29000, cacheKeyParameters: ['method.request.querystring.k'] },
        },
        pathParameters: {},
        stageVariables: {},
    });
    it('evicts the least recently used entries once the total passes maxBytes; TTL on an injected clock', async () => {
        let now = 0;
        const cache = new StageCache({ maxBytes: 3500, now: () => now });
        let calls = 0;
        const run = async () => {
            calls++;
            return { status: 200, headers: {}, body: Buffer.alloc(1000, 0x61) };
        };
        for (const k of ['a', 'b', 'c'])
            await cache.through(invocation(k), run);
        assert.equal(calls, 3);
        assert.equal(cache.size, 3);
        await cache.through(invocation('a'), run); // a becomes the most recently used
        assert.equal(calls, 3);
        await cache.through(invocation('d'), run); // over 3,500 bytes: b, the least recently used, goes
        assert.equal(cache.size, 3);
        assert.ok(cache.bytes <= 3500);
        await cache.through(invocation('a'), run);
        assert.equal(calls, 4, 'a stayed');
        await cache.through(invocation('b'), run);
        assert.equal(calls, 5, 'b was evicted');
        now += 300_000;
        await cache.through(invocation('a'), run);
        assert.equal(calls, 6, 'expired after the 300 s TTL');
        // Answers over 1 MB and non-2xx answers are not kept.
        const big = async () => ({ status: 200, headers: {}, body: Buffer.alloc(1_048_577) });
        await cache.through(invocation('big'), big);
        assert.ok(cache.bytes <= 3500);
    });
});
//# sourceMappingURL=cache.test.js.map