import { type Json, type OasVersion } from './parse.js';
import type { Plan, PlanMethod, SchemeInfo } from './plan-types.js';
export interface MethodContext {
    doc: Json;
    version: OasVersion;
    plan: Plan;
    schemes: Map<string, SchemeInfo>;
    validatorNames: Set<string>;
    defaultValidator?: string;
    modelFor: (schema: unknown, contentType: string) => string | undefined;
    /** The importing account: PutIntegration's pass-role rule names it. */
    accountId: string;
}
export declare function buildMethod(mc: MethodContext, verb: string, op: Json, item: Json, fullPath: string, pathVars: string[]): PlanMethod | undefined;
