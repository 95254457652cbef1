import { type Server as TlsServer } from 'node:tls';
import type { Logger } from '../shared/log.js';
import type { Store } from '../store/store.js';
import type { PemPair, TlsConfig } from '../config/tls.js';
import { type CustomDomains } from './custom-domains.js';
import type { HttpClientOptions } from '../pipeline/integrations/http-client.js';
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
/** Minimum protocol version of a securityPolicy (model enum SecurityPolicy). */
export declare function minTlsVersion(policy: string | undefined): 'TLSv1' | 'TLSv1.2' | 'TLSv1.3';
/**
 * A self-signed certificate for the names no custom domain answers (the key from node:crypto,
 * node-forge assembles and signs: Node has no X.509 builder). Valid for a year from start.
 */
export declare function selfSignedServerCertificate(commonName?: string, altNames?: string[], ips?: string[]): Promise<PemPair>;
export declare class CertificateBook {
    #private;
    private constructor();
    /** Reads the configured PEM files (a missing one stops the start) and makes the default certificate. */
    static create(tls: TlsConfig, domains: CustomDomains, log: Logger): Promise<CertificateBook>;
    /** The context for a handshake that asked for `servername` (undefined: no SNI). */
    forServername(servername: string | undefined): Promise<ServedContext>;
}
/**
 * The backend side (integrations/http-client.ts): the stage's client certificate, read from the
 * store (the generated PEM and its private key, client-certificates.ts `privateKeyPem`), and the
 * CA bundle backends may chain to besides Node's root store.
 */
export declare function backendTlsOptions(tls: TlsConfig, store: Store): HttpClientOptions;
