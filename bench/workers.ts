/**
 * `--workers` (issue 21, "every core"): MOCK (with a response template) and HTTP_PROXY throughput of the
 * same build with 1 worker (one process, no primary) and 2 workers (a primary and two workers), in one
 * run, and the CPU time each request costs (user + system of the primary and every worker, from /proc,
 * bench/lib/processes.ts groupCpuMs), printed as ratios of 2 workers to 1.
 *
 * Tollgate may use both cores (`taskset -c 0,1`); wrk and the backend run on core 1 (bench/lib), so on a
 * 2-core machine the second worker shares its core with the load generator: the throughput ratio is
 * bounded well below 2 here, and the CPU per request is the figure that says whether a worker costs
 * more per request (IPC to the primary for the counters is the expected extra; with 2 workers the primary's
 * share and how often it woke up, per 1,000 requests, are printed too). The account throttle
 * is raised (1,000,000 rps) so that it never answers 429. State in a temporary data dir (SQLite).
 *
 *   npm run bench:workers [-- --seconds 6 --repeats 2 --connections 32]
 *
 * Needs wrk and taskset (Debian packages `wrk`, `util-linux`); 127.0.0.1 only; bounded in time
 * (2 setups × 2 targets × (1 + repeats) runs of --seconds, at most 60 s each, repeats at most 5).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort, MAIN_JS } from '../test/helpers/process.js';
import { groupCpuMs, killChildren, median, pinned, waitFor, wrk } from './lib/processes.js';
import { BACKEND_SRC, setupApis } from './lib/targets.js';

const { values: opt } = parseArgs({
  options: {
    seconds: { type: 'string', default: '6' },
    repeats: { type: 'string', default: '2' },
    connections: { type: 'string', default: '32' },
  },
});
const SECONDS = Math.max(1, Math.min(Number(opt.seconds), 60));
const REPEATS = Math.max(1, Math.min(Number(opt.repeats), 5));
const CONNECTIONS = Math.max(2, Math.min(Number(opt.connections), 256));

interface Figures {
  rps: number;
  cpuMsPerRequest: number;
  /** Of that, the primary's (0 with one worker: there is no primary). */
  primaryMsPerRequest: number;
  /**
   * How often the primary's event loop woke up (voluntary context switches of its main thread), per 1,000
   * requests: each wake-up is a message (or a few) from a worker, the count that the leases of big buckets
   * cut (src/throttle/shared.ts). A count, not a time: it moves little with the machine's load.
   */
  primaryWakesPerKRequest: number;
}

/** The pids whose parent is `ppid` (the primary's workers), from /proc. */
function childrenOf(ppid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === ppid) out.push(Number(entry));
    } catch {
      /* gone */
    }
  }
  return out;
}

/** CPU ms (user + system) of one process. */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
}

/** Voluntary context switches of a process's main thread: each time it slept waiting for an event. */
function wakes(pid: number): number {
  const m = /^voluntary_ctxt_switches:\s+(\d+)$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : 0;
}

/**
 * Warm-up runs until every worker has served (its CPU time grew during a run): a worker that is still
 * starting would leave the measure to the others. At most 10 runs of 2 s.
 */
function warmUp(url: string, primaryPid: number, workers: number): void {
  for (let i = 0; i < 10; i++) {
    const pids = workers > 1 ? childrenOf(primaryPid) : [primaryPid];
    const before = pids.map(cpuMs);
    wrk(url, { seconds: 2, connections: CONNECTIONS });
    const grew = pids.filter((p, j) => cpuMs(p) - before[j] > 50).length;
    if (pids.length === workers && grew === workers) return;
  }
  throw new Error(`not every one of ${workers} workers served during the warm-up`);
}

