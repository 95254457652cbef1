/**
 * Functions survive a restart: a Tollgate stopped and started again on the same state (the SQLite file in
 * its data dir, or the same PostgreSQL schema) still has the function, its versions, aliases and layers,
 * and runs its code from the store even when the code cache is gone (as on another node).
 */
import { CreateAliasCommand, CreateFunctionCommand, GetAliasCommand, GetFunctionCommand, InvokeCommand, PublishVersionCommand } from '@aws-sdk/client-lambda';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { pino } from 'pino';
import { startApp } from '../../../src/app.js';
import { loadConfig } from '../../../src/config/options.js';
import { codeSha256, lambdaClient, ROLE, zipOf } from '../../helpers/lambda.js';
const dataDir = mkdtempSync(join(tmpdir(), 'tollgate-lambda-restart-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));
/** Answers the unpacked message.txt of the version it is given. */
const runner = {
    run: async (spec) => ({ payload: Buffer.from(JSON.stringify(readFileSync(join(spec.codeDir, 'message.txt'), 'utf8'))) }),
    retire: async () => undefined,
    close: async () => undefined,
};
async function start(args) {
    const app = await startApp(loadConfig(['--port', '0', '--data-dir', dataDir, '--sync', 'NORMAL', ...args]), pino({ level: 'silent' }), {
        functionRunner: runner,
    });
    return { app, lambda: lambdaClient(app.adminUrl) };
}
it('keeps functions, versions, aliases and code across a restart', async () => {
    const args = process.env.TOLLGATE_TEST_STORE === 'postgres' ? ['--postgres', (await (await import('../../helpers/postgres.js')).freshSchema()).url] : [];
    const zip = zipOf({ 'message.txt': 'kept' });
    const first = await start(args);
    await first.lambda.send(new CreateFunctionCommand({ FunctionName: 'durable', Role: ROLE, Runtime: 'python3.12', Handler: 'app.handler', Code: { ZipFile: zip } }));
    await first.lambda.send(new PublishVersionCommand({ FunctionName: 'durable' }));
    await first.lambda.send(new CreateAliasCommand({ FunctionName: 'durable', Name: 'live', FunctionVersion: '1' }));
    const before = await first.lambda.send(new GetFunctionCommand({ FunctionName: 'durable' }));
    first.lambda.destroy();
    await first.app.close();
    rmSync(join(dataDir, 'lambda-code'), { recursive: true, force: true });
    const second = await start(args);
    try {
        const after = await second.lambda.send(new GetFunctionCommand({ FunctionName: 'durable' }));
        assert.deepEqual(after.Configuration, before.Configuration);
        assert.equal(after.Configuration.CodeSha256, codeSha256(zip));
        assert.equal((await second.lambda.send(new GetAliasCommand({ FunctionName: 'durable', Name: 'live' }))).FunctionVersion, '1');
        const res = await second.lambda.send(new InvokeCommand({ FunctionName: 'durable', Qualifier: 'live' }));
        assert.equal(JSON.parse(Buffer.from(res.Payload).toString()), 'kept');
    }
    finally {
        second.lambda.destroy();
        await second.app.close();
    }
});
//# sourceMappingURL=restart.test.js.map