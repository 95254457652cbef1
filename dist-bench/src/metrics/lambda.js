import { parseFunctionRef } from '../lambda/names.js';
import { register } from './table.js';
export const MAX_FUNCTIONS = 1000;
const OVERFLOW = '__overflow__';
export class LambdaMetrics {
    #byName = new Map();
    constructor(registry) {
        const values = (field) => () => [...this.#byName.values()].map((c) => ({ labels: c.labels, value: c[field] }));
        register(registry, [
            { name: 'lambda_Invocations', help: 'Lambda Invocations: invocations of the function', type: 'counter', values: values('invocations') },
            { name: 'lambda_Errors', help: 'Lambda Errors: invocations that ended in a function error', type: 'counter', values: values('errors') },
        ]);
    }
    record(functionName, failed) {
        let c = this.#byName.get(functionName);
        if (c === undefined) {
            const name = this.#byName.size >= MAX_FUNCTIONS ? OVERFLOW : functionName;
            c = this.#byName.get(name) ?? { labels: { FunctionName: name }, invocations: 0, errors: 0 };
            this.#byName.set(name, c);
        }
        c.invocations++;
        if (failed)
            c.errors++;
    }
    /** `inner`, counting what it runs; every other member (`has`, `close`, …) is `inner`'s own. */
    invoker(inner) {
        const invoke = async (req) => {
            const result = await inner.invoke(req);
            if (req.invocationType !== 'DryRun')
                this.record(parseFunctionRef(req.functionName)?.name ?? req.functionName, result.functionError !== undefined);
            return result;
        };
        return around(inner, 'invoke', invoke);
    }
    /** `inner`, counting what it runs (Lambda's management API Invoke). */
    runner(inner) {
        const run = async (spec, req) => {
            const result = await inner.run(spec, req);
            this.record(spec.name, result.functionError !== undefined);
            return result;
        };
        return around(inner, 'run', run);
    }
}
/** `target` with its method `name` replaced by `replacement`; its other methods bound to it (they may use private fields). */
function around(target, name, replacement) {
    return new Proxy(target, {
        get(t, p) {
            if (p === name)
                return replacement;
            const v = Reflect.get(t, p, t);
            return typeof v === 'function' ? v.bind(t) : v;
        },
    });
}
//# sourceMappingURL=lambda.js.map