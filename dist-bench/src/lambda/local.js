/**
 * Local functions (`--functions DIR`): every `NAME.js`, `NAME.mjs` or `NAME.cjs` directly in DIR is
 * the function NAME with the handler `NAME.handler`; an optional `tollgate.functions.json` beside
 * them sets, per function, `handler` (`path/file.export`, Lambda's form), `timeout` (seconds,
 * default 3), `memorySize` (MB, default 128), `environment` and `concurrency` (environments that
 * may run at once, default 4), and may declare functions whose handler lives elsewhere in DIR.
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
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ConfigError } from '../config/options.js';
import { functionNotFound, LambdaServiceError } from './invoker.js';
import { functionArn, parseFunctionRef } from './names.js';
import { ProcessRunner } from '../runtime/process-runner.js';
import { checkInvokePayload, INIT_TIMEOUT_MS, MAX_RESPONSE_BYTES, TAIL_BYTES } from '../runtime/limits.js';
export const CONFIG_FILE = 'tollgate.functions.json';
const EXTENSIONS = ['.js', '.mjs', '.cjs'];
/** The Node.js runtime these functions stand for: the running node's major version. */
const NODE_RUNTIME = `nodejs${process.versions.node.split('.')[0]}.x`;
const NAME = /^[A-Za-z0-9_-]{1,64}$/;
const SETTING_KEYS = new Set(['handler', 'timeout', 'memorySize', 'environment', 'concurrency', 'description']);
function readSettings(dir) {
    const path = join(dir, CONFIG_FILE);
    if (!existsSync(path))
        return {};
    let parsed;
    try {
        parsed = JSON.parse(readFileSync(path, 'utf8'));
    }
    catch (e) {
        throw new ConfigError(`${path}: ${e.message}`);
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new ConfigError(`${path}: expected an object of functions`);
    const out = {};
    for (const [name, raw] of Object.entries(parsed)) {
        const where = `${path}: function '${name}'`;
        if (!NAME.test(name))
            throw new ConfigError(`${where}: a function name is 1-64 of A-Z a-z 0-9 - _`);
        if (!raw || typeof raw !== 'object' || Array.isArray(raw))
            throw new ConfigError(`${where}: expected an object`);
        const s = raw;
        for (const k of Object.keys(s))
            if (!SETTING_KEYS.has(k))
                throw new ConfigError(`${where}: unknown setting '${k}'`);
        if (s.handler !== undefined && (typeof s.handler !== 'string' || !/^[^.]+\.[^.].*$/.test(basename(s.handler))))
            throw new ConfigError(`${where}: handler must look like 'file.export'`);
        // Lambda's ranges: timeout 1-900 s, memory 128-10240 MB.
        if (s.timeout !== undefined && !(typeof s.timeout === 'number' && s.timeout >= 1 && s.timeout <= 900))
            throw new ConfigError(`${where}: timeout must be 1-900 seconds`);
        if (s.memorySize !== undefined && !(Number.isInteger(s.memorySize) && s.memorySize >= 128 && s.memorySize <= 10240))
            throw new ConfigError(`${where}: memorySize must be 128-10240 MB`);
        if (s.concurrency !== undefined && !(Number.isInteger(s.concurrency) && s.concurrency >= 1 && s.concurrency <= 1000))
            throw new ConfigError(`${where}: concurrency must be 1-1000`);
        if (s.environment !== undefined &&
            (typeof s.environment !== 'object' || s.environment === null || Object.values(s.environment).some((v) => typeof v !== 'string'))) {
            throw new ConfigError(`${where}: environment must map names to strings`);
        }
        out[name] = s;
    }
    return out;
}
/** `dir/file.export` → the module file (first existing extension) and the export path (RIC UserFunction.js). */
function resolveHandler(dir, handler) {
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
export function discoverFunctions(dir) {
    if (!existsSync(dir) || !statSync(dir).isDirectory())
        throw new ConfigError(`--functions ${dir}: not a directory`);
    const settings = readSettings(dir);
    const names = new Set();
    const files = readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isFile() && EXTENSIONS.some((e) => d.name.endsWith(e)))
        .map((d) => d.name)
        .sort((a, b) => EXTENSIONS.findIndex((e) => a.endsWith(e)) - EXTENSIONS.findIndex((e) => b.endsWith(e)));
    for (const f of files) {
        const name = f.slice(0, f.lastIndexOf('.'));
        if (NAME.test(name))
            names.add(name);
    }
    for (const name of Object.keys(settings))
        names.add(name);
    const out = new Map();
    for (const name of names) {
        const s = settings[name] ?? {};
        const handler = s.handler ?? `${name}.handler`;
        const { file, exportPath } = resolveHandler(dir, handler);
        out.set(name, {
            name,
            handler,
            file,
            exportPath,
            timeoutSeconds: s.timeout ?? 3,
            memorySize: s.memorySize ?? 128,
            environment: s.environment ?? {},
            concurrency: s.concurrency ?? 4,
        });
    }
    return out;
}
/** One execution environment: a worker thread with the module loaded. */
class Environment {
    fn;
    log;
    worker;
    ready;
    dead = false;
    #pending;
    #tail = '';
    #nextId = 1;
    #exitCode;
    constructor(fn, env, log) {
        this.fn = fn;
        this.log = log;
        const logStreamName = env.AWS_LAMBDA_LOG_STREAM_NAME;
        const workerData = {
            tollgateLambda: true,
            file: fn.file,
            exportPath: fn.exportPath,
            handlerString: basename(fn.handler),
            functionName: fn.name,
            memorySize: fn.memorySize,
            logGroupName: `/aws/lambda/${fn.name}`,
            logStreamName,
        };
        const newSpace = Math.max(1, Math.floor(fn.memorySize / 10));
        this.worker = new Worker(new URL('./worker.js', import.meta.url), {
            workerData,
            env,
            stdout: true,
            stderr: true,
            resourceLimits: { maxOldGenerationSizeMb: Math.floor(fn.memorySize * 0.9) - newSpace, maxYoungGenerationSizeMb: newSpace },
        });
        this.worker.unref();
        const onOutput = (chunk) => {
            const text = chunk.toString('utf8');
            this.#tail = (this.#tail + text).slice(-TAIL_BYTES * 2);
            for (const line of text.split('\n'))
                if (line)
                    this.log.info({ function: fn.name }, line);
        };
        this.worker.stdout.on('data', onOutput);
        this.worker.stderr.on('data', onOutput);
        this.ready = new Promise((resolveReady) => {
            const initTimer = setTimeout(() => {
                resolveReady({
                    errorType: 'Sandbox.Timedout',
                    errorMessage: `INIT_REPORT Init Duration: ${INIT_TIMEOUT_MS} ms Phase: init Status: timeout`,
                });
                void this.kill();
            }, INIT_TIMEOUT_MS);
            initTimer.unref();
            this.worker.on('message', (m) => {
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
                    if (this.#pending && (m.id === undefined || m.id === this.#pending.id))
                        this.#settle({ ok: false, error: m.error });
                }
            });
            this.worker.on('error', (e) => {
                clearTimeout(initTimer);
                this.dead = true;
                const requestId = this.#pending?.requestId ?? '';
                const error = e.code === 'ERR_WORKER_OUT_OF_MEMORY'
                    ? { errorType: 'Runtime.OutOfMemory', errorMessage: `RequestId: ${requestId} Error: Runtime exited with error: signal: killed` }
                    : { errorType: e.name ?? 'Error', errorMessage: e.message, trace: String(e.stack ?? '').split('\n') };
                resolveReady(error);
                if (this.#pending)
                    this.#settle({ ok: false, error });
            });
            this.worker.on('exit', (code) => {
                clearTimeout(initTimer);
                this.dead = true;
                this.#exitCode = code;
                const requestId = this.#pending?.requestId ?? '';
                const error = {
                    errorType: 'Runtime.ExitError',
                    errorMessage: `RequestId: ${requestId} Error: Runtime exited with error: exit status ${code}`,
                };
                resolveReady(error);
                // A 'fatal' message posted just before the exit may still be on its way: let it land first.
                if (this.#pending)
                    setImmediate(() => this.#settle({ ok: false, error }));
            });
        });
    }
    #settle(o) {
        const p = this.#pending;
        if (!p)
            return;
        this.#pending = undefined;
        if (p.timer)
            clearTimeout(p.timer);
        p.resolve(o);
    }
    /** Clears and returns the output captured since the last call. */
    takeTail() {
        const t = this.#tail;
        this.#tail = '';
        return t;
    }
    invoke(msg, timeoutMs) {
        const id = this.#nextId++;
        const deadline = Date.now() + timeoutMs;
        return new Promise((resolveOutcome) => {
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
                const error = {
                    errorType: 'Runtime.ExitError',
                    errorMessage: `RequestId: ${msg.requestId} Error: Runtime exited with error: exit status ${this.#exitCode ?? 1}`,
                };
                this.#settle({ ok: false, error });
                return;
            }
            this.worker.postMessage({ type: 'invoke', id, deadline, ...msg });
        });
    }
    async kill() {
        this.dead = true;
        await this.worker.terminate().catch(() => undefined);
    }
}
/** The environments of one function: warm ones reused, new ones started up to `concurrency`. */
class FunctionPool {
    fn;
    env;
    log;
    #idle = [];
    #all = new Set();
    #waiting = [];
    #closed = false;
    /** The settings this pool was built for: a rescan that changes them replaces the pool. */
    key;
    constructor(fn, env, log) {
        this.fn = fn;
        this.env = env;
        this.log = log;
        this.key = JSON.stringify(fn);
    }
    async #acquire(signal) {
        if (this.#closed)
            return undefined;
        const warm = this.#idle.pop();
        if (warm)
            return warm;
        if (this.#all.size < this.fn.concurrency) {
            const env = new Environment(this.fn, this.env(), this.log);
            this.#all.add(env);
            return env;
        }
        return new Promise((resolveEnv) => {
            const take = (env) => {
                signal?.removeEventListener('abort', onAbort);
                resolveEnv(env);
            };
            const onAbort = () => {
                const i = this.#waiting.indexOf(take);
                if (i >= 0)
                    this.#waiting.splice(i, 1);
                resolveEnv(undefined);
            };
            signal?.addEventListener('abort', onAbort, { once: true });
            this.#waiting.push(take);
        });
    }
    #release(env) {
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
        if (next)
            next(env);
        else
            this.#idle.push(env);
    }
    async run(msg, signal) {
        const env = await this.#acquire(signal);
        if (!env)
            return undefined;
        try {
            const initError = await env.ready;
            if (initError) {
                env.dead = true;
                return { outcome: { ok: false, error: initError }, tail: env.takeTail() };
            }
            env.takeTail();
            const outcome = await env.invoke(msg, this.fn.timeoutSeconds * 1000);
            return { outcome, tail: env.takeTail() };
        }
        finally {
            this.#release(env);
        }
    }
    async close() {
        this.#closed = true;
        for (const w of this.#waiting.splice(0))
            w(undefined);
        await Promise.all([...this.#all].map((e) => e.kill()));
        this.#all.clear();
        this.#idle.length = 0;
    }
}
export class LocalFunctions {
    dir;
    #functions;
    #pools = new Map();
    #opts;
    #runner;
    #lastScan = Date.now();
    constructor(opts) {
        this.#opts = opts;
        this.dir = resolve(opts.dir);
        this.#functions = discoverFunctions(this.dir);
        if (opts.nodeEnvironments === 'processes') {
            this.#runner = new ProcessRunner({ log: opts.log, maxEnvironments: (spec) => this.#functions.get(spec.name)?.concurrency ?? 4 });
        }
    }
    /** A local function as the runner sees it: its code is the folder itself, reloaded when a file changes. */
    #spec(fn) {
        return {
            name: fn.name,
            version: '$LATEST',
            functionArn: functionArn(this.#opts.region, this.#opts.accountId, fn.name),
            runtime: NODE_RUNTIME,
            handler: fn.handler,
            codeDir: this.dir,
            layerDirs: [],
            timeoutSeconds: fn.timeoutSeconds,
            memoryMb: fn.memorySize,
            environment: fn.environment,
            codeSha256: '',
            hotReload: true,
            region: this.#opts.region,
            accountId: this.#opts.accountId,
        };
    }
    /** The invocation through the runner (`--node-environments processes`). */
    async #run(fn, req, requestId, invokedFunctionArn) {
        const run = this.#runner.run(this.#spec(fn), {
            payload: req.payload,
            requestId,
            invokedFunctionArn,
            clientContext: req.clientContext,
            logType: req.logType,
            signal: req.signal,
        });
        if (req.invocationType === 'Event') {
            void run.then((r) => r.functionError && this.#opts.log.warn({ function: fn.name, requestId, error: r.payload.toString() }, 'asynchronous invocation failed'), (e) => this.#opts.log.warn({ function: fn.name, requestId, err: e }, 'asynchronous invocation failed'));
            return { statusCode: 202, payload: Buffer.alloc(0), requestId };
        }
        const r = await run;
        return { statusCode: 200, payload: r.payload, functionError: r.functionError, executedVersion: '$LATEST', logResult: r.logResult, requestId };
    }
    get functions() {
        return this.#functions;
    }
    /** A name not seen yet triggers a rescan (at most once a second), so new files are picked up. */
    has(name) {
        if (this.#functions.has(name))
            return true;
        if (Date.now() - this.#lastScan > 1000) {
            this.#lastScan = Date.now();
            try {
                this.#functions = discoverFunctions(this.dir);
            }
            catch (e) {
                this.#opts.log.warn({ err: e }, 'rescanning functions failed');
            }
        }
        return this.#functions.has(name);
    }
    #environment(fn) {
        const now = new Date();
        const day = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${String(now.getUTCDate()).padStart(2, '0')}`;
        const host = process.env;
        const passthrough = {};
        for (const k of ['PATH', 'HOME', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'NODE_OPTIONS']) {
            if (host[k] !== undefined)
                passthrough[k] = host[k];
        }
        return {
            ...passthrough,
            ...fn.environment,
            // Reserved variables win over the function's own (Lambda refuses to let them be set).
            LANG: 'en_US.UTF-8',
            TZ: ':UTC',
            _HANDLER: basename(fn.handler),
            AWS_REGION: this.#opts.region,
            AWS_DEFAULT_REGION: this.#opts.region,
            AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs20.x',
            AWS_LAMBDA_FUNCTION_NAME: fn.name,
            AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(fn.memorySize),
            AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
            AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
            AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${fn.name}`,
            AWS_LAMBDA_LOG_STREAM_NAME: `${day}/[$LATEST]${randomBytes(16).toString('hex')}`,
            LAMBDA_TASK_ROOT: this.dir,
            LAMBDA_RUNTIME_DIR: dirname(new URL(import.meta.url).pathname),
        };
    }
    #pool(fn) {
        let p = this.#pools.get(fn.name);
        if (!p || (p.fn !== fn && p.key !== JSON.stringify(fn))) {
            if (p)
                void p.close();
            p = new FunctionPool(fn, () => this.#environment(fn), this.#opts.log);
            this.#pools.set(fn.name, p);
        }
        return p;
    }
    async invoke(req) {
        const ref = parseFunctionRef(req.functionName);
        const fn = ref && this.has(ref.name) ? this.#functions.get(ref.name) : undefined;
        const region = ref?.region ?? req.region;
        if (!ref || !fn)
            throw functionNotFound(ref ? functionArn(region, ref.accountId ?? this.#opts.accountId, ref.name, ref.qualifier) : req.functionName);
        checkInvokePayload(req.payload);
        const text = req.payload.toString('utf8');
        if (req.invocationType === 'DryRun')
            return { statusCode: 204, payload: Buffer.alloc(0) };
        const requestId = randomUUID();
        const msg = {
            payload: text,
            requestId,
            invokedFunctionArn: functionArn(region, this.#opts.accountId, fn.name, ref.qualifier),
            clientContext: req.clientContext,
        };
        if (this.#runner)
            return this.#run(fn, req, requestId, msg.invokedFunctionArn);
        const pool = this.#pool(fn);
        if (req.invocationType === 'Event') {
            void pool.run(msg).then((r) => {
                if (r && !r.outcome.ok)
                    this.#opts.log.warn({ function: fn.name, requestId, error: r.outcome.error }, 'asynchronous invocation failed');
            });
            return { statusCode: 202, payload: Buffer.alloc(0), requestId };
        }
        const started = performance.now();
        const r = await pool.run(msg, req.signal);
        if (!r)
            throw new LambdaServiceError('ServiceException', 'The invocation was abandoned', 500);
        const duration = performance.now() - started;
        let payload;
        let functionError;
        if (r.outcome.ok) {
            payload = Buffer.from(r.outcome.payload);
            if (payload.length > MAX_RESPONSE_BYTES) {
                payload = Buffer.from(JSON.stringify({
                    errorType: 'Function.ResponseSizeTooLarge',
                    errorMessage: `Response payload size exceeded maximum allowed payload size (${MAX_RESPONSE_BYTES} bytes).`,
                }));
                functionError = 'Unhandled';
            }
        }
        else {
            payload = Buffer.from(JSON.stringify(r.outcome.error));
            functionError = 'Unhandled';
        }
        const result = { statusCode: 200, payload, functionError, executedVersion: '$LATEST', requestId };
        if (req.logType === 'Tail') {
            const log = `START RequestId: ${requestId} Version: $LATEST\n${r.tail}END RequestId: ${requestId}\n` +
                `REPORT RequestId: ${requestId}\tDuration: ${duration.toFixed(2)} ms\tBilled Duration: ${Math.ceil(duration)} ms\tMemory Size: ${fn.memorySize} MB\t\n`;
            const bytes = Buffer.from(log);
            result.logResult = bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES)).toString('base64');
        }
        return result;
    }
    async close() {
        await this.#runner?.close();
        await Promise.all([...this.#pools.values()].map((p) => p.close()));
        this.#pools.clear();
    }
}
//# sourceMappingURL=local.js.map