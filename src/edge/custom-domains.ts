/**
 * Custom domain names on the wire: a request whose Host is a DomainName in the store goes through
 * that domain's base path mappings into the mapped API and stage, over HTTP and HTTPS alike.
 *
 * As AWS documents and users record it:
 * - the name is looked up exactly, then as a wildcard name (`*.example.com` answers `a.example.com`);
 *   a specific name wins over a wildcard one ("you can configure *.example.com and a.example.com to
 *   behave differently", DG how-to-custom-domains "Wildcard custom domain names"). The wildcard
 *   covers deeper names too ("all possible subdomains"): the closest enclosing wildcard wins;
 * - the mapping with the longest matching base path wins, `(none)` is the catch-all, and a mapping
 *   without a stage takes the stage from the first path segment after the base path
 *   (aws-behavior.md "Custom domains"; DG rest-api-mappings). Base paths match whole segments
 *   (`v1` does not take `/v1beta`); CreateBasePathMapping refuses `/` in a v1 base path, so
 *   multi-level base paths (ApiGatewayV2 API mappings) only reach this code if stored otherwise;
 * - no matching mapping, an unknown or undeployed stage → 403 {"message":"Forbidden"} ("comes from
 *   API Gateway when it has no place to point an event", Miserlou/Zappa#1248; the pipeline renders it);
 * - `/ping` and `/sping` at the root of a custom domain are API Gateway's own health checks
 *   (DG api-gateway-known-issues), answered `healthy` (apex/up#556 reports that body; the status and
 *   content type are not recorded: 200 text/plain here);
 * - a domain with mutualTlsAuthentication serves only callers whose certificate the handshake for
 *   that very domain verified against its truststore; anyone else gets 403 Forbidden (DG
 *   rest-api-mutual-tls: "If the certificate isn't trusted, is expired, ... denied with a 403";
 *   repost.aws/knowledge-center/api-gateway-mutual-tls-403-errors). Plain HTTP never qualifies.
 * - `$context.path` and the Lambda proxy event's `path` are the path the client sent, base path and
 *   all (LocalStack's AWS-checked rules in localstack/localstack#12296, and awslabs/aws-serverless-express#216,
 *   aws/serverless-java-container#34: "the base path was passed into API request path").
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import type { TLSSocket } from 'node:tls';
import type { X509Certificate } from 'node:crypto';
import { NONE, type BasePathMapping } from '../domain/base-path-mapping.js';
import type { DomainName } from '../domain/domain-name.js';
import { basePathMappings, domainNames } from '../store/collections/index.js';
import type { Store } from '../store/store.js';
import type { ClientCertFacts, CustomDomainFacts, InvokeTarget } from '../pipeline/invocation.js';
import type { DataPlane } from '../pipeline/pipeline.js';
import { split } from './invoke-url.js';
import { serveInvoke } from './node-adapter.js';

export interface DomainEntry {
  /** The DomainName resource's name (its id in the store). */
  name: string;
  region: string;
  domain: DomainName;
  /** Longest base path first, `(none)` last. */
  mappings: BasePathMapping[];
  /** The TLS layer's memo for this entry (tls-certificates.ts); entries live for one config version. */
  tls?: unknown;
}

/**
 * What the HTTPS listener records about each connection's handshake (tls-listener.ts): which
 * domain's context served it and which truststore verified the caller's certificate, so a request
 * can check that it was this domain, with its current truststore, that verified the caller.
 */
export interface TlsSession {
  domainName: string | undefined;
  truststore: string | undefined;
}
export const TLS_SESSIONS = new WeakMap<object, TlsSession>();

/** The truststore identity a handshake was verified against (URI and version). */
export const truststoreKey = (d: DomainName): string | undefined => {
  const m = d.mutualTlsAuthentication;
  return m?.truststoreUri ? `${m.truststoreUri}\u0000${m.truststoreVersion ?? ''}` : undefined;
};

/** Host header → lower-case name without port or trailing dot. */
export function hostname(host: string | undefined): string {
  if (!host) return '';
  let h = host.toLowerCase();
  if (h.startsWith('[')) return h; // IPv6 literal: never a domain name
  const colon = h.lastIndexOf(':');
  if (colon >= 0) h = h.slice(0, colon);
  return h.endsWith('.') ? h.slice(0, -1) : h;
}

/** Names that can never be a custom domain: none, IP literals, single labels such as `localhost`. */
export function isCandidate(name: string): boolean {
  return name.includes('.') && !name.startsWith('[') && isIP(name) === 0;
}

const MAX_CACHED = 10_000;

export class CustomDomains {
  readonly #store: Store;
  /** DomainName resource name → its entry (or none), per config version. */
  readonly #entries = new Map<string, { version: number; entry: DomainEntry | undefined }>();
  /** Host name → the resource name that answers it (or none), per config version. */
  readonly #hosts = new Map<string, { version: number; name: string | undefined }>();

  constructor(store: Store) {
    this.#store = store;
  }

  /** The store the domain names are read from (the HTTPS listener reads ACM's imported certificates there too). */
  get store(): Store {
    return this.#store;
  }

