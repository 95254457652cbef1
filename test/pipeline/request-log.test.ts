/**
 * One log line per data-plane request at the default level (src/pipeline/pipeline.ts #logLine): status,
 * latency, and for an error its gateway response type and reason (a 403 for a missing API key, a 429
 * from a throttle); none at `warn`. And a port already in use is one clear line from the command.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { Writable } from 'node:stream';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UpdateStageCommand } from '@aws-sdk/client-api-gateway';
import { pino } from 'pino';
import { startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/options.js';
import { sdkClient } from '../helpers/tollgate.js';
import { hit, keyedApi } from '../helpers/keyed-api.js';
import { freePort, killAll, MAIN_JS, spawnTollgate } from '../helpers/process.js';
import { prettyLine } from '../../src/shared/log.js';

async function withLoggedServer(level: string, fn: (url: string, lines: Record<string, unknown>[]) => Promise<void>): Promise<void> {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString().split('\n')) if (l) lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  const dir = mkdtempSync(join(tmpdir(), 'tollgate-log-'));
  const app = await startApp(loadConfig(['--port', '0', '--memory', '--tls-port', 'off', '--data-dir', dir], {}), pino({ level }, sink));
  try {
    await fn(app.url, lines);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('request log lines', () => {
  it('logs each data-plane request at info, with the reason of an error', async () => {
    await withLoggedServer('info', async (url, lines) => {
      const client = sdkClient(url);
      const api = await keyedApi(client);
      await client.send(
        new UpdateStageCommand({
          restApiId: api.apiId,
          stageName: 'dev',
          patchOperations: [{ op: 'replace', path: '/~1open/GET/throttling/burstLimit', value: '0' }],
        }),
      );
      client.destroy();
      assert.equal((await hit(url, api.apiId, 'dev', '/', api.value)).status, 200);
      assert.equal((await hit(url, api.apiId, 'dev', '/')).status, 403);
      assert.equal((await hit(url, api.apiId, 'dev', '/open')).status, 429);
      const invokes = lines.filter((l) => l.msg === 'invoke');
      assert.deepEqual(
        invokes.map((l) => [l.apiId, l.stage, l.method, l.path, l.status, l.error, l.reason]),
        [
          [api.apiId, 'dev', 'GET', '/', 200, undefined, undefined],
          [api.apiId, 'dev', 'GET', '/', 403, 'INVALID_API_KEY', 'No API key in x-api-key; the method requires one'],
          [api.apiId, 'dev', 'GET', '/open', 429, 'THROTTLED', "Stage 'dev' throttle for GET /open: bucket empty (rate 10000/s, burst 0)"],
        ],
      );
      for (const l of invokes) assert.equal(typeof l.ms, 'number');
    });
  });

  it('logs none at warn', async () => {
    await withLoggedServer('warn', async (url, lines) => {
      await fetch(`${url}/_aws/execute-api/nosuchapi/dev/`);
      assert.equal(lines.filter((l) => l.msg === 'invoke').length, 0);
    });
  });
});

describe('a port already in use', () => {
  it('is one line naming it, and exit status 1', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as { port: number }).port;
    try {
      const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        execFile(
          process.execPath,
          [MAIN_JS, 'serve', '--memory', '--host', '127.0.0.1', '--port', String(port), '--tls-port', 'off'],
          { timeout: 60_000 },
          (e, _out, stderr) => resolve({ code: e ? ((e as { code?: number }).code ?? null) : 0, stderr }),
        );
      });
      assert.equal(r.code, 1);
      assert.equal(r.stderr, `tollgate: cannot listen on 127.0.0.1:${port}: it is already in use (choose another with --port / --admin-port / --tls-port)\n`);
    } finally {
      holder.close();
    }
  });
});

describe('--log-format pretty', () => {
  it('writes one readable line per record: time, level, message, fields', async () => {
    assert.equal(
      prettyLine('{"level":30,"time":1796655270488,"service":"tollgate","status":200,"path":"/pets","msg":"invoke"}'),
      `${new Date(1796655270488).toISOString().slice(11, 23)} INFO  invoke status=200 path=/pets`,
    );
    const server = await spawnTollgate({ port: await freePort(), args: ['--memory', '--tls-port', 'off', '--log-format', 'pretty'] });
    try {
      assert.match(server.output(), /^\d\d:\d\d:\d\d\.\d{3} INFO {2}tollgate listening url=http:\/\/127\.0\.0\.1:\d+ /m);
      assert.doesNotMatch(server.output(), /"level":30/);
    } finally {
      await server.stop();
      await killAll();
    }
  });
});
