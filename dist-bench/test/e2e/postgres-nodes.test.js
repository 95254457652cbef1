/**
 * Several Tollgate nodes, one state in PostgreSQL (the server on 127.0.0.1:5432 that .ci/run starts;
 * without it this file fails, it never skips): `tollgate serve --postgres URL` processes, each with a
 * fresh schema of this file's. What one node builds another serves; writes from both at once keep
 * AWS's uniqueness rules; an acknowledged write survives kill -9; and when the database goes away the
 * control plane answers 503 ServiceUnavailableException while the data plane keeps serving what it
 * has, both recovering without a restart.
 */
import { CreateApiKeyCommand, CreateDeploymentCommand, CreateRestApiCommand, GetApiKeysCommand, GetResourcesCommand, GetRestApiCommand, GetRestApisCommand, GetTagsCommand, PutIntegrationResponseCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { addResource, deploy, invokeUrl, newApi, putMethod, putResponse, rawRequest } from '../helpers/apis.js';
import { freshSchema, PG_URL, withSchema } from '../helpers/postgres.js';
import { freePort, killAll, spawnTollgate } from '../helpers/process.js';
import { sdkClient, sdkError } from '../helpers/tollgate.js';
process.env.TOLLGATE_TLS_PORT ??= 'off'; // several servers on one machine: no default HTTPS listener each
const dirs = [];
const clients = [];
after(async () => {
    for (const c of clients)
        c.destroy();
    await killAll();
    for (const d of dirs)
        rmSync(d, { recursive: true, force: true });
});
async function node(url) {
    const dir = mkdtempSync(join(tmpdir(), 'tollgate-pg-'));
    dirs.push(dir);
    const args = ['--postgres', url, '--data-dir', dir, '--log-level', 'warn'];
    const p = await spawnTollgate({ port: await freePort(), args });
    const c = sdkClient(p.url);
    clients.push(c);
    return { p, c, args };
}
/** GETs `url` until `ok(response)` holds or 5 s pass; the last response. */
async function until(url, ok) {
    const deadline = Date.now() + 5_000;
    for (;;) {
        const r = await rawRequest(url);
        if (ok(r) || Date.now() > deadline)
            return r;
        await new Promise((res) => setTimeout(res, 25));
    }
}
/** A MOCK GET / answering `template`, deployed to `dev`. */
async function mockApi(c, template, tags) {
    const api = await newApi(c, { name: 'pg-nodes', tags });
    const res = await addResource(c, api, api.root, 'hello');
    await putMethod(c, api, res, 'GET', { requestTemplates: { 'application/json': '{"statusCode": 200}' } });
    await putResponse(c, api, res, 'GET', '200', { responseTemplates: { 'application/json': template } });
    await deploy(c, api, 'dev');
    return api;
}
describe('two nodes on one PostgreSQL database', () => {
    let n1;
    let n2;
    before(async () => {
        const { url } = await freshSchema();
        // One after the other: a port from freePort() is only reserved once its server listens.
        n1 = await node(url);
        n2 = await node(url);
    });
    it('serves on node 2 an API built, tagged and deployed on node 1', async () => {
        const api = await mockApi(n1.c, '{"stage": "$context.stage"}', { team: 'edge' });
        const got = await n2.c.send(new GetRestApiCommand({ restApiId: api.id }));
        assert.equal(got.name, 'pg-nodes');
        assert.deepEqual(got.tags, { team: 'edge' });
        const tags = await n2.c.send(new GetTagsCommand({ resourceArn: `arn:aws:apigateway:us-east-1::/restapis/${api.id}` }));
        assert.deepEqual(tags.tags, { team: 'edge' });
        const r = await until(invokeUrl(n2.p.url, api, 'dev', '/hello'), (x) => x.status === 200);
        assert.equal(r.status, 200, r.text);
        assert.deepEqual(r.json(), { stage: 'dev' });
    });
    it('serves on node 1, within a poll, a redeployment made on node 2', async () => {
        const api = await mockApi(n1.c, '{"v": 1}');
        const url = invokeUrl(n1.p.url, api, 'dev', '/hello');
        assert.deepEqual((await until(url, (x) => x.status === 200)).json(), { v: 1 }); // node 1 has it cached now
        const resourceId = (await n2.c.send(new GetResourcesCommand({ restApiId: api.id }))).items.find((x) => x.path === '/hello').id;
        await n2.c.send(new PutIntegrationResponseCommand({
            restApiId: api.id,
            resourceId,
            httpMethod: 'GET',
            statusCode: '200',
            responseTemplates: { 'application/json': '{"v": 2}' },
        }));
        await n2.c.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: 'dev' }));
        const r = await until(url, (x) => x.status === 200 && x.text.includes('2'));
        assert.deepEqual(r.json(), { v: 2 });
    });
    it('keeps AWS’s uniqueness across nodes: one API key value created from both at once exists once', async () => {
        const value = `shared-value-${Date.now()}-abcdefghijklmnop`;
        const attempts = Array.from({ length: 8 }, (_, i) => (i % 2 ? n2 : n1).c.send(new CreateApiKeyCommand({ name: `k${i}`, value })));
        const results = await Promise.allSettled(attempts);
        const won = results.filter((r) => r.status === 'fulfilled');
        assert.equal(won.length, 1, JSON.stringify(results.map((r) => r.status)));
        for (const r of results) {
            if (r.status === 'rejected') {
                const e = await sdkError(Promise.reject(r.reason));
                assert.equal(e.name, 'ConflictException');
                assert.equal(e.message, 'API Key already exists');
                assert.equal(e.status, 409);
            }
        }
        // Distinct keys from both nodes at once: all land, both nodes list all of them.
        const names = Array.from({ length: 10 }, (_, i) => `many-${Date.now()}-${i}`);
        await Promise.all(names.map((name, i) => (i % 2 ? n2 : n1).c.send(new CreateApiKeyCommand({ name }))));
        for (const c of [n1.c, n2.c]) {
            const listed = (await c.send(new GetApiKeysCommand({ limit: 500 }))).items.map((k) => k.name);
            for (const name of names)
                assert.ok(listed.includes(name), `${name} listed`);
        }
    });
    it('keeps a write acknowledged just before kill -9', async () => {
        const created = await n1.c.send(new CreateRestApiCommand({ name: 'survivor' }));
        await n1.p.stop('SIGKILL');
        n1 = { ...n1, p: await spawnTollgate({ port: n1.p.port, args: n1.args }) };
        const got = await n1.c.send(new GetRestApiCommand({ restApiId: created.id }));
        assert.equal(got.name, 'survivor');
    });
});
/**
 * A TCP relay to the database that the test can cut: while cut, it drops every connection it has and
 * closes each new one at once, as a database host that went away (the shared server keeps running).
 */
