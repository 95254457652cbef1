/**
 * The execution environments of one function version with one configuration: warm ones reused, new ones
 * started on demand up to a limit (further invocations wait their turn), idle ones reaped after a while
 * (Lambda keeps an idle environment for some minutes, then shuts it down:
 * https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html#runtimes-lifecycle-shutdown).
 * A closed pool (new code or configuration, a deleted function) starts nothing more and ends each environment
 * as soon as it is free. prestart() starts one environment before any invocation asks (proactive initialization).
 */
import type { AbandonSignal } from '../lambda/invoker.js';
import type { Logger } from '../shared/log.js';
import type { FunctionSpec } from './function-runner.js';
import { ExecutionEnvironment } from './environment.js';
import type { Interpreters } from './launch.js';

export interface PoolOptions {
  log: Logger;
  /** Environments that may run at once. */
  limit: number;
  idleTimeoutMs: number;
  interpreters?: Interpreters;
}

export class EnvironmentPool {
  readonly #idle: ExecutionEnvironment[] = [];
  readonly #all = new Set<ExecutionEnvironment>();
  readonly #reapers = new Map<ExecutionEnvironment, NodeJS.Timeout>();
  readonly #waiting: ((env: ExecutionEnvironment | undefined) => void)[] = [];
  #closed = false;
  /** Invocations holding an environment now. */
  busy = 0;

  constructor(
    readonly spec: FunctionSpec,
    /** The configuration this pool runs: another key means another pool. */
    readonly key: string,
    private readonly opts: PoolOptions,
  ) {}

  /** Environments alive (busy or idle). */
  get size(): number {
    return this.#all.size;
  }

  /** Environments whose runtime finished its init (asked for its first event), for tests and diagnostics. */
  get initialized(): number {
    let n = 0;
    for (const e of this.#all) if (e.initDurationMs !== undefined) n++;
    return n;
  }

  /** A warm environment, a new one, or (at the limit) the next one freed; undefined once closed or aborted. */
  async acquire(signal?: AbandonSignal): Promise<ExecutionEnvironment | undefined> {
    if (this.#closed) return undefined;
    const warm = this.#idle.pop();
    if (warm) {
      clearTimeout(this.#reapers.get(warm));
      this.#reapers.delete(warm);
      this.busy++;
      return warm;
    }
    if (this.#all.size < this.opts.limit) {
      this.busy++;
      return this.#startOne();
    }
    const env = await new Promise<ExecutionEnvironment | undefined>((resolve) => {
      const take = (e: ExecutionEnvironment | undefined): void => {
        signal?.removeEventListener('abort', onAbort);
        resolve(e);
      };
      const onAbort = (): void => {
        const i = this.#waiting.indexOf(take);
        if (i >= 0) this.#waiting.splice(i, 1);
        resolve(undefined);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#waiting.push(take);
    });
    if (env) this.busy++;
    return env;
  }

  release(env: ExecutionEnvironment): void {
    this.busy--;
    if (env.dead || this.#closed) {
      this.#all.delete(env);
      void env.kill();
      const next = this.#waiting.shift();
      if (next) void (this.#closed ? Promise.resolve(undefined) : this.#startOne()).then(next);
      return;
    }
    const next = this.#waiting.shift();
    if (next) return next(env);
    this.#park(env);
  }

  /**
   * Starts one environment ahead of any invocation (proactive initialization: the runner's prepare()), when the
   * pool has none: it waits among the idle ones while it initializes, so the next invocation takes it, ready or
   * still initializing (then it awaits the same init a cold start would). An init that fails is that
   * invocation's init error, as a cold start's would be (the environment settles `ready` with it).
   */
  prestart(): void {
    if (this.#closed || this.#all.size > 0) return;
    const env = new ExecutionEnvironment(this.spec, { log: this.opts.log, interpreters: this.opts.interpreters });
    this.#all.add(env);
    env.start().then(
      () => {
        if (!this.#closed) return this.#park(env);
        this.#all.delete(env);
        void env.kill();
      },
      (err: unknown) => {
        this.#all.delete(env);
        void env.kill();
        this.opts.log.warn({ function: this.spec.name, err }, `function ${this.spec.name}: an environment started ahead of invocations failed to start`);
      },
    );
  }

  /** An idle environment, ended after the idle timeout unless an invocation takes it first. */
  #park(env: ExecutionEnvironment): void {
    this.#idle.push(env);
    const reaper = setTimeout(() => {
      const i = this.#idle.indexOf(env);
      if (i >= 0) this.#idle.splice(i, 1);
      this.#reapers.delete(env);
      this.#all.delete(env);
      void env.kill();
    }, this.opts.idleTimeoutMs);
    reaper.unref();
    this.#reapers.set(env, reaper);
  }

  async #startOne(): Promise<ExecutionEnvironment> {
    const env = new ExecutionEnvironment(this.spec, { log: this.opts.log, interpreters: this.opts.interpreters });
    this.#all.add(env);
    return env.start();
  }

  /** Starts nothing more; idle environments end now, busy ones when they are released. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const w of this.#waiting.splice(0)) w(undefined);
    for (const t of this.#reapers.values()) clearTimeout(t);
    this.#reapers.clear();
    const idle = this.#idle.splice(0);
    for (const env of idle) this.#all.delete(env);
    await Promise.all(idle.map((e) => e.kill()));
  }

  /** Ends every environment, busy or not (the runner is closing). */
  async destroy(): Promise<void> {
    await this.close();
    await Promise.all([...this.#all].map((e) => e.kill()));
    this.#all.clear();
  }
}
