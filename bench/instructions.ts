/**
 * Instructions per request, counted by valgrind (callgrind): a measure that repeats within about 1 %
 * from run to run, for comparing two builds on a machine too noisy for timings (there, the same build's
 * CPU per request has been seen to move 5× between runs). The same small JSON through
 *   (c) Tollgate HTTP_PROXY, (d) Tollgate MOCK with a response template, (f) the bare Node + undici proxy
 * of bench/data-plane.ts. Only the user-space instructions of the process under test are counted (the
 * kernel's part, the same syscalls for any Node proxy, is not), and only while `--requests` requests run,
 * after a warm-up of 3,000 that lets the JIT settle. Caches, memory and the kernel are not in the figure:
 * a change that saves instructions saves time only as far as those do not dominate.
 *
 *   npm run bench:instructions [-- --requests 2000 --dist DIR]
 *
 * `--dist DIR` also measures another build's Tollgate (the `dist` folder of a built checkout), for A/B.
 * Needs valgrind and h2load (Debian packages `valgrind`, `nghttp2-client`); 127.0.0.1 only; each target
 * takes about a minute.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort, MAIN_JS } from '../test/helpers/process.js';
import { killChildren, pinned, waitFor } from './lib/processes.js';
import { BACKEND_SRC, BARE_PROXY_SRC, setupApis } from './lib/targets.js';

const { values: opt } = parseArgs({ options: { requests: { type: 'string', default: '2000' }, dist: { type: 'string' } } });
const REQUESTS = Math.min(Math.max(Number(opt.requests), 100), 20_000);
const WARM_UP = 3_000;

/** Polls `url` until it answers (Node starts slowly under valgrind); fails after two minutes. */
async function waitLong(url: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      await (await fetch(url, { signal: AbortSignal.timeout(5_000) })).arrayBuffer();
      return;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) throw new Error(`${url} did not come up under valgrind`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** `h2load` on core 1: `n` requests over 8 HTTP/1.1 connections; fails unless every one answered 2xx. */
function load(url: string, n: number): void {
  const r = spawnSync('taskset', ['-c', '1', 'h2load', '--h1', '-n', String(n), '-c', '8', '-t', '1', url], {
    encoding: 'utf8',
    timeout: 600_000,
  });
  if (!new RegExp(`status codes: ${n} 2xx`).test(r.stdout ?? '')) throw new Error(`h2load against ${url}: ${r.stdout}\n${r.stderr}`);
}

function callgrindControl(...args: string[]): void {
  const r = spawnSync('callgrind_control', args, { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`callgrind_control ${args.join(' ')}: ${r.stdout}${r.stderr}`);
}

/**
 * Runs `node ARGS…` (ARGS from the port it is to listen on) under callgrind with instrumentation off;
 * `prepare` returns the URL to load once it answers; after the warm-up, counts the instructions of
 * REQUESTS requests.
 */
async function instructionsPerRequest(dir: string, nodeArgs: (port: number) => string[], prepare: (base: string) => Promise<string>): Promise<number> {
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
    load(url, REQUESTS);
    callgrindControl('-i', 'off', String(proc.pid));
    callgrindControl('-d', String(proc.pid));
  } finally {
    proc.kill('SIGTERM');
    await new Promise((r) => proc.once('exit', r));
  }
  // Every dump of the process (the one asked for, and the final one at exit) with its totals.
  let total = 0;
  for (const f of readdirSync(dir).filter((n) => n.startsWith(`${prefix}.`))) {
    const m = /^totals: (\d+)/m.exec(readFileSync(join(dir, f), 'utf8'));
    if (m) total += Number(m[1]);
  }
  if (total === 0) throw new Error('callgrind counted nothing');
  return total / REQUESTS;
}

async function main(): Promise<void> {
  for (const tool of ['valgrind', 'callgrind_control', 'h2load', 'taskset']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) throw new Error(`${tool} is required (apt-get install valgrind nghttp2-client util-linux)`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'tollgate-instructions-'));
  try {
    const backendPort = await freePort();
    writeFileSync(join(dir, 'backend.cjs'), BACKEND_SRC);
    writeFileSync(join(dir, 'bare-proxy.cjs'), BARE_PROXY_SRC);
    pinned(1, process.execPath, [join(dir, 'backend.cjs'), String(backendPort)]);
    const backend = `http://127.0.0.1:${backendPort}`;
    await waitFor(`${backend}/`);

    const tollgate =
      (main: string) =>
      (port: number): string[] => [
        main,
        'serve',
        '--memory',
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
        '--log-level',
        'warn',
        '--account-rate-limit',
        '1000000',
        '--account-burst-limit',
        '1000000',
        '--tls-port',
        'off',
      ];
    const api =
      (which: 'proxy' | 'mock') =>
      async (base: string): Promise<string> => {
        await waitLong(`${base}/restapis`);
        const ids = await setupApis(base, backend, false);
        return which === 'proxy' ? `${base}/_aws/execute-api/${ids.proxy}/bench/item` : `${base}/_aws/execute-api/${ids.mock}/bench/`;
      };
    const builds: [string, string][] = [['this build', MAIN_JS]];
    if (opt.dist) builds.push([`--dist ${opt.dist}`, join(resolve(opt.dist), 'src', 'main.js')]);

    const rows: [string, number][] = [];
    const bare = await instructionsPerRequest(
      dir,
      (port) => [join(dir, 'bare-proxy.cjs'), String(port), String(backendPort), createRequire(import.meta.url).resolve('undici')],
      async (base) => {
        await waitLong(`${base}/`);
        return `${base}/`;
      },
    );
    rows.push(['(f) bare Node + undici proxy', bare]);
    for (const [label, main] of builds) {
      rows.push([`(c) Tollgate HTTP_PROXY, ${label}`, await instructionsPerRequest(dir, tollgate(main), api('proxy'))]);
      rows.push([`(d) Tollgate MOCK + template, ${label}`, await instructionsPerRequest(dir, tollgate(main), api('mock'))]);
    }
    console.log(`\nInstructions per request (valgrind callgrind, user space of the process under test, ${REQUESTS} requests after ${WARM_UP} of warm-up)`);
    console.log('target'.padEnd(48), 'instructions'.padStart(13), '× bare proxy'.padStart(13));
    for (const [name, n] of rows) console.log(name.padEnd(48), Math.round(n).toLocaleString('en-US').padStart(13), (n / bare).toFixed(2).padStart(13));
  } finally {
    killChildren();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
