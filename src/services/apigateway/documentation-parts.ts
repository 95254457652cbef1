/**
 * Documentation parts of a REST API (kind `documentationpart`, scope apiScope, id 6 chars): Create,
 * Get, GetDocumentationParts (filters and pages), Update (`/properties` replace), Delete, and
 * ImportDocumentationParts from an OpenAPI document's `x-amazon-apigateway-documentation`.
 *
 * Recorded against AWS (LS-snap test_apigateway_api TestApiGatewayApiDocumentationPart,
 * test_apigateway_common TestDocumentations; aws-behavior.md "Exact messages"):
 * - Create and GetDocumentationParts on an unknown API: 404 `Invalid API identifier specified {acct}:{id}`;
 *   Get and Update on an unknown API or part: 404 `Invalid Documentation part identifier specified`;
 *   Delete on an unknown API: the API text, on an unknown part: the part text.
 * - `add /properties` → `Invalid patch path  '/properties' specified for op 'add'. Please choose supported
 *   operations`; an unknown path → `… Must be one of: [/properties]` (the patch engine's defaults).
 * - A location comes back with its valid fields filled with their defaults: `{type: METHOD, method: GET}`
 *   is stored as `{type, path: "/", method: "GET"}` (import snapshot); `{type: API}` stays `{type}`.
 * - An unparsable import body: 400 `Unable to build importer with provided input.`; a successful import
 *   answers `{ids}` (no `warnings` when there are none).
 *
 * The valid, required and default location fields per type are the developer guide's table
 * (docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-documenting-api-content-representation.html)
 * and the DocumentationPartLocation reference (API_DocumentationPartLocation.html).
 */
import { parse as parseYaml } from 'yaml';
import { badRequest, conflict, limitExceeded, validationError, type ServiceError } from './errors.js';
import { pageOf } from './paging.js';
import { applyPatch, type PatchTable } from './patch.js';
import type { StoreReader, StoreWriter } from '../../store/store.js';
import type { ControlContext, Handlers } from './context.js';
import { getApi } from './rest-apis.js';
import { documentationParts } from './collections.js';
import { isEnumValue } from './enums.js';
import type { DocumentationPart as DocumentationPartView } from './generated/types.js';

import type { DocumentationPart, DocumentationPartLocation } from '../../domain/documentation-part.js';

/** A part as the API answers it: the stored location type (checked when stored) narrowed to the model's enum. */
function view(p: DocumentationPart): DocumentationPartView {
  const type = p.location.type;
  return { id: p.id, location: isEnumValue('DocumentationPartType', type) ? { ...p.location, type } : undefined, properties: p.properties };
}

/** AWS's per-API quota (DG:limits "Documentation parts per API": 2,000). Only with --aws-limits. */
export const MAX_PARTS = 2000;

/** Recorded (LS-snap test_apigateway_import / aws-behavior.md "Unparsable documentation import"). */
const noImporter = (): ServiceError => badRequest('Unable to build importer with provided input.');

type Field = 'path' | 'method' | 'statusCode' | 'name';

/**
 * Valid location fields per type (DG table). REQUEST_BODY also takes `name`: the API reference lists
 * it among the name-bearing types, while the guide's example creates one without it, so it is
 * optional there.
 */
const VALID_FIELDS: Record<string, Field[]> = {
  API: [],
  AUTHORIZER: ['name'],
  MODEL: ['name'],
  RESOURCE: ['path'],
  METHOD: ['path', 'method'],
  PATH_PARAMETER: ['path', 'method', 'name'],
  QUERY_PARAMETER: ['path', 'method', 'name'],
  REQUEST_HEADER: ['path', 'method', 'name'],
  REQUEST_BODY: ['path', 'method', 'name'],
  RESPONSE: ['path', 'method', 'statusCode'],
  RESPONSE_HEADER: ['path', 'method', 'statusCode', 'name'],
  RESPONSE_BODY: ['path', 'method', 'statusCode'],
};
/** Types whose `name` is required (API reference: "a valid and required field" for these). */
const NAME_REQUIRED = ['AUTHORIZER', 'MODEL', 'PATH_PARAMETER', 'QUERY_PARAMETER', 'REQUEST_HEADER', 'RESPONSE_HEADER'];
/** "The default path value is /… The default value of method, or statusCode is *" (DG). */
const DEFAULTS: Partial<Record<Field, string>> = { path: '/', method: '*', statusCode: '*' };
const FIELDS: Field[] = ['path', 'method', 'statusCode', 'name'];
/** The service model's DocumentationPartLocationStatusCode pattern (botocore service-2.json; the SDK's compact schema lacks it). */
const STATUS_CODE_PATTERN = '^([1-5]\\d\\d|\\*|\\s*)$';