function relay(target) {
    const sockets = new Set();
    let down = false;
    const server = createServer((client) => {
        if (down) {
            client.destroy();
            return;
        }
        const upstream = connect(target.port, target.host);
        for (const s of [client, upstream]) {
            sockets.add(s);
            s.on('close', () => sockets.delete(s));
            s.on('error', () => undefined);
        }
        client.pipe(upstream).pipe(client);
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
    });
    return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
        port: server.address().port,
        cut() {
            down = true;
            for (const s of sockets)
                s.destroy();
        },
        restore() {
            down = false;
        },
        close() {
            for (const s of sockets)
                s.destroy();
            server.close();
        },
    })));
}
describe('the database going away and coming back', () => {
    it('answers 503 ServiceUnavailableException on the control plane, keeps serving deployed stages, and recovers', async () => {
        const { schema } = await freshSchema();
        const pg = new URL(PG_URL);
        const r = await relay({ host: pg.hostname, port: Number(pg.port || 5432) });
        after(() => r.close());
        const viaRelay = new URL(PG_URL);
        viaRelay.port = String(r.port);
        const n = await node(withSchema(viaRelay.toString(), schema));
        const api = await mockApi(n.c, '{"ok": true}');
        const url = invokeUrl(n.p.url, api, 'dev', '/hello');
        assert.equal((await until(url, (x) => x.status === 200)).status, 200);
        r.cut();
        const e = await sdkError(n.c.send(new GetRestApisCommand({})));
        assert.equal(e.status, 503);
        assert.equal(e.name, 'ServiceUnavailableException');
        const write = await sdkError(n.c.send(new CreateRestApiCommand({ name: 'lost' })));
        assert.equal(write.status, 503);
        // The stage the node has cached keeps answering while the database is gone.
        for (let i = 0; i < 5; i++) {
            const served = await rawRequest(url);
            assert.equal(served.status, 200, served.text);
            await new Promise((res) => setTimeout(res, 100));
        }
        r.restore();
        const deadline = Date.now() + 10_000;
        let listed;
        while (!listed && Date.now() < deadline) {
            try {
                listed = (await n.c.send(new GetRestApisCommand({}))).items.map((x) => x.name);
            }
            catch {
                await new Promise((res) => setTimeout(res, 100));
            }
        }
        assert.ok(listed, 'the control plane answers again once the database is back');
        assert.ok(!listed.includes('lost'), 'the write refused during the outage did not land');
        assert.equal((await n.c.send(new CreateRestApiCommand({ name: 'after' }))).name, 'after');
    });
});
//# sourceMappingURL=postgres-nodes.test.js.map