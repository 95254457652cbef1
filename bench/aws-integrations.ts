/**
 * AWS service integration benchmark (issue 20). In one run, the same DynamoDB GetItem against dynalite:
 *   (a) made directly, signed by the AWS SDK's own signer (@smithy/signature-v4, one signer kept, with
 *       the SDK's Node SHA-256) and sent over a keep-alive undici pool — what an SDK v3 client does for
 *       one call, less its middleware stack (the @aws-sdk/client-dynamodb package is not a dependency);
 *   (b) through Tollgate: `GET /item` → type AWS `dynamodb:action/GetItem`, request template, the
 *       answer passed through (`--aws-endpoint dynamodb=URL`), from the same keep-alive client.
 * Two phases, each bounded (`--seconds`, at most 10): latency, one request at a time, the targets taking
 * turns call by call (p50 / p99 of the client's latency); then throughput, `--concurrency` requests in
 * flight, each target for half the phase, twice, in turns (requests/s).
 * Printed: the p50 Tollgate adds ((b) − (a)), the throughput ratio ((b) / (a)), and the CPU time the
 * Tollgate process spent per request during its throughput turns (user + system, from /proc: a figure a
 * shared machine's run queue moves far less than requests/s). dynalite and Tollgate run in child
 * processes; everything shares the machine's cores with whatever else runs.
 *
 *   --baseline PATH   a second Tollgate from another build's main.js (e.g. a copy of the previous dist),
 *                     measured in the same run as target (c): an A/B of two builds under the same load.
 *                     The copy needs the checkout's package.json one level above its dist (Tollgate reads
 *                     its version there) and a node_modules it resolves: e.g. old/dist, old/package.json,
 *                     old/node_modules → the checkout's
 *   --cpu-prof DIR    Tollgate (and the baseline) started with `node --cpu-prof --cpu-prof-dir DIR`
 *
 *   npm run bench:aws-integrations [-- --seconds 5 --concurrency 16] [-- --baseline old/dist/src/main.js]
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Pool } from 'undici';
import { freePort, MAIN_JS } from '../test/helpers/process.js';
import { dynamodbCaller, exchange, GET_ITEM, setupDynamoApi, startDynalite, type Call } from './lib/dynamodb.js';
import { children, killChildren, waitFor } from './lib/processes.js';

const { values: opt } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    concurrency: { type: 'string', default: '16' },
    baseline: { type: 'string' },
    'cpu-prof': { type: 'string' },
  },
});
const SECONDS = Math.min(Math.max(1, Number(opt.seconds)), 10);
const CONCURRENCY = Math.min(Math.max(1, Number(opt.concurrency)), 256);

/** CPU time (user + system, ms) a process has used so far, all its threads, from /proc/{pid}/stat. */
function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * 10; // utime, stime in USER_HZ (100 on Linux)
}

