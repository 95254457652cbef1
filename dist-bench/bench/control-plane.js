/**
 * Control-plane benchmark: starts the real `tollgate serve` process (once with --memory, once on a
 * temp data dir with the default --sync FULL, and with `--modes …,postgres` on a fresh schema of the
 * PostgreSQL server the tests use, TOLLGATE_TEST_POSTGRES, default postgres://postgres@127.0.0.1:5432/postgres,
 * dropped afterwards) on 127.0.0.1 and measures, over keep-alive HTTP with
 * ~16 requests in flight:
 *   - CreateRestApi     (10,000 APIs; each is one transaction writing the API, its root resource and 2 models)
 *   - GetRestApi        (10,000 lookups of random ids)
 *   - GetRestApis       (3 full passes over all APIs with limit 500, then limit 25; one page at a time)
 * and the server's resident memory (VmRSS) before and after. Every phase is bounded in count and
 * time (a phase that hits its time bound reports what it did, marked "partial").
 *
 *   npm run bench:control-plane [-- --creates 10000 --concurrency 16 --modes memory,file,postgres --phase-seconds 120]
 *
 * Requests are unsigned raw HTTP (the region defaults to us-east-1), not the SDK: on a small machine
 * the SDK's own CPU cost would be measured instead of the server's. Request logging is off
 * (--log-level warn) for the same reason.
 */
