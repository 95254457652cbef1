/**
 * The TLS part of the configuration (config.ts keeps one line for each hook into it): the HTTPS
 * listener, the PEM pairs that stand in for ACM certificate ARNs, the default certificate, the
 * local files that stand in for mutual-TLS truststores on S3, and the CA bundle backends are
 * verified against. Files are named here and read when the server starts (src/edge/tls-certificates.ts).
 */
import { resolve } from 'node:path';
import { ConfigError } from './errors.js';
export const TLS_OPTIONS = {
    'tls-port': { type: 'string' },
    certificate: { type: 'string', multiple: true },
    'default-certificate': { type: 'string' },
    truststore: { type: 'string', multiple: true },
    'backend-ca': { type: 'string' },
};
export const TLS_USAGE = `  --tls-port N|auto    HTTPS listener (default 4443; 0 = off; auto = any free port;
                       off by default when --port is 0)             TOLLGATE_TLS_PORT
  --certificate ARN=CERT.pem,KEY.pem  PEM pair for a certificate ARN (repeatable)
                                                                     TOLLGATE_CERTIFICATES (';'-separated)
  --default-certificate CERT.pem,KEY.pem  for unknown names (default: self-signed) TOLLGATE_DEFAULT_CERTIFICATE
  --truststore s3://BUCKET/KEY=FILE  local file for a truststore URI (repeatable) TOLLGATE_TRUSTSTORES (';'-separated)
  --backend-ca FILE    extra CA bundle for backends' certificates   TOLLGATE_BACKEND_CA
`;
export const DEFAULT_TLS_PORT = 4443;
function entries(flags, env) {
    if (flags?.length)
        return flags;
    return env
        ? env
            .split(';')
            .map((e) => e.trim())
            .filter((e) => e !== '')
        : [];
}
function pemPair(v, flag) {
    const comma = v.indexOf(',');
    if (comma <= 0 || comma === v.length - 1)
        throw new ConfigError(`${flag} takes CERT.pem,KEY.pem, got '${v}'`);
    return { cert: resolve(v.slice(0, comma).trim()), key: resolve(v.slice(comma + 1).trim()) };
}
/**
 * `--tls-port`: a port, `auto` (any free port) or `0`/`off` (no listener). Unset, it is 4443 — except
 * when the main listener takes any free port (`--port 0`: tests, embedded servers, several instances
 * on one machine), where a fixed second port would clash, so HTTPS stays off unless asked for. An
 * unset port that is already taken (a second instance on the machine) leaves HTTPS off with a warning.
 */
function tlsPort(v, mainPort) {
    if (v === undefined || v === '')
        return mainPort === 0 ? undefined : DEFAULT_TLS_PORT;
    if (v === 'auto')
        return 0;
    if (v === 'off')
        return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > 65535)
        throw new ConfigError(`--tls-port must be a port number, 'auto' or 'off', got '${v}'`);
    return n === 0 ? undefined : n;
}
export function loadTlsConfig(values, env, mainPort) {
    const certificates = {};
    for (const entry of entries(values.certificate, env.TOLLGATE_CERTIFICATES)) {
        const eq = entry.indexOf('=');
        if (eq <= 0)
            throw new ConfigError(`--certificate takes ARN=CERT.pem,KEY.pem, got '${entry}'`);
        certificates[entry.slice(0, eq).trim()] = pemPair(entry.slice(eq + 1), '--certificate');
    }
    const truststores = {};
    for (const entry of entries(values.truststore, env.TOLLGATE_TRUSTSTORES)) {
        // The last '=' splits: S3 keys often hold '=' (`year=2024/`), local paths rarely do.
        const eq = entry.lastIndexOf('=');
        if (eq <= 0 || eq === entry.length - 1 || !entry.startsWith('s3://'))
            throw new ConfigError(`--truststore takes s3://BUCKET/KEY=FILE, got '${entry}'`);
        truststores[entry.slice(0, eq).trim()] = resolve(entry.slice(eq + 1).trim());
    }
    const def = values['default-certificate'] ?? env.TOLLGATE_DEFAULT_CERTIFICATE;
    const ca = values['backend-ca'] ?? env.TOLLGATE_BACKEND_CA;
    const asked = values['tls-port'] ?? env.TOLLGATE_TLS_PORT;
    return {
        port: tlsPort(asked, mainPort),
        portIsDefault: asked === undefined || asked === '',
        certificates,
        defaultCertificate: def ? pemPair(def, '--default-certificate') : undefined,
        truststores,
        backendCa: ca ? resolve(ca) : undefined,
    };
}
