/**
 * A view of a store whose writes are not flushed on their own (WriteOptions.durable false): for the intermediate
 * steps of a long operation whose start and end are durable writes, such as the service calls and per-resource
 * records of a stack deploy (src/stacks/engine/stack-engine.ts). A kill -9 loses none of them; a power loss keeps a
 * prefix of them, as a kill at an earlier step would have.
 */
import type { PageQuery, Row, Store, StoreWriter, WriteOptions } from './store.js';

export class DeferredStore implements Store {
  readonly #inner: Store;

  constructor(inner: Store) {
    this.#inner = inner;
  }

  write<T>(fn: (tx: StoreWriter) => Promise<T>, opts?: WriteOptions): Promise<T> {
    return this.#inner.write(fn, { durable: false, ...opts });
  }
  get<T>(kind: string, scope: string, id: string): Promise<T | undefined> {
    return this.#inner.get(kind, scope, id);
  }
  findById<T>(kind: string, id: string): Promise<Row<T> | undefined> {
    return this.#inner.findById(kind, id);
  }
  findByAlt<T>(kind: string, alt: string): Promise<Row<T> | undefined> {
    return this.#inner.findByAlt(kind, alt);
  }
  page<T>(kind: string, scope: string, q: PageQuery<T>): Promise<Row<T>[]> {
    return this.#inner.page(kind, scope, q);
  }
  list<T>(kind: string, scope: string): Promise<Row<T>[]> {
    return this.#inner.list(kind, scope);
  }
  all<T>(kind: string, scopePrefix: string): Promise<Row<T>[]> {
    return this.#inner.all(kind, scopePrefix);
  }
  configVersion(): Promise<number> {
    return this.#inner.configVersion();
  }
  peekConfigVersion(): number | undefined {
    return this.#inner.peekConfigVersion?.();
  }
  sawConfigVersion(version: number): void {
    this.#inner.sawConfigVersion?.(version);
  }
  /** The operation's owner closes the store, not this view. */
  async close(): Promise<void> {}
}
