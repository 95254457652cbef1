/**
 * The committed models and types are exactly what scripts/gen-model.ts makes from the pinned SDKs
 * and src/services/<id>/model-patches.json: regenerated in memory, every service's
 * src/services/<id>/generated/{model,types}.ts must equal the committed file byte for byte (run
 * `npm run gen-model` after changing an SDK pin or the patches).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { generatedFiles, generateModel, SERVICES, serviceSpec } from '../../scripts/gen-model.js';
import { APIGATEWAY_MODEL } from '../../src/services/apigateway/generated/model.js';
import { LAMBDA_MODEL } from '../../src/services/lambda/generated/model.js';
for (const spec of SERVICES) {
    describe(`generated ${spec.id} model and types`, () => {
        it('regenerate byte for byte', () => {
            for (const f of generatedFiles(spec)) {
                const committed = readFileSync(f.path, 'utf8');
                if (f.text !== committed) {
                    const a = f.text.split('\n');
                    const b = committed.split('\n');
                    const i = a.findIndex((line, n) => line !== b[n]);
                    assert.fail(`${f.path} is stale (first difference at line ${i + 1}: ${JSON.stringify(b[i])} should be ${JSON.stringify(a[i])}); run npm run gen-model`);
                }
            }
        });
    });
}
describe('generated models', () => {
    it('are the committed constants', () => {
        assert.deepEqual(APIGATEWAY_MODEL, generateModel(serviceSpec('apigateway')));
        assert.deepEqual(LAMBDA_MODEL, generateModel(serviceSpec('lambda')));
        assert.equal(generatedFiles(serviceSpec('apigateway'))[0].path, join(process.cwd(), 'src', 'services', 'apigateway', 'generated', 'model.ts'));
    });
    it('Lambda: every operation with its shapes; errors with their statuses; the Invoke bindings', () => {
        const ops = Object.values(LAMBDA_MODEL.operations);
        assert.ok(ops.length >= 60);
        for (const op of ops) {
            assert.ok(LAMBDA_MODEL.shapes[op.input] && LAMBDA_MODEL.shapes[op.output], op.uri);
            assert.match(op.uri, /^\/20\d\d-\d\d-\d\d\//);
        }
        assert.deepEqual(LAMBDA_MODEL.operations.Invoke, {
            method: 'POST',
            uri: '/2015-03-31/functions/{FunctionName}/invocations',
            code: 200,
            input: 'InvocationRequest',
            output: 'InvocationResponse',
        });
        const res = LAMBDA_MODEL.shapes.InvocationResponse.members;
        assert.equal(res.StatusCode.loc, 'responseCode');
        assert.deepEqual(res.FunctionError, { t: 'string', loc: 'header', name: 'X-Amz-Function-Error' });
        assert.equal(res.Payload.loc, 'payload');
        assert.equal(LAMBDA_MODEL.errors.ResourceNotFoundException, 404);
        assert.equal(LAMBDA_MODEL.errors.LambdaServiceException, undefined);
        assert.ok(LAMBDA_MODEL.enums.Runtime.includes('nodejs20.x'));
    });
});
describe('generated apigateway model', () => {
    const model = generateModel(serviceSpec('apigateway'));
    it('is the pinned SDK version', () => {
        const pkg = JSON.parse(readFileSync(join(process.cwd(), 'node_modules', '@aws-sdk', 'client-api-gateway', 'package.json'), 'utf8'));
        assert.equal(model.sdkVersion, pkg.version);
    });
    it('has the 124 operations of API Gateway 2015-07-09, each with its input and output shapes', () => {
        const ops = Object.entries(model.operations);
        assert.equal(ops.length, 124);
        for (const [name, op] of ops) {
            assert.match(op.method, /^(GET|PUT|POST|PATCH|DELETE)$/, name);
            assert.match(op.uri, /^\//, name);
            assert.ok(op.code >= 200 && op.code < 300, `${name} success code ${op.code}`);
            assert.ok(model.shapes[op.input], `${name} input ${op.input}`);
            assert.ok(model.shapes[op.output], `${name} output ${op.output}`);
        }
        // Spot checks against the SDK's documented bindings.
        assert.deepEqual(model.operations.CreateRestApi, {
            method: 'POST',
            uri: '/restapis',
            code: 201,
            input: 'CreateRestApiRequest',
            output: 'RestApi',
        });
        assert.equal(model.operations.ImportRestApi.uri, '/restapis?mode=import');
        assert.equal(model.operations.DeleteIntegration.code, 204);
    });
    it('gives every error shape an HTTP status', () => {
        const errors = Object.entries(model.errors);
        assert.ok(errors.length >= 7);
        for (const [name, status] of errors) {
            assert.equal(typeof status, 'number', name);
            assert.ok(Number.isInteger(status) && status >= 400 && status < 600, `${name}: ${status}`);
            assert.ok(model.shapes[name], `${name} has a shape`);
        }
        assert.equal(model.errors.LimitExceededException, 429);
        assert.equal(model.errors.NotFoundException, 404);
    });
    it('resolves every member reference (shapes, enums, patterns)', () => {
        const check = (ref, where) => {
            if (ref.t === 'structure')
                assert.ok(model.shapes[ref.shape], `${where} → ${ref.shape}`);
            if (ref.enum)
                assert.ok(model.enums[ref.enum]?.length, `${where} enum ${ref.enum}`);
            if (ref.pattern)
                assert.doesNotThrow(() => new RegExp(ref.pattern), where);
            if (ref.t === 'list' || ref.t === 'map') {
                assert.ok(ref.member, where);
                check(ref.member, `${where}[]`);
            }
        };
        for (const [shape, s] of Object.entries(model.shapes)) {
            for (const req of s.required)
                assert.ok(s.members[req], `${shape} requires unknown ${req}`);
            for (const [m, ref] of Object.entries(s.members))
                check(ref, `${shape}.${m}`);
        }
    });
});
//# sourceMappingURL=generate.test.js.map