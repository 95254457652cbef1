/**
 * ClientCertificate: Generate, Get, GetClientCertificates, Update (`/description` replace only,
 * aws-behavior.md PATCH), Delete. Generate makes a real self-signed X.509 certificate (RSA 2048,
 * SHA-256, extended key usage clientAuth, valid 365 days) whose private key stays in the stored
 * entity (`privateKeyPem`), which no view returns: the gateway presents it to backends that ask for
 * a client certificate. createdDate and expirationDate are the certificate's notBefore and notAfter.
 */
import { generateKeyPair as generateKeyPairCb, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import forge from 'node-forge';
import { pageOf } from './paging.js';
import { applyPatch, type PatchTable } from './patch.js';
import type { ClientCertificate as ClientCertificateView } from './generated/types.js';
import { shortId } from '../../shared/ids.js';
import type { Handlers } from './context.js';
import { checkTags, createTags } from './tags.js';
import type { ClientCertificate } from '../../domain/client-certificate.js';
import { clientCertificates } from './collections.js';

export const VALIDITY_DAYS = 365;
const generateKeyPair = promisify(generateKeyPairCb);

function strip(c: ClientCertificate): ClientCertificateView {
  const { privateKeyPem: _key, ...rest } = c;
  return rest;
}
/** Get and Update always carry `tags`; Generate and list items only when there are some (tags.ts). */
const getView = (c: ClientCertificate): ClientCertificateView => strip(c);
const createView = (c: ClientCertificate): ClientCertificateView => ({ ...strip(c), tags: createTags(c.tags) });

export interface GeneratedCertificate {
  pemEncodedCertificate: string;
  privateKeyPem: string;
  notBefore: number;
  notAfter: number;
}

/**
 * A self-signed client certificate. The key pair comes from node:crypto (native, off the event
 * loop); node-forge only assembles and signs the certificate, as Node has no X.509 builder.
 * The subject is not recorded from AWS; it names the issuer and the certificate's id.
 */
export async function generateSelfSignedClientCertificate(commonName: string, now = Date.now()): Promise<GeneratedCertificate> {
  const { publicKey, privateKey } = await generateKeyPair('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const notBefore = Math.floor(now / 1000);
  const notAfter = notBefore + VALIDITY_DAYS * 86400;
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey);
  // A positive 16-byte serial (the high bit cleared keeps the DER integer positive).
  const serial = randomBytes(16);
  serial[0] &= 0x7f;
  cert.serialNumber = serial.toString('hex');
  cert.validity.notBefore = new Date(notBefore * 1000);
  cert.validity.notAfter = new Date(notAfter * 1000);
  const name = [
    { name: 'commonName', value: commonName },
    { name: 'organizationName', value: 'Tollgate API Gateway' },
  ];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', clientAuth: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(forge.pki.privateKeyFromPem(privateKey), forge.md.sha256.create());
  return { pemEncodedCertificate: forge.pki.certificateToPem(cert), privateKeyPem: privateKey, notBefore, notAfter };
}

const CLIENT_CERTIFICATE_PATCH: PatchTable<ClientCertificate> = {
  rules: [
    {
      path: '/description',
      ops: ['replace'],
      apply: (c, op) => {
        if (op.value) c.description = op.value;
        else delete c.description;
      },
    },
  ],
};

export const clientCertificateHandlers: Handlers = {
  async GenerateClientCertificate(input, ctx) {
    const tags = input.tags ?? {};
    checkTags(tags);
    // Key generation and signing happen before the transaction (no real work inside it). The id is
    // chosen first so the certificate's subject can name it; in the unlikely clash with a taken id
    // the transaction picks a fresh one and the subject keeps the first.
    let id = shortId();
    const generated = await generateSelfSignedClientCertificate(`ApiGateway-${id}`);
    const cert = await ctx.store.write(async (tx) => {
      const certs = clientCertificates.in(tx, ctx.region);
      if (await clientCertificates.findById(tx, id)) id = await certs.newId();
      const c: ClientCertificate = {
        clientCertificateId: id,
        description: input.description,
        pemEncodedCertificate: generated.pemEncodedCertificate,
        createdDate: generated.notBefore,
        expirationDate: generated.notAfter,
        tags,
        privateKeyPem: generated.privateKeyPem,
      };
      await certs.insert(id, c);
      return c;
    });
    return createView(cert);
  },

  async GetClientCertificate(input, ctx) {
    return getView(await clientCertificates.in(ctx.store, ctx.region).getOrThrow(input.clientCertificateId));
  },

  async GetClientCertificates(input, ctx) {
    return pageOf<ClientCertificate, ClientCertificateView>(clientCertificates.in(ctx.store, ctx.region), input, { map: createView });
  },

  async UpdateClientCertificate(input, ctx) {
    const cert = await ctx.store.write(async (tx) => {
      const certs = clientCertificates.in(tx, ctx.region);
      const next = applyPatch(await certs.getOrThrow(input.clientCertificateId), input.patchOperations, CLIENT_CERTIFICATE_PATCH);
      await certs.update(next.clientCertificateId, next);
      return next;
    });
    return getView(cert);
  },

  async DeleteClientCertificate(input, ctx) {
    await ctx.store.write(async (tx) => {
      const certs = clientCertificates.in(tx, ctx.region);
      await certs.getOrThrow(input.clientCertificateId);
      await certs.remove(input.clientCertificateId);
    });
  },
};
