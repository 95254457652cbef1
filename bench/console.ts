/**
 * What a watching console costs the data plane (issue 22: "bench/data-plane with the console open and
 * watching: throughput within 5 % of the same run without it"). In one run, on one Tollgate process:
 * MOCK with a response template and HTTP_PROXY (bench/lib/targets.ts), each at saturation with wrk
 * without a watcher and with one console stream open (every request then traced step by step and sent
 * as an event, up to the stream's rate: src/edge/live-requests.ts), interleaved per repeat, median kept.
 * The watcher is curl reading the stream into a file, as the page would (the default rate, 100 events a
 * second). With `--filtered`, a third state: a watcher filtered to 429s, which the bench's answers never
 * are (every request traced while its stream has room, none sent: the tracing's cost at its most).
 * Tollgate is pinned to core 0; wrk, the backend and the watcher to core 1 (`taskset`), as bench/data-plane.ts. Then the summary ring alone, in this process: what one
 * `record()` costs (the part that runs on every request, watched or not).
 *
 *   npm run bench:console [-- --seconds 5 --repeats 3 --connections 64 --filtered]
 *   npm run bench:console -- --cpu [--repeats 5]   (the in-process tracing figures alone: no server, no wrk)
 *   npm run bench:console -- --instructions [--count 20000]   (the same loops' instructions, under valgrind)
 *
 * Needs wrk, curl and taskset; 127.0.0.1 only; bounded in time.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { spawn, spawnSync } from 'node:child_process';
import type { ServerResponse } from 'node:http';
import { DEFAULT_RATE, LiveRequests } from '../src/edge/live-requests.js';
import { RequestTrace } from '../src/pipeline/trace.js';
import type { Method } from '../src/domain/method.js';
import type { IntegrationResponse } from '../src/domain/integration.js';
import type { Resource } from '../src/domain/resource.js';
import { traceThrottle } from '../src/pipeline/admission.js';
import type { Served } from '../src/pipeline/deployments.js';
import type { GatewayAnswer, Invocation } from '../src/pipeline/invocation.js';
import {
  traceAuthorized,
  traceIntegrationResponse,
  traceMockEndpoint,
  traceMockRequest,
  traceResponse,
  traceRoute,
  traceValidated,
} from '../src/pipeline/trace-steps.js';
import type { BucketSpec } from '../src/throttle/limiter.js';
import { freePort, MAIN_JS } from '../test/helpers/process.js';
import { groupCpuMs, killChildren, median, pinned, runMain, serveArgs, waitFor, wrk as runWrk } from './lib/processes.js';
import { BACKEND_SRC, BODY, setupApis } from './lib/targets.js';

const { values: opt } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    repeats: { type: 'string', default: '3' },
    connections: { type: 'string', default: '64' },
    cpu: { type: 'boolean', default: false },
    instructions: { type: 'boolean', default: false },
    filtered: { type: 'boolean', default: false },
    child: { type: 'string' },
    count: { type: 'string', default: '20000' },
  },
});
const SECONDS = Math.min(Number(opt.seconds), 60);
const REPEATS = Math.min(Number(opt.repeats), 9);
const CONNECTIONS = Math.min(Number(opt.connections), 512);

/**
 * The watcher: curl reading the stream into a file (curl, not Node, so that the watcher costs the load
 * generator's core as little as a browser elsewhere would); resolves once the stream is open.
 */