import { Agent, request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort, killAll, rssKiB, spawnTollgate } from '../test/helpers/process.js';
import { mulberry32 as prng } from '../test/helpers/model-samples.js';
import { admin, PG_URL, withSchema } from '../test/helpers/postgres.js';
const { values: opt } = parseArgs({
    options: {
        creates: { type: 'string', default: '10000' },
        gets: { type: 'string', default: '10000' },
        concurrency: { type: 'string', default: '16' },
        modes: { type: 'string', default: 'memory,file' },
        'phase-seconds': { type: 'string', default: '120' },
        seed: { type: 'string', default: '42' },
    },
});
const CREATES = Math.min(Number(opt.creates), 100_000);
const GETS = Math.min(Number(opt.gets), 100_000);
const CONCURRENCY = Math.min(Math.max(Number(opt.concurrency), 1), 64);
const PHASE_MS = Math.min(Number(opt['phase-seconds']), 600) * 1000;
const MODES = opt.modes.split(',').filter((m) => m === 'memory' || m === 'file' || m === 'postgres');
function call(agent, port, method, path, body) {
    return new Promise((resolve, reject) => {
        const req = request({
            host: '127.0.0.1',
            port,
            method,
            path,
            agent,
            headers: body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
            res.on('error', reject);
        });
        req.setTimeout(30_000, () => req.destroy(new Error(`${method} ${path}: no answer in 30 s`)));
        req.on('error', reject);
        req.end(body);
    });
}
/** Runs `op(i)` for i in [0, count) with `concurrency` in flight, until done or the deadline. */
async function phase(name, count, concurrency, op) {
    const latencies = [];
    const started = performance.now();
    const deadline = started + PHASE_MS;
    let next = 0;
    await Promise.all(Array.from({ length: concurrency }, async () => {
        while (next < count && performance.now() < deadline) {
            const i = next++;
            const t0 = performance.now();
            await op(i);
            latencies.push(performance.now() - t0);
        }
    }));
    const ms = performance.now() - started;
    latencies.sort((a, b) => a - b);
    const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
    return { name, ops: latencies.length, ms, p50: q(0.5), p99: q(0.99), partial: latencies.length < count };
}
const expect = (r, status, what) => {
    if (r.status !== status)
        throw new Error(`${what}: expected ${status}, got ${r.status} ${r.body.slice(0, 300)}`);
};
async function runMode(mode) {
    const port = await freePort();
    const dir = mode === 'memory' ? undefined : mkdtempSync(join(tmpdir(), 'tollgate-bench-'));
    const schema = mode === 'postgres' ? `tollgate_bench_${process.pid}` : undefined;
    let storeArgs = ['--memory'];
    if (mode === 'file')
        storeArgs = ['--data-dir', dir, '--sync', 'FULL'];
    if (schema) {
        await admin(`CREATE SCHEMA ${schema}`);
        storeArgs = ['--data-dir', dir, '--postgres', withSchema(PG_URL, schema)];
    }
    const args = [...storeArgs, '--log-level', 'warn'];
    const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    let server;
    try {
        server = await spawnTollgate({ port, args });
        // Let the freshly started process settle before the first reading.
        await new Promise((r) => setTimeout(r, 500));
        const rssBefore = await rssKiB(server.pid);
        const results = [];
        const ids = [];
        results.push(await phase('CreateRestApi', CREATES, CONCURRENCY, async (i) => {
            const r = await call(agent, port, 'POST', '/restapis', JSON.stringify({ name: `bench-${i}`, description: 'benchmark API' }));
            expect(r, 201, 'CreateRestApi');
            ids.push(JSON.parse(r.body).id);
        }));
        const random = prng(Number(opt.seed));
        results.push(await phase('GetRestApi (random id)', GETS, CONCURRENCY, async () => {
            const id = ids[Math.floor(random() * ids.length)];
            expect(await call(agent, port, 'GET', `/restapis/${id}`), 200, 'GetRestApi');
        }));
        const PASSES = 3;
        for (const limit of [500, 25]) {
            // Full passes over every API, a page at a time (each page needs the previous position).
            const pages = PASSES * Math.ceil(ids.length / limit);
            let position;
            let seen = 0;
            const r = await phase(`GetRestApis (limit ${limit}, pages)`, pages, 1, async () => {
                const q = `/restapis?limit=${limit}${position ? `&position=${encodeURIComponent(position)}` : ''}`;
                const reply = await call(agent, port, 'GET', q);
                expect(reply, 200, 'GetRestApis');
                const page = JSON.parse(reply.body);
                seen += page.item?.length ?? 0;
                position = page.position;
            });
            if (!r.partial && (seen !== PASSES * ids.length || position !== undefined))
                throw new Error(`paging with limit ${limit} saw ${seen} of ${PASSES} × ${ids.length} APIs`);
            r.note = `${PASSES} full passes: ${Math.round(seen / (r.ms / 1000))} items/s, ${(r.ms / PASSES / 1000).toFixed(2)} s per pass over ${ids.length}`;
            results.push(r);
        }
        const rssAfter = await rssKiB(server.pid);
        const stop = await server.stop('SIGTERM');
        if (stop.code !== 0)
            throw new Error(`server exited ${JSON.stringify(stop)}: ${server.output()}`);
        return { mode, results, rssBefore, rssAfter };
    }
    finally {
        agent.destroy();
        await killAll();
        if (dir)
            rmSync(dir, { recursive: true, force: true });
        if (schema)
            await admin(`DROP SCHEMA ${schema} CASCADE`);
    }
}
async function main() {
    const date = new Date().toISOString().slice(0, 10);
    console.log(`Tollgate control-plane benchmark, ${date}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}`);
    console.log(`${CREATES} creates, ${GETS} gets, ${CONCURRENCY} in flight, phases bounded to ${PHASE_MS / 1000} s\n`);
    const rows = [];
    const mem = [];
    for (const mode of MODES) {
        const label = mode === 'file' ? 'file, sync FULL' : mode === 'postgres' ? 'PostgreSQL' : 'memory';
        console.error(`running ${label} …`);
        const { results, rssBefore, rssAfter } = await runMode(mode);
        for (const r of results) {
            const perSec = Math.round(r.ops / (r.ms / 1000));
            rows.push(`| ${label} | ${r.name} | ${r.ops}${r.partial ? ' (partial)' : ''} | ${perSec} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.note ?? ''} |`);
        }
        mem.push(`| ${label} | ${(rssBefore / 1024).toFixed(0)} MiB | ${(rssAfter / 1024).toFixed(0)} MiB |`);
    }
    console.log('| Store | Operation | Count | Per second | p50 ms | p99 ms | Notes |');
    console.log('|---|---|---|---|---|---|---|');
    for (const r of rows)
        console.log(r);
    console.log('\n| Store | Server RSS at start | after the run |');
    console.log('|---|---|---|');
    for (const m of mem)
        console.log(m);
}
const overall = setTimeout(() => {
    console.error('benchmark exceeded its overall time bound');
    void killAll().then(() => process.exit(1));
}, MODES.length * 5 * PHASE_MS + 60_000);
overall.unref();
main().then(() => clearTimeout(overall), async (e) => {
    console.error(e);
    await killAll();
    process.exit(1);
});
//# sourceMappingURL=control-plane.js.map