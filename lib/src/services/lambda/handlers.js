import { functionHandlers } from './functions.js';
import { LAMBDA_MODEL } from './generated/model.js';
import { layerHandlers } from './layers.js';
import { checkRuntime } from './runtimes.js';
import { versionHandlers } from './versions.js';
import { aliasHandlers } from './aliases.js';
import { permissionHandlers } from './permissions.js';
import { concurrencyHandlers } from './concurrency.js';
import { tagHandlers } from './tags.js';
import { invokeHandlers } from './invoke.js';
export const IMPLEMENTED = {
    ...functionHandlers,
    ...versionHandlers,
    ...aliasHandlers,
    ...permissionHandlers,
    ...concurrencyHandlers,
    ...tagHandlers,
    ...layerHandlers,
    ...invokeHandlers,
};
/**
 * Lambda answers a runtime it does not take with InvalidParameterValueException and its own text, before
 * the model's enum check would answer ValidationException (test_lambda_api.snapshot.json in
 * localstack/localstack, TestLambdaFunction::test_create_lambda_exceptions `invalid_runtime_exc`).
 */
function precheck(operation, input) {
    if ((operation === 'CreateFunction' || operation === 'UpdateFunctionConfiguration') && input.Runtime !== undefined) {
        checkRuntime(input.Runtime);
    }
}
export function lambdaService(ports) {
    const handlers = {};
    for (const [op, h] of Object.entries(IMPLEMENTED)) {
        handlers[op] = (input, ctx) => h(input, { ...ctx, lambda: ports });
    }
    // Lambda names members bare in its validation messages ("at 'architectures'"; validate.ts).
    return { model: LAMBDA_MODEL, handlers, memberPaths: 'bare', precheck };
}