async function startWatcher(dir: string, url: string, n: number): Promise<{ stop(): Received }> {
  const out = join(dir, `watcher-${n}.txt`);
  const proc = spawn('taskset', ['-c', '1', 'curl', '-sN', '--max-time', String(SECONDS + 30), '-o', out, url], { stdio: 'ignore' });
  const deadline = Date.now() + 10_000;
  while (!existsSync(out) || statSync(out).size === 0) {
    if (Date.now() > deadline) throw new Error('the watcher did not connect');
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    stop() {
      proc.kill('SIGKILL');
      const text = readFileSync(out, 'latin1');
      rmSync(out);
      let dropped = 0;
      for (const m of text.matchAll(/^event: dropped\ndata: \{"dropped":(\d+)/gm)) dropped += Number(m[1]);
      return { bytes: text.length, events: text.split('event: request').length - 1, dropped };
    },
  };
}

/** What the watchers read: bytes, `request` events, and the requests `dropped` events told of. */
interface Received {
  bytes: number;
  events: number;
  dropped: number;
}

/** ns per LiveRequests.record() of an untraced answer, over ~1 s (the ring's cost on every request). */
function ringCost(): number {
  const live = new LiveRequests();
  const answer = {
    status: 200,
    headers: {},
    body: undefined,
    requestId: '7b0a6b5e-6f0e-4b7a-9d55-3c2f0e1c9a11',
    extendedRequestId: 'Fy8bSHkfIAMFXYw=',
    request: { method: 'GET', target: { apiId: 'abc123defg', stage: 'bench', path: '/item', basePath: '/bench' }, startedAt: Date.now() },
    served: undefined,
    inv: { resource: { path: '/item' } },
    error: undefined,
    trace: undefined,
  } as unknown as GatewayAnswer;
  for (let i = 0; i < 200_000; i++) live.record(answer); // warm-up
  const n = 2_000_000;
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) live.record(answer);
  return Number(process.hrtime.bigint() - start) / n;
}

/** The three loops' request headers, and the stream's socket-alike (its writes go nowhere). */
const HEADERS = new Map(
  ['Host', 'User-Agent', 'Accept', 'Accept-Encoding', 'Connection', 'X-Request-Id'].map((h) => [h.toLowerCase(), { name: h, values: [`value of ${h}`] }]),
);
const SINK = { writableLength: 0, writeHead: () => SINK, write: () => true, end: () => SINK, on: () => SINK } as unknown as ServerResponse;

type Mode = 'off' | 'steps' | 'on' | 'capped' | 'filtered';
const TARGET = { apiId: 'abc123defg', stage: 'bench', path: '/', basePath: '/bench' };

/**
 * One loop of `count` MOCK-like requests; µs of CPU per request. `off`: untraced, no stream; `steps`: traced,
 * no stream (the trace is not kept); `on`: traced and sent, one stream without a rate cap; `capped`: one
 * stream at the default rate, traced only when `live.traces()` says so (as the pipeline decides); `filtered`: one
 * stream at the default rate filtered to 429s, which these never are (all traced, none sent or kept).
 */
async function run(mode: Mode, count: number): Promise<number> {
  const live = new LiveRequests();
  // No rate cap: what a request costs when it is traced and sent as an event (under a cap most are neither).
  if (mode === 'on') live.open(SINK, {}, Infinity);
  if (mode === 'capped') live.open(SINK, {});
  if (mode === 'filtered') live.open(SINK, { status: { exact: 429 } });
  const started = process.cpuUsage();
  for (let i = 0; i < count; i++) {
    const traced = mode === 'steps' || mode === 'on' || ((mode === 'capped' || mode === 'filtered') && live.traces(TARGET));
    const trace = traced ? new RequestTrace(HEADERS) : undefined;
    if (trace) mockSteps(trace);
    const answer = {
      status: 200,
      requestId: `7b0a6b5e-6f0e-4b7a-9d55-${String(i).padStart(12, '0')}`,
      request: { method: 'GET', target: TARGET, startedAt: Date.now() },
      inv: { resource: { path: '/' } },
      error: undefined,
      trace,
    } as unknown as GatewayAnswer;
    live.record(answer);
    if (i % 64 === 63) await new Promise((r) => setImmediate(r)); // the streams' flush, once per turn as under load
  }
  const used = process.cpuUsage(started);
  live.close();
  return (used.user + used.system) / count;
}

/**
 * µs of this process's CPU per MOCK-like request in three loops: untraced (`record()` only, the ring),
 * traced without a stream (the steps and the trace store) and traced with one stream open (its events
 * written to a sink socket-alike, flushed once per 64 requests as once per turn under load). The loops are
 * interleaved `rounds` times and the median of each kept, so that a shared machine's load moves all three
 * alike. Load-independent enough to compare with a whole request's CPU, which wrk's runs here are not.
 */
