/**
 * Local functions (`--functions DIR`): every `NAME.js`, `NAME.mjs` or `NAME.cjs` directly in DIR is
 * the function NAME with the handler `NAME.handler`; an optional `tollgate.functions.json` beside
 * them sets, per function, `handler` (`path/file.export`, Lambda's form), `timeout` (seconds,
 * default 3), `memorySize` (MB, default 128), `environment` and `concurrency` (environments that
 * may run at once, default 4), and may declare functions whose handler lives elsewhere in DIR.
 * The folder is a shortcut: its functions become functions of Lambda's management API
 * (src/services/lambda/functions-dir.ts), run like any other; this module finds them, and runs Node.js
 * functions in worker threads (ThreadRunner) when `--node-environments threads`.
 *
 * Each execution environment is a worker thread (worker.ts) that loads the module once and then
 * serves one invocation at a time, as Lambda does; environments stay warm between invocations and
 * are started on demand up to `concurrency` (later invocations wait their turn). The environment
 * gets Lambda's variables (docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime)
 * and a V8 heap sized like the Node.js runtime's bootstrap does it (old space 90 % of the memory
 * size less the new space, new space 10 %). Failures answer what Lambda answers, and the
 * environment is replaced, never the server:
 *   - a timeout: `Sandbox.Timedout`, "RequestId: … Error: Task timed out after N.NN seconds"
 *     (docs.aws.amazon.com/lambda/latest/dg/troubleshooting-invocation.html#troubleshooting-timeouts;
 *     a busy loop is stopped the same way);
 *   - process.exit: `Runtime.ExitError`, "RequestId: … Error: Runtime exited with error: exit status N"
 *     (repost.aws/knowledge-center/lambda-runtime-error);
 *   - the heap limit: `Runtime.OutOfMemory`, "RequestId: … Error: Runtime exited with error: signal:
 *     killed" (not recorded: Lambda's text for a runtime killed at its memory limit);
 *   - a thrown or rejected error: its `{errorType, errorMessage, trace}`.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ConfigError } from '../config/options.js';
import type { Logger } from '../shared/log.js';
import { LambdaServiceError, type AbandonSignal } from './invoker.js';
import type { FunctionRunner, FunctionSpec, RunRequest, RunResult } from '../runtime/function-runner.js';
import { checkInvokePayload, INIT_TIMEOUT_MS, MAX_RESPONSE_BYTES, TAIL_BYTES } from '../runtime/limits.js';
import type { InvokeMessage, RapidError, WorkerData, WorkerMessage } from './worker.js';

export const CONFIG_FILE = 'tollgate.functions.json';
const EXTENSIONS = ['.js', '.mjs', '.cjs'];
/** The Node.js runtime these functions stand for: the running node's major version. */
export const NODE_RUNTIME = `nodejs${process.versions.node.split('.')[0]}.x`;
const NAME = /^[A-Za-z0-9_-]{1,64}$/;

export interface LocalFunction {
  name: string;
  /** The handler string, `file.export` relative to DIR. */
  handler: string;
  /** The module file (an absolute path; may not exist: the invocation then fails like Lambda's). */
  file: string;
  exportPath: string;
  /** The code's directory (Lambda's /var/task): what decides a `.js` file's module format (runtime/node/module-format.ts). */
  root: string;
  timeoutSeconds: number;
  memorySize: number;
  environment: Record<string, string>;
  concurrency: number;
}

type Settings = Partial<Pick<LocalFunction, 'handler' | 'memorySize' | 'environment' | 'concurrency'>> & { timeout?: number };
const SETTING_KEYS = new Set(['handler', 'timeout', 'memorySize', 'environment', 'concurrency', 'description']);

