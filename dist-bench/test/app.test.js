/**
 * The listeners: management on its own port when asked, requests Node's parser refuses still
 * answered with a JSON error and a request id, and a start that fails part-way closing what it opened.
 */
import { CreateRestApiCommand, GetRestApisCommand } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { connect, createServer } from 'node:net';
import { describe, it } from 'node:test';
import { freePort } from './helpers/process.js';
import { sdkClient, startTollgate } from './helpers/tollgate.js';
function rawRequest(url, text) {
    const u = new URL(url);
    return new Promise((resolve, reject) => {
        const s = connect(Number(u.port), u.hostname, () => s.write(text));
        let out = '';
        s.on('data', (d) => {
            out += d.toString();
        });
        s.on('end', () => resolve(out));
        s.on('error', reject);
    });
}
describe('listeners', () => {
    it('serves management only on --admin-port when it is set', async () => {
        const adminPort = await freePort();
        const t = await startTollgate(['--admin-port', String(adminPort)]);
        try {
            assert.notEqual(t.app.adminUrl, t.app.url);
            assert.equal(new URL(t.app.adminUrl).port, String(adminPort));
            const api = await t.client.send(new CreateRestApiCommand({ name: 'admin-only' }));
            assert.ok(api.id);
            const onMain = sdkClient(t.app.url);
            const err = await onMain.send(new GetRestApisCommand({})).then(() => undefined, (e) => e);
            onMain.destroy();
            assert.equal(err?.$metadata?.httpStatusCode, 404);
        }
        finally {
            await t.close();
        }
    });
    it('a start that fails part-way (management port taken) closes what it had opened: the main port is free again', async () => {
        // Under `npm run test:postgres` this also covers the store: a PostgreSQL store left open (its
        // listening connection) would keep this test file's process from ever ending.
        const taken = createServer();
        await new Promise((r) => taken.listen(0, '127.0.0.1', () => r()));
        const adminPort = taken.address().port;
        const mainPort = await freePort();
        try {
            await assert.rejects(startTollgate(['--port', String(mainPort), '--admin-port', String(adminPort), '--tls-port', 'off']), /EADDRINUSE/);
            const again = createServer();
            await new Promise((resolve, reject) => {
                again.once('error', reject);
                again.listen(mainPort, '127.0.0.1', () => resolve());
            });
            await new Promise((r) => again.close(r));
        }
        finally {
            await new Promise((r) => taken.close(r));
        }
    });
    it('answers a request head over 16 KiB with 431 JSON and a request id', async () => {
        const t = await startTollgate();
        try {
            const reply = await rawRequest(t.app.url, `GET /restapis HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
            assert.match(reply, /^HTTP\/1\.1 431 /);
            assert.match(reply, /x-amzn-RequestId: [0-9a-f-]{36}/);
            assert.match(reply, /x-amzn-ErrorType: BadRequestException/);
            assert.ok(reply.endsWith('{"message":"Request header fields too large"}'));
            const bad = await rawRequest(t.app.url, 'NOT A REQUEST\r\n\r\n');
            assert.match(bad, /^HTTP\/1\.1 400 /);
            assert.ok(bad.endsWith('{"message":"Malformed HTTP request"}'));
        }
        finally {
            await t.close();
        }
    });
});
//# sourceMappingURL=app.test.js.map