/**
 * Integrations and integration responses, kept on their method (`methodIntegration`). Rules, defaults
 * and texts are AWS's recorded ones (peer-localstack F64–F67; aws-behavior.md "Exact messages").
 */
import { ServiceError } from './errors.js';
import type { Handlers } from './context.js';
import type { IntegrationResponse, Integration } from '../../domain/integration.js';
export { type IntegrationResponse, type Integration };
/** 50–29000 ms (SVC Integration.timeoutInMillis; DG:limits). */
export declare const MIN_TIMEOUT = 50;
export declare const MAX_TIMEOUT = 29000;
/**
 * The rules an integration obeys, wherever it comes from: PutIntegration and UpdateIntegration throw
 * the error as it is; an OpenAPI import (openapi/plan.ts) lists its message as "Unable to put
 * integration on '{verb}' for resource at path '{path}': {message}" (recorded form, see there).
 * Enum members (type, connectionType, contentHandling) are the model's to check on the wire
 * (protocol/validate.ts); an import, which has no wire shape, checks them itself (openapi/checks.ts).
 */
export declare function integrationProblem(i: Integration, accountId: string): ServiceError | undefined;
export declare const integrationHandlers: Handlers;
