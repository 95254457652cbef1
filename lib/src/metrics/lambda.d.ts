/**
 * Lambda's CloudWatch invocation metrics (docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html):
 * Invocations (every invocation the function ran, failed or not) and Errors (those that ended in a
 * function error), labelled FunctionName as CloudWatch's dimension is. A refusal of the Lambda service
 * itself (no such function, throttled) ran nothing and counts as neither. Counted where functions are
 * called: the data plane's invoker (Lambda integrations, authorizers, the local Invoke API) and the
 * function runner behind Lambda's management API Invoke. Bounded: at most MAX_FUNCTIONS names, then
 * `__overflow__`.
 */
import type { Registry } from 'prom-client';
import type { LambdaInvoker } from '../lambda/invoker.js';
import type { FunctionRunner } from '../runtime/function-runner.js';
export declare const MAX_FUNCTIONS = 1000;
export declare class LambdaMetrics {
    #private;
    constructor(registry: Registry);
    record(functionName: string, failed: boolean): void;
    /** `inner`, counting what it runs; every other member (`has`, `close`, …) is `inner`'s own. */
    invoker<T extends LambdaInvoker>(inner: T): T;
    /** `inner`, counting what it runs (Lambda's management API Invoke). */
    runner<T extends FunctionRunner>(inner: T): T;
}
