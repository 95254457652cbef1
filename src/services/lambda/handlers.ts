/**
 * Lambda's operation table: every operation of the model maps to a handler; those Tollgate does not
 * implement answer NotImplementedException naming the operation (the boot check: src/protocol/service.ts),
 * and are listed in the README's coverage table. LAMBDA is the definition the management listener serves
 * (service.ts binds it to the ports the composition root built).
 */
import type { BodyLimit, EngineHandler, ServiceDefinition } from '../../protocol/service.js';
import { ServiceError } from '../../protocol/errors.js';
import { downloadCode } from './code-location.js';
import type { Handlers, LambdaContext } from './context.js';
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

export const IMPLEMENTED: Handlers = {
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
function precheck(operation: string, input: Record<string, unknown>): void {
  if ((operation === 'CreateFunction' || operation === 'UpdateFunctionConfiguration') && input.Runtime !== undefined) {
    checkRuntime(input.Runtime as string);
  }
}

/**
 * Lambda's request size: a 50 MB zip sent inline is 69,905,067 bytes in base64, and a larger request is refused
 * with 413 RequestEntityTooLargeException "Request must be smaller than 69905067 bytes for the CreateFunction
 * operation" (as AWS answers it: apex/up#222, motdotla/node-lambda#123; quotas: gettingstarted-limits.html
 * "50 MB (zipped, when uploaded through the Lambda API or SDKs)"). Nothing is stored.
 */
const MAX_REQUEST_BYTES = 69_905_067;
const BODY_LIMIT: BodyLimit = {
  bytes: MAX_REQUEST_BYTES,
  refuse: (operation) =>
    new ServiceError(
      'RequestEntityTooLargeException',
      `Request must be smaller than ${MAX_REQUEST_BYTES} bytes for the ${operation ?? 'Unknown'} operation`,
      {},
      413,
      {
        Type: 'User',
      },
    ),
};

const TABLE: Readonly<Record<string, EngineHandler<LambdaContext> | undefined>> = IMPLEMENTED;

/** Lambda names members bare in its validation messages ("at 'architectures'"; validate.ts). */
export const LAMBDA: ServiceDefinition<LambdaContext> = {
  model: LAMBDA_MODEL,
  handlers: TABLE,
  memberPaths: 'bare',
  precheck,
  bodyLimit: BODY_LIMIT,
  download: downloadCode,
};
