/**
 * `--workers N` (N > 1): this process becomes node:cluster's primary
 * (https://nodejs.org/docs/latest-v20.x/api/cluster.html). It serves nothing itself: it forks N workers,
 * each a whole Tollgate on the same ports, and it keeps what must be one for all of them. The workers accept
 * their connections themselves from the shared listening sockets (cluster.SCHED_NONE): with Node's default
 * round-robin policy the primary accepts each connection and sends it to a worker, and a connection sent to a
 * worker that dies before taking it stays open in the primary, unanswered, for good (seen in the SIGKILL test:
 * Node's round_robin_handle.js waits for the dead worker's reply). With SCHED_NONE such a connection is the
 * kernel's to give to a live worker, or is reset with the dead one. The primary keeps:
 *
 * - the in-process counters (throttle/memory.ts, `counters.db`), which every worker's admissions go
 *   through (throttle/shared.ts), unless `--redis` shares them already; big throttle buckets are lent to
 *   the workers in blocks (leases, throttle/shared.ts) while they are far from empty;
 * - the notices: a worker's committed write (its configuration version) or stage-cache flush reaches
 *   every other worker, and is acknowledged by each, before the worker answers its client (so the next
 *   request, on any worker, sees it);
 * - `/metrics`: each worker's registries summed (metrics/cluster.ts);
 * - the workers' lives: slot 1 starts first and alone (migrations, the `--functions` sync, stack recovery
 *   happen once), then the others; a worker that dies after it was up is replaced in its slot (one log
 *   line); one that dies before it was ever up (a port in use, a bad store) stops the whole start, since
 *   its siblings would die the same way; SIGTERM and SIGINT are passed on to every worker, which drains
 *   (`--drain-seconds`) and closes as a lone Tollgate does, and the primary exits when the last is gone.
 */
import cluster, { type Worker } from 'node:cluster';
import { join } from 'node:path';
import type { Config } from '../config/options.js';
import type { Logger } from '../shared/log.js';
import { clusterMetricsText } from '../metrics/cluster.js';
import { MemoryCounters } from '../throttle/memory.js';
import { serveCounters } from '../throttle/shared.js';
import { isToPrimary, WORKER_FIRST_ENV, WORKER_SLOT_ENV, type Notice, type PrimaryCalls, type PrimaryOp, type ToWorker } from './messages.js';

/** How long a notice waits for a worker's ack: one that is stuck still sees the change by its store's own poll (250 ms). */
const NOTICE_TIMEOUT_MS = 2_000;
/** After the drain, how long the workers get to close before they are killed. */
const CLOSE_GRACE_MS = 15_000;

/**
 * A send to a worker that died meanwhile fails with ERR_IPC_CHANNEL_CLOSED; with a callback it is not also an
 * 'error' event (https://nodejs.org/docs/latest-v20.x/api/child_process.html#subprocesssendmessage-sendhandle-options-callback).
 * The worker's exit is handled by #onExit.
 */
const ignoreClosed = (): void => undefined;

interface Slot {
  worker: Worker;
  up: boolean;
}

export class Primary {
  readonly #config: Config;
  readonly #log: Logger;
  readonly #counters: MemoryCounters | undefined;
  readonly #slots = new Map<number, Slot>();
  /** Notices waiting for acks: id → the workers still to answer. */
  readonly #notices = new Map<number, { waiting: Set<Worker>; done: () => void }>();
  #noticeId = 1;
  #stopping: string | undefined;
  #exitCode = 0;
  #upWaiters = new Map<Worker, (up: boolean) => void>();
  readonly #finished: Promise<number>;
  #finish!: (code: number) => void;

