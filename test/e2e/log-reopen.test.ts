/**
 * Log rotation: the real `tollgate serve` writing a stage's access log to `--access-log ARN=PATH`; the file
 * renamed (as logrotate's `create` mode does) keeps getting lines until SIGHUP, after which the lines go to a
 * new file at PATH, and the process keeps serving. The same with `--workers 2`: the signal is sent to the
 * primary, which passes it to each worker (src/cluster/primary.ts), and each reopens the files it writes.
 */
import { UpdateStageCommand, type APIGatewayClient } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { Agent } from 'undici';
import { deploy, invokeUrl, newApi, putMethod, putResponse } from '../helpers/apis.js';
import { freePort, killAll, spawnTollgate } from '../helpers/process.js';
import { sdkClient } from '../helpers/tollgate.js';

const ARN = 'arn:aws:logs:us-east-1:000000000000:log-group:api-access';
const dir = mkdtempSync(join(tmpdir(), 'tollgate-log-reopen-'));
const clients: APIGatewayClient[] = [];
after(async () => {
  await killAll();
  for (const c of clients) c.destroy();
  rmSync(dir, { recursive: true, force: true });
});

const lines = (path: string): string[] => readFileSync(path, 'utf8').split('\n').filter(Boolean);

/** Waits (bounded) until `check` holds: files are written asynchronously after the answer. */
async function until(check: () => boolean, what: string, output = (): string => ''): Promise<void> {
  for (let i = 0; i < 2000; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  assert.fail(`not seen within 20 s: ${what}\n${output().slice(-4000)}`);
}

/** The log lines of the server's output whose message is `msg`. */
const logged = (output: string, msg: string): string[] => output.split('\n').filter((l) => l.includes(`"msg":"${msg}"`));

/** Serves with `args`, rotates the access log with SIGHUP to the process started, and checks where each line went; `processes`: how many reopen. */
async function rotation(name: string, args: string[], processes: number): Promise<void> {
  const file = join(dir, `${name}-access.log`);
  const server = await spawnTollgate({ port: await freePort(), args: [...args, '--access-log', `${ARN}=${file}`] });
  if (processes > 1)
    await until(
      () => logged(server.output(), 'tollgate workers listening').length === 1,
      'every worker listening',
      () => server.output(),
    );
  const client = sdkClient(server.url);
  clients.push(client);
  const api = await newApi(client);
  await putMethod(client, api, api.root, 'GET', { requestTemplates: { 'application/json': '{"statusCode": 200}' } });
  await putResponse(client, api, api.root, 'GET', '200', { responseTemplates: { 'application/json': 'hello' } });
  await deploy(client, api, 'dev');
  await client.send(
    new UpdateStageCommand({
      restApiId: api.id,
      stageName: 'dev',
      patchOperations: [
        { op: 'add', path: '/accessLogSettings/destinationArn', value: ARN },
        { op: 'add', path: '/accessLogSettings/format', value: '$context.requestId $context.status' },
      ],
    }),
  );
  // Each request on a connection of its own (closed after it), so that with workers any of them may serve it.
  const call = async (): Promise<string> => {
    const agent = new Agent();
    try {
      const r = await fetch(invokeUrl(server.url, api, 'dev', '/'), { dispatcher: agent } as RequestInit);
      assert.equal(r.status, 200);
      await r.arrayBuffer();
      return r.headers.get('x-amzn-requestid')!;
    } finally {
      await agent.close();
    }
  };

  const first = await call();
  await until(() => existsSync(file) && lines(file).length === 1, 'the first line');
  assert.deepEqual(lines(file), [`${first} 200`]);

  const rotated = `${file}.1`;
  renameSync(file, rotated);
  const second = await call();
  // One process: still the open file, under its new name. With workers, the one that served may not have written
  // before (each opens the file at its first line, pipeline/access-log.ts) and then writes to a new file at the
  // configured path, as a process started after the rename would: either place keeps the line.
  const seen = (): string[] => [...(existsSync(rotated) ? lines(rotated) : []), ...(existsSync(file) ? lines(file) : [])];
  await until(() => seen().includes(`${second} 200`), 'the second line');
  const secondInRotated = lines(rotated).includes(`${second} 200`);
  if (processes === 1) {
    assert.ok(secondInRotated, 'one process writes on to the renamed file');
    assert.equal(existsSync(file), false);
  }

  const reopened = logged(server.output(), 'log files reopened').length;
  server.child.kill('SIGHUP');
  // Every process that serves reopens (each worker logs it with its slot).
  await until(
    () => logged(server.output(), 'log files reopened').length === reopened + processes,
    `${processes} reopen(s)`,
    () => server.output(),
  );
  if (processes > 1) {
    const slots = logged(server.output(), 'log files reopened').map((l) => (JSON.parse(l) as { worker?: number }).worker);
    assert.deepEqual(slots.sort(), [1, 2]);
  }
  // Every line after the signal is in the new file, whichever worker wrote it.
  const later: string[] = [];
  for (let i = 0; i < 6; i++) later.push(await call());
  const before = secondInRotated ? [] : [`${second} 200`];
  await until(() => existsSync(file) && lines(file).length === before.length + later.length, 'the lines in a new file');
  assert.deepEqual(lines(file).sort(), [...before, ...later.map((id) => `${id} 200`)].sort());
  assert.deepEqual(lines(rotated), secondInRotated ? [`${first} 200`, `${second} 200`] : [`${first} 200`]);
  assert.equal((await server.stop()).code, 0, server.output());
}

it('SIGHUP reopens the access log files: lines before it go to the renamed file, lines after it to a new one', async () => {
  await rotation('one', ['--memory'], 1);
});

it('SIGHUP to the primary of --workers 2 reopens the access log files in both workers', async () => {
  await rotation('workers', ['--workers', '2', '--data-dir', join(dir, 'workers-data'), '--tls-port', 'off'], 2);
});
