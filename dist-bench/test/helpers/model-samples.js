/**
 * Model-driven sample inputs and a model-driven HTTP encoder, shared by the protocol tests
 * (test/protocol/binding.test.ts, fuzz.test.ts) and the coverage test. Everything is derived from
 * APIGATEWAY_MODEL, so a new operation or member is covered without touching the tests.
 */
import { APIGATEWAY_MODEL } from '../../src/services/apigateway/generated/model.js';
import { seededRandom } from '../../src/pipeline/deployments.js';
/** mulberry32, the seeded PRNG the canary split uses (data/deployments.ts): a fuzz run is reproduced from its seed. */
export const mulberry32 = seededRandom;
export const pick = (rng, xs) => xs[Math.floor(rng() * xs.length)];
export const int = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
/** A value matching one of the model's patterns (patches.json); unknown patterns fail loudly. */
const PATTERN_SAMPLES = ['200', '404', '500', '201'];
export function patternSample(pattern, rng) {
    const re = new RegExp(`^(?:${pattern})$`);
    const ok = PATTERN_SAMPLES.filter((s) => re.test(s));
    if (!ok.length)
        throw new Error(`no sample value for pattern ${pattern}`);
    return rng ? pick(rng, ok) : ok[0];
}
/**
 * Strings carry characters that need escaping in their location: labels get `/`, `%`, space,
 * non-ASCII (percent-encoded by the SDK); query values get `&`, `=`, `+`; body strings get quotes,
 * backslashes and astral characters. Headers stay printable ASCII (HTTP allows no more).
 */
function stringFor(ref, member, loc, g) {
    if (ref.enum) {
        const values = APIGATEWAY_MODEL.enums[ref.enum];
        const i = g.opts.rng ? Math.floor(g.opts.rng() * values.length) : g.counter++ % values.length;
        return values[i];
    }
    if (ref.pattern)
        return patternSample(ref.pattern, g.opts.rng);
    const n = g.opts.rng ? int(g.opts.rng, 0, 9999) : g.counter++;
    switch (loc) {
        case 'label':
            return `${member}-${n} ü/a:b %2F~.x`;
        case 'query':
            return `q ${member} ${n} &=+/ü?#`;
        case 'header':
            return `application/x-${member}-${n}`;
        default:
            return `${member} "${n}" \\ ✓ 𝄞\n`;
    }
}
function valueFor(ref, member, loc, depth, g) {
    const rng = g.opts.rng;
    switch (ref.t) {
        case 'string':
            return stringFor(ref, member, loc, g);
        case 'integer':
            return rng ? int(rng, 0, 1000) : 7 + (g.counter++ % 50);
        case 'double':
            return rng ? int(rng, 0, 4000) / 4 : 2.5 + (g.counter++ % 7);
        case 'boolean':
            return rng ? rng() < 0.5 : g.counter++ % 2 === 0;
        case 'timestamp':
            return rng ? int(rng, 1e9, 2e9) : 1700000000 + g.counter++;
        case 'document':
            return { doc: [1, 'two', { three: true }] };
        case 'blob': {
            // Every byte value, including ones that are not valid UTF-8.
            const len = rng ? int(rng, 0, 64) : 256;
            return Uint8Array.from({ length: len }, (_, i) => (rng ? int(rng, 0, 255) : (i * 7 + 3) % 256));
        }
        case 'list': {
            const len = rng ? int(rng, 1, 3) : 2;
            const out = [];
            for (let i = 0; i < len; i++)
                out.push(valueFor(ref.member, member, loc, depth, g));
            return out;
        }
        case 'map': {
            const len = rng ? int(rng, 1, 3) : 2;
            const out = {};
            for (let i = 0; i < len; i++) {
                const key = loc === 'queryParams' ? `param.${member}.${i}` : `key ${i}/ü.${member}`;
                out[key] = valueFor(ref.member, member, loc === 'queryParams' ? 'query' : loc, depth, g);
            }
            return out;
        }
        case 'structure':
            return structureSample(ref.shape, depth + 1, g);
    }
}
function structureSample(shapeName, depth, g) {
    const shape = APIGATEWAY_MODEL.shapes[shapeName];
    const out = {};
    const { rng, fillAll = true, maxDepth = 5 } = g.opts;
    for (const [member, ref] of Object.entries(shape.members)) {
        const required = shape.required.includes(member);
        if (!required && !fillAll && rng && rng() < 0.5)
            continue;
        if (ref.t === 'structure' && depth >= maxDepth) {
            if (required)
                throw new Error(`required structure ${shapeName}.${member} below the depth bound`);
            continue;
        }
        const values = g.opts.values;
        const chosen = ref.t === 'string' && !ref.enum && values && Object.hasOwn(values, member) ? values[member]() : undefined;
        if (chosen !== undefined) {
            out[member] = chosen;
            continue;
        }
        out[member] = valueFor(ref, member, ref.loc ?? 'body', depth, g);
    }
    return out;
}
/** A sample input for an operation, in the model's member names (what the SDK command takes). */
export function sampleInput(operation, opts = {}) {
    const op = APIGATEWAY_MODEL.operations[operation];
    if (!op)
        throw new Error(`unknown operation ${operation}`);
    return structureSample(op.input, 0, { opts, counter: 0 });
}
const enc = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
function textOf(v) {
    if (v instanceof Uint8Array)
        return Buffer.from(v).toString('base64');
    return String(v);
}
/** A JSON fragment written verbatim into a body (numbers JSON.stringify cannot write, deep nesting). */
export class RawJson {
    text;
    constructor(text) {
        this.text = text;
    }
}
/** JSON.stringify, with RawJson fragments spliced in as they are. */
export function stringifyWithRaw(v) {
    const raws = [];
    const text = JSON.stringify(v, (_k, x) => {
        if (x instanceof RawJson) {
            raws.push(x.text);
            return `@@raw${raws.length - 1}@@`;
        }
        return x;
    });
    return raws.length ? text.replace(/"@@raw(\d+)@@"/g, (_, i) => raws[Number(i)]) : text;
}
/** JSON with the model's wire names; blobs as base64. Values of the wrong type pass through as they are. */
export function jsonValue(v, ref) {
    if (v === undefined || v === null || !ref || v instanceof RawJson)
        return v;
    if (v instanceof Uint8Array)
        return Buffer.from(v).toString('base64');
    if (ref.t === 'list' && Array.isArray(v))
        return v.map((x) => jsonValue(x, ref.member));
    if (ref.t === 'map' && typeof v === 'object' && !Array.isArray(v)) {
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, jsonValue(x, ref.member)]));
    }
    if (ref.t === 'structure' && typeof v === 'object' && !Array.isArray(v))
        return jsonStructure(v, ref.shape);
    return v;
}
export function jsonStructure(obj, shapeName) {
    const shape = APIGATEWAY_MODEL.shapes[shapeName];
    const out = {};
    for (const [k, v] of Object.entries(obj)) {
        const ref = shape.members[k];
        if (ref?.loc)
            continue;
        out[ref?.name ?? k] = jsonValue(v, ref);
    }
    return out;
}
/**
 * Tollgate's own rest-json encoding of an input (for requests the SDK would refuse to build): labels
 * into the URI, query members, the header member, a payload or a JSON body by wire name.
 */
