/**
 * Which certificate, minimum TLS version and client-certificate policy a TLS handshake gets, by
 * the name the client asked for (SNI):
 * - a custom domain name serves, in this order, the PEM pair of its regionalCertificateArn (REGIONAL) or
 *   certificateArn (EDGE) — ACM holds those at AWS; here `--certificate ARN=cert.pem,key.pem`, else a certificate
 *   imported with ACM's ImportCertificate (src/services/acm/, the store's Kind.acmCertificate, re-read when the
 *   configuration version moves: a re-import is served from the next handshake) — or the certificate uploaded with CreateDomainName
 *   (certificateBody / certificatePrivateKey / certificateChain); with none of them, the default one
 *   (logged once);
 * - `securityPolicy` sets the minimum version: TLS_1_0 → TLS 1.0, TLS_1_2 and the TLS12/TLS13_1_2
 *   policies → TLS 1.2, the TLS 1.3-only policies → TLS 1.3
 *   (DG apigateway-custom-domain-tls-version). OpenSSL 3 refuses TLS 1.0/1.1 above security level 0,
 *   so a TLS_1_0 domain's context runs at `@SECLEVEL=0`, as AWS's TLS_1_0 policy keeps the old suites;
 * - mutualTlsAuthentication.truststoreUri: the context asks for a client certificate and verifies it
 *   against that truststore only (a local path, `file://` URL, or an `s3://` URI mapped with
 *   `--truststore`); a truststore that cannot be read verifies nobody (fail closed). The answer to an
 *   unverified caller is AWS's 403, given per request (custom-domains.ts), not a TLS alert;
 * - any other name (an IP address, `{api}.execute-api.*`, an unknown host) gets the default
 *   certificate: `--default-certificate`, or a self-signed one made at start.
 * Contexts are built once per domain and rebuilt only when what they are made of changes (the
 * certificate, the policy, the truststore URI or version), checked once per configuration version:
 * a new domain, an UpdateDomainName, a delete and re-create take effect on the next handshake.
 */
import { generateKeyPair as generateKeyPairCb, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer as createTlsServer, rootCertificates, type SecureContextOptions, type Server as TlsServer } from 'node:tls';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import forge from 'node-forge';
import { ConfigError } from '../config/options.js';
import { parseCertificateArn, type Certificate } from '../domain/certificate.js';
import type { DomainName } from '../domain/domain-name.js';
import { Kind } from '../domain/kinds.js';
import type { Logger } from '../shared/log.js';
import type { Store } from '../store/store.js';
import type { PemPair, TlsConfig } from '../config/tls.js';
import { hostname, truststoreKey, type CustomDomains, type DomainEntry } from './custom-domains.js';
import type { HttpClientOptions } from '../pipeline/integrations/http-client.js';
import { clientCertificates } from '../store/collections/index.js';

const generateKeyPair = promisify(generateKeyPairCb);

/**
 * What one handshake is served with: a TLS server that never listens — the listener hands it the
 * connection (tls-listener.ts) — holding the certificate, version bounds and client-certificate
 * policy; Node's own server path then verifies the caller (`socket.authorized`).
 */
export interface ServedContext {
  server: TlsServer;
  /** The custom domain this context belongs to; undefined for the default one. */
  domainName: string | undefined;
  /** The truststore (URI and version) that verifies callers; undefined without mutual TLS. */
  truststore: string | undefined;
}

/** A client has this long to finish its handshake. */
const HANDSHAKE_TIMEOUT_MS = 10_000;

function tlsServer(opts: SecureContextOptions, requestCert: boolean): TlsServer {
  // An unverified caller is answered 403 per request (custom-domains.ts), as AWS does, not refused
  // with a TLS alert.
  return createTlsServer({ ...opts, requestCert, rejectUnauthorized: false, handshakeTimeout: HANDSHAKE_TIMEOUT_MS });
}

/** Minimum protocol version of a securityPolicy (model enum SecurityPolicy). */
export function minTlsVersion(policy: string | undefined): 'TLSv1' | 'TLSv1.2' | 'TLSv1.3' {
  if (policy === 'TLS_1_0') return 'TLSv1';
  if (policy && /TLS13_1_3|TLS13_2025/.test(policy)) return 'TLSv1.3';
  return 'TLSv1.2';
}

