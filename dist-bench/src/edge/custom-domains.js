import { isIP } from 'node:net';
import { NONE } from '../domain/base-path-mapping.js';
import { domainScope, Kind } from '../domain/kinds.js';
import { split } from './invoke-url.js';
import { serveInvoke } from './node-adapter.js';
export const TLS_SESSIONS = new WeakMap();
/** The truststore identity a handshake was verified against (URI and version). */
export const truststoreKey = (d) => {
    const m = d.mutualTlsAuthentication;
    return m?.truststoreUri ? `${m.truststoreUri}\u0000${m.truststoreVersion ?? ''}` : undefined;
};
/** Host header → lower-case name without port or trailing dot. */
export function hostname(host) {
    if (!host)
        return '';
    let h = host.toLowerCase();
    if (h.startsWith('['))
        return h; // IPv6 literal: never a domain name
    const colon = h.lastIndexOf(':');
    if (colon >= 0)
        h = h.slice(0, colon);
    return h.endsWith('.') ? h.slice(0, -1) : h;
}
/** Names that can never be a custom domain: none, IP literals, single labels such as `localhost`. */
export function isCandidate(name) {
    return name.includes('.') && !name.startsWith('[') && isIP(name) === 0;
}
const MAX_CACHED = 10_000;
export class CustomDomains {
    #store;
    /** DomainName resource name → its entry (or none), per config version. */
    #entries = new Map();
    /** Host name → the resource name that answers it (or none), per config version. */
    #hosts = new Map();
    constructor(store) {
        this.#store = store;
    }
    /** The domain that answers `name`: the exact one, else the closest enclosing wildcard one. */
    async lookup(name) {
        if (!isCandidate(name))
            return undefined;
        const version = await this.#store.configVersion();
        const known = this.#hosts.get(name);
        if (known && known.version === version)
            return known.name === undefined ? undefined : this.#entry(known.name, version);
        let found = await this.#entry(name, version);
        const labels = name.split('.');
        for (let i = 1; !found && i < labels.length - 1; i++)
            found = await this.#entry(`*.${labels.slice(i).join('.')}`, version);
        if (this.#hosts.size > MAX_CACHED)
            this.#hosts.clear();
        this.#hosts.set(name, { version, name: found?.name });
        return found;
    }
    async #entry(name, version) {
        const cached = this.#entries.get(name);
        if (cached && cached.version === version)
            return cached.entry;
        const row = await this.#store.findById(Kind.domainName, name);
        let entry;
        if (row) {
            const scope = domainScope(row.scope, name);
            const mappings = (await this.#store.all(Kind.basePathMapping, scope)).filter((r) => r.scope === scope).map((r) => r.body);
            mappings.sort((a, b) => (a.basePath === NONE ? 1 : 0) - (b.basePath === NONE ? 1 : 0) || b.basePath.length - a.basePath.length);
            entry = { name, region: row.scope, domain: row.body, mappings };
        }
        if (this.#entries.size > MAX_CACHED)
            this.#entries.clear();
        this.#entries.set(name, { version, entry });
        return entry;
    }
    /**
     * Where a request to a custom domain goes: a target for the pipeline (one without a stage when
     * nothing matches or the caller is refused: the pipeline answers 403 Forbidden), `'ping'`, or
     * undefined when the Host is no custom domain.
     */
    async route(req, rawPath) {
        const entry = await this.lookup(hostname(req.headers.host));
        if (!entry)
            return undefined;
        const facts = { domainName: entry.name, requestPath: rawPath };
        const refused = { apiId: '', stage: undefined, path: rawPath, basePath: '', domain: facts };
        if (entry.domain.mutualTlsAuthentication?.truststoreUri) {
            const cert = verifiedClientCert(req, entry);
            if (!cert)
                return refused;
            facts.clientCert = cert;
        }
        if (rawPath === '/ping' || rawPath === '/sping')
            return 'ping';
        const segments = rawPath.slice(1).split('/');
        for (const m of entry.mappings) {
            const prefix = m.basePath === NONE ? [] : m.basePath.split('/');
            if (!prefix.every((p, i) => i < segments.length && decode(segments[i]) === p))
                continue;
            facts.basePath = m.basePath;
            const rest = `/${segments.slice(prefix.length).join('/')}`;
            const base = prefix.length ? `/${segments.slice(0, prefix.length).join('/')}` : '';
            const target = m.stage ? { apiId: m.restApiId, stage: m.stage, path: rest, basePath: base } : split(m.restApiId, rest, base);
            target.domain = facts;
            return target;
        }
        return refused;
    }
    /**
     * Serves a request whose Host may be a custom domain: true when it was one (the request is then
     * answered, through `data` or as a health check), false when the caller should handle it.
     */
    async serve(req, res, rawPath, rawQuery, data) {
        const target = await this.route(req, rawPath);
        if (target === undefined)
            return false;
        if (target === 'ping') {
            res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': '7' });
            res.end('healthy');
            return true;
        }
        await serveInvoke(data, req, res, target, rawQuery);
        return true;
    }
}
function decode(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}
/** The caller's certificate, if this domain's own handshake verified it against its current truststore. */
function verifiedClientCert(req, entry) {
    const socket = req.socket;
    if (!socket.encrypted)
        return undefined;
    const session = TLS_SESSIONS.get(socket);
    if (!session || session.domainName !== entry.name || session.truststore !== truststoreKey(entry.domain))
        return undefined;
    if (!socket.authorized)
        return undefined;
    const x = socket.getPeerX509Certificate();
    return x ? clientCertFacts(x) : undefined;
}
/**
 * AWS's example shows validity dates in OpenSSL's form (`May 28 12:30:02 2019 GMT`, which Node's
 * validFrom/validTo share) and the serial number as colon-separated hex bytes (`a1:a1:…`). The DN
 * form is not recorded: the certificate's own attribute order, comma-separated, with RFC 2253
 * escapes.
 */
export function clientCertFacts(x) {
    let serial = x.serialNumber.toLowerCase();
    if (serial.length % 2)
        serial = `0${serial}`;
    return {
        clientCertPem: x.toString(),
        subjectDN: dn(x.subject),
        issuerDN: dn(x.issuer),
        serialNumber: serial.match(/../g).join(':'),
        validity: { notBefore: x.validFrom, notAfter: x.validTo },
    };
}
/** Node's form is one attribute a line, values already escaped as RFC 2253 asks (`\,`). */
function dn(nodeForm) {
    return nodeForm
        .split('\n')
        .filter((l) => l !== '')
        .join(',');
}
//# sourceMappingURL=custom-domains.js.map