/**
 * ApiKey: Create, Get, GetApiKeys (name prefix, customerId, values on request, newest first),
 * Update through the patch table, Delete (and out of every usage plan), and ImportApiKeys from CSV
 * (docs.aws.amazon.com/apigateway/latest/developerguide/api-key-file-format.html). Shapes and
 * texts follow the AWS recordings in peer-localstack F23–F33. A key's value is unique per region:
 * the store's `alt` is `${region}:${value}`.
 */
import { badRequest, conflict, notFound, ServiceError } from './errors.js';
import { pageOf } from './paging.js';
import { applyPatch, patchBoolean, type PatchTable } from './patch.js';
import { apiKeyValue, nowSeconds } from '../../shared/ids.js';
import type { StoreReader, StoreWriter } from '../../store/store.js';
import type { ControlContext, Handlers } from './context.js';
import { checkTags, createTags } from './tags.js';
import type { Tags } from '../../domain/tags.js';
import { apiStageExists, attachKey } from './usage-plans.js';
import { plansScope } from '../../domain/kinds.js';
import { altFor, type ApiKey } from '../../domain/api-key.js';
import { apiKeys, usagePlanKeys, usagePlans } from './collections.js';

// A stage key naming a stage (or API) that is not there: AWS's 404, lower-case "stage"
// (aws/serverless-application-model#1669, aws-samples/amazon-rekognition-video-analyzer#30).
const stageKeyNotFound = (): ServiceError => notFound('Invalid stage identifier specified');

export function getApiKey(reader: StoreReader, ctx: ControlContext, id: string): Promise<ApiKey> {
  return apiKeys.in(reader, ctx.region).getOrThrow(id);
}

const NAME_MAX = 1024;
const DESCRIPTION_MAX = 125000;
const VALUE_MIN = 20;
const VALUE_MAX = 128;

// Recorded texts (F24, F25, F26).
const nameText = (name: string): string | undefined => (name.length > NAME_MAX ? `Invalid API Key name, can be at most ${NAME_MAX} characters.` : undefined);
const valueText = (value: string): string | undefined => {
  if (value.length < VALUE_MIN) return `API Key value should be at least ${VALUE_MIN} characters`;
  if (value.length > VALUE_MAX) return `API Key value exceeds maximum size of ${VALUE_MAX} characters`;
  return undefined;
};
const descriptionText = (d: string): string | undefined => (d.length > DESCRIPTION_MAX ? 'Invalid API Key description specified.' : undefined);
function check(text: string | undefined): void {
  if (text) throw badRequest(text);
}

/** Create's view: value, no tags unless there are some (F23). */
const createView = (k: ApiKey): Record<string, unknown> => ({ ...k, tags: createTags(k.tags) });
/** Get: value only on request; `tags` always. */
const getView = (k: ApiKey, includeValue: boolean): Record<string, unknown> => ({ ...k, value: includeValue ? k.value : undefined });
/** List items: value only on request, empty tags left out (F27). */
const listView = (k: ApiKey, includeValues: boolean): Record<string, unknown> => ({
  ...k,
  value: includeValues ? k.value : undefined,
  tags: createTags(k.tags),
});
/** Update: no value, `tags` always (F31). */
const updateView = (k: ApiKey): Record<string, unknown> => ({ ...k, value: undefined });

/**
 * The stage keys given as {restApiId, stageName}, rendered `restApiId/stageName`; each must name an
 * existing stage (checked through apiStageExists, which checks the API until stages exist).
 */
