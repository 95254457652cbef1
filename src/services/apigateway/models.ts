/**
 * Models of a REST API: JSON Schema draft-04 documents stored under their name (kind `model`, id =
 * name, in the API's scope), plus GetModelTemplate. Texts are AWS's recorded ones where they exist
 * (peer-localstack F60, F61; LS-snap test_apigateway_api TestApiGatewayApiModels) or quoted from AWS
 * answers seen in public reports (cited next to each); the others say "not recorded".
 */
import ajvDraft04 from 'ajv-draft-04';
import { badRequest, conflict } from './errors.js';
import { pageOf } from './paging.js';
import { applyPatch, invalidPatchPath, unsupportedOperation, type PatchTable } from './patch.js';
import { shortId } from '../../shared/ids.js';
import type { StoreReader } from '../../store/store.js';
import type { ControlContext, Handlers } from './context.js';
import type { Model } from '../../domain/model.js';
import { getApi } from './rest-apis.js';
import { models } from './collections.js';
import { methodsOf } from './method-references.js';
import { DRAFT4_KEYWORDS } from '../../domain/json-schema.js';

/** SVC CreateModelRequest: "the schema must be ... at most 400 KB". */
export const MAX_SCHEMA_BYTES = 400 * 1024;

const EMPTY_SCHEMA = 'Model schema must have at least 1 property or array items defined';
/**
 * AWS's wrapper for schema errors: "Invalid model specified: Validation Result: warnings : [],
 * errors : [Invalid model schema specified]" (amazon-archives/aws-apigateway-importer#75,
 * boto/boto3#435), with "Unsupported keyword(s): [\"example\"]" for unknown keywords
 * (segurvita/swagger-rm-example README) and "Invalid model specified: {ref}" for a `$ref` to a model
 * that does not exist (terra-money/fcd-classic#36).
 */
const invalidModel = (errors: string[]): Error => badRequest(`Invalid model specified: Validation Result: warnings : [], errors : [${errors.join(', ')}]`);

