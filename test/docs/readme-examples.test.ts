/**
 * The README's `tollgate/testing` example is a test of the suite (test/testing/readme-example.test.ts):
 * the README shows that file as it is, but for its import path (the package name instead of src/).
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const root = new URL('../../../', import.meta.url); // dist/test/docs → the repository

it('README shows test/testing/readme-example.test.ts as it is', () => {
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const file = readFileSync(new URL('test/testing/readme-example.test.ts', root), 'utf8');
  const block = /<!-- test\/testing\/readme-example\.test\.ts -->\n```ts\n([\s\S]*?)```\n/.exec(readme);
  assert.ok(block, 'the README marks the example with <!-- test/testing/readme-example.test.ts -->');
  assert.equal(block[1], file.replace("from '../../src/testing.js'", "from 'tollgate/testing'"));
});

// The Jest, Vitest and node:test examples (examples/testing/, run by test/testing/examples.test.ts): the README
// shows an excerpt of each; every line of it but comments and blank lines is in the file, in the same order.
for (const runner of ['node-test', 'jest', 'vitest']) {
  it(`README's excerpt of examples/testing/${runner}/mock-api.test.js is in that file`, () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    const path = `examples/testing/${runner}/mock-api.test.js`;
    const file = readFileSync(new URL(path, root), 'utf8').split('\n');
    const block = new RegExp(`<!-- ${path.replaceAll('/', '\\/').replaceAll('.', '\\.')} \\(excerpt\\) -->\\n\`\`\`js\\n([\\s\\S]*?)\`\`\`\\n`).exec(readme);
    assert.ok(block, `the README marks the excerpt with <!-- ${path} (excerpt) -->`);
    let at = 0;
    for (const line of block[1].split('\n').filter((l) => l.trim() !== '' && !l.startsWith('//'))) {
      const found = file.indexOf(line, at);
      assert.ok(found >= 0, `${path} has, after its line ${at}: ${line}`);
      at = found + 1;
    }
  });
}
