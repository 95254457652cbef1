/**
 * SigV4 for AWS service integrations, by the AWS SDK's own signer (@smithy/signature-v4, with the SDK's
 * Node SHA-256 from @smithy/core/serde), one signer per signing name × region, kept for the process.
 *
 * The keys (README "AWS service integrations"):
 *   - TOLLGATE_AWS_ACCESS_KEY_ID / TOLLGATE_AWS_SECRET_ACCESS_KEY [/ TOLLGATE_AWS_SESSION_TOKEN] when set,
 *     for every call;
 *   - else, to a configured endpoint (an emulator): AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY
 *     [/ AWS_SESSION_TOKEN] from the environment, else `test` / `test` (the keys LocalStack and moto
 *     document), so emulators that check a signature's shape, or its value against known keys, accept it;
 *   - else, to AWS itself: the SDK's standard credential chain (@aws-sdk/credential-provider-node:
 *     environment, shared files, SSO, web identity, ECS/EC2 roles), cached by it until expiry.
 * The integration's `credentials` role is not assumed yet (STS AssumeRole comes later): calls carry
 * the keys above whatever role the integration names.
 */
import { Hash } from '@smithy/core/serde';
import { SignatureV4 } from '@smithy/signature-v4';
import { GatewayError } from '../../gateway-errors.js';
const sha256 = Hash.bind(null, 'sha256');
export class AwsSigner {
    keys;
    #signers = new Map();
    #local;
    #chain;
    constructor(keys, env = process.env) {
        this.keys = keys;
        const local = keys ?? {
            accessKeyId: env.AWS_ACCESS_KEY_ID || 'test',
            secretAccessKey: env.AWS_ACCESS_KEY_ID ? (env.AWS_SECRET_ACCESS_KEY ?? '') : 'test',
            ...(env.AWS_ACCESS_KEY_ID && env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
        };
        this.#local = () => Promise.resolve(local);
    }
    /** The standard chain, loaded on the first call to AWS itself (an emulator-only setup never loads it). */
    #standardChain() {
        if (!this.#chain) {
            const provider = import('@aws-sdk/credential-provider-node').then((m) => m.defaultProvider());
            this.#chain = async () => (await provider)();
        }
        return this.#chain;
    }
    #signer(endpoint) {
        const local = this.keys !== undefined || endpoint.configured;
        const key = `${local ? 'l' : 'a'}\u0000${endpoint.signingName}\u0000${endpoint.signingRegion}`;
        let s = this.#signers.get(key);
        if (!s) {
            const provider = local ? this.#local : this.#standardChain();
            s = new SignatureV4({
                service: endpoint.signingName,
                region: endpoint.signingRegion,
                credentials: provider,
                sha256,
                // S3 signs the path as sent; every other service its segments encoded once more (SigV4 "canonical URI").
                uriEscapePath: endpoint.signingName !== 's3',
                applyChecksum: true,
            });
            this.#signers.set(key, s);
        }
        return s;
    }
    /** The headers to send: `call.headers` plus Host, X-Amz-Date, X-Amz-Content-Sha256, Authorization (and the token). */
    async sign(call, endpoint) {
        const u = new URL(call.origin);
        const headers = { ...call.headers, host: u.host };
        try {
            const signed = await this.#signer(endpoint).sign({
                method: call.method,
                protocol: u.protocol,
                hostname: u.hostname,
                port: u.port ? Number(u.port) : undefined,
                path: call.path,
                query: call.query,
                headers,
                body: call.body,
            });
            return signed.headers;
        }
        catch (e) {
            throw new GatewayError('API_CONFIGURATION_ERROR', {
                cause: new Error(`Execution failed due to configuration error: Unable to sign the request: ${e.message}`),
            });
        }
    }
}
