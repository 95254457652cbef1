/**
 * Request validation (src/pipeline/method-request.ts) on hand-built invocations. Expected answers are
 * AWS's: F84 (LS-snap test_apigateway_common#test_api_gateway_request_validator), the request
 * validation walkthrough (DG:api-gateway-request-validation-test) and the `$ref` recordings
 * (LS-snap #test_api_gateway_request_validator_with_ref_models, #test_api_gateway_request_validator_with_ref_one_ofmodels).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DeploymentSnapshot } from '../../src/domain/deployment.js';
import type { Stage } from '../../src/domain/stage.js';
import type { Method } from '../../src/domain/method.js';
import type { Model } from '../../src/domain/model.js';
import { compileDeployment, type CompiledDeployment } from '../../src/pipeline/deployments.js';
import { GatewayError } from '../../src/pipeline/gateway-errors.js';
import type { Invocation } from '../../src/pipeline/invocation.js';
import { validateRequest } from '../../src/pipeline/method-request.js';

const API = 'a1b2c3d4e5';
const refTo = (name: string): string => `https://apigateway.amazonaws.com/restapis/${API}/models/${name}`;

const model = (name: string, schema: unknown, contentType = 'application/json'): Model => ({
  id: name,
  name,
  schema: JSON.stringify(schema),
  contentType,
});

/** The request validation walkthrough's RequestDataModel (DG:api-gateway-request-validation-sample-api-swagger). */
const PET = model('RequestDataModel', {
  $schema: 'http://json-schema.org/draft-04/schema#',
  type: 'object',
  required: ['name', 'type', 'price'],
  properties: {
    name: { type: 'string' },
    type: { type: 'string', enum: ['dog', 'cat', 'fish'] },
    price: { type: 'number', minimum: 25.0, maximum: 500.0 },
  },
});
/** F84's model and the `$ref` recordings' models. */
const TEST_SCHEMA = model('testSchema', {
  title: 'testSchema',
  type: 'object',
  properties: { a: { type: 'number' }, b: { type: 'number' } },
  required: ['a', 'b'],
});
const TEST_SCHEMA_LIST = model('testSchemaList', { type: 'array', items: { $ref: refTo('testSchema') } });
const STATUS = model('StatusModel', {
  type: 'object',
  properties: { Status: { type: 'string' }, Order: { type: 'integer' } },
  required: ['Status', 'Order'],
});
const ONE_OF = model('TestModel', {
  type: 'object',
  properties: { status: { oneOf: [{ type: 'null' }, { $ref: refTo('StatusModel') }] } },
  required: ['status'],
});
const WITH_DEFS = model('WithDefs', {
  $schema: 'http://json-schema.org/draft-07/schema#',
  definitions: { id: { type: 'string', pattern: '^[a-z]+$' } },
  type: 'object',
  properties: { id: { $ref: '#/definitions/id' }, other: { $ref: `${refTo('StatusModel')}#/properties/Order` } },
});

const VALIDATORS = [
  { id: 'all', name: 'all', validateRequestBody: true, validateRequestParameters: true },
  { id: 'body', name: 'body', validateRequestBody: true, validateRequestParameters: false },
  { id: 'params', name: 'params', validateRequestBody: false, validateRequestParameters: true },
];

function deployment(models: Model[] = [PET, TEST_SCHEMA, TEST_SCHEMA_LIST, STATUS, ONE_OF, WITH_DEFS]): CompiledDeployment {
  const snapshot: DeploymentSnapshot = {
    api: { id: API, name: 'validation' } as DeploymentSnapshot['api'],
    resources: [{ id: 'root', path: '/' }],
    models,
    requestValidators: VALIDATORS,
    authorizers: [],
    gatewayResponses: [],
  };
  return compileDeployment('dep1', snapshot);
}

interface Req {
  headers?: Record<string, string>;
  query?: Record<string, string | string[]>;
  path?: Record<string, string>;
  body?: string;
}

