import type { StoreReader, StoreWriter } from '../../store/store.js';
import type { ControlContext, Handlers } from './context.js';
import type { Stage as StageView } from './generated/types.js';
import { type Tags } from './tags.js';
import { methodSettingFor, type MethodSetting, type AccessLogSettings, type CanarySettings, type Stage } from '../../domain/stage.js';
export { methodSettingFor, type MethodSetting, type AccessLogSettings, type CanarySettings, type Stage };
/** The stage rules CreateDeployment's stage follows too. */
export { checkPercent, checkStageName, checkVariables, setCache } from './stage-rules.js';
/** AWS's per-API quota (DG:limits): 10 stages. Only with --aws-limits. */
export declare const MAX_STAGES = 10;
/**
 * An unknown stage: `Invalid stage identifier specified` (collections.ts stageNotFound), "stage" in
 * lower case as real AWS writes it: GetStage from a Lambda on AWS
 * (awslabs/aws-api-gateway-developer-portal#310) and DeleteStage through Terraform
 * (hashicorp/terraform-provider-aws#12756).
 */
export declare function getStage(reader: StoreReader, ctx: ControlContext, apiId: string, stageName: string): Promise<Stage>;
export declare function allStages(reader: StoreReader, ctx: ControlContext, apiId: string): Promise<Stage[]>;
/** The view every operation returns (F71): empty variables and empty tags are left out. */
export declare function stageView(s: Stage): StageView;
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
/** Validates and inserts a stage; the caller has checked the API and the deployment. */
export declare function insertStage(tx: StoreWriter, ctx: ControlContext, apiId: string, input: NewStage): Promise<Stage>;
/**
 * A canary from CreateStage/CreateDeployment settings: AWS fills deploymentId (the stage's),
 * percentTraffic 0.0 and useStageCache false (LS-snap test_apigateway_canary create-stage, F77).
 */
export declare function canaryFrom(tx: StoreReader, ctx: ControlContext, apiId: string, c: Partial<CanarySettings>, deploymentId: string): Promise<CanarySettings>;
export declare const stageHandlers: Handlers;
