/**
 * The README's `tollgate/testing` examples for node:test, Jest and Vitest (examples/testing/, issue 21), each
 * run by its own runner's CLI as a user would run it: a Tollgate started in the test, a MOCK method created
 * with @aws-sdk/client-api-gateway, deployed and called (200). The examples import the package's public entry
 * `tollgate/testing`; the `tollgate-dist` export condition (package.json "exports") points it at this
 * checkout's dist/, which `npm test` has just built, so no packing or lib/ build is needed. Each run is
 * bounded (60 s) and its runner's own report must count one passed test and no failure.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const examples = `${root}examples/testing/`;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a runner's CLI; the child is not a node:test subprocess of this run, hence NODE_TEST_CONTEXT removed. */
function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, CI: '1', NO_COLOR: '1' };
  delete childEnv.NODE_TEST_CONTEXT;
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: root, env: childEnv, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

function explain(result: Run): string {
  return `exit ${result.code}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`;
}

it('node:test runs examples/testing/node-test (node --test)', async () => {
  const result = await run(['--conditions=tollgate-dist', '--test', '--test-reporter=tap', `${examples}node-test/`]);
  assert.equal(result.code, 0, explain(result));
  assert.match(result.stdout, /^# pass 1$/m, explain(result));
  assert.match(result.stdout, /^# fail 0$/m, explain(result));
});

it('Jest runs examples/testing/jest (jest, native ESM)', async () => {
  const jest = `${root}node_modules/jest/bin/jest.js`;
  const result = await run([jest, '--config', `${examples}jest/jest.config.js`, '--json'], { NODE_OPTIONS: '--experimental-vm-modules' });
  assert.equal(result.code, 0, explain(result));
  const report = JSON.parse(result.stdout) as { numPassedTests: number; numFailedTests: number; numTotalTests: number };
  assert.deepEqual([report.numPassedTests, report.numFailedTests, report.numTotalTests], [1, 0, 1], explain(result));
});

it('Vitest runs examples/testing/vitest (vitest run)', async () => {
  const vitest = `${root}node_modules/vitest/vitest.mjs`;
  const result = await run([vitest, 'run', '--root', `${examples}vitest`, '--reporter=json']);
  assert.equal(result.code, 0, explain(result));
  const report = JSON.parse(result.stdout) as { numPassedTests: number; numFailedTests: number; numTotalTests: number };
  assert.deepEqual([report.numPassedTests, report.numFailedTests, report.numTotalTests], [1, 0, 1], explain(result));
});
