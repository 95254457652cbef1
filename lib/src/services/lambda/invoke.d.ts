/**
 * Invoke (https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html): the function, version or alias a
 * FunctionName and Qualifier name, run by the FunctionRunner the composition root gives (src/runtime/).
 * RequestResponse answers 200 with the function's payload (a function error is still 200, with
 * X-Amz-Function-Error); Event answers 202 and runs in the background; DryRun answers 204 and runs nothing.
 * An alias with AdditionalVersionWeights picks its second version with that probability
 * (configuration-aliases.html "weighted aliases"); X-Amz-Executed-Version names the version that ran.
 */
import type { FunctionVersion } from '../../domain/lambda/function.js';
import type { FunctionSpec } from '../../runtime/function-runner.js';
import type { Handlers, LambdaContext } from './context.js';
import { type Resolved } from './resolve.js';
/** What the runner needs of a version: its code (and layers) unpacked, its settings. */
export declare function specOf(ctx: LambdaContext, fn: Resolved['fn'], v: FunctionVersion): Promise<FunctionSpec>;
export declare const invokeHandlers: Handlers;
