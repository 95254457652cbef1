/**
 * UpdateStage's patch rules (aws-behavior.md PATCH, UpdateStage row; F73–F75, F77, F78): canary
 * settings and promotion, access log settings, stage variables, the stage's own members and its
 * method settings (stages.ts's header says how method settings are keyed).
 */
import { badRequest } from './errors.js';
import { unescapePointer } from './patch.js';
import { clientCertificates } from './collections.js';
import { isEnumValue } from './enums.js';
import { CACHE_SIZES, checkDocumentationVersion, checkPercent, checkVariables, deploymentDoesNotExist, deploymentExists, setCache } from './stage-rules.js';
/**
 * AWS's list of stage patch paths, as its error text prints it: three method-setting entries run
 * together without separators and two are separated by a space only (F73, recorded;
 * LS-snap test_apigateway_common#test_create_update_stages error-update-doc-version).
 */
const STAGE_PATHS_TEXT = '[/deploymentId, /description, /cacheClusterEnabled, /cacheClusterSize, /clientCertificateId, /accessLogSettings, /accessLogSettings/destinationArn, /accessLogSettings/format, /{resourcePath}/{httpMethod}/metrics/enabled, /{resourcePath}/{httpMethod}/logging/dataTrace, /{resourcePath}/{httpMethod}/logging/loglevel, /{resourcePath}/{httpMethod}/throttling/burstLimit/{resourcePath}/{httpMethod}/throttling/rateLimit/{resourcePath}/{httpMethod}/caching/ttlInSeconds, /{resourcePath}/{httpMethod}/caching/enabled, /{resourcePath}/{httpMethod}/caching/dataEncrypted, /{resourcePath}/{httpMethod}/caching/requireAuthorizationForCacheControl, /{resourcePath}/{httpMethod}/caching/unauthorizedCacheControlHeaderStrategy, /*/*/metrics/enabled, /*/*/logging/dataTrace, /*/*/logging/loglevel, /*/*/throttling/burstLimit /*/*/throttling/rateLimit /*/*/caching/ttlInSeconds, /*/*/caching/enabled, /*/*/caching/dataEncrypted, /*/*/caching/requireAuthorizationForCacheControl, /*/*/caching/unauthorizedCacheControlHeaderStrategy, /variables/{variable_name}, /tracingEnabled]';
const invalidPath = (path) => badRequest(`Invalid method setting path: ${path}. Must be one of: ${STAGE_PATHS_TEXT}`);
/** "Cannot remove …" ends with a space (F74, F75; canary update-stage-canary-settings-remove-overrides). */
const cannotRemove = (what, op = 'remove') => badRequest(`Cannot ${op} method setting ${what} because there is no method setting for this method `);
/** Recorded for `add /canarySettings/deploymentId` (update-stage-add-deployment); used for every known
 * path given an op it does not take (not recorded for the other paths). */
