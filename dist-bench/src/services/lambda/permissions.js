/**
 * A function's resource-based policy: AddPermission, RemovePermission, GetPolicy
 * (https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html). Each of the function,
 * its versions and its aliases has its own policy; statements are written as Lambda writes them
 * (`{"Version":"2012-10-17","Id":"default","Statement":[…]}`, principals and conditions as in LocalStack's
 * api_utils.build_statement, recorded in test_lambda_api.snapshot.json, TestLambdaPermissions).
 */
import { randomUUID } from 'node:crypto';
import { functionScope, Kind } from '../../domain/kinds.js';
import { UNQUALIFIED_POLICY } from '../../domain/lambda/function.js';
import { invalidParameter, resourceConflict, resourceNotFound, revisionMismatch, validationError } from './errors.js';
import { arnOf, nameOf, resolve } from './resolve.js';
const QUALIFIER = /^(|[a-zA-Z0-9$_-]+)$/;
const STATEMENT_ID = /^([a-zA-Z0-9-_]+)$/;
/** The principal as Lambda writes it: a service, an account (its root), an IAM ARN, or `*`. */
function principalOf(p) {
    if (p.endsWith('.amazonaws.com'))
        return { Service: p };
    if (/^\d{12}$/.test(p))
        return { AWS: `arn:aws:iam::${p}:root` };
    if (/^arn:aws[a-zA-Z-]*:iam:/.test(p))
        return { AWS: p };
    if (p === '*')
        return p;
    throw invalidParameter('The provided principal was invalid. Please check the principal and try again.');
}
function statementOf(input, resource) {
    const condition = {};
    const add = (op, key, v) => {
        if (v !== undefined)
            condition[op] = { ...condition[op], [key]: v };
    };
    add('StringEquals', 'lambda:FunctionUrlAuthType', input.FunctionUrlAuthType);
    add('StringEquals', 'aws:PrincipalOrgID', input.PrincipalOrgID);
    add('StringEquals', 'AWS:SourceAccount', input.SourceAccount);
    add('StringEquals', 'lambda:EventSourceToken', input.EventSourceToken);
    add('ArnLike', 'AWS:SourceArn', input.SourceArn);
    return {
        Sid: input.StatementId,
        Effect: 'Allow',
        Principal: principalOf(input.Principal),
        Action: input.Action,
        Resource: resource,
        ...(Object.keys(condition).length ? { Condition: condition } : {}),
    };
}
export const policyDocument = (p) => JSON.stringify({ Version: '2012-10-17', Id: 'default', Statement: p.statements });
/** The policy's key: the qualifier it belongs to, after checking the function and the qualifier exist. */
async function policyKey(ctx, functionName, qualifier) {
    const named = nameOf(ctx, functionName, qualifier);
    if (named.qualifier !== undefined && !QUALIFIER.test(named.qualifier)) {
        throw validationError([
            `Value '${named.qualifier}' at 'qualifier' failed to satisfy constraint: Member must satisfy regular expression pattern: (|[a-zA-Z0-9$_-]+)`,
        ]);
    }
    await resolve(ctx.store, ctx, named);
    return { name: named.name, key: named.qualifier ?? UNQUALIFIED_POLICY, arn: arnOf(ctx, named.name, named.qualifier) };
}
export const permissionHandlers = {
    async AddPermission(input, ctx) {
        const { name, qualifier } = nameOf(ctx, input.FunctionName, input.Qualifier);
        if (qualifier === '$LATEST')
            throw invalidParameter('We currently do not support adding policies for $LATEST.');
        if (!STATEMENT_ID.test(input.StatementId)) {
            throw validationError([
                `Value '${input.StatementId}' at 'statementId' failed to satisfy constraint: Member must satisfy regular expression pattern: ([a-zA-Z0-9-_]+)`,
            ]);
        }
        const { key, arn } = await policyKey(ctx, name, qualifier);
        const statement = statementOf(input, arn);
        await ctx.store.write(async (tx) => {
            const scope = functionScope(ctx.region, name);
            const policy = await tx.get(Kind.lambdaPolicy, scope, key);
            if (input.RevisionId !== undefined && input.RevisionId !== policy?.revisionId)
                throw revisionMismatch('GetPolicy');
            if (policy?.statements.some((s) => s.Sid === input.StatementId)) {
                throw resourceConflict(`The statement id (${input.StatementId}) provided already exists. Please provide a new statement id, or remove the existing statement.`);
            }
            const next = { revisionId: randomUUID(), statements: [...(policy?.statements ?? []), statement] };
            if (policy)
                await tx.update(Kind.lambdaPolicy, scope, key, next);
            else
                await tx.insert(Kind.lambdaPolicy, scope, key, next);
        });
        return { Statement: JSON.stringify(statement) };
    },
    async RemovePermission(input, ctx) {
        const { name, key, arn } = await policyKey(ctx, input.FunctionName, input.Qualifier);
        await ctx.store.write(async (tx) => {
            const scope = functionScope(ctx.region, name);
            const policy = await tx.get(Kind.lambdaPolicy, scope, key);
            if (!policy)
                throw resourceNotFound(`No policy found for: ${arn}`);
            if (input.RevisionId !== undefined && input.RevisionId !== policy.revisionId)
                throw revisionMismatch('GetPolicy');
            const statements = policy.statements.filter((s) => s.Sid !== input.StatementId);
            if (statements.length === policy.statements.length)
                throw resourceNotFound(`Statement ${input.StatementId} is not found in resource policy.`);
            if (statements.length)
                await tx.update(Kind.lambdaPolicy, scope, key, { revisionId: randomUUID(), statements });
            else
                await tx.delete(Kind.lambdaPolicy, scope, key);
        });
    },
    async GetPolicy(input, ctx) {
        const { name, key } = await policyKey(ctx, input.FunctionName, input.Qualifier);
        const policy = await ctx.store.get(Kind.lambdaPolicy, functionScope(ctx.region, name), key);
        if (!policy)
            throw resourceNotFound('No policy is associated with the given resource.');
        return { Policy: policyDocument(policy), RevisionId: policy.revisionId };
    },
};
//# sourceMappingURL=permissions.js.map