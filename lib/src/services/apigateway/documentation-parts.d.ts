import type { StoreReader } from '../../store/store.js';
import type { ControlContext, Handlers } from './context.js';
import { partNotFound } from './collections.js';
import type { DocumentationPart, DocumentationPartLocation } from '../../domain/documentation-part.js';
export type { DocumentationPart, DocumentationPartLocation };
/** AWS's per-API quota (DG:limits "Documentation parts per API": 2,000). Only with --aws-limits. */
export declare const MAX_PARTS = 2000;
export { partNotFound };
/**
 * The stored location: only the type's valid fields, defaults filled in. An invalid field or a missing
 * required name is refused; these texts are not recorded ("It is an error to include an invalid field
 * in the location", DG) and name the field and the type.
 */
export declare function normalizeLocation(loc: DocumentationPartLocation): DocumentationPartLocation;
export declare function allParts(reader: StoreReader, ctx: ControlContext, apiId: string): Promise<DocumentationPart[]>;
export declare const documentationPartHandlers: Handlers;
