/**
 * Replaying answers recorded from real AWS.
 *
 * The recordings are LocalStack's AWS-validated snapshot files (localstack/localstack @8b9a79f,
 * tests/aws/services/apigateway/*.snapshot.json); the steps they hold are listed, with what replays
 * each, in docs/recorded-aws/steps.tsv. A test that replays steps is named with `rec(...)`, which is how
 * the coverage check (test/recorded/coverage.test.ts) and `npm run recorded-coverage` find it: pass
 * string literals only, so the names can be read from the source.
 */
import assert from 'node:assert/strict';
/**
 * A test's title naming the recorded test (the snapshot key without `tests/aws/services/apigateway/`)
 * and the steps (the names passed to `snapshot.match`) it replays.
 */
export function rec(test, ...steps) {
    return `${test} [${steps.join(', ')}]`;
}
/** A leaf of an expected value that is checked by a predicate rather than compared. */
export class Matcher {
    name;
    test;
    constructor(name, test) {
        this.name = name;
        this.test = test;
    }
}
/** Placeholders for what the recordings normalised (LocalStack's transformers): ids, dates, uuids. */
export const A = {
    /** An API Gateway id: 10 lower-case letters and digits (rest API, resource, deployment, …). */
    id: new Matcher('id', (v) => typeof v === 'string' && /^[a-z0-9]{10}$/.test(v)),
    /** A short id (authorizer, model, validator …: 6 characters). */
    shortId: new Matcher('shortId', (v) => typeof v === 'string' && /^[a-z0-9]{6}$/.test(v)),
    /** Any string. */
    string: new Matcher('string', (v) => typeof v === 'string'),
    /** A date, as the SDK parses epoch seconds. */
    date: new Matcher('date', (v) => v instanceof Date && !Number.isNaN(v.getTime())),
    /** A UUID. */
    uuid: new Matcher('uuid', (v) => typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v)),
    /** Any value, present. */
    any: new Matcher('any', (v) => v !== undefined),
    /** A string matching the pattern. */
    match: (re) => new Matcher(`match ${re}`, (v) => typeof v === 'string' && re.test(v)),
};
/** An SDK output without its `$metadata`, as the recordings show it (they drop ResponseMetadata too). */
export function body(out) {
    const { $metadata: _m, ...rest } = out;
    return rest;
}
/**
 * Deep equality where the expected value may hold Matchers: the same keys (a key absent from
 * `expected` must be absent, or undefined, in `actual`), arrays in the same order.
 */
export function assertLike(actual, expected, path = '$') {
    if (expected instanceof Matcher) {
        assert.ok(expected.test(actual), `${path}: ${JSON.stringify(actual)} is not ${expected.name}`);
        return;
    }
    if (Array.isArray(expected)) {
        assert.ok(Array.isArray(actual), `${path}: expected an array, got ${JSON.stringify(actual)}`);
        assert.equal(actual.length, expected.length, `${path}: length ${actual.length} != ${expected.length} (${JSON.stringify(actual)})`);
        expected.forEach((e, i) => assertLike(actual[i], e, `${path}[${i}]`));
        return;
    }
    if (expected !== null && typeof expected === 'object' && !(expected instanceof Date)) {
        assert.ok(actual !== null && typeof actual === 'object', `${path}: expected an object, got ${JSON.stringify(actual)}`);
        const a = actual;
        const e = expected;
        const present = (o) => Object.keys(o)
            .filter((k) => o[k] !== undefined)
            .sort();
        assert.deepEqual(present(a), present(e), `${path}: keys differ`);
        for (const k of present(e))
            assertLike(a[k], e[k], `${path}.${k}`);
        return;
    }
    assert.deepEqual(actual, expected, path);
}
/** An SDK call's rejection as the recordings show errors: code, message and HTTP status. */
export async function recordedError(p) {
    try {
        await p;
    }
    catch (e) {
        const err = e;
        return { Code: err.name, Message: err.message, HTTPStatusCode: err.$metadata?.httpStatusCode };
    }
    throw new Error('expected the call to fail');
}
//# sourceMappingURL=recorded.js.map