import type { Handlers } from './context.js';
import type { AuthorizerType, Authorizer } from '../../domain/authorizer.js';
export { type AuthorizerType, type Authorizer };
/** SVC Authorizer.authorizerResultTtlInSeconds: default 300, at most 3600, 0 disables caching. */
export declare const DEFAULT_TTL = 300;
export declare const MAX_TTL = 3600;
/** Per-API quota (DG:limits), enforced with --aws-limits. */
export declare const MAX_AUTHORIZERS = 10;
export declare const identitySources: (a: Pick<Authorizer, "identitySource">) => string[];
/**
 * The rules an authorizer obeys, wherever it comes from: CreateAuthorizer and UpdateAuthorizer answer
 * 400 with the text; an OpenAPI import (openapi/plan.ts) lists it as "Unable to create authorizer
 * '{name}': {text}".
 */
export declare function authorizerProblem(a: Omit<Authorizer, 'id'>): string | undefined;
export declare const authorizerHandlers: Handlers;
