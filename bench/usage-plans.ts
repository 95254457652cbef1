/**
 * Usage-plan benchmark: what API keys, throttling and quotas cost. In one run, the same MOCK method
 * (a response template) with and without `apiKeyRequired` (a plan with a throttle and a quota that
 * never bind), on two Tollgate processes:
 *   in-process counters (persisted in counters.db, one upsert per admitted keyed request), and
 *   Redis counters (one Lua script per request, through a redis-server started here).
 * Saturation with wrk (`-H 'x-api-key: …'` for the keyed method), median of the repeats. The process
 * under test is pinned to core 0; wrk and redis-server to core 1 (`taskset`), as bench/data-plane.ts.
 * Then the counters alone, without HTTP: admit() calls per second for each implementation.
 *
 *   npm run bench:usage-plans [-- --seconds 5 --repeats 3 --connections 64]
 *
 * Needs wrk, redis-server and taskset; 127.0.0.1 only; bounded in time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import { MemoryCounters } from '../src/throttle/memory.js';
import { RedisCounters } from '../src/throttle/redis.js';
import type { AdmitRequest, Counters } from '../src/throttle/limiter.js';
import { keyedApi } from '../test/helpers/keyed-api.js';
import { freePort, MAIN_JS } from '../test/helpers/process.js';
import { killChildren, median, pinned, waitFor, wrk as runWrk, runMain } from './lib/processes.js';

const { values: opt } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    repeats: { type: 'string', default: '3' },
    connections: { type: 'string', default: '64' },
  },
});
const SECONDS = Math.min(Number(opt.seconds), 60);
const REPEATS = Math.min(Number(opt.repeats), 9);
const CONNECTIONS = Math.min(Number(opt.connections), 512);

// Several servers on fixed ports on one machine: no default HTTPS listener each (unknown to builds without TLS, then ignored).
process.env.TOLLGATE_TLS_PORT ??= 'off';

async function waitForRedis(url: string): Promise<void> {
  const c = new RedisCounters({ url });
  const ok = await c.ready(10_000);
  await c.close();
  if (!ok) throw new Error(`redis at ${url} did not come up`);
}

const wrk = (url: string, headers: Record<string, string> = {}): number => runWrk(url, { seconds: SECONDS, connections: CONNECTIONS, headers });

/** admit() calls per second over ~1 s, 64 in flight, one keyed request shape (plan bucket + stage + account + quota). */
async function countersRate(c: Counters): Promise<number> {
  const req = (i: number): AdmitRequest => ({
    buckets: [
      { key: `bench:k:${i % 16}`, rate: 1e9, burst: 1e9 },
      { key: 'bench:s', rate: 1e9, burst: 1e9 },
      { key: 'bench:a', rate: 1e9, burst: 1e9 },
    ],
    consumer: { planId: 'bench', keyId: `k${i % 16}`, quota: { limit: 1e12, period: 'DAY' } },
  });
  let n = 0;
  const until = performance.now() + 1000;
  const worker = async (): Promise<void> => {
    while (performance.now() < until) await c.admit(req(n++));
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: 64 }, worker));
  return n / ((performance.now() - started) / 1000);
}

