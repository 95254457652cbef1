/**
 * A store whose committed writes are announced before they are acknowledged: `--workers N` (src/cluster/)
 * passes each write's configuration version to the other workers, and waits for them to have taken it,
 * before the handler's answer goes out, so that a client's next request sees its write whichever worker
 * serves it. (Processes that only share the database notice within the store's poll, 250 ms.)
 */
import type { PageQuery, Row, Store, StoreWriter, WriteOptions } from './store.js';

export class AnnouncedStore implements Store {
  readonly #inner: Store;
  readonly #announce: (version: number) => Promise<void>;

  constructor(inner: Store, announce: (version: number) => Promise<void>) {
    this.#inner = inner;
    this.#announce = announce;
  }

  async write<T>(fn: (tx: StoreWriter) => Promise<T>, opts?: WriteOptions): Promise<T> {
    const result = await this.#inner.write(fn, opts);
    // The version this write made (or a later one of this process): the others read at least this far.
    const version = this.#inner.peekConfigVersion?.() ?? (await this.#inner.configVersion());
    await this.#announce(version);
    return result;
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
  get ping(): (() => Promise<void>) | undefined {
    const inner = this.#inner;
    return inner.ping && (() => inner.ping!());
  }
  close(): Promise<void> {
    return this.#inner.close();
  }
}