const invalidOp = (op, path) => badRequest(`Invalid ${op} operation with path: ${path}`);
const ACCESS_LOG_PATHS_TEXT = 'Invalid accessLogSettings path. Must be one of : [/accessLogSettings/destinationArn, /accessLogSettings/format]'; // F75
/** A method-settings entry created by a patch starts from these (F74; aws-behavior.md). */
export const METHOD_SETTING_DEFAULTS = {
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
const truthy = (v) => (v ?? '').toLowerCase() === 'true';
function intValue(v, what, min, max) {
    const n = /^-?\d{1,10}$/.test(v ?? '') ? Number(v) : NaN;
    // Not recorded: AWS's texts for a non-numeric or out-of-range setting.
    if (!Number.isInteger(n) || n < min || n > max)
        throw badRequest(`Invalid ${what} specified: ${v ?? 'null'}`);
    return n;
}
function doubleValue(v, what, min = 0) {
    const n = v !== undefined && v.trim() !== '' ? Number(v) : NaN;
    if (!Number.isFinite(n) || n < min)
        throw badRequest(`Invalid ${what} specified: ${v ?? 'null'}`);
    return n;
}
/** `{category}/{name}` → the member it sets (SVC MethodSetting docs name each patch path). */
const SETTINGS = {
    'metrics/enabled': (m, v) => {
        m.metricsEnabled = truthy(v);
    },
    'logging/dataTrace': (m, v) => {
        m.dataTraceEnabled = truthy(v);
    },
    'logging/loglevel': (m, v) => {
        if (!LOG_LEVELS.includes(v ?? ''))
            throw badRequest(`Invalid logging level specified: ${v ?? 'null'}. Valid options are ${LOG_LEVELS.join(',')}`); // not recorded
        m.loggingLevel = v;
    },
    'throttling/burstLimit': (m, v) => {
        m.throttlingBurstLimit = intValue(v, 'throttling burst limit', -1, 2147483647);
    },
    // -1 as for the burst limit: Terraform's aws_api_gateway_method_settings sends its default
    // throttling_rate_limit -1 ("-1.000000") with every new setting, and reads -1 back; the data plane
    // takes a negative limit as no throttle.
    'throttling/rateLimit': (m, v) => {
        m.throttlingRateLimit = doubleValue(v, 'throttling rate limit', -1);
    },
    'caching/ttlInSeconds': (m, v) => {
        m.cacheTtlInSeconds = intValue(v, 'cache ttl', 0, 3600);
    },
    'caching/enabled': (m, v) => {
        m.cachingEnabled = truthy(v);
    },
    'caching/dataEncrypted': (m, v) => {
        m.cacheDataEncrypted = truthy(v);
    },
    'caching/requireAuthorizationForCacheControl': (m, v) => {
        m.requireAuthorizationForCacheControl = truthy(v);
    },
    'caching/unauthorizedCacheControlHeaderStrategy': (m, v) => {
        if (!isEnumValue('UnauthorizedCacheControlHeaderStrategy', v))
            throw badRequest(`Invalid unauthorized cache control header strategy specified: ${v ?? 'null'}. Valid options are ${STRATEGIES.join(',')}`); // not recorded
        m.unauthorizedCacheControlHeaderStrategy = v;
    },
};
const SETTING_PATH = new RegExp(`^/(.+)/([^/]+)/(${Object.keys(SETTINGS).join('|')})$`);
const ENTRY_PATH = /^\/(.+)\/([^/]+)$/;
/** The map key for a patch path's resource and method, or undefined when AWS refuses the pair. */
function settingKey(resource, method) {
    if (resource === '*' && method === '*')
        return '*/*';
    if (resource === '*' || method === '*' || !SETTING_METHODS.includes(method))
        return undefined;
    return `${resource}/${method}`;
}
const CANARY_PATHS = [
    /^\/canarySettings\/percentTraffic$/,
    /^\/canarySettings\/deploymentId$/,
    /^\/canarySettings\/stageVariableOverrides\/.+$/,
    /^\/canarySettings\/useStageCache$/,
];
const OVERRIDE_PREFIX = '/canarySettings/stageVariableOverrides/';
/**
 * `remove /canarySettings/stageVariableOverrides/{name}` drops one override: AWS's guide shows it
 * (docs.aws.amazon.com/apigateway/latest/developerguide/update-canary-deployment.html, "remove the
 * `var1` stage variable"), and Terraform's aws_api_gateway_stage sends it for an override taken out.
 * Not recorded: an override or a canary that is not there (accepted, as for `/variables/{name}`), and
 * the view once the last override is gone (left out, as for a canary created without overrides).
 */
function removeOverride(s, name) {
    const overrides = s.canarySettings?.stageVariableOverrides;
    if (!overrides)
        return;
    delete overrides[name];
    if (!Object.keys(overrides).length)
        delete s.canarySettings.stageVariableOverrides;
}
function parseJsonMap(v, what) {
    let parsed;
    try {
        parsed = JSON.parse(v ?? '');
    }
    catch {
        parsed = undefined;
    }
    // Not recorded: AWS's text for a value that is not a JSON object.
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
        throw badRequest(`Invalid ${what} specified: ${v ?? 'null'}`);
    return parsed;
}
/** UpdateStage's patch operations, one at a time, on a copy of the stage. */
export async function applyStageOp(s, o, u) {
    const op = o.op ?? 'replace';
    const path = o.path ?? '';
    const value = o.value;
    if (op === 'copy')
        promoteCanary(s, path, o.from ?? '');
    else if (path.startsWith('/canarySettings'))
        await patchCanarySettings(s, op, path, value, u);
    else if (path === '/accessLogSettings' || path.startsWith('/accessLogSettings/'))
        patchAccessLogSettings(s, op, path, value);
    else if (path === '/variables')
        patchVariables(s, op, path, value);
    else if (path.startsWith('/variables/') && path.length > '/variables/'.length)
        patchVariable(s, op, path, value);
    else if (STAGE_MEMBERS.includes(path)) {
        if (op !== 'replace')
            throw invalidOp(op, path);
        await replaceStageMember(s, path, value, u);
    }
    else
        patchMethodSettings(s, op, path, value);
}
/** copy: canary promotion only (F78). */
function promoteCanary(s, path, from) {
    const pair = (path === '/deploymentId' && from === '/canarySettings/deploymentId') || (path === '/variables' && from === '/canarySettings/stageVariableOverrides');
    if (!pair) {
        throw badRequest(`Invalid copy operation with path: ${path} and from ${from}. Valid copy:path are [/deploymentId, /variables] and valid copy:from are [/canarySettings/deploymentId, /canarySettings/stageVariableOverrides]`);
    }
    if (!s.canarySettings)
        throw badRequest('Promotion not available. Canary does not exist.');
    if (path === '/deploymentId')
        s.deploymentId = s.canarySettings.deploymentId;
    else
        s.variables = { ...(s.variables ?? {}), ...(s.canarySettings.stageVariableOverrides ?? {}) };
}
/**
 * Canary settings (F77; LS-snap test_apigateway_canary, rules as LocalStack's
 * is_canary_settings_update_patch_valid, which reproduces the recorded texts).
 */
async function patchCanarySettings(s, op, path, value, u) {
    if (path === '/canarySettings' && op === 'remove') {
        delete s.canarySettings;
        return;
    }
    const known = CANARY_PATHS.some((re) => re.test(path));
    if (op === 'remove' && path.startsWith(OVERRIDE_PREFIX) && path.length > OVERRIDE_PREFIX.length) {
        removeOverride(s, unescapePointer(path.slice(OVERRIDE_PREFIX.length)));
        return;
    }
    if (op !== 'replace') {
        if (known)
            throw invalidOp(op, path);
        throw cannotRemove(path.slice(1), op);
    }
    if (!known && path !== '/canarySettings/stageVariableOverrides')
        throw invalidPath(path);
    const c = s.canarySettings ?? { deploymentId: s.deploymentId, percentTraffic: 0, useStageCache: false };
    await replaceCanaryMember(c, path, value, u);
    s.canarySettings = c;
}
async function replaceCanaryMember(c, path, value, u) {
    if (path === '/canarySettings/deploymentId') {
        if (!(await deploymentExists(u.tx, u.ctx, u.apiId, value)))
            throw deploymentDoesNotExist();
        c.deploymentId = value;
    }
    else if (path === '/canarySettings/percentTraffic') {
        const n = value !== undefined && value.trim() !== '' ? Number(value) : NaN;
        checkPercent(Number.isNaN(n) ? -1 : n);
        c.percentTraffic = n;
    }
    else if (path === '/canarySettings/useStageCache') {
        c.useStageCache = truthy(value);
    }
    else if (path === '/canarySettings/stageVariableOverrides') {
        // Not recorded: a bare replace takes a JSON object of overrides.
        const m = parseJsonMap(value, 'stageVariableOverrides');
        checkVariables(m);
        c.stageVariableOverrides = m;
    }
    else {
        const name = unescapePointer(path.slice(OVERRIDE_PREFIX.length));
        checkVariables({ [name]: value });
        c.stageVariableOverrides = { ...(c.stageVariableOverrides ?? {}), [name]: value };
    }
}
/** Access log settings (F75). */
function patchAccessLogSettings(s, op, path, value) {
    if (path === '/accessLogSettings') {
        if (op === 'remove') {
            delete s.accessLogSettings;
            return;
        }
        if (op === 'add' || op === 'replace')
            throw badRequest(ACCESS_LOG_PATHS_TEXT);
        throw invalidOp(op, path);
    }
    const member = path.slice('/accessLogSettings/'.length);
    const known = member === 'destinationArn' || member === 'format';
    if (op === 'remove')
        throw cannotRemove(path.slice(1));
    if (op !== 'add' && op !== 'replace')
        throw invalidOp(op, path);
    if (!known)
        throw badRequest(ACCESS_LOG_PATHS_TEXT);
    if (!value)
        throw badRequest('Access Log value must not be empty');
    s.accessLogSettings = { ...(s.accessLogSettings ?? {}), [member]: value };
}
/** `/variables`: all of the stage's variables. */
function patchVariables(s, op, path, value) {
    if (op === 'remove') {
        delete s.variables;
        return;
    }
    if (op !== 'replace')
        throw invalidOp(op, path);
    // Not recorded: a bare replace takes a JSON object of variables.
    const m = parseJsonMap(value, 'variables');
    checkVariables(m);
    s.variables = m;
}
/** `/variables/{name}`: one stage variable. */
function patchVariable(s, op, path, value) {
    const name = unescapePointer(path.slice('/variables/'.length));
    if (op === 'remove') {
        // Remove works on AWS too ([EMU] in aws-behavior.md); an absent variable is not an error.
        if (s.variables)
            delete s.variables[name];
        return;
    }
    if (op !== 'replace')
        throw invalidOp(op, path);
    const next = { ...(s.variables ?? {}), [name]: value };
    checkVariables(next);
    s.variables = next;
}
/** The stage's own members (replace only). */
const STAGE_MEMBERS = [
    '/deploymentId',
    '/description',
    '/cacheClusterEnabled',
    '/cacheClusterSize',
    '/clientCertificateId',
    '/documentationVersion',
    '/tracingEnabled',
    '/methodSettings',
];
async function replaceStageMember(s, path, value, u) {
    switch (path) {
        case '/deploymentId':
            if (!(await deploymentExists(u.tx, u.ctx, u.apiId, value)))
                throw deploymentDoesNotExist();
            s.deploymentId = value;
            break;
        case '/description':
            if (value)
                s.description = value;
            else
                delete s.description;
            break;
        case '/cacheClusterEnabled':
            setCache(s, truthy(value), undefined);
            break;
        case '/cacheClusterSize':
            // Not recorded: AWS's text for a size outside the model's enum.
            if (!isEnumValue('CacheClusterSize', value))
                throw badRequest(`Invalid cache cluster size specified: ${value ?? 'null'}. Valid options are ${CACHE_SIZES.join(',')}`);
            s.cacheClusterSize = value;
            break;
        case '/clientCertificateId':
            if (!value) {
                delete s.clientCertificateId;
                break;
            }
            // Not recorded: AWS's text for a certificate that does not exist.
            if (!(await clientCertificates.in(u.tx, u.ctx.region).has(value)))
                throw badRequest('Invalid Client Certificate identifier specified');
            s.clientCertificateId = value;
            break;
        case '/documentationVersion':
            await checkDocumentationVersion(u.tx, u.ctx, u.apiId, value);
            if (value)
                s.documentationVersion = value;
            else
                delete s.documentationVersion;
            break;
        case '/tracingEnabled':
            s.tracingEnabled = truthy(value);
            break;
        case '/methodSettings':
            s.methodSettings = methodSettingsFrom(value);
            break;
    }
}
/**
 * Not recorded: a replace of the whole map takes a JSON object {key: {member: value}}; each entry
 * starts from AWS's defaults.
 */
function methodSettingsFrom(value) {
    const m = parseJsonMap(value, 'methodSettings');
    const next = {};
    for (const [k, v] of Object.entries(m)) {
        const parts = /^(.+)\/([^/]+)$/.exec(k);
        const key = parts ? settingKey(parts[1], parts[2]) : undefined;
        if (!key || !v || typeof v !== 'object')
            throw invalidPath(`/${k}`);
        next[key] = { ...METHOD_SETTING_DEFAULTS, ...pickSettings(v) };
    }
    return next;
}
/** One method setting, or the removal of one entry; any other path is not a stage path. */
function patchMethodSettings(s, op, path, value) {
    // One method setting: /{resourcePath}/{httpMethod}/{category}/{name}, or /*/*/... (F74).
    const m = SETTING_PATH.exec(path);
    if (m) {
        const key = settingKey(m[1], m[2]);
        if (!key)
            throw invalidPath(path);
        if (op !== 'replace')
            throw invalidOp(op, path);
        // A new entry starts from the current */* values (or AWS's defaults); later */* changes do not
        // flow down (LS-snap test_apigateway_common#test_create_update_stages update-stage-override).
        const entry = { ...(s.methodSettings[key] ?? s.methodSettings['*/*'] ?? METHOD_SETTING_DEFAULTS) };
        SETTINGS[m[3]](entry, value);
        s.methodSettings = { ...s.methodSettings, [key]: entry };
        return;
    }
    // remove /*/* or /{resourcePath}/{httpMethod}: drop that entry (F74).
    const e = ENTRY_PATH.exec(path);
    const entryKey = e ? settingKey(e[1], e[2]) : undefined;
    if (op === 'remove' && entryKey) {
        if (!s.methodSettings[entryKey])
            throw cannotRemove(entryKey);
        const next = { ...s.methodSettings };
        delete next[entryKey];
        s.methodSettings = next;
        return;
    }
    throw invalidPath(path);
}
const SETTING_MEMBERS = {
    metricsEnabled: 'boolean',
    loggingLevel: 'string',
    dataTraceEnabled: 'boolean',
    throttlingBurstLimit: 'integer',
    throttlingRateLimit: 'double',
    cachingEnabled: 'boolean',
    cacheTtlInSeconds: 'integer',
    cacheDataEncrypted: 'boolean',
    requireAuthorizationForCacheControl: 'boolean',
    // One of the model's UnauthorizedCacheControlHeaderStrategy values, as the single-setting patch path checks.
    unauthorizedCacheControlHeaderStrategy: 'strategy',
};
function memberOk(x, t) {
    if (t === 'boolean')
        return typeof x === 'boolean';
    if (t === 'string')
        return typeof x === 'string';
    if (t === 'strategy')
        return typeof x === 'string' && isEnumValue('UnauthorizedCacheControlHeaderStrategy', x);
    return typeof x === 'number' && (t === 'double' || Number.isInteger(x));
}
function pickSettings(v) {
    const out = {};
    for (const [k, t] of Object.entries(SETTING_MEMBERS)) {
        if (v[k] === undefined)
            continue;
        if (!memberOk(v[k], t))
            throw badRequest(`Invalid methodSettings specified: ${k}`); // not recorded
        out[k] = v[k];
    }
    return out;
}
//# sourceMappingURL=stage-patch.js.map