const given = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * The stored location: only the type's valid fields, defaults filled in. An invalid field or a missing
 * required name is refused; these texts are not recorded ("It is an error to include an invalid field
 * in the location", DG) and name the field and the type.
 */
export function normalizeLocation(loc: DocumentationPartLocation): DocumentationPartLocation {
  const valid = VALID_FIELDS[loc.type];
  if (!valid) throw badRequest(`Invalid documentation part location type specified: ${loc.type}`);
  const out: DocumentationPartLocation = { type: loc.type };
  for (const f of FIELDS) {
    const v = loc[f];
    if (!valid.includes(f)) {
      if (given(v)) throw badRequest(`Invalid location field '${f}' for documentation part of type '${loc.type}'`);
      continue;
    }
    if (given(v)) out[f] = v;
    else if (DEFAULTS[f] !== undefined) out[f] = DEFAULTS[f];
  }
  if (NAME_REQUIRED.includes(loc.type) && !out.name) throw badRequest(`Location field 'name' is required for documentation part of type '${loc.type}'`);
  return out;
}

/** One key per location: two locations that differ only by an omitted default are the same. */
const locationKey = (l: DocumentationPartLocation): string => JSON.stringify([l.type, l.path ?? null, l.method ?? null, l.statusCode ?? null, l.name ?? null]);

/**
 * The 409 for a taken location. AWS's text for an API part is in the developer guide
 * (api-gateway-documenting-api-quick-start-with-restapi: "Documentation part already exists for the
 * specified location: type 'API'."); for other types the fields are listed the same way (not recorded).
 */
function partExists(l: DocumentationPartLocation): ServiceError {
  const fields = (['type', ...FIELDS] as const).filter((f) => l[f] !== undefined).map((f) => `${f} '${l[f]}'`);
  return conflict(`Documentation part already exists for the specified location: ${fields.join(', ')}.`);
}

/** `properties` is a JSON string ("API Gateway accepts any valid JSON string as the content map", DG). Text not recorded. */
function checkProperties(p: string): void {
  try {
    JSON.parse(p);
  } catch {
    throw badRequest('Invalid documentation part properties specified: the value must be a valid JSON string');
  }
}

/** The model's statusCode pattern, reported the way validate.ts reports model patterns. */
function checkStatusCodePattern(loc: DocumentationPartLocation | undefined, op: string): void {
  const v = loc?.statusCode;
  if (typeof v === 'string' && !new RegExp(STATUS_CODE_PATTERN).test(v)) {
    throw validationError([
      `Value '${v}' at '${op}Input.location.statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: ${STATUS_CODE_PATTERN}`,
    ]);
  }
}

export function allParts(reader: StoreReader, ctx: ControlContext, apiId: string): Promise<DocumentationPart[]> {
  return documentationParts.in(reader, ctx.region, apiId).list();
}

function checkQuota(ctx: ControlContext, count: number): void {
  // Not recorded; the form resources.ts uses for the per-API resource quota.
  if (ctx.config.awsLimits && count > MAX_PARTS) throw limitExceeded(`Maximum number of Documentation Parts for this API has been reached: ${MAX_PARTS}`);
}

const PART_PATCH: PatchTable<DocumentationPart> = {
  rules: [
    {
      path: '/properties',
      ops: ['replace'],
      apply: (p, op) => {
        checkProperties(op.value ?? '');
        p.properties = op.value ?? '';
      },
    },
  ],
};

// ---- ImportDocumentationParts -----------------------------------------------------------------

/**
 * The body as an OpenAPI document: JSON or YAML, an object declaring Swagger 2.0 or OpenAPI 3.0.x
 * (aws-behavior.md A3 "Versions"); anything else is AWS's recorded 400.
 */
function parseDocument(body: Buffer | undefined): Record<string, unknown> {
  const text = body?.toString('utf8') ?? '';
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    try {
      doc = parseYaml(text);
    } catch {
      throw noImporter();
    }
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw noImporter();
  const d = doc as Record<string, unknown>;
  const swagger = String(d.swagger ?? '');
  const openapi = String(d.openapi ?? '');
  if (!(swagger === '2.0' || swagger === '2' || /^3\.0(\.\d+)?$/.test(openapi))) throw noImporter();
  return d;
}

interface ImportedPart {
  location: DocumentationPartLocation;
  properties: string;
}

/**
 * The parts of `x-amazon-apigateway-documentation.documentationParts`. A part that cannot be used is
 * skipped with a warning (warning texts not recorded). Object properties are stored as compact JSON.
 */
function importedParts(doc: Record<string, unknown>, warnings: string[]): ImportedPart[] {
  const ext = doc['x-amazon-apigateway-documentation'];
  if (ext === undefined) return [];
  const list = ext && typeof ext === 'object' ? (ext as Record<string, unknown>).documentationParts : undefined;
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    warnings.push('Invalid x-amazon-apigateway-documentation: documentationParts must be an array');
    return [];
  }
  const out: ImportedPart[] = [];
  list.forEach((raw, i) => {
    const where = `documentationParts[${i}]`;
    const part = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : undefined;
    const loc = part?.location && typeof part.location === 'object' ? (part.location as Record<string, unknown>) : undefined;
    if (!loc || typeof loc.type !== 'string') {
      warnings.push(`Skipping ${where}: a location with a type is required`);
      return;
    }
    const asLocation: DocumentationPartLocation = { type: loc.type };
    for (const f of FIELDS) if (loc[f] !== undefined && loc[f] !== null) asLocation[f] = String(loc[f]);
    let location: DocumentationPartLocation;
    try {
      if (asLocation.statusCode !== undefined && !new RegExp(STATUS_CODE_PATTERN).test(asLocation.statusCode))
        throw badRequest(`Invalid status code specified: ${asLocation.statusCode}`);
      location = normalizeLocation(asLocation);
    } catch (e) {
      warnings.push(`Skipping ${where}: ${(e as Error).message}`);
      return;
    }
    const props = part!.properties;
    let properties: string;
    if (typeof props === 'string') {
      try {
        JSON.parse(props);
        properties = props;
      } catch {
        warnings.push(`Skipping ${where}: properties must be valid JSON`);
        return;
      }
    } else if (props === undefined || props === null) {
      properties = '{}';
    } else {
      properties = JSON.stringify(props);
    }
    out.push({ location, properties });
  });
  return out;
}

