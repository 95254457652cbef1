/**
 * Lambda benchmark, per runtime, in one run: the same small JSON answer served
 *   (a) by a MOCK integration with a response template (no function at all: the gateway's own cost, the
 *       reference every ratio is taken against),
 *   (b) by a Node.js function in worker threads (`--functions`, `--node-environments threads`),
 *   (c) by the same Node.js function in child processes on the Lambda Runtime API (`--node-environments
 *       processes`, src/runtime/: Tollgate's Node.js runtime client in the machine's node),
 *   (d) by a Node.js, (e) a Python and (f) a `provided.al2023` function (a bash `bootstrap` speaking the
 *       Runtime API with curl) created from zips with Lambda's CreateFunction, in child processes.
 * (a)–(c) are reached through API Gateway (AWS_PROXY); (d)–(f) through API Gateway too when Tollgate routes
 * AWS_PROXY to functions created with Lambda's API, else through Lambda's Invoke API (the row says which).
 * Warm: wrk at saturation for `--seconds` (≤ 10) after an uncounted warm-up of 2 s: requests/s, wrk's
 * p50 / p99, the ratio to MOCK and the CPU time of the serving process group (Tollgate, its worker threads
 * and its environments' processes) per request. Cold: `--cold` functions of each kind invoked once each, in
 * turn (each invocation starts an environment and loads the module), for at most 10 s per kind: p50 / p99
 * of the client's latency. Each Tollgate and its environments are pinned to core 0, wrk to core 1: the
 * ratio to MOCK is then the gateway's CPU per request against the function path's, on one core.
 * `--gateway-cores 0-1` lets Tollgate and its environments run on both cores (wrk still on core 1), as a
 * server does where a function's environment can take a core the gateway's main thread is not on; both
 * figures are reported, the one-core figure is the strict one.
 *
 *   npm run bench:lambda [-- --seconds 5 --connections 32 --cold 10 --gateway-cores 0|0-1]
 *
 * Every function may run 10 environments at once (the runner's default without reserved concurrency; the
 * `--functions` file says the same), further invocations wait for one.
 * Needs wrk (Debian package `wrk`) and, for (e) and (f), python3 and curl; 127.0.0.1 only; bounded in time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AddPermissionCommand, CreateFunctionCommand, type LambdaClient, type Runtime } from '@aws-sdk/client-lambda';
import { lambdaClient, ROLE, zipOf } from '../test/helpers/lambda.js';
import { freePort, MAIN_JS } from '../test/helpers/process.js';
import { groupCpuMs, killChildren, pinned, waitFor, runMain } from './lib/processes.js';
import { BODY, NODE_SRC, setupLambdaApi } from './lib/targets.js';

const { values: opt } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '32' },
    cold: { type: 'string', default: '10' },
    'gateway-cores': { type: 'string', default: '0' },
  },
});
const SECONDS = Math.min(Math.max(1, Number(opt.seconds)), 10);
const CONNECTIONS = Math.min(Number(opt.connections), 512);
/** Environments per function: the runner's default for a function without reserved concurrency (src/runtime/process-runner.ts). */
const CONCURRENCY = 10;
const COLD = Math.min(Math.max(2, Number(opt.cold)), 50);
const COLD_SECONDS = 10;
/** taskset's list for Tollgate and its environments: core 0 alone (the default), or both cores. */
const GATEWAY_CORES = opt['gateway-cores'] === '0-1' || opt['gateway-cores'] === '0,1' ? '0-1' : '0';
const REGION = 'us-east-1';
const ACCOUNT = '000000000000';

const PYTHON_SRC = `def handler(event, context):\n    return {"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": '${BODY}'}\n`;
/** A custom runtime as small as they come: bash and curl (the provided.al2023 tutorial's shape). */
const BOOTSTRAP_SRC = [
  '#!/bin/bash',
  'set -eu',
  'API="http://${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime"',
  'HEADERS="$(mktemp)"',
  `ANSWER='${JSON.stringify({ statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: BODY })}'`,
  'while true; do',
  '  curl -sS -o /dev/null -D "$HEADERS" "$API/invocation/next"',
  '  ID=$(grep -Fi "Lambda-Runtime-Aws-Request-Id:" "$HEADERS" | tr -d "\\r\\n" | cut -d" " -f2-)',
  '  curl -sS -o /dev/null -X POST "$API/invocation/$ID/response" -d "$ANSWER"',
  'done',
  '',
].join('\n');

