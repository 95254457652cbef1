/**
 * Instructions per request, counted by valgrind (callgrind): a measure that repeats within about 1 %
 * from run to run, for comparing two builds on a machine too noisy for timings (there, the same build's
 * CPU per request has been seen to move 5× between runs). The same small JSON through
 *   (c) Tollgate HTTP_PROXY, (d) Tollgate MOCK with a response template, (f) the bare Node + undici proxy
 * of bench/data-plane.ts. Only the user-space instructions of the process under test are counted (the
 * kernel's part, the same syscalls for any Node proxy, is not), and only in the steady state:
 *   - a warm-up of `--warm-up` requests (default 10,000) lets V8 finish its optimizing compilations (with
 *     3,000, TurboFan jobs and their garbage still landed in the counted window: issue 17's +5 to +7 % on a
 *     request path whose own count had not moved);
 *   - then a full garbage collection (the process runs with --expose-gc and a preload that collects on
 *     SIGUSR2), so that no old-generation work left over from start-up and warm-up is counted, and half
 *     as many requests again (the collection flushes code V8 then compiles anew: counted right after it,
 *     the main thread's figure rose by a third);
 *   - then `--requests` requests counted (callgrind's instrumentation switched on and off around them).
 * The figure is given for all threads (V8's compiler and GC helpers included) and for the main thread alone.
 * Caches, memory and the kernel are not in the figure: a change that saves instructions saves time only
 * as far as those do not dominate.
 *
 *   npm run bench:instructions [-- --requests 5000 --warm-up 10000 --dist DIR --targets proxy,mock]
 *
 * `--targets` also takes `threads` and `processes`: (g) and (h), AWS_PROXY to a small Node.js function
 * (`--functions`) in worker threads, or in child processes on the Lambda Runtime API, whose instructions
 * are counted with the gateway's (valgrind follows the children; column "environments"); and `aws`: (i) the
 * DynamoDB GetItem of bench/aws-integrations.ts (type AWS, signed with SigV4) against dynalite on core 1.
 *
 * `--dist DIR` also measures another build's Tollgate (the `dist` folder of a built checkout), for A/B: the
 * two builds are measured in the order A B B A (which build runs first moves counts by a few per cent), and
 * each build's figure is the mean of its two runs.
 * Needs valgrind and h2load (Debian packages `valgrind`, `nghttp2-client`); 127.0.0.1 only; each target
 * takes one to two minutes.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort, MAIN_JS } from '../test/helpers/process.js';
import { killChildren, pinned, runMain, serveArgs, waitFor } from './lib/processes.js';
import { setupDynamoApi, startDynalite } from './lib/dynamodb.js';
import { BACKEND_SRC, BARE_PROXY_SRC, NODE_SRC, setupApis, setupLambdaApi } from './lib/targets.js';

const { values: opt } = parseArgs({
  options: {
    requests: { type: 'string', default: '5000' },
    'warm-up': { type: 'string', default: '10000' },
    dist: { type: 'string' },
    targets: { type: 'string', default: 'proxy,mock' },
  },
});
const REQUESTS = Math.min(Math.max(Number(opt.requests), 100), 20_000);
const WARM_UP = Math.min(Math.max(Number(opt['warm-up']), 0), 50_000);
const TARGET_NAMES = {
  proxy: '(c) Tollgate HTTP_PROXY',
  mock: '(d) Tollgate MOCK + template',
  threads: '(g) AWS_PROXY → Node.js function in worker threads',
  processes: '(h) AWS_PROXY → Node.js function in processes',
  aws: '(i) AWS → DynamoDB GetItem on dynalite',
};
type Target = keyof typeof TARGET_NAMES;
const TARGETS = opt.targets.split(',').filter((t): t is Target => {
  if (t in TARGET_NAMES) return true;
  throw new Error(`--targets: ${t} is not one of ${Object.keys(TARGET_NAMES).join(', ')}`);
});

/** Preloaded into the process under test: a full collection on SIGUSR2 (needs --expose-gc). */
const GC_ON_SIGNAL = `process.on('SIGUSR2', () => { globalThis.gc(); globalThis.gc(); });\n`;

/** Instructions per request: every thread (of the environments' processes too), the main thread alone, the environments alone. */
interface Count {
  all: number;
  main: number;
  environments: number;
}

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

/** The pids of a process's children (Lambda's environments), from /proc. */
function childrenOf(pid: number): number[] {
  const r = spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' });
  return (r.stdout ?? '').split('\n').filter(Boolean).map(Number);
}

