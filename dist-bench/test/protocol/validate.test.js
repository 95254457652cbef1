/**
 * validateInput: Coral's ValidationException texts for required members, enums, lists of enums and
 * patterns, in the shape's member order (labels last), with 1-based list indexes and labels by bare name.
 * Recorded answers are cited (peer-localstack F7, F8, F22, F64, F67, F69); the others follow the
 * same recorded format and say so.
 */
import { APIGATEWAY_MODEL } from '../../src/services/apigateway/generated/model.js';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderError, ServiceError } from '../../src/protocol/errors.js';
import { validateInput } from '../../src/protocol/validate.js';
const OPS = '[add, remove, move, test, replace, copy]';
const notNull = (path) => `Value null at '${path}' failed to satisfy constraint: Member must not be null`;
const badOp = (v, i) => `Value '${v}' at 'updateRestApiInput.patchOperations.${i}.member.op' failed to satisfy constraint: Member must satisfy enum value set: ${OPS}`;
function messageOf(operation, input) {
    try {
        validateInput(APIGATEWAY_MODEL, operation, input);
    }
    catch (e) {
        assert.ok(e instanceof ServiceError);
        assert.equal(e.code, 'ValidationException');
        assert.equal(e.status, 400);
        return e.message;
    }
    assert.fail(`${operation} input was accepted`);
}
describe('validateInput', () => {
    it('accepts a valid input, and ignores members it has no constraint on', () => {
        assert.doesNotThrow(() => validateInput(APIGATEWAY_MODEL, 'CreateRestApi', { name: 'x', endpointConfiguration: { types: ['EDGE'], ipAddressType: 'ipv4' } }));
        assert.doesNotThrow(() => validateInput(APIGATEWAY_MODEL, 'UpdateRestApi', { restApiId: 'a', patchOperations: [{ op: 'replace', path: '/name', value: 'n' }] }));
        assert.doesNotThrow(() => validateInput(APIGATEWAY_MODEL, 'PutMethodResponse', { restApiId: 'a', resourceId: 'b', httpMethod: 'GET', statusCode: '200' }));
    });
    describe('required members', () => {
        it('reports a missing body member with the input path', () => {
            assert.equal(messageOf('CreateRestApi', {}), `1 validation error detected: ${notNull('createRestApiInput.name')}`);
        });
        it('reports labels by bare name (F67 reports the statusCode label so)', () => {
            assert.equal(messageOf('GetRestApi', {}), `1 validation error detected: ${notNull('restApiId')}`);
        });
        it('reports every missing member, in member order (body, then labels)', () => {
            // Format recorded (F8, F22); body before labels is recorded (TestApigatewayMethodResponse::
            // test_update_method_response_negative_tests [update-method-response-invalid-statuscode-and-wrong-op]).
            assert.equal(messageOf('CreateDocumentationPart', {}), `3 validation errors detected: ${notNull('createDocumentationPartInput.location')}; ${notNull('createDocumentationPartInput.properties')}; ${notNull('restApiId')}`);
            assert.equal(messageOf('UntagResource', {}), `2 validation errors detected: ${notNull('untagResourceInput.tagKeys')}; ${notNull('resourceArn')}`);
        });
        it('reports a missing member of a nested structure with its full path', () => {
            // Not recorded; Coral's path format from F7/F8 applied to DocumentationPartLocation.type.
            assert.equal(messageOf('CreateDocumentationPart', { restApiId: 'a', location: { path: '/' }, properties: '{}' }), `1 validation error detected: ${notNull('createDocumentationPartInput.location.type')}`);
        });
    });
    describe('enums', () => {
        it('lists the enum values in AWS order (F64)', () => {
            assert.equal(messageOf('PutIntegration', { restApiId: 'a', resourceId: 'b', httpMethod: 'GET', type: 'HTTPS_PROXY' }), "1 validation error detected: Value 'HTTPS_PROXY' at 'putIntegrationInput.type' failed to satisfy constraint: Member must satisfy enum value set: [HTTP, MOCK, AWS_PROXY, HTTP_PROXY, AWS]");
        });
        it('reports a list of enums once, as a whole (F7)', () => {
            assert.equal(messageOf('CreateRestApi', { name: 'x', endpointConfiguration: { types: ['EDGE', 'wrong', 'worse'] } }), "1 validation error detected: Value '[EDGE, wrong, worse]' at 'createRestApiInput.endpointConfiguration.types' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [PRIVATE, EDGE, REGIONAL]]");
        });
        it('puts the types error before the ipAddressType error (F8)', () => {
            assert.equal(messageOf('CreateRestApi', { name: 'x', endpointConfiguration: { ipAddressType: 'wrong', types: ['wrong'] } }), "2 validation errors detected: Value '[wrong]' at 'createRestApiInput.endpointConfiguration.types' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [PRIVATE, EDGE, REGIONAL]]; Value 'wrong' at 'createRestApiInput.endpointConfiguration.ipAddressType' failed to satisfy constraint: Member must satisfy enum value set: [ipv4, dualstack]");
        });
        it('indexes list elements from 1 and reports each bad one (F22, F69)', () => {
            const ops = [
                { op: 'wrong', path: '/a' },
                { op: 'replace', path: '/b' },
                { op: 'wrong', path: '/c' },
                { op: 'also', path: '/d' },
            ];
            assert.equal(messageOf('UpdateRestApi', { restApiId: 'a', patchOperations: ops }), `3 validation errors detected: ${badOp('wrong', 1)}; ${badOp('wrong', 3)}; ${badOp('also', 4)}`);
        });
        it('is case-sensitive', () => {
            assert.equal(messageOf('UpdateRestApi', { restApiId: 'a', patchOperations: [{ op: 'REPLACE' }] }), `1 validation error detected: ${badOp('REPLACE', 1)}`);
        });
    });
    describe('patterns', () => {
        it('reports a label pattern violation by bare name (F67)', () => {
            assert.equal(messageOf('PutIntegrationResponse', { restApiId: 'a', resourceId: 'b', httpMethod: 'GET', statusCode: 'wrong' }), "1 validation error detected: Value 'wrong' at 'statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [1-5]\\d\\d");
        });
        it('anchors the pattern to the whole value', () => {
            for (const v of ['2000', '20', ' 200', '600', '200\n']) {
                assert.match(messageOf('GetMethodResponse', { restApiId: 'a', resourceId: 'b', httpMethod: 'GET', statusCode: v }), /regular expression pattern: \[1-5\]\\d\\d$/, JSON.stringify(v));
            }
        });
    });
    it('orders mixed violations by member order, body members before labels: required, enum and pattern together', () => {
        // Each text is recorded (F7, F22, F67); body before labels too (TestApigatewayMethodResponse::
        // test_update_method_response_negative_tests [update-method-response-invalid-statuscode-and-wrong-op]).
        assert.equal(messageOf('PutMethodResponse', { resourceId: 'b', statusCode: '99' }), `3 validation errors detected: ${notNull('restApiId')}; ${notNull('httpMethod')}; Value '99' at 'statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [1-5]\\d\\d`);
        assert.equal(messageOf('PutIntegration', { type: 'nope', httpMethod: 'GET', resourceId: 'r' }), `2 validation errors detected: Value 'nope' at 'putIntegrationInput.type' failed to satisfy constraint: Member must satisfy enum value set: [HTTP, MOCK, AWS_PROXY, HTTP_PROXY, AWS]; ${notNull('restApiId')}`);
        assert.equal(messageOf('UpdateMethodResponse', {
            restApiId: 'a',
            resourceId: 'b',
            httpMethod: 'GET',
            statusCode: 'wrong',
            patchOperations: [{ op: 'wrong_op', path: '/x' }],
        }), `2 validation errors detected: Value 'wrong_op' at 'updateMethodResponseInput.patchOperations.1.member.op' failed to satisfy constraint: Member must satisfy enum value set: ${OPS}; Value 'wrong' at 'statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [1-5]\\d\\d`);
    });
    it('renders as AWS does: x-amzn-ErrorType and a capitalised Message (F7)', () => {
        try {
            validateInput(APIGATEWAY_MODEL, 'CreateRestApi', {});
            assert.fail('accepted');
        }
        catch (e) {
            const r = renderError(e);
            assert.equal(r.status, 400);
            assert.equal(r.headers['x-amzn-ErrorType'], 'ValidationException');
            assert.deepEqual(JSON.parse(r.body), { Message: `1 validation error detected: ${notNull('createRestApiInput.name')}` });
        }
    });
});
//# sourceMappingURL=validate.test.js.map