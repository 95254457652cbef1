/**
 * With access keys configured, the Lambda Invoke API on the main listener is no open door: calls must be
 * SigV4-signed (service `lambda`) by a configured key, as AWS Lambda requires; unsigned, unknown-key and
 * wrongly signed calls answer 403 with Lambda's error types.
 */
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { writeFunctions } from '../helpers/functions.js';
import { startTollgate } from '../helpers/tollgate.js';
let t;
let fns;
let dir;
const clients = [];
const client = (accessKeyId, secretAccessKey) => {
    const c = new LambdaClient({ endpoint: t.app.url, region: 'us-east-1', credentials: { accessKeyId, secretAccessKey }, maxAttempts: 1 });
    clients.push(c);
    return c;
};
before(async () => {
    fns = writeFunctions();
    dir = mkdtempSync(join(tmpdir(), 'tollgate-lambda-auth-'));
    writeFileSync(join(dir, 'credentials.json'), JSON.stringify({ AKIDLAMBDA: { secretAccessKey: 'lambda-secret', principalArn: 'arn:aws:iam::000000000000:user/dev' } }));
    t = await startTollgate(['--functions', fns.dir, '--credentials', join(dir, 'credentials.json')]);
});
after(async () => {
    for (const c of clients)
        c.destroy();
    await t?.close();
    fns?.remove();
    if (dir)
        rmSync(dir, { recursive: true, force: true });
});
describe('Lambda Invoke API with credentials configured', () => {
    it('runs a call signed by a configured key', async () => {
        const out = await client('AKIDLAMBDA', 'lambda-secret').send(new InvokeCommand({ FunctionName: 'counter', Payload: Buffer.from('{}') }));
        assert.equal(out.StatusCode, 200);
    });
    it('refuses unsigned, unknown-key and wrongly signed calls with 403', async () => {
        const unsigned = await fetch(`${t.app.url}/2015-03-31/functions/counter/invocations`, { method: 'POST', body: '{}' });
        assert.equal(unsigned.status, 403);
        assert.equal(unsigned.headers.get('x-amzn-errortype'), 'MissingAuthenticationTokenException');
        for (const [id, secret, type] of [
            ['AKIDNOBODY', 'x', 'UnrecognizedClientException'],
            ['AKIDLAMBDA', 'wrong', 'InvalidSignatureException'],
        ]) {
            const err = await client(id, secret)
                .send(new InvokeCommand({ FunctionName: 'counter', Payload: Buffer.from('{}') }))
                .then(() => undefined, (e) => e);
            assert.equal(err?.$metadata?.httpStatusCode, 403, id);
            assert.equal(err?.name, type);
        }
    });
});
//# sourceMappingURL=invoke-api-auth.test.js.map