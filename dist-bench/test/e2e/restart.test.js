/**
 * The real `tollgate serve` process on a data dir: a graceful stop (SIGTERM, SIGINT) exits 0 within
 * seconds and a restart on the same dir finds everything; a SIGKILL right after an acknowledged
 * create, update or delete loses nothing (synchronous=FULL, the default).
 */
import { CreateRestApiCommand, DeleteRestApiCommand, GetResourcesCommand, GetRestApiCommand, GetRestApisCommand, GetTagsCommand, TagResourceCommand, UpdateRestApiCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, describe, it } from 'node:test';
import { freePort, killAll, spawnTollgate } from '../helpers/process.js';
import { sdkClient, sdkError } from '../helpers/tollgate.js';
const dirs = [];
const clients = [];
after(async () => {
    await killAll();
    for (const c of clients)
        c.destroy();
    for (const d of dirs)
        rmSync(d, { recursive: true, force: true });
});
function dataDir() {
    const d = mkdtempSync(join(tmpdir(), 'tollgate-restart-'));
    dirs.push(d);
    return d;
}
async function start(dir, port) {
    const server = await spawnTollgate({ port, args: ['--data-dir', dir, '--log-level', 'info'] });
    const client = sdkClient(server.url);
    clients.push(client);
    return { server, client };
}
/** Every API of the region, through the SDK's own paging. */
async function listAll(client) {
    const items = [];
    let position;
    do {
        const page = await client.send(new GetRestApisCommand({ limit: 2, position }));
        items.push(...(page.items ?? []));
        position = page.position;
    } while (position);
    return items;
}
const arn = (id) => `arn:aws:apigateway:us-east-1::/restapis/${id}`;
describe('graceful stop and restart', () => {
    afterEach(killAll);
    it('SIGTERM exits 0 within seconds, with an idle keep-alive connection open, and a restart keeps everything', async () => {
        const dir = dataDir();
        const port = await freePort();
        let { server, client } = await start(dir, port);
        const a = await client.send(new CreateRestApiCommand({ name: 'a', description: 'first', tags: { team: 'core' } }));
        const b = await client.send(new CreateRestApiCommand({ name: 'b', binaryMediaTypes: ['image/png'], endpointConfiguration: { types: ['REGIONAL'] } }));
        const c = await client.send(new CreateRestApiCommand({ name: 'c' }));
        const d = await client.send(new CreateRestApiCommand({ name: 'd', tags: { _custom_id_: 'mychosenid' } }));
        await client.send(new UpdateRestApiCommand({ restApiId: b.id, patchOperations: [{ op: 'replace', path: '/name', value: 'b2' }] }));
        await client.send(new TagResourceCommand({ resourceArn: arn(c.id), tags: { added: 'later' } }));
        await client.send(new DeleteRestApiCommand({ restApiId: a.id }));
        const before = await listAll(client);
        const resourcesD = await client.send(new GetResourcesCommand({ restApiId: d.id }));
        assert.equal(before.length, 3);
        // The SDK client keeps its connection alive: the server must not wait for it.
        const stopped = await server.stop('SIGTERM');
        assert.deepEqual({ code: stopped.code, signal: stopped.signal }, { code: 0, signal: null }, server.output());
        assert.ok(stopped.ms < 3000, `SIGTERM took ${Math.round(stopped.ms)} ms`);
        assert.match(server.output(), /"msg":"stopping"/);
        ({ server, client } = await start(dir, port));
        assert.deepEqual(await listAll(client), before);
        assert.equal((await client.send(new GetRestApiCommand({ restApiId: b.id }))).name, 'b2');
        assert.deepEqual((await client.send(new GetTagsCommand({ resourceArn: arn(c.id) }))).tags, { added: 'later' });
        assert.equal((await client.send(new GetRestApiCommand({ restApiId: 'mychosenid' }))).name, 'd');
        assert.deepEqual((await client.send(new GetResourcesCommand({ restApiId: d.id }))).items, resourcesD.items);
        assert.deepEqual(await sdkError(client.send(new GetRestApiCommand({ restApiId: a.id }))), {
            name: 'NotFoundException',
            message: `Invalid API identifier specified 000000000000:${a.id}`,
            status: 404,
        });
        // The custom id is still taken after the restart, and new APIs get new ids.
        assert.deepEqual(await sdkError(client.send(new CreateRestApiCommand({ name: 'again', tags: { _custom_id_: 'mychosenid' } }))), {
            name: 'ConflictException',
            message: "A RestApi with the id 'mychosenid' already exists",
            status: 409,
        });
        const e = await client.send(new CreateRestApiCommand({ name: 'e' }));
        assert.ok(![a.id, b.id, c.id, d.id].includes(e.id));
        // New APIs list after the old ones: creation order survives the restart.
        assert.deepEqual((await listAll(client)).map((x) => x.id), [b.id, c.id, d.id, e.id]);
        const again = await server.stop('SIGTERM');
        assert.equal(again.code, 0, server.output());
    });
    it('SIGTERM lets an in-flight request finish (and closes its keep-alive connection), then exits 0', async () => {
        const dir = dataDir();
        const port = await freePort();
        let { server } = await start(dir, port);
        const agent = new Agent({ keepAlive: true });
        const body = JSON.stringify({ name: 'in-flight' });
        let sendBody;
        // `Expect: 100-continue`: the server's 100 answer proves it has parsed the headers, so the
        // request is in flight (not a connection still waiting to be read) when SIGTERM arrives.
        let headersRead;
        const inFlight = new Promise((r) => {
            headersRead = r;
        });
        const reply = new Promise((resolve, reject) => {
            const req = request({
                host: '127.0.0.1',
                port: server.port,
                method: 'POST',
                path: '/restapis',
                agent,
                headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), expect: '100-continue' },
            }, (res) => {
                let text = '';
                res.on('data', (c) => {
                    text += c.toString();
                });
                res.on('end', () => resolve({ status: res.statusCode, connection: res.headers.connection, json: JSON.parse(text) }));
            });
            req.on('error', reject);
            req.on('continue', headersRead);
            req.flushHeaders();
            sendBody = () => req.end(body);
        });
        reply.catch(() => undefined);
        try {
            await inFlight;
            const stopping = server.stop('SIGTERM');
            // The server logs "stopping" right before it closes its listeners and marks the responses in
            // flight: wait for that line rather than for a fixed time (a loaded machine can be slow).
            for (const deadline = Date.now() + 5000; !server.output().includes('"msg":"stopping"') && Date.now() < deadline;) {
                await new Promise((r) => setTimeout(r, 20));
            }
            await new Promise((r) => setTimeout(r, 100));
            assert.equal(server.child.exitCode, null, 'the server waits for the request in flight');
            sendBody();
            const res = await reply;
            assert.equal(res.status, 201);
            assert.equal(res.connection, 'close', 'a response while stopping closes its connection');
            const stopped = await stopping;
            assert.deepEqual({ code: stopped.code, signal: stopped.signal }, { code: 0, signal: null }, server.output());
            assert.ok(stopped.ms < 3000, `SIGTERM took ${Math.round(stopped.ms)} ms with a request in flight`);
        }
        finally {
            agent.destroy();
        }
        const restarted = await start(dir, port);
        server = restarted.server;
        const { client } = restarted;
        assert.equal((await client.send(new GetRestApiCommand({ restApiId: (await reply).json.id }))).name, 'in-flight');
        assert.equal((await server.stop('SIGTERM')).code, 0);
    });
    it('SIGINT stops gracefully too, exit code 0', async () => {
        const dir = dataDir();
        const port = await freePort();
        let { server, client } = await start(dir, port);
        const api = await client.send(new CreateRestApiCommand({ name: 'int' }));
        const stopped = await server.stop('SIGINT');
        assert.deepEqual({ code: stopped.code, signal: stopped.signal }, { code: 0, signal: null }, server.output());
        assert.ok(stopped.ms < 3000, `SIGINT took ${Math.round(stopped.ms)} ms`);
        ({ server, client } = await start(dir, port));
        assert.equal((await client.send(new GetRestApiCommand({ restApiId: api.id }))).name, 'int');
        assert.equal((await server.stop('SIGTERM')).code, 0);
    });
});
describe('SIGKILL right after an acknowledged write', () => {
    afterEach(killAll);
    it('loses no acknowledged create, update or delete', async () => {
        const dir = dataDir();
        const port = await freePort();
        let { server, client } = await start(dir, port);
        const created = await client.send(new CreateRestApiCommand({ name: 'k1', tags: { t: '1' } }));
        assert.equal(created.$metadata.httpStatusCode, 201);
        let killed = await server.stop('SIGKILL');
        assert.equal(killed.signal, 'SIGKILL');
        ({ server, client } = await start(dir, port));
        const got = await client.send(new GetRestApiCommand({ restApiId: created.id }));
        assert.deepEqual({ name: got.name, tags: got.tags, root: got.rootResourceId, created: got.createdDate }, { name: 'k1', tags: { t: '1' }, root: created.rootResourceId, created: created.createdDate });
        const resources = await client.send(new GetResourcesCommand({ restApiId: created.id }));
        assert.deepEqual(resources.items, [{ id: created.rootResourceId, path: '/' }]);
        await client.send(new UpdateRestApiCommand({ restApiId: created.id, patchOperations: [{ op: 'replace', path: '/description', value: 'after kill' }] }));
        const other = await client.send(new CreateRestApiCommand({ name: 'k2' }));
        killed = await server.stop('SIGKILL');
        assert.equal(killed.signal, 'SIGKILL');
        ({ server, client } = await start(dir, port));
        assert.equal((await client.send(new GetRestApiCommand({ restApiId: created.id }))).description, 'after kill');
        await client.send(new DeleteRestApiCommand({ restApiId: other.id }));
        killed = await server.stop('SIGKILL');
        assert.equal(killed.signal, 'SIGKILL');
        ({ server, client } = await start(dir, port));
        assert.equal((await sdkError(client.send(new GetRestApiCommand({ restApiId: other.id })))).status, 404);
        assert.deepEqual((await listAll(client)).map((x) => x.id), [created.id]);
        assert.equal((await server.stop('SIGTERM')).code, 0, server.output());
    });
});
//# sourceMappingURL=restart.test.js.map