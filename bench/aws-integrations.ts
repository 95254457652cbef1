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
 * Printed: the p50 Tollgate adds ((b) − (a)) and the throughput ratio ((b) / (a)). dynalite and
 * Tollgate run in child processes; everything shares the machine's cores with whatever else runs.
 *
 *   npm run bench:aws-integrations [-- --seconds 5 --concurrency 16]
 */
import { spawn } from 'node:child_process';
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
import { Hash } from '@smithy/core/serde';
import { SignatureV4 } from '@smithy/signature-v4';
import { Pool } from 'undici';
import { freePort, MAIN_JS } from '../test/helpers/process.js';
import { children, killChildren, waitFor } from './lib/processes.js';

const { values: opt } = parseArgs({ options: { seconds: { type: 'string', default: '5' }, concurrency: { type: 'string', default: '16' } } });
const SECONDS = Math.min(Math.max(1, Number(opt.seconds)), 10);
const CONCURRENCY = Math.min(Math.max(1, Number(opt.concurrency)), 256);

const KEYS = { accessKeyId: 'test', secretAccessKey: 'test' };
const TABLE = 'bench';
const GET_ITEM = JSON.stringify({ TableName: TABLE, Key: { id: { S: 'k1' } } });

/** One HTTP exchange: status and body. */
type Call = () => Promise<{ status: number; body: string }>;

async function exchange(pool: Pool, path: string, method: string, headers: Record<string, string>, body?: string) {
  const r = await pool.request({ path, method, headers, body });
  return { status: r.statusCode, body: await r.body.text() };
}

/** A DynamoDB call signed as the SDK signs it. */
function dynamodbCaller(url: string): (target: string, payload: string) => Promise<{ status: number; body: string }> {
  const u = new URL(url);
  const pool = new Pool(u.origin, { connections: CONCURRENCY });
  const signer = new SignatureV4({ credentials: KEYS, region: 'us-east-1', service: 'dynamodb', sha256: Hash.bind(null, 'sha256') });
  return async (target, payload) => {
    const signed = await signer.sign({
      method: 'POST',
      protocol: 'http:',
      hostname: u.hostname,
      port: Number(u.port),
      path: '/',
      headers: { host: u.host, 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': `DynamoDB_20120810.${target}` },
      body: payload,
    });
    return exchange(pool, '/', 'POST', signed.headers, payload);
  };
}

async function startDynalite(): Promise<string> {
  const port = await freePort();
  const script = `require('dynalite')({ createTableMs: 0 }).listen(${port}, '127.0.0.1')`;
  children.push(spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'ignore', 'inherit'] }));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(url);
  return url;
}

async function startTollgate(dynamodb: string): Promise<string> {
  const port = await freePort();
  const args = [MAIN_JS, 'serve', '--memory', '--host', '127.0.0.1', '--port', String(port), '--log-level', 'warn', '--aws-endpoint', `dynamodb=${dynamodb}`];
  // The account throttle (AWS's 10,000 rps) must not cut the measurement short.
  args.push('--account-rate-limit', '1000000', '--account-burst-limit', '1000000');
  children.push(spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] }));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/restapis`);
  return url;
}

/** GET /item → dynamodb:action/GetItem; the path of the invoke URL. */
async function setupApi(url: string): Promise<string> {
  const client = new APIGatewayClient({ endpoint: url, region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
  const api = await client.send(new CreateRestApiCommand({ name: 'bench-aws' }));
  const id = api.id!;
  const resourceId = (await client.send(new CreateResourceCommand({ restApiId: id, parentId: api.rootResourceId!, pathPart: 'item' }))).id!;
  const ids = { restApiId: id, resourceId, httpMethod: 'GET' };
  await client.send(new PutMethodCommand({ ...ids, authorizationType: 'NONE' }));
  await client.send(
    new PutIntegrationCommand({
      ...ids,
      type: 'AWS',
      integrationHttpMethod: 'POST',
      uri: 'arn:aws:apigateway:us-east-1:dynamodb:action/GetItem',
      credentials: 'arn:aws:iam::000000000000:role/bench',
      requestTemplates: { 'application/json': GET_ITEM },
    }),
  );
  await client.send(new PutMethodResponseCommand({ ...ids, statusCode: '200' }));
  await client.send(new PutIntegrationResponseCommand({ ...ids, statusCode: '200' }));
  await client.send(new CreateDeploymentCommand({ restApiId: id, stageName: 'bench' }));
  client.destroy();
  return `/_aws/execute-api/${id}/bench/item`;
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

/** CONCURRENCY requests in flight for `seconds`: requests/s. */
async function throughput(call: Call, seconds: number): Promise<number> {
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
  return done / ((performance.now() - started) / 1000);
}

async function main(): Promise<void> {
  const dynamodb = await startDynalite();
  const ddb = dynamodbCaller(dynamodb);
  const attributes = { AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }] };
  const created = await ddb(
    'CreateTable',
    JSON.stringify({ TableName: TABLE, ...attributes, ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } }),
  );
  if (created.status !== 200) throw new Error(`CreateTable: ${created.body}`);
  const put = await ddb('PutItem', JSON.stringify({ TableName: TABLE, Item: { id: { S: 'k1' }, name: { S: 'tollgate-bench' }, n: { N: '42' } } }));
  if (put.status !== 200) throw new Error(`PutItem: ${put.body}`);

  const tollgate = await startTollgate(dynamodb);
  const path = await setupApi(tollgate);
  const gateway = new Pool(tollgate, { connections: CONCURRENCY });
  const targets: [string, Call][] = [
    ['(a) GetItem, direct (SDK signer)', () => ddb('GetItem', GET_ITEM)],
    ['(b) GetItem through Tollgate', () => exchange(gateway, path, 'GET', {})],
  ];
  // Both answer DynamoDB's own JSON: the same bytes.
  const expected = (await targets[0][1]()).body;
  const via = await targets[1][1]();
  if (via.status !== 200 || via.body !== expected) throw new Error(`Tollgate answered ${via.status}: ${via.body} (direct: ${expected})`);
  for (const [, call] of targets) for (let i = 0; i < 200; i++) await call(); // warm-up: JIT, connections

  const lat = await latency(
    targets.map(([, call]) => call),
    expected,
  );
  // Throughput: each target twice, in turns of half the phase (a, b, a, b), the two halves averaged.
  const rps = [0, 0];
  for (let round = 0; round < 2; round++) for (let i = 0; i < targets.length; i++) rps[i] += (await throughput(targets[i][1], SECONDS / 2)) / 2;
  const results = targets.map(([name], i) => ({ name, p50: pct(lat[i], 0.5), p99: pct(lat[i], 0.99), n: lat[i].length, rps: rps[i] }));
  console.log(`\nDynamoDB GetItem on dynalite (latency: one at a time, ${SECONDS} s; throughput: ${CONCURRENCY} in flight, ${SECONDS} s)`);
  console.log('target'.padEnd(36), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8), 'calls'.padStart(7), 'req/s'.padStart(8));
  for (const r of results)
    console.log(r.name.padEnd(36), r.p50.toFixed(2).padStart(8), r.p99.toFixed(2).padStart(8), String(r.n).padStart(7), r.rps.toFixed(0).padStart(8));
  const [a, b] = results;
  console.log(`p50 added by Tollgate: ${(b.p50 - a.p50).toFixed(2)} ms; throughput (b)/(a): ${(b.rps / a.rps).toFixed(2)}`);
  await gateway.close();
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
