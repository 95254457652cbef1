/**
 * The layering rules (README "Architecture", .dependency-cruiser.cjs) as a test: dependency-cruiser reads
 * every import of src/ and the test fails on any violation that is not in EXCEPTIONS below. Each exception
 * names the rule, the import, and why it stands in this round. An exception that no longer occurs is
 * reported (a test diagnostic) rather than failed, so that work removing one can land before the list is
 * edited; delete it then.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** The project's own install, else one on NODE_PATH (Node's usual place for packages installed elsewhere). */
const CLI = [join(ROOT, 'node_modules'), ...(process.env.NODE_PATH ?? '').split(delimiter).filter(Boolean)]
    .map((dir) => join(dir, 'dependency-cruiser/bin/dependency-cruise.mjs'))
    .find((p) => existsSync(p));
/** The violations that stand, by name. Empty this list; never grow it without a reason a reviewer accepts. */
const EXCEPTIONS = [];
function cruise() {
    assert.ok(CLI, 'dependency-cruiser is not installed: npm install (it is a devDependency)');
    const r = spawnSync(process.execPath, [CLI, 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
    });
    assert.ok(r.stdout, `dependency-cruiser answered nothing: ${r.stderr}`);
    return JSON.parse(r.stdout).summary.violations;
}
const show = (v) => `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (cycle: ${v.cycle.map((c) => c.name).join(' → ')})` : ''}`;
const matches = (e, v) => e.rule === v.rule.name && e.from === v.from && e.to === v.to;
describe('layering', () => {
    const violations = cruise();
    it('no import breaks a layering rule, except the named exceptions', () => {
        const unexpected = violations.filter((v) => !EXCEPTIONS.some((e) => matches(e, v)));
        assert.deepEqual(unexpected.map(show), []);
    });
    it('reports the named exceptions that no longer occur (delete them)', (t) => {
        for (const e of EXCEPTIONS.filter((x) => !violations.some((v) => matches(x, v))))
            t.diagnostic(`stale exception, delete it: ${e.rule}: ${e.from} → ${e.to}`);
    });
});
//# sourceMappingURL=layering.test.js.map