/**
 * `--workers 2`: the real command, one primary and two workers on one port sharing a SQLite data dir
 * (src/cluster/; with TOLLGATE_TEST_STORE=postgres, a PostgreSQL schema). A quota and a stage throttle stay exact under 1,000 concurrent requests spread over
 * both workers (the primary decides every keyed admission, and every one of a small bucket); a big stage bucket, lent
 * to the workers in blocks, never admits more than its burst; a key created through one worker works on the
 * other at once (the write's configuration version is acknowledged by every worker before the answer);
 * `/metrics` sums both workers; a worker killed with SIGKILL is replaced (one log line) and nothing
 * acknowledged before or during the kill is lost; SIGTERM stops every process with exit status 0.
 * Counts only, no timing thresholds: every wait is bounded by a generous deadline.
 */
import { APIGatewayClient, GetApiKeyCommand, GetUsageCommand, UpdateStageCommand } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Agent } from 'undici';
import { utcDay } from '../../src/throttle/limiter.js';
import { hit, keyedApi, newKey, statuses } from '../helpers/keyed-api.js';
import { freePort, killAll, spawnTollgate, type ServerProcess } from '../helpers/process.js';
import { sdkClient } from '../helpers/tollgate.js';
import { freshSchema } from '../helpers/postgres.js';

const dir = mkdtempSync(join(tmpdir(), 'tollgate-workers-'));
let server: ServerProcess;
let client: APIGatewayClient;
/** Everything the primary and the workers wrote to stdout since the start (the helper keeps only the last 64 KiB). */
let log = '';

