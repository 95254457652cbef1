/**
 * ACM's coverage table in the README is the truth about what Tollgate implements of its API: every operation of the
 * model once, with the status the handler table gives it; every other operation answers 501 NotImplementedException
 * naming it (acm.test.ts calls one through the SDK). Regenerate the tables with `npm run coverage-table`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ACM_COVERAGE, coverageTable, readmeTable } from '../../../scripts/coverage-table.js';
import { completeHandlers } from '../../../src/protocol/service.js';
import { ACM_MODEL } from '../../../src/services/acm/generated/model.js';
import { ACM, IMPLEMENTED } from '../../../src/services/acm/handlers.js';

describe("ACM's coverage", () => {
  it('the README table is the one the model and the handler table give', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    assert.equal(readmeTable(readme, ACM_COVERAGE), `\n${coverageTable(ACM_COVERAGE)}\n`);
  });

  it('the eight certificate and tag operations are implemented, and only operations of the model', () => {
    assert.deepEqual(Object.keys(completeHandlers(ACM)).sort(), Object.keys(ACM_MODEL.operations).sort());
    assert.deepEqual(Object.keys(IMPLEMENTED).sort(), [
      'AddTagsToCertificate',
      'DeleteCertificate',
      'DescribeCertificate',
      'GetCertificate',
      'ImportCertificate',
      'ListCertificates',
      'ListTagsForCertificate',
      'RemoveTagsFromCertificate',
    ]);
  });
});
