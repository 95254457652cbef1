/**
 * The real `tollgate serve` as a child process, for tests and benchmarks that stop, kill and restart
 * it. The main script is found next to this compiled file (dist/test/helpers → dist/src/main.js),
 * never through the working directory. Every child started here is tracked: `killAll()` (call it in
 * an `after` hook) and a process 'exit' hook SIGKILL whatever is still running.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
/**
 * How long a spawned server may take to answer its first request: a guard against a hang, not a
 * performance check. Generous, because the suite runs two files at once on two cores, and a start
 * (Node, the store's migrations) can wait seconds for the CPU.
 */
const READY_TIMEOUT_MS = 60_000;
export const MAIN_JS = fileURLToPath(new URL('../../src/main.js', import.meta.url));
const live = new Set();
process.on('exit', () => {
    for (const c of live)
        c.kill('SIGKILL');
});
/** A port that was free a moment ago (the server must be told its port up front to be restartable). */
export function freePort() {
    return new Promise((resolve, reject) => {
        const s = createServer();
        s.once('error', reject);
        s.listen(0, '127.0.0.1', () => {
            const { port } = s.address();
            s.close(() => resolve(port));
        });
    });
}
/**
 * Starts `node dist/src/main.js serve --host 127.0.0.1 --port PORT ARGS…` and resolves once the
 * server answers HTTP (GET /restapis?limit=1, any status).
 */
export async function spawnTollgate(opts) {
    // A port found free a moment ago can be taken by a parallel test before this server binds it:
    // then try again on another one (callers use the returned url/port, never their own guess).
    for (let attempt = 1;; attempt++) {
        try {
            return await spawnOnce(opts);
        }
        catch (e) {
            if (attempt >= 5 || !/EADDRINUSE/.test(e.message))
                throw e;
            opts = { ...opts, port: await freePort() };
        }
    }
}
async function spawnOnce(opts) {
    const args = [MAIN_JS, 'serve', '--host', '127.0.0.1', '--port', String(opts.port), ...opts.args];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TOLLGATE_MEMORY: '' } });
    live.add(child);
    let out = '';
    const keep = (d) => {
        out = (out + d.toString()).slice(-65536);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const exited = new Promise((resolve) => {
        child.once('exit', (code, signal) => {
            live.delete(child);
            resolve({ code, signal });
        });
    });
    const url = `http://127.0.0.1:${opts.port}`;
    const deadline = Date.now() + (opts.readyTimeoutMs ?? READY_TIMEOUT_MS);
    let gone;
    void exited.then((e) => {
        gone = e;
    });
    for (;;) {
        if (gone)
            throw new Error(`tollgate exited before it was ready (${JSON.stringify(gone)}):\n${out}`);
        try {
            const res = await fetch(`${url}/restapis?limit=1`, { signal: AbortSignal.timeout(1000) });
            await res.arrayBuffer();
            break;
        }
        catch {
            if (Date.now() > deadline) {
                child.kill('SIGKILL');
                throw new Error(`tollgate did not answer on ${url} within ${opts.readyTimeoutMs ?? READY_TIMEOUT_MS} ms:\n${out}`);
            }
            await new Promise((r) => setTimeout(r, 10));
        }
    }
    return {
        url,
        port: opts.port,
        pid: child.pid,
        child,
        output: () => out,
        exited,
        async stop(signal = 'SIGTERM', timeoutMs = 10_000) {
            const started = performance.now();
            if (child.exitCode === null && child.signalCode === null)
                child.kill(signal);
            let timer;
            const timeout = new Promise((resolve) => {
                timer = setTimeout(() => resolve('timeout'), timeoutMs);
            });
            const result = await Promise.race([exited, timeout]);
            clearTimeout(timer);
            if (result === 'timeout') {
                child.kill('SIGKILL');
                await exited;
                throw new Error(`tollgate (pid ${child.pid}) did not exit within ${timeoutMs} ms of ${signal}:\n${out}`);
            }
            return { ...result, ms: performance.now() - started };
        },
    };
}
/** SIGKILLs every child still running and waits for them to be gone. */
export async function killAll() {
    const waits = [...live].map((c) => new Promise((resolve) => {
        if (c.exitCode !== null || c.signalCode !== null) {
            resolve();
            return;
        }
        c.once('exit', () => resolve());
        c.kill('SIGKILL');
    }));
    await Promise.all(waits);
}
/** Resident memory of a process in KiB (VmRSS from /proc/PID/status). */
export async function rssKiB(pid) {
    const { readFile } = await import('node:fs/promises');
    const m = /^VmRSS:\s+(\d+) kB$/m.exec(await readFile(`/proc/${pid}/status`, 'utf8'));
    if (!m)
        throw new Error(`no VmRSS for pid ${pid}`);
    return Number(m[1]);
}
//# sourceMappingURL=process.js.map