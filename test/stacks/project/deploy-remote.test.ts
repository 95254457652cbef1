/**
 * `tollgate deploy PATH --endpoint URL` to a Tollgate that is not on a loopback address (issue 19): the server
 * listens on 0.0.0.0 with --credentials and the command is pointed at this machine's non-loopback address, so it
 * treats the server as remote: the SAM project's local code directory is zipped, uploaded to the server's S3
 * (`tollgate-deploy-us-east-1`, keyed by its SHA-256) and the template names that object. The function then runs
 * from the uploaded zip (not the directory), behind its API; a second deploy uploads nothing new.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { lambdaFunctions, s3Objects } from '../../../src/store/collections/index.js';
import { MAIN_JS } from '../../helpers/process.js';
import { startTollgate, type TestServer } from '../../helpers/tollgate.js';

const run = promisify(execFile);
const FIXTURE = join(import.meta.dirname, '../../../../test/fixtures/stacks/sam/hello-world');

/** This machine's first non-loopback IPv4 address: an endpoint the command cannot take for a local one. */
function outsideAddress(): string {
  const address = Object.values(networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
  assert.ok(address, 'this test needs a non-loopback IPv4 address');
  return address;
}

describe('tollgate deploy to a Tollgate on another address: local code travels through its S3', () => {
  let t: TestServer;
  let dir: string;
  let endpoint: string;
  let env: NodeJS.ProcessEnv;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tollgate-deploy-remote-'));
    cpSync(FIXTURE, join(dir, 'project'), { recursive: true });
    writeFileSync(join(dir, 'keys.json'), JSON.stringify({ AKIDREMOTE: { secretAccessKey: 'remote-secret', principalArn: 'arn:aws:iam::000000000000:root' } }));
    t = await startTollgate(['--host', '0.0.0.0', '--tls-port', '0', '--credentials', join(dir, 'keys.json')]);
    endpoint = `http://${outsideAddress()}:${new URL(t.app.url).port}`;
    env = {
      PATH: process.env.PATH,
      HOME: dir,
      TOLLGATE_ACCESS_KEY_ID: 'AKIDREMOTE',
      TOLLGATE_SECRET_ACCESS_KEY: 'remote-secret',
      AWS_REGION: 'us-east-1',
      AWS_CONFIG_FILE: join(dir, 'none'),
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none'),
    };
  });
  after(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const deploy = async (): Promise<{ code: number; stdout: string; stderr: string }> => {
    try {
      return {
        ...(await run(process.execPath, [MAIN_JS, 'deploy', join(dir, 'project'), '--stack-name', 'remote', '--endpoint', endpoint], {
          env,
          timeout: 120_000,
        })),
        code: 0,
      };
    } catch (e) {
      const err = e as { code?: number; stdout?: string; stderr?: string };
      return { code: err.code ?? -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
    }
  };

  it('uploads the code directory as a zip, deploys the stack, and the function serves from it', async () => {
    const r = await deploy();
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.split('\n')[0], 'stack remote: CREATE_COMPLETE');
    const objects = await s3Objects.in(t.app.store, 'tollgate-deploy-us-east-1').rows();
    assert.equal(objects.length, 1);
    assert.match(objects[0].id, /^code\/[0-9a-f]{64}\.zip$/);
    const [fn] = await lambdaFunctions.in(t.app.store, 'us-east-1').list();
    assert.equal(fn.code.hotReloadDir, undefined, 'the function runs from the uploaded zip, not the directory');
    assert.match(fn.code.sha256Hex ?? '', /^[0-9a-f]{64}$/);
    const stage = r.stdout.split('\n').find((l) => l.startsWith('  stage Prod: '))!;
    const res = await fetch(`${stage.slice('  stage Prod: '.length)}hello`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { message: 'hello world' });

    const again = await deploy();
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /^stack remote: no changes to deploy\n/);
    assert.equal((await s3Objects.in(t.app.store, 'tollgate-deploy-us-east-1').rows()).length, 1);
  });
});
