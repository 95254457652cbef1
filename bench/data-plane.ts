/**
 * Data-plane benchmark. In one run, the same small JSON response through:
 *   (a) the backend directly, (b) nginx as a reverse proxy, (c) Tollgate HTTP_PROXY,
 *   (d) Tollgate MOCK with a response template, (e) Tollgate HTTP_PROXY in an API of 1,000 resources,
 *   and, for reference, (f) a bare Node + undici reverse proxy (the floor of any Node proxy),
 * measured with wrk at saturation (requests/s), then at a fixed rate of about half the backend's
 * capacity with an open-loop generator, h2load (p50 / p99 latency). The process under test (nginx or
 * Tollgate) is pinned to core 0; wrk, the generator and the backend to core 1 (`taskset`). Each
 * saturation run is repeated and the median kept: shared machines are noisy.
 *
 *   npm run bench:data-plane [-- --seconds 8 --repeats 3 --connections 64]
 *
 * Needs wrk, nginx and h2load (Debian packages `wrk`, `nginx-light`, `nghttp2-client`); 127.0.0.1
 * only; bounded in time.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort, MAIN_JS } from '../test/helpers/process.js';
import { groupCpuMs, killChildren, median, pinned, runMain, serveArgs, waitFor, wrk as runWrk } from './lib/processes.js';
import { BACKEND_SRC, BARE_PROXY_SRC, setupApis } from './lib/targets.js';

const { values: opt } = parseArgs({
  options: {
    seconds: { type: 'string', default: '8' },
    repeats: { type: 'string', default: '3' },
    connections: { type: 'string', default: '64' },
    'rate-seconds': { type: 'string', default: '6' },
  },
});
const SECONDS = Math.min(Number(opt.seconds), 60);
const REPEATS = Math.min(Number(opt.repeats), 9);
const CONNECTIONS = Math.min(Number(opt.connections), 512);
const RATE_SECONDS = Math.min(Number(opt['rate-seconds']), 60);

const wrk = (url: string, headers: Record<string, string> = {}): number => runWrk(url, { seconds: SECONDS, connections: CONNECTIONS, headers });

/**
 * Open-loop load at about `rate` requests/s for RATE_SECONDS, from h2load (C, on core 1 with the
 * backend): 64 HTTP/1.1 connections, each sending `rate / 64` requests/s on its own timer. The
 * connections are opened 1 ms apart (`-r 1 --rate-period 1ms`) so that their timers are out of phase
 * and the arrivals spread over time: opened together they fire in bursts of 64, and the queueing
 * inside each burst would be all the latency measured. Percentiles come from h2load's per-request log.
 * (A generator in this Node process could not produce the rates wanted here: at 25,000 requests/s it
 * measured its own backlog.)
 */
function fixedRate(url: string, rate: number, dir: string): { rate: number; p50: number; p99: number; errors: number } {
  const conns = 64;
  const perClient = Math.max(1, Math.round(rate / conns));
  const log = join(dir, 'h2load.log');
  const h2load = (seconds: number, logFile?: string) =>
    spawnSync(
      'taskset',
      [
        '-c',
        '1',
        'h2load',
        '--h1',
        '-c',
        String(conns),
        '-t',
        '1',
        '--rps',
        String(perClient),
        '-n',
        String(perClient * conns * seconds),
        '-r',
        '1',
        '--rate-period',
        '1ms',
        ...(logFile ? ['--log-file', logFile] : []),
        url,
      ],
      { encoding: 'utf8', timeout: (seconds * 4 + 30) * 1000 },
    );
  // Warm-up, not counted: the first few hundred milliseconds of h2load's requests (new connections,
  // request shapes wrk did not send) ran several milliseconds slow through any Node proxy — through
  // Tollgate and through a bare undici proxy alike — until the JIT caught up; a second run was steady.
  h2load(1);
  rmSync(log, { force: true });
  const r = h2load(RATE_SECONDS, log);
  const done = /requests: (\d+) total, \d+ started, \d+ done, (\d+) succeeded/.exec(r.stdout ?? '');
  if (!done) throw new Error(`h2load failed for ${url}: ${r.stdout}\n${r.stderr}`);
  const rows = readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.split('\t'));
  const lat = rows.map((c) => Number(c[2]) / 1000).sort((a, b) => a - b);
  const errors = Number(done[1]) - Number(done[2]) + rows.filter((c) => c[1] !== '200').length;
  return { rate: perClient * conns, p50: lat[Math.floor(lat.length * 0.5)], p99: lat[Math.floor(lat.length * 0.99)], errors };
}

