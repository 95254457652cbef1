/** `--config FILE` (src/config/file.ts): flags over environment over file; unknown keys and bad files refused. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigError, loadConfig } from '../src/config/options.js';

function withFile(text: string, fn: (path: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'tollgate-config-'));
  try {
    const path = join(dir, 'tollgate.yaml');
    writeFileSync(path, text);
    fn(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('--config FILE', () => {
  it('reads every kind of setting; the environment overrides the file, and flags override both', () => {
    const yaml = [
      'port: 8081',
      'region: eu-west-1',
      'log-level: debug',
      'memory: true',
      'metrics: false',
      'access-log:',
      '  - arn:aws:logs:us-east-1:000000000000:log-group:a=a.log',
      '  - arn:aws:logs:us-east-1:000000000000:log-group:b=b.log',
      '',
    ].join('\n');
    withFile(yaml, (path) => {
      const fromFile = loadConfig(['--config', path], {});
      assert.deepEqual([fromFile.port, fromFile.region, fromFile.logLevel, fromFile.memory, fromFile.metrics], [8081, 'eu-west-1', 'debug', true, false]);
      assert.deepEqual(fromFile.accessLogs, {
        'arn:aws:logs:us-east-1:000000000000:log-group:a': resolve('a.log'),
        'arn:aws:logs:us-east-1:000000000000:log-group:b': resolve('b.log'),
      });
      const layered = loadConfig(['--log-level', 'warn'], { TOLLGATE_CONFIG: path, TOLLGATE_REGION: 'us-west-2' });
      assert.deepEqual([layered.port, layered.region, layered.logLevel], [8081, 'us-west-2', 'warn']);
    });
  });

  it('refuses an unknown option, a value of the wrong shape, and a file that is not YAML', () => {
    withFile('prot: 8080\n', (path) => assert.throws(() => loadConfig(['--config', path], {}), new ConfigError(`--config ${path}: unknown option 'prot'`)));
    withFile('port: [1, 2]\n', (path) => assert.throws(() => loadConfig(['--config', path], {}), ConfigError));
    withFile('- port\n', (path) => assert.throws(() => loadConfig(['--config', path], {}), ConfigError));
    withFile('port: "8080\n', (path) => assert.throws(() => loadConfig(['--config', path], {}), ConfigError));
    assert.throws(() => loadConfig(['--config', '/nonexistent/tollgate.yaml'], {}), ConfigError);
    withFile('port: 99999\n', (path) => assert.throws(() => loadConfig(['--config', path], {}), /--port must be a port number/));
  });

  it('refuses a --redis-timeout of 0 (ioredis would time every command out at once) from the flag, the environment or the file', () => {
    const zero = new ConfigError("--redis-timeout must be a whole number of milliseconds from 1, got '0'");
    assert.throws(() => loadConfig(['--redis-timeout', '0'], {}), zero);
    assert.throws(() => loadConfig([], { TOLLGATE_REDIS_TIMEOUT: '0' }), zero);
    withFile('redis-timeout: 0\n', (path) => assert.throws(() => loadConfig(['--config', path], {}), zero));
    assert.throws(() => loadConfig(['--redis-timeout=-5'], {}), /--redis-timeout must be a non-negative integer/);
    assert.equal(loadConfig(['--redis-timeout', '1'], {}).redisTimeoutMs, 1);
    assert.equal(loadConfig([], {}).redisTimeoutMs, undefined);
  });
});
