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
});
