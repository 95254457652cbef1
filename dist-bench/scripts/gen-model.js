/**
 * Generates, for each service of SERVICES, `src/services/<id>/generated/model.ts` (the routing and
 * validation tables the protocol engine serves) and `types.ts` (a TypeScript interface for every
 * operation's input and output and the shapes they use, enums as string unions, and the
 * `Operations` map handler tables are checked against) from the service's pinned AWS SDK v3 client:
 * its runtime schemas give operations, HTTP bindings and shapes; its type declarations give which
 * member takes which enum (the compact schemas carry no enum traits). A service's
 * `model-patches.json`, when it has one, adds what neither carries (doubles, patterns, the enum
 * orders AWS prints in its messages).
 * Run: `npm run gen-model`. The test suite regenerates in memory and fails on any difference.
 */
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const require = createRequire(import.meta.url);
/** Scripts and tests run from the repository root (npm sets the working directory). */
export const projectRoot = process.cwd();
export const SERVICES = [
    { id: 'apigateway', sdkPackage: '@aws-sdk/client-api-gateway', constName: 'APIGATEWAY_MODEL' },
    { id: 'lambda', sdkPackage: '@aws-sdk/client-lambda', constName: 'LAMBDA_MODEL' },
];
export const serviceSpec = (id) => {
    const spec = SERVICES.find((s) => s.id === id);
    if (!spec)
        throw new Error(`no service ${id}`);
    return spec;
};
export const generatedDir = (id) => join(projectRoot, 'src', 'services', id, 'generated');
const TRAIT_BITS = ['httpLabel', 'idempotent', 'idempotencyToken', 'sensitive', 'httpPayload', 'httpResponseCode', 'httpQueryParams'];
function traitsOf(t) {
    if (t && typeof t === 'object')
        return t;
    const n = t | 0;
    const out = {};
    TRAIT_BITS.forEach((name, i) => {
        if ((n >> i) & 1)
            out[name] = 1;
    });
    return out;
}
/** Member types per structure from the SDK's declarations: `member?: Type | undefined;`. */
function declaredTypes(dts) {
    const out = new Map();
    const re = /export interface (\w+) \{([\s\S]*?)\n\}/g;
    for (let m = re.exec(dts); m; m = re.exec(dts)) {
        const members = new Map();
        for (const line of m[2].split('\n')) {
            const mm = /^ {4}(\w+)\??: (.+);$/.exec(line);
            if (mm)
                members.set(mm[1], mm[2]);
        }
        out.set(m[1], members);
    }
    return out;
}
function enumsOf(dts) {
    const out = {};
    const re = /export declare const (\w+): \{([\s\S]*?)\};/g;
    for (let m = re.exec(dts); m; m = re.exec(dts)) {
        out[m[1]] = [...m[2].matchAll(/readonly \w+: "([^"]*)"/g)].map((x) => x[1]);
    }
    return out;
}
function readPatches(id) {
    const path = join(projectRoot, 'src', 'services', id, 'model-patches.json');
    if (!existsSync(path))
        return { doubles: [], patterns: {}, enumOrder: {} };
    return JSON.parse(readFileSync(path, 'utf8'));
}
export function generateModel(spec = SERVICES[0]) {
    const sdkDir = dirname(require.resolve(`${spec.sdkPackage}/package.json`));
    const sdk = require(spec.sdkPackage);
    const sdkVersion = JSON.parse(readFileSync(join(sdkDir, 'package.json'), 'utf8')).version;
    const patches = readPatches(spec.id);
    const decl = declaredTypes(readFileSync(join(sdkDir, 'dist-types', 'models', 'models_0.d.ts'), 'utf8'));
    const enums = enumsOf(readFileSync(join(sdkDir, 'dist-types', 'models', 'enums.d.ts'), 'utf8'));
    for (const [name, order] of Object.entries(patches.enumOrder)) {
        const have = [...(enums[name] ?? [])].sort().join();
        if (have !== [...order].sort().join())
            throw new Error(`patches.enumOrder.${name} does not list the SDK's values`);
        enums[name] = order;
    }
    const shapes = {};
    const errors = {};
    const deref = (s) => (typeof s === 'function' ? s() : s);
    function ref(schemaIn, owner, member, declType) {
        let schema = deref(schemaIn);
        let traits = {};
        if (Array.isArray(schema) && schema.length === 2) {
            traits = traitsOf(schema[1]);
            schema = deref(schema[0]);
        }
        const r = simple(schema, owner, member, declType);
        if (traits.httpLabel)
            r.loc = 'label';
        else if (traits.httpQuery) {
            r.loc = 'query';
            r.name = traits.httpQuery;
        }
        else if (traits.httpHeader) {
            r.loc = 'header';
            r.name = traits.httpHeader;
        }
        else if (traits.httpPayload)
            r.loc = 'payload';
        else if (traits.httpQueryParams)
            r.loc = 'queryParams';
        else if (traits.httpResponseCode)
            r.loc = 'responseCode';
        if (traits.jsonName)
            r.name = traits.jsonName;
        return r;
    }
    function simple(schema, owner, member, declType) {
        const enumName = declType && /^(\w+)(\[\])? \| undefined$/.exec(declType)?.[1];
        const isEnum = enumName && enums[enumName] ? enumName : undefined;
        // A list or map member with traits of its own comes as [schema, traits] (Lambda's lists do).
        if (Array.isArray(schema) && schema.length === 2)
            schema = deref(schema[0]);
        if (typeof schema === 'number') {
            if (schema & 64)
                return { t: 'list', member: simple(schema & ~64, owner, member, isEnum && `${isEnum} | undefined`) };
            if (schema & 128)
                return { t: 'map', member: simple(schema & ~128, owner, member, undefined) };
            switch (schema) {
                case 0: {
                    const r = { t: 'string' };
                    if (isEnum)
                        r.enum = isEnum;
                    const pattern = patches.patterns[`${owner}.${member}`];
                    if (pattern)
                        r.pattern = pattern;
                    return r;
                }
                case 1:
                    return { t: patches.doubles.includes(`${owner}.${member}`) ? 'double' : 'integer' };
                case 2:
                    return { t: 'boolean' };
                case 4:
                case 5:
                case 6:
                case 7:
                    return { t: 'timestamp' };
                case 15:
                    return { t: 'document' };
                case 21:
                case 42:
                    return { t: 'blob' };
            }
            throw new Error(`unknown simple schema ${schema} at ${owner}.${member}`);
        }
        if (Array.isArray(schema)) {
            const kind = schema[0];
            // A union (4, e.g. an event stream's events) is read as a structure with at most one member set.
            if (kind === 3 || kind === -3 || kind === 4) {
                structure(schema);
                return { t: 'structure', shape: schema[2] };
            }
            // A named simple type with traits of its own (a sensitive string: `[0, ns, name, traits, base]`).
            if (kind === 0)
                return simple(deref(schema[4]), owner, member, declType);
            if (kind === 1)
                return { t: 'list', member: simple(deref(schema[4]), owner, member, isEnum ? `${isEnum} | undefined` : undefined) };
            if (kind === 2)
                return { t: 'map', member: simple(deref(schema[5]), owner, member, undefined) };
        }
        throw new Error(`unknown schema at ${owner}.${member}: ${JSON.stringify(schema)}`);
    }
    function structure(s) {
        const name = s[2];
        if (shapes[name])
            return name;
        const names = s[4];
        const schemas = s[5];
        const requiredCount = s[6] ?? 0;
        const shape = { members: {}, required: names.slice(0, requiredCount) };
        shapes[name] = shape;
        if (s[0] === -3)
            errors[name] = traitsOf(s[3]).httpError;
        const d = decl.get(name);
        names.forEach((m, i) => {
            shape.members[m] = ref(schemas[i], name, m, d?.get(m));
        });
        return name;
    }
    shapes.Unit = { members: {}, required: [] };
    const operations = {};
    for (const [key, value] of Object.entries(sdk)) {
        if (!key.endsWith('$') || !Array.isArray(value))
            continue;
        if (value[0] === -3) {
            structure(value);
            continue;
        }
        if (value[0] !== 9)
            continue;
        const [method, uri, code] = traitsOf(value[3]).http;
        const input = structure(deref(value[4]));
        const out = deref(value[5]);
        const output = out === 'unit' ? 'Unit' : structure(out);
        operations[value[2]] = { method, uri, code, input, output };
    }
    // The SDK's base exception class (`APIGatewayServiceException`) is no error AWS sends.
    for (const name of Object.keys(errors))
        if (name.endsWith('ServiceException') && errors[name] === undefined)
            delete errors[name];
    const sortObj = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
    const usedEnums = new Set();
    const visit = (r) => {
        if (r.enum)
            usedEnums.add(r.enum);
        if (r.member)
            visit(r.member);
    };
    for (const s of Object.values(shapes))
        for (const r of Object.values(s.members))
            visit(r);
    return {
        service: spec.id,
        sdkVersion,
        operations: sortObj(operations),
        shapes: sortObj(shapes),
        errors: sortObj(errors),
        enums: sortObj(Object.fromEntries(Object.entries(enums).filter(([k]) => usedEnums.has(k)))),
    };
}
export function renderModel(model, spec = serviceSpec(model.service)) {
    const patched = existsSync(join(projectRoot, 'src', 'services', spec.id, 'model-patches.json'));
    return [
        `// Generated by scripts/gen-model.ts from ${spec.sdkPackage}${patched ? ` and src/services/${spec.id}/model-patches.json` : ''}.`,
        '// Do not edit: run `npm run gen-model`.',
        "import type { ServiceModel } from '../../../protocol/model.js';",
        '',
        `export const ${spec.constName}: ServiceModel = ${JSON.stringify(model, null, 1)};`,
        '',
    ].join('\n');
}
const IDENT = /^[A-Za-z_$][\w$]*$/;
const prop = (name) => (IDENT.test(name) ? name : JSON.stringify(name));
/** The TypeScript type of a member as handlers see it (parse.ts reads, serialize.ts writes). */
function tsType(ref) {
    switch (ref.t) {
        case 'string':
            return ref.enum ?? 'string';
        case 'integer':
        case 'double':
            return 'number';
        case 'boolean':
            return 'boolean';
        case 'timestamp':
            return 'Timestamp';
        case 'blob':
            return 'Blob';
        case 'document':
            return 'unknown';
        case 'list': {
            const m = tsType(ref.member);
            return /^\w+$/.test(m) ? `${m}[]` : `Array<${m}>`;
        }
        case 'map':
            return `Record<string, ${tsType(ref.member)}>`;
        case 'structure':
            return ref.shape;
    }
}
/**
 * `types.ts`: one interface per shape (required members non-optional, members by their model
 * names, as handlers see them), one string union per enum, and `Operations`: operation name →
 * `{ input; output }`, output `void` for operations that answer no body (`Unit`).
 */