function readSettings(dir: string): Record<string, Settings> {
  const path = join(dir, CONFIG_FILE);
  if (!existsSync(path)) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ConfigError(`${path}: ${(e as Error).message}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new ConfigError(`${path}: expected an object of functions`);
  const out: Record<string, Settings> = {};
  for (const [name, raw] of Object.entries(parsed as Record<string, unknown>)) {
    const where = `${path}: function '${name}'`;
    if (!NAME.test(name)) throw new ConfigError(`${where}: a function name is 1-64 of A-Z a-z 0-9 - _`);
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(`${where}: expected an object`);
    const s = raw as Record<string, unknown>;
    for (const k of Object.keys(s)) if (!SETTING_KEYS.has(k)) throw new ConfigError(`${where}: unknown setting '${k}'`);
    if (s.handler !== undefined && (typeof s.handler !== 'string' || !/^[^.]+\.[^.].*$/.test(basename(s.handler))))
      throw new ConfigError(`${where}: handler must look like 'file.export'`);
    // Lambda's ranges: timeout 1-900 s, memory 128-10240 MB.
    if (s.timeout !== undefined && !(typeof s.timeout === 'number' && s.timeout >= 1 && s.timeout <= 900))
      throw new ConfigError(`${where}: timeout must be 1-900 seconds`);
    if (s.memorySize !== undefined && !(Number.isInteger(s.memorySize) && (s.memorySize as number) >= 128 && (s.memorySize as number) <= 10240))
      throw new ConfigError(`${where}: memorySize must be 128-10240 MB`);
    if (s.concurrency !== undefined && !(Number.isInteger(s.concurrency) && (s.concurrency as number) >= 1 && (s.concurrency as number) <= 1000))
      throw new ConfigError(`${where}: concurrency must be 1-1000`);
    if (
      s.environment !== undefined &&
      (typeof s.environment !== 'object' || s.environment === null || Object.values(s.environment).some((v) => typeof v !== 'string'))
    ) {
      throw new ConfigError(`${where}: environment must map names to strings`);
    }
    out[name] = s;
  }
  return out;
}

/** `dir/file.export` → the module file (first existing extension) and the export path (RIC UserFunction.js). */
function resolveHandler(dir: string, handler: string): { file: string; exportPath: string } {
  const slash = handler.lastIndexOf('/');
  const moduleRoot = slash < 0 ? '' : handler.slice(0, slash);
  const rest = slash < 0 ? handler : handler.slice(slash + 1);
  const dot = rest.indexOf('.');
  const module = rest.slice(0, dot);
  const exportPath = rest.slice(dot + 1);
  const base = resolve(dir, moduleRoot, module);
  const file = EXTENSIONS.map((e) => base + e).find((f) => existsSync(f)) ?? base;
  return { file, exportPath };
}

export function discoverFunctions(dir: string): Map<string, LocalFunction> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new ConfigError(`--functions ${dir}: not a directory`);
  const settings = readSettings(dir);
  const names = new Set<string>();
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && EXTENSIONS.some((e) => d.name.endsWith(e)))
    .map((d) => d.name)
    .sort((a, b) => EXTENSIONS.findIndex((e) => a.endsWith(e)) - EXTENSIONS.findIndex((e) => b.endsWith(e)));
  for (const f of files) {
    const name = f.slice(0, f.lastIndexOf('.'));
    if (NAME.test(name)) names.add(name);
  }
  for (const name of Object.keys(settings)) names.add(name);
  const out = new Map<string, LocalFunction>();
  for (const name of names) {
    const s = settings[name] ?? {};
    const handler = s.handler ?? `${name}.handler`;
    const { file, exportPath } = resolveHandler(dir, handler);
    out.set(name, {
      name,
      handler,
      file,
      exportPath,
      root: dir,
      timeoutSeconds: s.timeout ?? 3,
      memorySize: s.memorySize ?? 128,
      environment: s.environment ?? {},
      concurrency: s.concurrency ?? 4,
    });
  }
  return out;
}

type Outcome = { ok: true; payload: string } | { ok: false; error: RapidError };

interface Pending {
  id: number;
  requestId: string;
  resolve(o: Outcome): void;
  timer: NodeJS.Timeout | undefined;
}

/** The worker thread of one environment: Lambda's memory setting as V8's heap limits. */
function startWorker(fn: LocalFunction, env: Record<string, string>): Worker {
  const logStreamName = env.AWS_LAMBDA_LOG_STREAM_NAME;
  const workerData: WorkerData & { tollgateLambda: true } = {
    tollgateLambda: true,
    file: fn.file,
    exportPath: fn.exportPath,
    root: fn.root,
    handlerString: basename(fn.handler),
    functionName: fn.name,
    memorySize: fn.memorySize,
    logGroupName: `/aws/lambda/${fn.name}`,
    logStreamName,
  };
  const newSpace = Math.max(1, Math.floor(fn.memorySize / 10));
  return new Worker(new URL('./worker.js', import.meta.url), {
    workerData,
    env,
    stdout: true,
    stderr: true,
    resourceLimits: { maxOldGenerationSizeMb: Math.floor(fn.memorySize * 0.9) - newSpace, maxYoungGenerationSizeMb: newSpace },
  });
}

/** One execution environment: a worker thread with the module loaded. */
class Environment {
  readonly worker: Worker;
  readonly ready: Promise<RapidError | undefined>;
  dead = false;
  #pending: Pending | undefined;
  #tail = '';
  #nextId = 1;
  #exitCode: number | undefined;

  constructor(
    readonly fn: LocalFunction,
    env: Record<string, string>,
    private readonly log: Logger,
  ) {
    this.worker = startWorker(fn, env);
    this.worker.unref();
    const onOutput = (chunk: Buffer): void => {
      const text = chunk.toString('utf8');
      this.#tail = (this.#tail + text).slice(-TAIL_BYTES * 2);
      for (const line of text.split('\n')) if (line) this.log.info({ function: fn.name }, line);
    };
    this.worker.stdout.on('data', onOutput);
    this.worker.stderr.on('data', onOutput);
    this.ready = new Promise((resolveReady) => this.#watch(resolveReady));
  }

  /** Init, results, crashes and exits of the worker, turned into `ready` and the pending invocation's outcome. */
  #watch(resolveReady: (e: RapidError | undefined) => void): void {
    const initTimer = setTimeout(() => {
      resolveReady({
        errorType: 'Sandbox.Timedout',
        errorMessage: `INIT_REPORT Init Duration: ${INIT_TIMEOUT_MS} ms Phase: init Status: timeout`,
      });
      void this.kill();
    }, INIT_TIMEOUT_MS);
    initTimer.unref();
    this.worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'ready') {
        clearTimeout(initTimer);
        resolveReady(undefined);
        return;
      }
      if (m.type === 'init-error') {
        clearTimeout(initTimer);
        resolveReady(m.error);
        void this.kill();
        return;
      }
      if (m.type === 'result' && this.#pending?.id === m.id) {
        this.#settle(m.ok ? { ok: true, payload: m.payload } : { ok: false, error: m.error });
        return;
      }
      if (m.type === 'fatal') {
        this.dead = true;
        if (this.#pending && (m.id === undefined || m.id === this.#pending.id)) this.#settle({ ok: false, error: m.error });
      }
    });
    this.worker.on('error', (e: Error & { code?: string }) => {
      clearTimeout(initTimer);
      this.dead = true;
      const requestId = this.#pending?.requestId ?? '';
      const error: RapidError =
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? { errorType: 'Runtime.OutOfMemory', errorMessage: `RequestId: ${requestId} Error: Runtime exited with error: signal: killed` }
          : { errorType: e.name ?? 'Error', errorMessage: e.message, trace: String(e.stack ?? '').split('\n') };
      resolveReady(error);
      if (this.#pending) this.#settle({ ok: false, error });
    });
    this.worker.on('exit', (code) => {
      clearTimeout(initTimer);
      this.dead = true;
      this.#exitCode = code;
      const requestId = this.#pending?.requestId ?? '';
      const error: RapidError = {
        errorType: 'Runtime.ExitError',
        errorMessage: `RequestId: ${requestId} Error: Runtime exited with error: exit status ${code}`,
      };
      resolveReady(error);
      // A 'fatal' message posted just before the exit may still be on its way: let it land first.
      if (this.#pending) setImmediate(() => this.#settle({ ok: false, error }));
    });
  }

  #settle(o: Outcome): void {
    const p = this.#pending;
    if (!p) return;
    this.#pending = undefined;
    if (p.timer) clearTimeout(p.timer);
    p.resolve(o);
  }

  /** Clears and returns the output captured since the last call. */
  takeTail(): string {
    const t = this.#tail;
    this.#tail = '';
    return t;
  }

  invoke(msg: Omit<InvokeMessage, 'type' | 'id' | 'deadline'>, timeoutMs: number): Promise<Outcome> {
    const id = this.#nextId++;
    const deadline = Date.now() + timeoutMs;
    return new Promise<Outcome>((resolveOutcome) => {
      const timer = setTimeout(() => {
        this.dead = true;
        const seconds = (timeoutMs / 1000).toFixed(2);
        this.#settle({
          ok: false,
          error: {
            errorType: 'Sandbox.Timedout',
            errorMessage: `RequestId: ${msg.requestId} Error: Task timed out after ${seconds} seconds`,
          },
        });
        void this.kill();
      }, timeoutMs);
      this.#pending = { id, requestId: msg.requestId, resolve: resolveOutcome, timer };
      if (this.dead) {
        const error: RapidError = {
          errorType: 'Runtime.ExitError',
          errorMessage: `RequestId: ${msg.requestId} Error: Runtime exited with error: exit status ${this.#exitCode ?? 1}`,
        };
        this.#settle({ ok: false, error });
        return;
      }
      this.worker.postMessage({ type: 'invoke', id, deadline, ...msg } satisfies InvokeMessage);
    });
  }

  async kill(): Promise<void> {
    this.dead = true;
    await this.worker.terminate().catch(() => undefined);
  }
}

