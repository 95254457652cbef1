/**
 * The committed model is exactly what scripts/gen-model.ts makes from the pinned SDK and
 * src/model/patches.json: regenerated in memory, it must equal src/model/generated/api-model.ts byte
 * for byte (run `npm run gen-model` after changing the SDK pin or the patches).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { generateModel, GENERATED_PATH, renderModel } from '../../scripts/gen-model.js';
import { API_MODEL } from '../../src/model/generated/api-model.js';

describe('generated model', () => {
  const model = generateModel();

  it('regenerates byte for byte', () => {
    assert.equal(GENERATED_PATH, join(process.cwd(), 'src', 'model', 'generated', 'api-model.ts'));
    const committed = readFileSync(GENERATED_PATH, 'utf8');
    const rendered = renderModel(model);
    if (rendered !== committed) {
      const a = rendered.split('\n');
      const b = committed.split('\n');
      const i = a.findIndex((line, n) => line !== b[n]);
      assert.fail(`src/model/generated/api-model.ts is stale (first difference at line ${i + 1}: ${JSON.stringify(b[i])} should be ${JSON.stringify(a[i])}); run npm run gen-model`);
    }
    assert.deepEqual(API_MODEL, model);
  });

  it('is the pinned SDK version', () => {
    const pkg = JSON.parse(readFileSync(join(process.cwd(), 'node_modules', '@aws-sdk', 'client-api-gateway', 'package.json'), 'utf8')) as { version: string };
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
    assert.deepEqual(model.operations.CreateRestApi, { method: 'POST', uri: '/restapis', code: 201, input: 'CreateRestApiRequest', output: 'RestApi' });
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
    const check = (ref: (typeof model.shapes)[string]['members'][string], where: string): void => {
      if (ref.t === 'structure') assert.ok(model.shapes[ref.shape!], `${where} → ${ref.shape}`);
      if (ref.enum) assert.ok(model.enums[ref.enum]?.length, `${where} enum ${ref.enum}`);
      if (ref.pattern) assert.doesNotThrow(() => new RegExp(ref.pattern!), where);
      if (ref.t === 'list' || ref.t === 'map') { assert.ok(ref.member, where); check(ref.member!, `${where}[]`); }
    };
    for (const [shape, s] of Object.entries(model.shapes)) {
      for (const req of s.required) assert.ok(s.members[req], `${shape} requires unknown ${req}`);
      for (const [m, ref] of Object.entries(s.members)) check(ref, `${shape}.${m}`);
    }
  });
});
