/**
 * `tollgate serve --openapi FILE --stage dev --stage-variable K=V`, the real command line: the README's
 * examples/api.yaml imported and deployed at start and its three methods answering over HTTP; a restart on
 * the same data dir overwrites that API (same id, the file's new content) instead of importing a second
 * copy; a file ImportRestApi refuses, a missing file and an ambiguous name stop the start with one line on
 * stderr and exit status 1, before anything listens.
 */
import { CreateRestApiCommand, GetDeploymentsCommand, GetRestApisCommand, GetStageCommand, type APIGatewayClient } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { freePort, killAll, MAIN_JS, spawnTollgate, type ServerProcess } from '../helpers/process.js';
import { sdkClient } from '../helpers/tollgate.js';

const examples = fileURLToPath(new URL('../../../examples/', import.meta.url)); // dist/test/e2e → the repository
const dir = mkdtempSync(join(tmpdir(), 'tollgate-openapi-start-'));
const clients: APIGatewayClient[] = [];
after(async () => {
  await killAll();
  for (const c of clients) c.destroy();
  rmSync(dir, { recursive: true, force: true });
});

async function serve(dataDir: string, port: number, file: string): Promise<{ server: ServerProcess; client: APIGatewayClient }> {
  const args = ['--data-dir', dataDir, '--functions', join(examples, 'functions'), '--openapi', file, '--stage', 'dev'];
  const server = await spawnTollgate({ port, args: [...args, '--stage-variable', `backend=127.0.0.1:${port}`] });
  const client = sdkClient(server.url);
  clients.push(client);
  return { server, client };
}

/** `node main.js serve ARGS` run to its end: exit status and both streams. */
function runToExit(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [MAIN_JS, 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

async function names(client: APIGatewayClient): Promise<{ id: string; name: string }[]> {
  const { items = [] } = await client.send(new GetRestApisCommand({ limit: 500 }));
  return items.map((a) => ({ id: a.id!, name: a.name! }));
}

describe('serve --openapi', () => {
  const dataDir = join(dir, 'data');
  const file = join(dir, 'api.yaml');
  writeFileSync(file, readFileSync(join(examples, 'api.yaml')));
  let apiId = '';

  it('imports and deploys the file at start: its MOCK, AWS_PROXY and HTTP_PROXY methods answer 200', async () => {
    const port = await freePort();
    const { server, client } = await serve(dataDir, port, file);
    const apis = await names(client);
    assert.deepEqual(
      apis.map((a) => a.name),
      ['quickstart'],
    );
    apiId = apis[0].id;
    const stage = await client.send(new GetStageCommand({ restApiId: apiId, stageName: 'dev' }));
    assert.deepEqual(stage.variables, { backend: `127.0.0.1:${port}` });
    const base = `${server.url}/_aws/execute-api/${apiId}/dev`;
    const pets = await fetch(`${base}/pets`);
    assert.equal(pets.status, 200, server.output());
    assert.deepEqual(await pets.json(), [
      { id: 1, type: 'dog' },
      { id: 2, type: 'cat' },
    ]);
    const hello = await fetch(`${base}/hello`);
    assert.equal(hello.status, 200, server.output());
    assert.deepEqual(await hello.json(), { message: 'hello from /hello', stage: 'dev' });
    const health = await fetch(`${base}/health`);
    assert.equal(health.status, 200, server.output());
    assert.deepEqual(await health.json(), { status: 'alive' });
    assert.match(server.output(), /"msg":"openapi deployed"/);
    assert.equal((await server.stop()).code, 0);
  });

  it('a restart on the same data dir overwrites that API (same id, the file as it is now), never a second copy', async () => {
    assert.ok(apiId, 'the first test ran');
    writeFileSync(file, readFileSync(file, 'utf8').replace('{"id": 2, "type": "cat"}', '{"id": 3, "type": "fish"}'));
    const { server, client } = await serve(dataDir, await freePort(), file);
    assert.deepEqual(await names(client), [{ id: apiId, name: 'quickstart' }]);
    const { items = [] } = await client.send(new GetDeploymentsCommand({ restApiId: apiId }));
    assert.equal(items.length, 2, 'one deployment per start');
    const pets = await fetch(`${server.url}/_aws/execute-api/${apiId}/dev/pets`);
    assert.equal(pets.status, 200);
    assert.deepEqual(await pets.json(), [
      { id: 1, type: 'dog' },
      { id: 3, type: 'fish' },
    ]);
    assert.match(server.output(), /"action":"overwritten"/);
    assert.equal((await server.stop()).code, 0);
  });

  it('two APIs already named as the file: refused, naming both, nothing served', async () => {
    const port = await freePort();
    const { server, client } = await serve(dataDir, port, file);
    const second = await client.send(new CreateRestApiCommand({ name: 'quickstart' }));
    assert.equal((await server.stop()).code, 0);
    const r = await runToExit(['--port', String(port), '--data-dir', dataDir, '--openapi', file]);
    assert.equal(r.code, 1);
    assert.equal(
      r.stderr,
      `tollgate: --openapi ${file}: 2 REST APIs are named 'quickstart' (${[apiId, second.id].sort().join(', ')}): delete all but one, or rename the document's info.title\n`,
    );
    assert.doesNotMatch(r.stdout, /tollgate listening/);
  });
});

describe('serve --openapi: a file that cannot be deployed stops the start before listening', () => {
  it('a document ImportRestApi refuses: its BadRequestException, on one line, exit 1', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'openapi: 3.0.1\ninfo: {title: bad}\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration: {type: nope}\n');
    const r = await runToExit(['--port', String(await freePort()), '--memory', '--openapi', bad]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^tollgate: --openapi .*bad\.yaml: BadRequestException: Errors found during import: .*Invalid integration type specified: nope/);
    assert.equal(r.stderr.split('\n').length, 2, `one line: ${r.stderr}`);
    assert.doesNotMatch(r.stdout, /tollgate listening/);
  });

  it('a missing file: named, exit 1', async () => {
    const r = await runToExit(['--port', String(await freePort()), '--memory', '--openapi', join(dir, 'none.yaml')]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, `tollgate: --openapi ${join(dir, 'none.yaml')}: cannot read it (ENOENT)\n`);
  });

  it('a stage name CreateDeployment refuses: its message, exit 1', async () => {
    const r = await runToExit(['--port', String(await freePort()), '--memory', '--openapi', join(examples, 'api.yaml'), '--stage', 'no way']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^tollgate: --openapi .*api\.yaml: BadRequestException: Stage name only allows a-zA-Z0-9_-\n$/);
  });
});