/** The environments of one function: warm ones reused, new ones started up to `concurrency`. */
class FunctionPool {
  readonly #idle: Environment[] = [];
  readonly #all = new Set<Environment>();
  readonly #waiting: ((env: Environment | undefined) => void)[] = [];
  #closed = false;

  /** The settings this pool was built for: a rescan that changes them replaces the pool. */
  readonly key: string;

  constructor(
    readonly fn: LocalFunction,
    private readonly env: () => Record<string, string>,
    private readonly log: Logger,
  ) {
    this.key = JSON.stringify(fn);
  }

  async #acquire(signal?: AbandonSignal): Promise<Environment | undefined> {
    if (this.#closed) return undefined;
    const warm = this.#idle.pop();
    if (warm) return warm;
    if (this.#all.size < this.fn.concurrency) {
      const env = new Environment(this.fn, this.env(), this.log);
      this.#all.add(env);
      return env;
    }
    return new Promise((resolveEnv) => {
      const take = (env: Environment | undefined): void => {
        signal?.removeEventListener('abort', onAbort);
        resolveEnv(env);
      };
      const onAbort = (): void => {
        const i = this.#waiting.indexOf(take);
        if (i >= 0) this.#waiting.splice(i, 1);
        resolveEnv(undefined);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#waiting.push(take);
    });
  }

  #release(env: Environment): void {
    if (env.dead || this.#closed) {
      this.#all.delete(env);
      void env.kill();
      const next = this.#waiting.shift();
      if (next) {
        if (this.#closed) {
          next(undefined);
          return;
        }
        const fresh = new Environment(this.fn, this.env(), this.log);
        this.#all.add(fresh);
        next(fresh);
      }
      return;
    }
    const next = this.#waiting.shift();
    if (next) next(env);
    else this.#idle.push(env);
  }

