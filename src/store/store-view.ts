/**
 * A view of another store: every read goes to it as it is; a view says only how it writes (and whether closing
 * it closes the store). The views: AnnouncedStore (--workers: a write is announced before it is acknowledged) and
 * DeferredStore (a stack deploy's intermediate steps, not flushed one by one).
 */
import type { PageQuery, Row, Store, StoreWriter, WriteOptions } from './store.js';

export abstract class StoreView implements Store {
  protected readonly inner: Store;

  constructor(inner: Store) {
    this.inner = inner;
  }

  abstract write<T>(fn: (tx: StoreWriter) => Promise<T>, opts?: WriteOptions): Promise<T>;

  get<T>(kind: string, scope: string, id: string): Promise<T | undefined> {
    return this.inner.get(kind, scope, id);
  }
  findById<T>(kind: string, id: string): Promise<Row<T> | undefined> {
    return this.inner.findById(kind, id);
  }
  findByAlt<T>(kind: string, alt: string): Promise<Row<T> | undefined> {
    return this.inner.findByAlt(kind, alt);
  }
  page<T>(kind: string, scope: string, q: PageQuery<T>): Promise<Row<T>[]> {
    return this.inner.page(kind, scope, q);
  }
  list<T>(kind: string, scope: string): Promise<Row<T>[]> {
    return this.inner.list(kind, scope);
  }
  all<T>(kind: string, scopePrefix: string): Promise<Row<T>[]> {
    return this.inner.all(kind, scopePrefix);
  }
  configVersion(): Promise<number> {
    return this.inner.configVersion();
  }
  peekConfigVersion(): number | undefined {
    return this.inner.peekConfigVersion?.();
  }
  sawConfigVersion(version: number): void {
    this.inner.sawConfigVersion?.(version);
  }
  get ping(): (() => Promise<void>) | undefined {
    const inner = this.inner;
    return inner.ping && (() => inner.ping!());
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}
