/**
 * applyPatch, the patchOperations engine: rule lookup (literal paths and `/prefix/*`), RFC 6901
 * unescaping of the key, AWS's texts for an unknown path (two spaces after "path", F33, F56) and for
 * an op the path does not take (F19, F56), and all-or-nothing application on a copy.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ServiceError } from '../../../src/protocol/errors.js';
import { badRequest as apiGatewayBadRequest } from '../../../src/services/apigateway/errors.js';
import { applyPatch, invalidPatchPath, onlyOps, patchBoolean, unescapePointer, unsupportedOperation, } from '../../../src/services/apigateway/patch.js';
const thing = () => ({ name: 'n', description: 'd', types: ['a'], seen: [] });
const TABLE = {
    rules: [
        {
            path: '/name',
            ops: ['replace'],
            apply: (t, op) => {
                t.name = op.value ?? '';
            },
        },
        {
            path: '/description',
            ops: ['add', 'replace', 'remove'],
            apply: (t, op) => {
                if (op.op === 'remove')
                    delete t.description;
                else
                    t.description = op.value;
            },
        },
        {
            path: '/size',
            ops: ['replace'],
            badOp: onlyOps(['replace']),
            apply: (t, op) => {
                if (!/^\d+$/.test(op.value ?? ''))
                    throw apiGatewayBadRequest(`bad size ${op.value}`);
                t.size = Number(op.value);
            },
        },
        {
            path: '/types/*',
            ops: ['add', 'remove'],
            apply: (t, op, key) => {
                t.types = op.op === 'add' ? [...t.types, key] : t.types.filter((x) => x !== key);
            },
        },
        {
            path: '/seen/*',
            ops: ['add', 'replace', 'remove', 'copy', 'move', 'test'],
            apply: (t, op, key) => {
                t.seen.push(`${op.op}:${key}:${op.value ?? ''}:${op.from ?? ''}`);
            },
        },
    ],
};
function badRequest(fn) {
    try {
        fn();
    }
    catch (e) {
        assert.ok(e instanceof ServiceError, String(e));
        assert.equal(e.code, 'BadRequestException');
        assert.equal(e.status, 400);
        return e.message;
    }
    assert.fail('accepted');
}
describe('applyPatch', () => {
    it('applies ops in order through the rule of their path', () => {
        const out = applyPatch(thing(), [
            { op: 'replace', path: '/name', value: 'first' },
            { op: 'replace', path: '/name', value: 'second' },
            { op: 'remove', path: '/description' },
            { op: 'replace', path: '/size', value: '42' },
            { op: 'add', path: '/types/b' },
        ], TABLE);
        assert.deepEqual(out, { name: 'second', size: 42, types: ['a', 'b'], seen: [] });
    });
    it('takes a missing op as replace', () => {
        assert.equal(applyPatch(thing(), [{ path: '/name', value: 'x' }], TABLE).name, 'x');
        assert.deepEqual(applyPatch(thing(), [{ path: '/seen/k', value: 'v' }], TABLE).seen, ['replace:k:v:']);
    });
    it('passes value and from through, and no ops (or none given) changes nothing', () => {
        assert.deepEqual(applyPatch(thing(), [{ op: 'copy', path: '/seen/k', from: '/name' }], TABLE).seen, ['copy:k::/name']);
        assert.deepEqual(applyPatch(thing(), [], TABLE), thing());
        assert.deepEqual(applyPatch(thing(), undefined, TABLE), thing());
    });
    describe('keyed paths (`/prefix/*`)', () => {
        it('unescapes ~1 to / and ~0 to ~ in the key (RFC 6901)', () => {
            assert.deepEqual(applyPatch(thing(), [{ op: 'add', path: '/types/image~1png' }], TABLE).types, ['a', 'image/png']);
            assert.deepEqual(applyPatch(thing(), [{ op: 'add', path: '/types/a~0b~1c' }], TABLE).types, ['a', 'a~b/c']);
            // ~01 is "~1" literally: ~1 is replaced first, so the ~0 does not form a new ~1.
            assert.deepEqual(applyPatch(thing(), [{ op: 'add', path: '/types/~01' }], TABLE).types, ['a', '~1']);
            assert.equal(unescapePointer('~0~1~1~0'), '~//~');
            assert.equal(unescapePointer('no escapes'), 'no escapes');
        });
        it('keeps the rest of the path, slashes included, as the key', () => {
            assert.deepEqual(applyPatch(thing(), [{ op: 'add', path: '/types/x/y/z' }], TABLE).types, ['a', 'x/y/z']);
        });
        it('needs a key: the bare prefix is an unknown path', () => {
            for (const path of ['/types', '/types/']) {
                assert.equal(badRequest(() => applyPatch(thing(), [{ op: 'add', path }], TABLE)), `Invalid patch path  '${path}' specified for op 'add'. Must be one of: [/description, /types/{key}, /seen/{key}]`);
            }
        });
    });
    describe('unknown paths', () => {
        it("answers AWS's text with two spaces, listing the paths that take the op (F33, F56)", () => {
            assert.equal(badRequest(() => applyPatch(thing(), [{ op: 'replace', path: '/id', value: 'x' }], TABLE)), "Invalid patch path  '/id' specified for op 'replace'. Must be one of: [/name, /description, /size, /seen/{key}]");
            assert.equal(badRequest(() => applyPatch(thing(), [{ op: 'remove', path: '/nope' }], TABLE)), "Invalid patch path  '/nope' specified for op 'remove'. Must be one of: [/description, /types/{key}, /seen/{key}]");
            assert.equal(invalidPatchPath({ op: 'replace', path: '/id' }, ['/a', '/b']), "Invalid patch path  '/id' specified for op 'replace'. Must be one of: [/a, /b]");
        });
        it('names a missing op as replace and a missing path as empty', () => {
            assert.equal(badRequest(() => applyPatch(thing(), [{ path: '/id' }], TABLE)), "Invalid patch path  '/id' specified for op 'replace'. Must be one of: [/name, /description, /size, /seen/{key}]");
            assert.equal(badRequest(() => applyPatch(thing(), [{ op: 'remove' }], TABLE)), "Invalid patch path  '' specified for op 'remove'. Must be one of: [/description, /types/{key}, /seen/{key}]");
        });
        it('matches paths exactly (case, trailing slash, escapes)', () => {
            for (const path of ['/Name', '/name/', 'name', '/name~1x', '//name']) {
                assert.match(badRequest(() => applyPatch(thing(), [{ op: 'replace', path, value: 'v' }], TABLE)), /^Invalid patch path {2}'/, path);
            }
        });
        it('uses the table’s own text when it has one', () => {
            const table = { ...TABLE, unknownPath: (op, allowed) => `custom ${op.op} ${op.path} ${allowed.length}` };
            assert.equal(badRequest(() => applyPatch(thing(), [{ path: '/zzz' }], table)), 'custom replace /zzz 4');
        });
    });
    describe('ops a path does not take', () => {
        it("answers AWS's generic text (F56)", () => {
            assert.equal(badRequest(() => applyPatch(thing(), [{ op: 'add', path: '/name', value: 'x' }], TABLE)), "Invalid patch path  '/name' specified for op 'add'. Please choose supported operations");
            assert.equal(unsupportedOperation({ op: 'move', path: '/p' }), "Invalid patch path  '/p' specified for op 'move'. Please choose supported operations");
        });
        it("uses the rule's own text: onlyOps gives AWS's 'Must be one of' (F19, F21)", () => {
            assert.equal(badRequest(() => applyPatch(thing(), [{ op: 'add', path: '/size', value: '1' }], TABLE)), 'Invalid patch operation specified. Must be one of: [replace]');
            assert.equal(onlyOps(['add', 'remove'])(), 'Invalid patch operation specified. Must be one of: [add, remove]');
        });
        it('refuses an op text outside the enum rather than guessing (validation normally stops it first)', () => {
            assert.equal(badRequest(() => applyPatch(thing(), [{ op: 'frobnicate', path: '/name', value: 'x' }], TABLE)), "Invalid patch path  '/name' specified for op 'frobnicate'. Please choose supported operations");
        });
    });
    describe('all or nothing', () => {
        it('works on a copy: the target is never modified', () => {
            const target = thing();
            const out = applyPatch(target, [
                { op: 'replace', path: '/name', value: 'x' },
                { op: 'add', path: '/types/b' },
            ], TABLE);
            assert.notEqual(out, target);
            assert.notEqual(out.types, target.types);
            assert.deepEqual(target, thing());
        });
        it('leaves the target untouched when a later op fails (bad path, bad op, or the rule throws)', () => {
            const failing = [
                [
                    { op: 'replace', path: '/name', value: 'x' },
                    { op: 'add', path: '/types/b' },
                    { op: 'replace', path: '/nope' },
                ],
                [
                    { op: 'remove', path: '/description' },
                    { op: 'add', path: '/name' },
                ],
                [
                    { op: 'add', path: '/types/b' },
                    { op: 'replace', path: '/size', value: 'big' },
                ],
            ];
            for (const ops of failing) {
                const target = thing();
                badRequest(() => applyPatch(target, ops, TABLE));
                assert.deepEqual(target, thing());
            }
        });
        it('stops at the first failing op', () => {
            let applied = 0;
            const table = {
                rules: [
                    {
                        path: '/n',
                        ops: ['replace'],
                        apply: () => {
                            applied++;
                        },
                    },
                ],
            };
            badRequest(() => applyPatch(thing(), [{ path: '/n' }, { path: '/x' }, { path: '/n' }], table));
            assert.equal(applied, 1);
        });
    });
    it('reads patch booleans as AWS does: "true" in any case is true, anything else false (F32)', () => {
        // Java's Boolean.parseBoolean ignores case, as the stage and request-validator flags already showed
        // (https://docs.oracle.com/javase/8/docs/api/java/lang/Boolean.html#parseBoolean-java.lang.String-).
        for (const v of ['true', 'TRUE', 'True'])
            assert.equal(patchBoolean(v), true, v);
        for (const v of ['false', '1', 'yes', '', 'not-a-boolean', undefined])
            assert.equal(patchBoolean(v), false, String(v));
    });
});
//# sourceMappingURL=patch.test.js.map