  constructor(config: Config, log: Logger) {
    this.#config = config;
    this.#log = log;
    // Before the first fork (https://nodejs.org/docs/latest-v20.x/api/cluster.html#clusterschedulingpolicy).
    cluster.schedulingPolicy = cluster.SCHED_NONE;
    // With --redis the workers share Redis directly; else the primary's own counters, in counters.db.
    this.#counters = config.redis ? undefined : new MemoryCounters({ path: join(config.dataDir, 'counters.db') });
    this.#finished = new Promise((resolve) => {
      this.#finish = resolve;
    });
  }

  /** Starts the workers; resolves with the exit code once they are all gone (after a stop, or a failed start). */
  async run(): Promise<number> {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => this.stop(signal));
    // SIGHUP (a log rotation): each worker reopens the files it writes (src/main.ts); the primary writes none.
    process.on('SIGHUP', () => {
      for (const s of this.#slots.values()) s.worker.process.kill('SIGHUP');
    });
    const n = this.#config.workers;
    this.#log.info({ workers: n, pid: process.pid }, 'starting workers');
    if (await this.#fork(1, true)) {
      const rest = await Promise.all(Array.from({ length: n - 1 }, (_, i) => this.#fork(i + 2, false)));
      if (rest.every(Boolean) && !this.#stopping) {
        const pids = [...this.#slots.values()].map((s) => s.worker.process.pid);
        this.#log.info({ workers: n, pids }, 'tollgate workers listening');
      }
    }
    const code = await this.#finished;
    await this.#counters?.close();
    return code;
  }

  /** Forks a worker into `slot`; resolves true once it listens, false if it exits first. */
  #fork(slot: number, first: boolean): Promise<boolean> {
    if (this.#stopping) return Promise.resolve(false);
    const worker = cluster.fork({ [WORKER_SLOT_ENV]: String(slot), [WORKER_FIRST_ENV]: first ? '1' : '' });
    this.#slots.set(slot, { worker, up: false });
    worker.on('message', (m: unknown) => this.#onMessage(worker, slot, m));
    worker.on('exit', (code, signal) => this.#onExit(slot, worker, code, signal));
    // A channel that closed under a send (the worker died meanwhile): its exit is handled above.
    worker.on('error', (e) => this.#log.debug({ slot, err: e }, 'worker channel error'));
    return new Promise((resolve) => this.#upWaiters.set(worker, resolve));
  }

  #onExit(slot: number, worker: Worker, code: number | null, signal: string | null): void {
    this.#upWaiters.get(worker)?.(false);
    this.#upWaiters.delete(worker);
    for (const n of this.#notices.values()) if (n.waiting.delete(worker) && n.waiting.size === 0) n.done();
    const s = this.#slots.get(slot);
    if (s?.worker !== worker) return;
    this.#slots.delete(slot);
    const pid = worker.process.pid;
    if (this.#stopping) {
      if (code !== 0) this.#exitCode = 1;
    } else if (!s.up) {
      // It never came up: its siblings would fail the same way. Its own stderr said why.
      this.#log.error({ slot, pid, code, signal }, 'a worker exited before it was listening: stopping');
      this.#exitCode = 1;
      this.stop('SIGTERM');
    } else {
      this.#log.warn({ slot, pid, code, signal }, `worker ${slot} (pid ${pid}) exited (${signal ?? `code ${code}`}): starting another`);
      void this.#fork(slot, false); // its failure to come up is handled above, like any worker's
    }
    if (this.#slots.size === 0 && this.#stopping) this.#finish(this.#exitCode);
  }

  /** SIGTERM / SIGINT: passed on to every worker (a second one too: the workers then close at once). */
  stop(signal: string): void {
    const again = this.#stopping !== undefined;
    this.#stopping ??= signal;
    if (!again) {
      this.#log.info({ signal, workers: this.#slots.size }, 'stopping workers');
      const force = setTimeout(
        () => {
          for (const s of this.#slots.values()) s.worker.process.kill('SIGKILL');
          this.#exitCode = 1;
        },
        this.#config.drainSeconds * 1000 + CLOSE_GRACE_MS,
      );
      force.unref();
    }
    for (const s of this.#slots.values()) s.worker.process.kill(signal as NodeJS.Signals);
    if (this.#slots.size === 0) this.#finish(this.#exitCode);
  }

  #onMessage(worker: Worker, slot: number, m: unknown): void {
    if (!isToPrimary(m)) return;
    switch (m.t) {
      case 'tollgate:listening': {
        const s = this.#slots.get(slot);
        if (s?.worker === worker) s.up = true;
        this.#upWaiters.get(worker)?.(true);
        this.#upWaiters.delete(worker);
        return;
      }
      case 'tollgate:ack': {
        const n = this.#notices.get(m.id);
        if (n?.waiting.delete(worker) && n.waiting.size === 0) n.done();
        return;
      }
      case 'tollgate:call':
        this.#answer(worker, m.id, m.op, m.args);
    }
  }

  #answer(worker: Worker, id: number, op: PrimaryOp, args: unknown[]): void {
    const reply = (m: ToWorker): void => {
      if (worker.isConnected()) worker.send(m, ignoreClosed);
    };
    this.#call(worker, op, args).then(
      (value) => reply({ t: 'tollgate:reply', id, value }),
      (e: unknown) => reply({ t: 'tollgate:reply', id, error: (e as Error).message || String(e) }),
    );
  }

  async #call(from: Worker, op: PrimaryOp, args: unknown[]): Promise<unknown> {
    if (op === 'notify') return this.#notify(from, (args as PrimaryCalls['notify'])[0]);
    if (op === 'metrics') return clusterMetricsText();
    if (!this.#counters) throw new Error('the counters are in Redis (--redis): a worker asks Redis, not the primary');
    return serveCounters(this.#counters, this.#config.workers, op, args as never);
  }

  /** Sends the notice to every other connected worker; resolves when each has acked it, or is gone, or after NOTICE_TIMEOUT_MS. */
  #notify(from: Worker, notice: Notice): Promise<void> {
    const others = [...this.#slots.values()].map((s) => s.worker).filter((w) => w !== from && w.isConnected());
    if (others.length === 0) return Promise.resolve();
    const id = this.#noticeId++;
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => done(), NOTICE_TIMEOUT_MS);
      const done = (): void => {
        clearTimeout(timer);
        this.#notices.delete(id);
        resolve();
      };
      this.#notices.set(id, { waiting: new Set(others), done });
      const m: ToWorker = { t: 'tollgate:notice', id, notice };
      for (const w of others) w.send(m, ignoreClosed);
    });
  }
}
