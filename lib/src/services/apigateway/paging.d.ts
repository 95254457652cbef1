/**
 * position/limit pagination for every Get*s list: `limit` defaults to 25 and is capped at 500; a
 * limit below 1 gives an empty page without an error (peer-localstack F30); the last page has no
 * `position` (F29). The opaque position is the creation sequence of the last item returned, so
 * paging never repeats or skips an item while others are created or deleted in between.
 */
import type { ScopedReader } from '../../store/collections/index.js';
import type { StoreReader } from '../../store/store.js';
export declare const DEFAULT_LIMIT = 25;
export declare const MAX_LIMIT = 500;
export declare function encodePosition(seq: number): string;
export declare function decodePosition(position: string | undefined): number | undefined;
export interface PageInput {
    position?: string;
    limit?: number;
}
export interface Page<T> {
    items: T[];
    position?: string;
}
type PageOptions<T, O> = {
    desc?: boolean;
    where?: (b: T) => boolean;
    map?: (b: T) => O;
};
/** One page of a collection in one scope (src/services/apigateway/collections.ts). */
export declare function pageOf<T, O = T>(coll: Pick<ScopedReader<T>, 'page'>, input: PageInput, opts?: PageOptions<T, O>): Promise<Page<O>>;
/** The same by kind and scope, for the families not on collections yet (pageOf replaces it). */
export declare function listPage<T, O = T>(reader: StoreReader, kind: string, scope: string, input: PageInput, opts?: PageOptions<T, O>): Promise<Page<O>>;
export {};
