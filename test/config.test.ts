/**
 * Command-line and environment configuration (src/config/options.ts) for the choice of store: `--postgres`
 * (TOLLGATE_POSTGRES) takes a postgres:// URL, cannot be combined with --memory, and a database that
 * cannot be reached at start, or that a newer Tollgate wrote, makes `tollgate serve` exit 1 with the
 * reason — not a stack, not a hang.
 */
import Database from 'better-sqlite3';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../src/config/options.js';
import { MIGRATIONS } from '../src/store/sqlite/migrations.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { MAIN_JS } from './helpers/process.js';

const cleanEnv = (): NodeJS.ProcessEnv => Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TOLLGATE_')));

/** Runs `tollgate serve ARGS…` to its exit: the code and what it wrote to stderr. */
async function serve(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [MAIN_JS, 'serve', '--port', '0', '--tls-port', 'off', ...args], {
    env: cleanEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, stderr };
}

describe('the store: --postgres and --data-dir', () => {
  it('is unset by default: SQLite in the data directory', () => {
    assert.equal(loadConfig([], cleanEnv()).postgres, undefined);
  });

  it('takes a postgres:// or postgresql:// URL, from the flag or TOLLGATE_POSTGRES (the flag wins)', () => {
    assert.equal(loadConfig(['--postgres', 'postgres://u:p@db:5432/tollgate'], cleanEnv()).postgres, 'postgres://u:p@db:5432/tollgate');
    assert.equal(loadConfig([], { ...cleanEnv(), TOLLGATE_POSTGRES: 'postgresql://db/x' }).postgres, 'postgresql://db/x');
    assert.equal(loadConfig(['--postgres', 'postgres://a/b'], { ...cleanEnv(), TOLLGATE_POSTGRES: 'postgres://c/d' }).postgres, 'postgres://a/b');
  });

  it('refuses anything else, and --memory with it', () => {
    assert.throws(
      () => loadConfig(['--postgres', 'mysql://db/x'], cleanEnv()),
      (e: unknown) => e instanceof ConfigError && /--postgres must be a postgres:\/\/ or postgresql:\/\/ URL/.test(e.message),
    );
    assert.throws(
      () => loadConfig(['--postgres', 'postgres://db/x', '--memory'], cleanEnv()),
      (e: unknown) => e instanceof ConfigError && /--memory and --postgres exclude each other/.test(e.message),
    );
  });

  it('`tollgate serve` against a database that refuses connections exits 1 with the reason', async () => {
    // Nothing listens on 127.0.0.1:1: the connection is refused at once.
    const { code, stderr } = await serve(['--postgres', 'postgres://postgres:secret@127.0.0.1:1/x']);
    assert.equal(code, 1);
    assert.match(stderr, /^tollgate: PostgreSQL is unavailable: .*ECONNREFUSED/);
    assert.doesNotMatch(stderr, /secret/, 'the password is not printed');
    assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
  });

  it('`tollgate serve` on a data directory a newer Tollgate wrote exits 1 with the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tollgate-config-'));
    try {
      await new SqliteStore({ path: join(dir, 'tollgate.db') }).close();
      const latest = Math.max(...MIGRATIONS.map((m) => m.version));
      const db = new Database(join(dir, 'tollgate.db'));
      try {
        db.pragma(`user_version = ${latest + 1}`);
      } finally {
        db.close();
      }
      const { code, stderr } = await serve(['--data-dir', dir]);
      assert.equal(code, 1);
      assert.match(
        stderr,
        new RegExp(`^tollgate: the database .*tollgate\\.db has schema version ${latest + 1}, this Tollgate knows up to ${latest}: upgrade Tollgate`),
      );
      assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('--lambda-permissions', () => {
  it('enforces Lambda resource-based policies by default, as AWS does; off by the flag or TOLLGATE_LAMBDA_PERMISSIONS', () => {
    assert.equal(loadConfig([], cleanEnv()).lambdaPermissions, 'enforce');
    assert.equal(loadConfig(['--lambda-permissions', 'off'], cleanEnv()).lambdaPermissions, 'off');
    assert.equal(loadConfig([], { ...cleanEnv(), TOLLGATE_LAMBDA_PERMISSIONS: 'off' }).lambdaPermissions, 'off');
    assert.equal(loadConfig(['--lambda-permissions', 'enforce'], { ...cleanEnv(), TOLLGATE_LAMBDA_PERMISSIONS: 'off' }).lambdaPermissions, 'enforce');
  });

  it('refuses any other value', () => {
    assert.throws(
      () => loadConfig(['--lambda-permissions', 'loose'], cleanEnv()),
      (e: unknown) => e instanceof ConfigError && /enforce or off/.test(e.message),
    );
  });
});

describe('--openapi, --stage, --stage-variable', () => {
  it('are off by default; files are repeatable and resolved, the stage defaults to dev', () => {
    assert.equal(loadConfig([], cleanEnv()).openapi, undefined);
    assert.deepEqual(loadConfig(['--openapi', 'a.yaml', '--openapi', '/x/b.json'], cleanEnv()).openapi, {
      files: [join(process.cwd(), 'a.yaml'), '/x/b.json'],
      stage: 'dev',
      variables: {},
    });
  });

  it('come from TOLLGATE_OPENAPI, TOLLGATE_STAGE and TOLLGATE_STAGE_VARIABLES (comma-separated); flags win', () => {
    const env = { ...cleanEnv(), TOLLGATE_OPENAPI: '/a.yaml,/b.yaml', TOLLGATE_STAGE: 'prod', TOLLGATE_STAGE_VARIABLES: 'backend=h:1,x=y=z' };
    assert.deepEqual(loadConfig([], env).openapi, { files: ['/a.yaml', '/b.yaml'], stage: 'prod', variables: { backend: 'h:1', x: 'y=z' } });
    assert.deepEqual(loadConfig(['--openapi', '/c.yaml', '--stage', 'qa', '--stage-variable', 'k=v'], env).openapi, {
      files: ['/c.yaml'],
      stage: 'qa',
      variables: { k: 'v' },
    });
  });

  it('--stage or --stage-variable without --openapi, and a variable without =, are usage errors', () => {
    assert.throws(
      () => loadConfig(['--stage', 'dev'], cleanEnv()),
      (e: unknown) => e instanceof ConfigError && /--stage and --stage-variable go with --openapi FILE/.test(e.message),
    );
    assert.throws(
      () => loadConfig(['--openapi', 'a.yaml', '--stage-variable', 'novalue'], cleanEnv()),
      (e: unknown) => e instanceof ConfigError && /--stage-variable takes KEY=VALUE, got 'novalue'/.test(e.message),
    );
  });
});
