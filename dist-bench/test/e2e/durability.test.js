/**
 * Crash durability of the real server process on a data dir with the default `--sync FULL`: 1,000
 * CreateRestApi calls through the SDK (4 in flight) while the process is SIGKILLed 20 times at random
 * moments and restarted on the same dir. Afterwards every create that was acknowledged (201) exists,
 * and nothing is half-written: each API has exactly its root resource (GetResources) and its two
 * default models (read from the database file, since GetModels is not implemented yet), and no child
 * row outlives its API. The moments are drawn from a seeded PRNG: the seed is printed, and
 * TOLLGATE_DURABILITY_SEED=<seed> replays the same schedule (timings still vary with the machine).
 */
import { CreateRestApiCommand, GetResourcesCommand, GetRestApisCommand } from '@aws-sdk/client-api-gateway';
import Database from 'better-sqlite3';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { freePort, killAll, spawnTollgate } from '../helpers/process.js';
import { sdkClient } from '../helpers/tollgate.js';
import { mulberry32 as prng } from '../helpers/model-samples.js';
const CREATES = 1000;
const KILLS = 20;
const IN_FLIGHT = 4;
const dir = mkdtempSync(join(tmpdir(), 'tollgate-durability-'));
const clients = [];
after(async () => {
    await killAll();
    for (const c of clients)
        c.destroy();
    rmSync(dir, { recursive: true, force: true });
});
// The timeout guards against a hang, not a performance check: 20 restarts on a loaded 2-core machine take time.
it(`keeps every acknowledged create, whole, through ${KILLS} SIGKILLs during ${CREATES} creates`, { timeout: 300_000 }, async (t) => {
    const seed = Number(process.env.TOLLGATE_DURABILITY_SEED ?? Math.floor(Math.random() * 2 ** 32));
    t.diagnostic(`seed ${seed} (replay: TOLLGATE_DURABILITY_SEED=${seed})`);
    console.log(`durability: seed ${seed} (replay: TOLLGATE_DURABILITY_SEED=${seed})`);
    const random = prng(seed);
    // Kill when the number of acknowledged creates reaches each of these, after a further random 0–25 ms.
    // One threshold drawn at random in each of KILLS equal stretches, so that all the kills fit in.
    const stretch = (CREATES - 40) / KILLS;
    const killAt = Array.from({ length: KILLS }, (_, k) => 20 + Math.floor(k * stretch + random() * stretch));
    const delays = killAt.map(() => Math.floor(random() * 26));
    const started = performance.now();
    const port = await freePort();
    const args = ['--data-dir', dir, '--sync', 'FULL', '--log-level', 'warn'];
    // The current server and a client for it; `up` resolves when a server is answering.
    let server;
    let client;
    let up;
    const boot = async () => {
        server = await spawnTollgate({ port, args });
        client = sdkClient(server.url);
        clients.push(client);
    };
    up = boot();
    await up;
    const acked = new Map();
    let failedAttempts = 0;
    let kills = 0;
    let killing = false;
    const unexpected = [];
    const maybeKill = () => {
        if (killing || kills >= KILLS || acked.size < killAt[kills])
            return;
        killing = true;
        const victim = server;
        setTimeout(() => {
            // From here on, a failing request waits for the next server.
            up = (async () => {
                const exit = await victim.stop('SIGKILL');
                assert.equal(exit.signal, 'SIGKILL', `server ${victim.pid} should die of SIGKILL: ${JSON.stringify(exit)}`);
                kills++;
                await boot();
                killing = false;
            })();
            up.catch((e) => unexpected.push(`restart failed: ${String(e)}`));
        }, delays[kills]);
    };
    let next = 0;
    const worker = async () => {
        while (next < CREATES && unexpected.length === 0) {
            const i = next++;
            for (;;) {
                await up;
                const current = client;
                try {
                    const res = await current.send(new CreateRestApiCommand({ name: `dur-${i}`, tags: { n: String(i) } }));
                    if (res.$metadata.httpStatusCode !== 201)
                        unexpected.push(`create ${i}: status ${res.$metadata.httpStatusCode}`);
                    acked.set(i, res);
                    maybeKill();
                    break;
                }
                catch (e) {
                    const err = e;
                    if (err.$metadata?.httpStatusCode) {
                        // The server answered with an error: that is a bug, not a crash.
                        unexpected.push(`create ${i}: ${err.$metadata.httpStatusCode} ${err.name}: ${err.message}`);
                        return;
                    }
                    failedAttempts++;
                    if (failedAttempts > 50 * KILLS) {
                        unexpected.push(`too many failed attempts; last: ${err.name}: ${err.message}`);
                        return;
                    }
                    // The connection broke (the server is being killed): retry once the next server is up.
                    if (current === client && !killing)
                        await new Promise((r) => setTimeout(r, 20));
                }
            }
        }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    await up;
    const createdMs = performance.now() - started;
    assert.deepEqual(unexpected, []);
    assert.equal(kills, KILLS, 'every planned kill happened');
    assert.equal(acked.size, CREATES);
    // Every acknowledged API is listed under its id with its name; extra APIs can only come from
    // attempts whose answer was lost in a kill.
    const listed = new Map();
    let position;
    do {
        const page = await client.send(new GetRestApisCommand({ limit: 500, position }));
        for (const item of page.items ?? [])
            listed.set(item.id, item);
        position = page.position;
    } while (position);
    for (const [i, api] of acked) {
        assert.equal(listed.get(api.id)?.name, `dur-${i}`, `acknowledged create ${i} (${api.id}) is missing`);
        assert.equal(listed.get(api.id)?.rootResourceId, api.rootResourceId);
    }
    const extra = listed.size - CREATES;
    assert.ok(extra >= 0 && extra <= failedAttempts, `${extra} unacknowledged APIs from ${failedAttempts} failed attempts`);
    // GetResources answers exactly the root resource for every API, acknowledged or not.
    const apis = [...listed.values()];
    let k = 0;
    await Promise.all(Array.from({ length: 8 }, async () => {
        while (k < apis.length) {
            const api = apis[k++];
            const res = await client.send(new GetResourcesCommand({ restApiId: api.id, limit: 500 }));
            assert.deepEqual(res.items, [{ id: api.rootResourceId, path: '/' }], `resources of ${api.id}`);
        }
    }));
    const stop = await server.stop('SIGTERM');
    assert.equal(stop.code, 0, server.output());
    // The database file itself: intact, every API has its root and both default models, no orphans.
    const db = new Database(join(dir, 'tollgate.db'), { readonly: true });
    try {
        assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
        const rows = db.prepare('SELECT kind, scope, id, body FROM entities').all();
        const restapis = new Map(rows.filter((r) => r.kind === 'restapi').map((r) => [r.id, JSON.parse(r.body)]));
        assert.equal(restapis.size, listed.size);
        const children = new Map();
        for (const r of rows) {
            if (r.kind === 'restapi') {
                assert.equal(r.scope, 'us-east-1');
                continue;
            }
            const m = /^us-east-1\/restapis\/([a-z0-9]+)$/.exec(r.scope);
            assert.ok(m, `unexpected ${r.kind} row in scope ${r.scope}`);
            assert.ok(restapis.has(m[1]), `orphan ${r.kind} ${r.id} of missing API ${m[1]}`);
            const c = children.get(m[1]) ?? { resources: [], models: [] };
            if (r.kind === 'resource')
                c.resources.push(r.id);
            else if (r.kind === 'model')
                c.models.push(r.id);
            else
                assert.fail(`unexpected kind ${r.kind}`);
            children.set(m[1], c);
        }
        for (const [id, api] of restapis) {
            const c = children.get(id);
            assert.deepEqual(c?.resources, [api.rootResourceId], `root resource of ${id}`);
            assert.deepEqual(c?.models.sort(), ['Empty', 'Error'], `default models of ${id}`);
        }
    }
    finally {
        db.close();
    }
    const totalMs = performance.now() - started;
    const summary = `${CREATES} creates acknowledged, ${KILLS} kills, ${failedAttempts} failed attempts, ${extra} unacknowledged APIs kept; ` +
        `creates ${(createdMs / 1000).toFixed(1)} s, total ${(totalMs / 1000).toFixed(1)} s`;
    t.diagnostic(summary);
});
//# sourceMappingURL=durability.test.js.map