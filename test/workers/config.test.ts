/** `--workers N|auto` (src/config/options.ts): flag, environment, config file; `auto`; the refusal of --memory, on the real command. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config/options.js';
import { MAIN_JS } from '../helpers/process.js';

describe('--workers', () => {
  it('is 1 by default, N from the flag, the environment or the config file (flags > environment > file), auto = one per core', () => {
    assert.equal(loadConfig([], {}).workers, 1);
    assert.equal(loadConfig(['--workers', '3'], {}).workers, 3);
    assert.equal(loadConfig([], { TOLLGATE_WORKERS: '2' }).workers, 2);
    assert.equal(loadConfig(['--workers', '4'], { TOLLGATE_WORKERS: '2' }).workers, 4);
    assert.equal(loadConfig(['--workers', 'auto'], {}).workers, availableParallelism());
    const dir = mkdtempSync(join(tmpdir(), 'tollgate-workers-config-'));
    try {
      const file = join(dir, 'tollgate.yaml');
      writeFileSync(file, 'workers: 2\n');
      assert.equal(loadConfig(['--config', file], {}).workers, 2);
      assert.equal(loadConfig(['--config', file], { TOLLGATE_WORKERS: '3' }).workers, 3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses what is not a whole number from 1 to 256, or auto', () => {
    for (const bad of ['0', '-1', '1.5', 'two', '257']) {
      assert.throws(
        () => loadConfig([`--workers=${bad}`], {}),
        (e: unknown) => e instanceof ConfigError && /--workers must be auto or a whole number/.test(e.message),
        bad,
      );
    }
  });

  it('refuses --memory with more than one worker, in one line and exit status 2 from the real command; one worker with --memory is fine', () => {
    assert.equal(loadConfig(['--workers', '1', '--memory'], {}).workers, 1);
    const r = spawnSync(process.execPath, [MAIN_JS, 'serve', '--workers', '2', '--memory', '--port', '0', '--tls-port', 'off'], {
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, TOLLGATE_MEMORY: '' },
    });
    assert.equal(r.status, 2, r.stderr);
    assert.equal(
      r.stderr.split('\n')[0],
      'tollgate: --workers 2 (2 processes) cannot share --memory state, which lives inside one process: use --data-dir (SQLite) or --postgres',
    );
  });
});