async function main(): Promise<void> {
  for (const tool of ['wrk', 'redis-server', 'taskset']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) throw new Error(`${tool} is required (apt-get install wrk redis-server util-linux)`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'tollgate-bench-plans-'));
  try {
    const [redisPort, memPort, redisTgPort] = [await freePort(), await freePort(), await freePort()];
    const redisUrl = `redis://127.0.0.1:${redisPort}`;
    pinned(1, 'redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']);
    await waitForRedis(redisUrl);
    // The account throttle is raised so that it never binds at saturation (AWS's 10,000 rps would).
    const common = ['serve', '--host', '127.0.0.1', '--log-level', 'warn', '--account-rate-limit', '100000000', '--account-burst-limit', '100000000'];
    pinned(0, process.execPath, [MAIN_JS, ...common, '--port', String(memPort), '--data-dir', join(dir, 'memory')]);
    pinned(0, process.execPath, [MAIN_JS, ...common, '--port', String(redisTgPort), '--data-dir', join(dir, 'redis'), '--redis', redisUrl]);
    const servers = [
      { name: 'in-process', url: `http://127.0.0.1:${memPort}` },
      { name: 'Redis', url: `http://127.0.0.1:${redisTgPort}` },
    ];
    const targets: { name: string; url: string; headers: Record<string, string> }[] = [];
    for (const s of servers) {
      await waitFor(`${s.url}/restapis`);
      const client = new APIGatewayClient({
        endpoint: s.url,
        region: 'us-east-1',
        credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      });
      const k = await keyedApi(client, {
        stages: ['bench'],
        plan: { throttle: { rateLimit: 1e8, burstLimit: 100_000_000 }, quota: { limit: 2_000_000_000, period: 'MONTH' } },
      });
      client.destroy();
      targets.push({ name: `${s.name}: MOCK, no key`, url: `${s.url}/_aws/execute-api/${k.apiId}/bench/open`, headers: {} });
      targets.push({
        name: `${s.name}: MOCK, key + plan`,
        url: `${s.url}/_aws/execute-api/${k.apiId}/bench/`,
        headers: { 'x-api-key': k.value },
      });
    }
    for (const t of targets) {
      const r = await fetch(t.url, { headers: t.headers });
      if (r.status !== 200) throw new Error(`${t.url} answered ${r.status}: ${await r.text()}`);
      await r.arrayBuffer();
    }
    for (const t of targets) wrk(t.url, t.headers); // warm-up
    const rps = new Map<string, number[]>(targets.map((t) => [t.name, []]));
    for (let i = 0; i < REPEATS; i++) for (const t of targets) rps.get(t.name)!.push(wrk(t.url, t.headers));
    const pct = (x: number): string => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} %`;
    // Median and best of the interleaved runs: on a shared machine the best run is the one least
    // disturbed by other work, the median the typical one.
    for (const [label, pickOf] of [
      ['median', median],
      ['best', (xs: number[]) => Math.max(...xs)],
    ] as const) {
      const m = (name: string): number => pickOf(rps.get(name)!);
      const base = m('in-process: MOCK, no key');
      console.log(
        `\nSaturation, ${label} of ${REPEATS} (wrk -t1 -c${CONNECTIONS} -d${SECONDS}s; Tollgate on core 0, wrk and redis-server on core 1; load average ${loadavg()[0].toFixed(2)})`,
      );
      console.log('target'.padEnd(34), 'req/s'.padStart(9), 'vs same server, no key'.padStart(24), 'vs in-process, no key'.padStart(23));
      for (const t of targets) {
        const v = m(t.name);
        const own = m(`${t.name.split(':')[0]}: MOCK, no key`);
        console.log(
          t.name.padEnd(34),
          v.toFixed(0).padStart(9),
          pct(v / own - 1).padStart(24),
          pct(v / base - 1).padStart(23),
          label === 'median'
            ? `  runs: ${rps
                .get(t.name)!
                .map((x) => x.toFixed(0))
                .join(', ')}`
            : '',
        );
      }
    }

    console.log('\nCounters alone (admit() of a keyed request: 3 buckets + quota + usage; 64 in flight, this process, unpinned)');
    const impls: [string, () => Counters][] = [
      ['MemoryCounters, :memory:', () => new MemoryCounters({ path: ':memory:' })],
      ['MemoryCounters, counters.db (WAL, NORMAL)', () => new MemoryCounters({ path: join(dir, 'micro', 'counters.db') })],
      ['RedisCounters (Lua, auto-pipelined)', () => new RedisCounters({ url: redisUrl })],
    ];
    for (const [name, make] of impls) {
      const c = make();
      if (c instanceof RedisCounters) await c.ready();
      await countersRate(c); // warm-up
      const r = await countersRate(c);
      console.log(name.padEnd(44), `${r.toFixed(0).padStart(8)} admits/s`, `${(1e6 / r).toFixed(1).padStart(7)} µs each`);
      await c.close();
    }
  } finally {
    killChildren();
    rmSync(dir, { recursive: true, force: true });
  }
}

runMain(main);
