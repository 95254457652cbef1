/**
 * Real-world OpenAPI 3.0 definitions (test/fixtures/openapi/NOTICE.md): they import with the
 * expected resource, method and model counts, and — once every operation has a MOCK integration —
 * deploy and answer through the data plane. Without integrations a deployment is refused, as AWS
 * refuses it ("No integration defined for method").
 */
import { CreateDeploymentCommand, GetExportCommand, GetModelsCommand } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { stringify as toYaml } from 'yaml';
import { sdkError, startTollgate } from '../../../helpers/tollgate.js';
import { fixtureJson, importApi, MOCK, resources } from './helpers.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
const VERBS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];
/** The resource paths (with every intermediate path) and the method count a document defines. */
function expected(doc) {
    const paths = new Set(['/']);
    let methods = 0;
    for (const [p, item] of Object.entries(doc.paths)) {
        const parts = p.split('/').filter(Boolean);
        for (let i = 1; i <= parts.length; i++)
            paths.add(`/${parts.slice(0, i).join('/')}`);
        methods += VERBS.filter((v) => item[v]).length;
    }
    return { paths, methods };
}
/** Every operation answered by a MOCK integration. */
function withMocks(doc) {
    const copy = structuredClone(doc);
    for (const item of Object.values(copy.paths)) {
        for (const v of VERBS)
            if (item[v])
                item[v]['x-amazon-apigateway-integration'] = MOCK;
    }
    return copy;
}
const CASES = [
    ['apideck-accounting.json', { resources: 27, methods: 58, models: 155 }],
    ['netboxdemo.json', { resources: 156, methods: 386, models: 218 }],
    ['osf.json', { resources: 126, methods: 156, models: 133 }],
];
describe('ImportRestApi: a large YAML document (parsed off the main thread)', () => {
    it('imports apideck-accounting.json written as YAML like the JSON, and refuses a broken large YAML', async () => {
        const doc = fixtureJson('apideck-accounting.json');
        const yaml = toYaml(doc);
        assert.ok(yaml.length > 300_000);
        const res = await importApi(t, yaml);
        const listed = await resources(t, res.id);
        assert.equal(listed.length, 27);
        assert.equal(listed.reduce((n, r) => n + Object.keys(r.resourceMethods ?? {}).length, 0), 58);
        const broken = `${yaml.slice(0, 200_000)}\n  - [unclosed: {\n`;
        assert.deepEqual(await sdkError(importApi(t, broken)), { name: 'BadRequestException', message: 'Invalid OpenAPI input.', status: 400 });
    });
});
for (const [file, counts] of CASES) {
    describe(`ImportRestApi: ${file}`, () => {
        const doc = fixtureJson(file);
        it('imports every path and operation, and the models', async (ctx) => {
            const started = performance.now();
            const res = await importApi(t, doc);
            ctx.diagnostic(`${file}: ${(JSON.stringify(doc).length / 1024).toFixed(0)} KiB imported in ${(performance.now() - started).toFixed(0)} ms`);
            assert.equal(res.name, doc.info.title);
            const listed = await resources(t, res.id);
            const want = expected(doc);
            assert.deepEqual(new Set(listed.map((r) => r.path)), want.paths);
            assert.equal(listed.length, counts.resources);
            const methods = listed.reduce((n, r) => n + Object.keys(r.resourceMethods ?? {}).length, 0);
            assert.equal(methods, want.methods);
            assert.equal(methods, counts.methods);
            const models = (await t.client.send(new GetModelsCommand({ restApiId: res.id, limit: 500 }))).items;
            assert.equal(models.length, counts.models);
            // Without integrations there is nothing to deploy.
            assert.deepEqual(await sdkError(t.client.send(new CreateDeploymentCommand({ restApiId: res.id, stageName: 'dev' }))), {
                name: 'BadRequestException',
                message: 'No integration defined for method',
                status: 400,
            });
        });
        it('deploys with MOCK integrations and answers through the data plane', async () => {
            const res = await importApi(t, withMocks(doc));
            await t.client.send(new CreateDeploymentCommand({ restApiId: res.id, stageName: 'dev' }));
            const getPath = Object.entries(doc.paths).find(([p, item]) => item.get && !p.includes('{'))[0];
            const reply = await fetch(`${t.app.url}/_aws/execute-api/${res.id}/dev${getPath}`);
            assert.equal(reply.status, 200, getPath);
            assert.deepEqual(await reply.json(), { ok: true });
        });
        it('round-trips: export → import → deploy → export gives the same document (ids aside)', async () => {
            const res = await importApi(t, withMocks(doc));
            await t.client.send(new CreateDeploymentCommand({ restApiId: res.id, stageName: 'dev' }));
            const exportOf = async (restApiId) => JSON.parse(Buffer.from((await t.client.send(new GetExportCommand({
                restApiId,
                stageName: 'dev',
                exportType: 'oas30',
                accepts: 'application/json',
                parameters: { extensions: 'apigateway' },
            }))).body).toString('utf8'));
            const first = await exportOf(res.id);
            const again = await importApi(t, first);
            await t.client.send(new CreateDeploymentCommand({ restApiId: again.id, stageName: 'dev' }));
            const second = await exportOf(again.id);
            for (const d of [first, second])
                for (const server of d.servers ?? [])
                    delete server.url;
            assert.deepEqual(second, first);
            // Every path of the real-world document with an operation comes back out (resources without methods are not exported).
            // (A trailing slash names the same resource, as it does on AWS.)
            for (const path of Object.keys(doc.paths))
                assert.ok(first.paths[path.length > 1 ? path.replace(/\/$/, '') : path], path);
        });
    });
}
//# sourceMappingURL=fixtures.test.js.map