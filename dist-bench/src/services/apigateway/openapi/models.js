/**
 * OpenAPI schemas → API Gateway models (JSON Schema draft 4).
 *
 * - A schema's `$ref` to a named schema (`#/definitions/Pet`, `#/components/schemas/Pet`) becomes
 *   the model URL `https://apigateway.amazonaws.com/restapis/{id}/models/Pet` (recorded: LS-snap
 *   test_apigateway_import [get-models]); references between models may loop (F50: House ↔ Person).
 * - A reference to another part of the document (a response's schema, a parameter's) is inlined; a
 *   reference outside the document is AWS's "Model reference must be in canonical form" (recorded in
 *   a CloudFormation import error, usdot WZDx demonstrator).
 * - Keywords draft 4 does not define (`example`, `readOnly`, `nullable`, `discriminator`, `xml`,
 *   `x-*` …) are dropped: "The attribute is removed from the schema" (Talend API Designer's AWS
 *   compatibility table for `example` and `readOnly`; the others are treated alike).
 * - Empty `required` / `enum` lists (which draft 4 forbids) are dropped too (not recorded).
 * - Inline schemas get a generated name `MODEL` + 6 hex digits, the form AWS gives them
 *   (aws/aws-sdk#468: "renamed to MODEL{hash} (for example MODELd2a00d)").
 *
 * Schemas are written as Jackson's default pretty printer writes them (`"a" : 1`, two-space
 * indents, `[ "a", "b" ]`, `{ }`), as the default models are (models-defaults.ts); AWS's exact
 * spacing for imported models is not recorded.
 */
import { randomBytes } from 'node:crypto';
import { modelUrl } from '../models.js';
import { isObject, resolvePointer, unescapeToken } from './parse.js';
import { DRAFT4_KEYWORDS } from '../../../domain/json-schema.js';
/** Where draft-04 keywords hold subschemas. */
const SCHEMA_MAPS = new Set(['definitions', 'properties', 'patternProperties']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);
const SCHEMA_ONE = new Set(['additionalItems', 'additionalProperties', 'not']);
export class ModelReferenceError extends Error {
}
export const isAlphanumeric = (name) => /^[a-zA-Z0-9]+$/.test(name);
/** The named schema a reference designates: `#/definitions/X` (2.0) or `#/components/schemas/X` (3.0), and any pointer below it. */
export function namedSchemaRef(ref, version) {
    const prefix = version === 'swagger2' ? '#/definitions/' : '#/components/schemas/';
    if (!ref.startsWith(prefix))
        return undefined;
    const [first, ...rest] = ref.slice(prefix.length).split('/');
    if (!first)
        return undefined;
    return { name: unescapeToken(first), rest: rest.length ? `/${rest.join('/')}` : '' };
}
/**
 * The draft-04 form of a schema. `refs` collects the model names it refers to. Throws
 * ModelReferenceError for a reference outside the document.
 */
export function convertSchema(schema, cx, refs, depth = 0) {
    if (!isObject(schema))
        return schema;
    if (depth > 256)
        return {};
    if (typeof schema.$ref === 'string') {
        const ref = schema.$ref;
        if (!ref.startsWith('#'))
            throw new ModelReferenceError('Model reference must be in canonical form');
        const named = namedSchemaRef(ref, cx.version);
        if (named) {
            refs.add(named.name);
            return { $ref: modelUrl(cx.apiId, named.name) + (named.rest ? `#${named.rest}` : '') };
        }
        // A reference to another place of the document (e.g. a response's schema) is inlined.
        return convertSchema(resolvePointer(cx.doc, ref) ?? {}, cx, refs, depth + 1);
    }
    const out = {};
    for (const [k, v] of Object.entries(schema)) {
        if (!DRAFT4_KEYWORDS.has(k))
            continue;
        if (SCHEMA_MAPS.has(k)) {
            if (!isObject(v))
                continue;
            const map = {};
            for (const [name, sub] of Object.entries(v))
                map[name] = convertSchema(sub, cx, refs, depth + 1);
            out[k] = map;
        }
        else if (SCHEMA_LISTS.has(k)) {
            if (Array.isArray(v))
                out[k] = v.map((sub) => convertSchema(sub, cx, refs, depth + 1));
        }
        else if (k === 'items') {
            out[k] = Array.isArray(v) ? v.map((sub) => convertSchema(sub, cx, refs, depth + 1)) : convertSchema(v, cx, refs, depth + 1);
        }
        else if (SCHEMA_ONE.has(k)) {
            out[k] = typeof v === 'boolean' ? v : convertSchema(v, cx, refs, depth + 1);
        }
        else if (k === 'dependencies') {
            if (!isObject(v))
                continue;
            const map = {};
            for (const [name, sub] of Object.entries(v))
                map[name] = Array.isArray(sub) ? sub : convertSchema(sub, cx, refs, depth + 1);
            out[k] = map;
        }
        else if ((k === 'required' || k === 'enum') && Array.isArray(v) && v.length === 0) {
            continue;
        }
        else {
            out[k] = v;
        }
    }
    return out;
}
/** Jackson's DefaultPrettyPrinter layout. */
export function prettyJson(v, level = 0) {
    if (Array.isArray(v))
        return v.length ? `[ ${v.map((x) => prettyJson(x, level)).join(', ')} ]` : '[ ]';
    if (isObject(v)) {
        const entries = Object.entries(v).filter(([, x]) => x !== undefined);
        if (!entries.length)
            return '{ }';
        const pad = '  '.repeat(level + 1);
        return `{\n${entries.map(([k, x]) => `${pad}${JSON.stringify(k)} : ${prettyJson(x, level + 1)}`).join(',\n')}\n${'  '.repeat(level)}}`;
    }
    return v === undefined ? 'null' : JSON.stringify(v);
}
/**
 * Random bytes drawn a few KiB at a time: an import of thousands of resources and models needs
 * thousands of ids, and one `randomBytes` call each costs more than the rest of their creation.
 */
export class RandomPool {
    #buf = Buffer.alloc(0);
    #at = 0;
    byte() {
        if (this.#at >= this.#buf.length) {
            this.#buf = randomBytes(4096);
            this.#at = 0;
        }
        return this.#buf[this.#at++];
    }
    /** `n` characters of `alphabet`, each equally likely (rejection sampling, as shared/ids.ts). */
    chars(alphabet, n) {
        const limit = 256 - (256 % alphabet.length);
        let out = '';
        while (out.length < n) {
            const b = this.byte();
            if (b < limit)
                out += alphabet[b % alphabet.length];
        }
        return out;
    }
}
/** A fresh `MODEL` + 6 hex digits name not in `taken`. */
export function generatedModelName(taken, pool = new RandomPool()) {
    let name;
    do
        name = `MODEL${pool.chars('0123456789abcdef', 6)}`;
    while (taken.has(name));
    taken.add(name);
    return name;
}
//# sourceMappingURL=models.js.map