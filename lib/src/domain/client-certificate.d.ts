/** A client certificate (the gateway's certificate toward HTTP backends). */
import type { Tags } from './tags.js';
export interface ClientCertificate {
    clientCertificateId: string;
    description?: string;
    pemEncodedCertificate: string;
    createdDate: number;
    expirationDate: number;
    tags: Tags;
    /** PKCS#8 PEM of the certificate's key. Never returned: views drop it, and the shape has no such member. */
    privateKeyPem: string;
}
