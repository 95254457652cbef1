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
import type { MemberRef, OperationDef, ServiceModel, StructureShape } from '../src/protocol/model.js';

const require = createRequire(import.meta.url);
/** Scripts and tests run from the repository root (npm sets the working directory). */
export const projectRoot = process.cwd();

type Raw = unknown;

/** A service Tollgate has a model for: its id (the SigV4 signing name) and the SDK client it comes from. */
export interface ServiceSpec {
  id: string;
  sdkPackage: string;
  /** Exported name of the generated model constant. */
  constName: string;
  /**
   * `awsQuery` (CloudFormation): one endpoint (`POST /`, the operation in the form's `Action`), XML answers; the
   * SDK's schemas then carry no HTTP bindings. Unset: REST-JSON, bound by each operation's `http` trait.
   */
  awsQuery?: { apiVersion: string; xmlNamespace: string };
  /**
   * `awsJson1_1` (ACM): one endpoint (`POST /`, the operation in `X-Amz-Target: {targetPrefix}.{Operation}`), JSON
   * both ways by member name; the SDK's schemas then carry no HTTP bindings either.
   */
  awsJson?: { targetPrefix: string };
}

export const SERVICES: ServiceSpec[] = [
  { id: 'apigateway', sdkPackage: '@aws-sdk/client-api-gateway', constName: 'APIGATEWAY_MODEL' },
  { id: 'lambda', sdkPackage: '@aws-sdk/client-lambda', constName: 'LAMBDA_MODEL' },
  // https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/Welcome.html: Query API, version 2010-05-15.
  {
    id: 'cloudformation',
    sdkPackage: '@aws-sdk/client-cloudformation',
    constName: 'CLOUDFORMATION_MODEL',
    awsQuery: { apiVersion: '2010-05-15', xmlNamespace: 'http://cloudformation.amazonaws.com/doc/2010-05-15/' },
  },
  // https://docs.aws.amazon.com/acm/latest/APIReference/Welcome.html: JSON 1.1, X-Amz-Target `CertificateManager.{Operation}`
  // (the SDK's AwsJson1_1Protocol, @aws-sdk/client-acm dist-cjs/index.js).
  { id: 'acm', sdkPackage: '@aws-sdk/client-acm', constName: 'ACM_MODEL', awsJson: { targetPrefix: 'CertificateManager' } },
];

export const serviceSpec = (id: string): ServiceSpec => {
  const spec = SERVICES.find((s) => s.id === id);
  if (!spec) throw new Error(`no service ${id}`);
  return spec;
};

export const generatedDir = (id: string): string => join(projectRoot, 'src', 'services', id, 'generated');

interface Patches {
  doubles: string[];
  patterns: Record<string, string>;
  enumOrder: Record<string, string[]>;
  /** `Shape.member` maps of strings whose values may be null in the generated types (types.ts only). */
  nullableValues?: string[];
}

