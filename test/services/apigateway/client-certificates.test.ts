/**
 * ClientCertificate operations through the AWS SDK, and proof that a generated certificate is a
 * real client certificate: a TLS server that trusts it accepts a client presenting it with the key
 * Tollgate keeps, and refuses clients without it.
 */
import {
  DeleteClientCertificateCommand,
  GenerateClientCertificateCommand,
  GetClientCertificateCommand,
  GetClientCertificatesCommand,
  GetTagsCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateClientCertificateCommand,
  type PatchOperation,
} from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { createPrivateKey, generateKeyPairSync, X509Certificate } from 'node:crypto';
import { once } from 'node:events';
import { createServer, request, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { after, before, describe, it } from 'node:test';
import forge from 'node-forge';
import type { ClientCertificate } from '../../../src/domain/client-certificate.js';
import { raw, sdkError, startTollgate, type TestServer } from '../../helpers/tollgate.js';

let t: TestServer;
before(async () => {
  t = await startTollgate();
});
after(async () => {
  await t.close();
});

const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';
const NOT_FOUND = { name: 'NotFoundException', message: 'Invalid Client Certificate identifier specified', status: 404 };
const generate = (input: { description?: string; tags?: Record<string, string> } = {}) => t.client.send(new GenerateClientCertificateCommand(input));
const update = (clientCertificateId: string, patchOperations: PatchOperation[]) =>
  t.client.send(new UpdateClientCertificateCommand({ clientCertificateId, patchOperations }));
const storedKey = async (id: string): Promise<string> => (await t.app.store.get<ClientCertificate>('clientcertificate', 'us-east-1', id))!.privateKeyPem;

/** A throwaway TLS server certificate for 127.0.0.1, made the same way (node:crypto key, node-forge certificate). */
function serverCertificate(): { cert: string; key: string } {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey);
  cert.serialNumber = '01';
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 86_400_000);
  cert.setSubject([{ name: 'commonName', value: '127.0.0.1' }]);
  cert.setIssuer([{ name: 'commonName', value: '127.0.0.1' }]);
  cert.setExtensions([
    { name: 'extKeyUsage', serverAuth: true },
    { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] },
  ]);
  cert.sign(forge.pki.privateKeyFromPem(privateKey), forge.md.sha256.create());
  return { cert: forge.pki.certificateToPem(cert), key: privateKey };
}

/** A server that requires a client certificate signed by (here: equal to) `ca`; answers with the peer's fingerprint. */
async function mtlsServer(ca: string): Promise<{ server: Server; port: number }> {
  const { cert, key } = serverCertificate();
  const server = createServer({ cert, key, ca: [ca], requestCert: true, rejectUnauthorized: true }, (req, res) => {
    const peer = (req.socket as TLSSocket).getPeerX509Certificate();
    res.end(peer?.fingerprint256 ?? 'none');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, port: (server.address() as AddressInfo).port };
}

function call(port: number, client: { cert?: string; key?: string }): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/', method: 'GET', rejectUnauthorized: false, agent: false, ...client }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        body += c;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('GenerateClientCertificate', () => {
  it('answers 201 with a real self-signed X.509 client certificate valid 365 days', async () => {
    const res = await generate({ description: 'backend' });
    assert.equal(res.$metadata.httpStatusCode, 201);
    assert.match(res.clientCertificateId!, /^[a-z0-9]{6}$/);
    assert.equal(res.description, 'backend');
    assert.equal('tags' in res, false);
    const x509 = new X509Certificate(res.pemEncodedCertificate!);
    assert.ok(x509.keyUsage.includes(CLIENT_AUTH), `EKU ${x509.keyUsage.join(',')}`);
    assert.equal(x509.ca, false);
    assert.equal(x509.subject, x509.issuer);
    assert.ok(x509.verify(x509.publicKey), 'self-signed');
    assert.equal(res.createdDate!.getTime(), new Date(x509.validFrom).getTime());
    assert.equal(res.expirationDate!.getTime(), new Date(x509.validTo).getTime());
    assert.equal(res.expirationDate!.getTime() - res.createdDate!.getTime(), 365 * 86_400_000);
    assert.ok(Math.abs(res.createdDate!.getTime() - Date.now()) < 5000);
  });

  it('keeps the matching private key in the store and never returns it', async () => {
    const res = await generate();
    const key = await storedKey(res.clientCertificateId!);
    assert.ok(new X509Certificate(res.pemEncodedCertificate!).checkPrivateKey(createPrivateKey(key)));
    for (const path of [`/clientcertificates/${res.clientCertificateId}`, '/clientcertificates?limit=500']) {
      const r = await raw(t.app.adminUrl, 'GET', path);
      assert.equal(r.status, 200);
      assert.equal(/PRIVATE KEY|privateKey/.test(r.text), false, path);
    }
  });

  it('is accepted by a TLS server that trusts it, and the others are not', async () => {
    const mine = await generate();
    const other = await generate();
    const { server, port } = await mtlsServer(mine.pemEncodedCertificate!);
    try {
      const ok = await call(port, { cert: mine.pemEncodedCertificate, key: await storedKey(mine.clientCertificateId!) });
      assert.equal(ok.status, 200);
      assert.equal(ok.body, new X509Certificate(mine.pemEncodedCertificate!).fingerprint256);
      await assert.rejects(call(port, {}), 'a client without a certificate is refused');
      await assert.rejects(
        call(port, { cert: other.pemEncodedCertificate, key: await storedKey(other.clientCertificateId!) }),
        'an untrusted certificate is refused',
      );
    } finally {
      server.close();
    }
  });

  it('echoes tags and checks them', async () => {
    const res = await generate({ tags: { team: 'core' } });
    assert.deepEqual(res.tags, { team: 'core' });
    assert.deepEqual(await sdkError(generate({ tags: { 'AWS:x': '1' } })), {
      name: 'BadRequestException',
      message: "Invalid tag key. Tag keys cannot start with 'aws:' (case insensitive)",
      status: 400,
    });
  });
});