async function startTollgate(dynamodb: string, main: string): Promise<{ url: string; pid: number }> {
  const port = await freePort();
  const prof = opt['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', opt['cpu-prof']] : [];
  const args = [
    ...prof,
    main,
    'serve',
    '--memory',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--log-level',
    'warn',
    '--aws-endpoint',
    `dynamodb=${dynamodb}`,
  ];
  // The account throttle (AWS's 10,000 rps) must not cut the measurement short.
  args.push('--account-rate-limit', '1000000', '--account-burst-limit', '1000000');
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/restapis`);
  return { url, pid: child.pid! };
}

const pct = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)];

/**
 * One request at a time for SECONDS, the targets taking turns call by call (on a shared machine, a
 * slow spell then hits both alike): each target's latencies (ms), sorted.
 */
async function latency(calls: Call[], expected: string): Promise<number[][]> {
  const out: number[][] = calls.map(() => []);
  const end = performance.now() + SECONDS * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < calls.length; i++) {
      const started = performance.now();
      const r = await calls[i]();
      out[i].push(performance.now() - started);
      if (r.status !== 200 || r.body !== expected) throw new Error(`answered ${r.status}: ${r.body}`);
    }
  }
  return out.map((xs) => xs.sort((a, b) => a - b));
}

/** CONCURRENCY requests in flight for `seconds`: requests/s, and how many were made. */
async function throughput(call: Call, seconds: number): Promise<{ rps: number; done: number }> {
  let done = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  const loop = async (): Promise<void> => {
    while (performance.now() < end) {
      const r = await call();
      if (r.status !== 200) throw new Error(`answered ${r.status}: ${r.body}`);
      done++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, loop));
  return { rps: done / ((performance.now() - started) / 1000), done };
}

async function main(): Promise<void> {
  const dynamodb = await startDynalite(CONCURRENCY);
  const ddb = dynamodbCaller(dynamodb, CONCURRENCY);

  const gateways = [await startTollgate(dynamodb, MAIN_JS)];
  if (opt.baseline) gateways.push(await startTollgate(dynamodb, opt.baseline));
  const pools: Pool[] = [];
  const targets: [string, Call][] = [['(a) GetItem, direct (SDK signer)', () => ddb('GetItem', GET_ITEM)]];
  for (const [i, g] of gateways.entries()) {
    const path = await setupDynamoApi(g.url);
    const pool = new Pool(g.url, { connections: CONCURRENCY });
    pools.push(pool);
    targets.push([i === 0 ? '(b) GetItem through Tollgate' : '(c) the same, --baseline build', () => exchange(pool, path, 'GET', {})]);
  }
  // Every target answers DynamoDB's own JSON: the same bytes.
  const expected = (await targets[0][1]()).body;
  for (const [name, call] of targets.slice(1)) {
    const via = await call();
    if (via.status !== 200 || via.body !== expected) throw new Error(`${name} answered ${via.status}: ${via.body} (direct: ${expected})`);
  }
  for (const [, call] of targets) for (let i = 0; i < 200; i++) await call(); // warm-up: JIT, connections

  const lat = await latency(
    targets.map(([, call]) => call),
    expected,
  );
  // Throughput: each target twice, in turns of half the phase (a, b, a, b), the two halves averaged; a
  // Tollgate's CPU time and requests counted over its turns.
  const rps = targets.map(() => 0);
  const cpu = targets.map(() => ({ ms: 0, requests: 0 }));
  for (let round = 0; round < 2; round++)
    for (let i = 0; i < targets.length; i++) {
      const pid = i > 0 ? gateways[i - 1].pid : undefined;
      const before = pid ? processCpuMs(pid) : 0;
      const r = await throughput(targets[i][1], SECONDS / 2);
      if (pid) {
        cpu[i].ms += processCpuMs(pid) - before;
        cpu[i].requests += r.done;
      }
      rps[i] += r.rps / 2;
    }
  const results = targets.map(([name], i) => ({ name, p50: pct(lat[i], 0.5), p99: pct(lat[i], 0.99), n: lat[i].length, rps: rps[i] }));
  console.log(`\nDynamoDB GetItem on dynalite (latency: one at a time, ${SECONDS} s; throughput: ${CONCURRENCY} in flight, ${SECONDS} s)`);
  console.log('target'.padEnd(36), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8), 'calls'.padStart(7), 'req/s'.padStart(8), 'CPU µs/req'.padStart(11));
  for (const [i, r] of results.entries()) {
    const perRequest = cpu[i].requests ? ((cpu[i].ms * 1000) / cpu[i].requests).toFixed(0) : '';
    console.log(
      r.name.padEnd(36),
      r.p50.toFixed(2).padStart(8),
      r.p99.toFixed(2).padStart(8),
      String(r.n).padStart(7),
      r.rps.toFixed(0).padStart(8),
      perRequest.padStart(11),
    );
  }
  const [a, b] = results;
  console.log(`p50 added by Tollgate: ${(b.p50 - a.p50).toFixed(2)} ms; throughput (b)/(a): ${(b.rps / a.rps).toFixed(2)}`);
  for (const p of pools) await p.close();
  if (opt['cpu-prof']) {
    // A profile is written when the process exits on its own: SIGINT, then wait (killChildren SIGKILLs).
    await Promise.all(
      gateways.map(
        (g) =>
          new Promise<void>((resolve) => {
            const c = children.find((x) => x.pid === g.pid)!;
            c.once('exit', () => resolve());
            c.kill('SIGINT'); // SIGINT closes at once (SIGTERM drains first)
          }),
      ),
    );
  }
}

main().then(
  () => {
    killChildren();
    process.exit(0);
  },
  (e: unknown) => {
    console.error(e);
    killChildren();
    process.exit(1);
  },
);
