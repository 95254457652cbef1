import { type Json, type OasVersion } from './parse.js';
import type { Plan, SchemeInfo } from './plan-types.js';
/** `securityDefinitions` (2.0) or `components.securitySchemes` (3.0) by name; their authorizers go into the plan. */
export declare function securitySchemes(doc: Json, version: OasVersion, plan: Plan): Map<string, SchemeInfo>;
