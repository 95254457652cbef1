/**
 * The rules a stage's values follow, shared by CreateStage, UpdateStage (stage-patch.ts) and
 * CreateDeployment's stage: names, variables, canary percentage, cache size, and the deployment
 * and documentation version a stage names.
 */
import { type ServiceError } from './errors.js';
import type { StoreReader } from '../../store/store.js';
import type { ControlContext } from './context.js';
import type { Stage } from '../../domain/stage.js';
import type { CacheClusterSize } from './generated/types.js';
/** Recorded: CreateStage canary (LS-snap test_apigateway_canary bad-canary-deployment-id), UpdateStage
 * /canarySettings/deploymentId (update-stage-no-deployment), CreateStage deploymentId (aws/chalice#1839). */
export declare const deploymentDoesNotExist: () => ServiceError;
/**
 * A stage may only name a documentation version of its API. Not recorded: the text is
 * GetDocumentationVersion's (documentation-versions.ts), answered 400 as for a missing deployment.
 */
export declare function checkDocumentationVersion(reader: StoreReader, ctx: ControlContext, apiId: string, version: string | undefined): Promise<void>;
export declare function deploymentExists(reader: StoreReader, ctx: ControlContext, apiId: string, id: string | undefined): Promise<boolean>;
/**
 * Alphanumerics, `-` and `_`, at most 128 (aws-behavior.md "Other control-plane validation"). Not
 * recorded; AWS's text from before hyphens were allowed was "Stage name only allows a-zA-Z0-9_"
 * (Miserlou/Zappa#356), so this keeps that form with the hyphen added.
 */
export declare function checkStageName(name: string): void;
export declare const MAX_VARIABLES = 100;
/**
 * Stage variables: names `[A-Za-z0-9_]` up to 64, values `[A-Za-z0-9-._~:/?#&=,]+` up to 512, at
 * most 100 (aws-behavior.md). The value text is AWS's, quirks included (two spaces, `-'`):
 * sirceljm/aws-lambda-blog#10. The name and count texts are not recorded and follow that form.
 */
export declare function checkVariables(vars: Record<string, string> | undefined): void;
/** Not recorded; the model documents percentTraffic as 0.0–100.0. */
export declare function checkPercent(p: number | undefined): void;
/** In the order AWS's texts list them (the model's enum has the same values). */
export declare const CACHE_SIZES: readonly CacheClusterSize[];
/**
 * Cache cluster state. Tollgate has no cache cluster to provision, so an enabled cache is
 * AVAILABLE at once (AWS passes through CREATE_IN_PROGRESS; not modelled).
 */
export declare function setCache(s: Stage, enabled: boolean | undefined, size: string | undefined): void;