describe('GetClientCertificate', () => {
  it('adds tags:{} and answers 404 for an unknown id', async () => {
    const res = await generate({ description: 'd' });
    const got = await t.client.send(new GetClientCertificateCommand({ clientCertificateId: res.clientCertificateId }));
    assert.deepEqual(got.tags, {});
    assert.equal(got.pemEncodedCertificate, res.pemEncodedCertificate);
    assert.deepEqual(got.createdDate, res.createdDate);
    assert.deepEqual(await sdkError(t.client.send(new GetClientCertificateCommand({ clientCertificateId: 'nosuch' }))), NOT_FOUND);
    assert.deepEqual(
      await sdkError(t.clientFor('eu-west-1').send(new GetClientCertificateCommand({ clientCertificateId: res.clientCertificateId }))),
      NOT_FOUND,
    );
  });
});

describe('GetClientCertificates', () => {
  it("pages through a region's certificates", async () => {
    const c = t.clientFor('sa-east-1');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await c.send(new GenerateClientCertificateCommand({ tags: i === 0 ? { k: 'v' } : undefined }))).clientCertificateId!);
    const first = await c.send(new GetClientCertificatesCommand({ limit: 2 }));
    assert.deepEqual(
      first.items!.map((x) => x.clientCertificateId),
      ids.slice(0, 2),
    );
    assert.deepEqual(first.items![0].tags, { k: 'v' });
    assert.equal('tags' in first.items![1], false);
    const second = await c.send(new GetClientCertificatesCommand({ limit: 2, position: first.position }));
    assert.deepEqual(
      second.items!.map((x) => x.clientCertificateId),
      ids.slice(2),
    );
    assert.equal(second.position, undefined);
  });
});

describe('UpdateClientCertificate', () => {
  it('replaces the description only', async () => {
    const res = await generate({ description: 'before' });
    const id = res.clientCertificateId!;
    const updated = await update(id, [{ op: 'replace', path: '/description', value: 'after' }]);
    assert.equal(updated.description, 'after');
    assert.deepEqual(updated.tags, {});
    assert.equal(updated.pemEncodedCertificate, res.pemEncodedCertificate);
    assert.deepEqual(await sdkError(update(id, [{ op: 'remove', path: '/description' }])), {
      name: 'BadRequestException',
      message: "Invalid patch path  '/description' specified for op 'remove'. Please choose supported operations",
      status: 400,
    });
    assert.deepEqual(await sdkError(update(id, [{ op: 'replace', path: '/pemEncodedCertificate', value: 'x' }])), {
      name: 'BadRequestException',
      message: "Invalid patch path  '/pemEncodedCertificate' specified for op 'replace'. Must be one of: [/description]",
      status: 400,
    });
    assert.deepEqual(await sdkError(update('nosuch', [{ op: 'replace', path: '/description', value: 'x' }])), NOT_FOUND);
    assert.equal((await t.client.send(new GetClientCertificateCommand({ clientCertificateId: id }))).description, 'after');
  });
});

describe('DeleteClientCertificate', () => {
  it('answers 202, then 404', async () => {
    const res = await generate();
    const del = await t.client.send(new DeleteClientCertificateCommand({ clientCertificateId: res.clientCertificateId }));
    assert.equal(del.$metadata.httpStatusCode, 202);
    assert.deepEqual(await sdkError(t.client.send(new GetClientCertificateCommand({ clientCertificateId: res.clientCertificateId }))), NOT_FOUND);
    assert.deepEqual(await sdkError(t.client.send(new DeleteClientCertificateCommand({ clientCertificateId: res.clientCertificateId }))), NOT_FOUND);
    assert.equal(await t.app.store.get('clientcertificate', 'us-east-1', res.clientCertificateId!), undefined, 'the key is gone too');
  });
});

describe('tags on client certificates', () => {
  it('agree between TagResource, UntagResource, GetTags and GetClientCertificate', async () => {
    const res = await generate({ tags: { a: '1' } });
    const resourceArn = `arn:aws:apigateway:us-east-1::/clientcertificates/${res.clientCertificateId}`;
    await t.client.send(new TagResourceCommand({ resourceArn, tags: { b: '2' } }));
    assert.deepEqual((await t.client.send(new GetTagsCommand({ resourceArn }))).tags, { a: '1', b: '2' });
    await t.client.send(new UntagResourceCommand({ resourceArn, tagKeys: ['a'] }));
    assert.deepEqual((await t.client.send(new GetClientCertificateCommand({ clientCertificateId: res.clientCertificateId }))).tags, {
      b: '2',
    });
    assert.ok(
      new X509Certificate(res.pemEncodedCertificate!).checkPrivateKey(createPrivateKey(await storedKey(res.clientCertificateId!))),
      'tagging keeps the key',
    );
    assert.deepEqual(await sdkError(t.client.send(new GetTagsCommand({ resourceArn: 'arn:aws:apigateway:us-east-1::/clientcertificates/nosuch' }))), NOT_FOUND);
  });
});
