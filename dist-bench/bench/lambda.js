/**
 * Lambda benchmark. In one run, the same small JSON answer through:
 *   (a) Tollgate MOCK with a response template (no function at all: the gateway's own cost),
 *   (b) Tollgate AWS_PROXY to a local function (`--functions`) in worker threads (`--node-environments
 *       threads`: proxy event built, worker-thread invocation, proxy response validated), and
 *   (c) the same function in child processes on the Lambda Runtime API (`--node-environments processes`,
 *       src/runtime/process-runner.ts: Tollgate's Node.js runtime client in the machine's node),
 * warm: measured with wrk at saturation (requests/s and wrk's p50 / p99 latency); cold: `--cold` functions
 * invoked once each, one after the other, through the Lambda Invoke API (each invocation starts an
 * environment and loads the module), p50 / p99 of the client's latency. Each Tollgate process — its main
 * thread, its Lambda worker threads or its environments' processes — is pinned to core 0, wrk to core 1
 * (`taskset`). Each warm run is repeated and the median kept: shared machines are noisy.
 *
 *   npm run bench:lambda [-- --seconds 8 --repeats 3 --connections 32 --concurrency 4 --cold 20]
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
import { APIGatewayClient, CreateDeploymentCommand, CreateResourceCommand, CreateRestApiCommand, PutIntegrationCommand, PutIntegrationResponseCommand, PutMethodCommand, PutMethodResponseCommand, } from '@aws-sdk/client-api-gateway';
import { freePort, MAIN_JS } from '../test/helpers/process.js';
import { children, killChildren, median, waitFor } from './lib/processes.js';
const { values: opt } = parseArgs({
    options: {
        seconds: { type: 'string', default: '8' },
        repeats: { type: 'string', default: '3' },
        connections: { type: 'string', default: '32' },
        concurrency: { type: 'string', default: '4' },
        cold: { type: 'string', default: '20' },
    },
});
const SECONDS = Math.min(Number(opt.seconds), 60);
const REPEATS = Math.min(Number(opt.repeats), 9);
const CONNECTIONS = Math.min(Number(opt.connections), 512);
const CONCURRENCY = Math.min(Math.max(1, Number(opt.concurrency)), 64);
const COLD = Math.min(Math.max(2, Number(opt.cold)), 200);
const BODY = '{"ok":true,"items":[1,2,3],"name":"tollgate-bench"}';
const FUNCTION_SRC = `export const handler = async () => ({ statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: '${BODY}' });\n`;
function ms(v, unit) {
    const n = Number(v);
    return unit === 'us' ? n / 1000 : unit === 's' ? n * 1000 : n;
}
function wrk(url) {
    const args = ['-c', '1', 'wrk', '-t1', `-c${CONNECTIONS}`, `-d${SECONDS}s`, '--timeout', '5s', '--latency', url];
    const r = spawnSync('taskset', args, { encoding: 'utf8', timeout: (SECONDS + 30) * 1000 });
    const out = r.stdout ?? '';
    const rps = /Requests\/sec:\s+([\d.]+)/.exec(out);
    const p50 = /\s50%\s+([\d.]+)(us|ms|s)/.exec(out);
    const p99 = /\s99%\s+([\d.]+)(us|ms|s)/.exec(out);
    const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(out);
    if (!rps || !p50 || !p99)
        throw new Error(`wrk failed for ${url}: ${out}\n${r.stderr}`);
    if (non2xx)
        throw new Error(`${url} answered ${non2xx[1]} non-2xx responses: the setup is wrong`);
    return { rps: Number(rps[1]), p50: ms(p50[1], p50[2]), p99: ms(p99[1], p99[2]) };
}
async function setup(url) {
    const client = new APIGatewayClient({ endpoint: url, region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
    const api = await client.send(new CreateRestApiCommand({ name: 'bench' }));
    const id = api.id;
    const root = api.rootResourceId;
    await client.send(new PutMethodCommand({ restApiId: id, resourceId: root, httpMethod: 'GET', authorizationType: 'NONE' }));
    await client.send(new PutIntegrationCommand({
        restApiId: id,
        resourceId: root,
        httpMethod: 'GET',
        type: 'MOCK',
        requestTemplates: { 'application/json': '{"statusCode": 200}' },
    }));
    await client.send(new PutMethodResponseCommand({ restApiId: id, resourceId: root, httpMethod: 'GET', statusCode: '200' }));
    await client.send(new PutIntegrationResponseCommand({
        restApiId: id,
        resourceId: root,
        httpMethod: 'GET',
        statusCode: '200',
        responseTemplates: { 'application/json': BODY },
    }));
    const fn = (await client.send(new CreateResourceCommand({ restApiId: id, parentId: root, pathPart: 'fn' }))).id;
    await client.send(new PutMethodCommand({ restApiId: id, resourceId: fn, httpMethod: 'GET', authorizationType: 'NONE' }));
    await client.send(new PutIntegrationCommand({
        restApiId: id,
        resourceId: fn,
        httpMethod: 'GET',
        type: 'AWS_PROXY',
        integrationHttpMethod: 'POST',
        uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:small/invocations',
    }));
    await client.send(new CreateDeploymentCommand({ restApiId: id, stageName: 'bench' }));
    client.destroy();
    return { mock: `${url}/_aws/execute-api/${id}/bench/`, lambda: `${url}/_aws/execute-api/${id}/bench/fn` };
}
/** One Tollgate on core 0 serving DIR with Node.js environments of the given kind; its base URL. */
async function startTollgate(dir, environments) {
    const port = await freePort();
    const args = ['-c', '0', process.execPath, MAIN_JS, 'serve', '--memory', '--host', '127.0.0.1', '--port', String(port), '--log-level', 'warn'];
    // The account throttle (AWS's 10,000 rps) must not cut the measurement short.
    args.push('--functions', dir, '--node-environments', environments, '--account-rate-limit', '1000000', '--account-burst-limit', '1000000');
    children.push(spawn('taskset', args, { stdio: ['ignore', 'ignore', 'inherit'] }));
    const url = `http://127.0.0.1:${port}`;
    await waitFor(`${url}/restapis`);
    return url;
}
/** Cold starts: each `coldN` function invoked once, in turn, through the Invoke API; p50 / p99 in ms. */
async function coldStarts(url) {
    const times = [];
    for (let i = 0; i < COLD; i++) {
        const started = performance.now();
        const r = await fetch(`${url}/2015-03-31/functions/cold${i}/invocations`, { method: 'POST', body: '{}' });
        const text = await r.text();
        if (r.status !== 200 || r.headers.get('x-amz-function-error'))
            throw new Error(`cold${i} answered ${r.status}: ${text}`);
        times.push(performance.now() - started);
    }
    times.sort((x, y) => x - y);
    return { p50: times[Math.floor(times.length / 2)], p99: times[Math.min(times.length - 1, Math.ceil(times.length * 0.99) - 1)] };
}
const row = (name, rs) => `${name.padEnd(46)} ${median(rs.map((r) => r.rps))
    .toFixed(0)
    .padStart(8)} ${median(rs.map((r) => r.p50))
    .toFixed(2)
    .padStart(8)} ${median(rs.map((r) => r.p99))
    .toFixed(2)
    .padStart(8)}   runs: ${rs.map((r) => r.rps.toFixed(0)).join(', ')}`;
