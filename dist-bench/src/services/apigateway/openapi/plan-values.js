/** Readers of OpenAPI JSON values, as the import plan takes them. */
import { isObject } from './parse.js';
export const str = (v) => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined);
export const strList = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : undefined);
/** How Java prints a JSON value in AWS's warnings ("but got 'true'"). */
export const javaText = (v) => (typeof v === 'string' ? v : JSON.stringify(v));
export function stringMap(v) {
    const out = {};
    if (isObject(v))
        for (const [k, x] of Object.entries(v))
            if (typeof x === 'string')
                out[k] = x;
    return out;
}
//# sourceMappingURL=plan-values.js.map