export function encodeRequest(operation, input) {
    const op = APIGATEWAY_MODEL.operations[operation];
    const shape = APIGATEWAY_MODEL.shapes[op.input];
    const [template, staticQuery] = op.uri.split('?');
    const path = template.replace(/\{(\w+)(\+)?\}/g, (_, name, greedy) => {
        const v = input[name];
        if (v === undefined)
            return '';
        return greedy ? String(v).split('/').map(enc).join('/') : enc(String(v));
    });
    const query = staticQuery ? [staticQuery] : [];
    const headers = {};
    let body;
    let hasBodyMembers = false;
    for (const [member, ref] of Object.entries(shape.members)) {
        const v = input[member];
        if (!ref.loc) {
            hasBodyMembers = true;
            continue;
        }
        if (v === undefined || v === null)
            continue;
        if (ref.loc === 'query') {
            for (const x of Array.isArray(v) ? v : [v])
                query.push(`${enc(ref.name ?? member)}=${enc(textOf(x))}`);
        }
        else if (ref.loc === 'queryParams' && typeof v === 'object') {
            for (const [k, x] of Object.entries(v))
                query.push(`${enc(k)}=${enc(textOf(x))}`);
        }
        else if (ref.loc === 'header') {
            headers[ref.name ?? member] = textOf(v);
        }
        else if (ref.loc === 'payload') {
            body = v instanceof Uint8Array ? Buffer.from(v) : Buffer.from(String(v));
            headers['content-type'] = 'application/octet-stream';
        }
    }
    if (hasBodyMembers && body === undefined) {
        body = Buffer.from(stringifyWithRaw(jsonStructure(input, op.input)));
        headers['content-type'] = 'application/json';
    }
    return { method: op.method, path: query.length ? `${path}?${query.join('&')}` : path, headers, body };
}
//# sourceMappingURL=model-samples.js.map