async function main(): Promise<void> {
  for (const tool of ['wrk', 'nginx', 'h2load', 'taskset']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0)
      throw new Error(`${tool} is required (apt-get install wrk nginx-light nghttp2-client util-linux)`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'tollgate-bench-'));
  try {
    const [backendPort, nginxPort, tollgatePort, bareProxyPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
    writeFileSync(join(dir, 'backend.cjs'), BACKEND_SRC);
    const backendProc = pinned(1, process.execPath, [join(dir, 'backend.cjs'), String(backendPort)]);
    writeFileSync(join(dir, 'bare-proxy.cjs'), BARE_PROXY_SRC);
    const bareProc = pinned(0, process.execPath, [
      join(dir, 'bare-proxy.cjs'),
      String(bareProxyPort),
      String(backendPort),
      createRequire(import.meta.url).resolve('undici'),
    ]);
    writeFileSync(
      join(dir, 'nginx.conf'),
      `
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  upstream backend { server 127.0.0.1:${backendPort}; keepalive 128; }
  # nginx closes a client connection after 1,000 requests by default; Node and Tollgate do not
  # (the open-loop generator keeps its connections for the whole run).
  keepalive_requests 10000000;
  server {
    listen 127.0.0.1:${nginxPort};
    location / { proxy_pass http://backend; proxy_http_version 1.1; proxy_set_header Connection ""; }
  }
}`,
    );
    const nginxProc = pinned(0, 'nginx', ['-c', join(dir, 'nginx.conf'), '-p', dir, '-g', 'daemon off;']);
    // The account's default throttle (10,000 rps) would cap the measurement itself; no HTTPS listener.
    const tollgateProc = pinned(0, process.execPath, serveArgs(MAIN_JS, tollgatePort));
    const backend = `http://127.0.0.1:${backendPort}/`;
    const tollgate = `http://127.0.0.1:${tollgatePort}`;
    await waitFor(backend);
    await waitFor(`http://127.0.0.1:${nginxPort}/`);
    await waitFor(`http://127.0.0.1:${bareProxyPort}/`);
    await waitFor(`${tollgate}/restapis`);
    const ids = await setupApis(tollgate, `http://127.0.0.1:${backendPort}`);
    // Each target with the process group whose CPU it costs.
    const targets: [string, string, number][] = [
      ['(a) backend direct', backend, backendProc.pid!],
      ['(b) nginx proxy', `http://127.0.0.1:${nginxPort}/`, nginxProc.pid!],
      ['(c) Tollgate HTTP_PROXY', `${tollgate}/_aws/execute-api/${ids.proxy}/bench/item`, tollgateProc.pid!],
      ['(d) Tollgate MOCK + template', `${tollgate}/_aws/execute-api/${ids.mock}/bench/`, tollgateProc.pid!],
      ['(e) Tollgate HTTP_PROXY, 1,000 resources', `${tollgate}/_aws/execute-api/${ids.big}/bench/item`, tollgateProc.pid!],
      ['(f) bare Node + undici proxy (reference)', `http://127.0.0.1:${bareProxyPort}/`, bareProc.pid!],
    ];
    for (const [, url] of targets) {
      const r = await fetch(url);
      if (r.status !== 200) throw new Error(`${url} answered ${r.status}: ${await r.text()}`);
      await r.arrayBuffer();
    }
    // Warm-up (JIT, connection pools), then the measured runs, interleaved per repeat.
    for (const [, url] of targets) wrk(url);
    const rps = new Map<string, number[]>(targets.map(([n]) => [n, []]));
    const cpu = new Map<string, number[]>(targets.map(([n]) => [n, []])); // µs of CPU per request
    for (let i = 0; i < REPEATS; i++) {
      for (const [name, url, pgid] of targets) {
        const before = groupCpuMs(pgid);
        const r = wrk(url);
        rps.get(name)!.push(r);
        cpu.get(name)!.push(((groupCpuMs(pgid) - before) * 1000) / (r * SECONDS));
      }
    }
    const m = (name: string): number => median(rps.get(name)!);
    const a = m('(a) backend direct');
    const b = m('(b) nginx proxy');
    console.log(`\nSaturation (wrk -t1 -c${CONNECTIONS} -d${SECONDS}s, median of ${REPEATS}; process under test on core 0, load + backend on core 1)`);
    console.log('target'.padEnd(44), 'req/s'.padStart(9), '× backend'.padStart(10), '× nginx'.padStart(9), 'CPU µs/req'.padStart(11));
    for (const [name] of targets) {
      const v = m(name);
      console.log(
        name.padEnd(44),
        v.toFixed(0).padStart(9),
        (v / a).toFixed(2).padStart(10),
        (v / b).toFixed(2).padStart(9),
        median(cpu.get(name)!).toFixed(1).padStart(11),
        `  runs: ${rps
          .get(name)!
          .map((x) => x.toFixed(0))
          .join(', ')}`,
      );
    }
    console.log('(CPU µs/req: user + system time of the process group serving the target, per request; the backend shares its core with wrk.)');
    console.log(`(e)/(c) 1,000 vs 1 resource: ${(m('(e) Tollgate HTTP_PROXY, 1,000 resources') / m('(c) Tollgate HTTP_PROXY')).toFixed(2)}`);
    console.log(
      `(c)/(f) Tollgate HTTP_PROXY vs a bare Node proxy: ${(m('(c) Tollgate HTTP_PROXY') / m('(f) bare Node + undici proxy (reference)')).toFixed(2)}`,
    );

    // Latency at a fixed rate: the rate (half the backend's capacity), and — because that can
    // exceed what the process under test sustains, which only measures queueing — also half of the
    // slowest Tollgate target's saturation rate.
    const slowest = Math.min(...targets.filter(([n]) => n.includes('Tollgate')).map(([n]) => m(n)));
    for (const [label, rate] of [
      ["half the backend's saturation rate", Math.round(a / 2)],
      ["half the slowest Tollgate target's saturation rate", Math.round(slowest / 2)],
    ] as const) {
      console.log(`\nFixed rate about ${rate} req/s for ${RATE_SECONDS}s (${label}), open loop (h2load on core 1), latency ms, median of ${REPEATS} runs`);
      console.log('target'.padEnd(44), 'req/s'.padStart(7), 'p50'.padStart(7), 'p99'.padStart(7), 'errors'.padStart(7), '  p99 of each run');
      // Repeated and interleaved like the saturation runs: a single p99 moves by milliseconds when the
      // machine hiccups.
      const runs = new Map<string, ReturnType<typeof fixedRate>[]>(targets.map(([n]) => [n, []]));
      for (let i = 0; i < REPEATS; i++) for (const [name, url] of targets) runs.get(name)!.push(fixedRate(url, rate, dir));
      const results = new Map<string, { p50: number; p99: number }>();
      for (const [name] of targets) {
        const rs = runs.get(name)!;
        const r = {
          rate: rs[0].rate,
          p50: median(rs.map((x) => x.p50)),
          p99: median(rs.map((x) => x.p99)),
          errors: rs.reduce((n, x) => n + x.errors, 0),
        };
        results.set(name, r);
        console.log(
          name.padEnd(44),
          String(r.rate).padStart(7),
          r.p50.toFixed(2).padStart(7),
          r.p99.toFixed(2).padStart(7),
          String(r.errors).padStart(7),
          `  ${rs.map((x) => x.p99.toFixed(2)).join(', ')}`,
        );
      }
      const base = results.get('(a) backend direct')!;
      console.log(
        `p99 above the backend's: HTTP_PROXY ${(results.get('(c) Tollgate HTTP_PROXY')!.p99 - base.p99).toFixed(2)} ms, MOCK ${(results.get('(d) Tollgate MOCK + template')!.p99 - base.p99).toFixed(2)} ms`,
      );
    }
  } finally {
    killChildren();
    rmSync(dir, { recursive: true, force: true });
  }
}

runMain(main);
