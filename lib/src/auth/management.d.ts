/**
 * Who may use the management API. Every management request is SigV4-verified — for the service that
 * takes it (its signing name: `apigateway`, `lambda`, src/edge/management-server.ts), any region (the
 * scope's region chooses the resources) — against the configured
 * credentials (src/config/credentials.ts) — required whenever the management API listens on an address
 * other than loopback (Tollgate refuses to start otherwise), and on loopback whenever credentials are
 * configured. On loopback without credentials, unsigned local use keeps working.
 *
 * AWS's answers (texts and sources in src/auth/sigv4.ts), all 403:
 *   MissingAuthenticationTokenException "Missing Authentication Token" (nothing signed),
 *   IncompleteSignatureException (an Authorization header that is not SigV4),
 *   UnrecognizedClientException "The security token included in the request is invalid." (unknown key),
 *   InvalidSignatureException "The request signature we calculated does not match the signature you
 *   provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for
 *   details." (the apigateway control plane sends the sentence alone: RhinoSecurityLabs/IPRotate_Burp_Extension#47),
 *   InvalidSignatureException "Signature expired: … (… - 5 min.)" / "Signature not yet current: …", and
 *   InvalidSignatureException for a scope naming another service.
 * Statuses: 403 as execute-api answers them (aws-amplify/amplify-flutter#1539 shows a 403
 * IncompleteSignatureException); the control plane's own statuses are not recorded.
 */
import type { IncomingMessage } from 'node:http';
import { isLoopback } from '../shared/loopback.js';
import type { Config } from '../config/options.js';
import type { CredentialStore } from '../config/credentials.js';
export { isLoopback };
/** The address the management API listens on: its own listener's, else the main one's. */
export declare const managementHost: (config: Pick<Config, "host" | "adminHost" | "adminPort">) => string;
/** Refuses a management API reachable from other machines that anyone could call. */
export declare function assertManagementSafe(config: Pick<Config, 'host' | 'adminHost' | 'adminPort' | 'credentials'>, fail: (m: string) => Error): void;
/** A SigV4 credential scope's region and service, as the request names them (not verified yet). */
export interface CredentialScope {
    region: string;
    service: string;
}
/**
 * The scope of a SigV4-signed request, from `Authorization: … Credential=AKID/20240101/eu-west-1/lambda/aws4_request`
 * or a presigned URL's `X-Amz-Credential`; undefined when the request is not signed that way.
 */
export declare function credentialScope(req: IncomingMessage): CredentialScope | undefined;
export declare class ManagementAuth {
    private readonly credentials;
    private readonly now;
    constructor(credentials: CredentialStore, now?: () => number);
    /**
     * Throws the ServiceError AWS would answer, or returns the verified access key id. `service` is the
     * signing name of the service that takes the request: a scope naming another fails.
     */
    verify(req: IncomingMessage, body: Buffer, service: string): string;
}
