/**
 * An import plan → the writes it makes into an API in a given state (import.ts runs them in one
 * transaction). Merge replaces what has the same name, type, location or path; import and
 * overwrite also delete what the document does not define (import.ts's header says what AWS does).
 */
import { type Authorizer } from '../authorizers.js';
import { type DocumentationPart } from '../documentation-parts.js';
import { type Model } from '../models.js';
import { type RequestValidator } from '../request-validators.js';
import { type Resource } from '../resources.js';
import { type Plan } from './plan.js';
export type PutMode = 'merge' | 'overwrite';
export type Mode = 'import' | PutMode;
export interface WriteOp {
    op: 'insert' | 'update' | 'delete';
    kind: string;
    id: string;
    body?: unknown;
}
export interface WriteSet {
    ops: WriteOp[];
    errors: string[];
    resourceCount: number;
    authorizerCount: number;
}
/** What an API holds before the import: the entities a plan merges into or replaces. */
export interface ApiState {
    models: Model[];
    authorizers: Authorizer[];
    validators: RequestValidator[];
    gatewayResponseTypes: string[];
    parts: DocumentationPart[];
    resources: Resource[];
}
/** The root resource's id while an imported API does not exist yet (replaced in commitWrites). */
export declare const ROOT_PLACEHOLDER = "\0root";
export declare const withoutUndefined: <T extends object>(o: T) => T;
/**
 * Everything a plan writes into an API in the given state, computed without the store: the
 * transaction then only runs the writes (commitWrites), so that it holds the event loop as briefly
 * as possible. Problems only visible against the API's entities (a variable path part beside an
 * existing one, a reference to a model it lacks) are collected as errors.
 */
export declare function prepareWrites(state: ApiState, plan: Plan, mode: Mode, sliced: boolean): Promise<WriteSet>;