function invocation(method: Partial<Method>, req: Req = {}, d: CompiledDeployment = deployment()): Invocation {
  const headers = new Map<string, { name: string; values: string[] }>();
  for (const [k, v] of Object.entries(req.headers ?? {})) headers.set(k.toLowerCase(), { name: k, values: [v] });
  const query = new Map<string, string[]>();
  for (const [k, v] of Object.entries(req.query ?? {})) query.set(k, Array.isArray(v) ? v : [v]);
  return {
    requestId: 'req-1',
    extendedRequestId: 'ext-1',
    request: {
      method: 'POST',
      target: { apiId: API, stage: 'test', path: '/validation', basePath: '/test' },
      rawQuery: '',
      query,
      headers,
      body: Buffer.from(req.body ?? ''),
      sourceIp: '127.0.0.1',
      startedAt: Date.now(),
    },
    served: { region: 'us-east-1', accountId: '000000000000', stage: { stageName: 'test', deploymentId: 'dep1' } as Stage, deployment: d },
    resource: { id: 'root', path: '/' },
    method: { httpMethod: 'POST', authorizationType: 'NONE', apiKeyRequired: false, ...method },
    pathParameters: req.path ?? {},
    stageVariables: {},
  };
}

function rejection(inv: Invocation): GatewayError {
  try {
    validateRequest(inv);
  } catch (e) {
    assert.ok(e instanceof GatewayError, `not a GatewayError: ${String(e)}`);
    return e;
  }
  assert.fail('the request passed validation');
}

const F84_PARAMS = {
  'method.request.path.issuer': true,
  'method.request.querystring.qs1': true,
  'method.request.header.x-header-param': true,
};

describe('validateRequest: parameters', () => {
  it('F84: all three missing → [x-header-param, issuer, qs1] (header, path, querystring)', () => {
    const e = rejection(invocation({ requestValidatorId: 'all', requestParameters: F84_PARAMS }, { path: { test: 'value' }, body: '{"test":"test"}' }));
    assert.equal(e.type, 'BAD_REQUEST_PARAMETERS');
    assert.equal(e.gatewayMessage, 'Missing required request parameters: [x-header-param, issuer, qs1]');
  });

  it('F84: only the header missing → [x-header-param]; only the query string → [qs1]', () => {
    const params = {
      'method.request.path.test': true,
      'method.request.querystring.qs1': true,
      'method.request.header.x-header-param': true,
    };
    const e1 = rejection(invocation({ requestValidatorId: 'all', requestParameters: params }, { path: { test: 'value' }, query: { qs1: 'test' } }));
    assert.equal(e1.gatewayMessage, 'Missing required request parameters: [x-header-param]');
    const e2 = rejection(
      invocation({ requestValidatorId: 'all', requestParameters: params }, { path: { test: 'value' }, headers: { 'X-Header-Param': 'test' } }),
    );
    assert.equal(e2.gatewayMessage, 'Missing required request parameters: [qs1]');
  });

  it('DG walkthrough: a blank q1 (`?q1=`) fails like a missing one; q1=cat passes', () => {
    const m = { requestValidatorId: 'params', requestParameters: { 'method.request.querystring.q1': true } };
    assert.equal(rejection(invocation(m, { query: { q1: '' } })).gatewayMessage, 'Missing required request parameters: [q1]');
    assert.equal(rejection(invocation(m, {})).gatewayMessage, 'Missing required request parameters: [q1]');
    assert.doesNotThrow(() => validateRequest(invocation(m, { query: { q1: 'cat' } })));
  });

  it('a blank header fails; header names match case-insensitively; optional parameters are not checked', () => {
    const m = {
      requestValidatorId: 'params',
      requestParameters: { 'method.request.header.h1': true, 'method.request.querystring.opt': false },
    };
    assert.equal(rejection(invocation(m, { headers: { h1: '  ' } })).gatewayMessage, 'Missing required request parameters: [h1]');
    assert.doesNotThrow(() => validateRequest(invocation(m, { headers: { H1: 'v1' } })));
  });

  it('no validator, or a body-only validator, does not check parameters', () => {
    assert.doesNotThrow(() => validateRequest(invocation({ requestParameters: F84_PARAMS })));
    assert.doesNotThrow(() => validateRequest(invocation({ requestValidatorId: 'body', requestParameters: F84_PARAMS })));
  });

  it('parameters are checked before the body', () => {
    const e = rejection(
      invocation(
        {
          requestValidatorId: 'all',
          requestParameters: { 'method.request.header.h1': true },
          requestModels: { 'application/json': 'RequestDataModel' },
        },
        { body: '{}' },
      ),
    );
    assert.equal(e.type, 'BAD_REQUEST_PARAMETERS');
  });
});