  async run(msg: Omit<InvokeMessage, 'type' | 'id' | 'deadline'>, signal?: AbandonSignal): Promise<{ outcome: Outcome; tail: string } | undefined> {
    const env = await this.#acquire(signal);
    if (!env) return undefined;
    try {
      const initError = await env.ready;
      if (initError) {
        env.dead = true;
        return { outcome: { ok: false, error: initError }, tail: env.takeTail() };
      }
      env.takeTail();
      const outcome = await env.invoke(msg, this.fn.timeoutSeconds * 1000);
      return { outcome, tail: env.takeTail() };
    } finally {
      this.#release(env);
    }
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const w of this.#waiting.splice(0)) w(undefined);
    await Promise.all([...this.#all].map((e) => e.kill()));
    this.#all.clear();
    this.#idle.length = 0;
  }
}

/** The worker-thread settings of a function version: its module, limits and the environments it may run at once. */
function threadFunction(spec: FunctionSpec, concurrency: number): LocalFunction {
  const { file, exportPath } = resolveHandler(spec.codeDir, spec.handler);
  return {
    name: spec.name,
    handler: spec.handler,
    file,
    exportPath,
    root: spec.codeDir,
    timeoutSeconds: spec.timeoutSeconds,
    memorySize: spec.memoryMb,
    environment: spec.environment,
    concurrency,
  };
}

/** Whether `spec` and `concurrency` give the same LocalFunction as `seen` did (threadFunction's inputs). */
function sameSettings(seen: { spec: FunctionSpec; concurrency: number }, spec: FunctionSpec, concurrency: number): boolean {
  const a = seen.spec;
  if (a === spec) return seen.concurrency === concurrency;
  return (
    seen.concurrency === concurrency &&
    a.handler === spec.handler &&
    a.codeDir === spec.codeDir &&
    a.timeoutSeconds === spec.timeoutSeconds &&
    a.memoryMb === spec.memoryMb &&
    sameStrings(a.environment, spec.environment)
  );
}

function sameStrings(a: Record<string, string>, b: Record<string, string>): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}

/** Lambda's variables for one environment of `spec` (configuration-envvars.html#configuration-envvars-runtime). */
function threadEnvironment(spec: FunctionSpec): Record<string, string> {
  const now = new Date();
  const day = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${String(now.getUTCDate()).padStart(2, '0')}`;
  const host = process.env;
  const passthrough: Record<string, string> = {};
  for (const k of ['PATH', 'HOME', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'NODE_OPTIONS']) {
    if (host[k] !== undefined) passthrough[k] = host[k]!;
  }
  return {
    ...passthrough,
    ...spec.environment,
    // Reserved variables win over the function's own (Lambda refuses to let them be set).
    LANG: 'en_US.UTF-8',
    TZ: ':UTC',
    _HANDLER: basename(spec.handler),
    AWS_REGION: spec.region,
    AWS_DEFAULT_REGION: spec.region,
    AWS_EXECUTION_ENV: `AWS_Lambda_${spec.runtime}`,
    AWS_LAMBDA_FUNCTION_NAME: spec.name,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(spec.memoryMb),
    AWS_LAMBDA_FUNCTION_VERSION: spec.version,
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${spec.name}`,
    AWS_LAMBDA_LOG_STREAM_NAME: `${day}/[${spec.version}]${randomBytes(16).toString('hex')}`,
    LAMBDA_TASK_ROOT: spec.codeDir,
    LAMBDA_RUNTIME_DIR: dirname(new URL(import.meta.url).pathname),
  };
}

