/**
 * Rewrites the coverage table of README.md (between the coverage markers) from the model and the
 * implemented handler table. test/services/apigateway/coverage.test.ts fails when the README disagrees.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APIGATEWAY_MODEL } from '../src/services/apigateway/generated/model.js';
import { IMPLEMENTED } from '../src/services/apigateway/handlers.js';
import { projectRoot } from './gen-model.js';

export const BEGIN = '<!-- coverage:begin -->';
export const END = '<!-- coverage:end -->';

export function coverageTable(): string {
  const rows = Object.entries(APIGATEWAY_MODEL.operations).map(
    ([name, op]) => `| ${name} | \`${op.method} ${op.uri}\` | ${IMPLEMENTED[name] ? 'implemented' : 'not implemented'} |`,
  );
  const done = Object.keys(APIGATEWAY_MODEL.operations).filter((n) => IMPLEMENTED[n]).length;
  return [
    `${done} of ${rows.length} operations implemented; the others answer \`501 NotImplementedException\` naming the operation.`,
    '',
    '| Operation | HTTP | Status |',
    '|---|---|---|',
    ...rows,
  ].join('\n');
}

export function withTable(readme: string): string {
  const a = readme.indexOf(BEGIN);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error('README.md lacks the coverage markers');
  return `${readme.slice(0, a + BEGIN.length)}\n${coverageTable()}\n${readme.slice(b)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const path = join(projectRoot, 'README.md');
  writeFileSync(path, withTable(readFileSync(path, 'utf8')));
  console.log('README.md coverage table updated');
}
