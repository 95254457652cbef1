/**
 * Instructions per request under valgrind's callgrind (bench/instructions.ts, bench/metrics.ts): the
 * process under test runs with instrumentation off, `h2load` warms it up, then only the measured
 * requests are counted. Needs valgrind and h2load (Debian packages `valgrind`, `nghttp2-client`).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../test/helpers/process.js';
import { pinned } from './processes.js';
export const WARM_UP = 3_000;
/** Fails unless every tool the measure needs is installed. */
export function requireTools() {
    for (const tool of ['valgrind', 'callgrind_control', 'h2load', 'taskset']) {
        if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0)
            throw new Error(`${tool} is required (apt-get install valgrind nghttp2-client util-linux)`);
    }
}
/** Polls `url` until it answers (Node starts slowly under valgrind); fails after two minutes. */
export async function waitLong(url) {
    const deadline = Date.now() + 120_000;
    for (;;) {
        try {
            await (await fetch(url, { signal: AbortSignal.timeout(5_000) })).arrayBuffer();
            return;
        }
        catch {
            /* not yet */
        }
        if (Date.now() > deadline)
            throw new Error(`${url} did not come up under valgrind`);
        await new Promise((r) => setTimeout(r, 500));
    }
}
/** `h2load` on core 1: `n` requests over 8 HTTP/1.1 connections; fails unless every one answered 2xx. */
export function load(url, n) {
    const r = spawnSync('taskset', ['-c', '1', 'h2load', '--h1', '-n', String(n), '-c', '8', '-t', '1', url], {
        encoding: 'utf8',
        timeout: 600_000,
    });
    if (!new RegExp(`status codes: ${n} 2xx`).test(r.stdout ?? ''))
        throw new Error(`h2load against ${url}: ${r.stdout}\n${r.stderr}`);
}
function callgrindControl(...args) {
    const r = spawnSync('callgrind_control', args, { encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0)
        throw new Error(`callgrind_control ${args.join(' ')}: ${r.stdout}${r.stderr}`);
}
/**
 * Runs `node ARGS…` (ARGS from the port it is to listen on) under callgrind with instrumentation off;
 * `prepare` returns the URL to load once it answers; after the warm-up, counts the instructions of
 * `requests` requests.
 */
export async function instructionsPerRequest(requests, dir, nodeArgs, prepare) {
    const port = await freePort();
    const prefix = `callgrind-${port}`;
    const proc = pinned(0, 'valgrind', [
        '--tool=callgrind',
        '--instr-atstart=no',
        `--callgrind-out-file=${join(dir, prefix)}.%p`,
        process.execPath,
        ...nodeArgs(port),
    ]);
    try {
        const url = await prepare(`http://127.0.0.1:${port}`);
        load(url, WARM_UP);
        callgrindControl('-i', 'on', String(proc.pid));
        load(url, requests);
        callgrindControl('-i', 'off', String(proc.pid));
        callgrindControl('-d', String(proc.pid));
    }
    finally {
        proc.kill('SIGTERM');
        await new Promise((r) => proc.once('exit', r));
    }
    // Every dump of the process (the one asked for, and the final one at exit) with its totals.
    let total = 0;
    for (const f of readdirSync(dir).filter((n) => n.startsWith(`${prefix}.`))) {
        const m = /^totals: (\d+)/m.exec(readFileSync(join(dir, f), 'utf8'));
        if (m)
            total += Number(m[1]);
    }
    if (total === 0)
        throw new Error('callgrind counted nothing');
    return total / requests;
}
//# sourceMappingURL=callgrind.js.map