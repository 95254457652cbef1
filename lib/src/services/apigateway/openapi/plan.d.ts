import { type Json, type OasVersion } from './parse.js';
import type { Plan, PlanOptions } from './plan-types.js';
export type { BasePathMode, Plan, PlanAuthorizer, PlanDocumentationPart, PlanMethod, PlanModel, PlanOptions, PlanResource, PlanValidator, } from './plan-types.js';
/** A few milliseconds of work at a time, so that a large import does not hold the event loop. */
export declare class Slicer {
    #private;
    tick(): Promise<void>;
}
export declare function buildPlan(doc: Json, version: OasVersion, opts: PlanOptions): Promise<Plan>;