async function resolveStageKeys(reader: StoreReader, ctx: ControlContext, keys: { restApiId?: string; stageName?: string }[] | undefined): Promise<string[]> {
  const out: string[] = [];
  for (const k of keys ?? []) {
    if (!(await apiStageExists(reader, ctx, k.restApiId, k.stageName))) throw stageKeyNotFound();
    const s = `${k.restApiId}/${k.stageName}`;
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

export interface CreateApiKeyInput {
  name?: string;
  description?: string;
  enabled?: boolean;
  generateDistinctId?: boolean;
  value?: string;
  stageKeys?: { restApiId?: string; stageName?: string }[];
  customerId?: string;
  tags?: Tags;
}

/** UpdateApiKey paths. The order of the replace rules is the order AWS lists them in (F33). */
function apiKeyPatch(existingStages: Set<string>): PatchTable<ApiKey> {
  return {
    rules: [
      {
        path: '/description',
        ops: ['replace'],
        apply: (k, op) => {
          check(descriptionText(op.value ?? ''));
          if (op.value) k.description = op.value;
          else delete k.description;
        },
      },
      {
        path: '/enabled',
        ops: ['replace'],
        apply: (k, op) => {
          k.enabled = patchBoolean(op.value);
        },
      }, // F32
      {
        path: '/name',
        ops: ['replace'],
        apply: (k, op) => {
          check(nameText(op.value ?? ''));
          if (op.value) k.name = op.value;
          else delete k.name;
        },
      },
      {
        path: '/customerId',
        ops: ['replace'],
        apply: (k, op) => {
          if (op.value) k.customerId = op.value;
          else delete k.customerId;
        },
      },
      {
        // Legacy stage keys, value `restApiId/stageName`. Removing one the key lacks is a no-op (not recorded).
        path: '/stages',
        ops: ['add', 'remove'],
        apply: (k, op) => {
          const v = op.value ?? '';
          if (op.op === 'add') {
            if (!existingStages.has(v)) throw stageKeyNotFound();
            if (!k.stageKeys.includes(v)) k.stageKeys.push(v);
          } else {
            k.stageKeys = k.stageKeys.filter((s) => s !== v);
          }
        },
      },
    ],
  };
}

// ---------------------------------------------------------------- ImportApiKeys (CSV)

/**
 * RFC 4180 records; a field may also be quoted with single quotes, as the developer guide allows
 * for UsagePlanIds ("enclosed with a pair of double or single quotes"). A doubled quote inside a
 * quoted field is one quote. Returns null for an unterminated quote.
 */
export function parseCsv(text: string): string[][] | null {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  const endRow = (): void => {
    rows.push(row);
    row = [];
  };
  while (i <= n) {
    if (i === n) {
      if (row.length) endRow();
      break;
    }
    const q = text[i];
    let field = '';
    if (q === '"' || q === "'") {
      i++;
      for (;;) {
        if (i >= n) return null;
        if (text[i] === q) {
          if (text[i + 1] === q) {
            field += q;
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
      // Anything between the closing quote and the separator is kept, as lenient readers do.
      while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
    } else {
      while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
    }
    row.push(field);
    if (i >= n) {
      endRow();
      break;
    }
    if (text[i] === ',') {
      i++;
      if (i === n) {
        row.push('');
        endRow();
        break;
      }
      continue;
    }
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    i++;
    endRow();
  }
  // Blank lines are not records.
  return rows.filter((r) => !(r.length === 1 && r[0].trim() === ''));
}

const COLUMNS = ['key', 'name', 'description', 'enabled', 'usageplanids'] as const;
type Column = (typeof COLUMNS)[number];

interface ImportRow {
  line: number;
  value: string;
  name: string;
  description: string;
  enabled: boolean;
  planIds: string[];
  warning?: string;
}

/**
 * Reads the file into rows and per-row warnings. A missing Key column is AWS's 400 "Missing required
 * column 'Key'" (boto/boto3#1280); the same form is used for Name, which the developer guide also
 * requires (not recorded). Warning texts are not recorded: they are the CreateApiKey texts for the
 * same faults, prefixed with the line (the header is line 1).
 */
function readImport(body: Buffer): ImportRow[] {
  const text = body.toString('utf8').replace(/^\uFEFF/, '');
  const records = parseCsv(text);
  if (!records) throw badRequest('Invalid CSV input: unterminated quoted field'); // not recorded
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
  const index = {} as Record<Column, number>;
  for (const c of COLUMNS) index[c] = header.indexOf(c);
  if (index.key < 0) throw badRequest("Missing required column 'Key'");
  if (index.name < 0) throw badRequest("Missing required column 'Name'");
  return records.slice(1).map((rec, i) => {
    const line = i + 2;
    const cell = (c: Column): string => (index[c] >= 0 ? (rec[index[c]] ?? '') : '');
    const value = cell('key').trim();
    const name = cell('name');
    const description = cell('description');
    const text = valueText(value) ?? nameText(name) ?? descriptionText(description);
    // Unset columns default to an empty string or true (developer guide).
    const enabledCell = cell('enabled').trim().toLowerCase();
    const planIds = cell('usageplanids')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return {
      line,
      value,
      name,
      description,
      enabled: enabledCell === '' || enabledCell === 'true',
      planIds,
      warning: text && `Line ${line}: ${text}`,
    };
  });
}

/** Import one row: a key with the same value is overwritten in place (developer guide), else created. */
async function importRow(tx: StoreWriter, ctx: ControlContext, row: ImportRow, warnings: string[]): Promise<string> {
  const now = nowSeconds();
  const alt = altFor(ctx.region, row.value);
  const existing = await apiKeys.findByAlt(tx, alt);
  const keys = apiKeys.in(tx, ctx.region);
  let key: ApiKey;
  if (existing) {
    key = { ...existing.body, enabled: row.enabled, lastUpdatedDate: now };
    if (row.name) key.name = row.name;
    else delete key.name;
    if (row.description) key.description = row.description;
    else delete key.description;
    await keys.update(key.id, key);
  } else {
    key = {
      id: await keys.newId(),
      value: row.value,
      name: row.name || undefined,
      description: row.description || undefined,
      enabled: row.enabled,
      createdDate: now,
      lastUpdatedDate: now,
      stageKeys: [],
      tags: {},
    };
    await keys.insert(key.id, key, alt);
  }
  for (const planId of row.planIds) {
    const plan = await usagePlans.in(tx, ctx.region).get(planId);
    // Not recorded: the unknown-plan text of the plan operations, naming the id.
    if (!plan) {
      warnings.push(`Line ${row.line}: Invalid Usage Plan ID specified: ${planId}`);
      continue;
    }
    try {
      await attachKey(tx, ctx, plan, key.id);
    } catch (e) {
      if (!(e instanceof ServiceError)) throw e;
      warnings.push(`Line ${row.line}: ${e.message}`);
    }
  }
  return key.id;
}

export const apiKeyHandlers: Handlers = {
  async CreateApiKey(input, ctx) {
    const name = input.name || undefined; // an empty name is left out (F24)
    if (name) check(nameText(name));
    // An empty or absent value means "generate one" (F25). generateDistinctId is deprecated: ids are
    // always distinct from values here.
    const value = input.value ? input.value : apiKeyValue();
    check(valueText(value));
    if (input.description) check(descriptionText(input.description));
    const tags = input.tags ?? {};
    checkTags(tags);
    const key = await ctx.store.write(async (tx) => {
      const stageKeys = await resolveStageKeys(tx, ctx, input.stageKeys);
      const alt = altFor(ctx.region, value);
      // AWS's text (serverless/serverless#6458, rrahul963/serverless-add-api-key#27; MOTO).
      if (await apiKeys.findByAlt(tx, alt)) throw conflict('API Key already exists');
      const keys = apiKeys.in(tx, ctx.region);
      const now = nowSeconds();
      const created: ApiKey = {
        id: await keys.newId(),
        value,
        name,
        customerId: input.customerId || undefined,
        description: input.description || undefined,
        enabled: input.enabled ?? false, // F23
        createdDate: now,
        lastUpdatedDate: now,
        stageKeys,
        tags,
      };
      await keys.insert(created.id, created, alt);
      return created;
    });
    return createView(key);
  },

  async GetApiKey(input, ctx) {
    return getView(await getApiKey(ctx.store, ctx, input.apiKey), input.includeValue === true);
  },

  async GetApiKeys(input, ctx) {
    const { nameQuery, customerId } = input;
    // `name` is a case-sensitive prefix (F28); newest first (F27).
    return pageOf<ApiKey, Record<string, unknown>>(apiKeys.in(ctx.store, ctx.region), input, {
      desc: true,
      where: (k) => (nameQuery === undefined || (k.name ?? '').startsWith(nameQuery)) && (customerId === undefined || k.customerId === customerId),
      map: (k) => listView(k, input.includeValues === true),
    });
  },

  async UpdateApiKey(input, ctx) {
    const key = await ctx.store.write(async (tx) => {
      const current = await getApiKey(tx, ctx, input.apiKey);
      const existingStages = new Set<string>();
      for (const op of input.patchOperations ?? []) {
        if (op.path !== '/stages' || op.op !== 'add' || !op.value) continue;
        const i = op.value.indexOf('/');
        if (i > 0 && (await apiStageExists(tx, ctx, op.value.slice(0, i), op.value.slice(i + 1)))) existingStages.add(op.value);
      }
      const next = applyPatch(current, input.patchOperations, apiKeyPatch(existingStages));
      next.lastUpdatedDate = nowSeconds();
      await apiKeys.in(tx, ctx.region).update(next.id, next);
      return next;
    });
    return updateView(key);
  },

  async DeleteApiKey(input, ctx) {
    await ctx.store.write(async (tx) => {
      const keys = apiKeys.in(tx, ctx.region);
      await keys.getOrThrow(input.apiKey);
      await keys.remove(input.apiKey);
      // The key leaves every usage plan with it (F42).
      for (const row of await usagePlanKeys.under(tx, plansScope(ctx.region))) {
        if (row.id === input.apiKey) await usagePlanKeys.removeRow(tx, row);
      }
    });
  },

  async ImportApiKeys(input, ctx) {
    const rows = readImport(input.body); // a blob payload is bound as a Buffer, empty when no body was sent (protocol/parse.ts)
    const warnings: string[] = [];
    const ids = await ctx.store.write(async (tx) => {
      const out: string[] = [];
      for (const row of rows) {
        if (row.warning) {
          warnings.push(row.warning);
          continue;
        }
        const id = await importRow(tx, ctx, row, warnings);
        if (!out.includes(id)) out.push(id);
      }
      // failonwarnings rolls the whole import back. The text is ImportRestApi's form for the same
      // flag ("Warnings found during import:\n\t…", hashicorp/terraform-provider-aws
      // TestAccAPIGatewayRestAPI_failOnWarnings); not recorded for API keys.
      if (input.failOnWarnings && warnings.length) throw badRequest(`Warnings found during import:\n\t${warnings.join('\n\t')}`);
      return out;
    });
    return { ids, warnings: warnings.length ? warnings : undefined };
  },
};
