/**
 * The FunctionRunner of execution environments in child processes speaking the Lambda Runtime API
 * (environment.ts): one pool of environments per function version and configuration (pool.ts), a new pool
 * (and the old one retired) when the code's sha, the configuration or, for a hot-reload function, a file of
 * its code changes. Each invocation's log is framed as Lambda frames it, START / END / REPORT
 * (https://docs.aws.amazon.com/lambda/latest/dg/nodejs-logging.html), and LogType Tail returns its last 4 KB.
 * Reserved concurrency: an invocation beyond it is refused with 429 TooManyRequestsException, never queued
 * (https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html).
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LambdaServiceError } from '../lambda/invoker.js';
import type { Logger } from '../shared/log.js';
import type { FunctionRunner, FunctionSpec, RunRequest, RunResult } from './function-runner.js';
import type { Outcome } from './environment.js';
import type { Interpreters } from './launch.js';
import { TAIL_BYTES, throttled } from './limits.js';
import { EnvironmentPool } from './pool.js';

export interface ProcessRunnerOptions {
  log: Logger;
  /** Environments one function version may run at once without reserved concurrency (more wait). Default 10. */
  maxEnvironments?: (spec: FunctionSpec) => number;
  /** An idle environment is shut down after this long. Default 10 minutes. */
  idleTimeoutMs?: number;
  interpreters?: Interpreters;
}

/** Files a hot-reload fingerprint skips: dependencies and interpreters' caches, which change without the user. */
const UNWATCHED = new Set(['node_modules', '.git', '__pycache__']);
const MAX_WATCHED_FILES = 5000;

/** The hot-reload code's state: every file's path, size and mtime, hashed. */
function codeFingerprint(dirs: string[]): string {
  const hash = createHash('sha1');
  let files = 0;
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (files++ > MAX_WATCHED_FILES || UNWATCHED.has(e.name)) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const s = statSync(p, { throwIfNoEntry: false });
        if (s) hash.update(`${p}\0${s.size}\0${s.mtimeMs}\n`);
      }
    }
  };
  for (const d of dirs) walk(d);
  return hash.digest('hex');
}

/** What a pool is built for: anything here changed runs in new environments. */
function configurationKey(spec: FunctionSpec): string {
  const { reservedConcurrency: _ignored, ...config } = spec;
  return JSON.stringify(config) + (spec.hotReload ? codeFingerprint([spec.codeDir, ...spec.layerDirs]) : '');
}

export class ProcessRunner implements FunctionRunner {
  readonly #pools = new Map<string, EnvironmentPool>();
  readonly #opts: ProcessRunnerOptions;

  constructor(opts: ProcessRunnerOptions) {
    this.#opts = opts;
  }

