/**
 * Stages of a REST API: Create, Get, GetStages (not paginated, `item`, optional deploymentId filter;
 * peer-localstack F72), Update through UpdateStage's own patch rules (aws-behavior.md PATCH,
 * UpdateStage row; F73–F75, F77, F78), Delete, and the two cache flushes. A stage is the entity
 * (kind 'stage', scope apiScope, id = stageName); its tags live in its body (tags.ts resolves the
 * stage ARN to it). Shapes follow F71: `methodSettings` always, `variables` and `tags` only when
 * there are some (a recorded GetStage/UpdateStage carries no `tags: {}`, unlike RestApi).
 *
 * Method settings keys are the patch path's resource part as sent, without the leading slash:
 * `/test/GET/...` gives `test/GET` (LS-snap test_apigateway_common#test_create_update_stages) and
 * `/~1resource/GET/...` gives `~1resource/GET` (AWS CLI example, aws/aws-cli
 * awscli/examples/apigateway/get-stage.rst + update-stage.rst). `methodSettingFor` resolves both forms.
 */
import { badRequest, conflict, limitExceeded, notFound, type ServiceError } from '../services/apigateway/errors.js';
import { unescapePointer, type PatchOperation } from '../services/apigateway/patch.js';
import { nowSeconds } from '../shared/ids.js';
import type { StoreReader, StoreWriter } from '../store/store.js';
import type { ControlContext, HandlerTable } from './context.js';
import { detachApiStages } from './usage-plans.js';
import { apiScope } from './context.js';
import { getApi } from './rest-apis.js';
import { checkTags, createTags, type Tags } from './tags.js';
import { methodSettingFor, type MethodSetting, type AccessLogSettings, type CanarySettings, type Stage } from '../domain/stage.js';
import { Kind } from '../domain/kinds.js';
export { methodSettingFor, type MethodSetting, type AccessLogSettings, type CanarySettings, type Stage };


export const STAGE_KIND = Kind.stage;
export const DEPLOYMENT_KIND = Kind.deployment;
export const DOCUMENTATION_VERSION_KIND = Kind.documentationVersion;
const CLIENT_CERTIFICATE_KIND = Kind.clientCertificate;
/** AWS's per-API quota (DG:limits): 10 stages. Only with --aws-limits. */
export const MAX_STAGES = 10;

/**
 * Real AWS writes "stage" in lower case: GetStage from a Lambda on AWS
 * (awslabs/aws-api-gateway-developer-portal#310) and DeleteStage through Terraform
 * (hashicorp/terraform-provider-aws#12756) both answer `Invalid stage identifier specified`.
 */
export const stageNotFound = (): ServiceError => notFound('Invalid stage identifier specified');
/** Recorded: CreateStage canary (LS-snap test_apigateway_canary bad-canary-deployment-id), UpdateStage
 * /canarySettings/deploymentId (update-stage-no-deployment), CreateStage deploymentId (aws/chalice#1839). */
export const deploymentDoesNotExist = (): ServiceError => badRequest('Deployment id does not exist');
/**
 * A stage may only name a documentation version of its API. Not recorded: the text is
 * GetDocumentationVersion's (documentation-versions.ts), answered 400 as for a missing deployment.
 */
async function checkDocumentationVersion(reader: StoreReader, ctx: ControlContext, apiId: string, version: string | undefined): Promise<void> {
  if (version && !(await reader.get(DOCUMENTATION_VERSION_KIND, apiScope(ctx.region, apiId), version))) throw badRequest('Invalid Documentation version specified');
}

export async function getStage(reader: StoreReader, ctx: ControlContext, apiId: string, stageName: string): Promise<Stage> {
  const s = await reader.get<Stage>(STAGE_KIND, apiScope(ctx.region, apiId), stageName);
  if (!s) throw stageNotFound();
  return s;
}

export async function allStages(reader: StoreReader, ctx: ControlContext, apiId: string): Promise<Stage[]> {
  const scope = apiScope(ctx.region, apiId);
  return (await reader.all<Stage>(STAGE_KIND, scope)).filter((r) => r.scope === scope).map((r) => r.body);
}

