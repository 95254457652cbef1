/**
 * `--functions DIR` is a shortcut that creates functions of Lambda's management API
 * (src/services/lambda/functions-dir.ts): they are listed and read like any other (the folder as hot-reload
 * code, the running node's runtime, the folder's settings), invoked through the one path every function
 * takes, and kept in step with the folder — a file added later is found on its first invocation, a file
 * removed goes at the next start, a function created through the API under the same name is left alone.
 */
import { CreateFunctionCommand, GetFunctionCommand, InvokeCommand, ListFunctionsCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pino } from 'pino';
import { startApp, type RunningApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/options.js';
import { NODE_RUNTIME } from '../../src/lambda/local.js';
import { lambdaClient, ROLE, zipOf } from '../helpers/lambda.js';
import { writeFunctions } from '../helpers/functions.js';

const SETTINGS = JSON.stringify({ greet: { timeout: 9, memorySize: 512, environment: { GREETING: 'hi' } } });
const GREET = 'export const handler = async (event) => ({ greeting: process.env.GREETING, event });\n';
const fns = writeFunctions({ 'greet.mjs': GREET, 'gone.mjs': 'export const handler = async () => "gone";\n', 'tollgate.functions.json': SETTINGS }, {});
const dataDir = mkdtempSync(join(tmpdir(), 'tollgate-functions-dir-'));
after(() => {
  fns.remove();
  rmSync(dataDir, { recursive: true, force: true });
});

async function start(): Promise<{ app: RunningApp; lambda: LambdaClient; close(): Promise<void> }> {
  const args = process.env.TOLLGATE_TEST_STORE === 'postgres' ? ['--postgres', await schema()] : [];
  const config = loadConfig(['--port', '0', '--data-dir', dataDir, '--sync', 'NORMAL', '--functions', fns.dir, ...args]);
  const app = await startApp(config, pino({ level: 'silent' }));
  const lambda = lambdaClient(app.adminUrl);
  return {
    app,
    lambda,
    async close() {
      lambda.destroy();
      await app.close();
    },
  };
}

let schemaUrl: string | undefined;
async function schema(): Promise<string> {
  schemaUrl ??= (await (await import('../helpers/postgres.js')).freshSchema()).url;
  return schemaUrl;
}

const text = (b: Uint8Array | undefined): string => Buffer.from(b ?? new Uint8Array()).toString('utf8');

describe('--functions DIR creates functions of Lambda API', () => {
  it('lists and reads them as functions with the folder as hot-reload code and its settings', async () => {
    const t = await start();
    try {
      const names = (await t.lambda.send(new ListFunctionsCommand({}))).Functions!.map((f) => f.FunctionName).sort();
      assert.deepEqual(names, ['gone', 'greet']);
      const fn = await t.lambda.send(new GetFunctionCommand({ FunctionName: 'greet' }));
      const c = fn.Configuration!;
      assert.equal(c.Runtime, NODE_RUNTIME);
      assert.equal(c.Handler, 'greet.handler');
      assert.equal(c.Timeout, 9);
      assert.equal(c.MemorySize, 512);
      assert.deepEqual(c.Environment, { Variables: { GREETING: 'hi' } });
      assert.equal(c.CodeSha256, 'hot-reloading-hash-not-available');
      assert.equal(c.FunctionArn, 'arn:aws:lambda:us-east-1:000000000000:function:greet');
      assert.equal(fn.Code?.Location, `file://${fns.dir}`);
    } finally {
      await t.close();
    }
  });

  it("runs them through Lambda's management API as through the main listener's Invoke", async () => {
    const t = await start();
    try {
      const out = await t.lambda.send(new InvokeCommand({ FunctionName: 'greet', Payload: Buffer.from('{"n":1}') }));
      assert.equal(out.FunctionError, undefined, text(out.Payload));
      assert.deepEqual(JSON.parse(text(out.Payload)), { greeting: 'hi', event: { n: 1 } });
    } finally {
      await t.close();
    }
  });

  it('finds a file added later on its first invocation, and drops a removed one at the next start', async () => {
    const t = await start();
    try {
      writeFileSync(join(fns.dir, 'late.mjs'), 'export const handler = async () => "late";\n');
      await new Promise((r) => setTimeout(r, 1100)); // the folder is read again at most once a second
      const out = await t.lambda.send(new InvokeCommand({ FunctionName: 'late' }));
      assert.equal(text(out.Payload), '"late"');
      assert.ok((await t.lambda.send(new ListFunctionsCommand({}))).Functions!.some((f) => f.FunctionName === 'late'));
    } finally {
      await t.close();
    }
    unlinkSync(join(fns.dir, 'gone.mjs'));
    const again = await start();
    try {
      const names = (await again.lambda.send(new ListFunctionsCommand({}))).Functions!.map((f) => f.FunctionName).sort();
      assert.deepEqual(names, ['greet', 'late']);
    } finally {
      await again.close();
    }
  });

  it('leaves a function created through the API under a folder name alone', async () => {
    const t = await start();
    try {
      await t.lambda.send(
        new CreateFunctionCommand({
          FunctionName: 'mine',
          Role: ROLE,
          Runtime: 'nodejs20.x',
          Handler: 'index.handler',
          Code: { ZipFile: zipOf({ 'index.mjs': 'export const handler = async () => "from the zip";\n' }) },
        }),
      );
    } finally {
      await t.close();
    }
    writeFileSync(join(fns.dir, 'mine.mjs'), 'export const handler = async () => "from the folder";\n');
    const again = await start();
    try {
      const out = await again.lambda.send(new InvokeCommand({ FunctionName: 'mine' }));
      assert.equal(text(out.Payload), '"from the zip"');
    } finally {
      await again.close();
    }
  });
});
