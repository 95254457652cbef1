/**
 * One execution environment: a child process (launch.ts) and the Runtime API it talks to (runtime-api.ts),
 * serving one invocation at a time, kept warm between them
 * (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html). It ends, and is never reused,
 * when its runtime fails as Lambda's would:
 *   - a timeout: Sandbox.Timedout "RequestId: … Error: Task timed out after N.00 seconds", process killed
 *     (https://docs.aws.amazon.com/lambda/latest/dg/troubleshooting-invocation.html#troubleshooting-timeouts);
 *   - an exit: Runtime.ExitError "RequestId: … Error: Runtime exited with error: exit status N" (or "signal: …";
 *     "Runtime exited without providing a reason" for status 0) (https://repost.aws/knowledge-center/lambda-runtime-error);
 *   - its memory (resident set) over MemorySize: killed, Runtime.OutOfMemory "… Runtime exited with error:
 *     signal: killed", as Lambda's memory limit ends it;
 *   - an init error the runtime posts (/init/error): that payload; no process or bootstrap: Runtime.InvalidEntrypoint.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchFor, logStreamName } from './launch.js';
import { INIT_TIMEOUT_MS, MAX_RESPONSE_BYTES, TAIL_BYTES } from './limits.js';
import { RuntimeApi } from './runtime-api.js';
const PAGE_BYTES = 4096;
const MEMORY_POLL_MS = 20;
const errorPayload = (errorType, errorMessage) => Buffer.from(JSON.stringify({ errorType, errorMessage }));
const runtimeError = (errorType, message) => (requestId) => errorPayload(errorType, `RequestId: ${requestId} Error: ${message}`);
/** Go's os.ProcessState text, which Lambda's messages quote ("exit status 3", "signal: killed"). */
function exitText(code, signal) {
    const names = {
        SIGKILL: 'killed',
        SIGTERM: 'terminated',
        SIGSEGV: 'segmentation fault',
        SIGABRT: 'aborted',
        SIGINT: 'interrupt',
    };
    return signal ? `signal: ${names[signal] ?? signal}` : `exit status ${code}`;
}
export class ExecutionEnvironment {
    /** Settles when the runtime first asks for an event (undefined) or its initialization failed. */
    ready;
    dead = false;
    /** The init phase's length, reported once on the REPORT line of the first invocation. */
    initDurationMs;
    /** The largest resident set seen during the current invocation, in MB. */
    maxMemoryMb = 0;
    #spec;
    #opts;
    #api;
    #started = performance.now();
    #resolveReady;
    #child;
    #tmp;
    #tail = '';
    #pending;
    /** Why the runtime is gone, for the invocation under way and any later one. */
    #ended;
    #memoryTimer;
    constructor(spec, opts) {
        this.#spec = spec;
        this.#opts = opts;
        this.ready = new Promise((resolve) => (this.#resolveReady = resolve));
        this.#api = new RuntimeApi({
            next: () => {
                if (this.initDurationMs === undefined)
                    this.initDurationMs = performance.now() - this.#started;
                this.#resolveReady(undefined);
            },
            response: (id, body) => this.#settle(id, { payload: body, failed: false }),
            oversize: (id) => this.#settle(id, {
                payload: errorPayload('Function.ResponseSizeTooLarge', `Response payload size exceeded maximum allowed payload size (${MAX_RESPONSE_BYTES} bytes).`),
                failed: true,
            }),
            error: (id, body, type) => this.#settle(id, { payload: body.length ? body : errorPayload(type ?? 'Unhandled', ''), failed: true }),
            initError: (body, type) => {
                this.#fail(() => (body.length ? body : errorPayload(type ?? 'Runtime.Unknown', '')));
                void this.kill();
            },
        });
    }
    /** Starts the process; failures to start settle `ready`. */
    async start() {
        const address = await this.#api.listen();
        const launch = launchFor(this.#spec, address, logStreamName(this.#spec.version, randomBytes(16).toString('hex')), this.#opts.interpreters);
        if (!('command' in launch)) {
            this.#opts.log.error({ function: this.#spec.name }, launch.log);
            this.#fail(runtimeError(launch.errorType, launch.message));
            return this;
        }
        // Lambda's /tmp is the environment's own: here a fresh directory, its TMPDIR.
        this.#tmp = mkdtempSync(join(tmpdir(), 'tollgate-env-'));
        const child = spawn(launch.command, launch.args, { cwd: this.#spec.codeDir, env: { ...launch.env, TMPDIR: this.#tmp }, stdio: ['ignore', 'pipe', 'pipe'] });
        this.#child = child;
        child.stdout.on('data', (c) => this.#output(c));
        child.stderr.on('data', (c) => this.#output(c));
        child.on('error', (e) => {
            const why = e.code === 'EACCES' ? 'permission denied' : e.code === 'ENOENT' ? 'no such file or directory' : e.message;
            this.#opts.log.error({ function: this.#spec.name, err: e }, `function ${this.#spec.name}: cannot start ${launch.command}`);
            this.#fail(runtimeError('Runtime.InvalidEntrypoint', `fork/exec ${launch.command}: ${why}`));
            void this.kill();
        });
        child.on('exit', (code, signal) => this.#exited(code, signal));
        const initTimer = setTimeout(() => {
            this.#fail(() => errorPayload('Sandbox.Timedout', `INIT_REPORT Init Duration: ${INIT_TIMEOUT_MS} ms Phase: init Status: timeout`));
            void this.kill();
        }, INIT_TIMEOUT_MS);
        initTimer.unref();
        void this.ready.then(() => clearTimeout(initTimer));
        this.#memoryTimer = setInterval(() => this.#watchMemory(), MEMORY_POLL_MS);
        this.#memoryTimer.unref();
        return this;
    }
    /** Clears and returns the output captured since the last call. */
    takeTail() {
        const t = this.#tail;
        this.#tail = '';
        return t;
    }
    invoke(inv, timeoutMs) {
        this.maxMemoryMb = 0;
        this.#watchMemory();
        if (this.dead)
            return Promise.resolve({
                payload: (this.#ended ?? runtimeError('Runtime.ExitError', 'Runtime exited with error: exit status 1'))(inv.requestId),
                failed: true,
            });
        return new Promise((resolve) => {
            const timer = setTimeout(() => {
                this.#tail += `${new Date().toISOString()} ${inv.requestId} Task timed out after ${(timeoutMs / 1000).toFixed(2)} seconds\n`;
                this.#settle(inv.requestId, {
                    payload: runtimeError('Sandbox.Timedout', `Task timed out after ${(timeoutMs / 1000).toFixed(2)} seconds`)(inv.requestId),
                    failed: true,
                });
                void this.kill();
            }, timeoutMs);
            this.#pending = { requestId: inv.requestId, resolve, timer };
            this.#api.deliver(inv);
        });
    }
    async kill() {
        this.dead = true;
        if (this.#memoryTimer)
            clearInterval(this.#memoryTimer);
        this.#api.abandon();
        this.#api.close();
        if (this.#child && this.#child.exitCode === null && this.#child.signalCode === null)
            this.#child.kill('SIGKILL');
        if (this.#tmp)
            rmSync(this.#tmp, { recursive: true, force: true });
        this.#tmp = undefined;
    }
    #settle(requestId, o) {
        const p = this.#pending;
        if (!p || p.requestId !== requestId)
            return;
        this.#pending = undefined;
        clearTimeout(p.timer);
        // The runtime wrote its output before it answered; both are ready together, the pipe maybe read after
        // the socket: a turn later the output is in the tail.
        setImmediate(() => p.resolve(o));
    }
    /** The runtime cannot serve: initialization (if under way) and the invocation under way fail with `why`. */
    #fail(why) {
        this.dead = true;
        this.#ended ??= why;
        this.#resolveReady(why);
        if (this.#pending)
            this.#settle(this.#pending.requestId, { payload: this.#ended(this.#pending.requestId), failed: true });
    }
    #exited(code, signal) {
        const text = exitText(code, signal);
        if (this.#ended === undefined)
            this.#tail += `RequestId: ${this.#pending?.requestId ?? ''} Error: Runtime exited with error: ${text}\n`;
        this.#fail(code === 0
            ? runtimeError('Runtime.ExitError', 'Runtime exited without providing a reason')
            : runtimeError('Runtime.ExitError', `Runtime exited with error: ${text}`));
        void this.kill();
    }
    #output(chunk) {
        const text = chunk.toString('utf8');
        this.#tail = (this.#tail + text).slice(-TAIL_BYTES * 2);
        for (const line of text.split('\n'))
            if (line)
                this.#opts.log.info({ function: this.#spec.name }, line);
    }
    /** Lambda ends a function over its memory: the resident set, read from /proc, against MemorySize. */
    #watchMemory() {
        const pid = this.#child?.pid;
        if (pid === undefined || this.dead)
            return;
        let mb;
        try {
            mb = (Number(readFileSync(`/proc/${pid}/statm`, 'latin1').split(' ')[1]) * PAGE_BYTES) / 1024 / 1024;
        }
        catch {
            return;
        }
        this.maxMemoryMb = Math.max(this.maxMemoryMb, Math.ceil(mb));
        if (mb <= this.#spec.memoryMb)
            return;
        this.#tail += `RequestId: ${this.#pending?.requestId ?? ''} Error: Runtime exited with error: signal: killed\n`;
        this.#fail(runtimeError('Runtime.OutOfMemory', 'Runtime exited with error: signal: killed'));
        void this.kill();
    }
}
//# sourceMappingURL=environment.js.map