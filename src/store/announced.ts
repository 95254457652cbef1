/**
 * A store whose committed writes are announced before they are acknowledged: `--workers N` (src/cluster/)
 * passes each write's configuration version to the other workers, and waits for them to have taken it,
 * before the handler's answer goes out, so that a client's next request sees its write whichever worker
 * serves it. (Processes that only share the database notice within the store's poll, 250 ms.)
 */
import { StoreView } from './store-view.js';
import type { Store, StoreWriter, WriteOptions } from './store.js';

export class AnnouncedStore extends StoreView {
  readonly #announce: (version: number) => Promise<void>;

  constructor(inner: Store, announce: (version: number) => Promise<void>) {
    super(inner);
    this.#announce = announce;
  }

  async write<T>(fn: (tx: StoreWriter) => Promise<T>, opts?: WriteOptions): Promise<T> {
    const result = await this.inner.write(fn, opts);
    // The version this write made (or a later one of this process): the others read at least this far.
    const version = this.inner.peekConfigVersion?.() ?? (await this.inner.configVersion());
    await this.#announce(version);
    return result;
  }
}