async function traceCost(rounds: number, n: number): Promise<{ steps: number; event: number; total: number; capped: number; filtered: number }> {
  const modes = ['off', 'steps', 'on', 'capped', 'filtered'] as const;
  for (const mode of modes) await run(mode, 50_000); // warm-up
  const got = { off: [] as number[], steps: [] as number[], on: [] as number[], capped: [] as number[], filtered: [] as number[] };
  for (let r = 0; r < rounds; r++) for (const mode of modes) got[mode].push(await run(mode, n));
  const [off, steps, on] = [median(got.off), median(got.steps), median(got.on)];
  return { steps: steps - off, event: on - steps, total: on - off, capped: median(got.capped) - off, filtered: median(got.filtered) - off };
}

/**
 * What a MOCK request with a response template hands its trace: the deployment objects it matched, once
 * (as a deployment holds them), and per request the objects the pipeline makes anyway.
 */
const MOCK = (() => {
  const resource = { id: 'r1', path: '/' } as Resource;
  const method = { httpMethod: 'GET', authorizationType: 'NONE' } as Method;
  const served = {
    region: 'us-east-1',
    stage: { stageName: 'bench' },
    deployment: { id: 'd1', snapshot: { api: {}, authorizers: [], requestValidators: [] } },
  } as unknown as Served;
  const inv = { method, resource, served } as unknown as Invocation;
  const buckets: BucketSpec[] = [{ key: 'a:us-east-1', rate: 1e6, burst: 1e6 }];
  const chosen: IntegrationResponse = { statusCode: '200', responseTemplates: { 'application/json': '{}' } };
  return { resource, method, served, inv, buckets, chosen, pathParameters: {} as Record<string, string> };
})();
const NO_KEY = Object.freeze({ required: false });

/** The method response's headers and body, which the pipeline makes whether it traces or not. */
const ANSWER_HEADERS = { 'Content-Type': 'application/json', 'x-amzn-RequestId': 'id', 'x-amz-apigw-id': 'x', 'Content-Length': '52' };
const ANSWER_BODY = Buffer.from(BODY);

/** The steps a MOCK request with a response template records, with the same calls as the pipeline. */
function mockSteps(trace: RequestTrace): void {
  traceRoute(trace, MOCK.served, MOCK.resource, MOCK.method, MOCK.pathParameters);
  traceAuthorized(trace, MOCK.inv);
  trace.step('apiKey', 'skip', NO_KEY);
  trace.step('quota', 'skip');
  traceThrottle(trace, MOCK.buckets, MOCK.inv, undefined);
  traceValidated(trace, MOCK.inv);
  traceMockRequest(trace, '{"statusCode": 200}');
  traceMockEndpoint(trace, 200);
  traceIntegrationResponse(trace, MOCK.chosen, '200', 'application/json', undefined);
  traceResponse(trace, 200, ANSWER_HEADERS, ANSWER_BODY);
}

/** `--cpu`: the in-process figures alone (no server, no wrk): tracing and the ring, in µs and ns of CPU. */
async function cpuOnly(): Promise<void> {
  const t = await traceCost(REPEATS, 100_000);
  console.log(
    `Tracing, CPU per request (median of ${REPEATS} interleaved rounds of 100,000): steps ${t.steps.toFixed(2)} µs + event ${t.event.toFixed(2)} µs = ${t.total.toFixed(2)} µs; ` +
      `${((t.total / MOCK_CPU_US) * 100).toFixed(1)} % of an unwatched MOCK request (${MOCK_CPU_US} µs, docs/performance.md, Data plane)`,
  );
  console.log(
    `Watched at the default rate (${DEFAULT_RATE} events/s): ${t.capped.toFixed(2)} µs per request; filtered to 429s (none matching: all traced, none sent): ${t.filtered.toFixed(2)} µs`,
  );
  console.log(`Summary ring: ${ringCost().toFixed(0)} ns per record()`);
}
/**
 * `--instructions`: the three loops' instructions under valgrind (callgrind), which a shared machine's load
 * does not move: each loop run alone in a child of `count` and of 3 × `count` requests (`--child`), the
 * difference divided by 2 × `count`, so that Node's start-up and the warm-up cancel; `--single-threaded-gc`
 * so that the collector's work is counted on the main thread. About 20 minutes on a loaded machine.
 */
