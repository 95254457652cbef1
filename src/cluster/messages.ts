/**
 * The messages between the primary and its workers (`--workers N`), over node:cluster's IPC channel
 * (JSON, https://nodejs.org/docs/latest-v20.x/api/cluster.html#workersendmessage-sendhandle-options-callback).
 * Every type starts `tollgate:`, apart from prom-client's own metrics messages (`prom-client:*`), which
 * share the channel. A call is answered by a reply of the same id; a notice by an ack of the same id.
 */
import type { CounterCalls } from '../throttle/shared.js';

/** What a worker tells every other worker, through the primary, before its own answer goes out. */
export type Notice =
  /** A write committed: this configuration version (and everything before it) is in the store. */
  | { kind: 'version'; version: number }
  /** FlushStageCache / FlushStageAuthorizersCache: a stage's cache, or its authorizer results, forgotten. */
  | { kind: 'flush-stage'; apiId: string; stage: string }
  | { kind: 'flush-authorizers'; apiId: string; stage: string };

/** The primary's operations: its counters', a notice for the other workers, the aggregated metrics. */
export interface PrimaryCalls extends CounterCalls {
  notify: [Notice];
  metrics: [];
}
export type PrimaryOp = keyof PrimaryCalls;

export type ToPrimary =
  | { t: 'tollgate:call'; id: number; op: PrimaryOp; args: unknown[] }
  | { t: 'tollgate:ack'; id: number }
  /** The worker is up: its listeners are bound. */
  | { t: 'tollgate:listening'; url: string };

export type ToWorker = { t: 'tollgate:reply'; id: number; value?: unknown; error?: string } | { t: 'tollgate:notice'; id: number; notice: Notice };

/** One of Tollgate's messages (not prom-client's, not another module's). */
function isTollgate(m: unknown): boolean {
  return typeof m === 'object' && m !== null && typeof (m as { t?: unknown }).t === 'string' && (m as { t: string }).t.startsWith('tollgate:');
}
export const isToPrimary = (m: unknown): m is ToPrimary => isTollgate(m);
export const isToWorker = (m: unknown): m is ToWorker => isTollgate(m);

/** Environment variables the primary sets for a worker. */
export const WORKER_SLOT_ENV = 'TOLLGATE_WORKER_SLOT';
/** Set for the first generation of slot 1: the worker that starts alone and does the start-up chores. */
export const WORKER_FIRST_ENV = 'TOLLGATE_WORKER_FIRST';
