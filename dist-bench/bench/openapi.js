/**
 * OpenAPI import benchmark: ImportRestApi of documents of about 1 MB and 5 MB (generated: OpenAPI
 * 3.0 with paths, query parameters, named and inline schemas, HTTP_PROXY and MOCK integrations)
 * (the 1 MB one also as YAML, which is parsed in a worker thread) and of the largest real-world
 * fixture (test/fixtures/openapi/osf.json, 789 KB), each into a
 * freshly started `tollgate serve` (so that its peak memory belongs to that import alone). Per
 * document: import time, what was created, the server's resident memory before and after and its
 * peak (VmHWM), and the worst latency of small GetRestApis requests sent every few milliseconds
 * while the import runs — the import is built in slices and written in one transaction, and this
 * shows how long other requests wait.
 *
 *   npm run bench:openapi [-- --sizes 1,5 --modes memory,file --repeats 3]
 *
 * Requests are raw unsigned HTTP on 127.0.0.1 (the SDK's own CPU cost is not the server's).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify as toYaml } from 'yaml';
import { freePort, killAll, rssKiB, spawnTollgate } from '../test/helpers/process.js';
import { fixturesDir } from '../test/services/apigateway/openapi/helpers.js';
import { documentOf, generate } from './lib/openapi-doc.js';
import { median } from './lib/processes.js';
const { values: opt } = parseArgs({
    options: {
        sizes: { type: 'string', default: '1,5' },
        modes: { type: 'string', default: 'memory,file' },
        repeats: { type: 'string', default: '3' },
        'probe-ms': { type: 'string', default: '5' },
    },
});
const SIZES_MB = opt.sizes
    .split(',')
    .map(Number)
    .filter((n) => n > 0 && n <= 6);
const MODES = opt.modes.split(',').filter((m) => m === 'memory' || m === 'file');
const REPEATS = Math.min(Math.max(Number(opt.repeats), 1), 10);
const PROBE_MS = Math.max(Number(opt['probe-ms']), 1);
// The servers measured here need no HTTPS listener (whose fixed default port could clash with other servers on the machine).
process.env.TOLLGATE_TLS_PORT ??= 'off';
function call(agent, port, method, path, body) {
    return new Promise((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, method, path, agent, headers: body ? { 'content-length': body.length } : {} }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
            res.on('error', reject);
        });
        req.setTimeout(120_000, () => req.destroy(new Error(`${method} ${path}: no answer in 120 s`)));
        req.on('error', reject);
        req.end(body);
    });
}
async function vm(pid) {
    const { readFile } = await import('node:fs/promises');
    const s = await readFile(`/proc/${pid}/status`, 'utf8');
    return { rss: Number(/^VmRSS:\s+(\d+)/m.exec(s)[1]), hwm: Number(/^VmHWM:\s+(\d+)/m.exec(s)[1]) };
}
async function runOne(label, body, mode) {
    const port = await freePort();
    const dir = mode === 'file' ? mkdtempSync(join(tmpdir(), 'tollgate-bench-oas-')) : undefined;
    const agent = new Agent({ keepAlive: true, maxSockets: 4 });
    try {
        const server = await spawnTollgate({
            port,
            args: [...(dir ? ['--data-dir', dir, '--sync', 'FULL'] : ['--memory']), '--log-level', 'warn'],
        });
        // Warm the request path (and the model validator) before measuring.
        const warm = await call(agent, port, 'POST', '/restapis?mode=import', Buffer.from(JSON.stringify(generate(2))));
        if (warm.status !== 201)
            throw new Error(`warm-up import: ${warm.status} ${warm.body.slice(0, 300)}`);
        await new Promise((r) => setTimeout(r, 300));
        const before = await vm(server.pid);
        let importing = true;
        const latencies = [];
        let probeError;
        const prober = (async () => {
            while (importing) {
                const t0 = performance.now();
                const r = await call(agent, port, 'GET', '/restapis?limit=1');
                if (r.status !== 200)
                    throw new Error(`probe: ${r.status}`);
                latencies.push(performance.now() - t0);
                await new Promise((res) => setTimeout(res, PROBE_MS));
            }
        })().catch((e) => {
            probeError = e;
        });
        const started = performance.now();
        const reply = await call(agent, port, 'POST', '/restapis?mode=import', body).catch((e) => {
            throw new Error(`${label}: import failed (${e.message}); server output:\n${server.output()}`);
        });
        const ms = performance.now() - started;
        importing = false;
        await prober;
        if (probeError)
            throw new Error(`${label}: a probe failed (${String(probeError)}); server output:\n${server.output()}`);
        if (reply.status !== 201)
            throw new Error(`${label}: import answered ${reply.status} ${reply.body.slice(0, 500)}`);
        const id = JSON.parse(reply.body).id;
        const after = await vm(server.pid);
        let resources = 0;
        let methods = 0;
        let position;
        do {
            const page = JSON.parse((await call(agent, port, 'GET', `/restapis/${id}/resources?limit=500${position ? `&position=${encodeURIComponent(position)}` : ''}`)).body);
            for (const r of page.item ?? []) {
                resources++;
                methods += Object.keys(r.resourceMethods ?? {}).length;
            }
            position = page.position;
        } while (position);
        let models = 0;
        position = undefined;
        do {
            const page = JSON.parse((await call(agent, port, 'GET', `/restapis/${id}/models?limit=500${position ? `&position=${encodeURIComponent(position)}` : ''}`)).body);
            models += page.item?.length ?? 0;
            position = page.position;
        } while (position);
        await server.stop('SIGTERM');
        return {
            ms,
            resources,
            methods,
            models,
            rssBefore: before.rss,
            rssAfter: after.rss,
            peak: after.hwm,
            probeMax: Math.max(0, ...latencies),
            probes: latencies.length,
        };
    }
    finally {
        agent.destroy();
        await killAll();
        if (dir)
            rmSync(dir, { recursive: true, force: true });
    }
}
const mib = (kib) => `${(kib / 1024).toFixed(0)}`;
async function main() {
    await rssKiB(process.pid); // fails early where /proc is missing
    console.log(`Tollgate OpenAPI import benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}`);
    console.log(`median of ${REPEATS} runs per row; a fresh server per run; GetRestApis probe every ${PROBE_MS} ms during the import\n`);
    const docs = SIZES_MB.map((mb) => [`generated ~${mb} MB`, documentOf(mb)]);
    if (SIZES_MB.includes(1))
        docs.push(['generated ~1 MB as YAML', Buffer.from(toYaml(JSON.parse(documentOf(1).toString())))]);
    docs.push(['osf.json (real, 789 KB)', readFileSync(join(fixturesDir(), 'osf.json'))]);
    console.log('| Store | Document | Size | Resources / methods / models | Import ms | RSS before → after MiB | Peak RSS MiB | GetRestApis during import: count, worst ms |');
    console.log('|---|---|---|---|---|---|---|---|');
    for (const mode of MODES) {
        for (const [label, body] of docs) {
            const runs = [];
            for (let i = 0; i < REPEATS; i++) {
                console.error(`${mode}: ${label} run ${i + 1}/${REPEATS} …`);
                runs.push(await runOne(label, body, mode));
            }
            const r = runs[0];
            console.log(`| ${mode === 'file' ? 'file, sync FULL' : 'memory'} | ${label} | ${(body.length / 1e6).toFixed(2)} MB | ${r.resources} / ${r.methods} / ${r.models} | ${median(runs.map((x) => x.ms)).toFixed(0)} | ${mib(median(runs.map((x) => x.rssBefore)))} → ${mib(median(runs.map((x) => x.rssAfter)))} | ${mib(median(runs.map((x) => x.peak)))} | ${median(runs.map((x) => x.probes))}, ${median(runs.map((x) => x.probeMax)).toFixed(0)} |`);
        }
    }
}
const overall = setTimeout(() => {
    console.error('benchmark exceeded its overall time bound');
    void killAll().then(() => process.exit(1));
}, 20 * 60_000);
overall.unref();
main().then(() => clearTimeout(overall), async (e) => {
    console.error(e);
    await killAll();
    process.exit(1);
});
//# sourceMappingURL=openapi.js.map