interface Kind {
  key: string;
  label: string;
  server: 'threads' | 'processes';
  /** How the function exists: a `--functions` file, or a zip given to CreateFunction. */
  source: 'folder' | { runtime: Runtime; handler: string; zip: Buffer };
  /** Name prefix: `{prefix}warm`, `{prefix}cold{i}`. */
  prefix: string;
}

const KINDS: Kind[] = [
  { key: 'threads', label: '(b) Node.js, worker threads', server: 'threads', source: 'folder', prefix: '' },
  { key: 'processes', label: '(c) Node.js, processes (--functions)', server: 'processes', source: 'folder', prefix: '' },
  {
    key: 'node',
    label: '(d) Node.js, processes (zip)',
    server: 'processes',
    source: { runtime: 'nodejs20.x', handler: 'index.handler', zip: zipOf({ 'index.mjs': NODE_SRC }) },
    prefix: 'node-',
  },
  {
    key: 'python',
    label: '(e) Python 3.12, processes (zip)',
    server: 'processes',
    source: { runtime: 'python3.12', handler: 'app.handler', zip: zipOf({ 'app.py': PYTHON_SRC }) },
    prefix: 'py-',
  },
  {
    key: 'provided',
    label: '(f) provided.al2023 bash bootstrap (zip)',
    server: 'processes',
    source: { runtime: 'provided.al2023', handler: 'unused', zip: zipOf({ bootstrap: { text: BOOTSTRAP_SRC, mode: 0o755 } }) },
    prefix: 'sh-',
  },
];

interface Target {
  label: string;
  url: string;
  /** Lambda's Invoke API (POST) instead of an API Gateway route (GET). */
  invokeApi: boolean;
  pgid: number;
}

interface WarmResult {
  rps: number;
  p50: number;
  p99: number;
  cpuUsPerRequest: number;
}

function ms(v: string, unit: string): number {
  const n = Number(v);
  return unit === 'us' ? n / 1000 : unit === 's' ? n * 1000 : n;
}

let postScript = '';

/** wrk on core 1 against a target for `seconds` (undefined: no answer in that time); refuses a run with any non-2xx answer (it would measure an error path). */
function wrk(t: Target, seconds: number): WarmResult | undefined {
  const args = ['-c', '1', 'wrk', '-t1', `-c${CONNECTIONS}`, `-d${seconds}s`, '--timeout', '5s', '--latency'];
  if (t.invokeApi) args.push('-s', postScript);
  args.push(t.url);
  const cpu0 = groupCpuMs(t.pgid);
  const r = spawnSync('taskset', args, { encoding: 'utf8', timeout: (seconds + 30) * 1000 });
  const cpu = groupCpuMs(t.pgid) - cpu0;
  const out = r.stdout ?? '';
  const requests = /(\d+) requests in/.exec(out);
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(out);
  const p50 = /\s50%\s+([\d.]+)(us|ms|s)/.exec(out);
  const p99 = /\s99%\s+([\d.]+)(us|ms|s)/.exec(out);
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(out);
  if (!requests || !rps || !p50 || !p99) throw new Error(`wrk failed for ${t.url}: ${out}\n${r.stderr}`);
  if (Number(requests[1]) === 0) return undefined; // nothing answered within the run (a loaded machine, a slow runtime)
  if (non2xx) throw new Error(`${t.url} answered ${non2xx[1]} non-2xx responses: the setup is wrong`);
  return { rps: Number(rps[1]), p50: ms(p50[1], p50[2]), p99: ms(p99[1], p99[2]), cpuUsPerRequest: (cpu * 1000) / Number(requests[1]) };
}

/** One request as wrk sends it; the answer's status and body. */
async function once(t: Target, retry = true): Promise<{ status: number; text: string }> {
  try {
    const r = await fetch(t.url, t.invokeApi ? { method: 'POST', body: '{}' } : {});
    return { status: r.status, text: await r.text() };
  } catch (e) {
    // A kept-alive connection the server closed as it was reused (its keep-alive timeout): once more.
    if (retry) return once(t, false);
    throw e;
  }
}