// ---- handlers ---------------------------------------------------------------------------------

/**
 * DOCUMENTED: parts "with content"; UNDOCUMENTED: parts "without content" (GetDocumentationParts
 * reference). A part without content is one whose properties are empty (`{}`, `""`, `null`); not recorded.
 */
function hasContent(p: DocumentationPart): boolean {
  try {
    const v = JSON.parse(p.properties) as unknown;
    if (v === null || v === '') return false;
    if (typeof v === 'object') return Object.keys(v).length > 0;
    return true;
  } catch {
    return p.properties !== '';
  }
}

export const documentationPartHandlers: Handlers = {
  async CreateDocumentationPart(input, ctx) {
    checkStatusCodePattern(input.location, 'createDocumentationPart');
    const part = await ctx.store.write(async (tx) => {
      await getApi(tx, ctx, input.restApiId);
      const location = normalizeLocation(input.location);
      checkProperties(input.properties);
      const apiParts = documentationParts.in(tx, ctx.region, input.restApiId);
      const existing = await apiParts.list();
      const key = locationKey(location);
      if (existing.some((p) => locationKey(p.location) === key)) throw partExists(location);
      checkQuota(ctx, existing.length + 1);
      const p: DocumentationPart = { id: await apiParts.newId(), location, properties: input.properties };
      await apiParts.insert(p.id, p);
      return p;
    });
    return view(part);
  },

  async GetDocumentationPart(input, ctx) {
    return view(await documentationParts.in(ctx.store, ctx.region, input.restApiId).getOrThrow(input.documentationPartId));
  },

  /**
   * Filters (GetDocumentationParts reference): `type` and `path` match exactly; `name` (nameQuery) is a
   * case-sensitive prefix of the location's name, as GetApiKeys' `name` is (aws-behavior.md "Name
   * filters"; not recorded for parts).
   */
  async GetDocumentationParts(input, ctx) {
    await getApi(ctx.store, ctx, input.restApiId);
    const where = (p: DocumentationPart): boolean =>
      (input.type === undefined || p.location.type === input.type) &&
      (input.path === undefined || p.location.path === input.path) &&
      (input.nameQuery === undefined || (p.location.name ?? '').startsWith(input.nameQuery)) &&
      (input.locationStatus === undefined || hasContent(p) === (input.locationStatus === 'DOCUMENTED'));
    return pageOf(documentationParts.in(ctx.store, ctx.region, input.restApiId), input, { where, map: view });
  },

  async UpdateDocumentationPart(input, ctx) {
    const part = await ctx.store.write(async (tx) => {
      const apiParts = documentationParts.in(tx, ctx.region, input.restApiId);
      const next = applyPatch(await apiParts.getOrThrow(input.documentationPartId), input.patchOperations, PART_PATCH);
      await apiParts.update(next.id, next);
      return next;
    });
    return view(part);
  },

  async DeleteDocumentationPart(input, ctx) {
    await ctx.store.write(async (tx) => {
      await getApi(tx, ctx, input.restApiId);
      const apiParts = documentationParts.in(tx, ctx.region, input.restApiId);
      await apiParts.getOrThrow(input.documentationPartId);
      await apiParts.remove(input.documentationPartId);
    });
  },

  /**
   * merge (the default): each imported part replaces the properties of the part at the same location
   * (keeping its id) or is created; overwrite: every existing part is deleted first. The answer lists
   * the ids of the imported parts in document order. The body is read before the API is looked up,
   * as for ImportRestApi (aws-behavior.md "Bad OpenAPI body"); failonwarnings rolls the import back.
   */
  async ImportDocumentationParts(input, ctx) {
    const doc = parseDocument(input.body);
    const warnings: string[] = [];
    const parts = importedParts(doc, warnings);
    const ids = await ctx.store.write(async (tx: StoreWriter) => {
      await getApi(tx, ctx, input.restApiId);
      const apiParts = documentationParts.in(tx, ctx.region, input.restApiId);
      if (input.mode === 'overwrite') {
        for (const p of await apiParts.list()) await apiParts.remove(p.id);
      }
      const byKey = new Map((await apiParts.list()).map((p) => [locationKey(p.location), p]));
      const out: string[] = [];
      for (const imported of parts) {
        const key = locationKey(imported.location);
        const current = byKey.get(key);
        if (current) {
          const next = { ...current, properties: imported.properties };
          await apiParts.update(current.id, next);
          byKey.set(key, next);
          if (!out.includes(current.id)) out.push(current.id);
        } else {
          const p: DocumentationPart = { id: await apiParts.newId(), location: imported.location, properties: imported.properties };
          await apiParts.insert(p.id, p);
          byKey.set(key, p);
          out.push(p.id);
        }
      }
      checkQuota(ctx, byKey.size);
      // Not recorded for documentation; ImportRestApi's form (api-keys.ts ImportApiKeys).
      if (input.failOnWarnings && warnings.length) throw badRequest(`Warnings found during import:\n\t${warnings.join('\n\t')}`);
      return out;
    });
    return { ids, warnings: warnings.length ? warnings : undefined };
  },
};
