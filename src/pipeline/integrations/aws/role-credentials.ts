/**
 * The identity an AWS service integration calls as, from its `credentials` (SVC Integration.credentials:
 * "To require that the caller's identity be passed through from the request, specify the string
 * arn:aws:iam::\*:user/\*"):
 *   - none: the base keys (aws-signer.ts);
 *   - `arn:aws:iam::*:user/*`: the caller's own keys (and session token) on a method that uses AWS_IAM;
 *     on any other method there is no caller identity to pass: a configuration error (500);
 *   - a role ARN: the role, assumed through STS AssumeRole (https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html)
 *     at the STS endpoint — `--aws-endpoint sts=URL`, else the catch-all endpoint, else AWS's regional
 *     `https://sts.{region}.{dnsSuffix}` — signed with the base keys, and kept until five minutes before
 *     its Expiration (one AssumeRole at a time per role). The role is assumed when the call goes to AWS
 *     itself or an STS endpoint is configured; a call to a configured service endpoint with no STS
 *     endpoint configured is signed with the base keys, as before (an emulator needs no role).
 * A role that cannot be assumed (STS refuses it, or cannot be reached) answers 500, logged "Execution
 * failed due to configuration error: API Gateway does not have permission to assume the provided role
 * {arn}", as AWS's test invocation shows it (aws-solutions-library-samples/accelerated-intelligent-document-processing-on-aws PR#479:
 * `{"message": "Internal server error"}` on every request).
 */
import type { AwsEndpoints } from '../../../config/aws-endpoints.js';
import { GatewayError } from '../../gateway-errors.js';
import type { HttpClient } from '../http-client.js';
import type { AwsSigner, Identity } from './aws-signer.js';
import { serviceEndpoint, type ServiceEndpoint } from './service-endpoint.js';
import { queryText } from './service-request.js';
import { parseAwsServiceUri } from './service-uri.js';

/** `credentials` asking for the caller's own identity. */
export const CALLER_IDENTITY = 'arn:aws:iam::*:user/*';

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;

/** Renewed this long before the role's Expiration, so no call is signed with keys about to lapse. */
const RENEW_BEFORE_MS = 5 * 60_000;

interface Assumed {
  identity: Identity;
  renewAt: number;
}

export class RoleCredentials {
  readonly #assumed = new Map<string, Assumed>();
  readonly #pending = new Map<string, Promise<Assumed>>();

  constructor(
    readonly endpoints: AwsEndpoints,
    readonly signer: AwsSigner,
    readonly http: HttpClient,
    readonly now: () => number = Date.now,
  ) {}

  /**
   * The identity to sign a call with: undefined for the base keys, else the caller's or the role's.
   * `caller` is the AWS_IAM caller's keys, when the method authenticated one. Known at once (no
   * promise) unless a role is to be assumed; a configuration error throws.
   */
  identityFor(
    credentials: string | undefined,
    service: ServiceEndpoint,
    context: { region: string; apiId: string; caller: Identity | undefined; timeoutMs: number },
  ): Identity | undefined | Promise<Identity> {
    if (!credentials) return undefined;
    if (credentials === CALLER_IDENTITY) {
      if (!context.caller) throw configurationError(`The caller's identity (${CALLER_IDENTITY}) is passed only from a method that uses AWS_IAM authorization`);
      return context.caller;
    }
    const stsConfigured = this.endpoints.services.sts ?? this.endpoints.all;
    if (service.configured && stsConfigured === undefined) return undefined;
    if (!ROLE_ARN.test(credentials)) throw configurationError(`Invalid role ARN ${credentials}`);
    const sts = serviceEndpoint(parseAwsServiceUri(`arn:aws:apigateway:${context.region}:sts:action/AssumeRole`)!, this.endpoints);
    const key = `${credentials}\u0000${sts.origin}${sts.pathPrefix}\u0000${sts.signingRegion}`;
    const held = this.#assumed.get(key);
    if (held && held.renewAt > this.now()) return held.identity;
    let pending = this.#pending.get(key);
    if (!pending) {
      pending = this.#assume(credentials, sts, context).finally(() => this.#pending.delete(key));
      this.#pending.set(key, pending);
    }
    return pending.then((assumed) => {
      this.#assumed.set(key, assumed);
      return assumed.identity;
    });
  }

  async #assume(roleArn: string, sts: ServiceEndpoint, context: { apiId: string; timeoutMs: number }): Promise<Assumed> {
    // The log line is AWS's, whatever STS said (its answer is not AWS's to show either).
    const refused = (_why: string): GatewayError => configurationError(`API Gateway does not have permission to assume the provided role ${roleArn}`);
    const form = { Action: 'AssumeRole', Version: '2011-06-15', RoleArn: roleArn, RoleSessionName: `AmazonAPIGateway_${context.apiId}` };
    const call = {
      method: 'POST',
      origin: sts.origin,
      path: `${sts.pathPrefix}/`,
      query: {},
      headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body: Buffer.from(queryText(form).slice(1)),
    };
    let status: number;
    let text: string;
    try {
      const headers = this.signer.sign(call, sts, await this.signer.baseIdentity(sts));
      const r = await this.http.send({
        method: 'POST',
        origin: call.origin,
        path: call.path,
        headers,
        body: call.body,
        timeoutMs: context.timeoutMs,
        replayable: true,
      });
      status = r.status;
      text = r.body.toString('utf8');
    } catch (e) {
      throw refused((e as Error).message);
    }
    if (status !== 200) throw refused(`${status} ${/<Code>([^<]*)<\/Code>/.exec(text)?.[1] ?? ''}`.trim());
    const field = (name: string): string | undefined => new RegExp(`<${name}>([^<]*)</${name}>`).exec(text)?.[1];
    const accessKeyId = field('AccessKeyId');
    const secretAccessKey = field('SecretAccessKey');
    const expiration = Date.parse(field('Expiration') ?? '');
    if (!accessKeyId || !secretAccessKey || Number.isNaN(expiration)) throw refused('no credentials in the answer');
    const sessionToken = field('SessionToken');
    return {
      identity: { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}), expiration: new Date(expiration) },
      renewAt: expiration - RENEW_BEFORE_MS,
    };
  }
}

function configurationError(message: string): GatewayError {
  return new GatewayError('API_CONFIGURATION_ERROR', { cause: new Error(`Execution failed due to configuration error: ${message}`) });
}
