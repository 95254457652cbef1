/**
 * LocalStack drop-in mode (src/config/localstack.ts): what turns it on and what it sets; a server in
 * the mode answering LocalStack's /_localstack/health and /_localstack/init/ready, the AWS CLI v2 and
 * boto3 (pointed at it by AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_API_GATEWAY alone), a host-style invoke
 * URL on `{apiId}.execute-api.localhost.localstack.cloud` resolved to 127.0.0.1 by curl, and the
 * default certificate covering those names.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../src/config/options.js';
import { ConfigError } from '../../src/config/errors.js';
import { selfSignedServerCertificate } from '../../src/edge/tls-certificates.js';
import { startTollgate, type TestServer } from '../helpers/tollgate.js';
import { deploy, newApi, putMethod, putResponse, type Api } from '../helpers/apis.js';

const run = promisify(execFile);

describe('LocalStack mode: configuration', () => {
  it('--localstack listens on 4566; port 4566 or GATEWAY_LISTEN imply the mode', () => {
    const on = loadConfig(['--localstack'], {});
    assert.equal(on.localstack, true);
    assert.equal(on.port, 4566);
    assert.equal(on.host, '127.0.0.1');
    assert.equal(loadConfig(['--port', '4566'], {}).localstack, true);
    assert.equal(loadConfig([], { TOLLGATE_LOCALSTACK: '1' }).port, 4566);
    const off = loadConfig([], {});
    assert.equal(off.localstack, false);
    assert.equal(off.port, 4567);
    const listen = loadConfig([], { GATEWAY_LISTEN: '127.0.0.2:4510,:443' });
    assert.deepEqual([listen.localstack, listen.host, listen.port], [true, '127.0.0.2', 4510]);
    assert.equal(loadConfig([], { GATEWAY_LISTEN: ':4566' }).host, '127.0.0.1');
    assert.equal(loadConfig(['--port', '9000', '--host', '127.0.0.3'], { GATEWAY_LISTEN: '0.0.0.0:4566' }).port, 9000, 'flags win');
    assert.throws(() => loadConfig([], { GATEWAY_LISTEN: 'a:b:c' }), ConfigError);
  });

  it('off loopback, with no keys configured, takes test/test (and only then)', () => {
    const open = loadConfig([], { GATEWAY_LISTEN: '0.0.0.0:4566' });
    assert.equal(open.credentials.size, 1);
    assert.equal(open.credentials.get('test')?.secretAccessKey, 'test');
    assert.equal(loadConfig(['--localstack'], {}).credentials.size, 0, 'on loopback any key works already');
    const own = loadConfig([], { GATEWAY_LISTEN: '0.0.0.0:4566', TOLLGATE_ACCESS_KEY_ID: 'AKIDOWN', TOLLGATE_SECRET_ACCESS_KEY: 's' });
    assert.equal(own.credentials.get('test'), undefined);
    assert.equal(own.credentials.size, 1);
    assert.equal(loadConfig(['--host', '0.0.0.0'], {}).credentials.size, 0, 'outside the mode: none (and Tollgate refuses to start)');
  });

  it("the default certificate covers LocalStack's host-style names", async () => {
    const cert = new X509Certificate((await selfSignedServerCertificate()).cert);
    for (const name of ['abc123.execute-api.localhost.localstack.cloud', 'localhost.localstack.cloud', 'abc123.execute-api.localhost', 'localhost'])
      assert.notEqual(cert.checkHost(name), undefined, name);
    assert.equal(cert.checkHost('a.b.execute-api.localhost.localstack.cloud'), undefined);
  });
});

describe('LocalStack mode: a server', () => {
  let t: TestServer;
  let api: Api;
  let home: string;
  let port: string;
  before(async () => {
    t = await startTollgate(['--localstack']); // the harness passes --port 0 first: the mode, on a free port
    port = new URL(t.app.url).port;
    api = await newApi(t.client, { name: 'ls' });
    await putMethod(t.client, api, api.root, 'GET', { requestTemplates: { 'application/json': '{"statusCode": 200}' } });
    await putResponse(t.client, api, api.root, 'GET', '200', {
      responseTemplates: { 'application/json': '{"api":"$context.apiId","stage":"$context.stage"}' },
    });
    await deploy(t.client, api, 'dev');
    home = mkdtempSync(join(tmpdir(), 'tollgate-localstack-'));
    writeFileSync(join(home, 'config'), '');
    writeFileSync(join(home, 'credentials'), '');
  });
  after(async () => {
    await t.close();
    rmSync(home, { recursive: true, force: true });
  });

  /** A client's environment as LocalStack's docs set it up: test/test, us-east-1, no config files. */
  const clientEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => ({
    PATH: '/usr/bin:/bin',
    HOME: home,
    LANG: 'C.UTF-8',
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_CONFIG_FILE: join(home, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
    AWS_PAGER: '',
    AWS_EC2_METADATA_DISABLED: 'true',
    ...extra,
  });

  it("answers /_localstack/health in LocalStack's shape, and /_localstack/init/ready", async () => {
    const health = await fetch(`${t.app.url}/_localstack/health`);
    assert.equal(health.status, 200);
    const body = (await health.json()) as { services: Record<string, string>; edition: string; version: string };
    assert.deepEqual(body.services, { apigateway: 'running', lambda: 'running', cloudformation: 'running' });
    assert.equal(body.edition, 'community');
    assert.match(body.version, /^\d+\.\d+\.\d+/);
    assert.equal((await fetch(`${t.app.url}/_localstack/health`, { method: 'HEAD' })).status, 200);
    assert.deepEqual(await (await fetch(`${t.app.url}/_localstack/init/ready`)).json(), { completed: true, scripts: [] });
  });

  it('serves boto3 pointed at it by AWS_ENDPOINT_URL alone, and by AWS_ENDPOINT_URL_API_GATEWAY', async () => {
    // The interpreter itself (PATH may reach it through a version manager's shim, which needs the user's HOME).
    const python = (await run('python3', ['-c', 'import sys; print(sys.executable)'])).stdout.trim();
    const script = 'import boto3, json; print(json.dumps([a["id"] for a in boto3.client("apigateway").get_rest_apis()["items"]]))';
    for (const variable of ['AWS_ENDPOINT_URL', 'AWS_ENDPOINT_URL_API_GATEWAY']) {
      const { stdout } = await run(python, ['-c', script], { env: clientEnv({ [variable]: `http://localhost:${port}` }), timeout: 60_000 });
      assert.deepEqual(JSON.parse(stdout), [api.id], variable);
    }
  });

  it('serves the AWS CLI v2 with test/test (v2.9 ignores AWS_ENDPOINT_URL: --endpoint-url)', async () => {
    const { stdout } = await run('/usr/bin/aws', ['--endpoint-url', `http://localhost:${port}`, '--output', 'json', 'apigateway', 'get-rest-apis'], {
      env: clientEnv({}),
      timeout: 60_000,
    });
    assert.deepEqual(
      (JSON.parse(stdout) as { items: { id: string }[] }).items.map((i) => i.id),
      [api.id],
    );
  });

  it('answers a host-style invoke URL on localhost.localstack.cloud', async () => {
    const host = `${api.id}.execute-api.localhost.localstack.cloud`;
    const { stdout } = await run('curl', ['-sS', '--resolve', `${host}:${port}:127.0.0.1`, '-w', '\n%{http_code}', `http://${host}:${port}/dev/`], {
      timeout: 30_000,
    });
    const [body, status] = stdout.split('\n');
    assert.equal(status, '200');
    assert.deepEqual(JSON.parse(body), { api: api.id, stage: 'dev' });
  });
});
