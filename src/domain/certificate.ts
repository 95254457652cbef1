/**
 * An ACM certificate (https://docs.aws.amazon.com/acm/latest/APIReference/API_CertificateDetail.html): one imported
 * with ImportCertificate (stored, Kind.acmCertificate, in its region under the ARN's id) or configured with
 * `--certificate ARN=cert.pem,key.pem` (read-only). What ACM reports of it is read from the X.509 certificate itself
 * (node:crypto X509Certificate); the HTTPS listener serves its PEM pair to the domain names that name its ARN.
 */
import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';

/** What the store keeps of an imported certificate. */
export interface Certificate {
  certificateArn: string;
  /** PEM, as imported. */
  certificate: string;
  privateKey: string;
  chain?: string;
  /** Epoch seconds of the (last) import. */
  importedAt: number;
  tags: { Key: string; Value?: string }[];
}

/** `arn:aws:acm:{region}:{account}:certificate/{id}`: ACM's form (API_DescribeCertificate.html, CertificateArn). */
export const certificateArn = (region: string, accountId: string, id: string): string => `arn:aws:acm:${region}:${accountId}:certificate/${id}`;

/** The region and id of an ACM certificate ARN; undefined for any other string. */
export function parseCertificateArn(arn: string): { region: string; accountId: string; id: string } | undefined {
  const m = /^arn:[\w-]+:acm:([\w-]*):(\d+):certificate\/([\w-]+)$/.exec(arn);
  return m ? { region: m[1], accountId: m[2], id: m[3] } : undefined;
}

/** What DescribeCertificate reports that the X.509 certificate itself says. */
export interface CertificateFacts {
  domainName: string;
  subjectAlternativeNames: string[];
  subject: string;
  issuer: string;
  /** Colon-separated lowercase hex bytes, as ACM prints it (`07:ca:5e:…`). */
  serial: string;
  keyAlgorithm: string | undefined;
  notBefore: Date;
  notAfter: Date;
}

/** `CN=a\nO=b` (node's form) → the value of `field`. */
const field = (dn: string, name: string): string | undefined =>
  dn
    .split('\n')
    .find((l) => l.startsWith(`${name}=`))
    ?.slice(name.length + 1);

/**
 * ACM's KeyAlgorithm names (RSA_2048, EC_prime256v1, …: the SDK's KeyAlgorithm enum); undefined for a key ACM does not
 * take (ACM user guide, import-certificate-prerequisites: RSA 1024–4096, ECDSA P-256/384/521).
 */
export function keyAlgorithm(key: KeyObject): string | undefined {
  const d = key.asymmetricKeyDetails;
  if (key.asymmetricKeyType === 'rsa' && [1024, 2048, 3072, 4096].includes(d?.modulusLength ?? 0)) return `RSA_${d!.modulusLength}`;
  if (key.asymmetricKeyType === 'ec' && d?.namedCurve && ['prime256v1', 'secp384r1', 'secp521r1'].includes(d.namedCurve)) return `EC_${d.namedCurve}`;
  return undefined;
}

export function certificateFacts(x: X509Certificate): CertificateFacts {
  const sans = (x.subjectAltName ?? '')
    .split(', ')
    .filter((s) => s.startsWith('DNS:'))
    .map((s) => s.slice(4));
  const cn = field(x.subject, 'CN');
  const domainName = cn ?? sans[0] ?? '';
  return {
    domainName,
    // ACM lists the domain name first among the alternative names (a certificate without the extension: its CN alone).
    subjectAlternativeNames: sans.length ? [...new Set([domainName, ...sans])].filter(Boolean) : [domainName],
    subject: x.subject.split('\n').join(','),
    // The issuing authority's organization ("Amazon" for ACM's own), else its common name.
    issuer: field(x.issuer, 'O') ?? field(x.issuer, 'CN') ?? x.issuer.split('\n').join(','),
    serial: (x.serialNumber.length % 2 ? `0${x.serialNumber}` : x.serialNumber).toLowerCase().replace(/(..)(?!$)/g, '$1:'),
    keyAlgorithm: keyAlgorithm(x.publicKey),
    notBefore: new Date(x.validFrom),
    notAfter: new Date(x.validTo),
  };
}

/** ISSUED while in its validity period, EXPIRED after (ACM's CertificateStatus; an imported one is never renewed). */
export const certificateStatus = (facts: Pick<CertificateFacts, 'notAfter'>, now = Date.now()): 'ISSUED' | 'EXPIRED' =>
  facts.notAfter.getTime() < now ? 'EXPIRED' : 'ISSUED';

/** Why a PEM set cannot be imported: the problem ACM's ImportCertificate reports (see services/acm/certificates.ts). */
export type ImportProblem = 'certificate' | 'privateKey' | 'chain' | 'mismatch' | 'expired' | 'notYetValid' | 'keyAlgorithm';

/** The certificate parsed and checked against its key and chain; a problem, or the parsed certificate. */
export function checkImport(cert: string, key: string, chain: string | undefined, now = Date.now()): { problem: ImportProblem } | { x509: X509Certificate } {
  let x509: X509Certificate;
  let privateKey: KeyObject;
  try {
    if (!cert.includes('-----BEGIN CERTIFICATE-----')) throw new Error('not PEM');
    x509 = new X509Certificate(cert);
  } catch {
    return { problem: 'certificate' };
  }
  try {
    if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(key)) throw new Error('not PEM');
    privateKey = createPrivateKey(key);
  } catch {
    return { problem: 'privateKey' };
  }
  if (chain !== undefined) {
    const blocks = chain.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
    try {
      if (!blocks.length) throw new Error('no certificate');
      for (const b of blocks) new X509Certificate(b);
    } catch {
      return { problem: 'chain' };
    }
  }
  if (!x509.checkPrivateKey(privateKey)) return { problem: 'mismatch' };
  if (!keyAlgorithm(x509.publicKey)) return { problem: 'keyAlgorithm' };
  if (new Date(x509.validTo).getTime() < now) return { problem: 'expired' };
  if (new Date(x509.validFrom).getTime() > now) return { problem: 'notYetValid' };
  return { x509 };
}
