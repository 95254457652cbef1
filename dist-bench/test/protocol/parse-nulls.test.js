/** Null values inside JSON maps: kept for strings (templates, F67), dropped for lists and structures. */
import { APIGATEWAY_MODEL } from '../../src/services/apigateway/generated/model.js';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseInput } from '../../src/protocol/parse.js';
const request = (body) => ({
    labels: { restApiId: 'abc', authorizerId: 'def' },
    query: new URLSearchParams(),
    staticQueryKeys: [],
    headers: {},
    body: Buffer.from(JSON.stringify(body)),
});
describe('parseInput and null map values', () => {
    it('keeps a null string value and drops a null list value (found by the fuzz test as a 500)', () => {
        const input = parseInput(APIGATEWAY_MODEL, 'TestInvokeAuthorizer', request({ headers: { a: null, b: 'x' }, multiValueHeaders: { k: null, m: ['1'] } }));
        assert.deepEqual(input.headers, { a: null, b: 'x' });
        assert.deepEqual(input.multiValueHeaders, { m: ['1'] });
    });
});
//# sourceMappingURL=parse-nulls.test.js.map