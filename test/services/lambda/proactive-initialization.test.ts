/**
 * Proactive initialization (src/services/lambda/proactive-initialization.ts, ProcessRunner.prepare): after
 * UpdateFunctionCode / UpdateFunctionConfiguration a function in use gets its new environment started at once,
 * init only, and its next invocation finds it initialized; a function never invoked gets none; an init error in
 * that environment is the next invocation's answer, as a cold start's. Each function's init code writes a marker
 * file (the time it ran), which is how the test sees an init happen without invoking.
 */
import {
  CreateFunctionCommand,
  InvokeCommand,
  PutFunctionConcurrencyCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
  type LambdaClient,
} from '@aws-sdk/client-lambda';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import { ProcessRunner } from '../../../src/runtime/process-runner.js';
import { lambdaClient, ROLE, zipOf } from '../../helpers/lambda.js';
import { startTollgate, type TestServer } from '../../helpers/tollgate.js';

let t: TestServer;
let lambda: LambdaClient;
let runner: ProcessRunner;
let markers: string;
before(async () => {
  markers = mkdtempSync(join(tmpdir(), 'tollgate-preinit-'));
  runner = new ProcessRunner({ log: pino({ level: 'silent' }) });
  t = await startTollgate([], { functionRunner: runner });
  lambda = lambdaClient(t.app.adminUrl);
});
after(async () => {
  lambda.destroy();
  await t.close();
  rmSync(markers, { recursive: true, force: true });
});

/** Code whose init writes `marker` (its time) and, if `fail`, then throws; the handler answers its version and init time. */
const code = (marker: string, v: number, fail = false): Buffer =>
  zipOf({
    'index.mjs':
      `import { writeFileSync } from 'node:fs';\nconst initAt = Date.now();\nwriteFileSync(${JSON.stringify(join(markers, marker))}, String(initAt));\n` +
      (fail ? `throw new Error('init failed in v${v}');\n` : '') +
      `export const handler = async () => ({ v: ${v}, initAt });\n`,
  });

async function until(what: string, ok: () => boolean): Promise<void> {
  const guard = Date.now() + 20_000;
  while (!ok()) {
    if (Date.now() > guard) throw new Error(`${what} did not happen within 20 s`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function invoke(name: string): Promise<{ body: Record<string, unknown>; log: string; error?: string }> {
  const res = await lambda.send(new InvokeCommand({ FunctionName: name, LogType: 'Tail' }));
  return { body: JSON.parse(Buffer.from(res.Payload!).toString()), log: Buffer.from(res.LogResult ?? '', 'base64').toString(), error: res.FunctionError };
}

const create = (name: string, zip: Buffer) =>
  lambda.send(new CreateFunctionCommand({ FunctionName: name, Role: ROLE, Runtime: 'nodejs20.x', Handler: 'index.handler', Code: { ZipFile: zip } }));

describe('proactive initialization after an update', () => {
  it('starts the new code of a warm function before its next invocation, which finds it initialized', async () => {
    await create('pre-warm', code('warm-1', 1));
    assert.equal((await invoke('pre-warm')).body.v, 1);
    await lambda.send(new UpdateFunctionCodeCommand({ FunctionName: 'pre-warm', ZipFile: code('warm-2', 2) }));
    // The marker is written during the init; the runtime asks for its first event just after.
    await until('the new code initialized', () => existsSync(join(markers, 'warm-2')) && runner.initializedEnvironments('pre-warm') === 1);
    const sent = Date.now();
    const r = await invoke('pre-warm');
    assert.equal(r.body.v, 2);
    assert.equal(r.body.initAt, Number(readFileSync(join(markers, 'warm-2'), 'utf8')));
    assert.ok(r.body.initAt <= sent, 'the environment was initialized before the invocation was sent');
    assert.doesNotMatch(r.log, /Init Duration/, 'not a cold start');
    assert.equal(runner.environments('pre-warm'), 1, 'one environment: the old one retired, no second started');
  });

  it('does the same after UpdateFunctionConfiguration, one environment at most', async () => {
    await create('pre-config', code('config-1', 1));
    await invoke('pre-config');
    rmSync(join(markers, 'config-1'));
    await lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'pre-config', Timeout: 5 }));
    await until('the new configuration initialized', () => existsSync(join(markers, 'config-1')) && runner.initializedEnvironments('pre-config') === 1);
    assert.equal(runner.environments('pre-config'), 1);
    const r = await invoke('pre-config');
    assert.doesNotMatch(r.log, /Init Duration/);
    assert.equal(runner.environments('pre-config'), 1);
  });

  it('starts nothing for a function never invoked', async () => {
    await create('pre-cold', code('cold-1', 1));
    await lambda.send(new UpdateFunctionCodeCommand({ FunctionName: 'pre-cold', ZipFile: code('cold-2', 2) }));
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(runner.environments('pre-cold'), 0);
    assert.equal(existsSync(join(markers, 'cold-2')), false, 'no init ran');
    const r = await invoke('pre-cold');
    assert.equal(r.body.v, 2);
    assert.match(r.log, /Init Duration/, 'its first invocation is a cold start');
  });

  it('starts nothing for a function with reserved concurrency (Lambda words it for on-demand functions)', async () => {
    await create('pre-reserved', code('reserved-1', 1));
    await lambda.send(new PutFunctionConcurrencyCommand({ FunctionName: 'pre-reserved', ReservedConcurrentExecutions: 2 }));
    assert.equal((await invoke('pre-reserved')).body.v, 1);
    await lambda.send(new UpdateFunctionCodeCommand({ FunctionName: 'pre-reserved', ZipFile: code('reserved-2', 2) }));
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(existsSync(join(markers, 'reserved-2')), false, 'no init ran');
    const r = await invoke('pre-reserved');
    assert.equal(r.body.v, 2);
    assert.match(r.log, /Init Duration/);
  });

  it("answers an init error of the environment started ahead at the next invocation, as a cold start's", async () => {
    await create('pre-fails', code('fails-1', 1));
    await invoke('pre-fails');
    await lambda.send(new UpdateFunctionCodeCommand({ FunctionName: 'pre-fails', ZipFile: code('fails-2', 2, true) }));
    await until('the failing init ran', () => existsSync(join(markers, 'fails-2')));
    const ahead = await invoke('pre-fails');
    await create('cold-fails', code('cold-fails', 2, true));
    const cold = await invoke('cold-fails');
    assert.equal(cold.error, 'Unhandled');
    assert.equal(ahead.error, 'Unhandled');
    assert.equal(ahead.body.errorType, cold.body.errorType);
    assert.equal(ahead.body.errorMessage, cold.body.errorMessage);
    assert.match(String(ahead.body.errorMessage), /init failed in v2/);
  });
});
