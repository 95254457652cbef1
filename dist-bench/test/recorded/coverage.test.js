/**
 * The recorded-AWS coverage list tells the truth: every step it calls replayed is named by a test
 * with `rec(...)` in the file it names, every `rec(...)` names a recorded step, every step not
 * replayed says why, and the README's count is the list's.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { coverageLine, motoLine, readMotoVerdicts, readSteps, scanReplays, stepKey } from './steps.js';
const root = process.cwd();
const rows = readSteps(root);
const replays = scanReplays(root);
it('every replayed step is named by a test in the file the list gives', () => {
    const missing = rows.filter((r) => r.status === 'replayed' && replays.get(stepKey(r.test, r.step)) !== r.detail);
    assert.deepEqual(missing.map((r) => `${r.test} :: ${r.step} (${r.detail})`), []);
});
it('every rec(...) in the tests names a recorded step, listed as replayed', () => {
    const listed = new Map(rows.map((r) => [stepKey(r.test, r.step), r]));
    const wrong = [...replays.keys()].filter((k) => listed.get(k)?.status !== 'replayed');
    assert.deepEqual(wrong.map((k) => k.replace('\u0000', ' :: ')), []);
});
it('every step not replayed gives a reason, and no step is listed twice', () => {
    assert.deepEqual(rows.filter((r) => r.status !== 'replayed' && !r.detail.trim()).map((r) => `${r.test} :: ${r.step}`), []);
    assert.equal(new Set(rows.map((r) => stepKey(r.test, r.step))).size, rows.length);
});
it("the README's coverage line is the list's", () => {
    assert.ok(readFileSync('README.md', 'utf8').includes(coverageLine(rows)), coverageLine(rows));
});
it("every moto verdict is one of the three, and the README's moto line is the list's", () => {
    const verdicts = readMotoVerdicts(root);
    const allowed = new Set(['fixed', 'moto differs from AWS', 'not about Tollgate']);
    assert.deepEqual([...verdicts].filter(([, v]) => !allowed.has(v)), []);
    assert.ok(readFileSync('README.md', 'utf8').includes(motoLine(verdicts)), motoLine(verdicts));
});
//# sourceMappingURL=coverage.test.js.map