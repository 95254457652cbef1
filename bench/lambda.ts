/**
 * Lambda benchmark. In one run, the same small JSON answer through:
 *   (a) Tollgate MOCK with a response template (no function at all: the gateway's own cost), and
 *   (b) Tollgate AWS_PROXY to a local function (`--functions`) that returns it as a proxy response
 *       (proxy event built, worker-thread invocation, proxy response validated),
 * measured with wrk at saturation (requests/s and wrk's p50 / p99 latency). The Tollgate process —
 * its main thread and its Lambda worker threads — is pinned to core 0, wrk to core 1 (`taskset`).
 * Each run is repeated and the median kept: shared machines are noisy.
 *
 *   npm run bench:lambda [-- --seconds 8 --repeats 3 --connections 32 --concurrency 4]
 *
 * `--concurrency` is the function's execution environments (tollgate.functions.json `concurrency`).
 * serverless-offline is not part of the run (not installed here); MOCK is the reference.
 * Needs wrk (Debian package `wrk`); 127.0.0.1 only; bounded in time.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  APIGatewayClient,
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
} from '@aws-sdk/client-api-gateway';
import { freePort, MAIN_JS } from '../test/helpers/process.js';
import { children, killChildren, median, waitFor } from './lib/processes.js';

const { values: opt } = parseArgs({
  options: {
    seconds: { type: 'string', default: '8' },
    repeats: { type: 'string', default: '3' },
    connections: { type: 'string', default: '32' },
    concurrency: { type: 'string', default: '4' },
  },
});
const SECONDS = Math.min(Number(opt.seconds), 60);
const REPEATS = Math.min(Number(opt.repeats), 9);
const CONNECTIONS = Math.min(Number(opt.connections), 512);
const CONCURRENCY = Math.min(Math.max(1, Number(opt.concurrency)), 64);

const BODY = '{"ok":true,"items":[1,2,3],"name":"tollgate-bench"}';
const FUNCTION_SRC = `export const handler = async () => ({ statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: '${BODY}' });\n`;

interface WrkResult {
  rps: number;
  p50: number;
  p99: number;
}

function ms(v: string, unit: string): number {
  const n = Number(v);
  return unit === 'us' ? n / 1000 : unit === 's' ? n * 1000 : n;
}

function wrk(url: string): WrkResult {
  const args = ['-c', '1', 'wrk', '-t1', `-c${CONNECTIONS}`, `-d${SECONDS}s`, '--timeout', '5s', '--latency', url];
  const r = spawnSync('taskset', args, { encoding: 'utf8', timeout: (SECONDS + 30) * 1000 });
  const out = r.stdout ?? '';
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(out);
  const p50 = /\s50%\s+([\d.]+)(us|ms|s)/.exec(out);
  const p99 = /\s99%\s+([\d.]+)(us|ms|s)/.exec(out);
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(out);
  if (!rps || !p50 || !p99) throw new Error(`wrk failed for ${url}: ${out}\n${r.stderr}`);
  if (non2xx) throw new Error(`${url} answered ${non2xx[1]} non-2xx responses: the setup is wrong`);
  return { rps: Number(rps[1]), p50: ms(p50[1], p50[2]), p99: ms(p99[1], p99[2]) };
}

async function setup(url: string): Promise<{ mock: string; lambda: string }> {
  const client = new APIGatewayClient({ endpoint: url, region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
  const api = await client.send(new CreateRestApiCommand({ name: 'bench' }));
  const id = api.id!;
  const root = api.rootResourceId!;
  await client.send(new PutMethodCommand({ restApiId: id, resourceId: root, httpMethod: 'GET', authorizationType: 'NONE' }));
  await client.send(
    new PutIntegrationCommand({
      restApiId: id,
      resourceId: root,
      httpMethod: 'GET',
      type: 'MOCK',
      requestTemplates: { 'application/json': '{"statusCode": 200}' },
    }),
  );
  await client.send(new PutMethodResponseCommand({ restApiId: id, resourceId: root, httpMethod: 'GET', statusCode: '200' }));
  await client.send(
    new PutIntegrationResponseCommand({
      restApiId: id,
      resourceId: root,
      httpMethod: 'GET',
      statusCode: '200',
      responseTemplates: { 'application/json': BODY },
    }),
  );
  const fn = (await client.send(new CreateResourceCommand({ restApiId: id, parentId: root, pathPart: 'fn' }))).id!;
  await client.send(new PutMethodCommand({ restApiId: id, resourceId: fn, httpMethod: 'GET', authorizationType: 'NONE' }));
  await client.send(
    new PutIntegrationCommand({
      restApiId: id,
      resourceId: fn,
      httpMethod: 'GET',
      type: 'AWS_PROXY',
      integrationHttpMethod: 'POST',
      uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:small/invocations',
    }),
  );
  await client.send(new CreateDeploymentCommand({ restApiId: id, stageName: 'bench' }));
  client.destroy();
  return { mock: `${url}/_aws/execute-api/${id}/bench/`, lambda: `${url}/_aws/execute-api/${id}/bench/fn` };
}

async function main(): Promise<void> {
  for (const tool of ['wrk', 'taskset']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) throw new Error(`${tool} is required (apt-get install wrk util-linux)`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'tollgate-bench-lambda-'));
  try {
    writeFileSync(join(dir, 'small.mjs'), FUNCTION_SRC);
    writeFileSync(join(dir, 'tollgate.functions.json'), JSON.stringify({ small: { concurrency: CONCURRENCY } }));
    const port = await freePort();
    const c = spawn(
      'taskset',
      [
        '-c',
        '0',
        process.execPath,
        MAIN_JS,
        'serve',
        '--memory',
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
        '--log-level',
        'warn',
        '--functions',
        dir,
        // The account throttle (AWS's 10,000 rps) must not cut the measurement short.
        '--account-rate-limit',
        '1000000',
        '--account-burst-limit',
        '1000000',
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    children.push(c);
    const url = `http://127.0.0.1:${port}`;
    await waitFor(`${url}/restapis`);
    const targets = await setup(url);
    for (const u of [targets.mock, targets.lambda]) {
      const r = await fetch(u);
      const text = await r.text();
      if (r.status !== 200 || text !== BODY) throw new Error(`${u} answered ${r.status}: ${text}`);
    }
    const named: [string, string][] = [
      ['(a) Tollgate MOCK + template', targets.mock],
      ['(b) Tollgate AWS_PROXY → local function', targets.lambda],
    ];
    for (const [, u] of named) wrk(u); // warm-up: JIT, worker threads started
    const runs = new Map<string, WrkResult[]>(named.map(([n]) => [n, []]));
    for (let i = 0; i < REPEATS; i++) for (const [n, u] of named) runs.get(n)!.push(wrk(u));
    console.log(
      `\nSaturation (wrk -t1 -c${CONNECTIONS} -d${SECONDS}s --latency, median of ${REPEATS}; Tollgate and its Lambda workers on core 0, wrk on core 1; function concurrency ${CONCURRENCY})`,
    );
    console.log('target'.padEnd(42), 'req/s'.padStart(8), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8));
    for (const [n] of named) {
      const rs = runs.get(n)!;
      console.log(
        n.padEnd(42),
        median(rs.map((r) => r.rps))
          .toFixed(0)
          .padStart(8),
        median(rs.map((r) => r.p50))
          .toFixed(2)
          .padStart(8),
        median(rs.map((r) => r.p99))
          .toFixed(2)
          .padStart(8),
        `  runs: ${rs.map((r) => r.rps.toFixed(0)).join(', ')}`,
      );
    }
    const ratio = median(runs.get(named[1][0])!.map((r) => r.rps)) / median(runs.get(named[0][0])!.map((r) => r.rps));
    console.log(`(b)/(a): ${ratio.toFixed(2)} of MOCK's throughput`);
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
