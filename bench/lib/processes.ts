/**
 * What every benchmark script shares: the child processes it starts (all SIGKILLed when the script
 * exits, however it exits), pinning to a core with `taskset`, and waiting for a server to answer.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export const children: ChildProcess[] = [];
/** Children started in their own process group (pinned): killed group and all. */
const groups = new WeakSet<ChildProcess>();

/**
 * SIGKILLs every child. A pinned child is killed with its whole process group: nginx's workers
 * outlive a killed master otherwise, and keep a core busy in later runs.
 */
export function killChildren(): void {
  for (const c of children) {
    try {
      if (groups.has(c) && c.pid !== undefined) process.kill(-c.pid, 'SIGKILL');
      else c.kill('SIGKILL');
    } catch {
      /* already gone */
    }
  }
}
process.on('exit', killChildren);
// Pinned children are in their own process groups, out of reach of a terminal's Ctrl-C: an
// interrupted benchmark exits through the hook above.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

/** Runs a benchmark's main: exit 0 when it is done (children killed by the exit hook), 1 with the error printed when it fails. */
export function runMain(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}

/**
 * `tollgate serve` as the benchmarks run it, on `port`: in memory, on loopback, warnings only, the account's
 * throttle out of the way (1,000,000 rps), no HTTPS listener; `extra` after.
 */
export function serveArgs(main: string, port: number, extra: string[] = []): string[] {
  return [
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
    ...extra,
  ];
}

/** Starts `cmd args…` on one core (`taskset -c core`; or a list, `'0,1'`) in its own process group, tracked for the exit hook. */
export function pinned(core: number | string, cmd: string, args: string[]): ChildProcess {
  const c = spawn('taskset', ['-c', String(core), cmd, ...args], { stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  children.push(c);
  groups.add(c);
  return c;
}

/** Resolves once `url` answers HTTP at all; fails after 15 s. */
export async function waitFor(url: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await (await fetch(url, { signal: AbortSignal.timeout(500) })).arrayBuffer();
      return;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) throw new Error(`${url} did not come up`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Requests/s of `wrk -t1` against `url`, run on core 1; a run with any non-2xx answer is refused,
 * since it would measure an error path instead of the setup under test.
 */
export function wrk(url: string, opts: { seconds: number; connections: number; headers?: Record<string, string> }): number {
  const args = ['-c', '1', 'wrk', '-t1', `-c${opts.connections}`, `-d${opts.seconds}s`, '--timeout', '5s'];
  for (const [k, v] of Object.entries(opts.headers ?? {})) args.push('-H', `${k}: ${v}`);
  args.push(url);
  const r = spawnSync('taskset', args, { encoding: 'utf8', timeout: (opts.seconds + 30) * 1000 });
  const m = /Requests\/sec:\s+([\d.]+)/.exec(r.stdout ?? '');
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(r.stdout ?? '');
  if (!m) throw new Error(`wrk failed for ${url}: ${r.stdout}\n${r.stderr}`);
  if (non2xx) throw new Error(`${url} answered ${non2xx[1]} non-2xx responses: the setup is wrong`);
  return Number(m[1]);
}

/**
 * CPU time (user + system, ms) used so far by every process of a process group (a pinned child's
 * group: nginx's master and workers, Node and its threads), from /proc. Deltas around a run give
 * the CPU each request cost, a figure that moves less than requests/s on a noisy machine.
 */
export function groupCpuMs(pgid: number): number {
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    // Fields after the command name (which may hold spaces), in parentheses.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(f[2]) === pgid) total += (Number(f[11]) + Number(f[12])) * tick;
  }
  return total;
}
