import { type Json } from './parse.js';
import type { Plan, PlanMethod } from './plan-types.js';
export declare function buildIntegration(plan: Plan, ext: Json, verb: string, fullPath: string, method: PlanMethod, accountId: string): PlanMethod['methodIntegration'];
