/**
 * SigV4 for AWS service integrations (sigv4.ts: the SDK's algorithm, synchronous, the signing key kept),
 * with the signing name and region of the endpoint.
 *
 * The keys (README "AWS service integrations"):
 *   - TOLLGATE_AWS_ACCESS_KEY_ID / TOLLGATE_AWS_SECRET_ACCESS_KEY [/ TOLLGATE_AWS_SESSION_TOKEN] when set,
 *     for every call;
 *   - else, to a configured endpoint (an emulator): AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY
 *     [/ AWS_SESSION_TOKEN] from the environment, else `test` / `test` (the keys LocalStack and moto
 *     document), so emulators that check a signature's shape, or its value against known keys, accept it;
 *   - else, to AWS itself: the SDK's standard credential chain (@aws-sdk/credential-provider-node:
 *     environment, shared files, SSO, web identity, ECS/EC2 roles), cached by it until expiry.
 * These are the base keys. A call made as the integration's `credentials` role, or as the caller, is
 * signed with the identity given (role-credentials.ts).
 */
import type { AwsKeys } from '../../../config/aws-endpoints.js';
import { GatewayError } from '../../gateway-errors.js';
import type { ServiceEndpoint } from './service-endpoint.js';
import { signV4 } from './sigv4.js';

export interface Identity {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
}
type IdentityProvider = () => Promise<Identity>;

/** What is signed and sent: the method, the host's origin, the path as sent, its query decoded. */
export interface UnsignedCall {
  method: string;
  origin: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  body: Buffer | undefined;
}

export class AwsSigner {
  readonly #local: Identity;
  #chain: IdentityProvider | undefined;

  constructor(
    readonly keys: AwsKeys | undefined,
    env: NodeJS.ProcessEnv = process.env,
  ) {
    this.#local = keys ?? {
      accessKeyId: env.AWS_ACCESS_KEY_ID || 'test',
      secretAccessKey: env.AWS_ACCESS_KEY_ID ? (env.AWS_SECRET_ACCESS_KEY ?? '') : 'test',
      ...(env.AWS_ACCESS_KEY_ID && env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
    };
  }

  /** The standard chain, loaded on the first call to AWS itself (an emulator-only setup never loads it). */
  #standardChain(): IdentityProvider {
    if (!this.#chain) {
      const provider = import('@aws-sdk/credential-provider-node').then((m) => m.defaultProvider());
      this.#chain = async () => (await provider)();
    }
    return this.#chain;
  }

  /**
   * The keys a call is signed with when no identity is given: the configured ones, or the environment's
   * (or test/test) to a configured endpoint — at once, no promise — else the standard chain's.
   */
  baseIdentity(endpoint: ServiceEndpoint): Identity | Promise<Identity> {
    if (this.keys !== undefined || endpoint.configured) return this.#local;
    return this.#standardChain()().catch((e: unknown) => {
      throw new GatewayError('API_CONFIGURATION_ERROR', {
        cause: new Error(`Execution failed due to configuration error: Unable to sign the request: ${(e as Error).message}`),
      });
    });
  }

  /** The headers to send: `call.headers` plus Host, X-Amz-Date, X-Amz-Content-Sha256, Authorization (and the token). */
  sign(call: UnsignedCall, endpoint: ServiceEndpoint, identity: Identity): Record<string, string> {
    return signV4(
      { method: call.method, host: hostOf(call.origin), path: call.path, query: call.query, headers: call.headers, body: call.body },
      identity,
      // S3 signs the path as sent; every other service its segments encoded once more (SigV4 "canonical URI").
      { region: endpoint.signingRegion, service: endpoint.signingName, uriEscapePath: endpoint.signingName !== 's3' },
    );
  }
}

/** `host[:port]` of an origin (`URL.origin` leaves the scheme's default port out, as the Host header does). */
const hostOf = (origin: string): string => origin.slice(origin.indexOf('//') + 2);
