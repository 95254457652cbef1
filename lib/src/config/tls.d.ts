export interface PemPair {
    cert: string;
    key: string;
}
export interface TlsConfig {
    /** HTTPS listener port (`0` = any free port); undefined = no HTTPS listener. */
    port: number | undefined;
    /** The port is the default one, not asked for: if it is taken, HTTPS stays off (logged) instead of stopping the start. */
    portIsDefault: boolean;
    /** certificateArn / regionalCertificateArn → local PEM files. */
    certificates: Record<string, PemPair>;
    /** The certificate for names that are no custom domain; undefined = self-signed, made at start. */
    defaultCertificate: PemPair | undefined;
    /** `s3://bucket/key` truststore URIs → local PEM bundles. */
    truststores: Record<string, string>;
    /** Extra CA certificates (PEM) that backends' certificates may chain to, besides Node's roots. */
    backendCa: string | undefined;
}
export declare const TLS_OPTIONS: {
    readonly 'tls-port': {
        readonly type: "string";
    };
    readonly certificate: {
        readonly type: "string";
        readonly multiple: true;
    };
    readonly 'default-certificate': {
        readonly type: "string";
    };
    readonly truststore: {
        readonly type: "string";
        readonly multiple: true;
    };
    readonly 'backend-ca': {
        readonly type: "string";
    };
};
export declare const TLS_USAGE = "  --tls-port N|auto    HTTPS listener (default 4443; 0 = off; auto = any free port;\n                       off by default when --port is 0)             TOLLGATE_TLS_PORT\n  --certificate ARN=CERT.pem,KEY.pem  PEM pair for a certificate ARN (repeatable)\n                                                                     TOLLGATE_CERTIFICATES (';'-separated)\n  --default-certificate CERT.pem,KEY.pem  for unknown names (default: self-signed) TOLLGATE_DEFAULT_CERTIFICATE\n  --truststore s3://BUCKET/KEY=FILE  local file for a truststore URI (repeatable) TOLLGATE_TRUSTSTORES (';'-separated)\n  --backend-ca FILE    extra CA bundle for backends' certificates   TOLLGATE_BACKEND_CA\n";
export declare const DEFAULT_TLS_PORT = 4443;
interface TlsValues {
    'tls-port'?: string;
    certificate?: string[];
    'default-certificate'?: string;
    truststore?: string[];
    'backend-ca'?: string;
}
export declare function loadTlsConfig(values: TlsValues, env: NodeJS.ProcessEnv, mainPort: number): TlsConfig;
export {};
