/**
 * Instructions per request, counted by valgrind (callgrind): a measure that repeats within about 1 %
 * from run to run, for comparing two builds on a machine too noisy for timings (there, the same build's
 * CPU per request has been seen to move 5× between runs). The same small JSON through
 *   (c) Tollgate HTTP_PROXY, (d) Tollgate MOCK with a response template, (f) the bare Node + undici proxy
 * of bench/data-plane.ts. Only the user-space instructions of the process under test are counted (the
 * kernel's part, the same syscalls for any Node proxy, is not), and only while `--requests` requests run,
 * after a warm-up of 3,000 that lets the JIT settle. Caches, memory and the kernel are not in the figure:
 * a change that saves instructions saves time only as far as those do not dominate.
 *
 *   npm run bench:instructions [-- --requests 2000 --dist DIR]
 *
 * `--dist DIR` also measures another build's Tollgate (the `dist` folder of a built checkout), for A/B.
 * Needs valgrind and h2load (Debian packages `valgrind`, `nghttp2-client`); 127.0.0.1 only; each target
 * takes about a minute.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort, MAIN_JS } from '../test/helpers/process.js';
import { killChildren, pinned, waitFor } from './lib/processes.js';
import { instructionsPerRequest, requireTools, waitLong, WARM_UP } from './lib/callgrind.js';
import { BACKEND_SRC, BARE_PROXY_SRC, setupApis } from './lib/targets.js';
const { values: opt } = parseArgs({ options: { requests: { type: 'string', default: '2000' }, dist: { type: 'string' } } });
const REQUESTS = Math.min(Math.max(Number(opt.requests), 100), 20_000);
async function main() {
    requireTools();
    const dir = mkdtempSync(join(tmpdir(), 'tollgate-instructions-'));
    try {
        const backendPort = await freePort();
        writeFileSync(join(dir, 'backend.cjs'), BACKEND_SRC);
        writeFileSync(join(dir, 'bare-proxy.cjs'), BARE_PROXY_SRC);
        pinned(1, process.execPath, [join(dir, 'backend.cjs'), String(backendPort)]);
        const backend = `http://127.0.0.1:${backendPort}`;
        await waitFor(`${backend}/`);
        const tollgate = (main) => (port) => [
            main,
            'serve',
            '--memory',
            '--host',
            '127.0.0.1',
            '--port',
            String(port),
            '--log-level',
            'warn',
            '--account-rate-limit',
            '1000000',
            '--account-burst-limit',
            '1000000',
            '--tls-port',
            'off',
        ];
        const api = (which) => async (base) => {
            await waitLong(`${base}/restapis`);
            const ids = await setupApis(base, backend, false);
            return which === 'proxy' ? `${base}/_aws/execute-api/${ids.proxy}/bench/item` : `${base}/_aws/execute-api/${ids.mock}/bench/`;
        };
        const builds = [['this build', MAIN_JS]];
        if (opt.dist)
            builds.push([`--dist ${opt.dist}`, join(resolve(opt.dist), 'src', 'main.js')]);
        const rows = [];
        const bare = await instructionsPerRequest(REQUESTS, dir, (port) => [join(dir, 'bare-proxy.cjs'), String(port), String(backendPort), createRequire(import.meta.url).resolve('undici')], async (base) => {
            await waitLong(`${base}/`);
            return `${base}/`;
        });
        rows.push(['(f) bare Node + undici proxy', bare]);
        for (const [label, main] of builds) {
            rows.push([`(c) Tollgate HTTP_PROXY, ${label}`, await instructionsPerRequest(REQUESTS, dir, tollgate(main), api('proxy'))]);
            rows.push([`(d) Tollgate MOCK + template, ${label}`, await instructionsPerRequest(REQUESTS, dir, tollgate(main), api('mock'))]);
        }
        console.log(`\nInstructions per request (valgrind callgrind, user space of the process under test, ${REQUESTS} requests after ${WARM_UP} of warm-up)`);
        console.log('target'.padEnd(48), 'instructions'.padStart(13), '× bare proxy'.padStart(13));
        for (const [name, n] of rows)
            console.log(name.padEnd(48), Math.round(n).toLocaleString('en-US').padStart(13), (n / bare).toFixed(2).padStart(13));
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
//# sourceMappingURL=instructions.js.map