async function measure(workers: number, dir: string, backend: string): Promise<Record<'mock' | 'proxy', Figures>> {
  const port = await freePort();
  const args = [MAIN_JS, 'serve', '--workers', String(workers), '--data-dir', join(dir, `data-${workers}`), '--host', '127.0.0.1', '--port', String(port)];
  args.push('--log-level', 'warn', '--tls-port', 'off', '--account-rate-limit', '1000000', '--account-burst-limit', '1000000');
  const server = pinned('0,1', process.execPath, args);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${url}/_tollgate/health`);
    const ids = await setupApis(url, backend, false);
    const targets = { mock: `${url}/_aws/execute-api/${ids.mock}/bench/`, proxy: `${url}/_aws/execute-api/${ids.proxy}/bench/item` };
    const out = {} as Record<'mock' | 'proxy', Figures>;
    for (const [name, target] of Object.entries(targets) as ['mock' | 'proxy', string][]) {
      warmUp(target, server.pid!, workers);
      const runs: Figures[] = [];
      for (let i = 0; i < REPEATS; i++) {
        const cpu0 = groupCpuMs(server.pid!);
        const primary0 = cpuMs(server.pid!);
        const wakes0 = wakes(server.pid!);
        const rps = wrk(target, { seconds: SECONDS, connections: CONNECTIONS });
        const requests = rps * SECONDS;
        const primary = workers > 1 ? (cpuMs(server.pid!) - primary0) / requests : 0;
        const woke = workers > 1 ? ((wakes(server.pid!) - wakes0) * 1000) / requests : 0;
        runs.push({ rps, cpuMsPerRequest: (groupCpuMs(server.pid!) - cpu0) / requests, primaryMsPerRequest: primary, primaryWakesPerKRequest: woke });
      }
      out[name] = {
        rps: median(runs.map((r) => r.rps)),
        cpuMsPerRequest: median(runs.map((r) => r.cpuMsPerRequest)),
        primaryMsPerRequest: median(runs.map((r) => r.primaryMsPerRequest)),
        primaryWakesPerKRequest: median(runs.map((r) => r.primaryWakesPerKRequest)),
      };
    }
    return out;
  } finally {
    process.kill(-server.pid!, 'SIGKILL');
  }
}

async function main(): Promise<void> {
  for (const tool of ['wrk', 'taskset']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) throw new Error(`${tool} is required (apt-get install wrk util-linux)`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'tollgate-workers-bench-'));
  try {
    const backendPort = await freePort();
    writeFileSync(join(dir, 'backend.cjs'), BACKEND_SRC);
    pinned(1, process.execPath, [join(dir, 'backend.cjs'), String(backendPort)]);
    const backend = `http://127.0.0.1:${backendPort}`;
    await waitFor(`${backend}/`);
    const one = await measure(1, dir, backend);
    const two = await measure(2, dir, backend);
    console.log(
      `\n--workers 1 vs 2, median of ${REPEATS} (wrk -t1 -c${CONNECTIONS} -d${SECONDS}s on core 1 with the backend; Tollgate on cores 0-1; load average ${loadavg()[0].toFixed(2)})`,
    );
    console.log(
      'target'.padEnd(16),
      'req/s 1w'.padStart(10),
      'req/s 2w'.padStart(10),
      '2w/1w'.padStart(7),
      'CPU µs/req 1w'.padStart(15),
      'CPU µs/req 2w'.padStart(15),
      '2w/1w'.padStart(7),
      'primary CPU/req'.padStart(17),
      'primary wakes/1k req'.padStart(21),
    );
    for (const [name, label] of [
      ['mock', 'MOCK + template'],
      ['proxy', 'HTTP_PROXY'],
    ] as const) {
      const a = one[name];
      const b = two[name];
      console.log(
        label.padEnd(16),
        a.rps.toFixed(0).padStart(10),
        b.rps.toFixed(0).padStart(10),
        `${(b.rps / a.rps).toFixed(2)}x`.padStart(7),
        (a.cpuMsPerRequest * 1000).toFixed(1).padStart(15),
        (b.cpuMsPerRequest * 1000).toFixed(1).padStart(15),
        `${(b.cpuMsPerRequest / a.cpuMsPerRequest).toFixed(2)}x`.padStart(7),
        `${(b.primaryMsPerRequest * 1000).toFixed(1)} µs`.padStart(17),
        b.primaryWakesPerKRequest.toFixed(1).padStart(21),
      );
    }
  } finally {
    killChildren();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