export interface ThreadRunnerOptions {
  log: Logger;
  /** Environments one function may run at once (more invocations wait their turn); default 4. */
  maxEnvironments?: (spec: FunctionSpec) => number;
}

/**
 * The FunctionRunner of worker threads (`--node-environments threads`, the default for the `--functions`
 * shortcut's Node.js functions): one pool per function version and settings, each environment a worker that
 * loads the module once and stays warm. A change of settings (or of the handler) builds a new pool; the code
 * itself is read once per environment.
 */
export class ThreadRunner implements FunctionRunner {
  readonly #pools = new Map<string, FunctionPool>();
  /** Per pool, the spec and concurrency it was last looked up with. */
  readonly #seen = new Map<string, { spec: FunctionSpec; concurrency: number }>();

  constructor(private readonly opts: ThreadRunnerOptions) {}

  #pool(spec: FunctionSpec): FunctionPool {
    const id = `${spec.name}\0${spec.version}`;
    const concurrency = this.opts.maxEnvironments?.(spec) ?? 4;
    // The settings of the last invocation, compared field by field: resolving the handler's file (a stat per
    // extension tried) and serializing the settings on every invocation cost more than the rest of this
    // runner's work (bench/lambda.ts, docs/performance.md "Lambda"). The module file is still checked at each
    // invocation (one stat): a file renamed to another extension is resolved again.
    const seen = this.#seen.get(id);
    const p = this.#pools.get(id);
    if (p && seen && sameSettings(seen, spec, concurrency) && existsSync(p.fn.file)) return p;
    const fn = threadFunction(spec, concurrency);
    this.#seen.set(id, { spec, concurrency });
    if (p && p.key === JSON.stringify(fn)) return p;
    if (p) void p.close();
    const fresh = new FunctionPool(fn, () => threadEnvironment(spec), this.opts.log);
    this.#pools.set(id, fresh);
    return fresh;
  }

  async run(spec: FunctionSpec, req: RunRequest): Promise<RunResult> {
    if (!req.payloadChecked) checkInvokePayload(req.payload);
    const msg = {
      payload: req.payload.toString('utf8'),
      requestId: req.requestId,
      invokedFunctionArn: req.invokedFunctionArn ?? spec.functionArn,
      clientContext: req.clientContext,
    };
    const started = performance.now();
    const r = await this.#pool(spec).run(msg, req.signal);
    if (!r) throw new LambdaServiceError('ServiceException', 'The invocation was abandoned', 500);
    const duration = performance.now() - started;
    let payload: Buffer;
    let functionError: 'Unhandled' | undefined;
    if (r.outcome.ok) {
      payload = Buffer.from(r.outcome.payload);
      if (payload.length > MAX_RESPONSE_BYTES) {
        payload = Buffer.from(
          JSON.stringify({
            errorType: 'Function.ResponseSizeTooLarge',
            errorMessage: `Response payload size exceeded maximum allowed payload size (${MAX_RESPONSE_BYTES} bytes).`,
          }),
        );
        functionError = 'Unhandled';
      }
    } else {
      payload = Buffer.from(JSON.stringify(r.outcome.error));
      functionError = 'Unhandled';
    }
    const result: RunResult = { payload, functionError };
    if (req.logType === 'Tail') {
      const id = req.requestId;
      const log =
        `START RequestId: ${id} Version: ${spec.version}\n${r.tail}END RequestId: ${id}\n` +
        `REPORT RequestId: ${id}\tDuration: ${duration.toFixed(2)} ms\tBilled Duration: ${Math.ceil(duration)} ms\tMemory Size: ${spec.memoryMb} MB\t\n`;
      const bytes = Buffer.from(log);
      result.logResult = bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES)).toString('base64');
    }
    return result;
  }

  async retire(functionName: string): Promise<void> {
    const closing: Promise<void>[] = [];
    for (const [id, p] of this.#pools) {
      if (p.fn.name !== functionName) continue;
      this.#pools.delete(id);
      this.#seen.delete(id);
      closing.push(p.close());
    }
    await Promise.all(closing);
  }

  async close(): Promise<void> {
    const pools = [...this.#pools.values()];
    this.#pools.clear();
    this.#seen.clear();
    await Promise.all(pools.map((p) => p.close()));
  }
}

/**
 * One FunctionRunner for Tollgate: the `--functions` shortcut's Node.js functions in worker threads
 * (`--node-environments threads`, measured faster: README "Functions"), every other function in the Runtime
 * API's processes. Which one runs a version is decided by `inThreads(spec)`.
 */
export class SplitRunner implements FunctionRunner {
  constructor(
    private readonly threads: FunctionRunner,
    private readonly processes: FunctionRunner,
    private readonly inThreads: (spec: FunctionSpec) => boolean,
  ) {}

  run(spec: FunctionSpec, req: RunRequest): Promise<RunResult> {
    return (this.inThreads(spec) ? this.threads : this.processes).run(spec, req);
  }

  async prepare(functionName: string, load: () => Promise<FunctionSpec>): Promise<void> {
    // Which runner a version belongs to is known from its spec; each prepares only if it has the function warm.
    await Promise.all([this.threads.prepare?.(functionName, load), this.processes.prepare?.(functionName, load)]);
  }

  async retire(functionName: string): Promise<void> {
    await Promise.all([this.threads.retire(functionName), this.processes.retire(functionName)]);
  }

  async close(): Promise<void> {
    await Promise.all([this.threads.close(), this.processes.close()]);
  }
}
