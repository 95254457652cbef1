/**
 * An IAM policy document as Tollgate reads it (a principal's identity policy in the configuration, an
 * API's resource policy, a Lambda authorizer's output): its shape, and the parser that checks it.
 * Evaluation is src/auth/policy.ts.
 */
export interface PolicyStatement {
    Sid?: string;
    Effect: 'Allow' | 'Deny';
    Action?: string[];
    NotAction?: string[];
    Resource?: string[];
    NotResource?: string[];
    Principal?: PrincipalSpec;
    NotPrincipal?: PrincipalSpec;
    Condition?: Record<string, Record<string, string[]>>;
}
/** `*`, or `{ AWS: [...], Service: [...], … }` normalised to lists. */
export type PrincipalSpec = '*' | Record<string, string[]>;
export interface PolicyDocument {
    Version?: string;
    Statement: PolicyStatement[];
}
export declare class PolicyError extends Error {
}
/** A policy document as JSON gives it, checked and normalised (single values become lists). */
export declare function parsePolicy(input: unknown): PolicyDocument;
/** Who is asking: an IAM principal, or nobody (Lambda / Cognito / no authorization). */
