/**
 * Lambda's coverage table in the README is the truth about what Tollgate implements of Lambda's
 * management API: every operation of the model once, with the status the handler table gives it; an
 * operation not implemented answers 501 NotImplementedException naming it, through the SDK.
 * Regenerate the tables with `npm run coverage-table`.
 */
import { GetAccountSettingsCommand, ListEventSourceMappingsCommand } from '@aws-sdk/client-lambda';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { coverageTable, LAMBDA_COVERAGE, readmeTable } from '../../../scripts/coverage-table.js';
import { completeHandlers } from '../../../src/protocol/service.js';
import { LAMBDA_MODEL } from '../../../src/services/lambda/generated/model.js';
import { IMPLEMENTED, lambdaService } from '../../../src/services/lambda/handlers.js';
import { lambdaClient } from '../../helpers/lambda.js';
import { sdkError, startTollgate } from '../../helpers/tollgate.js';
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
describe("Lambda's coverage", () => {
    it('the README table is the one the model and the handler table give', () => {
        const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
        assert.equal(readmeTable(readme, LAMBDA_COVERAGE), `\n${coverageTable(LAMBDA_COVERAGE)}\n`);
    });
    it('every operation of the model has a handler at boot, and only those of the model', () => {
        assert.deepEqual(Object.keys(completeHandlers(lambdaService({ codeCacheDir: '/nonexistent' }))).sort(), Object.keys(LAMBDA_MODEL.operations).sort());
        for (const op of Object.keys(IMPLEMENTED))
            assert.ok(LAMBDA_MODEL.operations[op], op);
    });
    it('an operation not implemented answers 501 NotImplementedException naming it', async () => {
        const calls = {
            GetAccountSettings: () => lambda.send(new GetAccountSettingsCommand({})),
            ListEventSourceMappings: () => lambda.send(new ListEventSourceMappingsCommand({})),
        };
        for (const [op, call] of Object.entries(calls)) {
            assert.ok(!IMPLEMENTED[op]);
            assert.deepEqual(await sdkError(call()), {
                name: 'NotImplementedException',
                message: `Tollgate does not implement ${op} yet`,
                status: 501,
            });
        }
    });
});
//# sourceMappingURL=coverage.test.js.map