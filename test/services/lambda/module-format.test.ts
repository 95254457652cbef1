/**
 * A function's `.js` files are CommonJS unless a package.json in its own code says `"type": "module"`, as in
 * Lambda, where the code is /var/task with nothing above it (https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html,
 * "Designating a function handler as an ES module"), even when the code sits inside a project whose package.json
 * says `"type": "module"` (issue 18; src/runtime/node/module-format.ts): a zip unpacked under that project's data
 * directory and a hot-reload directory in it (the runtime client in a process), and a `--functions` directory in
 * it (worker threads). A package.json of the code's own that says "module" still makes its `.js` files ES modules.
 */
import { CreateFunctionCommand, InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { lambdaClient, ROLE, zipOf } from '../../helpers/lambda.js';
import { startTollgate, type TestServer } from '../../helpers/tollgate.js';

/** CommonJS that `require`s a CommonJS `.js` file of its own. */
const CJS = {
  'index.js': "const { shout } = require('./lib.js');\nexports.handler = async (event) => ({ format: typeof module, said: shout(event.say) });\n",
  'lib.js': 'module.exports.shout = (s) => String(s).toUpperCase();\n',
};
const ESM = {
  'package.json': '{ "type": "module" }\n',
  'index.js': "import { shout } from './lib.js';\nexport const handler = async (event) => ({ format: typeof module, said: shout(event.say) });\n",
  'lib.js': 'export const shout = (s) => String(s).toUpperCase();\n',
};

/** Writes `files` into `dir` (created). */
function write(dir: string, files: Record<string, string>): string {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

// The project: a package.json saying "module" at its top, Tollgate's data directory, hot-reload folders and a functions folder in it.
const project = mkdtempSync(join(tmpdir(), 'tollgate-esm-project-'));
writeFileSync(join(project, 'package.json'), '{ "name": "project", "type": "module" }\n');
const hotCjs = write(join(project, 'functions', 'cjs'), CJS);
const hotEsm = write(join(project, 'functions', 'esm'), ESM);
const functionsDir = write(join(project, 'local'), { 'legacy.js': CJS['index.js'].replace("require('./lib.js')", "require('./lib/shout.js')") });
write(join(functionsDir, 'lib'), { 'shout.js': CJS['lib.js'] });

let t: TestServer;
let lambda: LambdaClient;
before(async () => {
  t = await startTollgate(['--data-dir', join(project, '.tollgate'), '--functions', functionsDir]);
  lambda = lambdaClient(t.app.adminUrl);
});
after(async () => {
  lambda.destroy();
  await t.close();
  rmSync(project, { recursive: true, force: true });
});

const create = (name: string, Code: { ZipFile: Buffer } | { S3Bucket: string; S3Key: string }) =>
  lambda.send(new CreateFunctionCommand({ FunctionName: name, Role: ROLE, Runtime: 'nodejs20.x', Handler: 'index.handler', Code }));

async function invoke(name: string): Promise<unknown> {
  const res = await lambda.send(new InvokeCommand({ FunctionName: name, Payload: Buffer.from('{"say":"hi"}') }));
  const body: unknown = JSON.parse(Buffer.from(res.Payload ?? []).toString());
  assert.equal(res.FunctionError, undefined, JSON.stringify(body));
  return body;
}

describe('inside a project whose package.json says "type": "module"', () => {
  it('a zip without a package.json runs its .js files as CommonJS (unpacked under the data directory)', async () => {
    await create('zip-cjs', { ZipFile: zipOf(CJS) });
    assert.deepEqual(await invoke('zip-cjs'), { format: 'object', said: 'HI' });
  });

  it('a zip whose package.json says "module" runs them as ES modules', async () => {
    await create('zip-esm', { ZipFile: zipOf(ESM) });
    assert.deepEqual(await invoke('zip-esm'), { format: 'undefined', said: 'HI' });
  });

  it('a hot-reload directory without a package.json runs its .js files as CommonJS, and one with its own "module" as ESM', async () => {
    await create('hot-cjs', { S3Bucket: 'hot-reload', S3Key: hotCjs });
    assert.deepEqual(await invoke('hot-cjs'), { format: 'object', said: 'HI' });
    await create('hot-esm', { S3Bucket: 'hot-reload', S3Key: hotEsm });
    assert.deepEqual(await invoke('hot-esm'), { format: 'undefined', said: 'HI' });
  });

  it('a --functions directory (worker threads) runs its .js files as CommonJS', async () => {
    assert.deepEqual(await invoke('legacy'), { format: 'object', said: 'HI' });
  });
});
