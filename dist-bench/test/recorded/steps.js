/**
 * The list of AWS-recorded steps (docs/recorded-aws/steps.tsv) and the `rec(...)` names in the tests
 * that replay them. Shared by the coverage check and `npm run recorded-coverage`, which regenerates the
 * list from the recordings when they are at hand (../shared/recordings, not part of the repository).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
export const STEPS_FILE = 'docs/recorded-aws/steps.tsv';
export const REASONS_FILE = 'docs/recorded-aws/not-replayed.tsv';
export const STEPS_HEADER = 'test\tstep\tstatus\tdetail';
/** Recorded files that exercise AWS service integrations: replayed under issue 20, not this suite. */
export const SERVICE_INTEGRATION_FILES = [
    'test_apigateway_sqs.py',
    'test_apigateway_dynamodb.py',
    'test_apigateway_kinesis.py',
    'test_apigateway_s3.py',
    'test_apigateway_stepfunctions.py',
    'test_apigateway_eventbridge.py',
    'test_apigateway_ssm.py',
];
export function readSteps(root) {
    const lines = readFileSync(join(root, STEPS_FILE), 'utf8')
        .split('\n')
        .filter((l) => l.length > 0);
    if (lines[0] !== STEPS_HEADER)
        throw new Error(`${STEPS_FILE}: first line must be the header`);
    return lines.slice(1).map((l) => {
        const [test, step, status, detail = ''] = l.split('\t');
        return { test, step, status: status, detail };
    });
}
export const stepKey = (test, step) => `${test}\u0000${step}`;
/** Every `rec('test', 'step', …)` in the test sources: step key → test file (relative to root). */
export function scanReplays(root) {
    const found = new Map();
    const walk = (dir) => {
        for (const name of readdirSync(dir)) {
            const p = join(dir, name);
            if (statSync(p).isDirectory())
                walk(p);
            else if (p.endsWith('.ts'))
                scanFile(p);
        }
    };
    const literal = /'((?:[^'\\]|\\.)*)'/g;
    const scanFile = (p) => {
        const src = readFileSync(p, 'utf8');
        for (const call of src.matchAll(/\brec\(\s*((?:'(?:[^'\\]|\\.)*'\s*,?\s*)+)\)/g)) {
            const args = [...call[1].matchAll(literal)].map((m) => m[1].replace(/\\(.)/g, '$1'));
            const [test, ...steps] = args;
            for (const s of steps)
                found.set(stepKey(test, s), relative(root, p));
        }
    };
    walk(join(root, 'test'));
    return found;
}
/** Whether a step belongs to an AWS service-integration file (issue 20's, counted apart). */
export const isServiceIntegration = (test) => SERVICE_INTEGRATION_FILES.some((f) => test.startsWith(f + '::'));
/** Counts for the README: REST-API steps replayed / total, and the service-integration steps apart (replayed / total). */
export function summarize(rows) {
    const rest = rows.filter((r) => !isServiceIntegration(r.test));
    const service = rows.filter((r) => isServiceIntegration(r.test));
    return {
        replayed: rest.filter((r) => r.status === 'replayed').length,
        rest: rest.length,
        notReplayed: rest.filter((r) => r.status === 'not replayed').length,
        serviceReplayed: service.filter((r) => r.status === 'replayed').length,
        serviceIntegrations: service.length,
    };
}
export function coverageLine(rows) {
    const s = summarize(rows);
    return (`Recorded REST-API steps replayed: ${s.replayed} / ${s.rest}` +
        ` (${s.notReplayed} not replayed, each with its reason in ${STEPS_FILE}); AWS service-integration steps replayed: ${s.serviceReplayed} / ${s.serviceIntegrations} (issue 20).`);
}
export const MOTO_FILE = 'docs/moto-differences.md';
/** The verdict rows of docs/moto-differences.md: moto test → verdict. */
export function readMotoVerdicts(root) {
    const rows = new Map();
    for (const line of readFileSync(join(root, MOTO_FILE), 'utf8').split('\n')) {
        const m = /^\| (test_[^|]+?) \| ([^|]+?) \|/.exec(line);
        if (m)
            rows.set(m[1], m[2].replace(/\*/g, '').trim());
    }
    return rows;
}
export function motoLine(verdicts) {
    const count = (v) => [...verdicts.values()].filter((x) => x === v).length;
    return (`moto verdicts: ${verdicts.size} tests — ${count('fixed')} fixed in Tollgate, ${count('moto differs from AWS')} where moto differs from AWS,` +
        ` ${count('not about Tollgate')} not about Tollgate (moto's own Cognito calls).`);
}
//# sourceMappingURL=steps.js.map