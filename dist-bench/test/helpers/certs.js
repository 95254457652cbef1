/**
 * Certificates for TLS tests, made on the spot: a CA, and server or client certificates it signs
 * (or that sign themselves). Keys come from node:crypto; node-forge builds and signs the X.509.
 */
import { generateKeyPair as generateKeyPairCb, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import forge from 'node-forge';
const generateKeyPair = promisify(generateKeyPairCb);
async function make(commonName, issuer, o) {
    const { publicKey, privateKey } = await generateKeyPair('rsa', {
        modulusLength: 2048,
        publicKeyEncoding: { type: 'spki', format: 'pem' },
        privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    });
    const c = forge.pki.createCertificate();
    c.publicKey = forge.pki.publicKeyFromPem(publicKey);
    const serial = randomBytes(9);
    serial[0] = (serial[0] & 0x7f) | 0x10;
    c.serialNumber = serial.toString('hex');
    const notAfter = Date.now() + (o.notAfterDays ?? 30) * 86_400_000;
    c.validity.notBefore = new Date(Math.min(Date.now() - 3_600_000, notAfter - 86_400_000));
    c.validity.notAfter = new Date(notAfter);
    const subject = [
        { shortName: 'C', value: 'US' },
        { shortName: 'O', value: o.organization ?? 'Tollgate Tests' },
        { shortName: 'CN', value: commonName },
    ];
    c.setSubject(subject);
    c.setIssuer(issuer ? forge.pki.certificateFromPem(issuer.cert).subject.attributes : subject);
    const ext = [{ name: 'basicConstraints', cA: !!o.ca, critical: true }];
    if (o.ca)
        ext.push({ name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true });
    else {
        ext.push({ name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true });
        ext.push({ name: 'extKeyUsage', serverAuth: !o.client, clientAuth: !!o.client });
        if (!o.client)
            ext.push({
                name: 'subjectAltName',
                altNames: [...[commonName, ...(o.dns ?? [])].map((value) => ({ type: 2, value })), ...(o.ips ?? []).map((ip) => ({ type: 7, ip }))],
            });
    }
    ext.push({ name: 'subjectKeyIdentifier' });
    c.setExtensions(ext);
    c.sign(forge.pki.privateKeyFromPem(issuer ? issuer.key : privateKey), forge.md.sha256.create());
    return { cert: forge.pki.certificateToPem(c), key: privateKey, serial: c.serialNumber };
}
export async function makeCa(name) {
    return { ...(await make(name, undefined, { ca: true })), name };
}
/** A server (default) or client certificate, signed by `issuer` or by itself. */
export function issue(commonName, issuer, o = {}) {
    return make(commonName, issuer, o);
}
//# sourceMappingURL=certs.js.map