  /** Environments alive for a function (all versions), for tests and diagnostics. */
  environments(functionName: string): number {
    let n = 0;
    for (const p of this.#pools.values()) if (p.spec.name === functionName) n += p.size;
    return n;
  }

  /** Of those, the ones initialized (a proactive initialization's environment once its init is done). */
  initializedEnvironments(functionName: string): number {
    let n = 0;
    for (const p of this.#pools.values()) if (p.spec.name === functionName) n += p.initialized;
    return n;
  }

  #pool(spec: FunctionSpec): EnvironmentPool {
    const id = `${spec.name}\0${spec.version}`;
    const key = configurationKey(spec);
    let pool = this.#pools.get(id);
    if (pool?.key !== key) {
      void pool?.close();
      const limit = spec.reservedConcurrency ?? this.#opts.maxEnvironments?.(spec) ?? 10;
      pool = new EnvironmentPool(spec, key, {
        log: this.#opts.log,
        limit: Math.max(1, limit),
        idleTimeoutMs: this.#opts.idleTimeoutMs ?? 600_000,
        interpreters: this.#opts.interpreters,
      });
      this.#pools.set(id, pool);
    }
    return pool;
  }

  async run(spec: FunctionSpec, req: RunRequest): Promise<RunResult> {
    for (;;) {
      const pool = this.#pool(spec);
      if (spec.reservedConcurrency !== undefined && pool.busy >= spec.reservedConcurrency) throw throttled();
      const env = await pool.acquire(req.signal);
      if (!env) {
        if (req.signal?.aborted) throw new LambdaServiceError('ServiceException', 'The invocation was abandoned', 500);
        continue; // the pool was retired while this invocation waited: the new one serves it
      }
      try {
        const cold = env.initDurationMs === undefined;
        const failure = await env.ready;
        const started = performance.now(); // Duration leaves out the init phase (its own Init Duration)
        let outcome: Outcome;
        if (failure) outcome = { payload: failure(req.requestId), failed: true };
        else {
          env.takeTail(); // the init phase's output is not part of the invocation's log
          const invocation = {
            requestId: req.requestId,
            payload: req.payload,
            deadlineMs: Date.now() + spec.timeoutSeconds * 1000,
            functionArn: req.invokedFunctionArn ?? spec.functionArn,
            traceId: req.traceId,
            clientContext: req.clientContext ? Buffer.from(req.clientContext, 'base64').toString('utf8') : undefined,
          };
          outcome = await env.invoke(invocation, spec.timeoutSeconds * 1000);
        }
        const log = this.#invocationLog(spec, req.requestId, env.takeTail(), {
          durationMs: performance.now() - started,
          maxMemoryMb: env.maxMemoryMb,
          initDurationMs: cold && !failure ? env.initDurationMs : undefined,
        });
        const result: RunResult = { payload: outcome.payload, functionError: outcome.failed ? 'Unhandled' : undefined };
        if (req.logType === 'Tail') result.logResult = log.subarray(Math.max(0, log.length - TAIL_BYTES)).toString('base64');
        return result;
      } finally {
        pool.release(env);
      }
    }
  }

  /** START, the function's output, END, REPORT: the invocation's log as Lambda writes it. */
  #invocationLog(spec: FunctionSpec, requestId: string, output: string, m: { durationMs: number; maxMemoryMb: number; initDurationMs?: number }): Buffer {
    const init = m.initDurationMs === undefined ? '' : `Init Duration: ${m.initDurationMs.toFixed(2)} ms\t`;
    const start = `START RequestId: ${requestId} Version: ${spec.version}`;
    const end = `END RequestId: ${requestId}`;
    const report =
      `REPORT RequestId: ${requestId}\tDuration: ${m.durationMs.toFixed(2)} ms\tBilled Duration: ${Math.max(1, Math.ceil(m.durationMs))} ms\t` +
      `Memory Size: ${spec.memoryMb} MB\tMax Memory Used: ${m.maxMemoryMb} MB\t${init}`;
    for (const line of [start, end, report]) this.#opts.log.info({ function: spec.name }, line);
    return Buffer.from(`${start}\n${output}${end}\n${report}\n`);
  }

  /**
   * Proactive initialization (FunctionRunner.prepare): only for a function with environments alive (in use), so
   * a stack's functions that were never invoked start no process; only with unreserved concurrency, as Lambda
   * words it. The spec's pool replaces the old one now (its environments end as they are freed, as at an
   * invocation of new code) and starts one environment, which that pool's first invocation takes.
   */
  async prepare(functionName: string, load: () => Promise<FunctionSpec>): Promise<void> {
    if (this.environments(functionName) === 0) return;
    const spec = await load();
    if (spec.reservedConcurrency !== undefined) return;
    this.#pool(spec).prestart();
  }

  async retire(functionName: string): Promise<void> {
    const closing: Promise<void>[] = [];
    for (const [id, pool] of this.#pools) {
      if (pool.spec.name !== functionName) continue;
      this.#pools.delete(id);
      closing.push(pool.close());
    }
    await Promise.all(closing);
  }

  async close(): Promise<void> {
    const pools = [...this.#pools.values()];
    this.#pools.clear();
    await Promise.all(pools.map((p) => p.destroy()));
  }
}
