/**
 * Where the control plane finds the data plane's runtime (stage cache, invokers): keyed by the store
 * both planes share, as control/usage.ts finds the usage counters. A leaf module (type imports only),
 * so that control-plane modules can import it without an import cycle.
 */
import type { Store } from '../store/store.js';
import type { DataRuntime } from './runtime.js';

const runtimes = new WeakMap<Store, DataRuntime>();

export function attachRuntime(store: Store, rt: DataRuntime): void { runtimes.set(store, rt); }

export function runtimeOf(store: Store): DataRuntime | undefined { return runtimes.get(store); }
