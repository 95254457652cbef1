/**
 * Generates `src/model/generated/api-model.ts` from the pinned `@aws-sdk/client-api-gateway`:
 * its runtime schemas give operations, HTTP bindings and shapes; its type declarations give which
 * member takes which enum (the compact schemas carry no enum traits). `src/model/patches.json` adds
 * what neither carries (doubles, patterns, the enum orders AWS prints in its messages).
 * Run: `npm run gen-model`. The test suite regenerates in memory and fails on any difference.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiModel, MemberRef, OperationDef, StructureShape } from '../src/model/types.js';

const require = createRequire(import.meta.url);
/** Scripts and tests run from the repository root (npm sets the working directory). */
export const projectRoot = process.cwd();

type Raw = unknown;

interface Patches {
  doubles: string[];
  patterns: Record<string, string>;
  enumOrder: Record<string, string[]>;
}

const TRAIT_BITS = ['httpLabel', 'idempotent', 'idempotencyToken', 'sensitive', 'httpPayload', 'httpResponseCode', 'httpQueryParams'];
function traitsOf(t: Raw): Record<string, unknown> {
  if (t && typeof t === 'object') return t as Record<string, unknown>;
  const n = (t as number) | 0;
  const out: Record<string, unknown> = {};
  TRAIT_BITS.forEach((name, i) => { if ((n >> i) & 1) out[name] = 1; });
  return out;
}

/** Member types per structure from the SDK's declarations: `member?: Type | undefined;`. */
function declaredTypes(dts: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  const re = /export interface (\w+) \{([\s\S]*?)\n\}/g;
  for (let m = re.exec(dts); m; m = re.exec(dts)) {
    const members = new Map<string, string>();
    for (const line of m[2].split('\n')) {
      const mm = /^ {4}(\w+)\??: (.+);$/.exec(line);
      if (mm) members.set(mm[1], mm[2]);
    }
    out.set(m[1], members);
  }
  return out;
}

function enumsOf(dts: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const re = /export declare const (\w+): \{([\s\S]*?)\};/g;
  for (let m = re.exec(dts); m; m = re.exec(dts)) {
    out[m[1]] = [...m[2].matchAll(/readonly \w+: "([^"]*)"/g)].map((x) => x[1]);
  }
  return out;
}

