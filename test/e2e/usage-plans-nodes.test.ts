/**
 * Several Tollgate nodes, one state: two `tollgate serve` processes sharing one SQLite database (WAL)
 * and one Redis (127.0.0.1:6379, which CI's .ci/run starts; without it this file fails, it never
 * skips). A key created through node 1 works on node 2 within a second (the store's 250 ms
 * configuration-version cache), and the Redis counters admit exactly the quota and the burst in
 * total. Then Redis going away under load: the documented 503 (or, with --redis-failure open,
 * uncounted admission), and recovery without restarting Tollgate once Redis is back.
 */
import { GetUsageCommand, UpdateApiKeyCommand, UpdateUsageCommand, type APIGatewayClient } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { Redis } from 'ioredis';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { utcDay } from '../../src/throttle/limiter.js';
import { hit, keyedApi, LIMIT_EXCEEDED, newKey, pick, statuses, type Hit } from '../helpers/keyed-api.js';
import { freePort, killAll, spawnTollgate, type ServerProcess } from '../helpers/process.js';
import { sdkClient, sdkError, startTollgate, type TestServer } from '../helpers/tollgate.js';

const REDIS_URL = process.env.TOLLGATE_TEST_REDIS ?? 'redis://127.0.0.1:6379';
// Several servers on fixed ports on one machine: no default HTTPS listener each (unknown to builds without TLS, then ignored).
process.env.TOLLGATE_TLS_PORT ??= 'off';
const dirs: string[] = [];
const clients: APIGatewayClient[] = [];
const redisChildren = new Set<ChildProcess>();
/** Plans made against the shared Redis: their quota and usage keys are deleted at the end. */
const sharedPlans: string[] = [];
after(async () => {
  const r = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await r.connect();
    for (const plan of sharedPlans) {
      for (const pattern of [`tollgate:q:${plan}:*`, `tollgate:u:${plan}:*`]) {
        let cursor = '0';
        do {
          const [next, keys] = await r.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
          if (keys.length) await r.del(...keys);
          cursor = next;
        } while (cursor !== '0');
      }
    }
  } finally {
    r.disconnect();
  }
  for (const c of clients) c.destroy();
  await killAll();
  for (const r of redisChildren) r.kill('SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const canConnect = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const s = createConnection({ host: '127.0.0.1', port }, () => {
      s.end();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
/** A fresh account per server, so that no other test's traffic shares its account bucket in Redis. */
const account = (): string => String(randomInt(1e11, 1e12 - 1)).padStart(12, '0');
const today = (): string => utcDay(Date.now());

describe('two nodes sharing the database and Redis', () => {
  let nodes: ServerProcess[];
  let c1: APIGatewayClient;
  let c2: APIGatewayClient;
  before(async () => {
    const u = new URL(REDIS_URL);
    assert.ok(await canConnect(Number(u.port || 6379)), `Redis is required at ${REDIS_URL} (redis-server --save '' --appendonly no)`);
    const dir = mkdtempSync(join(tmpdir(), 'tollgate-nodes-'));
    dirs.push(dir);
    const acct = account();
    // A loaded machine can hold a Redis answer past the 1 s default: here exactness is proven, not outages.
    const args = ['--data-dir', dir, '--redis', REDIS_URL, '--redis-timeout', '10000', '--account-id', acct, '--log-level', 'warn'];
    // One after the other: a port from freePort() is only reserved once its server listens.
    nodes = [await spawnTollgate({ port: await freePort(), args })];
    nodes.push(await spawnTollgate({ port: await freePort(), args }));
    c1 = sdkClient(nodes[0].url);
    c2 = sdkClient(nodes[1].url);
    clients.push(c1, c2);
  });

  it('a key created (or disabled) through node 1 takes effect on node 2 within one second', async (t) => {
    const k = await keyedApi(c1, {});
    sharedPlans.push(k.planId);
    // The API itself reached node 2 the same way; wait for it before timing the key.
    for (let i = 0; (await hit(nodes[1].url, k.apiId, 'dev', '/open')).status !== 200; i++) {
      assert.ok(i < 100, 'node 2 never served the API');
      await new Promise((r) => setTimeout(r, 20));
    }
    const fresh = await newKey(c1, k.planId);
    const created = performance.now();
    let first: Hit;
    while ((first = await hit(nodes[1].url, k.apiId, 'dev', '/', fresh.value)).status !== 200) {
      assert.equal(first.status, 403);
      assert.ok(performance.now() - created < 1000, 'node 2 did not accept the new key within 1 s');
      await new Promise((r) => setTimeout(r, 10));
    }
    const accepted = performance.now() - created;
    await c1.send(new UpdateApiKeyCommand({ apiKey: fresh.keyId, patchOperations: [{ op: 'replace', path: '/enabled', value: 'false' }] }));
    const disabled = performance.now();
    while ((await hit(nodes[1].url, k.apiId, 'dev', '/', fresh.value)).status !== 403) {
      assert.ok(performance.now() - disabled < 1000, 'node 2 still accepted the disabled key after 1 s');
      await new Promise((r) => setTimeout(r, 10));
    }
    assert.ok(accepted < 1000, `accepted after ${accepted.toFixed(0)} ms`);
    t.diagnostic(
      `node 2 accepted the key ${accepted.toFixed(0)} ms after node 1 created it, refused it ${(performance.now() - disabled).toFixed(0)} ms after it was disabled`,
    );
  });

  it('admit exactly the quota across both nodes: 1,000 concurrent requests → 100 × 200, 900 × 429 Limit Exceeded', async (t) => {
    const k = await keyedApi(c1, { plan: { quota: { limit: 100, period: 'DAY' } } });
    sharedPlans.push(k.planId);
    await waitServed(nodes[1], k.apiId, k.value);
    await waitServed(nodes[0], k.apiId, k.value);
    // waitServed used 2 of the 100: give them back so the proof starts from a full quota.
    await c1.send(
      new UpdateUsageCommand({
        usagePlanId: k.planId,
        keyId: k.keyId,
        patchOperations: [{ op: 'replace', path: '/remaining', value: '100' }],
      }),
    );
    const hits = await Promise.all(Array.from({ length: 1000 }, (_, i) => hit(nodes[i % 2].url, k.apiId, 'dev', '/', k.value)));
    assert.deepEqual(statuses(hits), { 200: 100, 429: 900 });
    for (const h of hits.filter((x) => x.status === 429)) assert.deepEqual(pick(h), LIMIT_EXCEEDED);
    // Counting alone, each node would have admitted 100 (200 in all); how the 100 split between them
    // depends on scheduling (one node may take them all), so it is reported, not asserted.
    const admittedPerNode = [0, 1].map((n) => hits.filter((h, i) => i % 2 === n && h.status === 200).length);
    t.diagnostic(`admitted by node 1 / node 2: ${admittedPerNode.join(' / ')}`);
    // Either node reports the same, exact usage.
    for (const c of [c1, c2]) {
      assert.deepEqual((await c.send(new GetUsageCommand({ usagePlanId: k.planId, startDate: today(), endDate: today() }))).items, {
        [k.keyId]: [[102, 0]],
      });
    }
  });

  it('share the buckets: exactly burstLimit requests pass across both nodes', async () => {
    const k = await keyedApi(c1, { plan: { throttle: { rateLimit: 0.001, burstLimit: 12 } } });
    sharedPlans.push(k.planId);
    const other = await newKey(c1, k.planId); // the readiness probe spends this key's tokens, not k's
    await waitServed(nodes[1], k.apiId, other.value);
    await waitServed(nodes[0], k.apiId, other.value);
    const hits = await Promise.all(Array.from({ length: 40 }, (_, i) => hit(nodes[i % 2].url, k.apiId, 'dev', '/', k.value)));
    assert.deepEqual(statuses(hits), { 200: 12, 429: 28 });
  });
});

/** Waits until `node` serves the keyed method for `value` (one admitted request). */
async function waitServed(node: ServerProcess, apiId: string, value: string): Promise<void> {
  for (let i = 0; ; i++) {
    const h = await hit(node.url, apiId, 'dev', '/', value);
    if (h.status === 200) return;
    assert.ok(i < 100, `${node.url} never admitted the key: ${h.status} ${h.text}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('Redis going away under load', () => {
  let port: number;
  let redis: ChildProcess | undefined;
  const startRedis = async (): Promise<void> => {
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    redisChildren.add(redis);
    const r = redis;
    r.once('exit', () => redisChildren.delete(r));
    for (let i = 0; !(await canConnect(port)); i++) {
      assert.ok(i < 200, 'redis-server did not start');
      await new Promise((res) => setTimeout(res, 10));
    }
  };
  const stopRedis = async (): Promise<void> => {
    const r = redis!;
    if (r.exitCode !== null || r.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      r.once('exit', () => resolve());
      r.kill('SIGKILL');
    });
  };

  it('answers 503 Service Unavailable (closed, the default) or admits uncounted (open), and recovers once Redis is back', async (t) => {
    port = await freePort();
    await startRedis();
    const url = `redis://127.0.0.1:${port}`;
    const servers: TestServer[] = [];
    try {
      const closed = await startTollgate(['--redis', url, '--account-id', account()]);
      servers.push(closed);
      const open = await startTollgate(['--redis', url, '--redis-failure', 'open', '--account-id', account()]);
      servers.push(open);
      const kc = await keyedApi(closed.client, { plan: { quota: { limit: 1_000_000, period: 'DAY' } } });
      const ko = await keyedApi(open.client, { plan: { quota: { limit: 1_000_000, period: 'DAY' } } });

      // Load: 8 loops per server, each request's (time, status) kept.
      const log: { server: 'closed' | 'open'; at: number; hit: Hit }[] = [];
      let running = true;
      const loop = async (server: 'closed' | 'open'): Promise<void> => {
        const [s, k] = server === 'closed' ? [closed, kc] : [open, ko];
        while (running) log.push({ server, at: performance.now(), hit: await hit(s.app.url, k.apiId, 'dev', '/', k.value) });
      };
      const loops = [...Array.from({ length: 8 }, () => loop('closed')), ...Array.from({ length: 4 }, () => loop('open'))];
      const until = async (what: string, pred: () => boolean, ms: number): Promise<number> => {
        const start = performance.now();
        while (!pred()) {
          assert.ok(performance.now() - start < ms, `${what} did not happen within ${ms} ms`);
          await new Promise((r) => setTimeout(r, 10));
        }
        return performance.now() - start;
      };
      const since = (t: number, server: 'closed' | 'open') => log.filter((e) => e.at >= t && e.server === server);
      try {
        await until('traffic', () => log.filter((e) => e.hit.status === 200).length > 50, 30_000);
        assert.ok(
          log.every((e) => e.hit.status === 200),
          'all admitted while Redis is up',
        );

        await stopRedis();
        const down = performance.now();
        // Deadlines here are generous waits, not measurements (a loaded 2-core machine stretches every step);
        // the outage windows are counted from the first refusal seen, not from the kill.
        await until('a 503 from the closed server', () => since(down, 'closed').some((e) => e.hit.status === 503), 30_000);
        const settled = performance.now() + 1500;
        const refused = since(down, 'closed').find((e) => e.hit.status === 503)!.hit;
        assert.deepEqual(pick(refused), {
          status: 503,
          json: { message: 'Service Unavailable' },
          errorType: 'InternalServerErrorException',
        });
        await until('requests on the open server', () => since(settled, 'open').length > 20, 30_000);
        assert.ok(
          since(settled, 'open').every((e) => e.hit.status === 200),
          'open: admitted during the outage',
        );
        assert.ok(
          since(settled, 'closed').every((e) => e.hit.status === 503),
          'closed: refused during the outage',
        );
        assert.deepEqual(await sdkError(closed.client.send(new GetUsageCommand({ usagePlanId: kc.planId, startDate: today(), endDate: today() }))), {
          name: 'ServiceUnavailableException',
          message: 'Service Unavailable',
          status: 503,
        });

        await startRedis();
        const back = performance.now();
        const recovered = await until('admissions after Redis returned', () => since(back, 'closed').some((e) => e.hit.status === 200), 30_000);
        t.diagnostic(
          `first 503 ${(log.find((e) => e.at >= down && e.hit.status === 503)!.at - down).toFixed(0)} ms after Redis died; first admission ${recovered.toFixed(0)} ms after it returned`,
        );
        // And counting again: usage is recorded in the new (empty) Redis.
        await until('usage recorded again', () => since(back + recovered, 'closed').filter((e) => e.hit.status === 200).length > 10, 30_000);
      } finally {
        running = false;
        await Promise.all(loops);
      }
      const after = await closed.client.send(new GetUsageCommand({ usagePlanId: kc.planId, startDate: today(), endDate: today() }));
      assert.ok(after.items![kc.keyId][0][0] > 0, 'usage counted after recovery');
    } finally {
      for (const s of servers) await s.close();
      await stopRedis();
    }
  });
});
