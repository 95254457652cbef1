/**
 * A view of a store whose writes are not flushed on their own (WriteOptions.durable false): for the intermediate
 * steps of a long operation whose start and end are durable writes, such as the service calls and per-resource
 * records of a stack deploy (src/stacks/engine/stack-engine.ts). A kill -9 loses none of them; a power loss keeps a
 * prefix of them, as a kill at an earlier step would have.
 */
import { StoreView } from './store-view.js';
import type { StoreWriter, WriteOptions } from './store.js';

export class DeferredStore extends StoreView {
  write<T>(fn: (tx: StoreWriter) => Promise<T>, opts?: WriteOptions): Promise<T> {
    return this.inner.write(fn, { durable: false, ...opts });
  }
  /** The operation's owner closes the store, not this view. */
  override async close(): Promise<void> {}
}
