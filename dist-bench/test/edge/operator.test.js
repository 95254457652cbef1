/**
 * Health and readiness (src/edge/operator.ts) on a real server: alive and ready when all is well; not
 * ready through a PostgreSQL outage (a TCP proxy in front of the database, stopped and started again),
 * while Redis is required and down, and from the moment shutting down begins (in-process drain(), and
 * SIGTERM with --drain-seconds on the real command); on the management listener only.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, connect } from 'node:net';
import { raw, startTollgate } from '../helpers/tollgate.js';
import { deploy, newApi, putMethod, putResponse } from '../helpers/apis.js';
import { freshSchema } from '../helpers/postgres.js';
import { freePort, killAll, spawnTollgate } from '../helpers/process.js';
after(killAll);
/** A TCP proxy to 127.0.0.1:`to` on `port`; stop() refuses new connections and cuts the open ones. */
async function tcpProxy(port, to) {
    const sockets = new Set();
    const server = createServer((client) => {
        const upstream = connect(to, '127.0.0.1');
        for (const s of [client, upstream]) {
            sockets.add(s);
            s.on('close', () => sockets.delete(s));
            s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
    });
    await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
    return {
        async stop() {
            const closed = new Promise((resolve) => server.close(() => resolve()));
            for (const s of sockets)
                s.destroy();
            await closed;
        },
    };
}
async function probe(base, path) {
    const r = await raw(base, 'GET', path);
    return { status: r.status, json: r.json };
}
describe('health and readiness', () => {
    it('answers alive and ready on SQLite, and 503 once draining while the rest is still served', async () => {
        const t = await startTollgate();
        try {
            const api = await newApi(t.client);
            await putMethod(t.client, api, api.root, 'GET', { requestTemplates: { 'application/json': '{"statusCode": 200}' } });
            await putResponse(t.client, api, api.root, 'GET', '200');
            await deploy(t.client, api);
            assert.deepEqual(await probe(t.app.adminUrl, '/_tollgate/health'), { status: 200, json: { status: 'alive' } });
            assert.deepEqual(await probe(t.app.adminUrl, '/_tollgate/ready'), {
                status: 200,
                json: { status: 'ready', checks: { store: 'ok', redis: 'not configured' } },
            });
            const head = await fetch(`${t.app.adminUrl}/_tollgate/ready`, { method: 'HEAD' });
            assert.equal(head.status, 200);
            assert.equal(await head.text(), '');
            t.app.drain();
            assert.deepEqual(await probe(t.app.adminUrl, '/_tollgate/ready'), {
                status: 503,
                json: { status: 'unavailable', checks: { store: 'ok', redis: 'not configured', lifecycle: 'shutting down' } },
            });
            assert.equal((await probe(t.app.adminUrl, '/_tollgate/health')).status, 200);
            // Draining is not closed: the data plane and the management API still answer.
            assert.equal((await raw(t.app.url, 'GET', `/_aws/execute-api/${api.id}/dev/`)).status, 200);
            assert.equal((await raw(t.app.adminUrl, 'GET', '/restapis')).status, 200);
        }
        finally {
            await t.close();
        }
    });
    it('is served on the management listener only when it has its own port', async () => {
        const adminPort = await freePort();
        const t = await startTollgate(['--admin-port', String(adminPort)]);
        try {
            assert.equal((await probe(t.app.adminUrl, '/_tollgate/ready')).status, 200);
            assert.equal((await probe(t.app.url, '/_tollgate/ready')).status, 404);
        }
        finally {
            await t.close();
        }
    });
    it('leaves other methods on these paths to the services', async () => {
        const t = await startTollgate();
        try {
            const r = await raw(t.app.adminUrl, 'POST', '/_tollgate/ready', '{}');
            assert.equal(r.headers.get('x-amzn-errortype'), 'UnknownOperationException');
        }
        finally {
            await t.close();
        }
    });
    it('is not ready while PostgreSQL cannot be reached, and ready again once it can', async () => {
        const port = await freePort();
        let proxy = await tcpProxy(port, 5432);
        const { url } = await freshSchema();
        const t = await startTollgate(['--postgres', url.replace('127.0.0.1:5432', `127.0.0.1:${port}`)]);
        try {
            assert.deepEqual(await probe(t.app.adminUrl, '/_tollgate/ready'), {
                status: 200,
                json: { status: 'ready', checks: { store: 'ok', redis: 'not configured' } },
            });
            await proxy.stop();
            const down = await probe(t.app.adminUrl, '/_tollgate/ready');
            assert.equal(down.status, 503);
            assert.equal(down.json.status, 'unavailable');
            assert.match(down.json.checks.store, /PostgreSQL is unavailable/);
            assert.equal((await probe(t.app.adminUrl, '/_tollgate/health')).status, 200, 'alive through the outage');
            proxy = await tcpProxy(port, 5432);
            assert.equal((await probe(t.app.adminUrl, '/_tollgate/ready')).status, 200);
        }
        finally {
            await t.close();
            await proxy.stop();
        }
    });
    it('needs Redis when --redis-failure is closed, and only reports it when open', async () => {
        const nothing = await freePort();
        const closed = await startTollgate(['--redis', `redis://127.0.0.1:${nothing}`]);
        try {
            const r = await probe(closed.app.adminUrl, '/_tollgate/ready');
            assert.equal(r.status, 503);
            assert.equal(r.json.checks.store, 'ok');
            assert.notEqual(r.json.checks.redis, 'ok');
        }
        finally {
            await closed.close();
        }
        const open = await startTollgate(['--redis', `redis://127.0.0.1:${nothing}`, '--redis-failure', 'open']);
        try {
            const r = await probe(open.app.adminUrl, '/_tollgate/ready');
            assert.equal(r.status, 200);
            assert.notEqual(r.json.checks.redis, 'ok');
        }
        finally {
            await open.close();
        }
        const up = await startTollgate(['--redis', 'redis://127.0.0.1:6379']);
        try {
            assert.deepEqual(await probe(up.app.adminUrl, '/_tollgate/ready'), { status: 200, json: { status: 'ready', checks: { store: 'ok', redis: 'ok' } } });
        }
        finally {
            await up.close();
        }
    });
    it('on SIGTERM with --drain-seconds: not ready but serving, and a second signal closes at once', async () => {
        const server = await spawnTollgate({ port: await freePort(), args: ['--memory', '--tls-port', 'off', '--drain-seconds', '600'] });
        server.child.kill('SIGTERM');
        // The signal is handled asynchronously: poll until readiness turns (no time limit but the test's).
        let ready = await probe(server.url, '/_tollgate/ready');
        while (ready.status === 200)
            ready = await probe(server.url, '/_tollgate/ready');
        assert.equal(ready.status, 503, server.output());
        assert.equal(ready.json.checks.lifecycle, 'shutting down');
        assert.equal((await probe(server.url, '/_tollgate/health')).status, 200);
        assert.equal((await raw(server.url, 'GET', '/restapis')).status, 200);
        const exit = await server.stop('SIGTERM');
        assert.equal(exit.code, 0, server.output());
    });
});
//# sourceMappingURL=operator.test.js.map