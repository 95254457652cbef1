/**
 * What every benchmark script shares: the child processes it starts (all SIGKILLed when the script
 * exits, however it exits), pinning to a core with `taskset`, and waiting for a server to answer.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export const children: ChildProcess[] = [];
process.on('exit', () => { for (const c of children) c.kill('SIGKILL'); });

/** Starts `cmd args…` on one core (`taskset -c core`), tracked for the exit hook. */
export function pinned(core: number, cmd: string, args: string[]): ChildProcess {
  const c = spawn('taskset', ['-c', String(core), cmd, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(c);
  return c;
}

/** Resolves once `url` answers HTTP at all; fails after 15 s. */
export async function waitFor(url: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    try { await (await fetch(url, { signal: AbortSignal.timeout(500) })).arrayBuffer(); return; } catch { /* not yet */ }
    if (Date.now() > deadline) throw new Error(`${url} did not come up`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
