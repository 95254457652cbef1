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
import { type Caller, type Decision, type PolicyDocument, type PolicyRequest } from './policy.js';
export declare const INVOKE = "execute-api:Invoke";
export declare function methodArn(region: string, accountId: string, apiId: string, stage: string, httpMethod: string, path: string): string;
/** The account id masked as AWS prints it in denials: `********1234`. */
export declare function maskAccount(arn: string): string;
export declare function denialMessage(user: string, arn: string, explicit: boolean, suffix?: string): string;
/** The capital-M body of resource-policy and IAM denials. */
export declare const denialBody: (message: string) => string;
/**
 * The deployment's resource policy, parsed once per deployment: undefined when there is none,
 * 'invalid' when it cannot be read (AWS refuses such a policy when it is saved; here the control plane
 * stores it as given, so the data plane denies every request rather than serve an unreadable policy).
 */
export declare function resourcePolicyOf(deployment: {
    snapshot: DeploymentSnapshot;
    memo: Map<string, unknown>;
}, region: string, accountId: string): PolicyDocument | 'invalid' | undefined;
export interface RequestFacts {
    region: string;
    sourceIp: string;
    secure: boolean;
    userAgent?: string;
    referer?: string;
    now: number;
    caller: (Caller & {
        userId?: string;
    }) | null;
}
/** The condition keys of one request. */
export declare function conditionKeys(f: RequestFacts): PolicyRequest['keys'];
export declare function evaluateResourcePolicy(doc: PolicyDocument | 'invalid', arn: string, facts: RequestFacts): Decision;
