/**
 * CloudFormation's coverage table in the README is the truth about what Tollgate implements of its API: every
 * operation of the model once, with the status the handler table gives it; every other operation answers 501
 * NotImplementedException naming it (cloudformation-api.test.ts calls one through the SDK).
 * Regenerate the tables with `npm run coverage-table`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CLOUDFORMATION_COVERAGE, coverageTable, readmeTable } from '../../../scripts/coverage-table.js';
import { completeHandlers } from '../../../src/protocol/service.js';
import { CLOUDFORMATION_MODEL } from '../../../src/services/cloudformation/generated/model.js';
import { CLOUDFORMATION, IMPLEMENTED } from '../../../src/stacks/api/service.js';

describe("CloudFormation's coverage", () => {
  it('the README table is the one the model and the handler table give', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    assert.equal(readmeTable(readme, CLOUDFORMATION_COVERAGE), `\n${coverageTable(CLOUDFORMATION_COVERAGE)}\n`);
  });

  it('the seventeen operations the command line, `aws cloudformation deploy` and the SDKs need are implemented, and only operations of the model', () => {
    assert.deepEqual(Object.keys(completeHandlers(CLOUDFORMATION)).sort(), Object.keys(CLOUDFORMATION_MODEL.operations).sort());
    assert.deepEqual(Object.keys(IMPLEMENTED).sort(), [
      'CreateChangeSet',
      'CreateStack',
      'DeleteChangeSet',
      'DeleteStack',
      'DescribeChangeSet',
      'DescribeStackEvents',
      'DescribeStackResources',
      'DescribeStacks',
      'ExecuteChangeSet',
      'GetTemplate',
      'GetTemplateSummary',
      'ListChangeSets',
      'ListExports',
      'ListStackResources',
      'ListStacks',
      'UpdateStack',
      'ValidateTemplate',
    ]);
  });
});
