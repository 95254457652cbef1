import { parsePolicy, PolicyError, type PolicyDocument, type PolicyStatement, type PrincipalSpec } from '../domain/policy-document.js';
export { parsePolicy, PolicyError, type PolicyDocument, type PolicyStatement, type PrincipalSpec };
export type Decision = 'Allow' | 'Deny' | 'Neither';
export interface Caller {
    arn: string;
    accountId: string;
}
export interface PolicyRequest {
    action: string;
    resource: string;
    /** null = anonymous. */
    principal: Caller | null;
    /** Condition keys by lower-cased name (`aws:sourceip`, …); absent keys are undefined. */
    keys: Record<string, string | string[] | undefined>;
}
/** IAM's wildcard match: `*` any run (slashes included), `?` one character. */
export declare function globMatch(pattern: string, value: string, ignoreCase?: boolean): boolean;
/**
 * Allow, Deny or Neither for one request. `checkPrincipal`: resource policies name principals;
 * identity policies and authorizer policies do not (they belong to the caller).
 */
export declare function evaluatePolicy(doc: PolicyDocument, req: PolicyRequest, checkPrincipal: boolean): Decision;
/**
 * How two policies of the same request combine (DG:apigateway-authorization-flow, "Policy evaluation
 * outcome tables"): any Deny wins; in the API's own account an Allow from either side suffices (table A);
 * across accounts both must Allow (table B).
 */
export declare function combine(caller: Decision, resource: Decision, sameAccount: boolean): Decision;
