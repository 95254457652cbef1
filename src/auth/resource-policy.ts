/**
 * The RestApi `policy` (resource policy) on the data plane, read from the frozen deployment snapshot,
 * and the execute-api ARNs it speaks about.
 *
 * Method ARN: `arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/{METHOD}/{path}` with the request's
 * path (not the resource template; `/` for the root: `…/dev/GET/`) (DG:arn-format-reference;
 * ASFHyP3/hyp3#2283 shows `…/api/GET/` for a root request).
 * A Resource written `execute-api:/…` (the OpenAPI shorthand, DG:openapi-extensions-policy) stands for
 * `arn:aws:execute-api:{region}:{account}:{apiId}/…`.
 * Condition keys offered: aws:SourceIp (the connection's address), aws:PrincipalArn, aws:PrincipalAccount,
 * aws:userid and aws:username (IAM callers only), aws:SecureTransport, aws:UserAgent, aws:Referer,
 * aws:CurrentTime, aws:EpochTime, aws:RequestedRegion. There is no VPC here: aws:SourceVpc and
 * aws:SourceVpce are always absent.
 *
 * Denials answer AWS's capital-M body (ASFHyP3/hyp3#2283, serverless/serverless#11808; the texts in
 * repost.aws knowledge-center api-gateway-403-error-lambda-authorizer):
 *   {"Message":"User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:{region}:********{last4}:{api}/{stage}/{METHOD}/{path}"}
 * with ` with an explicit deny` appended when a statement denied; an IAM caller is named by its ARN.
 */
import type { DeploymentSnapshot } from '../domain/deployment.js';
import { evaluatePolicy, parsePolicy, type Caller, type Decision, type PolicyDocument, type PolicyRequest } from './policy.js';

export const INVOKE = 'execute-api:Invoke';

export function methodArn(region: string, accountId: string, apiId: string, stage: string, httpMethod: string, path: string): string {
  return `arn:aws:execute-api:${region}:${accountId}:${apiId}/${stage}/${httpMethod}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The account id masked as AWS prints it in denials: `********1234`. */
export function maskAccount(arn: string): string {
  return arn.replace(/^(arn:aws[a-z-]*:execute-api:[^:]*:)(\d{12})(:)/, (_m, a: string, acct: string, c: string) => `${a}********${acct.slice(-4)}${c}`);
}

export function denialMessage(user: string, arn: string, explicit: boolean, suffix = ''): string {
  return `User: ${user} is not authorized to perform: ${INVOKE} on resource: ${maskAccount(arn)}${explicit ? ` with an explicit deny${suffix}` : suffix}`;
}

/** The capital-M body of resource-policy and IAM denials. */
export const denialBody = (message: string): string => JSON.stringify({ Message: message });

function expand(doc: PolicyDocument, region: string, accountId: string, apiId: string): PolicyDocument {
  const fix = (r: string): string =>
    r.startsWith('execute-api:/') ? `arn:aws:execute-api:${region}:${accountId}:${apiId}/${r.slice('execute-api:/'.length)}` : r;
  return {
    ...doc,
    Statement: doc.Statement.map((s) => ({
      ...s,
      ...(s.Resource ? { Resource: s.Resource.map(fix) } : {}),
      ...(s.NotResource ? { NotResource: s.NotResource.map(fix) } : {}),
    })),
  };
}

/**
 * The deployment's resource policy, parsed once per deployment: undefined when there is none,
 * 'invalid' when it cannot be read (AWS refuses such a policy when it is saved; here the control plane
 * stores it as given, so the data plane denies every request rather than serve an unreadable policy).
 */
export function resourcePolicyOf(
  deployment: { snapshot: DeploymentSnapshot; memo: Map<string, unknown> },
  region: string,
  accountId: string,
): PolicyDocument | 'invalid' | undefined {
  const key = 'auth:resource-policy';
  if (deployment.memo.has(key)) return deployment.memo.get(key) as PolicyDocument | 'invalid' | undefined;
  const text = deployment.snapshot.api.policy;
  let out: PolicyDocument | 'invalid' | undefined;
  if (text && text.trim()) {
    try {
      out = expand(parsePolicy(JSON.parse(text)), region, accountId, deployment.snapshot.api.id);
    } catch {
      out = 'invalid';
    }
  }
  deployment.memo.set(key, out);
  return out;
}

export interface RequestFacts {
  region: string;
  sourceIp: string;
  secure: boolean;
  userAgent?: string;
  referer?: string;
  now: number;
  caller: (Caller & { userId?: string }) | null;
}

/** The condition keys of one request. */
export function conditionKeys(f: RequestFacts): PolicyRequest['keys'] {
  const keys: PolicyRequest['keys'] = {
    'aws:sourceip': f.sourceIp,
    'aws:securetransport': f.secure ? 'true' : 'false',
    'aws:useragent': f.userAgent,
    'aws:referer': f.referer,
    'aws:currenttime': new Date(f.now).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    'aws:epochtime': String(Math.floor(f.now / 1000)),
    'aws:requestedregion': f.region,
  };
  if (f.caller) {
    keys['aws:principalarn'] = f.caller.arn;
    keys['aws:principalaccount'] = f.caller.accountId;
    keys['aws:userid'] = f.caller.userId;
    const user = /:user\/(?:.*\/)?([^/]+)$/.exec(f.caller.arn);
    if (user) keys['aws:username'] = user[1];
  }
  return keys;
}

export function evaluateResourcePolicy(doc: PolicyDocument | 'invalid', arn: string, facts: RequestFacts): Decision {
  if (doc === 'invalid') return 'Deny'; // fail closed (resourcePolicyOf)
  return evaluatePolicy(doc, { action: INVOKE, resource: arn, principal: facts.caller, keys: conditionKeys(facts) }, true);
}
