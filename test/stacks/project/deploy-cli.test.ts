/**
 * `tollgate deploy` and `tollgate stacks` as a user runs them: the real command spawned against a running Tollgate
 * (its CloudFormation API), on a copy of the SAM hello-world fixture: deployed and called, edited (an environment
 * value, a Schedule event Tollgate does not deploy) and redeployed with the same ids, listed, described, deleted
 * (nothing left); and the AWS CLI v2 describing the stack through the same API.
 */
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { GetRestApisCommand } from '@aws-sdk/client-api-gateway';
import { lambdaFunctions } from '../../../src/store/collections/index.js';
import { MAIN_JS } from '../../helpers/process.js';
import { startTollgate, type TestServer } from '../../helpers/tollgate.js';

const run = promisify(execFile);
const FIXTURE = join(import.meta.dirname, '../../../../test/fixtures/stacks/sam/hello-world');

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

describe('tollgate deploy / tollgate stacks against a running Tollgate', () => {
  let t: TestServer;
  let dir: string;
  let env: NodeJS.ProcessEnv;
  before(async () => {
    t = await startTollgate();
    dir = mkdtempSync(join(tmpdir(), 'tollgate-deploy-cli-'));
    cpSync(FIXTURE, dir, { recursive: true });
    env = {
      PATH: process.env.PATH,
      HOME: dir,
      AWS_ENDPOINT_URL: t.app.adminUrl,
      AWS_ACCESS_KEY_ID: 'AKIDCLITEST',
      AWS_SECRET_ACCESS_KEY: 'cli-secret',
      AWS_REGION: 'us-east-1',
      AWS_CONFIG_FILE: join(dir, 'none'),
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none'),
    };
  });
  after(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function tollgate(...args: string[]): Promise<Ran> {
    try {
      return { ...(await run(process.execPath, [MAIN_JS, ...args], { env, timeout: 120_000 })), code: 0 };
    } catch (e) {
      const err = e as { code?: number | string; stdout?: string; stderr?: string };
      if (typeof err.code !== 'number') throw e;
      return { code: err.code, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
    }
  }

  const resourceIds = async (): Promise<Record<string, string>> => {
    const r = await tollgate('stacks', 'describe', 'hello', '--json');
    assert.equal(r.code, 0, r.stderr);
    const all = (await t.app.stacks.describe('hello')).resources;
    return Object.fromEntries(Object.entries(all).map(([k, v]) => [k, v.physicalId]));
  };

  it('deploys the SAM project and prints its outputs and the stage invoke URL; the URL serves the function', async () => {
    const r = await tollgate('deploy', dir, '--stack-name', 'hello');
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], 'stack hello: CREATE_COMPLETE');
    assert.ok(
      lines.some((l) => /^ {2}output HelloWorldApi = https:\/\/\w+\.execute-api\.us-east-1\.amazonaws\.com\/Prod\/hello\/$/.test(l)),
      r.stdout,
    );
    const stage = lines.find((l) => l.startsWith('  stage Prod: '))!;
    const url = stage.slice('  stage Prod: '.length);
    assert.match(url, new RegExp(`^${t.app.adminUrl}/_aws/execute-api/\\w+/Prod/$`));
    const res = await fetch(`${url}hello`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { message: 'hello world' });
  });

  it('redeploys an edit in place (same ids), warns of the Schedule event it does not deploy, and says when nothing changed', async () => {
    const before = await resourceIds();
    const template = readFileSync(join(dir, 'template.yaml'), 'utf8')
      .replace('GREETING: hello world', 'GREETING: hello again')
      .replace('      Events:\n', '      Events:\n        Nightly:\n          Type: Schedule\n          Properties:\n            Schedule: rate(1 day)\n');
    writeFileSync(join(dir, 'template.yaml'), template);
    const r = await tollgate('deploy', dir, '--stack-name', 'hello', '--json');
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as {
      status: string;
      changed: boolean;
      warnings: string[];
      stages: { restApiId: string; stage: string; url: string }[];
    };
    assert.equal(report.status, 'UPDATE_COMPLETE');
    assert.equal(report.changed, true);
    assert.deepEqual(report.warnings, [
      'Warning: event Nightly (Type Schedule) of HelloWorldFunction is ignored: Tollgate translates Api events only; the function is deployed without this trigger',
    ]);
    assert.deepEqual(await resourceIds(), before);
    assert.deepEqual(await (await fetch(`${report.stages[0].url}hello`)).json(), { message: 'hello again' });

    const again = await tollgate('deploy', dir, '--stack-name', 'hello');
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /^stack hello: no changes to deploy\nstack hello: UPDATE_COMPLETE\n/);
  });

  it('the AWS CLI v2 describes the stack through the same API', async () => {
    const r = await run('/usr/bin/aws', ['--endpoint-url', t.app.adminUrl, '--output', 'json', 'cloudformation', 'describe-stacks', '--stack-name', 'hello'], {
      env: { ...env, PATH: '/usr/bin:/bin', AWS_DEFAULT_REGION: 'us-east-1', AWS_PAGER: '', AWS_EC2_METADATA_DISABLED: 'true' },
      timeout: 60_000,
    });
    const out = JSON.parse(r.stdout) as { Stacks: { StackName: string; StackStatus: string; Outputs: { OutputKey: string }[] }[] };
    assert.equal(out.Stacks[0].StackName, 'hello');
    assert.equal(out.Stacks[0].StackStatus, 'UPDATE_COMPLETE');
    assert.deepEqual(out.Stacks[0].Outputs.map((o) => o.OutputKey).sort(), ['HelloWorldApi', 'HelloWorldFunction']);
  });

  it('--watch deploys, then deploys again when the template changes', async () => {
    const wdir = mkdtempSync(join(tmpdir(), 'tollgate-deploy-watch-'));
    cpSync(FIXTURE, wdir, { recursive: true });
    const child = spawn(process.execPath, [MAIN_JS, 'deploy', wdir, '--stack-name', 'watched', '--watch'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let waiting: (() => void) | undefined;
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      waiting?.();
    });
    const until = (re: RegExp): Promise<void> =>
      new Promise((resolve) => {
        waiting = () => {
          if (re.test(out)) resolve();
        };
        waiting();
      });
    try {
      await until(/watching .* for changes/);
      assert.match(out, /^stack watched: CREATE_COMPLETE\n/);
      const url = /stage Prod: (\S+)/.exec(out)![1];
      writeFileSync(join(wdir, 'template.yaml'), readFileSync(join(wdir, 'template.yaml'), 'utf8').replace('GREETING: hello world', 'GREETING: watched'));
      await until(/stack watched: UPDATE_COMPLETE/);
      assert.deepEqual(await (await fetch(`${url}hello`)).json(), { message: 'watched' });
    } finally {
      child.kill('SIGTERM');
      rmSync(wdir, { recursive: true, force: true });
    }
    await t.app.stacks.delete('watched');
  });

  it('lists, deletes (nothing left), and refuses in words what it cannot do', async () => {
    const list = await tollgate('stacks', 'list', '--json');
    assert.deepEqual(
      (JSON.parse(list.stdout) as { stackName: string; status: string }[]).map((s) => [s.stackName, s.status]),
      [['hello', 'UPDATE_COMPLETE']],
    );
    const del = await tollgate('stacks', 'delete', 'hello');
    assert.equal(del.code, 0, del.stderr);
    assert.equal(del.stdout, 'stack hello: DELETE_COMPLETE\n');
    assert.equal((await tollgate('stacks', 'list')).stdout, '');
    assert.equal((await t.client.send(new GetRestApisCommand({}))).items?.length ?? 0, 0);
    assert.deepEqual(await lambdaFunctions.in(t.app.store, 'us-east-1').list(), []);

    const missing = await tollgate('stacks', 'describe', 'hello');
    assert.equal(missing.code, 1);
    assert.equal(missing.stderr, 'tollgate: ValidationError: Stack with id hello does not exist\n');
    // A remote endpoint takes local code through its S3 (deploy-remote.test.ts); one that does not answer is named.
    const remote = await tollgate('deploy', dir, '--endpoint', 'http://tollgate.invalid:4567');
    assert.equal(remote.code, 1);
    assert.match(remote.stderr, /^tollgate: no Tollgate answers at http:\/\/tollgate\.invalid:4567 \((ENOTFOUND|EAI_AGAIN)\)/);
  });

  it('deploys a name whose stack was deleted as a new stack (a new id), listed alone while the deleted one stays DELETE_COMPLETE by its id', async () => {
    const [deleted] = (await t.app.stacks.deleted('us-east-1')).filter((s) => s.name === 'hello');
    assert.ok(deleted, 'the deleted hello is kept');
    const r = await tollgate('deploy', dir, '--stack-name', 'hello');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.split('\n')[0], 'stack hello: CREATE_COMPLETE');
    const list = JSON.parse((await tollgate('stacks', 'list', '--json')).stdout) as { stackName: string; stackId: string; status: string }[];
    assert.deepEqual(
      list.map((s) => [s.stackName, s.status]),
      [['hello', 'CREATE_COMPLETE']],
    );
    assert.notEqual(list[0].stackId, deleted.id);
    assert.equal((await t.app.stacks.deletedById(deleted.id))?.status, 'DELETE_COMPLETE');
    await t.app.stacks.delete('hello');
  });

  it('signs with the configured keys: a server started with --credentials takes TOLLGATE_ACCESS_KEY_ID, refuses another key', async () => {
    const file = join(dir, 'credentials.json');
    writeFileSync(file, JSON.stringify({ AKIDSIGNED: { secretAccessKey: 'signed-secret', principalArn: 'arn:aws:iam::000000000000:user/deployer' } }));
    const secured = await startTollgate(['--credentials', file]);
    const base = { PATH: process.env.PATH, HOME: dir, AWS_CONFIG_FILE: join(dir, 'none'), AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none') };
    const stacks = async (extra: NodeJS.ProcessEnv): Promise<Ran> => {
      try {
        return {
          ...(await run(process.execPath, [MAIN_JS, 'stacks', 'list', '--endpoint', secured.app.adminUrl], { env: { ...base, ...extra }, timeout: 60_000 })),
          code: 0,
        };
      } catch (e) {
        const err = e as { code?: number; stdout?: string; stderr?: string };
        return { code: err.code ?? -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
      }
    };
    try {
      const ok = await stacks({ TOLLGATE_ACCESS_KEY_ID: 'AKIDSIGNED', TOLLGATE_SECRET_ACCESS_KEY: 'signed-secret' });
      assert.equal(ok.code, 0, ok.stderr);
      const refused = await stacks({ AWS_ACCESS_KEY_ID: 'AKIDOTHER', AWS_SECRET_ACCESS_KEY: 'other' });
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /^tollgate: UnrecognizedClientException: /);
    } finally {
      await secured.close();
    }
  });
});