function readPem(pair: PemPair, what: string): PemPair {
  try {
    return { cert: readFileSync(pair.cert, 'utf8'), key: readFileSync(pair.key, 'utf8') };
  } catch (e) {
    throw new ConfigError(`${what}: cannot read ${(e as { path?: string }).path ?? `${pair.cert}, ${pair.key}`}`);
  }
}

/**
 * A self-signed certificate for the names no custom domain answers (the key from node:crypto,
 * node-forge assembles and signs: Node has no X.509 builder). Valid for a year from start.
 */
export async function selfSignedServerCertificate(
  commonName = 'Tollgate',
  // LocalStack's names too: its host-style invoke URLs are {apiId}.execute-api.localhost.localstack.cloud (config/localstack.ts).
  altNames: string[] = ['localhost', '*.execute-api.localhost', 'localhost.localstack.cloud', '*.execute-api.localhost.localstack.cloud'],
  ips: string[] = ['127.0.0.1', '::1'],
): Promise<PemPair> {
  const { publicKey, privateKey } = await generateKeyPair('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey);
  const serial = randomBytes(16);
  serial[0] &= 0x7f;
  cert.serialNumber = serial.toString('hex');
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 365 * 86_400_000);
  const name = [
    { name: 'commonName', value: commonName },
    { name: 'organizationName', value: 'Tollgate default certificate' },
  ];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
    { name: 'extKeyUsage', serverAuth: true },
    { name: 'subjectAltName', altNames: [...altNames.map((value) => ({ type: 2, value })), ...ips.map((ip) => ({ type: 7, ip }))] },
  ]);
  cert.sign(forge.pki.privateKeyFromPem(privateKey), forge.md.sha256.create());
  return { cert: forge.pki.certificateToPem(cert), key: privateKey };
}

export class CertificateBook {
  readonly #domains: CustomDomains;
  readonly #log: Logger;
  readonly #arns: Map<string, PemPair>;
  /** Where ACM's imported certificates are (undefined: none are looked up). */
  readonly #store: Store | undefined;
  readonly #truststores: Record<string, string>;
  readonly #default: ServedContext;
  readonly #defaultPem: PemPair;
  /** Per custom domain: the context and what it was built from. */
  readonly #built = new Map<string, { key: string; served: Promise<ServedContext> }>();

  private constructor(
    domains: CustomDomains,
    log: Logger,
    arns: Map<string, PemPair>,
    truststores: Record<string, string>,
    defaultPem: PemPair,
    store: Store | undefined,
  ) {
    this.#domains = domains;
    this.#store = store;
    this.#log = log;
    this.#arns = arns;
    this.#truststores = truststores;
    this.#defaultPem = defaultPem;
    this.#default = { server: tlsServer({ ...defaultPem }, false), domainName: undefined, truststore: undefined };
  }

  /** Reads the configured PEM files (a missing one stops the start) and makes the default certificate. */
  static async create(tls: TlsConfig, domains: CustomDomains, log: Logger): Promise<CertificateBook> {
    const arns = new Map<string, PemPair>();
    for (const [arn, pair] of Object.entries(tls.certificates)) arns.set(arn, readPem(pair, `--certificate ${arn}`));
    const defaultPem = tls.defaultCertificate ? readPem(tls.defaultCertificate, '--default-certificate') : await selfSignedServerCertificate();
    return new CertificateBook(domains, log, arns, tls.truststores, defaultPem, domains.store);
  }

  /** The context for a handshake that asked for `servername` (undefined: no SNI). */
  async forServername(servername: string | undefined): Promise<ServedContext> {
    if (!servername) return this.#default;
    const entry = await this.#domains.lookup(hostname(servername));
    if (!entry) return this.#default;
    // Memoised on the entry, which lives for one configuration version.
    entry.tls ??= this.#forDomain(entry);
    return entry.tls as Promise<ServedContext>;
  }

