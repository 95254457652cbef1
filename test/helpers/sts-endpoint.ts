/**
 * An STS test endpoint behind SigV4 verification (helpers/signed-endpoint.ts), signed as `sts`, in STS's
 * query protocol: AssumeRole (`Action=AssumeRole&Version=2011-06-15&RoleArn=…&RoleSessionName=…`,
 * form-encoded) for the roles a test allows, answered in XML as
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html shows; the session keys it
 * issues become known to every test endpoint (KNOWN_KEYS), with their token. Any other role: 403
 * AccessDenied, STS's answer to a caller the role's trust policy does not name.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import {
  KNOWN_KEYS,
  queryError,
  queryParameters,
  startSignedEndpoint,
  xml,
  type ServiceAnswer,
  type SignedEndpoint,
  type VerifiedRequest,
} from './signed-endpoint.js';

export interface StsEndpoint extends SignedEndpoint {
  /** Roles that may be assumed, by ARN. */
  roles: Set<string>;
  /** How long issued credentials last (ms). */
  lifetimeMs: number;
  /** Each AssumeRole granted: the role, the session name, the access key issued. */
  granted: { roleArn: string; sessionName: string; accessKeyId: string }[];
}

export async function startStsEndpoint(): Promise<StsEndpoint> {
  const roles = new Set<string>();
  const granted: StsEndpoint['granted'] = [];
  const state = { lifetimeMs: 3_600_000 };
  let out: StsEndpoint | undefined;
  const handle = (r: VerifiedRequest): ServiceAnswer => {
    const q = queryParameters(r);
    if (q.get('Action') !== 'AssumeRole' || q.get('Version') !== '2011-06-15')
      return queryError(r, 400, 'InvalidAction', `Could not find operation ${q.get('Action')}`);
    const roleArn = q.get('RoleArn') ?? '';
    const sessionName = q.get('RoleSessionName') ?? '';
    if (!roles.has(roleArn))
      return queryError(
        r,
        403,
        'AccessDenied',
        `User: arn:aws:iam::000000000000:user/test is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
      );
    const accessKeyId = `ASIA${randomBytes(8).toString('hex').toUpperCase()}`;
    const keys = { secretAccessKey: randomBytes(20).toString('base64'), sessionToken: randomBytes(32).toString('base64') };
    KNOWN_KEYS.set(accessKeyId, keys);
    granted.push({ roleArn, sessionName, accessKeyId });
    const role = roleArn.split(':role/')[1];
    const result = {
      Credentials: {
        AccessKeyId: accessKeyId,
        SecretAccessKey: keys.secretAccessKey,
        SessionToken: keys.sessionToken,
        Expiration: new Date(Date.now() + (out?.lifetimeMs ?? state.lifetimeMs)).toISOString(),
      },
      AssumedRoleUser: {
        AssumedRoleId: `AROA${randomBytes(8).toString('hex').toUpperCase()}:${sessionName}`,
        Arn: `arn:aws:sts::000000000000:assumed-role/${role}/${sessionName}`,
      },
    };
    const body = `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">${xml({ AssumeRoleResult: result, ResponseMetadata: { RequestId: randomUUID() } })}</AssumeRoleResponse>`;
    return { status: 200, headers: { 'Content-Type': 'text/xml' }, body };
  };
  const endpoint = await startSignedEndpoint(handle, { service: 'sts' });
  out = Object.assign(endpoint, { roles, granted, lifetimeMs: state.lifetimeMs });
  return out;
}
