/**
 * Whether a function's resource-based policy lets an AWS service invoke it, evaluated as Lambda evaluates a
 * call from a service principal: only the resource-based policy counts
 * (https://docs.aws.amazon.com/lambda/latest/dg/permissions-granting-access.html: "When an AWS service such as
 * Amazon S3 calls your Lambda function, Lambda considers only the resource-based policy"), and only the policy of
 * the ARN the service invoked — an unqualified ARN, a version or an alias each have their own
 * (https://docs.aws.amazon.com/lambda/latest/dg/using-aliases.html "Resource policies": invoking another ARN than
 * the one the permission names is a permission error, even the version an alias points to).
 *
 * A statement allows when its principal, action, resource and every condition match; a matching Deny wins.
 * Conditions are IAM's (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html):
 * `ArnLike` / `ArnEquals` compare each of an ARN's six colon-separated parts, each part with `*` (any run of
 * characters) and `?` (one character); `StringLike` the same over the whole string; `StringEquals` exactly;
 * condition keys are case-insensitive (`AWS:SourceArn`, as AddPermission writes it, is `aws:SourceArn`). A
 * key the call does not carry fails the condition; an operator not listed here never matches.
 */
import type { PolicyStatement } from './function.js';

/** The AWS service calling, and what it calls for: API Gateway's `arn:aws:execute-api:…` source. */
export interface ServiceCaller {
  /** `apigateway.amazonaws.com` */
  principal: string;
  /** `aws:SourceArn`: the API's method (`arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/{METHOD}{resourcePath}`). */
  sourceArn: string;
  /** `aws:SourceAccount`: the account the API belongs to. */
  sourceAccount: string;
}

const INVOKE_ACTION = 'lambda:InvokeFunction';

const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** A glob with IAM's wildcards: `*` any run of characters (none too), `?` exactly one. */
function globMatches(pattern: string, value: string, ignoreCase = false): boolean {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`, ignoreCase ? 'is' : 's').test(value);
}

/** An ARN's six parts (`arn`, partition, service, region, account, resource — the last keeps its colons). */
function arnParts(arn: string): string[] | undefined {
  const parts = arn.split(':');
  if (parts.length < 6) return undefined;
  return [...parts.slice(0, 5), parts.slice(5).join(':')];
}

/** ArnLike: every one of the six parts matches its pattern part. */
export function arnLike(pattern: string, arn: string): boolean {
  const p = arnParts(pattern);
  const a = arnParts(arn);
  if (!p || !a) return false;
  return p.every((part, i) => globMatches(part, a[i]));
}

function principalMatches(principal: PolicyStatement['Principal'], caller: ServiceCaller): boolean {
  if (principal === '*') return true;
  if (typeof principal !== 'object' || principal === null) return false;
  const p = principal as Record<string, string | string[]>;
  return list(p.Service).includes(caller.principal) || list(p.AWS).includes('*');
}

function conditionMatches(operator: string, key: string, patterns: string | string[], caller: ServiceCaller): boolean {
  const keyLower = key.toLowerCase();
  const value = keyLower === 'aws:sourcearn' ? caller.sourceArn : keyLower === 'aws:sourceaccount' ? caller.sourceAccount : undefined;
  if (value === undefined) return false;
  const any = (test: (p: string) => boolean): boolean => list(patterns).some(test);
  switch (operator) {
    case 'ArnLike':
    case 'ArnEquals':
      return any((p) => arnLike(p, value));
    case 'StringLike':
      return any((p) => globMatches(p, value));
    case 'StringEquals':
      return any((p) => p === value);
    default:
      return false;
  }
}

function statementMatches(s: PolicyStatement, caller: ServiceCaller, resourceArn: string): boolean {
  const actions = list(s.Action as string | string[]);
  const resources = list(s.Resource as string | string[]);
  return (
    principalMatches(s.Principal, caller) &&
    actions.some((a) => globMatches(a, INVOKE_ACTION, true)) &&
    resources.some((r) => arnLike(r, resourceArn)) &&
    Object.entries(s.Condition ?? {}).every(([op, keys]) => Object.entries(keys).every(([k, v]) => conditionMatches(op, k, v, caller)))
  );
}

/** Whether the statements of the invoked ARN's policy let `caller` invoke `resourceArn`. */
export function allowsServiceInvoke(statements: readonly PolicyStatement[], caller: ServiceCaller, resourceArn: string): boolean {
  const matching = statements.filter((s) => statementMatches(s, caller, resourceArn));
  return matching.length > 0 && matching.every((s) => (s.Effect as string) !== 'Deny');
}