/** An answer that is the function's: the proxy response through API Gateway, the proxy object through Invoke. */
function served(t: Target, a: { status: number; text: string }): boolean {
  if (a.status !== 200) return false;
  if (!t.invokeApi) return a.text === BODY;
  try {
    return (JSON.parse(a.text) as { body?: string }).body === BODY;
  } catch {
    return false;
  }
}

/** One Tollgate on GATEWAY_CORES serving DIR with Node.js `--functions` environments of the given kind. */
async function startTollgate(dir: string, environments: 'threads' | 'processes'): Promise<{ url: string; pgid: number }> {
  const port = await freePort();
  const args = [MAIN_JS, 'serve', '--memory', '--host', '127.0.0.1', '--port', String(port), '--log-level', 'warn', '--tls-port', 'off'];
  // The account throttle (AWS's 10,000 rps) must not cut the measurement short.
  args.push('--functions', dir, '--node-environments', environments, '--account-rate-limit', '1000000', '--account-burst-limit', '1000000');
  const child = pinned(GATEWAY_CORES, process.execPath, args);
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/restapis`);
  return { url, pgid: child.pid! };
}

/** A zip function, with the permission API Gateway needs to invoke it (Lambda's resource policy). */
async function createFunction(lambda: LambdaClient, name: string, kind: Kind): Promise<void> {
  const src = kind.source as Exclude<Kind['source'], 'folder'>;
  await lambda.send(new CreateFunctionCommand({ FunctionName: name, Role: ROLE, Runtime: src.runtime, Handler: src.handler, Code: { ZipFile: src.zip } }));
  await lambda.send(
    new AddPermissionCommand({
      FunctionName: name,
      StatementId: 'apigateway',
      Action: 'lambda:InvokeFunction',
      Principal: 'apigateway.amazonaws.com',
      SourceArn: `arn:aws:execute-api:${REGION}:${ACCOUNT}:*`,
    }),
  );
}

/** Cold starts: each function invoked once, in turn, for at most COLD_SECONDS; p50 / p99 in ms and how many. */
async function coldStarts(targets: Target[]): Promise<{ p50: number; p99: number; n: number }> {
  const times: number[] = [];
  const deadline = performance.now() + COLD_SECONDS * 1000;
  for (const t of targets) {
    if (performance.now() > deadline) break;
    const started = performance.now();
    const a = await once(t);
    if (!served(t, a)) throw new Error(`${t.url} answered ${a.status}: ${a.text}`);
    times.push(performance.now() - started);
  }
  times.sort((x, y) => x - y);
  return { p50: times[Math.floor(times.length / 2)], p99: times[Math.min(times.length - 1, Math.ceil(times.length * 0.99) - 1)], n: times.length };
}

async function main(): Promise<void> {
  for (const tool of ['wrk', 'taskset']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) throw new Error(`${tool} is required (apt-get install wrk util-linux)`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'tollgate-bench-lambda-'));
  try {
    postScript = join(dir, 'post.lua');
    writeFileSync(postScript, 'wrk.method = "POST"\nwrk.body = "{}"\nwrk.headers["Content-Type"] = "application/json"\n');
    const folder = join(dir, 'functions');
    spawnSync('mkdir', ['-p', folder]);
    const coldNames = Array.from({ length: COLD }, (_, i) => `cold${i}`);
    for (const name of ['warm', ...coldNames]) writeFileSync(join(folder, `${name}.mjs`), NODE_SRC);
    writeFileSync(join(folder, 'tollgate.functions.json'), JSON.stringify({ warm: { concurrency: CONCURRENCY } }));
    const servers = { threads: await startTollgate(folder, 'threads'), processes: await startTollgate(folder, 'processes') };

    // Zip functions on the processes server, before its API so that the routes can name them.
    const lambda = lambdaClient(servers.processes.url);
    const zipKinds = KINDS.filter((k) => k.source !== 'folder');
    for (const k of zipKinds) {
      await createFunction(lambda, `${k.prefix}warm`, k);
      for (const c of coldNames) await createFunction(lambda, `${k.prefix}${c}`, k);
    }
    lambda.destroy();
    const apis = {
      threads: await setupLambdaApi(servers.threads.url, ['warm', ...coldNames]),
      processes: await setupLambdaApi(servers.processes.url, [
        ...['', ...zipKinds.map((k) => k.prefix)].flatMap((p) => [`${p}warm`, ...coldNames.map((c) => `${p}${c}`)]),
      ]),
    };

    // Each kind's functions through API Gateway, or through Lambda's Invoke API where API Gateway does not
    // reach them (decided on the warm function, so that no cold one is started by the probe).
    const viaInvokeApi = new Map<Kind, boolean>();
    const target = (k: Kind, name: string): Target => {
      const s = servers[k.server];
      return viaInvokeApi.get(k)
        ? { label: k.label, url: `${s.url}/2015-03-31/functions/${name}/invocations`, invokeApi: true, pgid: s.pgid }
        : { label: k.label, url: `${apis[k.server]}${name}`, invokeApi: false, pgid: s.pgid };
    };
    for (const k of KINDS) {
      viaInvokeApi.set(k, false);
      if (k.source !== 'folder') viaInvokeApi.set(k, !served(target(k, `${k.prefix}warm`), await once(target(k, `${k.prefix}warm`))));
    }
    const mock: Target = { label: '(a) MOCK + template', url: apis.threads, invokeApi: false, pgid: servers.threads.pgid };
    const warm: Target[] = [mock];
    console.log(`\nCold start (up to ${COLD} functions of each kind invoked once each, in turn, for at most ${COLD_SECONDS} s; client latency)`);
    console.log('function'.padEnd(44), 'via'.padEnd(12), 'n'.padStart(3), 'p50 ms'.padStart(9), 'p99 ms'.padStart(9));
    for (const k of KINDS) {
      const targets = coldNames.map((c) => target(k, `${k.prefix}${c}`));
      const c = await coldStarts(targets);
      console.log(
        k.label.padEnd(44),
        (targets[0].invokeApi ? 'Invoke API' : 'API Gateway').padEnd(12),
        String(c.n).padStart(3),
        c.p50.toFixed(1).padStart(9),
        c.p99.toFixed(1).padStart(9),
      );
    }

    for (const k of KINDS) warm.push(target(k, `${k.prefix}warm`));
    for (const t of warm) {
      const a = await once(t);
      if (!served(t, a)) throw new Error(`${t.url} answered ${a.status}: ${a.text}`);
    }
    const results = new Map<Target, WarmResult | undefined>();
    for (const t of warm) {
      // Warm-up: every environment started (as many invocations at once as the function may run), then 2 s of load for the JIT.
      await Promise.all(Array.from({ length: CONCURRENCY }, () => once(t)));
      wrk(t, 2);
      results.set(t, wrk(t, SECONDS));
    }
    const base = results.get(mock)?.rps ?? NaN;
    console.log(
      `\nWarm, at saturation (wrk -t1 -c${CONNECTIONS} -d${SECONDS}s --latency after 2 s of warm-up; Tollgate and its environments on core${GATEWAY_CORES === '0' ? ' 0' : 's 0-1'}, wrk on core 1; ${CONCURRENCY} environments per function)`,
    );
    console.log(
      'target'.padEnd(44),
      'via'.padEnd(12),
      'req/s'.padStart(8),
      '× MOCK'.padStart(7),
      'p50 ms'.padStart(8),
      'p99 ms'.padStart(8),
      'CPU µs/req'.padStart(11),
    );
    for (const t of warm) {
      const r = results.get(t);
      if (!r) {
        console.log(t.label.padEnd(44), (t.invokeApi ? 'Invoke API' : 'API Gateway').padEnd(12), `no answer within ${SECONDS} s`);
        continue;
      }
      console.log(
        t.label.padEnd(44),
        (t.invokeApi ? 'Invoke API' : 'API Gateway').padEnd(12),
        r.rps.toFixed(0).padStart(8),
        (r.rps / base).toFixed(2).padStart(7),
        r.p50.toFixed(2).padStart(8),
        r.p99.toFixed(2).padStart(8),
        r.cpuUsPerRequest.toFixed(0).padStart(11),
      );
    }
  } finally {
    killChildren();
    rmSync(dir, { recursive: true, force: true });
  }
}

runMain(main);
