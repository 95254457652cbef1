/**
 * The HTTPS listener end to end, over real TLS: each custom domain's certificate by SNI, rotation
 * without a restart, per-domain minimum TLS version, mutual TLS for callers, and client
 * certificates presented to backends (src/edge/tls-*.ts, src/edge/custom-domains.ts). Every
 * certificate is made here (test/helpers/certs.ts).
 *
 * TLS 1.0: OpenSSL 3 (Node 20) refuses TLS 1.0 and 1.1 above security level 0, on both sides; the
 * TLS_1_0 domain's context runs at `DEFAULT@SECLEVEL=0` and the test client asks for it too.
 */
import { CreateBasePathMappingCommand, CreateDeploymentCommand, CreateDomainNameCommand, CreateRestApiCommand, DeleteDomainNameCommand, GenerateClientCertificateCommand, PutIntegrationCommand, PutIntegrationResponseCommand, PutMethodCommand, PutMethodResponseCommand, UpdateDomainNameCommand, UpdateStageCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer as createHttpsServer, request as httpsRequest } from 'node:https';
import { connect as netConnect, createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { connect as tlsConnect } from 'node:tls';
import { ConfigError, loadConfig } from '../../src/config/options.js';
import { issue, makeCa } from '../helpers/certs.js';
import { startTollgate } from '../helpers/tollgate.js';
const ARN_ONE = 'arn:aws:acm:us-east-1:000000000000:certificate/11111111-1111-1111-1111-111111111111';
const ARN_TWO = 'arn:aws:acm:us-east-1:000000000000:certificate/22222222-2222-2222-2222-222222222222';
const TRUSTSTORE_URI = 's3://truststores/callers.pem';
let t;
let dir;
let port;
let callersCa; // in the s3:// truststore
let otherCa; // in the local-path truststore
let backendCa; // --backend-ca
let one;
let two;
const file = (name, text) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
};
before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tollgate-tls-'));
    [callersCa, otherCa, backendCa, one, two] = await Promise.all([
        makeCa('Callers CA'),
        makeCa('Other CA'),
        makeCa('Backend CA'),
        issue('one.cert.test'),
        issue('two.cert.test'),
    ]);
    t = await startTollgate([
        '--tls-port',
        'auto',
        '--certificate',
        `${ARN_ONE}=${file('one.pem', one.cert)},${file('one.key', one.key)}`,
        '--certificate',
        `${ARN_TWO}=${file('two.pem', two.cert)},${file('two.key', two.key)}`,
        '--truststore',
        `${TRUSTSTORE_URI}=${file('callers.pem', callersCa.cert)}`,
        '--backend-ca',
        file('backend-ca.pem', backendCa.cert),
    ]);
    port = Number(new URL(t.app.tlsUrl).port);
});
after(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
});
/** A TLS handshake with the listener: the certificate it showed and the protocol, or the error. */
function handshake(servername, o = {}) {
    return new Promise((resolve) => {
        const s = tlsConnect({ host: '127.0.0.1', port, servername, rejectUnauthorized: false, ...o }, () => {
            resolve({ cert: s.getPeerCertificate(), protocol: s.getProtocol() });
            s.destroy();
        });
        s.on('error', (e) => resolve({ error: e.code ?? e.message }));
    });
}
async function peerCN(servername) {
    const h = await handshake(servername);
    assert.ok('cert' in h, JSON.stringify(h));
    return h.cert.subject.CN;
}
function get(host, path, o = {}) {
    return new Promise((resolve, reject) => {
        const req = httpsRequest({
            host: '127.0.0.1',
            port,
            path,
            servername: host,
            headers: { Host: host },
            rejectUnauthorized: false,
            agent: false,
            ...(o.cert ? { cert: o.cert.cert, key: o.cert.key } : {}),
        }, (res) => {
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
                resolve({ status: res.statusCode, text, json });
            });
        });
        req.on('error', reject);
        req.end();
    });
}
/** An API whose GET / (MOCK) answers `body`, deployed to `dev`. */
async function mockApi(body) {
    const api = await t.client.send(new CreateRestApiCommand({ name: 'tls' }));
    const m = { restApiId: api.id, resourceId: api.rootResourceId, httpMethod: 'GET' };
    await t.client.send(new PutMethodCommand({ ...m, authorizationType: 'NONE' }));
    await t.client.send(new PutIntegrationCommand({ ...m, type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } }));
    await t.client.send(new PutMethodResponseCommand({ ...m, statusCode: '200' }));
    await t.client.send(new PutIntegrationResponseCommand({ ...m, statusCode: '200', responseTemplates: { 'application/json': body } }));
    await t.client.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: 'dev' }));
    return api.id;
}
async function domain(input, restApiId) {
    await t.client.send(new CreateDomainNameCommand({ endpointConfiguration: { types: ['REGIONAL'] }, ...input }));
    if (restApiId)
        await t.client.send(new CreateBasePathMappingCommand({ domainName: input.domainName, restApiId, stage: 'dev' }));
}
describe('certificates by SNI', () => {
    it('two domains on one listener each get their own certificate; other names get the default one', async () => {
        const uploaded = await issue('upload.tls.test');
        await domain({
            domainName: 'upload.tls.test',
            certificateBody: uploaded.cert,
            certificatePrivateKey: uploaded.key,
            endpointConfiguration: { types: ['EDGE'] },
        });
        await domain({ domainName: 'arn.tls.test', regionalCertificateArn: ARN_ONE });
        assert.equal(await peerCN('upload.tls.test'), 'upload.tls.test');
        assert.equal(await peerCN('arn.tls.test'), 'one.cert.test');
        assert.equal(await peerCN('nobody.tls.test'), 'Tollgate');
        assert.equal(await peerCN(undefined), 'Tollgate');
        // A domain whose ARN is not configured here also gets the default one.
        await domain({ domainName: 'unmapped.tls.test', certificateArn: 'arn:aws:acm:us-east-1:000000000000:certificate/none' });
        assert.equal(await peerCN('unmapped.tls.test'), 'Tollgate');
    });
    it('{api}.execute-api.* over HTTPS gets the default certificate and is served', async () => {
        const id = await mockApi('{"ok": true}');
        const host = `${id}.execute-api.localhost`;
        assert.equal(await peerCN(host), 'Tollgate');
        const r = await get(host, '/dev/');
        assert.deepEqual([r.status, r.json], [200, { ok: true }]);
    });
    it('rotation without a restart: delete and re-create with a new body; UpdateDomainName to another configured ARN', async () => {
        const first = await issue('rotate.tls.test');
        const second = await issue('rotate.tls.test');
        await domain({
            domainName: 'rotate.tls.test',
            certificateBody: first.cert,
            certificatePrivateKey: first.key,
            endpointConfiguration: { types: ['EDGE'] },
        });
        const before1 = await handshake('rotate.tls.test');
        assert.ok('cert' in before1);
        assert.equal(before1.cert.serialNumber.toLowerCase(), first.serial);
        await t.client.send(new DeleteDomainNameCommand({ domainName: 'rotate.tls.test' }));
        await domain({
            domainName: 'rotate.tls.test',
            certificateBody: second.cert,
            certificatePrivateKey: second.key,
            endpointConfiguration: { types: ['EDGE'] },
        });
        const after1 = await handshake('rotate.tls.test');
        assert.ok('cert' in after1);
        assert.equal(after1.cert.serialNumber.toLowerCase(), second.serial);
        await domain({ domainName: 'switch.tls.test', regionalCertificateArn: ARN_ONE });
        assert.equal(await peerCN('switch.tls.test'), 'one.cert.test');
        await t.client.send(new UpdateDomainNameCommand({
            domainName: 'switch.tls.test',
            patchOperations: [{ op: 'replace', path: '/regionalCertificateArn', value: ARN_TWO }],
        }));
        assert.equal(await peerCN('switch.tls.test'), 'two.cert.test');
    });
    it('on one listener a TLS_1_2 domain refuses TLS 1.0 while a TLS_1_0 domain accepts it', async () => {
        await domain({ domainName: 'old.tls.test', regionalCertificateArn: ARN_ONE, securityPolicy: 'TLS_1_0' });
        await domain({ domainName: 'new.tls.test', regionalCertificateArn: ARN_TWO, securityPolicy: 'TLS_1_2' });
        const tls10 = { minVersion: 'TLSv1', maxVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' };
        const old = await handshake('old.tls.test', tls10);
        assert.ok('cert' in old, JSON.stringify(old));
        assert.equal(old.protocol, 'TLSv1');
        assert.equal(old.cert.subject.CN, 'one.cert.test');
        const refused = await handshake('new.tls.test', tls10);
        assert.ok('error' in refused, 'TLS 1.0 accepted by a TLS_1_2 domain');
        const modern = await handshake('new.tls.test', { maxVersion: 'TLSv1.2' });
        assert.ok('cert' in modern && modern.protocol === 'TLSv1.2');
        // UpdateDomainName to TLS_1_2 closes TLS 1.0 from the next handshake on.
        await t.client.send(new UpdateDomainNameCommand({
            domainName: 'old.tls.test',
            patchOperations: [{ op: 'replace', path: '/securityPolicy', value: 'TLS_1_2' }],
        }));
        assert.ok('error' in (await handshake('old.tls.test', tls10)));
    });
});
/** Whether the server sent a CertificateRequest (handshake type 13) in a TLS 1.2 handshake, read off the wire. */
async function certificateRequested(servername) {
    const fromServer = [];
    const proxy = createNetServer((client) => {
        const upstream = netConnect(port, '127.0.0.1');
        upstream.on('data', (d) => fromServer.push(d));
        client.pipe(upstream);
        upstream.pipe(client);
        client.on('error', () => upstream.destroy());
        upstream.on('error', () => client.destroy());
    });
    await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const client = await issue('caller.tls.test', callersCa, { client: true });
    await new Promise((resolve, reject) => {
        const s = tlsConnect({
            host: '127.0.0.1',
            port: proxy.address().port,
            servername,
            rejectUnauthorized: false,
            maxVersion: 'TLSv1.2',
            cert: client.cert,
            key: client.key,
        }, () => {
            s.destroy();
            resolve();
        });
        s.on('error', reject);
    });
    await new Promise((resolve) => proxy.close(() => resolve()));
    // The server's flight in the clear: handshake records (22) up to ChangeCipherSpec (20).
    const wire = Buffer.concat(fromServer);
    const handshakeBytes = [];
    for (let off = 0; off + 5 <= wire.length;) {
        const type = wire[off];
        const len = wire.readUInt16BE(off + 3);
        if (type === 20)
            break;
        if (type === 22)
            handshakeBytes.push(wire.subarray(off + 5, off + 5 + len));
        off += 5 + len;
    }
    const hs = Buffer.concat(handshakeBytes);
    const types = [];
    for (let off = 0; off + 4 <= hs.length; off += 4 + hs.readUIntBE(off + 1, 3))
        types.push(hs[off]);
    assert.ok(types.includes(2) && types.includes(14), `not a full server flight: ${types}`); // ServerHello … ServerHelloDone
    return types.includes(13);
}
/** A ClientHello as a TLS client sends it for `servername`, caught by a plain TCP server. */
function clientHello(servername) {
    return new Promise((resolve) => {
        const catcher = createNetServer((s) => s.once('data', (b) => {
            resolve(b);
            s.destroy();
            catcher.close();
        }));
        catcher.listen(0, '127.0.0.1', () => {
            const c = tlsConnect({ host: '127.0.0.1', port: catcher.address().port, servername, rejectUnauthorized: false });
            c.on('error', () => undefined);
        });
    });
}
/** Server-side connections on `port` in CLOSE_WAIT (the client closed, the server never did), from /proc/net/tcp{,6}. */
function closeWaits(port) {
    const hex = `:${port.toString(16).toUpperCase().padStart(4, '0')}`;
    let n = 0;
    for (const f of ['/proc/net/tcp', '/proc/net/tcp6']) {
        let text;
        try {
            text = readFileSync(f, 'utf8');
        }
        catch {
            continue;
        }
        for (const line of text.split('\n').slice(1)) {
            const c = line.trim().split(/\s+/);
            if (c.length > 3 && c[1].endsWith(hex) && c[3] === '08')
                n++;
        }
    }
    return n;
}
describe('connections that end early', () => {
    it('a client that goes away during or right after its handshake leaves no connection open (no CLOSE_WAIT)', async () => {
        // The listener is an http.Server, which accepts half-open connections: a connection whose client
        // closed before the handshake was done stayed open on Tollgate's side for good (a file descriptor
        // each), and held up close().
        for (let i = 0; i < 3; i++)
            assert.ok('cert' in (await handshake('one.cert.test'))); // done, then destroyed at once
        const hello = await clientHello('one.cert.test');
        await Promise.all(Array.from({ length: 3 }, () => new Promise((resolve) => {
            // Hello and FIN together: the server's flight arrives after the client has closed its side.
            const s = netConnect(port, '127.0.0.1', () => s.end(hello));
            const done = () => {
                clearTimeout(timer);
                resolve();
            };
            const timer = setTimeout(() => {
                s.destroy();
                resolve();
            }, 3_000);
            s.on('data', () => undefined);
            s.on('close', done);
            s.on('error', done);
        })));
        const deadline = Date.now() + 5_000;
        while (closeWaits(port) > 0 && Date.now() < deadline)
            await new Promise((r) => setTimeout(r, 50));
        assert.equal(closeWaits(port), 0);
    });
});
const CLIENT_CERT = '{"subjectDN": "$util.escapeJavaScript($context.identity.clientCert.subjectDN)", "issuerDN": "$context.identity.clientCert.issuerDN", ' +
    '"serialNumber": "$context.identity.clientCert.serialNumber", "notBefore": "$context.identity.clientCert.validity.notBefore", ' +
    '"notAfter": "$context.identity.clientCert.validity.notAfter", "pem": "$util.escapeJavaScript($context.identity.clientCert.clientCertPem)"}';
describe('mutual TLS for callers', () => {
    let api;
    before(async () => {
        api = await mockApi(CLIENT_CERT);
        await domain({
            domainName: 'mtls.tls.test',
            regionalCertificateArn: ARN_ONE,
            securityPolicy: 'TLS_1_2',
            mutualTlsAuthentication: { truststoreUri: TRUSTSTORE_URI },
        }, api);
        await domain({
            domainName: 'local.tls.test',
            regionalCertificateArn: ARN_ONE,
            securityPolicy: 'TLS_1_2',
            mutualTlsAuthentication: { truststoreUri: file('other.pem', otherCa.cert) },
        }, api);
    });
    it('a caller without a certificate, or with one the truststore does not trust, gets 403 Forbidden', async () => {
        const untrusted = await issue('stranger', otherCa, { client: true });
        const selfSigned = await issue('myself', undefined, { client: true });
        const expired = await issue('late', callersCa, { client: true, notAfterDays: -1 });
        for (const cert of [undefined, untrusted, selfSigned, expired]) {
            const r = await get('mtls.tls.test', '/', { cert });
            assert.equal(r.status, 403, cert?.cert.slice(0, 40));
            assert.deepEqual(r.json, { message: 'Forbidden' });
        }
    });
    it('a caller with a certificate the truststore trusts is served, and $context.identity.clientCert describes it', async () => {
        const caller = await issue('caller, inc', callersCa, { client: true, organization: 'Callers' });
        const r = await get('mtls.tls.test', '/', { cert: caller });
        assert.equal(r.status, 200, r.text);
        assert.equal(r.json.subjectDN, 'C=US,O=Callers,CN=caller\\, inc');
        assert.equal(r.json.issuerDN, 'C=US,O=Tollgate Tests,CN=Callers CA');
        assert.equal(r.json.serialNumber, caller.serial.match(/../g).join(':'));
        assert.match(r.json.notBefore, /^[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \d{4} GMT$/);
        assert.match(r.json.notAfter, /^[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \d{4} GMT$/);
        assert.equal(r.json.pem, caller.cert.replace(/\r\n/g, '\n'));
    });
    it('a local-path truststore trusts its own CA only', async () => {
        assert.equal((await get('local.tls.test', '/', { cert: await issue('friend', otherCa, { client: true }) })).status, 200);
        assert.equal((await get('local.tls.test', '/', { cert: await issue('caller', callersCa, { client: true }) })).status, 403);
    });
    it('plain HTTP to a mutual-TLS domain is refused', async () => {
        const u = new URL(t.app.url);
        const status = await new Promise((resolve, reject) => {
            httpRequest({ host: u.hostname, port: u.port, path: '/', headers: { Host: 'mtls.tls.test' }, agent: false }, (res) => {
                res.resume();
                resolve(res.statusCode);
            })
                .on('error', reject)
                .end();
        });
        assert.equal(status, 403);
    });
    it('a domain without mutual TLS never asks for a client certificate; one with it does', async () => {
        assert.equal(await certificateRequested('arn.tls.test'), false);
        assert.equal(await certificateRequested('nobody.tls.test'), false);
        assert.equal(await certificateRequested('mtls.tls.test'), true);
    });
});
describe('client certificates towards backends', () => {
    let backend;
    let backendPort;
    let seen;
    let handshakes = 0;
    const upgrades = [];
    let clientCertificateId;
    before(async () => {
        const generated = await t.client.send(new GenerateClientCertificateCommand({ description: 'to the backend' }));
        clientCertificateId = generated.clientCertificateId;
        const serverCert = await issue('localhost', backendCa, { ips: ['127.0.0.1'] });
        seen = [];
        // A backend that demands a client certificate, and trusts only the one API Gateway generated.
        backend = createHttpsServer({ cert: serverCert.cert, key: serverCert.key, requestCert: true, rejectUnauthorized: true, ca: generated.pemEncodedCertificate }, (req, res) => {
            const s = req.socket;
            seen.push({ authorized: s.authorized, cn: s.getPeerCertificate().subject?.CN });
            upgrades.push(req.headers.upgrade);
            res.writeHead(200, { 'Content-Type': 'application/json' });
            res.end('{"backend": "mutual"}');
        });
        backend.on('secureConnection', () => {
            handshakes++;
        });
        await new Promise((resolve) => backend.listen(0, '127.0.0.1', resolve));
        backendPort = backend.address().port;
    });
    after(() => new Promise((resolve) => {
        backend.closeAllConnections();
        backend.close(() => resolve());
    }));
    async function proxyApi(uri, tlsConfig, requestParameters) {
        const api = await t.client.send(new CreateRestApiCommand({ name: 'backend' }));
        const m = { restApiId: api.id, resourceId: api.rootResourceId, httpMethod: 'GET' };
        await t.client.send(new PutMethodCommand({ ...m, authorizationType: 'NONE' }));
        await t.client.send(new PutIntegrationCommand({ ...m, type: 'HTTP_PROXY', integrationHttpMethod: 'GET', uri, tlsConfig, requestParameters }));
        await t.client.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: 'dev' }));
        return api.id;
    }
    const invoke = (id) => fetch(`${t.app.url}/_aws/execute-api/${id}/dev/`);
    it('a backend that requires a client certificate refuses Tollgate without clientCertificateId and accepts it with one', async () => {
        const id = await proxyApi(`https://127.0.0.1:${backendPort}/`);
        // Over TLS 1.3 the backend refuses after the client's side of the handshake: the connection is
        // closed under the request, which the client maps to INTEGRATION_FAILURE (504).
        const refused = await invoke(id);
        assert.equal(refused.status, 504, await refused.clone().text());
        assert.equal(refused.headers.get('x-amzn-errortype'), 'InternalServerErrorException');
        assert.equal(seen.length, 0);
        await t.client.send(new UpdateStageCommand({
            restApiId: id,
            stageName: 'dev',
            patchOperations: [{ op: 'replace', path: '/clientCertificateId', value: clientCertificateId }],
        }));
        const served = await invoke(id);
        assert.equal(served.status, 200);
        assert.deepEqual(await served.json(), { backend: 'mutual' });
        assert.deepEqual(seen, [{ authorized: true, cn: `ApiGateway-${clientCertificateId}` }]);
        // The profile's agent is built once and keeps its connection: a second call needs no new handshake.
        assert.equal(handshakes, 1);
        assert.equal((await invoke(id)).status, 200);
        assert.equal(seen.length, 2);
        assert.equal(handshakes, 1);
    });
    it("backends are verified against Node's roots plus --backend-ca; tlsConfig.insecureSkipVerification skips it", async () => {
        const stranger = await issue('localhost', undefined, { ips: ['127.0.0.1'] }); // self-signed, in no bundle
        const other = createHttpsServer({ cert: stranger.cert, key: stranger.key }, (_req, res) => {
            res.writeHead(200);
            res.end('{"backend": "self-signed"}');
        });
        await new Promise((resolve) => other.listen(0, '127.0.0.1', resolve));
        try {
            const uri = `https://127.0.0.1:${other.address().port}/`;
            assert.equal((await invoke(await proxyApi(uri))).status, 500);
            const skipping = await invoke(await proxyApi(uri, { insecureSkipVerification: true }));
            assert.equal(skipping.status, 200);
            assert.deepEqual(await skipping.json(), { backend: 'self-signed' });
        }
        finally {
            other.closeAllConnections();
            await new Promise((resolve) => other.close(() => resolve()));
        }
    });
    it('a mapped Upgrade header goes on a connection of its own, with the same client certificate, verification and skip', async () => {
        const upgrade = { 'integration.request.header.Upgrade': "'HTTP/2.0'" };
        const id = await proxyApi(`https://127.0.0.1:${backendPort}/`, undefined, upgrade);
        await t.client.send(new UpdateStageCommand({
            restApiId: id,
            stageName: 'dev',
            patchOperations: [{ op: 'replace', path: '/clientCertificateId', value: clientCertificateId }],
        }));
        const served = await invoke(id);
        assert.equal(served.status, 200, await served.clone().text());
        assert.deepEqual(await served.json(), { backend: 'mutual' });
        assert.deepEqual(seen.at(-1), { authorized: true, cn: `ApiGateway-${clientCertificateId}` });
        assert.equal(upgrades.at(-1), 'HTTP/2.0');
        // Without the stage's certificate the backend refuses.
        assert.notEqual((await invoke(await proxyApi(`https://127.0.0.1:${backendPort}/`, undefined, upgrade))).status, 200);
        const stranger = await issue('localhost', undefined, { ips: ['127.0.0.1'] });
        const other = createHttpsServer({ cert: stranger.cert, key: stranger.key }, (req, res) => {
            res.writeHead(200);
            res.end(JSON.stringify({ upgrade: req.headers.upgrade }));
        });
        await new Promise((resolve) => other.listen(0, '127.0.0.1', resolve));
        try {
            const uri = `https://127.0.0.1:${other.address().port}/`;
            assert.equal((await invoke(await proxyApi(uri, undefined, upgrade))).status, 500);
            const skipping = await invoke(await proxyApi(uri, { insecureSkipVerification: true }, upgrade));
            assert.equal(skipping.status, 200);
            assert.deepEqual(await skipping.json(), { upgrade: 'HTTP/2.0' });
        }
        finally {
            other.closeAllConnections();
            await new Promise((resolve) => other.close(() => resolve()));
        }
    });
});
describe('configuration', () => {
    const tls = (argv, env = {}) => loadConfig(argv, env).tls;
    it('--tls-port: 4443 by default, off when --port is 0, auto = any free port, 0 or off = none', () => {
        assert.deepEqual([tls([]).port, tls([]).portIsDefault], [4443, true]);
        assert.equal(tls(['--port', '0']).port, undefined);
        assert.deepEqual([tls(['--port', '0', '--tls-port', 'auto']).port, tls(['--tls-port', 'auto']).portIsDefault], [0, false]);
        assert.equal(tls(['--tls-port', '0']).port, undefined);
        assert.equal(tls(['--tls-port', 'off']).port, undefined);
        assert.equal(tls([], { TOLLGATE_TLS_PORT: '8443' }).port, 8443);
        assert.throws(() => tls(['--tls-port', 'https']), (e) => e instanceof ConfigError && /--tls-port must be/.test(e.message));
    });
    it('--certificate, --default-certificate, --truststore and --backend-ca name files, resolved from the working directory', () => {
        const c = tls([
            '--certificate',
            `${ARN_ONE}=one.pem,one.key`,
            '--certificate',
            `${ARN_TWO}=/etc/two.pem,/etc/two.key`,
            '--default-certificate',
            'd.pem,d.key',
            '--truststore',
            `${TRUSTSTORE_URI}=ca.pem`,
            '--truststore',
            's3://b/year=2024/ca.pem=/x/ca.pem',
            '--backend-ca',
            'ca-bundle.pem',
        ]);
        assert.deepEqual(c.certificates, {
            [ARN_ONE]: { cert: resolve('one.pem'), key: resolve('one.key') },
            [ARN_TWO]: { cert: '/etc/two.pem', key: '/etc/two.key' },
        });
        assert.deepEqual(c.defaultCertificate, { cert: resolve('d.pem'), key: resolve('d.key') });
        assert.deepEqual(c.truststores, { [TRUSTSTORE_URI]: resolve('ca.pem'), 's3://b/year=2024/ca.pem': '/x/ca.pem' });
        assert.equal(c.backendCa, resolve('ca-bundle.pem'));
        const env = tls([], {
            TOLLGATE_CERTIFICATES: `${ARN_ONE}=/a.pem,/a.key; ${ARN_TWO}=/b.pem,/b.key`,
            TOLLGATE_TRUSTSTORES: `${TRUSTSTORE_URI}=/t.pem`,
        });
        assert.deepEqual(Object.keys(env.certificates), [ARN_ONE, ARN_TWO]);
        assert.deepEqual(env.truststores, { [TRUSTSTORE_URI]: '/t.pem' });
        for (const bad of [
            ['--certificate', ARN_ONE],
            ['--certificate', `${ARN_ONE}=only.pem`],
            ['--default-certificate', 'x.pem'],
            ['--truststore', 'https://x/ca.pem=/ca.pem'],
        ]) {
            assert.throws(() => tls(bad), ConfigError, bad.join(' '));
        }
    });
});
//# sourceMappingURL=tls.test.js.map