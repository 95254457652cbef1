/**
 * Parameter mapping expressions (src/pipeline/mapping/parameters.ts): `….body.<JSONPath>` reads the
 * payload with the same Jayway-style engine and Java value model as `$input.path`, so a header
 * mapped from the body and a template show the same text.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, mapParameters } from '../../../src/pipeline/mapping/parameters.js';
import { CompiledTemplate } from '../../../src/pipeline/mapping/vtl.js';
const sources = (body, prefix = 'integration.response') => ({
    prefix,
    header: new Map([['x-multi', ['a', 'b']]]),
    querystring: new Map([['q', ['1', '2']]]),
    path: { id: '7' },
    body: () => body,
    context: () => ({ requestId: 'r-1', identity: { sourceIp: '10.0.0.1' }, requestTimeEpoch: 1700000000000 }),
    stageVariables: { env: 'dev' },
});
const body = (payload, path) => evaluate(`integration.response.body.${path}`, sources(payload));
describe('body JSONPath mappings', () => {
    const doc = '{"a":{"b":"x","n":1.0,"i":12345678901234567890,"e":1e2,"t":true,"list":[1,2.50,{"k":"v/w"}]},"pets":[{"name":"rex"},{"name":"tom"}]}';
    it('scalars print as Java prints them: 1.0 stays 1.0, 1e2 is 100.0, an integer past 2^53 keeps its digits', () => {
        assert.equal(body(doc, 'a.b'), 'x');
        assert.equal(body(doc, 'a.n'), '1.0');
        assert.equal(body(doc, 'a.i'), '12345678901234567890');
        assert.equal(body(doc, 'a.e'), '100.0');
        assert.equal(body(doc, 'a.t'), 'true');
    });
    it('objects and arrays are their JSON text, numbers inside the same way', () => {
        assert.equal(body(doc, 'a.list'), '[1,2.5,{"k":"v/w"}]');
        assert.equal(body(doc, 'a.list[2]'), '{"k":"v/w"}');
    });
    it('Jayway paths: indexes, bracket names, indefinite paths give a JSON array', () => {
        assert.equal(body(doc, 'pets[1].name'), 'tom');
        assert.equal(body(doc, "['pets'][0]['name']"), 'rex');
        assert.equal(body(doc, 'pets[*].name'), '["rex","tom"]');
        assert.equal(body(doc, 'pets[?(@.name == "tom")].name'), '["tom"]');
    });
    it('the same value a template sees through $input.path / $input.json', () => {
        const env = { input: { body: doc, path: {}, querystring: {}, header: {} }, context: {}, stageVariables: {} };
        const render = (t) => new CompiledTemplate(t).render(env);
        assert.equal(render("$input.path('$.a.n')"), body(doc, 'a.n'));
        assert.equal(render("$input.json('$.a.list')"), body(doc, 'a.list'));
    });
    it('nothing is mapped for a missing field, a null, a body that is not JSON or a malformed path', () => {
        assert.equal(body(doc, 'a.missing'), undefined);
        assert.equal(body('{"a":null}', 'a'), undefined);
        assert.equal(body('not json', 'a'), undefined);
        assert.equal(body('{"a":', 'a'), undefined);
        assert.equal(body(doc, 'a[?('), undefined);
    });
    it('the whole body; an empty request body maps as {}', () => {
        assert.equal(evaluate('integration.response.body', sources('raw text')), 'raw text');
        assert.equal(evaluate('method.request.body', sources('', 'method.request')), '{}');
        assert.equal(evaluate('method.request.body.a', sources('', 'method.request')), undefined);
    });
});
describe('other sources', () => {
    it('static values, stage variables, context paths, parameters (last value; multivalue lists)', () => {
        const s = sources('', 'method.request');
        assert.equal(evaluate("'static'", s), 'static');
        assert.equal(evaluate('stageVariables.env', s), 'dev');
        assert.equal(evaluate('context.identity.sourceIp', s), '10.0.0.1');
        assert.equal(evaluate('context.requestTimeEpoch', s), '1700000000000');
        assert.equal(evaluate('method.request.header.X-Multi', s), 'b');
        assert.deepEqual(evaluate('method.request.multivalueheader.x-multi', s), ['a', 'b']);
        assert.equal(evaluate('method.request.querystring.q', s), '2');
        assert.equal(evaluate('method.request.path.id', s), '7');
    });
    it('mapParameters keeps only the targets under the prefix', () => {
        const out = mapParameters({ 'method.response.header.X-N': 'integration.response.body.n', 'other.x': "'y'" }, 'method.response', sources('{"n":2.0}'));
        assert.deepEqual(out.header, { 'X-N': '2.0' });
    });
});
//# sourceMappingURL=parameters.test.js.map