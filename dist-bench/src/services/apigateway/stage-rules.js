/**
 * The rules a stage's values follow, shared by CreateStage, UpdateStage (stage-patch.ts) and
 * CreateDeployment's stage: names, variables, canary percentage, cache size, and the deployment
 * and documentation version a stage names.
 */
import { badRequest } from './errors.js';
import { deployments, documentationVersions } from './collections.js';
/** Recorded: CreateStage canary (LS-snap test_apigateway_canary bad-canary-deployment-id), UpdateStage
 * /canarySettings/deploymentId (update-stage-no-deployment), CreateStage deploymentId (aws/chalice#1839). */
export const deploymentDoesNotExist = () => badRequest('Deployment id does not exist');
/**
 * A stage may only name a documentation version of its API. Not recorded: the text is
 * GetDocumentationVersion's (documentation-versions.ts), answered 400 as for a missing deployment.
 */
export async function checkDocumentationVersion(reader, ctx, apiId, version) {
    if (version && !(await documentationVersions.in(reader, ctx.region, apiId).has(version)))
        throw badRequest('Invalid Documentation version specified');
}
export async function deploymentExists(reader, ctx, apiId, id) {
    return !!id && (await deployments.in(reader, ctx.region, apiId).has(id));
}
const STAGE_NAME = /^[A-Za-z0-9_-]{1,128}$/;
/**
 * Alphanumerics, `-` and `_`, at most 128 (aws-behavior.md "Other control-plane validation"). Not
 * recorded; AWS's text from before hyphens were allowed was "Stage name only allows a-zA-Z0-9_"
 * (Miserlou/Zappa#356), so this keeps that form with the hyphen added.
 */
export function checkStageName(name) {
    if (!STAGE_NAME.test(name))
        throw badRequest('Stage name only allows a-zA-Z0-9_-');
}
const VAR_NAME = /^[A-Za-z0-9_]{1,64}$/;
const VAR_VALUE = /^[A-Za-z0-9\-._~:/?#&=,]{1,512}$/;
export const MAX_VARIABLES = 100;
/**
 * Stage variables: names `[A-Za-z0-9_]` up to 64, values `[A-Za-z0-9-._~:/?#&=,]+` up to 512, at
 * most 100 (aws-behavior.md). The value text is AWS's, quirks included (two spaces, `-'`):
 * sirceljm/aws-lambda-blog#10. The name and count texts are not recorded and follow that form.
 */
export function checkVariables(vars) {
    if (!vars)
        return;
    for (const [name, value] of Object.entries(vars)) {
        if (!VAR_NAME.test(name))
            throw badRequest(`Invalid stage variable name: ${name}.  Please use names with alphanumeric characters and the symbol '_', at most 64 characters.`);
        if (typeof value !== 'string' || !VAR_VALUE.test(value)) {
            throw badRequest(`Invalid stage variable value: ${value ?? ''}.  Please use values with alphanumeric characters and the symbols ' ', -', '.', '_', ':', '/', '?', '&', '=', and ','.`);
        }
    }
    if (Object.keys(vars).length > MAX_VARIABLES)
        throw badRequest(`Too many stage variables. A stage can have at most ${MAX_VARIABLES} variables`);
}
/** Not recorded; the model documents percentTraffic as 0.0–100.0. */
export function checkPercent(p) {
    if (p !== undefined && !(Number.isFinite(p) && p >= 0 && p <= 100)) {
        throw badRequest('Invalid canary percentTraffic specified. Must be between 0.0 and 100.0');
    }
}
/** In the order AWS's texts list them (the model's enum has the same values). */
export const CACHE_SIZES = ['0.5', '1.6', '6.1', '13.5', '28.4', '58.2', '118', '237'];
/** AWS's default cache size (SVC CreateStage: cacheClusterSize defaults to 0.5 GB). */
const DEFAULT_CACHE_SIZE = '0.5';
/**
 * Cache cluster state. Tollgate has no cache cluster to provision, so an enabled cache is
 * AVAILABLE at once (AWS passes through CREATE_IN_PROGRESS; not modelled).
 */
export function setCache(s, enabled, size) {
    if (size !== undefined)
        s.cacheClusterSize = size;
    if (enabled === undefined)
        return;
    s.cacheClusterEnabled = enabled;
    if (enabled && !s.cacheClusterSize)
        s.cacheClusterSize = DEFAULT_CACHE_SIZE;
    s.cacheClusterStatus = enabled ? 'AVAILABLE' : 'NOT_AVAILABLE';
}
//# sourceMappingURL=stage-rules.js.map