/** `h2load` on core 1: `n` requests over 8 HTTP/1.1 connections; fails unless every one answered 2xx (a warm-up: unless it ran). */
function load(url: string, n: number, warmUp = false): void {
  const r = spawnSync('taskset', ['-c', '1', 'h2load', '--h1', '-n', String(n), '-c', '8', '-t', '1', url], {
    encoding: 'utf8',
    timeout: 600_000,
  });
  // A warm-up may see a few errors (Lambda environments starting under valgrind can pass their init timeout); counted requests may not.
  if (!new RegExp(`status codes: ${warmUp ? '\\d+' : n} 2xx`).test(r.stdout ?? '')) throw new Error(`h2load against ${url}: ${r.stdout}\n${r.stderr}`);
}

function callgrindControl(...args: string[]): void {
  const r = spawnSync('callgrind_control', args, { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`callgrind_control ${args.join(' ')}: ${r.stdout}${r.stderr}`);
}

/**
 * Runs `node ARGS…` (ARGS from the port it is to listen on) under callgrind with instrumentation off;
 * `prepare` returns the URL to load once it answers; after the warm-up and a full GC, counts the
 * instructions of REQUESTS requests.
 */
async function instructionsPerRequest(
  dir: string,
  nodeArgs: (port: number) => string[],
  prepare: (base: string) => Promise<string>,
  environments = false,
): Promise<Count> {
  const port = await freePort();
  const prefix = `callgrind-${port}`;
  const proc = pinned(0, 'valgrind', [
    '--tool=callgrind',
    '--instr-atstart=no',
    '--separate-threads=yes',
    // Lambda's environments (child processes) counted too: each its own file, instrumentation off until switched on.
    `--trace-children=${environments ? 'yes' : 'no'}`,
    `--callgrind-out-file=${join(dir, prefix)}.%p`,
    process.execPath,
    '--expose-gc',
    '--require',
    join(dir, 'gc-on-signal.cjs'),
    ...nodeArgs(port),
  ]);
  try {
    const url = await prepare(`http://127.0.0.1:${port}`);
    load(url, WARM_UP, true);
    // `taskset` execs valgrind, which runs node in the same process: proc.pid is node's.
    process.kill(proc.pid!, 'SIGUSR2');
    await new Promise((r) => setTimeout(r, 3_000)); // the collection, slow under valgrind
    // A full collection flushes the bytecode and code of functions it finds cold, which are compiled
    // again when next called: a second warm-up keeps that out of the counted window.
    load(url, Math.ceil(WARM_UP / 2), true);
    const pids = [proc.pid!, ...(environments ? childrenOf(proc.pid!) : [])];
    for (const pid of pids) callgrindControl('-i', 'on', String(pid));
    load(url, REQUESTS);
    for (const pid of pids) callgrindControl('-i', 'off', String(pid));
    for (const pid of pids) callgrindControl('-d', String(pid));
  } finally {
    proc.kill('SIGTERM');
    await new Promise((r) => proc.once('exit', r));
  }
  // Every dump of each process (the one asked for, and the final one at exit), one file per thread
  // (`prefix.PID[.PART]-NN`, thread 01 the main one), with its totals.
  const count: Count = { all: 0, main: 0, environments: 0 };
  for (const f of readdirSync(dir).filter((n) => n.startsWith(`${prefix}.`))) {
    const m = /^totals: (\d+)/m.exec(readFileSync(join(dir, f), 'utf8'));
    if (!m) continue;
    const own = f.startsWith(`${prefix}.${proc.pid}.`) || f.startsWith(`${prefix}.${proc.pid}-`);
    count.all += Number(m[1]);
    if (own && /-01$/.test(f)) count.main += Number(m[1]);
    if (!own) count.environments += Number(m[1]);
  }
  if (count.all === 0) throw new Error('callgrind counted nothing');
  return { all: count.all / REQUESTS, main: count.main / REQUESTS, environments: count.environments / REQUESTS };
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
    writeFileSync(join(dir, 'gc-on-signal.cjs'), GC_ON_SIGNAL);
    pinned(1, process.execPath, [join(dir, 'backend.cjs'), String(backendPort)]);
    const backend = `http://127.0.0.1:${backendPort}`;
    await waitFor(`${backend}/`);

    const functions = join(dir, 'functions');
    mkdirSync(functions);
    writeFileSync(join(functions, 'small.mjs'), NODE_SRC);
    writeFileSync(join(functions, 'tollgate.functions.json'), JSON.stringify({ small: { concurrency: 4 } }));
    const dynamodb = TARGETS.includes('aws') ? await startDynalite(8, ['taskset', '-c', '1']) : '';
    const tollgate =
      (main: string, environments?: 'threads' | 'processes') =>
      (port: number): string[] =>
        serveArgs(
          main,
          port,
          environments ? ['--functions', functions, '--node-environments', environments] : dynamodb ? ['--aws-endpoint', `dynamodb=${dynamodb}`] : [],
        );
    const api =
      (which: Target) =>
      async (base: string): Promise<string> => {
        await waitLong(`${base}/restapis`);
        if (which === 'threads' || which === 'processes') return `${await setupLambdaApi(base, ['small'])}small`;
        if (which === 'aws') return `${base}${await setupDynamoApi(base)}`;
        const ids = await setupApis(base, backend, false);
        return which === 'proxy' ? `${base}/_aws/execute-api/${ids.proxy}/bench/item` : `${base}/_aws/execute-api/${ids.mock}/bench/`;
      };
    const builds: [string, string][] = [['this build', MAIN_JS]];
    if (opt.dist) builds.push([`--dist ${opt.dist}`, join(resolve(opt.dist), 'src', 'main.js')]);
    // A B B A: each build measured once first and once second.
    const order = builds.length === 2 ? [builds[0], builds[1], builds[1], builds[0]] : builds;

    const rows: [string, Count[]][] = [];
    const bare = await instructionsPerRequest(
      dir,
      (port) => [join(dir, 'bare-proxy.cjs'), String(port), String(backendPort), createRequire(import.meta.url).resolve('undici')],
      async (base) => {
        await waitLong(`${base}/`);
        return `${base}/`;
      },
    );
    rows.push(['(f) bare Node + undici proxy', [bare]]);
    const runs = new Map<string, Count[]>();
    for (const [label, main] of order) {
      for (const which of TARGETS) {
        const name = `${TARGET_NAMES[which]}, ${label}`;
        const lambda = which === 'threads' || which === 'processes';
        const c = await instructionsPerRequest(dir, lambda ? tollgate(main, which) : tollgate(main), api(which), which === 'processes');
        console.log(
          `${name}: ${Math.round(c.all).toLocaleString('en-US')} (main thread ${Math.round(c.main).toLocaleString('en-US')}, environments ${Math.round(c.environments).toLocaleString('en-US')})`,
        );
        runs.set(name, [...(runs.get(name) ?? []), c]);
      }
    }
    for (const [name, cs] of [...runs].sort(([a], [b]) => a.localeCompare(b))) rows.push([name, cs]);
    const mean = (cs: Count[], k: keyof Count): number => cs.reduce((a, c) => a + c[k], 0) / cs.length;
    const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
    console.log(
      `\nInstructions per request (valgrind callgrind, user space of the process under test, ${REQUESTS} requests after ${WARM_UP} of warm-up, a full GC and ${Math.ceil(WARM_UP / 2)} more)`,
    );
    console.log('target'.padEnd(64), 'all threads'.padStart(12), '× bare'.padStart(7), 'main thread'.padStart(12), 'environments'.padStart(13), ' runs (all)');
    for (const [name, cs] of rows) {
      console.log(
        name.padEnd(64),
        fmt(mean(cs, 'all')).padStart(12),
        (mean(cs, 'all') / bare.all).toFixed(2).padStart(7),
        fmt(mean(cs, 'main')).padStart(12),
        fmt(mean(cs, 'environments')).padStart(13),
        ` ${cs.map((c) => fmt(c.all)).join(' / ')}`,
      );
    }
    if (builds.length === 2) {
      for (const which of TARGETS.map((t) => TARGET_NAMES[t])) {
        const [a, b] = builds.map(([label]) => runs.get(`${which}, ${label}`)!);
        for (const k of ['all', 'main'] as const) {
          const change = ((mean(a, k) - mean(b, k)) / mean(b, k)) * 100;
          console.log(`${which}, ${k === 'all' ? 'all threads' : 'main thread'}: this build ${change >= 0 ? '+' : ''}${change.toFixed(1)} % against --dist`);
        }
      }
    }
  } finally {
    killChildren();
    rmSync(dir, { recursive: true, force: true });
  }
}

runMain(main);