/** `https://apigateway.amazonaws.com/restapis/{api}/models/{name}`: how a schema refers to another model. */
export const modelUrl = (apiId: string, name: string): string => `https://apigateway.amazonaws.com/restapis/${apiId}/models/${name}`;
const MODEL_REF = /^https:\/\/apigateway\.amazonaws\.com\/restapis\/([^/]+)\/models\/([^/#]+)(#.*)?$/;
/** Percent-decoding that keeps text it cannot decode as it is (a bad `%` in a $ref answered 500; found by the fuzz test). */
const decode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

// ajv-draft-04 is CommonJS: its class is `module.exports.default`.
const Ajv04 = ajvDraft04.default;
const ajv = new Ajv04({ strict: false, validateFormats: false, allErrors: true });
/** Draft-04's meta-schema, applied whatever `$schema` says (CDK also writes draft-07's URL). */
const checkMeta = ajv.getSchema(ajv.defaultMeta() as string)!;

/** Where draft-04 keywords hold subschemas. */
const SCHEMA_MAPS = ['definitions', 'properties', 'patternProperties', 'dependencies'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'items'];
const SCHEMA_ONE = ['additionalItems', 'items', 'additionalProperties', 'not'];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every subschema position of a draft-04 schema, depth first; `visit` sees each schema object. */
function walkSchema(s: unknown, visit: (s: Json) => void): void {
  if (!isObject(s)) return;
  visit(s);
  for (const k of SCHEMA_MAPS) if (isObject(s[k])) for (const sub of Object.values(s[k])) walkSchema(sub, visit);
  for (const k of SCHEMA_LISTS) if (Array.isArray(s[k])) for (const sub of s[k] as unknown[]) walkSchema(sub, visit);
  for (const k of SCHEMA_ONE) walkSchema(s[k], visit);
}

/**
 * Checks a model schema the way CreateModel/UpdateModel do, and returns the names of the models it
 * refers to. Missing or empty → F61's text, whatever the content type (LS-snap
 * [create-model-no-schema-xml]); larger than 400 KB, not JSON, not a draft-04 schema (ajv-draft-04's
 * meta-schema), or using keywords draft-04 does not define → AWS's "Invalid model schema specified";
 * a `$ref` to a model of this API that does not exist → "Invalid model specified: {name}".
 */
export function checkSchema(text: string | undefined, apiId: string, selfName: string, exists: (name: string) => boolean): void {
  if (text === undefined || text === '') throw badRequest(EMPTY_SCHEMA);
  // The size text is not recorded; it states the documented limit.
  if (Buffer.byteLength(text) > MAX_SCHEMA_BYTES) throw invalidModel([`Model schema exceeds the maximum size of ${MAX_SCHEMA_BYTES} bytes`]);
  let schema: unknown;
  try {
    schema = JSON.parse(text);
  } catch {
    throw invalidModel(['Invalid model schema specified']);
  }
  if (!isObject(schema) || !checkMeta(schema)) throw invalidModel(['Invalid model schema specified']);
  const unknown: string[] = [];
  const missing: string[] = [];
  walkSchema(schema, (s) => {
    for (const k of Object.keys(s)) if (!DRAFT4_KEYWORDS.has(k) && !unknown.includes(k)) unknown.push(k);
    const ref = typeof s.$ref === 'string' ? MODEL_REF.exec(s.$ref) : null;
    if (ref) {
      const name = decode(ref[2]);
      if ((ref[1] !== apiId || (name !== selfName && !exists(name))) && !missing.includes(name)) missing.push(name);
    }
  });
  if (unknown.length) throw invalidModel([`Invalid model schema specified. Unsupported keyword(s): ${JSON.stringify(unknown)}`]);
  if (missing.length) throw invalidModel(missing.map((m) => `Invalid model specified: ${m}`));
}

async function apiModels(reader: StoreReader, ctx: ControlContext, apiId: string): Promise<Map<string, Model>> {
  return new Map((await models.in(reader, ctx.region, apiId).rows()).map((r) => [r.id, r.body]));
}

/** GetModel, UpdateModel and DeleteModel answer the model's text even for an unknown API (F61). */
function getModel(reader: StoreReader, ctx: ControlContext, apiId: string, name: string): Promise<Model> {
  return models.in(reader, ctx.region, apiId).getOrThrow(name);
}

/** Who keeps a model alive: method requests and responses (F60; aws-apigateway-importer#113) and other models' `$ref`s. */
async function checkUnused(reader: StoreReader, ctx: ControlContext, apiId: string, name: string): Promise<void> {
  for await (const { path, verb, method } of methodsOf(reader, ctx.region, apiId)) {
    // F60: the root's ANY method is "//ANY": resource path, '/', method.
    if (Object.values(method.requestModels ?? {}).includes(name)) {
      throw conflict(`Cannot delete model '${name}', is referenced in method request: ${path}/${verb}`);
    }
    if (Object.values(method.methodResponses ?? {}).some((mr) => Object.values(mr.responseModels ?? {}).includes(name))) {
      throw conflict(`Cannot delete model '${name}', is referenced in method response: ${path}/${verb}`);
    }
  }
  const url = modelUrl(apiId, name);
  for (const other of (await apiModels(reader, ctx, apiId)).values()) {
    if (other.name === name || !other.schema) continue;
    let refers = false;
    try {
      walkSchema(JSON.parse(other.schema), (s) => {
        if (typeof s.$ref === 'string' && s.$ref.split('#')[0] === url) refers = true;
      });
    } catch {
      /* an unparsable schema refers to nothing */
    }
    // Not recorded: AWS's text for a model used by another model's $ref; this one follows F60's form.
    if (refers) throw conflict(`Cannot delete model '${name}', is referenced in model: ${other.name}`);
  }
}

/** Empty descriptions are left out (LS-snap test_update_model [create-model] sent "", [update-model] replaced it with ""). */
const view = (m: Model): Model => (m.description ? m : { id: m.id, name: m.name, schema: m.schema, contentType: m.contentType });

const MODEL_PATCH: PatchTable<Model> = {
  rules: [
    {
      path: '/description',
      ops: ['replace'],
      apply: (m, op) => {
        if (op.value) m.description = op.value;
        else delete m.description;
      },
    },
    {
      path: '/schema',
      ops: ['replace'],
      apply: (m, op) => {
        m.schema = op.value;
      },
    },
  ],
  // Recorded: any op but replace gets "Please choose supported operations", whatever the path
  // ("'/wrong-path' specified for op 'add'"); a bad path for replace lists [/description, /schema].
  unknownPath: (op, allowed) => (op.op !== 'replace' ? unsupportedOperation(op) : invalidPatchPath(op, allowed)),
};

// ---------------------------------------------------------------------------------------------
// GetModelTemplate: a sample instance of the schema, pretty-printed the way AWS does.
// ---------------------------------------------------------------------------------------------

/**
 * AWS answers a sample of the model's shape after `#set($inputRoot = $input.path('$'))`, printed
 * like Jackson's default pretty printer: `"a" : 3.1415`, two-space indents, `{ }` for an empty
 * object (API reference GetModelTemplate example; AWS CLI example for `Empty`: "{ }"). Strings are
 * "foo" and numbers 3.1415 there; integers (42), booleans (true) and the array layout are not
 * recorded and follow the same printer.
 */
export const TEMPLATE_HEADER = "#set($inputRoot = $input.path('$'))";
const SAMPLES: Record<string, unknown> = { string: 'foo', number: 3.1415, integer: 42, boolean: true, null: null };

function pretty(v: unknown, level: number): string {
  const pad = (n: number): string => '  '.repeat(n);
  if (Array.isArray(v)) return v.length ? `[ ${v.map((x) => pretty(x, level)).join(', ')} ]` : '[ ]';
  if (isObject(v)) {
    const entries = Object.entries(v);
    if (!entries.length) return '{ }';
    return `{\n${entries.map(([k, x]) => `${pad(level + 1)}${JSON.stringify(k)} : ${pretty(x, level + 1)}`).join(',\n')}\n${pad(level)}}`;
  }
  return JSON.stringify(v);
}

type Resolve = (ref: string, base: string) => { schema: unknown; base: string };

/** `base` is the model whose document a local `#/...` pointer refers to. */
function sampleOf(schema: unknown, base: string, resolve: Resolve, seen: string[]): unknown {
  if (!isObject(schema) || seen.length > 16) return {};
  if (typeof schema.$ref === 'string') {
    const key = `${base} ${schema.$ref}`;
    // A reference loop prints as an empty object.
    if (seen.includes(key)) return {};
    const target = resolve(schema.$ref, base);
    return sampleOf(target.schema, target.base, resolve, [...seen, key]);
  }
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0];
  let type: unknown = Array.isArray(schema.type) ? (schema.type.find((t) => t !== 'null') ?? schema.type[0]) : schema.type;
  if (type === undefined) {
    const combined = ['allOf', 'anyOf', 'oneOf'].map((k) => schema[k]).find((x) => Array.isArray(x) && x.length) as unknown[] | undefined;
    if (combined) return sampleOf(combined[0], base, resolve, seen);
    type = schema.items !== undefined ? 'array' : 'object';
  }
  if (type === 'object') {
    const props = isObject(schema.properties) ? schema.properties : {};
    return Object.fromEntries(Object.entries(props).map(([k, s]) => [k, sampleOf(s, base, resolve, seen)]));
  }
  if (type === 'array') {
    const items: unknown = Array.isArray(schema.items) ? schema.items[0] : schema.items;
    return items === undefined ? [] : [sampleOf(items, base, resolve, seen)];
  }
  return typeof type === 'string' && type in SAMPLES ? SAMPLES[type] : null;
}

/** JSON pointer (`#/definitions/a`) into a document. */
function pointer(root: unknown, frag: string): unknown {
  let cur = root;
  for (const part of frag.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    const key = decode(part).replace(/~1/g, '/').replace(/~0/g, '~');
    cur = isObject(cur) ? cur[key] : Array.isArray(cur) ? cur[Number(key)] : undefined;
  }
  return cur;
}

/** The template for a model; other models of the API are reached through their URL (`modelUrl`). */
export function modelTemplate(model: Model, apiId: string, models: Map<string, Model>): string {
  const docs = new Map<string, unknown>();
  const doc = (name: string): unknown => {
    if (!docs.has(name)) {
      let parsed: unknown = {};
      try {
        parsed = JSON.parse((name === model.name ? model.schema : models.get(name)?.schema) ?? '');
      } catch {
        /* prints as { } */
      }
      docs.set(name, parsed);
    }
    return docs.get(name);
  };
  const resolve: Resolve = (ref, base) => {
    const m = MODEL_REF.exec(ref);
    if (m) {
      const name = decode(m[2]);
      return m[1] === apiId ? { schema: pointer(doc(name), m[3] ?? '#'), base: name } : { schema: {}, base };
    }
    return { schema: ref.startsWith('#') ? pointer(doc(base), ref) : {}, base };
  };
  return `${TEMPLATE_HEADER}\n${pretty(sampleOf(doc(model.name), model.name, resolve, []), 0)}`;
}

// ---------------------------------------------------------------------------------------------

export const modelHandlers: Handlers = {
  async CreateModel(input, ctx) {
    const model = await ctx.store.write(async (tx) => {
      await getApi(tx, ctx, input.restApiId);
      if (!input.name) throw badRequest('Model name must be non-empty');
      // "Model name must be alphanumeric: {name}" (api-platform/core#3193, terra-money/fcd-classic#36).
      if (!/^[a-zA-Z0-9]+$/.test(input.name)) throw badRequest(`Model name must be alphanumeric: ${input.name}`);
      const stored = models.in(tx, ctx.region, input.restApiId);
      if (await stored.has(input.name)) throw conflict('Model name already exists for this REST API');
      const others = await apiModels(tx, ctx, input.restApiId);
      checkSchema(input.schema, input.restApiId, input.name, (n) => others.has(n));
      const m: Model = {
        id: shortId(),
        name: input.name,
        description: input.description || undefined,
        schema: input.schema,
        contentType: input.contentType,
      };
      await stored.insert(m.name, m);
      return m;
    });
    return view(model);
  },

  async GetModel(input, ctx) {
    // `flatten` (inline the models a schema refers to) is accepted and ignored.
    return view(await getModel(ctx.store, ctx, input.restApiId, input.modelName));
  },

  async GetModels(input, ctx) {
    await getApi(ctx.store, ctx, input.restApiId);
    return pageOf(models.in(ctx.store, ctx.region, input.restApiId), input, { map: view });
  },

  async UpdateModel(input, ctx) {
    const model = await ctx.store.write(async (tx) => {
      const current = await getModel(tx, ctx, input.restApiId, input.modelName);
      const next = applyPatch(current, input.patchOperations, MODEL_PATCH);
      if (next.schema !== current.schema) {
        const others = await apiModels(tx, ctx, input.restApiId);
        checkSchema(next.schema, input.restApiId, next.name, (n) => others.has(n));
      }
      await models.in(tx, ctx.region, input.restApiId).update(next.name, next);
      return next;
    });
    return view(model);
  },

  async DeleteModel(input, ctx) {
    await ctx.store.write(async (tx) => {
      await getModel(tx, ctx, input.restApiId, input.modelName);
      await checkUnused(tx, ctx, input.restApiId, input.modelName);
      await models.in(tx, ctx.region, input.restApiId).remove(input.modelName);
    });
  },

  async GetModelTemplate(input, ctx) {
    const model = await getModel(ctx.store, ctx, input.restApiId, input.modelName);
    return { value: modelTemplate(model, input.restApiId, await apiModels(ctx.store, ctx, input.restApiId)) };
  },
};