/** Resolves once `pred(log)` holds; fails after `ms` with the log. A guard against a hang, not a performance check. */
async function until(what: string, pred: (text: string) => boolean, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!pred(log)) {
    if (Date.now() > deadline) {
      const primary = log.split('\n').filter((l) => l.includes('"role":"primary"') || l.includes('tollgate listening'));
      throw new Error(`not seen within ${ms} ms: ${what}\n${primary.join('\n')}\n…\n${log.slice(-4000)}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The complete log lines (JSON) whose message starts with `msg`; the last line may still be arriving. */
const lines = (msg: string): Record<string, unknown>[] =>
  log
    .slice(0, log.lastIndexOf('\n'))
    .split('\n')
    .filter((l) => l.includes(`"msg":"${msg}`))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

/** 1,000 requests at once, each on a connection of its own (so that the primary deals them to both workers). */
async function burst(url: string, headers: Record<string, string> = {}, n = 1000): Promise<Record<string, number>> {
  const agent = new Agent({ connections: n, pipelining: 0 });
  try {
    // A request that fails (a connection refused under the load) is counted as such, so that a failure says so.
    const answers = await Promise.all(
      Array.from({ length: n }, async () => {
        try {
          const res = await fetch(url, { headers, dispatcher: agent } as RequestInit);
          await res.arrayBuffer();
          return res.status;
        } catch (e) {
          return `error: ${(e as Error).cause ? String((e as Error).cause) : String(e)}`;
        }
      }),
    );
    const out: Record<string, number> = {};
    for (const s of answers) out[s] = (out[s] ?? 0) + 1;
    return out;
  } finally {
    await agent.close();
  }
}

before(async () => {
  // TOLLGATE_TEST_STORE=postgres: the workers share a fresh PostgreSQL schema instead of the SQLite file (counters.db stays in the data dir).
  const store = process.env.TOLLGATE_TEST_STORE === 'postgres' ? ['--postgres', (await freshSchema()).url] : [];
  server = await spawnTollgate({ port: await freePort(), args: ['--workers', '2', '--data-dir', dir, '--tls-port', 'off', ...store] });
  log = server.output();
  const keep = (d: Buffer): void => void (log += d.toString());
  server.child.stdout!.on('data', keep);
  server.child.stderr!.on('data', keep);
  await until('both workers listening', (t) => t.includes('"msg":"tollgate workers listening"'));
  client = sdkClient(server.url);
});

after(async () => {
  client?.destroy();
  await killAll();
  rmSync(dir, { recursive: true, force: true });
});

describe('--workers 2', () => {
  it('admits exactly the quota of 100 out of 1,000 concurrent keyed requests spread over both workers', async () => {
    const api = await keyedApi(client, { plan: { quota: { limit: 100, period: 'DAY' } } });
    const before = lines('invoke').length;
    const counts = await burst(`${server.url}/_aws/execute-api/${api.apiId}/dev/`, { 'x-api-key': api.value });
    assert.deepEqual(counts, { 200: 100, 429: 900 });
    const served = lines('invoke').slice(before);
    const byWorker = new Set(served.map((l) => l.worker));
    assert.deepEqual([...byWorker].sort(), [1, 2], 'both workers served some of the requests');
    const today = utcDay(Date.now());
    const usage = await client.send(new GetUsageCommand({ usagePlanId: api.planId, keyId: api.keyId, startDate: today, endDate: today }));
    assert.deepEqual(usage.items?.[api.keyId], [[100, 0]]);
  });

  it('admits exactly a stage throttle burst of 40 (rate 0: no refill) out of 1,000 concurrent requests', async () => {
    const api = await keyedApi(client, { stages: ['dev'] });
    await client.send(
      new UpdateStageCommand({
        restApiId: api.apiId,
        stageName: 'dev',
        patchOperations: [
          { op: 'replace', path: '/*/*/throttling/rateLimit', value: '0' },
          { op: 'replace', path: '/*/*/throttling/burstLimit', value: '40' },
        ],
      }),
    );
    assert.deepEqual(await burst(`${server.url}/_aws/execute-api/${api.apiId}/dev/open`), { 200: 40, 429: 960 });
  });

  it('lends a stage burst of 600 (rate 0) to the workers in blocks, and never admits more than 600', async () => {
    // src/throttle/shared.ts: a bucket this big is lent in blocks of leaseBlock(600, 2) = 9 tokens, spent by each
    // worker without asking; the workers hold fewer than 2 × (1.5 × 9 + 1) = 29 tokens at once, which may stay unspent.
    const api = await keyedApi(client, { stages: ['dev'] });
    await client.send(
      new UpdateStageCommand({
        restApiId: api.apiId,
        stageName: 'dev',
        patchOperations: [
          { op: 'replace', path: '/*/*/throttling/rateLimit', value: '0' },
          { op: 'replace', path: '/*/*/throttling/burstLimit', value: '600' },
        ],
      }),
    );
    const url = `${server.url}/_aws/execute-api/${api.apiId}/dev/open`;
    const first = await burst(url);
    assert.deepEqual(Object.keys(first).sort(), ['200', '429'], JSON.stringify(first));
    assert.ok(first[200] <= 600 && first[200] >= 600 - 29, JSON.stringify(first));
    // Past LEASE_MS (1 s) the leases left are given back: still never more than the burst in all.
    await new Promise((r) => setTimeout(r, 1_100));
    const second = await burst(url, {}, 200);
    assert.ok(first[200] + (second[200] ?? 0) <= 600, `${JSON.stringify(first)} then ${JSON.stringify(second)}`);
  });

  it('serves a key created through one worker on every worker at once', async () => {
    const api = await keyedApi(client);
    for (let i = 0; i < 10; i++) {
      const { value } = await newKey(client, api.planId);
      // Each on a new connection: the primary deals connections to the workers in turn.
      const answers = await Promise.all(
        Array.from({ length: 4 }, () => hit(server.url, api.apiId, 'dev', '/', value, { connection: 'close' }).then((h) => h.status)),
      );
      assert.deepEqual(answers, [200, 200, 200, 200], `key ${i}`);
    }
  });

  it('sums both workers in /metrics', async () => {
    const api = await keyedApi(client);
    const agentCounts = await burst(`${server.url}/_aws/execute-api/${api.apiId}/dev/open`, {}, 200);
    assert.deepEqual(agentCounts, { 200: 200 });
    const text = await (await fetch(`${server.url}/metrics`)).text();
    const series = text.split('\n').filter((l) => l.startsWith('apigateway_Count{') && l.includes('ApiName="keyed"') && l.includes('Stage="dev"'));
    // Several APIs are named "keyed" in this file; the one just made is counted apart from the others only by total:
    // every 200 above is in some series, and the sum over all "keyed" APIs is every request they were sent.
    const total = series.reduce((sum, l) => sum + Number(l.slice(l.lastIndexOf(' ') + 1)), 0);
    // The workers' log lines reach this process through a pipe, maybe after the answers: waited for, bounded.
    const invokes = (): number => lines('invoke').filter((l) => l.stage === 'dev' && typeof l.apiId === 'string').length;
    await until(`the invoke lines of both workers = apigateway_Count over both (${total})`, () => invokes() >= total, 20_000);
    assert.equal(invokes(), total, `apigateway_Count over both workers = the invoke lines of both workers\n${series.join('\n')}`);
  });

  it('replaces a worker killed with SIGKILL, and loses nothing acknowledged before or during the kill', async () => {
    const pids = (lines('tollgate workers listening')[0].pids as number[]).slice();
    const api = await keyedApi(client);
    const acked: string[] = [];
    const killClient = new APIGatewayClient({
      endpoint: server.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' },
      maxAttempts: 1,
      requestHandler: { requestTimeout: 15_000 },
    });
    let admitted = 0;
    let stop = false;
    // Four writers creating keys and four readers spending the quota, until the replacement is up and 20 more keys were made.
    const writer = async (): Promise<void> => {
      while (!stop) {
        try {
          acked.push((await newKey(killClient)).keyId);
        } catch {
          /* the killed worker's connections: not acknowledged */
        }
      }
    };
    const reader = async (): Promise<void> => {
      while (!stop) {
        try {
          // Bounded: a request that never gets an answer is not acknowledged either, and must not hang the test.
          const res = await fetch(`${server.url}/_aws/execute-api/${api.apiId}/dev/`, {
            headers: { 'x-api-key': api.value },
            signal: AbortSignal.timeout(15_000),
          });
          await res.arrayBuffer();
          if (res.status === 200) admitted++;
        } catch {
          /* reset by the kill */
        }
      }
    };
    const loops = [...Array.from({ length: 4 }, writer), ...Array.from({ length: 4 }, reader)];
    try {
      const deadline = Date.now() + 50_000;
      while (acked.length < 20 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      process.kill(pids[1], 'SIGKILL');
      await until('the replacement listening', (t) => t.split('"msg":"tollgate listening"').length - 1 >= 3);
      const after = acked.length;
      while (acked.length < after + 20 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    } finally {
      stop = true;
      await Promise.all(loops);
      killClient.destroy();
    }
    const replaced = lines('worker 2 (pid');
    assert.equal(replaced.length, 1, 'one line from the primary');
    assert.match(String(replaced[0].msg), new RegExp(`^worker 2 \\(pid ${pids[1]}\\) exited \\(SIGKILL\\): starting another$`));
    assert.ok(acked.length >= 40);
    for (const id of acked) assert.equal((await client.send(new GetApiKeyCommand({ apiKey: id }))).id, id);
    const today = utcDay(Date.now());
    const usage = await client.send(new GetUsageCommand({ usagePlanId: api.planId, keyId: api.keyId, startDate: today, endDate: today }));
    const used = usage.items?.[api.keyId]?.[0]?.[0] ?? 0;
    // Every 200 was counted; a request admitted whose answer the kill cut off is counted too, and not seen here.
    assert.ok(used >= admitted && admitted > 0, `usage ${used}, 200s seen ${admitted}`);
    assert.deepEqual(statuses([await hit(server.url, api.apiId, 'dev', '/', api.value)]), { 200: 1 });
  });

  it('stops the primary and every worker on SIGTERM, with exit status 0', async () => {
    const pids = lines('tollgate listening')
      .map((l) => l.pid as number)
      .filter((p, i, all) => all.indexOf(p) === i);
    const exit = await server.stop('SIGTERM', 30_000);
    assert.deepEqual({ code: exit.code, signal: exit.signal }, { code: 0, signal: null });
    for (const pid of pids) assert.throws(() => process.kill(pid, 0), { code: 'ESRCH' }, `worker pid ${pid} is gone`);
    assert.equal(lines('stopping').filter((l) => l.signal === 'SIGTERM' && l.worker !== undefined).length, 2, 'both live workers drained');
  });
});
