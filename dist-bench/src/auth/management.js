import { isLoopback } from '../shared/loopback.js';
import { ServiceError } from '../protocol/errors.js';
import { signedRequestOf, verifySigV4 } from './sigv4.js';
export { isLoopback };
/** The address the management API listens on: its own listener's, else the main one's. */
export const managementHost = (config) => config.adminPort !== undefined ? (config.adminHost ?? '127.0.0.1') : config.host;
/** Refuses a management API reachable from other machines that anyone could call. */
export function assertManagementSafe(config, fail) {
    const host = managementHost(config);
    if (!isLoopback(host) && config.credentials.size === 0) {
        throw fail(`the management API would listen on ${host}, which is not a loopback address, without credentials: ` +
            'anyone who can reach it could reconfigure the gateway. Configure --credentials FILE or ' +
            'TOLLGATE_ACCESS_KEY_ID / TOLLGATE_SECRET_ACCESS_KEY (requests are then SigV4-verified), ' +
            `or listen on 127.0.0.1${config.adminPort !== undefined ? ' (--admin-host)' : ' (--host), or move management to its own loopback listener (--admin-port)'}`);
    }
}
/**
 * The scope of a SigV4-signed request, from `Authorization: … Credential=AKID/20240101/eu-west-1/lambda/aws4_request`
 * or a presigned URL's `X-Amz-Credential`; undefined when the request is not signed that way.
 */
export function credentialScope(req) {
    const auth = req.headers.authorization;
    const m = auth && /Credential=[^/,\s]+\/\d{8}\/([a-z0-9-]+)\/([^/,\s]+)\/aws4_request/.exec(auth);
    if (m)
        return { region: m[1], service: m[2] };
    const q = req.url && /[?&]X-Amz-Credential=[^&]*?%2F\d{8}%2F([a-z0-9-]+)%2F([^&%]*)/i.exec(req.url);
    return q ? { region: q[1], service: q[2] } : undefined;
}
export class ManagementAuth {
    credentials;
    now;
    constructor(credentials, now = Date.now) {
        this.credentials = credentials;
        this.now = now;
    }
    /**
     * Throws the ServiceError AWS would answer, or returns the verified access key id. `service` is the
     * signing name of the service that takes the request: a scope naming another fails.
     */
    verify(req, body, service) {
        const r = verifySigV4(signedRequestOf(req.method ?? 'GET', req.url ?? '/', req.rawHeaders, body), {
            service,
            lookup: (id) => this.credentials.get(id),
            now: this.now(),
        });
        if (r.ok)
            return r.accessKeyId;
        switch (r.kind) {
            case 'missing':
                throw new ServiceError('MissingAuthenticationTokenException', r.message);
            case 'incomplete':
                throw new ServiceError('IncompleteSignatureException', r.message);
            case 'unknown-key':
                throw new ServiceError('UnrecognizedClientException', r.message);
            default:
                throw new ServiceError('InvalidSignatureException', r.message);
        }
    }
}
//# sourceMappingURL=management.js.map