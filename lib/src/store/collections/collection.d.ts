/**
 * A typed collection: one kind of entity (src/domain/kinds.ts), the type of its body, the scope
 * function that places it, and how its new ids are made. Every store query of the services and the
 * pipeline goes through one (src/store/collections/index.ts), so a kind is never paired with the
 * wrong body type or scope, and "the entities of exactly this scope" is one query (Store.list), not
 * a prefix scan filtered afterwards.
 *
 * A collection is bound to a reader and a scope with `in(reader, ...scopeArgs)`: the store itself
 * (reads outside a transaction) or the transaction a `store.write(tx => …)` hands out. Bound to a
 * transaction (a StoreWriter) it writes too; bound to a reader, its type has no write methods.
 *
 * Not-found errors belong to the service that answers them (the store layer imports no service):
 * a service binds its own with `withNotFound` (src/services/apigateway/collections.ts), or passes
 * one to `getOrThrow`.
 */
import type { Kind } from '../../domain/kinds.js';
import type { PageQuery, Row, StoreReader, StoreWriter } from '../store.js';
/** How a kind's new ids are made, and where they must be unique: in their scope, or across the kind (ids that are looked up without a scope). */
export interface IdFormat {
    make: () => string;
    unique: 'scope' | 'kind';
}
/** A collection bound to a reader and one scope: the reads. */
export interface ScopedReader<T> {
    readonly scope: string;
    get(id: string): Promise<T | undefined>;
    /** The entity, or the error `notFound` makes (the collection's own when not given). */
    getOrThrow(id: string, notFound?: (id: string) => Error): Promise<T>;
    has(id: string): Promise<boolean>;
    /** Every entity in exactly this scope, in creation order. */
    list(): Promise<T[]>;
    /** The same, with each entity's id and creation sequence. */
    rows(): Promise<Row<T>[]>;
    count(): Promise<number>;
    /** One page in creation order (store contract: `after`, `limit`, `desc`, `where`). */
    page(q: PageQuery<T>): Promise<Row<T>[]>;
    /** A fresh id of this kind's format, free in this scope (or in the whole kind, per its IdFormat). */
    newId(): Promise<string>;
}
/** A collection bound to a transaction and one scope: reads and writes. */
export interface ScopedWriter<T> extends ScopedReader<T> {
    insert(id: string, body: T, alt?: string): Promise<void>;
    /** Replaces the body; `alt` is kept when not given. */
    update(id: string, body: T, alt?: string): Promise<void>;
    /** Deletes the entity; whether there was one. */
    remove(id: string): Promise<boolean>;
}
export declare class Collection<T, S extends readonly unknown[]> {
    readonly kind: Kind;
    readonly scopeOf: (...args: S) => string;
    readonly ids?: IdFormat | undefined;
    readonly notFound?: ((id: string) => Error) | undefined;
    constructor(kind: Kind, scopeOf: (...args: S) => string, ids?: IdFormat | undefined, notFound?: ((id: string) => Error) | undefined);
    /** The same collection, answering `notFound(id)` when getOrThrow finds nothing. */
    withNotFound(notFound: (id: string) => Error): Collection<T, S>;
    in(tx: StoreWriter, ...scope: S): ScopedWriter<T>;
    in(reader: StoreReader, ...scope: S): ScopedReader<T>;
    /** The entity with this id in any scope (ids unique across the kind, such as REST APIs' and API keys'). */
    findById(reader: StoreReader, id: string): Promise<Row<T> | undefined>;
    /** The entity with this secondary key (an API key's value). */
    findByAlt(reader: StoreReader, alt: string): Promise<Row<T> | undefined>;
    /** Deletes an entity `under` or `findById` found, in its own scope; whether it was still there. */
    removeRow(tx: StoreWriter, row: Pick<Row<T>, 'scope' | 'id'>): Promise<boolean>;
    /** Every entity of the kind in `scopePrefix` and the scopes below it (cascades and joins across parents). */
    under(reader: StoreReader, scopePrefix: string): Promise<Row<T>[]>;
}
