import type { StoreReader } from '../../store/store.js';
import type { ControlContext, Handlers } from './context.js';
import type { Resource as ResourceView } from './generated/types.js';
import type { Resource } from '../../domain/resource.js';
import { resourceNotFound } from './collections.js';
export { type Resource };
export { resourceNotFound };
export declare function getResource(reader: StoreReader, ctx: ControlContext, apiId: string, resourceId: string): Promise<Resource>;
export declare const isVariablePart: (p: string | undefined) => boolean;
export declare const isGreedyPart: (p: string | undefined) => boolean;
/** CreateResource's rule, also an OpenAPI import's (openapi/plan.ts: "Unable to create resource at path '{path}': {text}"). */
export declare function pathPartProblem(pathPart: string): string | undefined;
/** Without `embed=methods`, methods are listed by name with empty bodies (F49). */
export declare function resourceView(r: Resource, embedMethods: boolean): ResourceView;
export declare const resourceHandlers: Handlers;
