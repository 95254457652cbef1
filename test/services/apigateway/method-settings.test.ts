/** methodSettingFor: which stage method setting applies to a resource path and method. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { methodSettingFor } from '../../../src/domain/stage.js';

const s = (methodSettings: Record<string, unknown>) => ({ methodSettings }) as Parameters<typeof methodSettingFor>[0];

describe('methodSettingFor', () => {
  it('finds per-method entries in plain and ~1-escaped keys, the root included, else */*', () => {
    const stage = s({ '*/*': { n: 'default' }, 'pets/GET': { n: 'pets' }, '~1/GET': { n: 'root' }, '~1a~1b/POST': { n: 'ab' } });
    assert.deepEqual(methodSettingFor(stage, '/pets', 'GET'), { n: 'pets' });
    assert.deepEqual(methodSettingFor(stage, '/', 'GET'), { n: 'root' });
    assert.deepEqual(methodSettingFor(stage, '/a/b', 'POST'), { n: 'ab' });
    assert.deepEqual(methodSettingFor(stage, '/pets', 'POST'), { n: 'default' });
    assert.equal(methodSettingFor(s({}), '/', 'GET'), undefined);
  });
});
