/**
 * The container recipe as far as it can be checked without a container engine (README "Container"):
 * scripts/container-smoke.sh replays the Dockerfile's `# replayed` RUN lines in a temporary directory (npm
 * pack, the production install, the data directory) and runs the image's entrypoint as a non-root user with
 * the image's environment, probing its healthcheck command, /_tollgate/health and the AWS CLI; and
 * examples/compose/compose.yaml is read as YAML and its wiring checked. The image itself is never built here.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { it } from 'node:test';
import { parse } from 'yaml';
import { freePort } from '../helpers/process.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url)); // dist/test/e2e → the repository

it('scripts/container-smoke.sh: the Dockerfile replayed and its entrypoint serving', { timeout: 900_000 }, async () => {
  const child = spawn('sh', ['scripts/container-smoke.sh', String(await freePort())], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  assert.equal(code, 0, out.slice(-6000));
  for (const seen of [
    'replay: cd "$SRC"',
    'npm ci --omit=dev',
    'healthcheck: ok',
    '{"status":"alive"}',
    'from-the-image',
    'refused',
    'container smoke test: ok',
  ])
    assert.ok(out.includes(seen), `${seen} in:\n${out.slice(-6000)}`);
});

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string };
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  ports?: string[];
  volumes?: string[];
}

it('examples/compose/compose.yaml: Tollgate built from the Dockerfile, wired to healthy PostgreSQL and Redis', () => {
  const doc = parse(readFileSync(`${repo}examples/compose/compose.yaml`, 'utf8')) as { services: Record<string, Service>; volumes: Record<string, unknown> };
  assert.deepEqual(Object.keys(doc.services).sort(), ['postgres', 'redis', 'tollgate']);
  const { tollgate, postgres, redis } = doc.services;
  assert.deepEqual(tollgate.build, { context: '../..', dockerfile: 'Dockerfile' });
  assert.ok(readFileSync(new URL(`${tollgate.build.context}/${tollgate.build.dockerfile}`, new URL('examples/compose/', `file://${repo}`))).length > 0);
  for (const [name, s] of Object.entries(doc.services)) assert.ok(s.healthcheck?.test.length, `${name} has a health check`);
  assert.deepEqual(tollgate.healthcheck?.test, ['CMD', 'tollgate-entrypoint', 'healthcheck']);
  assert.deepEqual(tollgate.depends_on, { postgres: { condition: 'service_healthy' }, redis: { condition: 'service_healthy' } });
  // The URLs name the services and the database's own user, password and database.
  const pg = new URL(tollgate.environment!.TOLLGATE_POSTGRES);
  const env = postgres.environment!;
  assert.deepEqual(
    [pg.protocol, pg.hostname, pg.port, pg.username, pg.password, pg.pathname],
    ['postgres:', 'postgres', '5432', env.POSTGRES_USER, env.POSTGRES_PASSWORD, `/${env.POSTGRES_DB}`],
  );
  assert.match(postgres.healthcheck!.test.join(' '), new RegExp(`pg_isready -U ${env.POSTGRES_USER} -d ${env.POSTGRES_DB}`));
  const rd = new URL(tollgate.environment!.TOLLGATE_REDIS);
  assert.deepEqual([rd.protocol, rd.hostname, rd.port], ['redis:', 'redis', '6379']);
  assert.ok(redis.image?.startsWith('redis:'));
  // Off loopback inside the container, management needs keys: both given.
  assert.ok(tollgate.environment!.TOLLGATE_ACCESS_KEY_ID && tollgate.environment!.TOLLGATE_SECRET_ACCESS_KEY);
  assert.deepEqual(tollgate.ports, ['127.0.0.1:4567:4567']);
  // The port published is the one the image listens on and exposes.
  const dockerfile = readFileSync(`${repo}Dockerfile`, 'utf8');
  assert.match(dockerfile, /^EXPOSE 4567\b/m);
  assert.match(dockerfile, /^ENV TOLLGATE_HOST=0\.0\.0\.0 TOLLGATE_PORT=4567\b/m);
  assert.ok(postgres.volumes?.some((v) => v.startsWith('pgdata:')) && 'pgdata' in doc.volumes);
});