  async #forDomain(entry: DomainEntry): Promise<ServedContext> {
    const d = entry.domain;
    const pem = await this.#pemFor(d);
    const minVersion = minTlsVersion(d.securityPolicy);
    const truststore = truststoreKey(d);
    const key = JSON.stringify([pem?.source, minVersion, truststore]);
    const known = this.#built.get(entry.name);
    if (known && known.key === key) return known.served;
    if (!pem)
      this.#log.warn(
        { domainName: entry.name, certificateArn: d.certificateArn, regionalCertificateArn: d.regionalCertificateArn },
        'custom domain has no certificate here (configure its ARN with --certificate): serving the default certificate',
      );
    const served = this.#build(entry.name, d, pem?.pair ?? this.#defaultPem, minVersion, truststore);
    this.#built.set(entry.name, { key, served });
    return served;
  }

  async #pemFor(d: DomainName): Promise<{ pair: PemPair; source: string } | undefined> {
    const regional = d.endpointConfiguration?.types?.includes('REGIONAL');
    for (const arn of regional ? [d.regionalCertificateArn, d.certificateArn] : [d.certificateArn, d.regionalCertificateArn]) {
      const pair = arn ? this.#arns.get(arn) : undefined;
      if (pair) return { pair, source: `arn ${arn}` };
      const imported = arn ? await this.#imported(arn) : undefined;
      if (imported) {
        const cert = imported.chain ? `${imported.certificate.trim()}\n${imported.chain}` : imported.certificate;
        // The source names the certificate itself, not its import time: two imports within one second (ImportedAt's
        // precision) must still tell the next handshake apart.
        return { pair: { cert, key: imported.privateKey }, source: `acm ${arn} ${cert}` };
      }
    }
    const u = d.uploadedCertificate;
    if (u)
      return {
        pair: { cert: u.chain ? `${u.body.trim()}\n${u.chain}` : u.body, key: u.privateKey },
        source: `upload ${u.body}${u.chain ?? ''}`,
      };
    return undefined;
  }

  /** An ACM certificate imported under `arn` (ImportCertificate), in the ARN's region. */
  async #imported(arn: string): Promise<Certificate | undefined> {
    const parsed = parseCertificateArn(arn);
    return parsed && this.#store ? this.#store.get<Certificate>(Kind.acmCertificate, parsed.region, parsed.id) : undefined;
  }

  async #build(name: string, d: DomainName, pem: PemPair, minVersion: string, truststore: string | undefined): Promise<ServedContext> {
    const opts: SecureContextOptions = { cert: pem.cert, key: pem.key, minVersion: minVersion as SecureContextOptions['minVersion'] };
    if (minVersion === 'TLSv1') opts.ciphers = 'DEFAULT@SECLEVEL=0';
    if (truststore) {
      // An empty list, not an absent one: without `ca` OpenSSL would trust Node's public roots.
      opts.ca = [];
      const uri = d.mutualTlsAuthentication!.truststoreUri!;
      const path = this.#truststorePath(uri);
      if (!path)
        this.#log.error({ domainName: name, truststoreUri: uri }, 'truststore URI not mapped to a file (--truststore s3://…=FILE): no caller is admitted');
      else {
        try {
          opts.ca = await readFile(path, 'utf8');
        } catch (e) {
          this.#log.error({ domainName: name, truststoreUri: uri, path, err: e }, 'truststore cannot be read: no caller is admitted');
        }
      }
    }
    const requestCert = truststore !== undefined;
    try {
      return { server: tlsServer(opts, requestCert), domainName: name, truststore };
    } catch (e) {
      this.#log.error({ domainName: name, err: e }, 'custom domain certificate unusable: serving the default certificate');
      const fallback: SecureContextOptions = { ...opts, cert: this.#defaultPem.cert, key: this.#defaultPem.key };
      try {
        return { server: tlsServer(fallback, requestCert), domainName: name, truststore };
      } catch {
        // The truststore itself is what fails: nobody can be verified.
        return { server: tlsServer({ ...fallback, ca: [] }, requestCert), domainName: name, truststore };
      }
    }
  }

  #truststorePath(uri: string): string | undefined {
    if (uri.startsWith('s3://')) return this.#truststores[uri];
    if (uri.startsWith('file://')) return fileURLToPath(uri);
    return uri;
  }
}

/**
 * The backend side (integrations/http-client.ts): the stage's client certificate, read from the
 * store (the generated PEM and its private key, client-certificates.ts `privateKeyPem`), and the
 * CA bundle backends may chain to besides Node's root store.
 */
export function backendTlsOptions(tls: TlsConfig, store: Store): HttpClientOptions {
  let ca: string[] | undefined;
  if (tls.backendCa) {
    let bundle: string;
    try {
      bundle = readFileSync(tls.backendCa, 'utf8');
    } catch {
      throw new ConfigError(`--backend-ca: cannot read ${tls.backendCa}`);
    }
    ca = [...rootCertificates, bundle];
  }
  return {
    ca,
    async clientCertificate(region, id) {
      const c = await clientCertificates.in(store, region).get(id);
      return c ? { cert: c.pemEncodedCertificate, key: c.privateKeyPem } : undefined;
    },
  };
}