function instructionsOnly(): void {
  const count = Math.min(Number(opt.count), 200_000);
  const total = (mode: Mode, n: number): number => {
    const dir = mkdtempSync(join(tmpdir(), 'tollgate-bench-console-'));
    try {
      const args = [
        '--tool=callgrind',
        `--callgrind-out-file=${join(dir, 'out')}.%p`,
        process.execPath,
        '--single-threaded-gc',
        fileURLToPath(import.meta.url),
      ];
      const r = spawnSync('valgrind', [...args, '--child', mode, '--count', String(n)], { encoding: 'utf8', timeout: 900_000 });
      if (r.status !== 0) throw new Error(`valgrind: ${r.stderr}`);
      let sum = 0;
      for (const f of readdirSync(dir)) sum += Number(/^totals: (\d+)/m.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? 0);
      return sum;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const per = (mode: Mode): number => (total(mode, 3 * count) - total(mode, count)) / (2 * count);
  const [off, steps, on] = [per('off'), per('steps'), per('on')];
  console.log(
    `Tracing, instructions per request (callgrind, ${count} → ${3 * count} requests): steps ${(steps - off).toFixed(0)} + event ${(on - steps).toFixed(0)} = ${(on - off).toFixed(0)}`,
  );
}

/** `--child MODE`: one loop, for instructionsOnly's valgrind. */
async function child(): Promise<void> {
  await run(opt.child as Mode, Number(opt.count));
}

/** An unwatched MOCK + template request's CPU on an idle machine (docs/performance.md, Data plane). */
const MOCK_CPU_US = 35.5;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tollgate-bench-console-'));
  try {
    const [backendPort, tollgatePort] = [await freePort(), await freePort()];
    writeFileSync(join(dir, 'backend.cjs'), BACKEND_SRC);
    pinned(1, process.execPath, [join(dir, 'backend.cjs'), String(backendPort)]);
    // The account's default throttle (10,000 rps) would cap the measurement itself; no HTTPS listener.
    const tollgateProc = pinned(0, process.execPath, serveArgs(MAIN_JS, tollgatePort));
    const tollgate = `http://127.0.0.1:${tollgatePort}`;
    await waitFor(`http://127.0.0.1:${backendPort}/`);
    await waitFor(`${tollgate}/restapis`);
    const ids = await setupApis(tollgate, `http://127.0.0.1:${backendPort}`, false);
    const targets: [string, string][] = [
      ['MOCK + template', `${tollgate}/_aws/execute-api/${ids.mock}/bench/`],
      ['HTTP_PROXY', `${tollgate}/_aws/execute-api/${ids.proxy}/bench/item`],
    ];
    const stream = `${tollgate}/_tollgate/console/api/requests/stream`;
    const run = (url: string): { rps: number; cpu: number } => {
      const before = groupCpuMs(tollgateProc.pid!);
      const rps = runWrk(url, { seconds: SECONDS, connections: CONNECTIONS });
      return { rps, cpu: ((groupCpuMs(tollgateProc.pid!) - before) * 1000) / (rps * SECONDS) };
    };
    for (const [, url] of targets) run(url); // warm-up: JIT, connection pools
    const results = new Map<string, { rps: number; cpu: number }[]>();
    const push = (k: string, r: { rps: number; cpu: number }): void => void results.set(k, [...(results.get(k) ?? []), r]);
    let watchers = 0;
    const received = new Map<string, Received>();
    const states = opt.filtered ? ['off', 'on', 'filtered'] : ['off', 'on'];
    for (let i = 0; i < REPEATS; i++) {
      for (const [name, url] of targets) {
        push(`${name}|off`, run(url));
        for (const state of states.slice(1)) {
          const w = await startWatcher(dir, state === 'filtered' ? `${stream}?status=429` : stream, watchers++);
          push(`${name}|${state}`, run(url));
          await new Promise((r) => setTimeout(r, 1300)); // its last events, and its last `dropped` event
          const got = w.stop();
          const had = received.get(state) ?? { bytes: 0, events: 0, dropped: 0 };
          received.set(state, { bytes: had.bytes + got.bytes, events: had.events + got.events, dropped: had.dropped + got.dropped });
          await new Promise((r) => setTimeout(r, 200)); // the stream closes: tracing off again
        }
      }
    }
    console.log(
      `\nSaturation with and without a watching console (wrk -t1 -c${CONNECTIONS} -d${SECONDS}s, median of ${REPEATS}; Tollgate on core 0, wrk + backend + watcher (curl) on core 1; load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')})`,
    );
    console.log('target'.padEnd(18), 'watcher'.padEnd(8), 'req/s'.padStart(9), 'CPU µs/req'.padStart(11), '  runs');
    for (const [name] of targets) {
      for (const state of states) {
        const rs = results.get(`${name}|${state}`)!;
        console.log(
          name.padEnd(18),
          state.padEnd(8),
          median(rs.map((r) => r.rps))
            .toFixed(0)
            .padStart(9),
          median(rs.map((r) => r.cpu))
            .toFixed(1)
            .padStart(11),
          `  ${rs.map((r) => r.rps.toFixed(0)).join(', ')}`,
        );
      }
      const off = results.get(`${name}|off`)!;
      for (const state of states.slice(1)) {
        const on = results.get(`${name}|${state}`)!;
        const ratio = median(on.map((r) => r.rps)) / median(off.map((r) => r.rps));
        const cpu = median(on.map((r) => r.cpu)) / median(off.map((r) => r.cpu));
        // Each watched run against the unwatched run just before it (a shared machine's load drifts less
        // within a pair than across the whole bench): the median of those ratios.
        const paired = median(on.map((r, i) => r.rps / off[i].rps));
        const pairedCpu = median(on.map((r, i) => r.cpu / off[i].cpu));
        console.log(
          `${name}: ${state === 'on' ? 'watched' : 'watched, filtered to 429'} / unwatched throughput ${ratio.toFixed(3)} (${((ratio - 1) * 100).toFixed(1)} %), CPU per request ${cpu.toFixed(3)}×; ` +
            `paired run by run: ${paired.toFixed(3)} (${((paired - 1) * 100).toFixed(1)} %), CPU ${pairedCpu.toFixed(3)}×`,
        );
      }
    }
    for (const [state, r] of received) {
      console.log(
        `(the ${state === 'on' ? '' : 'filtered '}watchers received ${r.events} events, ${(r.bytes / 1e6).toFixed(2)} MB in all, and were told of ${r.dropped} requests not sent)`,
      );
    }
    const cost = await traceCost(3, 300_000);
    const traced = cost.total;
    console.log(
      `\nTracing alone (in this process, one stream open without a rate cap: every request traced and sent; MOCK's steps): ${traced.toFixed(2)} µs of CPU per request, ${((traced / median(results.get('MOCK + template|off')!.map((r) => r.cpu))) * 100).toFixed(1)} % of an unwatched MOCK request's CPU`,
    );
    console.log(
      `In this process, one stream at the default rate (${DEFAULT_RATE}/s): ${cost.capped.toFixed(2)} µs per request over unwatched; filtered to 429s (none matching: all traced, none sent): ${cost.filtered.toFixed(2)} µs`,
    );
    const ns = ringCost();
    const mockCpu = median(results.get('MOCK + template|off')!.map((r) => r.cpu));
    console.log(
      `\nSummary ring (every request, watched or not): ${ns.toFixed(0)} ns per record(), ${((ns / 1000 / mockCpu) * 100).toFixed(2)} % of an unwatched MOCK request's CPU (${mockCpu.toFixed(1)} µs)`,
    );
  } finally {
    killChildren();
    rmSync(dir, { recursive: true, force: true });
  }
}

runMain(opt.child ? child : opt.instructions ? async () => instructionsOnly() : opt.cpu ? cpuOnly : main);
