/**
 * Local functions (`--functions DIR`) on the Lambda Invoke API of Tollgate's main listener, driven
 * by the unmodified @aws-sdk/client-lambda and the AWS CLI v2: Lambda's Node.js runtime contract
 * (event, context, callbacks, environment, warm modules) and every fault a handler can cause, each
 * answered as Lambda answers it while the server keeps serving.
 */
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { GetRestApisCommand } from '@aws-sdk/client-api-gateway';
import { ConfigError } from '../../src/config/options.js';
import { CONFIG_FILE, discoverFunctions } from '../../src/lambda/local.js';
import { writeFunctions, type FunctionsDir } from '../helpers/functions.js';
import { startTollgate, type TestServer } from '../helpers/tollgate.js';

for (const environments of ['threads', 'processes'] as const) {
  describe(`--functions in ${environments}`, () => {
    let t: TestServer;
    let fns: FunctionsDir;
    let lambda: LambdaClient;

    before(async () => {
      fns = writeFunctions();
      t = await startTollgate(['--functions', fns.dir, '--node-environments', environments]);
      lambda = new LambdaClient({
        endpoint: t.app.url,
        region: 'us-east-1',
        credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' },
        maxAttempts: 1,
      });
    });
    after(async () => {
      lambda.destroy();
      await t.close();
      fns.remove();
    });

    const text = (b: Uint8Array | undefined): string => Buffer.from(b ?? new Uint8Array()).toString('utf8');
    async function call(name: string, payload: unknown = {}): Promise<{ status: number | undefined; error: string | undefined; body: any }> {
      const out = await lambda.send(new InvokeCommand({ FunctionName: name, Payload: Buffer.from(JSON.stringify(payload)) }));
      return { status: out.StatusCode, error: out.FunctionError, body: JSON.parse(text(out.Payload)) };
    }

    /** After each fault the same server still answers, on both planes. */
    async function stillServing(): Promise<void> {
      const warm = await call('callback', { ping: 1 });
      assert.deepEqual(warm.body, { via: 'callback', echo: { ping: 1 } });
      const apis = await t.client.send(new GetRestApisCommand({}));
      assert.ok(Array.isArray(apis.items));
    }

    describe('Lambda Node.js runtime contract', () => {
      it("gives the handler Lambda's context and environment variables", async () => {
        const before = Date.now();
        const r = await call('ctx', { a: 1 });
        assert.equal(r.status, 200);
        assert.equal(r.error, undefined);
        assert.match(r.body.awsRequestId, /^[0-9a-f-]{36}$/);
        assert.equal(r.body.functionName, 'ctx');
        assert.equal(r.body.functionVersion, '$LATEST');
        assert.equal(r.body.invokedFunctionArn, 'arn:aws:lambda:us-east-1:000000000000:function:ctx');
        assert.equal(r.body.memoryLimitInMB, '256'); // a string, as the Node.js runtime gives it
        assert.equal(r.body.logGroupName, '/aws/lambda/ctx');
        assert.match(r.body.logStreamName, /^\d{4}\/\d{2}\/\d{2}\/\[\$LATEST\][0-9a-f]{32}$/);
        assert.equal(r.body.callbackWaitsForEmptyEventLoop, true);
        assert.ok(r.body.remaining > 6000 && r.body.remaining <= 7000, `remaining ${r.body.remaining} of a 7 s timeout`);
        assert.deepEqual(r.body.event, { a: 1 });
        assert.deepEqual(r.body.env, {
          AWS_LAMBDA_FUNCTION_NAME: 'ctx',
          AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
          AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '256',
          AWS_REGION: 'us-east-1', // reserved: the function's own AWS_REGION does not win
          AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs20.x',
          _HANDLER: 'ctx.handler',
          GREETING: 'hello',
        });
        assert.ok(Date.now() - before < 5000);
      });

      it('runs callback handlers, nested exports, and keeps modules warm between invocations', async () => {
        assert.deepEqual((await call('callback', { x: 'y' })).body, { via: 'callback', echo: { x: 'y' } });
        assert.deepEqual((await call('named', { q: 1 })).body, { from: 'lib/impl.nested.main', event: { q: 1 } });
        const first = (await call('counter')).body.n as number;
        assert.equal((await call('counter')).body.n, first + 1);
        assert.equal((await call('counter')).body.n, first + 2);
      });

      it("answers Event with 202, DryRun with 204, and LogType Tail with the invocation's log", async () => {
        const ev = await lambda.send(new InvokeCommand({ FunctionName: 'counter', InvocationType: 'Event', Payload: Buffer.from('{}') }));
        assert.equal(ev.StatusCode, 202);
        const dry = await lambda.send(new InvokeCommand({ FunctionName: 'counter', InvocationType: 'DryRun' }));
        assert.equal(dry.StatusCode, 204);
        const tail = await lambda.send(new InvokeCommand({ FunctionName: 'ctx', LogType: 'Tail', Payload: Buffer.from('{}') }));
        const log = Buffer.from(tail.LogResult!, 'base64').toString('utf8');
        assert.match(log, /^START RequestId: [0-9a-f-]{36} Version: \$LATEST\n/);
        assert.match(log, /END RequestId: [0-9a-f-]{36}\nREPORT RequestId: [0-9a-f-]{36}\tDuration: [\d.]+ ms\tBilled Duration: \d+ ms\tMemory Size: 256 MB/);
        assert.equal(tail.ExecutedVersion, '$LATEST');
      });

      it('accepts names, qualified names and full ARNs; unknown functions are ResourceNotFoundException', async () => {
        assert.equal((await call('arn:aws:lambda:eu-west-1:000000000000:function:callback', 1)).body.via, 'callback');
        assert.equal((await call('callback:$LATEST', 1)).body.via, 'callback');
        await assert.rejects(lambda.send(new InvokeCommand({ FunctionName: 'nope' })), (e: Error & { $metadata: { httpStatusCode: number } }) => {
          assert.equal(e.name, 'ResourceNotFoundException');
          assert.equal(e.message, 'Function not found: arn:aws:lambda:us-east-1:000000000000:function:nope');
          assert.equal(e.$metadata.httpStatusCode, 404);
          return true;
        });
        const bad = await fetch(`${t.app.url}/2015-03-31/functions/echo/invocations`, { method: 'POST', body: '{not json' });
        assert.equal(bad.status, 400);
        assert.equal(bad.headers.get('x-amzn-errortype'), 'InvalidRequestContentException');
        assert.match(((await bad.json()) as { message: string }).message, /^Could not parse request body into json/);
      });
    });

    describe('faults: the status Lambda gives, and the server keeps serving', () => {
      it('a thrown error: errorType from its name, errorMessage, trace; X-Amz-Function-Error Unhandled', async () => {
        const r = await call('boom', { message: 'bad input' });
        assert.equal(r.status, 200);
        assert.equal(r.error, 'Unhandled');
        assert.equal(r.body.errorType, 'ValidationError');
        assert.equal(r.body.errorMessage, 'bad input');
        assert.match(r.body.trace[0], /^ValidationError: bad input/);
        const s = await call('callbackerror');
        assert.deepEqual(s.body, { errorType: 'string', errorMessage: 'plain string failure', trace: [] });
        await stillServing();
      });

      it('a timeout (slow or a busy loop): Sandbox.Timedout "Task timed out after 1.00 seconds"', async () => {
        // No clock here: a timeout that did not fire would answer `{ late: true }` (slow) or never (spin).
        for (const name of ['slow', 'spin']) {
          const r = await call(name);
          assert.equal(r.error, 'Unhandled', name);
          assert.equal(r.body.errorType, 'Sandbox.Timedout');
          assert.match(r.body.errorMessage, /^RequestId: [0-9a-f-]{36} Error: Task timed out after 1\.00 seconds$/);
        }
        await stillServing();
      });

      it('process.exit: Runtime.ExitError with the exit status; an uncaught async error ends the environment', async () => {
        const r = await call('exit');
        assert.equal(r.error, 'Unhandled');
        assert.equal(r.body.errorType, 'Runtime.ExitError');
        assert.match(r.body.errorMessage, /^RequestId: [0-9a-f-]{36} Error: Runtime exited with error: exit status 3$/);
        const u = await call('uncaught');
        assert.equal(u.body.errorType, 'TypeError');
        assert.equal(u.body.errorMessage, 'late failure');
        const rejected = await call('rejects');
        assert.equal(rejected.body.errorType, 'Runtime.UnhandledPromiseRejection');
        assert.equal(rejected.body.errorMessage, 'Error: nobody caught me');
        await stillServing();
      });

      it('an answer over 6 MB: Function.ResponseSizeTooLarge', async () => {
        const r = await call('big');
        assert.equal(r.error, 'Unhandled');
        assert.deepEqual(r.body, {
          errorType: 'Function.ResponseSizeTooLarge',
          errorMessage: 'Response payload size exceeded maximum allowed payload size (6291556 bytes).',
        });
      });

      it('unbounded allocation hits the memory cap: Runtime.OutOfMemory, and the next call gets a fresh environment', async () => {
        const r = await call('hog');
        assert.equal(r.error, 'Unhandled');
        assert.equal(r.body.errorType, 'Runtime.OutOfMemory');
        assert.match(r.body.errorMessage, /Runtime exited with error: signal: killed$/);
        const again = await call('hog');
        assert.equal(again.body.errorType, 'Runtime.OutOfMemory');
        await stillServing();
      });
    });

    describe('init failures', () => {
      it('a missing module, a syntax error, a missing export: Runtime.ImportModuleError / UserCodeSyntaxError / HandlerNotFound', async () => {
        const missing = await call('missing');
        assert.equal(missing.error, 'Unhandled');
        assert.equal(missing.body.errorType, 'Runtime.ImportModuleError');
        assert.match(missing.body.errorMessage, /^Error: Cannot find module/);
        const syntax = await call('syntax');
        assert.equal(syntax.body.errorType, 'Runtime.UserCodeSyntaxError');
        assert.match(syntax.body.errorMessage, /^SyntaxError: /);
        const noexport = await call('noexport');
        assert.deepEqual(noexport.body, {
          errorType: 'Runtime.HandlerNotFound',
          errorMessage: 'counter.nothere is undefined or not exported',
          trace: [],
        });
        await stillServing();
      });
    });

    describe('aws lambda invoke (AWS CLI v2)', () => {
      it('invokes a local function through --endpoint-url', async () => {
        const home = mkdtempSync(join(tmpdir(), 'tollgate-awscli-'));
        try {
          writeFileSync(join(home, 'config'), '');
          writeFileSync(join(home, 'credentials'), '');
          const env = {
            PATH: '/usr/bin:/bin',
            HOME: home,
            LANG: 'C.UTF-8',
            AWS_ACCESS_KEY_ID: 'AKIDCLI',
            AWS_SECRET_ACCESS_KEY: 's',
            AWS_DEFAULT_REGION: 'us-east-1',
            AWS_CONFIG_FILE: join(home, 'config'),
            AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
            AWS_PAGER: '',
            AWS_EC2_METADATA_DISABLED: 'true',
          };
          const out = join(home, 'out.json');
          const { stdout } = await promisify(execFile)(
            '/usr/bin/aws',
            [
              '--endpoint-url',
              t.app.url,
              '--output',
              'json',
              'lambda',
              'invoke',
              '--function-name',
              'boom',
              '--cli-binary-format',
              'raw-in-base64-out',
              '--payload',
              '{"message":"from the cli"}',
              out,
            ],
            { env, timeout: 60_000 },
          );
          assert.deepEqual(JSON.parse(stdout), { StatusCode: 200, FunctionError: 'Unhandled', ExecutedVersion: '$LATEST' });
          assert.equal(JSON.parse(readFileSync(out, 'utf8')).errorMessage, 'from the cli');
        } finally {
          rmSync(home, { recursive: true, force: true });
        }
      });
    });
  });
}

describe('--functions layout', () => {
  it('refuses a tollgate.functions.json with bad settings, naming the function', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tollgate-badfns-'));
    try {
      writeFileSync(join(dir, 'a.js'), 'exports.handler = async () => 1;');
      writeFileSync(join(dir, CONFIG_FILE), JSON.stringify({ a: { timeout: 0 } }));
      assert.throws(
        () => discoverFunctions(dir),
        (e: Error) => e instanceof ConfigError && /function 'a': timeout must be 1-900 seconds/.test(e.message),
      );
      writeFileSync(join(dir, CONFIG_FILE), JSON.stringify({ a: { memory: 128 } }));
      assert.throws(() => discoverFunctions(dir), /unknown setting 'memory'/);
      writeFileSync(join(dir, CONFIG_FILE), '{}');
      const fns = discoverFunctions(dir);
      assert.deepEqual([...fns.keys()], ['a']);
      assert.equal(fns.get('a')!.handler, 'a.handler');
      assert.equal(fns.get('a')!.timeoutSeconds, 3);
      assert.equal(fns.get('a')!.memorySize, 128);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