async function deploymentExists(reader: StoreReader, ctx: ControlContext, apiId: string, id: string | undefined): Promise<boolean> {
  return !!id && !!(await reader.get(DEPLOYMENT_KIND, apiScope(ctx.region, apiId), id));
}

/** The view every operation returns (F71): empty variables and empty tags are left out. */
export function stageView(s: Stage): Record<string, unknown> {
  const out: Record<string, unknown> = { ...s };
  if (!s.variables || !Object.keys(s.variables).length) delete out.variables;
  out.tags = createTags(s.tags);
  return out;
}

// ---- validation -------------------------------------------------------------------------------

const STAGE_NAME = /^[A-Za-z0-9_-]{1,128}$/;
/**
 * Alphanumerics, `-` and `_`, at most 128 (aws-behavior.md "Other control-plane validation"). Not
 * recorded; AWS's text from before hyphens were allowed was "Stage name only allows a-zA-Z0-9_"
 * (Miserlou/Zappa#356), so this keeps that form with the hyphen added.
 */
export function checkStageName(name: string): void {
  if (!STAGE_NAME.test(name)) throw badRequest('Stage name only allows a-zA-Z0-9_-');
}

const VAR_NAME = /^[A-Za-z0-9_]{1,64}$/;
const VAR_VALUE = /^[A-Za-z0-9\-._~:/?#&=,]{1,512}$/;
export const MAX_VARIABLES = 100;

/**
 * Stage variables: names `[A-Za-z0-9_]` up to 64, values `[A-Za-z0-9-._~:/?#&=,]+` up to 512, at
 * most 100 (aws-behavior.md). The value text is AWS's, quirks included (two spaces, `-'`):
 * sirceljm/aws-lambda-blog#10. The name and count texts are not recorded and follow that form.
 */
export function checkVariables(vars: Record<string, string> | undefined): void {
  if (!vars) return;
  for (const [name, value] of Object.entries(vars)) {
    if (!VAR_NAME.test(name)) throw badRequest(`Invalid stage variable name: ${name}.  Please use names with alphanumeric characters and the symbol '_', at most 64 characters.`);
    if (typeof value !== 'string' || !VAR_VALUE.test(value)) {
      throw badRequest(`Invalid stage variable value: ${value ?? ''}.  Please use values with alphanumeric characters and the symbols ' ', -', '.', '_', ':', '/', '?', '&', '=', and ','.`);
    }
  }
  if (Object.keys(vars).length > MAX_VARIABLES) throw badRequest(`Too many stage variables. A stage can have at most ${MAX_VARIABLES} variables`);
}

/** Not recorded; the model documents percentTraffic as 0.0–100.0. */
export function checkPercent(p: number | undefined): void {
  if (p !== undefined && !(Number.isFinite(p) && p >= 0 && p <= 100)) {
    throw badRequest('Invalid canary percentTraffic specified. Must be between 0.0 and 100.0');
  }
}

export const CACHE_SIZES = ['0.5', '1.6', '6.1', '13.5', '28.4', '58.2', '118', '237'];
/** AWS's default cache size (SVC CreateStage: cacheClusterSize defaults to 0.5 GB). */
const DEFAULT_CACHE_SIZE = '0.5';

/**
 * Cache cluster state. Tollgate has no cache cluster to provision, so an enabled cache is
 * AVAILABLE at once (AWS passes through CREATE_IN_PROGRESS; not modelled).
 */
export function setCache(s: Stage, enabled: boolean | undefined, size: string | undefined): void {
  if (size !== undefined) s.cacheClusterSize = size;
  if (enabled === undefined) return;
  s.cacheClusterEnabled = enabled;
  if (enabled && !s.cacheClusterSize) s.cacheClusterSize = DEFAULT_CACHE_SIZE;
  s.cacheClusterStatus = enabled ? 'AVAILABLE' : 'NOT_AVAILABLE';
}

// ---- creation (CreateStage and CreateDeployment's stageName) -----------------------------------

export interface NewStage {
  stageName: string;
  deploymentId: string;
  description?: string;
  cacheClusterEnabled?: boolean;
  cacheClusterSize?: string;
  variables?: Record<string, string>;
  documentationVersion?: string;
  canarySettings?: Partial<CanarySettings>;
  tracingEnabled?: boolean;
  tags?: Tags;
}

async function checkStageQuota(tx: StoreReader, ctx: ControlContext, apiId: string): Promise<void> {
  if (ctx.config.awsLimits && (await allStages(tx, ctx, apiId)).length >= MAX_STAGES) {
    // Not recorded; the form resources.ts uses for the per-API resource quota.
    throw limitExceeded(`Maximum number of Stages for this API has been reached: ${MAX_STAGES}`);
  }
}

/** Validates and inserts a stage; the caller has checked the API and the deployment. */
export async function insertStage(tx: StoreWriter, ctx: ControlContext, apiId: string, input: NewStage): Promise<Stage> {
  const scope = apiScope(ctx.region, apiId);
  if (await tx.get(STAGE_KIND, scope, input.stageName)) throw conflict('Stage already exists');
  checkVariables(input.variables);
  const tags = input.tags ?? {};
  checkTags(tags);
  await checkStageQuota(tx, ctx, apiId);
  const now = nowSeconds();
  const s: Stage = {
    stageName: input.stageName,
    deploymentId: input.deploymentId,
    description: input.description,
    cacheClusterEnabled: false,
    cacheClusterStatus: 'NOT_AVAILABLE',
    methodSettings: {},
    variables: input.variables && Object.keys(input.variables).length ? { ...input.variables } : undefined,
    documentationVersion: input.documentationVersion,
    tracingEnabled: input.tracingEnabled ?? false,
    tags,
    createdDate: now,
    lastUpdatedDate: now,
  };
  setCache(s, input.cacheClusterEnabled, input.cacheClusterSize);
  if (input.canarySettings) s.canarySettings = await canaryFrom(tx, ctx, apiId, input.canarySettings, s.deploymentId);
  await tx.insert(STAGE_KIND, scope, s.stageName, s);
  return s;
}

/**
 * A canary from CreateStage/CreateDeployment settings: AWS fills deploymentId (the stage's),
 * percentTraffic 0.0 and useStageCache false (LS-snap test_apigateway_canary create-stage, F77).
 */
export async function canaryFrom(tx: StoreReader, ctx: ControlContext, apiId: string, c: Partial<CanarySettings>, deploymentId: string): Promise<CanarySettings> {
  if (c.deploymentId !== undefined && !(await deploymentExists(tx, ctx, apiId, c.deploymentId))) throw deploymentDoesNotExist();
  checkPercent(c.percentTraffic);
  checkVariables(c.stageVariableOverrides);
  const out: CanarySettings = { deploymentId: c.deploymentId ?? deploymentId, percentTraffic: c.percentTraffic ?? 0, useStageCache: c.useStageCache ?? false };
  if (c.stageVariableOverrides) out.stageVariableOverrides = { ...c.stageVariableOverrides };
  return out;
}

// ---- UpdateStage ------------------------------------------------------------------------------

/**
 * AWS's list of stage patch paths, as its error text prints it: three method-setting entries run
 * together without separators and two are separated by a space only (F73, recorded;
 * LS-snap test_apigateway_common#test_create_update_stages error-update-doc-version).
 */
const STAGE_PATHS_TEXT = '[/deploymentId, /description, /cacheClusterEnabled, /cacheClusterSize, /clientCertificateId, /accessLogSettings, /accessLogSettings/destinationArn, /accessLogSettings/format, /{resourcePath}/{httpMethod}/metrics/enabled, /{resourcePath}/{httpMethod}/logging/dataTrace, /{resourcePath}/{httpMethod}/logging/loglevel, /{resourcePath}/{httpMethod}/throttling/burstLimit/{resourcePath}/{httpMethod}/throttling/rateLimit/{resourcePath}/{httpMethod}/caching/ttlInSeconds, /{resourcePath}/{httpMethod}/caching/enabled, /{resourcePath}/{httpMethod}/caching/dataEncrypted, /{resourcePath}/{httpMethod}/caching/requireAuthorizationForCacheControl, /{resourcePath}/{httpMethod}/caching/unauthorizedCacheControlHeaderStrategy, /*/*/metrics/enabled, /*/*/logging/dataTrace, /*/*/logging/loglevel, /*/*/throttling/burstLimit /*/*/throttling/rateLimit /*/*/caching/ttlInSeconds, /*/*/caching/enabled, /*/*/caching/dataEncrypted, /*/*/caching/requireAuthorizationForCacheControl, /*/*/caching/unauthorizedCacheControlHeaderStrategy, /variables/{variable_name}, /tracingEnabled]';
const invalidPath = (path: string): ServiceError => badRequest(`Invalid method setting path: ${path}. Must be one of: ${STAGE_PATHS_TEXT}`);
/** "Cannot remove …" ends with a space (F74, F75; canary update-stage-canary-settings-remove-overrides). */
const cannotRemove = (what: string, op = 'remove'): ServiceError => badRequest(`Cannot ${op} method setting ${what} because there is no method setting for this method `);
/** Recorded for `add /canarySettings/deploymentId` (update-stage-add-deployment); used for every known
 * path given an op it does not take (not recorded for the other paths). */
const invalidOp = (op: string, path: string): ServiceError => badRequest(`Invalid ${op} operation with path: ${path}`);
const ACCESS_LOG_PATHS_TEXT = 'Invalid accessLogSettings path. Must be one of : [/accessLogSettings/destinationArn, /accessLogSettings/format]'; // F75

/** A method-settings entry created by a patch starts from these (F74; aws-behavior.md). */
export const METHOD_SETTING_DEFAULTS: MethodSetting = {
  metricsEnabled: false,
  dataTraceEnabled: false,
  throttlingBurstLimit: 5000,
  throttlingRateLimit: 10000,
  cachingEnabled: false,
  cacheTtlInSeconds: 300,
  cacheDataEncrypted: false,
  requireAuthorizationForCacheControl: true,
  unauthorizedCacheControlHeaderStrategy: 'SUCCEED_WITH_RESPONSE_HEADER',
};

/**
 * Methods a setting may name. `ANY` is refused by AWS (`Invalid method setting path:
 * /profile/ANY/logging/loglevel …`, serverless-heaven/serverless-aws-alias#80), as is a wildcard
 * on only one of the two segments (third-party notes measured against AWS; only `/*\/*` works).
 */
const SETTING_METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'];
const STRATEGIES = ['FAIL_WITH_403', 'SUCCEED_WITH_RESPONSE_HEADER', 'SUCCEED_WITHOUT_RESPONSE_HEADER'];
const LOG_LEVELS = ['OFF', 'ERROR', 'INFO'];

const truthy = (v: string | undefined): boolean => (v ?? '').toLowerCase() === 'true';

function intValue(v: string | undefined, what: string, min: number, max: number): number {
  const n = /^-?\d{1,10}$/.test(v ?? '') ? Number(v) : NaN;
  // Not recorded: AWS's texts for a non-numeric or out-of-range setting.
  if (!Number.isInteger(n) || n < min || n > max) throw badRequest(`Invalid ${what} specified: ${v ?? 'null'}`);
  return n;
}
function doubleValue(v: string | undefined, what: string, min = 0): number {
  const n = v !== undefined && v.trim() !== '' ? Number(v) : NaN;
  if (!Number.isFinite(n) || n < min) throw badRequest(`Invalid ${what} specified: ${v ?? 'null'}`);
  return n;
}

type SettingApply = (m: MethodSetting, v: string | undefined) => void;
/** `{category}/{name}` → the member it sets (SVC MethodSetting docs name each patch path). */
const SETTINGS: Record<string, SettingApply> = {
  'metrics/enabled': (m, v) => { m.metricsEnabled = truthy(v); },
  'logging/dataTrace': (m, v) => { m.dataTraceEnabled = truthy(v); },
  'logging/loglevel': (m, v) => {
    if (!LOG_LEVELS.includes(v ?? '')) throw badRequest(`Invalid logging level specified: ${v ?? 'null'}. Valid options are ${LOG_LEVELS.join(',')}`); // not recorded
    m.loggingLevel = v;
  },
  'throttling/burstLimit': (m, v) => { m.throttlingBurstLimit = intValue(v, 'throttling burst limit', -1, 2147483647); },
  // -1 as for the burst limit: Terraform's aws_api_gateway_method_settings sends its default
  // throttling_rate_limit -1 ("-1.000000") with every new setting, and reads -1 back; the data plane
  // takes a negative limit as no throttle.
  'throttling/rateLimit': (m, v) => { m.throttlingRateLimit = doubleValue(v, 'throttling rate limit', -1); },
  'caching/ttlInSeconds': (m, v) => { m.cacheTtlInSeconds = intValue(v, 'cache ttl', 0, 3600); },
  'caching/enabled': (m, v) => { m.cachingEnabled = truthy(v); },
  'caching/dataEncrypted': (m, v) => { m.cacheDataEncrypted = truthy(v); },
  'caching/requireAuthorizationForCacheControl': (m, v) => { m.requireAuthorizationForCacheControl = truthy(v); },
  'caching/unauthorizedCacheControlHeaderStrategy': (m, v) => {
    if (!STRATEGIES.includes(v ?? '')) throw badRequest(`Invalid unauthorized cache control header strategy specified: ${v ?? 'null'}. Valid options are ${STRATEGIES.join(',')}`); // not recorded
    m.unauthorizedCacheControlHeaderStrategy = v!;
  },
};
const SETTING_PATH = new RegExp(`^/(.+)/([^/]+)/(${Object.keys(SETTINGS).join('|')})$`);
const ENTRY_PATH = /^\/(.+)\/([^/]+)$/;

/** The map key for a patch path's resource and method, or undefined when AWS refuses the pair. */
function settingKey(resource: string, method: string): string | undefined {
  if (resource === '*' && method === '*') return '*/*';
  if (resource === '*' || method === '*' || !SETTING_METHODS.includes(method)) return undefined;
  return `${resource}/${method}`;
}

const CANARY_PATHS = [/^\/canarySettings\/percentTraffic$/, /^\/canarySettings\/deploymentId$/, /^\/canarySettings\/stageVariableOverrides\/.+$/, /^\/canarySettings\/useStageCache$/];

const OVERRIDE_PREFIX = '/canarySettings/stageVariableOverrides/';

/**
 * `remove /canarySettings/stageVariableOverrides/{name}` drops one override: AWS's guide shows it
 * (docs.aws.amazon.com/apigateway/latest/developerguide/update-canary-deployment.html, "remove the
 * `var1` stage variable"), and Terraform's aws_api_gateway_stage sends it for an override taken out.
 * Not recorded: an override or a canary that is not there (accepted, as for `/variables/{name}`), and
 * the view once the last override is gone (left out, as for a canary created without overrides).
 */
function removeOverride(s: Stage, name: string): void {
  const overrides = s.canarySettings?.stageVariableOverrides;
  if (!overrides) return;
  delete overrides[name];
  if (!Object.keys(overrides).length) delete s.canarySettings!.stageVariableOverrides;
}

function parseJsonMap(v: string | undefined, what: string): Record<string, unknown> {
  let parsed: unknown;
  try { parsed = JSON.parse(v ?? ''); } catch { parsed = undefined; }
  // Not recorded: AWS's text for a value that is not a JSON object.
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw badRequest(`Invalid ${what} specified: ${v ?? 'null'}`);
  return parsed as Record<string, unknown>;
}

interface UpdateCtx { tx: StoreReader; ctx: ControlContext; apiId: string }

async function applyStageOp(s: Stage, o: PatchOperation, u: UpdateCtx): Promise<void> {
  const op = o.op ?? 'replace';
  const path = o.path ?? '';
  const value = o.value;

  // copy: canary promotion only (F78).
  if (op === 'copy') {
    const from = o.from ?? '';
    const pair = (path === '/deploymentId' && from === '/canarySettings/deploymentId') || (path === '/variables' && from === '/canarySettings/stageVariableOverrides');
    if (!pair) {
      throw badRequest(`Invalid copy operation with path: ${path} and from ${from}. Valid copy:path are [/deploymentId, /variables] and valid copy:from are [/canarySettings/deploymentId, /canarySettings/stageVariableOverrides]`);
    }
    if (!s.canarySettings) throw badRequest('Promotion not available. Canary does not exist.');
    if (path === '/deploymentId') s.deploymentId = s.canarySettings.deploymentId;
    else s.variables = { ...(s.variables ?? {}), ...(s.canarySettings.stageVariableOverrides ?? {}) };
    return;
  }

  // Canary settings (F77; LS-snap test_apigateway_canary, rules as LocalStack's
  // is_canary_settings_update_patch_valid, which reproduces the recorded texts).
  if (path.startsWith('/canarySettings')) {
    if (path === '/canarySettings' && op === 'remove') { delete s.canarySettings; return; }
    const known = CANARY_PATHS.some((re) => re.test(path));
    if (op === 'remove' && path.startsWith(OVERRIDE_PREFIX) && path.length > OVERRIDE_PREFIX.length) {
      removeOverride(s, unescapePointer(path.slice(OVERRIDE_PREFIX.length)));
      return;
    }
    if (op !== 'replace') {
      if (known) throw invalidOp(op, path);
      throw cannotRemove(path.slice(1), op);
    }
    if (!known && path !== '/canarySettings/stageVariableOverrides') throw invalidPath(path);
    const c: CanarySettings = s.canarySettings ?? { deploymentId: s.deploymentId, percentTraffic: 0, useStageCache: false };
    if (path === '/canarySettings/deploymentId') {
      if (!(await deploymentExists(u.tx, u.ctx, u.apiId, value))) throw deploymentDoesNotExist();
      c.deploymentId = value!;
    } else if (path === '/canarySettings/percentTraffic') {
      const n = value !== undefined && value.trim() !== '' ? Number(value) : NaN;
      checkPercent(Number.isNaN(n) ? -1 : n);
      c.percentTraffic = n;
    } else if (path === '/canarySettings/useStageCache') {
      c.useStageCache = truthy(value);
    } else if (path === '/canarySettings/stageVariableOverrides') {
      // Not recorded: a bare replace takes a JSON object of overrides.
      const m = parseJsonMap(value, 'stageVariableOverrides') as Record<string, string>;
      checkVariables(m);
      c.stageVariableOverrides = m;
    } else {
      const name = unescapePointer(path.slice(OVERRIDE_PREFIX.length));
      checkVariables({ [name]: value as string });
      c.stageVariableOverrides = { ...(c.stageVariableOverrides ?? {}), [name]: value! };
    }
    s.canarySettings = c;
    return;
  }

  // Access log settings (F75).
  if (path === '/accessLogSettings' || path.startsWith('/accessLogSettings/')) {
    if (path === '/accessLogSettings') {
      if (op === 'remove') { delete s.accessLogSettings; return; }
      if (op === 'add' || op === 'replace') throw badRequest(ACCESS_LOG_PATHS_TEXT);
      throw invalidOp(op, path);
    }
    const member = path.slice('/accessLogSettings/'.length);
    const known = member === 'destinationArn' || member === 'format';
    if (op === 'remove') throw cannotRemove(path.slice(1));
    if (op !== 'add' && op !== 'replace') throw invalidOp(op, path);
    if (!known) throw badRequest(ACCESS_LOG_PATHS_TEXT);
    if (!value) throw badRequest('Access Log value must not be empty');
    s.accessLogSettings = { ...(s.accessLogSettings ?? {}), [member]: value };
    return;
  }

  // Stage variables.
  if (path === '/variables') {
    if (op === 'remove') { delete s.variables; return; }
    if (op !== 'replace') throw invalidOp(op, path);
    // Not recorded: a bare replace takes a JSON object of variables.
    const m = parseJsonMap(value, 'variables') as Record<string, string>;
    checkVariables(m);
    s.variables = m;
    return;
  }
  if (path.startsWith('/variables/') && path.length > '/variables/'.length) {
    const name = unescapePointer(path.slice('/variables/'.length));
    if (op === 'remove') {
      // Remove works on AWS too ([EMU] in aws-behavior.md); an absent variable is not an error.
      if (s.variables) delete s.variables[name];
      return;
    }
    if (op !== 'replace') throw invalidOp(op, path);
    const next = { ...(s.variables ?? {}), [name]: value as string };
    checkVariables(next);
    s.variables = next;
    return;
  }

  // The stage's own members.
  const SIMPLE = ['/deploymentId', '/description', '/cacheClusterEnabled', '/cacheClusterSize', '/clientCertificateId', '/documentationVersion', '/tracingEnabled', '/methodSettings'];
  if (SIMPLE.includes(path)) {
    if (op !== 'replace') throw invalidOp(op, path);
    switch (path) {
      case '/deploymentId':
        if (!(await deploymentExists(u.tx, u.ctx, u.apiId, value))) throw deploymentDoesNotExist();
        s.deploymentId = value!;
        break;
      case '/description':
        if (value) s.description = value; else delete s.description;
        break;
      case '/cacheClusterEnabled':
        setCache(s, truthy(value), undefined);
        break;
      case '/cacheClusterSize':
        // Not recorded: AWS's text for a size outside the model's enum.
        if (!CACHE_SIZES.includes(value ?? '')) throw badRequest(`Invalid cache cluster size specified: ${value ?? 'null'}. Valid options are ${CACHE_SIZES.join(',')}`);
        s.cacheClusterSize = value;
        break;
      case '/clientCertificateId':
        if (!value) { delete s.clientCertificateId; break; }
        // Not recorded: AWS's text for a certificate that does not exist.
        if (!(await u.tx.get(CLIENT_CERTIFICATE_KIND, u.ctx.region, value))) throw badRequest('Invalid Client Certificate identifier specified');
        s.clientCertificateId = value;
        break;
      case '/documentationVersion':
        await checkDocumentationVersion(u.tx, u.ctx, u.apiId, value);
        if (value) s.documentationVersion = value; else delete s.documentationVersion;
        break;
      case '/tracingEnabled':
        s.tracingEnabled = truthy(value);
        break;
      case '/methodSettings': {
        // Not recorded: a replace of the whole map takes a JSON object {key: {member: value}};
        // each entry starts from AWS's defaults.
        const m = parseJsonMap(value, 'methodSettings');
        const next: Record<string, MethodSetting> = {};
        for (const [k, v] of Object.entries(m)) {
          const parts = /^(.+)\/([^/]+)$/.exec(k);
          const key = parts ? settingKey(parts[1], parts[2]) : undefined;
          if (!key || !v || typeof v !== 'object') throw invalidPath(`/${k}`);
          next[key] = { ...METHOD_SETTING_DEFAULTS, ...pickSettings(v as Record<string, unknown>) };
        }
        s.methodSettings = next;
        break;
      }
    }
    return;
  }

  // One method setting: /{resourcePath}/{httpMethod}/{category}/{name}, or /*/*/... (F74).
  const m = SETTING_PATH.exec(path);
  if (m) {
    const key = settingKey(m[1], m[2]);
    if (!key) throw invalidPath(path);
    if (op !== 'replace') throw invalidOp(op, path);
    // A new entry starts from the current */* values (or AWS's defaults); later */* changes do not
    // flow down (LS-snap test_apigateway_common#test_create_update_stages update-stage-override).
    const entry: MethodSetting = { ...(s.methodSettings[key] ?? s.methodSettings['*/*'] ?? METHOD_SETTING_DEFAULTS) };
    SETTINGS[m[3]](entry, value);
    s.methodSettings = { ...s.methodSettings, [key]: entry };
    return;
  }

  // remove /*/* or /{resourcePath}/{httpMethod}: drop that entry (F74).
  const e = ENTRY_PATH.exec(path);
  const entryKey = e ? settingKey(e[1], e[2]) : undefined;
  if (op === 'remove' && entryKey) {
    if (!s.methodSettings[entryKey]) throw cannotRemove(entryKey);
    const next = { ...s.methodSettings };
    delete next[entryKey];
    s.methodSettings = next;
    return;
  }

  throw invalidPath(path);
}

const SETTING_MEMBERS: Record<string, 'boolean' | 'integer' | 'double' | 'string'> = {
  metricsEnabled: 'boolean', loggingLevel: 'string', dataTraceEnabled: 'boolean', throttlingBurstLimit: 'integer',
  throttlingRateLimit: 'double', cachingEnabled: 'boolean', cacheTtlInSeconds: 'integer', cacheDataEncrypted: 'boolean',
  requireAuthorizationForCacheControl: 'boolean', unauthorizedCacheControlHeaderStrategy: 'string',
};
function pickSettings(v: Record<string, unknown>): Partial<MethodSetting> {
  const out: Record<string, unknown> = {};
  for (const [k, t] of Object.entries(SETTING_MEMBERS)) {
    if (v[k] === undefined) continue;
    const ok = t === 'boolean' ? typeof v[k] === 'boolean' : t === 'string' ? typeof v[k] === 'string' : typeof v[k] === 'number' && (t === 'double' || Number.isInteger(v[k]));
    if (!ok) throw badRequest(`Invalid methodSettings specified: ${k}`); // not recorded
    out[k] = v[k];
  }
  return out;
}

// ---- handlers ---------------------------------------------------------------------------------

interface CreateStageInput extends NewStage { restApiId: string }

export const stageHandlers: HandlerTable = {
  async CreateStage(input: CreateStageInput, ctx) {
    const s = await ctx.store.write(async (tx) => {
      await getApi(tx, ctx, input.restApiId);
      checkStageName(input.stageName);
      if (!(await deploymentExists(tx, ctx, input.restApiId, input.deploymentId))) throw deploymentDoesNotExist();
      await checkDocumentationVersion(tx, ctx, input.restApiId, input.documentationVersion);
      return insertStage(tx, ctx, input.restApiId, input);
    });
    return stageView(s);
  },

  async GetStage(input: { restApiId: string; stageName: string }, ctx) {
    await getApi(ctx.store, ctx, input.restApiId);
    return stageView(await getStage(ctx.store, ctx, input.restApiId, input.stageName));
  },

  /** Not paginated; the list is `item` (F72); deploymentId filters on the stage's own deployment. */
  async GetStages(input: { restApiId: string; deploymentId?: string }, ctx) {
    await getApi(ctx.store, ctx, input.restApiId);
    const stages = (await allStages(ctx.store, ctx, input.restApiId))
      .filter((s) => input.deploymentId === undefined || s.deploymentId === input.deploymentId);
    return { item: stages.map(stageView) };
  },

  async UpdateStage(input: { restApiId: string; stageName: string; patchOperations?: PatchOperation[] }, ctx) {
    const s = await ctx.store.write(async (tx) => {
      await getApi(tx, ctx, input.restApiId);
      const current = await getStage(tx, ctx, input.restApiId, input.stageName);
      const next = structuredClone(current);
      for (const o of input.patchOperations ?? []) await applyStageOp(next, o, { tx, ctx, apiId: input.restApiId });
      next.lastUpdatedDate = nowSeconds();
      await tx.update(STAGE_KIND, apiScope(ctx.region, input.restApiId), next.stageName, next);
      return next;
    });
    return stageView(s);
  },

  async DeleteStage(input: { restApiId: string; stageName: string }, ctx) {
    await ctx.store.write(async (tx) => {
      await getApi(tx, ctx, input.restApiId);
      await getStage(tx, ctx, input.restApiId, input.stageName);
      await tx.delete(STAGE_KIND, apiScope(ctx.region, input.restApiId), input.stageName);
      await detachApiStages(tx, ctx, input.restApiId, input.stageName);
    });
  },

  /** 202 once the stage exists; empties the stage's entries in the data plane's cache (data/cache.ts). */
  async FlushStageCache(input: { restApiId: string; stageName: string }, ctx) {
    await getApi(ctx.store, ctx, input.restApiId);
    await getStage(ctx.store, ctx, input.restApiId, input.stageName);
    ctx.dataPlane.flushStageCache(input.restApiId, input.stageName);
  },

  async FlushStageAuthorizersCache(input: { restApiId: string; stageName: string }, ctx) {
    await getApi(ctx.store, ctx, input.restApiId);
    await getStage(ctx.store, ctx, input.restApiId, input.stageName);
    ctx.dataPlane.flushAuthorizerCache(input.restApiId, input.stageName); // Lambda authorizer results (data/authorize.ts)
  },
};
