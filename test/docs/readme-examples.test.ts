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