async function main() {
    for (const tool of ['wrk', 'taskset']) {
        if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0)
            throw new Error(`${tool} is required (apt-get install wrk util-linux)`);
    }
    const dir = mkdtempSync(join(tmpdir(), 'tollgate-bench-lambda-'));
    try {
        writeFileSync(join(dir, 'small.mjs'), FUNCTION_SRC);
        for (let i = 0; i < COLD; i++)
            writeFileSync(join(dir, `cold${i}.mjs`), FUNCTION_SRC);
        writeFileSync(join(dir, 'tollgate.functions.json'), JSON.stringify({ small: { concurrency: CONCURRENCY } }));
        const threads = await startTollgate(dir, 'threads');
        const processes = await startTollgate(dir, 'processes');
        const [t, p] = [await setup(threads), await setup(processes)];
        const named = [
            ['(a) Tollgate MOCK + template', t.mock],
            ['(b) AWS_PROXY → function in worker threads', t.lambda],
            ['(c) AWS_PROXY → function in processes (RAPI)', p.lambda],
        ];
        for (const [, u] of named) {
            const r = await fetch(u);
            const text = await r.text();
            if (r.status !== 200 || text !== BODY)
                throw new Error(`${u} answered ${r.status}: ${text}`);
        }
        const cold = { threads: await coldStarts(threads), processes: await coldStarts(processes) };
        for (const [, u] of named)
            wrk(u); // warm-up: JIT, environments started
        const runs = new Map(named.map(([n]) => [n, []]));
        for (let i = 0; i < REPEATS; i++)
            for (const [n, u] of named)
                runs.get(n).push(wrk(u));
        console.log(`\nWarm, at saturation (wrk -t1 -c${CONNECTIONS} -d${SECONDS}s --latency, median of ${REPEATS}; each Tollgate and its environments on core 0, wrk on core 1; function concurrency ${CONCURRENCY})`);
        console.log('target'.padEnd(46), 'req/s'.padStart(8), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8));
        for (const [n] of named)
            console.log(row(n, runs.get(n)));
        const rps = (i) => median(runs.get(named[i][0]).map((r) => r.rps));
        console.log(`(b)/(a): ${(rps(1) / rps(0)).toFixed(2)} of MOCK's throughput; (c)/(a): ${(rps(2) / rps(0)).toFixed(2)}; (c)/(b): ${(rps(2) / rps(1)).toFixed(2)}`);
        console.log(`\nCold start (${COLD} functions invoked once each, in turn, through the Invoke API; client latency)`);
        for (const [n, c] of Object.entries(cold))
            console.log(`${n.padEnd(10)} p50 ${c.p50.toFixed(1).padStart(7)} ms   p99 ${c.p99.toFixed(1).padStart(7)} ms`);
    }
    finally {
        killChildren();
        rmSync(dir, { recursive: true, force: true });
    }
}
main().then(() => process.exit(0), (e) => {
    console.error(e);
    process.exit(1);
});
//# sourceMappingURL=lambda.js.map