  /** The domain that answers `name`: the exact one, else the closest enclosing wildcard one. */
  async lookup(name: string): Promise<DomainEntry | undefined> {
    if (!isCandidate(name)) return undefined;
    const version = await this.#store.configVersion();
    const known = this.#hosts.get(name);
    if (known && known.version === version) return known.name === undefined ? undefined : this.#entry(known.name, version);
    let found = await this.#entry(name, version);
    const labels = name.split('.');
    for (let i = 1; !found && i < labels.length - 1; i++) found = await this.#entry(`*.${labels.slice(i).join('.')}`, version);
    if (this.#hosts.size > MAX_CACHED) this.#hosts.clear();
    this.#hosts.set(name, { version, name: found?.name });
    return found;
  }

  async #entry(name: string, version: number): Promise<DomainEntry | undefined> {
    const cached = this.#entries.get(name);
    if (cached && cached.version === version) return cached.entry;
    // The Host names the domain, not its region: found by name across regions.
    const row = await domainNames.findById(this.#store, name);
    let entry: DomainEntry | undefined;
    if (row) {
      const mappings = await basePathMappings.in(this.#store, row.scope, name).list();
      mappings.sort((a, b) => (a.basePath === NONE ? 1 : 0) - (b.basePath === NONE ? 1 : 0) || b.basePath.length - a.basePath.length);
      entry = { name, region: row.scope, domain: row.body, mappings };
    }
    if (this.#entries.size > MAX_CACHED) this.#entries.clear();
    this.#entries.set(name, { version, entry });
    return entry;
  }

  /**
   * Where a request to a custom domain goes: a target for the pipeline (one without a stage when
   * nothing matches or the caller is refused: the pipeline answers 403 Forbidden), `'ping'`, or
   * undefined when the Host is no custom domain.
   */
  async route(req: IncomingMessage, rawPath: string): Promise<InvokeTarget | 'ping' | undefined> {
    const entry = await this.lookup(hostname(req.headers.host));
    if (!entry) return undefined;
    const facts: CustomDomainFacts = { domainName: entry.name, requestPath: rawPath };
    const refused: InvokeTarget = { apiId: '', stage: undefined, path: rawPath, basePath: '', domain: facts };
    if (entry.domain.mutualTlsAuthentication?.truststoreUri) {
      const cert = verifiedClientCert(req, entry);
      if (!cert) return refused;
      facts.clientCert = cert;
    }
    if (rawPath === '/ping' || rawPath === '/sping') return 'ping';
    const segments = rawPath.slice(1).split('/');
    for (const m of entry.mappings) {
      const prefix = m.basePath === NONE ? [] : m.basePath.split('/');
      if (!prefix.every((p, i) => i < segments.length && decode(segments[i]) === p)) continue;
      facts.basePath = m.basePath;
      const rest = `/${segments.slice(prefix.length).join('/')}`;
      const base = prefix.length ? `/${segments.slice(0, prefix.length).join('/')}` : '';
      const target: InvokeTarget = m.stage ? { apiId: m.restApiId, stage: m.stage, path: rest, basePath: base } : split(m.restApiId, rest, base);
      target.domain = facts;
      return target;
    }
    return refused;
  }

  /**
   * Serves a request whose Host may be a custom domain: true when it was one (the request is then
   * answered, through `data` or as a health check), false when the caller should handle it.
   */
  async serve(req: IncomingMessage, res: ServerResponse, rawPath: string, rawQuery: string, data: DataPlane): Promise<boolean> {
    const target = await this.route(req, rawPath);
    if (target === undefined) return false;
    if (target === 'ping') {
      res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': '7' });
      res.end('healthy');
      return true;
    }
    await serveInvoke(data, req, res, target, rawQuery);
    return true;
  }
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The caller's certificate, if this domain's own handshake verified it against its current truststore. */
function verifiedClientCert(req: IncomingMessage, entry: DomainEntry): ClientCertFacts | undefined {
  const socket = req.socket as TLSSocket;
  if (!socket.encrypted) return undefined;
  const session = TLS_SESSIONS.get(socket);
  if (!session || session.domainName !== entry.name || session.truststore !== truststoreKey(entry.domain)) return undefined;
  if (!socket.authorized) return undefined;
  const x = socket.getPeerX509Certificate();
  return x ? clientCertFacts(x) : undefined;
}

/**
 * AWS's example shows validity dates in OpenSSL's form (`May 28 12:30:02 2019 GMT`, which Node's
 * validFrom/validTo share) and the serial number as colon-separated hex bytes (`a1:a1:…`). The DN
 * form is not recorded: the certificate's own attribute order, comma-separated, with RFC 2253
 * escapes.
 */
export function clientCertFacts(x: X509Certificate): ClientCertFacts {
  let serial = x.serialNumber.toLowerCase();
  if (serial.length % 2) serial = `0${serial}`;
  return {
    clientCertPem: x.toString(),
    subjectDN: dn(x.subject),
    issuerDN: dn(x.issuer),
    serialNumber: serial.match(/../g)!.join(':'),
    validity: { notBefore: x.validFrom, notAfter: x.validTo },
  };
}

/** Node's form is one attribute a line, values already escaped as RFC 2253 asks (`\,`). */
function dn(nodeForm: string): string {
  return nodeForm
    .split('\n')
    .filter((l) => l !== '')
    .join(',');
}