const TRAIT_BITS = ['httpLabel', 'idempotent', 'idempotencyToken', 'sensitive', 'httpPayload', 'httpResponseCode', 'httpQueryParams'];
function traitsOf(t: Raw): Record<string, unknown> {
  if (t && typeof t === 'object') return t as Record<string, unknown>;
  const n = (t as number) | 0;
  const out: Record<string, unknown> = {};
  TRAIT_BITS.forEach((name, i) => {
    if ((n >> i) & 1) out[name] = 1;
  });
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

function readPatches(id: string): Patches {
  const path = join(projectRoot, 'src', 'services', id, 'model-patches.json');
  if (!existsSync(path)) return { doubles: [], patterns: {}, enumOrder: {} };
  return JSON.parse(readFileSync(path, 'utf8')) as Patches;
}

export function generateModel(spec: ServiceSpec = SERVICES[0]): ServiceModel {
  const sdkDir = dirname(require.resolve(`${spec.sdkPackage}/package.json`));
  const sdk = require(spec.sdkPackage) as Record<string, Raw>;
  const sdkVersion = (JSON.parse(readFileSync(join(sdkDir, 'package.json'), 'utf8')) as { version: string }).version;
  const patches = readPatches(spec.id);
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
    else if (traits.httpQuery) {
      r.loc = 'query';
      r.name = traits.httpQuery as string;
    } else if (traits.httpHeader) {
      r.loc = 'header';
      r.name = traits.httpHeader as string;
    } else if (traits.httpPayload) r.loc = 'payload';
    else if (traits.httpQueryParams) r.loc = 'queryParams';
    else if (traits.httpResponseCode) r.loc = 'responseCode';
    if (traits.jsonName) r.name = traits.jsonName as string;
    return r;
  }

  function simple(schema: Raw, owner: string, member: string, declType: string | undefined): MemberRef {
    const enumName = declType && /^(\w+)(\[\])? \| undefined$/.exec(declType)?.[1];
    const isEnum = enumName && enums[enumName] ? enumName : undefined;
    // A list or map member with traits of its own comes as [schema, traits] (Lambda's lists do).
    if (Array.isArray(schema) && schema.length === 2) schema = deref(schema[0]);
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
      const kind = schema[0] as number;
      // A union (4, e.g. an event stream's events) is read as a structure with at most one member set.
      if (kind === 3 || kind === -3 || kind === 4) {
        structure(schema);
        return { t: 'structure', shape: schema[2] as string };
      }
      // A named simple type with traits of its own (a sensitive string: `[0, ns, name, traits, base]`).
      if (kind === 0) return simple(deref(schema[4]), owner, member, declType);
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
    if ((s[0] as number) === -3) {
      const t = traitsOf(s[3]);
      // An awsQuery error travels by its own code (`ChangeSetNotFound` for ChangeSetNotFoundException).
      // (only there: ACM's ValidationException carries an awsQueryError too, but travels by its name in JSON).
      const queryError = spec.awsQuery ? (t.awsQueryError as [string, number] | undefined) : undefined;
      // JSON 1.1 errors carry no httpError: a client error is a 400, a server one a 500 (smithy's awsJson1_1 protocol:
      // https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html, "Operation error serialization").
      const jsonStatus = spec.awsJson && t.httpError === undefined && !name.endsWith('ServiceException') ? (t.error === 'server' ? 500 : 400) : undefined;
      const [code, status] = queryError ?? [name, (jsonStatus ?? t.httpError) as number];
      errors[code] = status;
    }
    const d = decl.get(name);
    names.forEach((m, i) => {
      shape.members[m] = ref(schemas[i], name, m, d?.get(m));
    });
    return name;
  }

  shapes.Unit = { members: {}, required: [] };
  const operations: Record<string, OperationDef> = {};
  for (const [key, value] of Object.entries(sdk)) {
    if (!key.endsWith('$') || !Array.isArray(value)) continue;
    if (value[0] === -3) {
      structure(value);
      continue;
    }
    if (value[0] !== 9) continue;
    const http = (traitsOf(value[3]).http as [string, string, number] | undefined) ?? (spec.awsQuery || spec.awsJson ? ['POST', '/', 200] : undefined);
    if (!http) throw new Error(`${spec.id}: operation ${value[2] as string} has no HTTP binding`);
    const [method, uri, code] = http;
    // An operation without input (ACM's GetAccountConfiguration) names `unit`, as one without output does.
    const inp = deref(value[4]);
    const input = inp === 'unit' ? 'Unit' : structure(inp as Raw[]);
    const out = deref(value[5]);
    const output = out === 'unit' ? 'Unit' : structure(out as Raw[]);
    operations[value[2] as string] = { method, uri, code, input, output };
  }
  // The SDK's base exception class (`APIGatewayServiceException`) is no error AWS sends.
  for (const name of Object.keys(errors)) if (name.endsWith('ServiceException') && errors[name] === undefined) delete errors[name];
  const sortObj = <T>(o: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
  const usedEnums = new Set<string>();
  const visit = (r: MemberRef): void => {
    if (r.enum) usedEnums.add(r.enum);
    if (r.member) visit(r.member);
  };
  for (const s of Object.values(shapes)) for (const r of Object.values(s.members)) visit(r);
  return {
    service: spec.id,
    ...(spec.awsQuery ? { protocol: 'awsQuery' as const, ...spec.awsQuery } : {}),
    ...(spec.awsJson ? { protocol: 'awsJson1_1' as const, ...spec.awsJson } : {}),
    sdkVersion,
    operations: sortObj(operations),
    shapes: sortObj(shapes),
    errors: sortObj(errors),
    enums: sortObj(Object.fromEntries(Object.entries(enums).filter(([k]) => usedEnums.has(k)))),
  };
}

export function renderModel(model: ServiceModel, spec: ServiceSpec = serviceSpec(model.service)): string {
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
const prop = (name: string): string => (IDENT.test(name) ? name : JSON.stringify(name));

/** The TypeScript type of a member as handlers see it (parse.ts reads, serialize.ts writes). */
function tsType(ref: MemberRef): string {
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
      const m = tsType(ref.member!);
      return /^\w+$/.test(m) ? `${m}[]` : `Array<${m}>`;
    }
    case 'map':
      return `Record<string, ${tsType(ref.member!)}>`;
    case 'structure':
      return ref.shape!;
  }
}

