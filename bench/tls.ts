/**
 * TLS handshakes per second on Tollgate's HTTPS listener (src/edge/tls-listener.ts), with and
 * without SNI switching, against plain Node `https.createServer` with one certificate as the
 * baseline. Full handshakes only: every connection is new and offers no session to resume; it is
 * closed as soon as the handshake is done (no HTTP request).
 *
 *   npm run bench:tls [-- --seconds 3 --concurrency 8 --domains 20 --repeats 3]
 *
 * Cases (each run once per round, `--repeats` rounds, the median kept: shared machines are noisy):
 *   baseline      plain node:https, one certificate, no SNI lookup at all
 *   no SNI        Tollgate, the default certificate (IP address, no server name)
 *   one name      Tollgate, every handshake asks for the same custom domain
 *   SNI switching Tollgate, consecutive handshakes cycle over `--domains` custom domains, each with
 *                 its own uploaded certificate
 *   mutual TLS    Tollgate, one custom domain with a truststore; the client presents a certificate
 * The server under test runs in its own process (the real `tollgate serve`); the client is this
 * process, on the same machine: figures are the pair's, and orders of magnitude. Every handshake is a
 * new TCP connection, so a run leaves thousands of sockets in TIME_WAIT; on a machine already short of
 * ephemeral ports, connections start failing (ECONNRESET) and the run stops with the count.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type ConnectionOptions } from 'node:tls';
import { parseArgs } from 'node:util';
import { APIGatewayClient, CreateDomainNameCommand } from '@aws-sdk/client-api-gateway';
import { issue, makeCa } from '../test/helpers/certs.js';
import { freePort, spawnTollgate, killAll } from '../test/helpers/process.js';
import { children, runMain } from './lib/processes.js';

const { values: opt } = parseArgs({
  options: {
    seconds: { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '8' },
    domains: { type: 'string', default: '20' },
    repeats: { type: 'string', default: '3' },
  },
});
const SECONDS = Math.min(Number(opt.seconds), 30);
const CONCURRENCY = Math.min(Number(opt.concurrency), 128);
const DOMAINS = Math.max(2, Math.min(Number(opt.domains), 200));
const REPEATS = Math.min(Number(opt.repeats), 9);

/** Handshakes per second and p50/p99 handshake time, `names` used round-robin (undefined = no SNI). */
async function measure(port: number, names: (string | undefined)[], extra: ConnectionOptions = {}): Promise<{ perSecond: number; p50: number; p99: number }> {
  const deadline = performance.now() + SECONDS * 1000;
  const times: number[] = [];
  let next = 0;
  let failures = 0;
  const codes = new Map<string, number>();
  const one = (): Promise<void> =>
    new Promise((resolve) => {
      const servername = names[next++ % names.length];
      const started = performance.now();
      const s = connect({ host: '127.0.0.1', port, servername, rejectUnauthorized: false, ...extra }, () => {
        times.push(performance.now() - started);
        s.destroy();
        resolve();
      });
      s.on('error', (e: NodeJS.ErrnoException) => {
        failures++;
        codes.set(e.code ?? e.message, (codes.get(e.code ?? e.message) ?? 0) + 1);
        s.destroy();
        resolve();
      });
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) await one();
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  if (failures > times.length / 100) throw new Error(`${failures} failed handshakes out of ${failures + times.length}: ${JSON.stringify([...codes])}`);
  times.sort((a, b) => a - b);
  return { perSecond: times.length / elapsed, p50: times[Math.floor(times.length * 0.5)], p99: times[Math.floor(times.length * 0.99)] };
}

type Result = { perSecond: number; p50: number; p99: number };

/** Every case once per round, `REPEATS` rounds (load that comes and goes hits all cases alike); the median run of each. */
async function rounds(cases: [string, () => Promise<Result>][]): Promise<[string, Result][]> {
  const runs = cases.map(() => [] as Result[]);
  for (let r = 0; r < REPEATS; r++) {
    for (let i = 0; i < cases.length; i++) {
      runs[i].push(
        await cases[i][1]().catch((e: Error) => {
          throw new Error(`${cases[i][0]}: ${e.message}`);
        }),
      );
    }
  }
  return cases.map(([name], i) => [name, runs[i].sort((a, b) => a.perSecond - b.perSecond)[Math.floor(REPEATS / 2)]]);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tollgate-bench-tls-'));
  try {
    const ca = await makeCa('Bench CA');
    const certs = await Promise.all(Array.from({ length: DOMAINS }, (_, i) => issue(`d${i}.bench.test`)));
    const caller = await issue('caller', ca, { client: true });
    const file = (name: string, text: string): string => {
      const p = join(dir, name);
      writeFileSync(p, text);
      return p;
    };

    // Baseline: node:https, one certificate.
    const basePort = await freePort();
    const baseline = spawn(
      process.execPath,
      [
        '-e',
        `
      require('node:https').createServer({ cert: process.env.CERT, key: process.env.KEY }, (q, r) => r.end()).listen(${basePort}, '127.0.0.1', () => process.stdout.write('up'));
    `,
      ],
      { env: { ...process.env, CERT: certs[0].cert, KEY: certs[0].key }, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    children.push(baseline);
    await new Promise<void>((resolve) => baseline.stdout.once('data', () => resolve()));

    const tlsPort = await freePort();
    const server = await spawnTollgate({
      port: await freePort(),
      args: ['--memory', '--log-level', 'warn', '--tls-port', String(tlsPort), '--truststore', `s3://bench/ca.pem=${file('ca.pem', ca.cert)}`],
    });
    const client = new APIGatewayClient({
      endpoint: server.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIDBENCH', secretAccessKey: 'x' },
      maxAttempts: 1,
    });
    const names = certs.map((_, i) => `d${i}.bench.test`);
    for (let i = 0; i < DOMAINS; i++) {
      await client.send(
        new CreateDomainNameCommand({
          domainName: names[i],
          certificateBody: certs[i].cert,
          certificatePrivateKey: certs[i].key,
          endpointConfiguration: { types: ['REGIONAL'] },
          securityPolicy: 'TLS_1_2',
        }),
      );
    }
    await client.send(
      new CreateDomainNameCommand({
        domainName: 'mtls.bench.test',
        certificateBody: certs[0].cert,
        certificatePrivateKey: certs[0].key,
        endpointConfiguration: { types: ['REGIONAL'] },
        securityPolicy: 'TLS_1_2',
        mutualTlsAuthentication: { truststoreUri: 's3://bench/ca.pem' },
      }),
    );
    client.destroy();

    // Warm-up: every context built once, JIT warm.
    await measure(tlsPort, [...names, undefined, 'mtls.bench.test'], { cert: caller.cert, key: caller.key });
    await measure(basePort, [undefined]);

    const rows = await rounds([
      ['baseline: node:https, one certificate', () => measure(basePort, [undefined])],
      ['Tollgate, no SNI (default certificate)', () => measure(tlsPort, [undefined])],
      ['Tollgate, one custom domain', () => measure(tlsPort, [names[0]])],
      [`Tollgate, SNI switching over ${DOMAINS} domains`, () => measure(tlsPort, names)],
      ['Tollgate, mutual TLS domain (client certificate)', () => measure(tlsPort, ['mtls.bench.test'], { cert: caller.cert, key: caller.key })],
    ]);

    console.log(`\n${SECONDS} s per run, ${CONCURRENCY} handshakes in flight, median of ${REPEATS}; TLS 1.3, RSA 2048 certificates\n`);
    console.log('| Case | Handshakes/s | p50 ms | p99 ms |');
    console.log('|---|---|---|---|');
    for (const [name, r] of rows) console.log(`| ${name} | ${Math.round(r.perSecond).toLocaleString('en-US')} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} |`);
    await server.stop();
  } finally {
    await killAll();
    rmSync(dir, { recursive: true, force: true });
  }
}

runMain(main);
