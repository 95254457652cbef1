/**
 * From a FunctionName (+ Qualifier) as the caller wrote it to the stored function, version or alias, with
 * Lambda's answers when it cannot (texts recorded against AWS: test_lambda_api.snapshot.json in
 * localstack/localstack, TestLambdaFunction::test_function_arns, test_ops_with_arn_qualifier_mismatch,
 * test_ops_on_nonexisting_version, test_get_function_wrong_region).
 */
import { functionScope, Kind } from '../../domain/kinds.js';
import { functionArn, isVersionNumber, parseFunctionName } from '../../domain/lambda/names.js';
import { functionNotFound, invalidParameter, resourceNotFound, validationError } from './errors.js';
/** Lambda's FunctionName pattern as its validation message prints it (test_function_arns `invalid_function_name_exc`). */
const NAME_PATTERN = '(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?';
/** The function a FunctionName names, and the qualifier it carries or the Qualifier parameter gives. */
export function nameOf(ctx, functionName, qualifier) {
    const parsed = parseFunctionName(functionName);
    if (!parsed) {
        throw validationError([
            `Value '${functionName}' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: ${NAME_PATTERN}`,
        ]);
    }
    if (parsed.name.length > 64) {
        throw invalidParameter(`1 validation error detected: Value '${parsed.name}' at 'functionName' failed to satisfy constraint: Member must have length less than or equal to 64`);
    }
    if (parsed.region && parsed.region !== ctx.region) {
        throw resourceNotFound(`Functions from '${parsed.region}' are not reachable in this region ('${ctx.region}')`);
    }
    if (parsed.qualifier !== undefined && qualifier !== undefined && parsed.qualifier !== qualifier) {
        throw invalidParameter('The derived qualifier from the function name does not match the specified qualifier.');
    }
    return { name: parsed.name, qualifier: parsed.qualifier ?? qualifier };
}
export const arnOf = (ctx, name, qualifier) => functionArn(ctx.region, ctx.accountId, name, qualifier);
/** The function, or Lambda's 404 naming its unqualified ARN. */
export async function loadFunction(store, ctx, name) {
    const fn = await store.get(Kind.lambdaFunction, ctx.region, name);
    if (!fn)
        throw functionNotFound(arnOf(ctx, name));
    return fn;
}
export const getAlias = (store, ctx, name, alias) => store.get(Kind.lambdaAlias, functionScope(ctx.region, name), alias);
export const getVersion = (store, ctx, name, version) => store.get(Kind.lambdaVersion, functionScope(ctx.region, name), version);
/** A function and the version its qualifier names; a qualifier that names nothing: `Function not found: {arn}:{qualifier}`. */
export async function resolve(store, ctx, { name, qualifier }) {
    const fn = await loadFunction(store, ctx, name);
    if (qualifier === undefined || qualifier === '$LATEST')
        return { fn, version: fn };
    const alias = isVersionNumber(qualifier) ? undefined : await getAlias(store, ctx, name, qualifier);
    const versionId = alias ? alias.FunctionVersion : qualifier;
    const version = versionId === '$LATEST' ? fn : await getVersion(store, ctx, name, versionId);
    if (!version || (!alias && !isVersionNumber(qualifier)))
        throw functionNotFound(arnOf(ctx, name, qualifier));
    return { fn, version, alias };
}
