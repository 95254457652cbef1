/**
 * position/limit pagination for every Get*s list: `limit` defaults to 25 and is capped at 500; a
 * limit below 1 gives an empty page without an error (peer-localstack F30); the last page has no
 * `position` (F29). The opaque position is the creation sequence of the last item returned, so
 * paging never repeats or skips an item while others are created or deleted in between.
 */
import type { ScopedReader } from '../../store/collections/index.js';
import type { PageQuery, Row } from '../../store/store.js';
import { badRequest } from './errors.js';

export const DEFAULT_LIMIT = 25;
export const MAX_LIMIT = 500;

export function encodePosition(seq: number): string {
  return Buffer.from(`p${seq}`).toString('base64url');
}

export function decodePosition(position: string | undefined): number | undefined {
  if (position === undefined || position === '') return undefined;
  const m = /^p(\d{1,15})$/.exec(Buffer.from(position, 'base64url').toString('latin1'));
  // AWS's text for a foreign position token is not recorded; this one names the parameter.
  if (!m) throw badRequest('Invalid position parameter');
  return Number(m[1]);
}

export interface PageInput {
  position?: string;
  limit?: number;
}
export interface Page<T> {
  items: T[];
  position?: string;
}

type PageOptions<T, O> = { desc?: boolean; where?: (b: T) => boolean; map?: (b: T) => O };

/** One page of a collection in one scope (src/services/apigateway/collections.ts). */
export async function pageOf<T, O = T>(coll: Pick<ScopedReader<T>, 'page'>, input: PageInput, opts: PageOptions<T, O> = {}): Promise<Page<O>> {
  const limit = Math.min(input.limit ?? DEFAULT_LIMIT, MAX_LIMIT);
  const after = decodePosition(input.position);
  if (limit < 1) return { items: [] };
  const q: PageQuery<T> = { after, limit: limit + 1, desc: opts.desc, where: opts.where };
  const rows: Row<T>[] = await coll.page(q);
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  // Without `map`, O is T (its default): TypeScript cannot tie a defaulted type parameter to another, hence the cast.
  const map = opts.map ?? ((b: T) => b as unknown as O);
  const page: Page<O> = { items: pageRows.map((r) => map(r.body)) };
  if (more) page.position = encodePosition(pageRows[pageRows.length - 1].seq);
  return page;
}