/**
 * `types.ts`: one interface per shape (required members non-optional, members by their model
 * names, as handlers see them), one string union per enum, and `Operations`: operation name →
 * `{ input; output }`, output `void` for operations that answer no body (`Unit`).
 */
export function renderTypes(model: ServiceModel, spec: ServiceSpec = serviceSpec(model.service)): string {
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
    if (model.shapes[name]) throw new Error(`${spec.id}: enum ${name} has the name of a shape`);
    lines.push(`export type ${name} =`, ...values.map((v, i) => `  | ${JSON.stringify(v)}${i === values.length - 1 ? ';' : ''}`), '');
  }
  for (const [name, shape] of Object.entries(model.shapes)) {
    if (name === 'Unit') continue;
    const members = Object.entries(shape.members);
    if (!members.length) {
      lines.push(`export interface ${name} {}`, '');
      continue;
    }
    lines.push(`export interface ${name} {`);
    for (const [m, ref] of members) {
      if (ref.loc === 'queryParams') lines.push('  /** Every query parameter no other member binds. */');
      // parse.ts keeps a null string value of a map; the members a service's patches name carry it.
      const nullable = ref.t === 'map' && ref.member!.t === 'string' && nullableValues.includes(`${name}.${m}`);
      const type = nullable ? `Record<string, ${tsType(ref.member!)} | null>` : tsType(ref);
      lines.push(`  ${prop(m)}${shape.required.includes(m) ? '' : '?'}: ${type};`);
    }
    lines.push('}', '');
  }
  lines.push("/** Every enum by its name, for checks against the model's values (generated/model.ts `enums`). */", 'export interface Enums {');
  for (const name of Object.keys(model.enums)) lines.push(`  ${name}: ${name};`);
  lines.push('}', '');
  lines.push('/** Every operation of the service: its input and its output (`void`: the answer has no body). */', 'export interface Operations {');
  for (const [name, op] of Object.entries(model.operations)) {
    lines.push(`  ${name}: { input: ${op.input === 'Unit' ? 'Record<string, never>' : op.input}; output: ${op.output === 'Unit' ? 'void' : op.output} };`);
  }
  lines.push('}', '', 'export type OperationName = keyof Operations;', '');
  return lines.join('\n');
}

export interface GeneratedFile {
  path: string;
  text: string;
}

/** What `npm run gen-model` writes for one service; the test regenerates and compares the same. */
export function generatedFiles(spec: ServiceSpec): GeneratedFile[] {
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
