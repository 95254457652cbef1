/**
 * Regenerates docs/recorded-aws/steps.tsv from the AWS recordings (../shared/recordings, or the folder
 * given as the first argument), the `rec(...)` names in the tests and the reasons in
 * docs/recorded-aws/not-replayed.tsv, and rewrites the coverage line in the README.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REASONS_FILE, isServiceIntegration, motoLine, readMotoVerdicts, STEPS_FILE, STEPS_HEADER, coverageLine, scanReplays, stepKey, } from '../test/recorded/steps.js';
const root = process.cwd();
// ../shared from the main checkout, ../../shared from a worktree under wt/.
const dir = process.argv[2] ??
    [join(root, '..', 'shared'), join(root, '..', '..', 'shared')].map((d) => join(d, 'recordings', 'localstack-apigateway')).find((d) => existsSync(d)) ??
    join(root, '..', 'shared', 'recordings', 'localstack-apigateway');
if (!existsSync(dir))
    throw new Error(`no recordings at ${dir}`);
const PREFIX = 'tests/aws/services/apigateway/';
const reasons = new Map();
for (const line of readFileSync(join(root, REASONS_FILE), 'utf8').split('\n').slice(1)) {
    if (!line.trim())
        continue;
    const [test, step, reason] = line.split('\t');
    reasons.set(stepKey(test, step), reason);
}
const replays = scanReplays(root);
const rows = [];
for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.snapshot.json'))
    .sort()) {
    const snapshot = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    for (const [key, entry] of Object.entries(snapshot)) {
        const test = key.startsWith(PREFIX) ? key.slice(PREFIX.length) : key;
        for (const step of Object.keys(entry['recorded-content'] ?? {})) {
            const k = stepKey(test, step);
            const where = replays.get(k);
            const reason = reasons.get(k) ?? reasons.get(stepKey(test, '*'));
            if (where)
                rows.push({ test, step, status: 'replayed', detail: where });
            else if (isServiceIntegration(test))
                rows.push({ test, step, status: 'issue 20', detail: reason ?? 'AWS service integration, not yet replayed' });
            else
                rows.push({ test, step, status: 'not replayed', detail: reason ?? 'not yet replayed' });
        }
    }
}
const unknown = [...replays.keys()].filter((k) => !rows.some((r) => stepKey(r.test, r.step) === k));
if (unknown.length)
    throw new Error(`rec(...) names steps that are not recorded:\n${unknown.map((k) => k.replace('\u0000', ' :: ')).join('\n')}`);
writeFileSync(join(root, STEPS_FILE), [STEPS_HEADER, ...rows.map((r) => [r.test, r.step, r.status, r.detail].join('\t'))].join('\n') + '\n');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const line = coverageLine(rows);
const next = readme.replace(/Recorded REST-API steps replayed: [^\n]*/, line).replace(/moto verdicts: [^\n]*/, motoLine(readMotoVerdicts(root)));
if (next === readme && !readme.includes(line))
    throw new Error('README has no "Recorded REST-API steps replayed:" line to update');
writeFileSync(join(root, 'README.md'), next);
console.log(line);
//# sourceMappingURL=recorded-coverage.js.map