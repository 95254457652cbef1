/**
 * UsagePlan: Create, Get, GetUsagePlans (optionally only the plans holding a key), Update through the
 * patch table of aws-behavior.md (PATCH, UpdateUsagePlan row), Delete with its plan keys. Shapes and
 * texts follow the AWS recordings in peer-localstack F34–F40. Also the helpers the API-key and
 * plan-key modules share: the API-stage existence check and the one-plan-per-stage rule for keys.
 */
import { type ServiceError } from './errors.js';
import type { StoreReader, StoreWriter } from '../../store/store.js';
import type { ControlContext, Handlers } from './context.js';
import type { ThrottleSettings, QuotaSettings, ApiStage, UsagePlan, PlanKey } from '../../domain/usage-plan.js';
import { planScope, plansScope } from '../../domain/kinds.js';
export { planScope, plansScope };
export { type ThrottleSettings, type QuotaSettings, type ApiStage, type UsagePlan, type PlanKey };
export declare function getUsagePlan(reader: StoreReader, ctx: ControlContext, id: string): Promise<UsagePlan>;
/**
 * Whether `apiId`/`stage` names an existing stage of an API here: the one place API keys' stageKeys
 * and usage plans' apiStages are validated.
 */
export declare function apiStageExists(reader: StoreReader, ctx: ControlContext, apiId: string | undefined, stage: string | undefined): Promise<boolean>;
/**
 * A deleted stage leaves every usage plan that covered it (hashicorp/terraform-provider-aws#14100,
 * a maintainer's account of AWS: deleting a stage "will remove downstream resources such as …
 * aws_api_gateway_usage_plan associated with that stage"). `stage` undefined: all of the API's stages.
 */
export declare function detachApiStages(tx: StoreWriter, ctx: ControlContext, apiId: string, stage?: string): Promise<void>;
/**
 * The text for a key that would sit in two plans sharing an API stage (DG
 * api-gateway-api-usage-plans: "an API key can be associated with … only one usage plan per API
 * stage"). Not found in the searched corpora; this is the text AWS users report for it
 * ([?] from memory of ConflictException reports), so treat it as unverified.
 */
export declare const keyStageConflict: (planId: string, keyId: string, stage: ApiStage) => ServiceError;
/** The ids of the plans (in this region) that hold `keyId`. */
export declare function plansOfKey(reader: StoreReader, ctx: ControlContext, keyId: string): Promise<string[]>;
/** Throws the conflict when `keyId`, put in `planId` with `stages`, would share a stage with another plan of it. */
export declare function checkKeyStages(reader: StoreReader, ctx: ControlContext, planId: string, keyId: string, stages: ApiStage[]): Promise<void>;
/** Puts an existing key in a plan (no-op when it is there already), enforcing one plan per stage. */
export declare function attachKey(tx: StoreWriter, ctx: ControlContext, plan: UsagePlan, keyId: string): Promise<boolean>;
export declare const usagePlanHandlers: Handlers;
