/**
 * Rewrites the coverage tables of README.md (between each service's coverage markers) from its model and
 * its implemented handler table. test/services/apigateway/coverage.test.ts and
 * test/services/lambda/coverage.test.ts fail when the README disagrees.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceModel } from '../src/protocol/model.js';
import { APIGATEWAY_MODEL } from '../src/services/apigateway/generated/model.js';
import { IMPLEMENTED } from '../src/services/apigateway/handlers.js';
import { LAMBDA_MODEL } from '../src/services/lambda/generated/model.js';
import { IMPLEMENTED as LAMBDA_IMPLEMENTED } from '../src/services/lambda/handlers.js';
import { CLOUDFORMATION_MODEL } from '../src/services/cloudformation/generated/model.js';
import { IMPLEMENTED as CLOUDFORMATION_IMPLEMENTED } from '../src/stacks/api/service.js';
import { ACM_MODEL } from '../src/services/acm/generated/model.js';
import { IMPLEMENTED as ACM_IMPLEMENTED } from '../src/services/acm/handlers.js';
import { projectRoot } from './gen-model.js';

export const BEGIN = '<!-- coverage:begin -->';
export const END = '<!-- coverage:end -->';
export const LAMBDA_BEGIN = '<!-- lambda-coverage:begin -->';
export const LAMBDA_END = '<!-- lambda-coverage:end -->';
export const CLOUDFORMATION_BEGIN = '<!-- cloudformation-coverage:begin -->';
export const CLOUDFORMATION_END = '<!-- cloudformation-coverage:end -->';

export const ACM_BEGIN = '<!-- acm-coverage:begin -->';
export const ACM_END = '<!-- acm-coverage:end -->';

export interface CoveredService {
  model: ServiceModel;
  implemented: Readonly<Record<string, unknown>>;
  begin: string;
  end: string;
}

export const APIGATEWAY_COVERAGE: CoveredService = { model: APIGATEWAY_MODEL, implemented: IMPLEMENTED, begin: BEGIN, end: END };
export const LAMBDA_COVERAGE: CoveredService = { model: LAMBDA_MODEL, implemented: LAMBDA_IMPLEMENTED, begin: LAMBDA_BEGIN, end: LAMBDA_END };
export const CLOUDFORMATION_COVERAGE: CoveredService = {
  model: CLOUDFORMATION_MODEL,
  implemented: CLOUDFORMATION_IMPLEMENTED,
  begin: CLOUDFORMATION_BEGIN,
  end: CLOUDFORMATION_END,
};

export const ACM_COVERAGE: CoveredService = { model: ACM_MODEL, implemented: ACM_IMPLEMENTED, begin: ACM_BEGIN, end: ACM_END };

/** How an operation is reached: its method and URI, plus awsQuery's Action or awsJson's X-Amz-Target. */
function reachedBy(model: ServiceModel, name: string): string {
  const op = model.operations[name];
  if (model.protocol === 'awsQuery') return `${op.method} ${op.uri} Action=${name}`;
  if (model.protocol === 'awsJson1_1') return `${op.method} ${op.uri} X-Amz-Target: ${model.targetPrefix}.${name}`;
  return `${op.method} ${op.uri}`;
}

export function coverageTable(service: CoveredService = APIGATEWAY_COVERAGE): string {
  const { model, implemented } = service;
  const rows = Object.keys(model.operations).map(
    (name) => `| ${name} | \`${reachedBy(model, name)}\` | ${implemented[name] ? 'implemented' : 'not implemented'} |`,
  );
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
export function readmeTable(readme: string, service: CoveredService): string {
  const a = readme.indexOf(service.begin);
  const b = readme.indexOf(service.end);
  if (a < 0 || b < a) throw new Error(`README.md lacks the markers ${service.begin} … ${service.end}`);
  return readme.slice(a + service.begin.length, b);
}

export function withTable(readme: string, service: CoveredService = APIGATEWAY_COVERAGE): string {
  readmeTable(readme, service);
  const a = readme.indexOf(service.begin);
  const b = readme.indexOf(service.end);
  return `${readme.slice(0, a + service.begin.length)}\n${coverageTable(service)}\n${readme.slice(b)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const path = join(projectRoot, 'README.md');
  const services = [APIGATEWAY_COVERAGE, LAMBDA_COVERAGE, CLOUDFORMATION_COVERAGE, ACM_COVERAGE];
  writeFileSync(
    path,
    services.reduce((readme, service) => withTable(readme, service), readFileSync(path, 'utf8')),
  );
  console.log('README.md coverage tables updated');
}