describe('validateRequest: body', () => {
  const petMethod = { requestValidatorId: 'body', requestModels: { 'application/json': 'RequestDataModel' } };

  it('DG walkthrough: a valid pet passes; type "bird" → 400 Invalid request body with the enum message', () => {
    assert.doesNotThrow(() =>
      validateRequest(invocation(petMethod, { headers: { 'Content-Type': 'application/json' }, body: '{"name":"Marco","type":"dog","price":260}' })),
    );
    const e = rejection(invocation(petMethod, { headers: { 'Content-Type': 'application/json' }, body: '{"name":"Molly","type":"bird","price":269}' }));
    assert.equal(e.type, 'BAD_REQUEST_BODY');
    assert.equal(e.gatewayMessage, 'Invalid request body');
    assert.equal(e.validationErrorString, '[instance value ("bird") not found in enum (possible values: ["dog","cat","fish"])]');
  });

  it('DG walkthrough: price 501 violates the maximum', () => {
    const e = rejection(invocation(petMethod, { body: '{"name":"Molly","type":"dog","price":501}' }));
    assert.equal(e.validationErrorString, '[numeric instance is greater than the required maximum (maximum: 500, found: 501)]');
  });

  it('F84: {"test":"test"} against testSchema → Invalid request body (missing a and b)', () => {
    const e = rejection(
      invocation(
        { requestValidatorId: 'all', requestModels: { 'application/json': 'testSchema' } },
        { headers: { 'content-type': 'application/json' }, body: '{"test":"test"}' },
      ),
    );
    assert.equal(e.gatewayMessage, 'Invalid request body');
    assert.equal(e.validationErrorString, '[object has missing required properties (["a","b"])]');
    assert.doesNotThrow(() =>
      validateRequest(invocation({ requestValidatorId: 'all', requestModels: { 'application/json': 'testSchema' } }, { body: '{"a":1,"b":2}' })),
    );
  });

  it('an empty body is validated as {} (LS-snap: GET with an empty body → 400)', () => {
    const m = { requestValidatorId: 'body', requestModels: { 'application/json': 'testSchema' } };
    assert.equal(rejection(invocation(m, {})).validationErrorString, '[object has missing required properties (["a","b"])]');
    assert.doesNotThrow(() =>
      validateRequest(invocation({ requestValidatorId: 'body', requestModels: { 'application/json': 'testSchemaList' } }, { body: '[]' })),
    );
  });

  it('a body that is not JSON fails', () => {
    const e = rejection(invocation({ requestValidatorId: 'body', requestModels: { 'application/json': 'RequestDataModel' } }, { body: 'name=Marco' }));
    assert.equal(e.type, 'BAD_REQUEST_BODY');
    assert.match(e.validationErrorString ?? '', /^\[Invalid JSON: /);
  });

  it('the model follows the Content-Type (parameters stripped), none means application/json, else $default', () => {
    const m = { requestValidatorId: 'body', requestModels: { 'application/json': 'testSchema', 'text/plain': 'StatusModel' } };
    assert.doesNotThrow(() => validateRequest(invocation(m, { headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: '{"Status":"ok","Order":1}' })));
    assert.equal(rejection(invocation(m, { headers: { 'Content-Type': 'text/plain' }, body: '{"a":1,"b":2}' })).type, 'BAD_REQUEST_BODY');
    assert.equal(rejection(invocation(m, { body: '{"Status":"ok","Order":1}' })).type, 'BAD_REQUEST_BODY');
    // No model for application/xml and no $default: not validated.
    assert.doesNotThrow(() => validateRequest(invocation(m, { headers: { 'Content-Type': 'application/xml' }, body: '<x/>' })));
    const withDefault = { requestValidatorId: 'body', requestModels: { $default: 'testSchema' } };
    assert.equal(rejection(invocation(withDefault, { headers: { 'Content-Type': 'application/xml' }, body: '{}' })).type, 'BAD_REQUEST_BODY');
  });

  it('$ref to another model of the API resolves (LS-snap test_api_gateway_request_validator_with_ref_models)', () => {
    const m = { requestValidatorId: 'body', requestModels: { 'application/json': 'testSchemaList' } };
    assert.doesNotThrow(() => validateRequest(invocation(m, { body: '[{"a":1,"b":2}]' })));
    const e = rejection(invocation(m, { body: '[{"a":1}]' }));
    assert.equal(e.validationErrorString, '[object has missing required properties (["b"])]');
  });

  it('oneOf with a $ref (LS-snap test_api_gateway_request_validator_with_ref_one_ofmodels): null or a full status pass, missing or bad data fail', () => {
    const m = { requestValidatorId: 'body', requestModels: { 'application/json': 'TestModel' } };
    assert.doesNotThrow(() => validateRequest(invocation(m, { body: '{"status":null}' })));
    assert.doesNotThrow(() => validateRequest(invocation(m, { body: '{"status":{"Status":"x","Order":1}}' })));
    assert.equal(rejection(invocation(m, { body: '{}' })).validationErrorString, '[object has missing required properties (["status"])]');
    assert.equal(rejection(invocation(m, { body: '{"status":{"Status":"x"}}' })).type, 'BAD_REQUEST_BODY');
  });

  it('#/definitions and model#/pointer refs resolve; a draft-07 $schema is read as draft-04', () => {
    const m = { requestValidatorId: 'body', requestModels: { 'application/json': 'WithDefs' } };
    assert.doesNotThrow(() => validateRequest(invocation(m, { body: '{"id":"abc","other":3}' })));
    const e = rejection(invocation(m, { body: '{"id":"ABC","other":"x"}' }));
    assert.equal(
      e.validationErrorString,
      '[ECMA 262 regex "^[a-z]+$" does not match input string "ABC", instance type (string) does not match any allowed primitive type (allowed: ["integer"])]',
    );
  });

  it("`pattern` is an ECMA 262 regex as the validator's engine reads it (no `u` flag: identity escapes work), matched anywhere", () => {
    const escapes = model('Escapes', {
      type: 'object',
      properties: { id: { type: 'string', pattern: '^\\_[a-z]+\\-$' }, tag: { type: 'string', pattern: 'x' } },
    });
    const d = deployment([escapes]);
    const m = { requestValidatorId: 'body', requestModels: { 'application/json': 'Escapes' } };
    assert.doesNotThrow(() => validateRequest(invocation(m, { body: '{"id":"_abc-","tag":"axb"}' }, d)));
    assert.equal(
      rejection(invocation(m, { body: '{"id":"abc"}' }, d)).validationErrorString,
      '[ECMA 262 regex "^\\\\_[a-z]+\\\\-$" does not match input string "abc"]',
    );
  });

  it('an unknown model is an API configuration error', () => {
    const e = rejection(invocation({ requestValidatorId: 'body', requestModels: { 'application/json': 'Nope' } }, { body: '{}' }));
    assert.equal(e.type, 'API_CONFIGURATION_ERROR');
  });

  it('schemas are compiled once per deployment (memoised under a val\\u0000 key)', () => {
    const d = deployment();
    const m = { requestValidatorId: 'body', requestModels: { 'application/json': 'testSchema' } };
    validateRequest(invocation(m, { body: '{"a":1,"b":2}' }, d));
    const keys = [...d.memo.keys()].filter((k) => k.startsWith('val\u0000'));
    assert.deepEqual(keys, ['val\u0000deployment']);
    const first = d.memo.get('val\u0000deployment');
    rejection(invocation(m, { body: '{}' }, d));
    assert.equal(d.memo.get('val\u0000deployment'), first);
  });
});
