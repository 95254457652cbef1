/**
 * Rewrites the coverage tables of README.md (between each service's coverage markers) from its model and
 * its implemented handler table. test/services/apigateway/coverage.test.ts and
 * test/services/lambda/coverage.test.ts fail when the README disagrees.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APIGATEWAY_MODEL } from '../src/services/apigateway/generated/model.js';
import { IMPLEMENTED } from '../src/services/apigateway/handlers.js';
import { LAMBDA_MODEL } from '../src/services/lambda/generated/model.js';
import { IMPLEMENTED as LAMBDA_IMPLEMENTED } from '../src/services/lambda/handlers.js';
import { projectRoot } from './gen-model.js';
export const BEGIN = '<!-- coverage:begin -->';
export const END = '<!-- coverage:end -->';
export const LAMBDA_BEGIN = '<!-- lambda-coverage:begin -->';
export const LAMBDA_END = '<!-- lambda-coverage:end -->';
export const APIGATEWAY_COVERAGE = { model: APIGATEWAY_MODEL, implemented: IMPLEMENTED, begin: BEGIN, end: END };
export const LAMBDA_COVERAGE = { model: LAMBDA_MODEL, implemented: LAMBDA_IMPLEMENTED, begin: LAMBDA_BEGIN, end: LAMBDA_END };
export function coverageTable(service = APIGATEWAY_COVERAGE) {
    const { model, implemented } = service;
    const rows = Object.entries(model.operations).map(([name, op]) => `| ${name} | \`${op.method} ${op.uri}\` | ${implemented[name] ? 'implemented' : 'not implemented'} |`);
    const done = Object.keys(model.operations).filter((n) => implemented[n]).length;
    return [
        `${done} of ${rows.length} operations implemented; the others answer \`501 NotImplementedException\` naming the operation.`,
        '',
        '| Operation | HTTP | Status |',
        '|---|---|---|',
        ...rows,
    ].join('\n');
}
/** The table of one service as the README has it (between its markers). */
export function readmeTable(readme, service) {
    const a = readme.indexOf(service.begin);
    const b = readme.indexOf(service.end);
    if (a < 0 || b < a)
        throw new Error(`README.md lacks the markers ${service.begin} … ${service.end}`);
    return readme.slice(a + service.begin.length, b);
}
export function withTable(readme, service = APIGATEWAY_COVERAGE) {
    readmeTable(readme, service);
    const a = readme.indexOf(service.begin);
    const b = readme.indexOf(service.end);
    return `${readme.slice(0, a + service.begin.length)}\n${coverageTable(service)}\n${readme.slice(b)}`;
}
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    const path = join(projectRoot, 'README.md');
    writeFileSync(path, withTable(withTable(readFileSync(path, 'utf8')), LAMBDA_COVERAGE));
    console.log('README.md coverage tables updated');
}
//# sourceMappingURL=coverage-table.js.map