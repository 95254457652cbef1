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
import type { InvokeRequest, InvokeResult, LambdaInvoker } from '../lambda/invoker.js';
import { parseFunctionRef } from '../lambda/names.js';
import type { FunctionRunner, FunctionSpec, RunRequest, RunResult } from '../runtime/function-runner.js';
import { register } from './table.js';

export const MAX_FUNCTIONS = 1000;
const OVERFLOW = '__overflow__';

interface Counts {
  labels: { FunctionName: string };
  invocations: number;
  errors: number;
}

export class LambdaMetrics {
  readonly #byName = new Map<string, Counts>();

  constructor(registry: Registry) {
    const values = (field: 'invocations' | 'errors') => () => [...this.#byName.values()].map((c) => ({ labels: c.labels, value: c[field] }));
    register(registry, [
      { name: 'lambda_Invocations', help: 'Lambda Invocations: invocations of the function', type: 'counter', values: values('invocations') },
      { name: 'lambda_Errors', help: 'Lambda Errors: invocations that ended in a function error', type: 'counter', values: values('errors') },
    ]);
  }

  record(functionName: string, failed: boolean): void {
    let c = this.#byName.get(functionName);
    if (c === undefined) {
      const name = this.#byName.size >= MAX_FUNCTIONS ? OVERFLOW : functionName;
      c = this.#byName.get(name) ?? { labels: { FunctionName: name }, invocations: 0, errors: 0 };
      this.#byName.set(name, c);
    }
    c.invocations++;
    if (failed) c.errors++;
  }

  /** `inner`, counting what it runs; every other member (`has`, `close`, …) is `inner`'s own. */
  invoker<T extends LambdaInvoker>(inner: T): T {
    const invoke = async (req: InvokeRequest): Promise<InvokeResult> => {
      const result = await inner.invoke(req);
      if (req.invocationType !== 'DryRun') this.record(parseFunctionRef(req.functionName)?.name ?? req.functionName, result.functionError !== undefined);
      return result;
    };
    return around(inner, 'invoke', invoke);
  }

  /** `inner`, counting what it runs (Lambda's management API Invoke). */
  runner<T extends FunctionRunner>(inner: T): T {
    const run = async (spec: FunctionSpec, req: RunRequest): Promise<RunResult> => {
      const result = await inner.run(spec, req);
      this.record(spec.name, result.functionError !== undefined);
      return result;
    };
    return around(inner, 'run', run);
  }
}

/** `target` with its method `name` replaced by `replacement`; its other methods bound to it (they may use private fields). */
function around<T extends object>(target: T, name: string, replacement: unknown): T {
  return new Proxy(target, {
    get(t, p) {
      if (p === name) return replacement;
      const v: unknown = Reflect.get(t, p, t);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(t) : v;
    },
  });
}
