import type { Handlers } from './context.js';
import type { ClientCertificate } from '../../domain/client-certificate.js';
import { clientCertificateNotFound } from './collections.js';
export { type ClientCertificate, clientCertificateNotFound };
export declare const VALIDITY_DAYS = 365;
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
export declare function generateSelfSignedClientCertificate(commonName: string, now?: number): Promise<GeneratedCertificate>;
export declare const clientCertificateHandlers: Handlers;
