export class Collection {
    kind;
    scopeOf;
    ids;
    notFound;
    constructor(kind, scopeOf, ids, notFound) {
        this.kind = kind;
        this.scopeOf = scopeOf;
        this.ids = ids;
        this.notFound = notFound;
    }
    /** The same collection, answering `notFound(id)` when getOrThrow finds nothing. */
    withNotFound(notFound) {
        return new Collection(this.kind, this.scopeOf, this.ids, notFound);
    }
    in(reader, ...scope) {
        return new Scoped(this, reader, this.scopeOf(...scope));
    }
    /** The entity with this id in any scope (ids unique across the kind, such as REST APIs' and API keys'). */
    findById(reader, id) {
        return reader.findById(this.kind, id);
    }
    /** The entity with this secondary key (an API key's value). */
    findByAlt(reader, alt) {
        return reader.findByAlt(this.kind, alt);
    }
    /** Deletes an entity `under` or `findById` found, in its own scope; whether it was still there. */
    removeRow(tx, row) {
        return tx.delete(this.kind, row.scope, row.id);
    }
    /** Every entity of the kind in `scopePrefix` and the scopes below it (cascades and joins across parents). */
    under(reader, scopePrefix) {
        return reader.all(this.kind, scopePrefix);
    }
}
/** Fallback for a collection no service gave a not-found error: a programming error, answered 500. */
const missing = (kind, scope) => (id) => new Error(`${kind} ${scope}/${id} not found, and no not-found error was given`);
class Scoped {
    #c;
    #r;
    scope;
    constructor(c, r, scope) {
        this.#c = c;
        this.#r = r;
        this.scope = scope;
    }
    get(id) {
        return this.#r.get(this.#c.kind, this.scope, id);
    }
    async getOrThrow(id, notFound) {
        const body = await this.get(id);
        if (body === undefined)
            throw (notFound ?? this.#c.notFound ?? missing(this.#c.kind, this.scope))(id);
        return body;
    }
    async has(id) {
        return (await this.get(id)) !== undefined;
    }
    async list() {
        return (await this.rows()).map((r) => r.body);
    }
    rows() {
        return this.#r.list(this.#c.kind, this.scope);
    }
    async count() {
        return (await this.rows()).length;
    }
    page(q) {
        return this.#r.page(this.#c.kind, this.scope, q);
    }
    async newId() {
        const ids = this.#c.ids;
        if (!ids)
            throw new Error(`${this.#c.kind}: ids of this kind are not generated`);
        let id;
        do
            id = ids.make();
        while (ids.unique === 'kind' ? await this.#r.findById(this.#c.kind, id) : await this.has(id));
        return id;
    }
    insert(id, body, alt) {
        return this.#r.insert(this.#c.kind, this.scope, id, body, alt);
    }
    update(id, body, alt) {
        return this.#r.update(this.#c.kind, this.scope, id, body, alt);
    }
    remove(id) {
        return this.#r.delete(this.#c.kind, this.scope, id);
    }
}