export function generateModel(): ApiModel {
  const sdkDir = dirname(require.resolve('@aws-sdk/client-api-gateway/package.json'));
  const sdk = require('@aws-sdk/client-api-gateway') as Record<string, Raw>;
  const sdkVersion = (JSON.parse(readFileSync(join(sdkDir, 'package.json'), 'utf8')) as { version: string }).version;
  const patches = JSON.parse(readFileSync(join(projectRoot, 'src', 'model', 'patches.json'), 'utf8')) as Patches;
  const decl = declaredTypes(readFileSync(join(sdkDir, 'dist-types', 'models', 'models_0.d.ts'), 'utf8'));
  const enums = enumsOf(readFileSync(join(sdkDir, 'dist-types', 'models', 'enums.d.ts'), 'utf8'));
  for (const [name, order] of Object.entries(patches.enumOrder)) {
    const have = [...(enums[name] ?? [])].sort().join();
    if (have !== [...order].sort().join()) throw new Error(`patches.enumOrder.${name} does not list the SDK's values`);
    enums[name] = order;
  }

  const shapes: Record<string, StructureShape> = {};
  const errors: Record<string, number> = {};
  const deref = (s: Raw): Raw => (typeof s === 'function' ? (s as () => Raw)() : s);

  function ref(schemaIn: Raw, owner: string, member: string, declType: string | undefined): MemberRef {
    let schema = deref(schemaIn);
    let traits: Record<string, unknown> = {};
    if (Array.isArray(schema) && schema.length === 2) {
      traits = traitsOf(schema[1]);
      schema = deref(schema[0]);
    }
    const r = simple(schema, owner, member, declType);
    if (traits.httpLabel) r.loc = 'label';
    else if (traits.httpQuery) { r.loc = 'query'; r.name = traits.httpQuery as string; }
    else if (traits.httpHeader) { r.loc = 'header'; r.name = traits.httpHeader as string; }
    else if (traits.httpPayload) r.loc = 'payload';
    else if (traits.httpQueryParams) r.loc = 'queryParams';
    if (traits.jsonName) r.name = traits.jsonName as string;
    return r;
  }

  function simple(schema: Raw, owner: string, member: string, declType: string | undefined): MemberRef {
    const enumName = declType && /^(\w+)(\[\])? \| undefined$/.exec(declType)?.[1];
    const isEnum = enumName && enums[enumName] ? enumName : undefined;
    if (typeof schema === 'number') {
      if (schema & 64) return { t: 'list', member: simple(schema & ~64, owner, member, isEnum && `${isEnum} | undefined`) };
      if (schema & 128) return { t: 'map', member: simple(schema & ~128, owner, member, undefined) };
      switch (schema) {
        case 0: {
          const r: MemberRef = { t: 'string' };
          if (isEnum) r.enum = isEnum;
          const pattern = patches.patterns[`${owner}.${member}`];
          if (pattern) r.pattern = pattern;
          return r;
        }
        case 1: return { t: patches.doubles.includes(`${owner}.${member}`) ? 'double' : 'integer' };
        case 2: return { t: 'boolean' };
        case 4: case 5: case 6: case 7: return { t: 'timestamp' };
        case 15: return { t: 'document' };
        case 21: case 42: return { t: 'blob' };
      }
      throw new Error(`unknown simple schema ${schema} at ${owner}.${member}`);
    }
    if (Array.isArray(schema)) {
      const kind = schema[0] as number;
      if (kind === 3 || kind === -3) { structure(schema); return { t: 'structure', shape: schema[2] as string }; }
      if (kind === 1) return { t: 'list', member: simple(deref(schema[4]), owner, member, isEnum ? `${isEnum} | undefined` : undefined) };
      if (kind === 2) return { t: 'map', member: simple(deref(schema[5]), owner, member, undefined) };
    }
    throw new Error(`unknown schema at ${owner}.${member}: ${JSON.stringify(schema)}`);
  }

  function structure(s: Raw[]): string {
    const name = s[2] as string;
    if (shapes[name]) return name;
    const names = s[4] as string[];
    const schemas = s[5] as Raw[];
    const requiredCount = (s[6] as number | undefined) ?? 0;
    const shape: StructureShape = { members: {}, required: names.slice(0, requiredCount) };
    shapes[name] = shape;
    if ((s[0] as number) === -3) errors[name] = traitsOf(s[3]).httpError as number;
    const d = decl.get(name);
    names.forEach((m, i) => { shape.members[m] = ref(schemas[i], name, m, d?.get(m)); });
    return name;
  }

  shapes.Unit = { members: {}, required: [] };
  const operations: Record<string, OperationDef> = {};
  for (const [key, value] of Object.entries(sdk)) {
    if (!key.endsWith('$') || !Array.isArray(value)) continue;
    if (value[0] === -3) { structure(value); continue; }
    if (value[0] !== 9) continue;
    const [method, uri, code] = traitsOf(value[3]).http as [string, string, number];
    const input = structure(deref(value[4]) as Raw[]);
    const out = deref(value[5]);
    const output = out === 'unit' ? 'Unit' : structure(out as Raw[]);
    operations[value[2] as string] = { method, uri, code, input, output };
  }
  delete errors.APIGatewayServiceException;
  const sortObj = <T>(o: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
  const usedEnums = new Set<string>();
  const visit = (r: MemberRef): void => { if (r.enum) usedEnums.add(r.enum); if (r.member) visit(r.member); };
  for (const s of Object.values(shapes)) for (const r of Object.values(s.members)) visit(r);
  return {
    sdkVersion,
    operations: sortObj(operations),
    shapes: sortObj(shapes),
    errors: sortObj(errors),
    enums: sortObj(Object.fromEntries(Object.entries(enums).filter(([k]) => usedEnums.has(k)))),
  };
}

export function renderModel(model: ApiModel): string {
  return [
    '// Generated by scripts/gen-model.ts from @aws-sdk/client-api-gateway and src/model/patches.json.',
    '// Do not edit: run `npm run gen-model`.',
    "import type { ApiModel } from '../types.js';",
    '',
    `export const API_MODEL: ApiModel = ${JSON.stringify(model, null, 1)};`,
    '',
  ].join('\n');
}

export const GENERATED_PATH = join(projectRoot, 'src', 'model', 'generated', 'api-model.ts');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(GENERATED_PATH, renderModel(generateModel()));
  console.log(`wrote ${GENERATED_PATH}`);
}
