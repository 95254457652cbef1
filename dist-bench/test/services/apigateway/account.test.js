/**
 * GetAccount and UpdateAccount through the AWS SDK: AWS's account defaults (throttle from "Amazon API
 * Gateway quotas"), per-region settings, and the UpdateAccount patch table.
 */
import { GetAccountCommand, UpdateAccountCommand } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { raw, sdkError, startTollgate } from '../../helpers/tollgate.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
const ROLE = 'arn:aws:iam::123456789012:role/apigw-cloudwatch';
const update = (patchOperations, region = 'us-east-1') => t.clientFor(region).send(new UpdateAccountCommand({ patchOperations }));
const get = (region = 'us-east-1') => t.clientFor(region).send(new GetAccountCommand({}));
const bad = (message) => ({ name: 'BadRequestException', message, status: 400 });
describe('GetAccount', () => {
    it("answers AWS's defaults, with rateLimit as a double and no role until one is set", async () => {
        const res = await get('ca-central-1');
        assert.equal(res.$metadata.httpStatusCode, 200);
        assert.deepEqual(res.throttleSettings, { burstLimit: 5000, rateLimit: 10000 });
        assert.deepEqual(res.features, ['UsagePlans']);
        assert.equal(res.apiKeyVersion, '4');
        assert.equal('cloudwatchRoleArn' in res, false);
        const r = await raw(t.app.adminUrl, 'GET', '/account');
        assert.equal(r.text, '{"throttleSettings":{"burstLimit":5000,"rateLimit":10000.0},"features":["UsagePlans"],"apiKeyVersion":"4"}');
    });
    it('uses the lower account throttle of Cape Town and Milan', async () => {
        assert.deepEqual((await get('af-south-1')).throttleSettings, { burstLimit: 1250, rateLimit: 2500 });
        assert.deepEqual((await get('eu-south-1')).throttleSettings, { burstLimit: 1250, rateLimit: 2500 });
    });
});
describe('UpdateAccount', () => {
    it('sets and clears the CloudWatch role, per region', async () => {
        const res = await update([{ op: 'replace', path: '/cloudwatchRoleArn', value: ROLE }], 'us-west-2');
        assert.equal(res.cloudwatchRoleArn, ROLE);
        assert.deepEqual(res.throttleSettings, { burstLimit: 5000, rateLimit: 10000 });
        assert.equal((await get('us-west-2')).cloudwatchRoleArn, ROLE);
        assert.equal('cloudwatchRoleArn' in (await get('us-west-1')), false);
        assert.equal('cloudwatchRoleArn' in (await update([{ op: 'replace', path: '/cloudwatchRoleArn', value: '' }], 'us-west-2')), false);
        assert.equal('cloudwatchRoleArn' in (await get('us-west-2')), false);
    });
    it('adds and removes features, but never UsagePlans', async () => {
        let res = await update([{ op: 'add', path: '/features', value: 'Other' }], 'eu-north-1');
        assert.deepEqual(res.features, ['UsagePlans', 'Other']);
        res = await update([{ op: 'add', path: '/features', value: 'Other' }], 'eu-north-1');
        assert.deepEqual(res.features, ['UsagePlans', 'Other']);
        res = await update([{ op: 'remove', path: '/features', value: 'Other' }], 'eu-north-1');
        assert.deepEqual(res.features, ['UsagePlans']);
        assert.deepEqual(await sdkError(update([{ op: 'remove', path: '/features', value: 'UsagePlans' }], 'eu-north-1')), bad('Usage Plans cannot be disabled once enabled'));
        assert.deepEqual(await sdkError(update([{ op: 'add', path: '/features' }], 'eu-north-1')), bad('A feature name is required'));
        assert.deepEqual((await get('eu-north-1')).features, ['UsagePlans']);
    });
    it('refuses the throttle and any other path, and wrong ops, changing nothing', async () => {
        const cases = [
            [
                { op: 'replace', path: '/throttle/burstLimit', value: '10' },
                "Invalid patch path  '/throttle/burstLimit' specified for op 'replace'. Must be one of: [/cloudwatchRoleArn]",
            ],
            [
                { op: 'replace', path: '/throttleSettings/rateLimit', value: '10' },
                "Invalid patch path  '/throttleSettings/rateLimit' specified for op 'replace'. Must be one of: [/cloudwatchRoleArn]",
            ],
            [{ op: 'add', path: '/apiKeyVersion', value: '5' }, "Invalid patch path  '/apiKeyVersion' specified for op 'add'. Must be one of: [/features]"],
            [{ op: 'remove', path: '/cloudwatchRoleArn' }, "Invalid patch path  '/cloudwatchRoleArn' specified for op 'remove'. Please choose supported operations"],
            [{ op: 'replace', path: '/features', value: 'X' }, "Invalid patch path  '/features' specified for op 'replace'. Please choose supported operations"],
        ];
        for (const [op, message] of cases) {
            assert.deepEqual(await sdkError(update([{ op: 'replace', path: '/cloudwatchRoleArn', value: ROLE }, op], 'me-south-1')), bad(message), op.path);
        }
        assert.equal('cloudwatchRoleArn' in (await get('me-south-1')), false);
        const v = await sdkError(update([{ op: 'bogus', path: '/features', value: 'x' }]));
        assert.equal(v.name, 'ValidationException');
        assert.match(v.message, /updateAccountInput\.patchOperations\.1\.member\.op/);
    });
});
//# sourceMappingURL=account.test.js.map