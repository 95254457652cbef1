/**
 * Functions created from zips through the SDK and invoked through Lambda's management API with Tollgate's
 * own execution environments (src/runtime/ProcessRunner, the default runner): a Node.js, a Python and a
 * custom-runtime (`provided.al2023`, a bash `bootstrap` speaking the Lambda Runtime API with curl) function,
 * each through an alias, so the function sees the alias's ARN as its invoked ARN.
 */
import { CreateAliasCommand, CreateFunctionCommand, InvokeCommand, PublishVersionCommand } from '@aws-sdk/client-lambda';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { lambdaClient, ROLE, zipOf } from '../../helpers/lambda.js';
import { startTollgate } from '../../helpers/tollgate.js';
let t;
let lambda;
before(async () => {
    t = await startTollgate();
    lambda = lambdaClient(t.app.adminUrl);
});
after(async () => {
    lambda.destroy();
    await t.close();
});
const NODE = zipOf({ 'index.mjs': 'export const handler = async (event, context) => ({ event, arn: context.invokedFunctionArn, runtime: "node" });\n' });
const PYTHON = zipOf({ 'app.py': 'def handler(event, context):\n    return {"event": event, "arn": context.invoked_function_arn, "runtime": "python"}\n' });
const BOOTSTRAP = zipOf({
    bootstrap: {
        mode: 0o755,
        text: [
            '#!/bin/bash',
            'set -eu',
            'API="http://${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime"',
            'while true; do',
            '  HEADERS="$(mktemp)"',
            '  EVENT=$(curl -sS -D "$HEADERS" "$API/invocation/next")',
            '  ID=$(grep -Fi "Lambda-Runtime-Aws-Request-Id:" "$HEADERS" | tr -d "\\r\\n" | cut -d" " -f2-)',
            '  ARN=$(grep -Fi "Lambda-Runtime-Invoked-Function-Arn:" "$HEADERS" | tr -d "\\r\\n" | cut -d" " -f2-)',
            '  curl -sS -X POST "$API/invocation/$ID/response" -d "{\\"event\\":$EVENT,\\"arn\\":\\"$ARN\\",\\"runtime\\":\\"provided\\"}" >/dev/null',
            'done',
            '',
        ].join('\n'),
    },
});
const cases = [
    { name: 'rt-node', runtime: 'nodejs20.x', handler: 'index.handler', zip: NODE, expect: 'node' },
    { name: 'rt-python', runtime: 'python3.12', handler: 'app.handler', zip: PYTHON, expect: 'python' },
    { name: 'rt-provided', runtime: 'provided.al2023', handler: 'unused', zip: BOOTSTRAP, expect: 'provided' },
];
describe('Invoke with the execution environments', () => {
    for (const c of cases) {
        it(`runs a ${c.runtime} function created from a zip, through an alias`, async () => {
            await lambda.send(new CreateFunctionCommand({ FunctionName: c.name, Role: ROLE, Runtime: c.runtime, Handler: c.handler, Code: { ZipFile: c.zip } }));
            await lambda.send(new PublishVersionCommand({ FunctionName: c.name }));
            const alias = await lambda.send(new CreateAliasCommand({ FunctionName: c.name, Name: 'live', FunctionVersion: '1' }));
            const res = await lambda.send(new InvokeCommand({ FunctionName: c.name, Qualifier: 'live', Payload: Buffer.from('{"n":1}') }));
            assert.equal(res.StatusCode, 200);
            assert.equal(res.FunctionError, undefined, Buffer.from(res.Payload ?? []).toString());
            assert.equal(res.ExecutedVersion, '1');
            assert.deepEqual(JSON.parse(Buffer.from(res.Payload).toString()), { event: { n: 1 }, arn: alias.AliasArn, runtime: c.expect });
        });
    }
});
//# sourceMappingURL=invoke-runtimes.test.js.map