import { badRequest } from './errors.js';
export const DEFAULT_LIMIT = 25;
export const MAX_LIMIT = 500;
export function encodePosition(seq) {
    return Buffer.from(`p${seq}`).toString('base64url');
}
export function decodePosition(position) {
    if (position === undefined || position === '')
        return undefined;
    const m = /^p(\d{1,15})$/.exec(Buffer.from(position, 'base64url').toString('latin1'));
    // AWS's text for a foreign position token is not recorded; this one names the parameter.
    if (!m)
        throw badRequest('Invalid position parameter');
    return Number(m[1]);
}
/** One page of a collection in one scope (src/services/apigateway/collections.ts). */
export async function pageOf(coll, input, opts = {}) {
    const limit = Math.min(input.limit ?? DEFAULT_LIMIT, MAX_LIMIT);
    const after = decodePosition(input.position);
    if (limit < 1)
        return { items: [] };
    const q = { after, limit: limit + 1, desc: opts.desc, where: opts.where };
    const rows = await coll.page(q);
    const more = rows.length > limit;
    const pageRows = more ? rows.slice(0, limit) : rows;
    const map = opts.map ?? ((b) => b);
    const page = { items: pageRows.map((r) => map(r.body)) };
    if (more)
        page.position = encodePosition(pageRows[pageRows.length - 1].seq);
    return page;
}
/** The same by kind and scope, for the families not on collections yet (pageOf replaces it). */
export function listPage(reader, kind, scope, input, opts = {}) {
    return pageOf({ page: (q) => reader.page(kind, scope, q) }, input, opts);
}
//# sourceMappingURL=paging.js.map