export function renderTypes(model, spec = serviceSpec(model.service)) {
    const nullableValues = readPatches(spec.id).nullableValues ?? [];
    const lines = [
        `// Generated by scripts/gen-model.ts from ${spec.sdkPackage}.`,
        '// Do not edit: run `npm run gen-model`.',
        '/* eslint-disable */',
        '',
        '/** Epoch seconds as parsed from JSON; a Date or epoch seconds when written. */',
        'export type Timestamp = number | Date;',
        '/**',
        ' * Bytes, both ways: src/protocol/parse.ts binds a blob (base64 in JSON, or the raw payload) as a',
        ' * Buffer, and src/protocol/serialize.ts writes a Buffer as it is (payload) or base64 (JSON).',
        ' */',
        'export type Blob = Buffer;',
        '',
    ];
    for (const [name, values] of Object.entries(model.enums)) {
        if (model.shapes[name])
            throw new Error(`${spec.id}: enum ${name} has the name of a shape`);
        lines.push(`export type ${name} =`, ...values.map((v, i) => `  | ${JSON.stringify(v)}${i === values.length - 1 ? ';' : ''}`), '');
    }
    for (const [name, shape] of Object.entries(model.shapes)) {
        if (name === 'Unit')
            continue;
        const members = Object.entries(shape.members);
        if (!members.length) {
            lines.push(`export interface ${name} {}`, '');
            continue;
        }
        lines.push(`export interface ${name} {`);
        for (const [m, ref] of members) {
            if (ref.loc === 'queryParams')
                lines.push('  /** Every query parameter no other member binds. */');
            // parse.ts keeps a null string value of a map; the members a service's patches name carry it.
            const nullable = ref.t === 'map' && ref.member.t === 'string' && nullableValues.includes(`${name}.${m}`);
            const type = nullable ? `Record<string, ${tsType(ref.member)} | null>` : tsType(ref);
            lines.push(`  ${prop(m)}${shape.required.includes(m) ? '' : '?'}: ${type};`);
        }
        lines.push('}', '');
    }
    lines.push("/** Every enum by its name, for checks against the model's values (generated/model.ts `enums`). */", 'export interface Enums {');
    for (const name of Object.keys(model.enums))
        lines.push(`  ${name}: ${name};`);
    lines.push('}', '');
    lines.push('/** Every operation of the service: its input and its output (`void`: the answer has no body). */', 'export interface Operations {');
    for (const [name, op] of Object.entries(model.operations)) {
        lines.push(`  ${name}: { input: ${op.input}; output: ${op.output === 'Unit' ? 'void' : op.output} };`);
    }
    lines.push('}', '', 'export type OperationName = keyof Operations;', '');
    return lines.join('\n');
}
/** What `npm run gen-model` writes for one service; the test regenerates and compares the same. */
export function generatedFiles(spec) {
    const model = generateModel(spec);
    const dir = generatedDir(spec.id);
    return [
        { path: join(dir, 'model.ts'), text: renderModel(model, spec) },
        { path: join(dir, 'types.ts'), text: renderTypes(model, spec) },
    ];
}
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    for (const spec of SERVICES) {
        mkdirSync(generatedDir(spec.id), { recursive: true });
        for (const f of generatedFiles(spec)) {
            writeFileSync(f.path, f.text);
            console.log(`wrote ${f.path}`);
        }
    }
}
//# sourceMappingURL=gen-model.js.map