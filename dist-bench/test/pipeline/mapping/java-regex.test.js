/**
 * The Java regexes of a gateway's configuration (selectionPattern, identityValidationExpression):
 * `javaMatcher` compiles once and matches the whole value as `Matcher.matches()` does. Expected
 * values follow java.util.regex (OpenJDK 17).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { javaMatcher, javaRegexProblem } from '../../../src/shared/java-regex.js';
const matches = (pattern, s) => javaMatcher(pattern)?.(s);
describe('javaMatcher', () => {
    it('matches the whole value, not a part of it', () => {
        assert.equal(matches('2\\d{2}', '200'), true);
        assert.equal(matches('2\\d{2}', '2001'), false);
        assert.equal(matches('4\\d{2}', 'x404'), false);
        assert.equal(matches('', ''), true);
    });
    it('leading inline flags: (?i), (?s), (?x)', () => {
        assert.equal(matches('(?i).*error.*', 'An ERROR occurred'), true);
        assert.equal(matches('.*error.*', 'An ERROR occurred'), false);
        assert.equal(matches('(?s)Gone:.*', 'Gone:\nnow'), true);
        assert.equal(matches('(?x) a  b # comment', 'ab'), true);
    });
    it('`.` stops at a line terminator without (?s), as the SVC selectionPattern doc warns', () => {
        assert.equal(matches('.+', 'one\ntwo'), false);
        assert.equal(matches('(\\n|.)+', 'one\ntwo'), true);
    });
    it('Java-only syntax: POSIX and Unicode classes, possessive quantifiers, \\h, \\Q…\\E, \\A/\\z', () => {
        assert.equal(matches('\\p{Upper}{3}-\\p{Digit}++', 'ABC-12'), true);
        assert.equal(matches('\\p{Upper}{3}-\\p{Digit}++', 'AbC-12'), false);
        assert.equal(matches('\\p{IsLatin}+', 'héllo'), true);
        assert.equal(matches('a\\hb', 'a\tb'), true);
        assert.equal(matches('\\Q[x]*\\E', '[x]*'), true);
        assert.equal(matches('\\A\\w+\\z', 'abc'), true);
        assert.equal(matches('[a-z]*+', 'abc'), true);
    });
    it('`$` before a final newline, as Java allows it', () => {
        assert.equal(matches('abc$\\n', 'abc\n'), true);
    });
    it('a pattern that cannot be translated gives no matcher (callers never match) and a reason; it does not throw', () => {
        for (const p of ['(?>atomic)', 'a(?i)b', '[a[b]]', '\\G', '(unclosed', '\\p{NoSuchClass}']) {
            assert.equal(javaMatcher(p), undefined, p);
            assert.equal(typeof javaRegexProblem(p), 'string', p);
        }
        assert.equal(javaRegexProblem('(?i).*'), undefined);
    });
    it('a matcher is reusable (no lastIndex carried between calls)', () => {
        const m = javaMatcher('a+');
        assert.deepEqual([m('aaa'), m('aaa'), m('b'), m('a')], [true, true, false, true]);
    });
});
//# sourceMappingURL=java-regex.test.js.map