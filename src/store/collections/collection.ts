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
 * What stays on the store itself: transactions (`store.write`) and the configuration version
 * (`configVersion`, `peekConfigVersion`), which is no entity but the counter every cache of the data
 * plane and the import's snapshot compare against.
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
  /** Deletes the entity and every entity in the scopes below it (its children, per the collection's `children`); whether it was there. */
  removeTree(id: string): Promise<boolean>;
}

export class Collection<T, S extends readonly unknown[]> {
  constructor(
    readonly kind: Kind,
    readonly scopeOf: (...args: S) => string,
    readonly ids?: IdFormat,
    readonly notFound?: (id: string) => Error,
    /** The scope an entity's children live in (a REST API's resources, a usage plan's keys), from the entity's own scope and id. */
    readonly children?: (scope: string, id: string) => string,
  ) {}

  /** The same collection, answering `notFound(id)` when getOrThrow finds nothing. */
  withNotFound(notFound: (id: string) => Error): Collection<T, S> {
    return new Collection<T, S>(this.kind, this.scopeOf, this.ids, notFound, this.children);
  }

  in(tx: StoreWriter, ...scope: S): ScopedWriter<T>;
  in(reader: StoreReader, ...scope: S): ScopedReader<T>;
  in(reader: StoreReader, ...scope: S): ScopedReader<T> {
    return new Scoped<T>(this, reader as StoreWriter, this.scopeOf(...scope));
  }

  /** The entity with this id in any scope (ids unique across the kind, such as REST APIs' and API keys'). */
  findById(reader: StoreReader, id: string): Promise<Row<T> | undefined> {
    return reader.findById<T>(this.kind, id);
  }

  /** The entity with this secondary key (an API key's value). */
  findByAlt(reader: StoreReader, alt: string): Promise<Row<T> | undefined> {
    return reader.findByAlt<T>(this.kind, alt);
  }

  /** Deletes an entity `under` or `findById` found, in its own scope; whether it was still there. */
  removeRow(tx: StoreWriter, row: Pick<Row<T>, 'scope' | 'id'>): Promise<boolean> {
    return tx.delete(this.kind, row.scope, row.id);
  }

  /** Every entity of the kind in `scopePrefix` and the scopes below it (cascades and joins across parents). */
  under(reader: StoreReader, scopePrefix: string): Promise<Row<T>[]> {
    return reader.all<T>(this.kind, scopePrefix);
  }
}

/** Fallback for a collection no service gave a not-found error: a programming error, answered 500. */
const missing =
  (kind: string, scope: string) =>
  (id: string): Error =>
    new Error(`${kind} ${scope}/${id} not found, and no not-found error was given`);

class Scoped<T> implements ScopedWriter<T> {
  readonly #c: Collection<T, never>;
  readonly #r: StoreWriter;
  readonly scope: string;

  constructor(c: Collection<T, never>, r: StoreWriter, scope: string) {
    this.#c = c;
    this.#r = r;
    this.scope = scope;
  }

  get(id: string): Promise<T | undefined> {
    return this.#r.get<T>(this.#c.kind, this.scope, id);
  }

  async getOrThrow(id: string, notFound?: (id: string) => Error): Promise<T> {
    const body = await this.get(id);
    if (body === undefined) throw (notFound ?? this.#c.notFound ?? missing(this.#c.kind, this.scope))(id);
    return body;
  }

  async has(id: string): Promise<boolean> {
    return (await this.get(id)) !== undefined;
  }

  async list(): Promise<T[]> {
    return (await this.rows()).map((r) => r.body);
  }

  rows(): Promise<Row<T>[]> {
    return this.#r.list<T>(this.#c.kind, this.scope);
  }

  async count(): Promise<number> {
    return (await this.rows()).length;
  }

  page(q: PageQuery<T>): Promise<Row<T>[]> {
    return this.#r.page<T>(this.#c.kind, this.scope, q);
  }

  async newId(): Promise<string> {
    const ids = this.#c.ids;
    if (!ids) throw new Error(`${this.#c.kind}: ids of this kind are not generated`);
    let id: string;
    do id = ids.make();
    while (ids.unique === 'kind' ? await this.#r.findById(this.#c.kind, id) : await this.has(id));
    return id;
  }

  insert(id: string, body: T, alt?: string): Promise<void> {
    return this.#r.insert<T>(this.#c.kind, this.scope, id, body, alt);
  }

  update(id: string, body: T, alt?: string): Promise<void> {
    return this.#r.update<T>(this.#c.kind, this.scope, id, body, alt);
  }

  remove(id: string): Promise<boolean> {
    return this.#r.delete(this.#c.kind, this.scope, id);
  }

  async removeTree(id: string): Promise<boolean> {
    const children = this.#c.children;
    if (!children) throw new Error(`${this.#c.kind}: entities of this kind have no children`);
    const removed = await this.remove(id);
    await this.#r.deleteTree(children(this.scope, id));
    return removed;
  }
}
