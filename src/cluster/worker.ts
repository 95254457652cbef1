/**
 * A worker's side of `--workers N` (src/cluster/primary.ts has the other): the channel to the primary
 * (calls answered by replies, notices acknowledged), handed to the composition root (src/app.ts) as
 * `ClusterPorts`. When the primary is gone (killed), the channel closes and the worker stops: a worker
 * never serves on without the process that shares its counters and replaces its siblings.
 */
import { isToWorker, WORKER_FIRST_ENV, WORKER_SLOT_ENV, type Notice, type PrimaryCalls, type PrimaryOp, type ToPrimary } from './messages.js';

export interface ClusterPorts {
  /** 1…N: the worker's place; a replacement takes the slot of the worker it replaces. */
  slot: number;
  /** The first worker of slot 1, which starts alone: start-up chores that one process must do (stack recovery) are its. */
  first: boolean;
  /** One round trip to the primary (its counters, notices, metrics); rejects when the primary is gone. */
  call<K extends PrimaryOp>(op: K, args: PrimaryCalls[K]): Promise<unknown>;
  /** Tells every other worker, and resolves once each has acted on it (or is gone). */
  notify(notice: Notice): Promise<void>;
  /** What this worker does when another tells it something. */
  onNotice(handler: (notice: Notice) => void): void;
  /** The listeners are bound: the primary starts the next worker, or announces that all are up. */
  listening(url: string): void;
  /** Called once when the primary is gone. */
  onPrimaryGone(handler: () => void): void;
}

/** Whether this process is a worker the primary forked (its slot is in the environment). */
export function isClusterWorker(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[WORKER_SLOT_ENV] !== undefined && typeof process.send === 'function';
}

export function joinCluster(env: NodeJS.ProcessEnv = process.env): ClusterPorts {
  const send = (m: ToPrimary): void => {
    // With a callback, a channel closed meanwhile (the primary gone) is not an 'error' event; the disconnect handler stops the worker.
    if (process.connected) process.send!(m, undefined, undefined, () => undefined);
  };
  const replies = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let handler: (notice: Notice) => void = () => undefined;
  let gone: () => void = () => undefined;
  process.on('message', (m: unknown) => {
    if (!isToWorker(m)) return;
    if (m.t === 'tollgate:reply') {
      const r = replies.get(m.id);
      replies.delete(m.id);
      if (m.error !== undefined) r?.reject(new Error(m.error));
      else r?.resolve(m.value);
      return;
    }
    try {
      handler(m.notice);
    } finally {
      send({ t: 'tollgate:ack', id: m.id });
    }
  });
  process.once('disconnect', () => {
    for (const r of replies.values()) r.reject(new Error('the primary process is gone'));
    replies.clear();
    gone();
  });
  const call = <K extends PrimaryOp>(op: K, args: PrimaryCalls[K]): Promise<unknown> =>
    new Promise((resolve, reject) => {
      if (!process.connected) {
        reject(new Error('the primary process is gone'));
        return;
      }
      const id = nextId++;
      replies.set(id, { resolve, reject });
      send({ t: 'tollgate:call', id, op, args });
    });
  return {
    slot: Number(env[WORKER_SLOT_ENV]),
    first: env[WORKER_FIRST_ENV] === '1',
    call,
    notify: async (notice) => {
      await call('notify', [notice]);
    },
    onNotice: (h) => {
      handler = h;
    },
    listening: (url) => send({ t: 'tollgate:listening', url }),
    onPrimaryGone: (h) => {
      gone = h;
    },
  };
}
