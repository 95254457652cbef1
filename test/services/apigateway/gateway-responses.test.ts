/**
 * Gateway responses through the AWS SDK. Expected values are AWS's recorded answers
 * (peer-localstack F79–F81; LS-snap test_apigateway_api TestApiGatewayGatewayResponse:
 * test_gateway_response_crud, test_gateway_response_put, test_gateway_response_validation,
 * test_update_gateway_response).
 */
import {
  CreateRestApiCommand,
  DeleteGatewayResponseCommand,
  GetGatewayResponseCommand,
  GetGatewayResponsesCommand,
  PutGatewayResponseCommand,
  UpdateGatewayResponseCommand,
  type GatewayResponseType,
  type PatchOperation,
  type PutGatewayResponseCommandInput,
} from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { GATEWAY_RESPONSE_DEFAULTS } from '../../../src/services/apigateway/gateway-responses.js';
import { ACCOUNT, raw, sdkError, startTollgate, type TestServer } from '../../helpers/tollgate.js';

let t: TestServer;
before(async () => {
  t = await startTollgate();
});
after(async () => {
  await t.close();
});

const newApi = async (): Promise<string> => (await t.client.send(new CreateRestApiCommand({ name: 'gateway-responses' }))).id!;
const get = (restApiId: string, responseType: string) =>
  t.client.send(new GetGatewayResponseCommand({ restApiId, responseType: responseType as GatewayResponseType }));
const list = async (restApiId: string) => (await t.client.send(new GetGatewayResponsesCommand({ restApiId }))).items!;
const put = (restApiId: string, responseType: string, input: Partial<PutGatewayResponseCommandInput> = {}) =>
  t.client.send(new PutGatewayResponseCommand({ restApiId, responseType: responseType as GatewayResponseType, ...input }));
const update = (restApiId: string, responseType: string, patchOperations: PatchOperation[]) =>
  t.client.send(new UpdateGatewayResponseCommand({ restApiId, responseType: responseType as GatewayResponseType, patchOperations }));
const body = <T extends { $metadata?: unknown }>(r: T): Omit<T, '$metadata'> => {
  const { $metadata: _m, ...rest } = r;
  return rest;
};
const bad = (message: string) => ({ name: 'BadRequestException', message, status: 400 });

const DEFAULT_TEMPLATES = { 'application/json': '{"message":$context.error.messageString}' };
const TEMPLATE =
  '{\n     "message": $context.error.messageString,\n     "type":  "$context.error.responseType",\n     "stage":  "$context.stage",\n     "resourcePath":  "$context.resourcePath",\n     "stageVariables.a":  "$stageVariables.a",\n     "statusCode": "\'404\'"\n}';
const PARAMS = {
  'gatewayresponse.header.x-request-path': 'method.request.path.petId',
  'gatewayresponse.header.Access-Control-Allow-Origin': "'a.b.c'",
  'gatewayresponse.header.x-request-query': 'method.request.querystring.q',
  'gatewayresponse.header.x-request-header': 'method.request.header.Accept',
};
const TYPES = [
  'ACCESS_DENIED',
  'API_CONFIGURATION_ERROR',
  'AUTHORIZER_CONFIGURATION_ERROR',
  'AUTHORIZER_FAILURE',
  'BAD_REQUEST_BODY',
  'BAD_REQUEST_PARAMETERS',
  'DEFAULT_4XX',
  'DEFAULT_5XX',
  'EXPIRED_TOKEN',
  'INTEGRATION_FAILURE',
  'INTEGRATION_TIMEOUT',
  'INVALID_API_KEY',
  'INVALID_SIGNATURE',
  'MISSING_AUTHENTICATION_TOKEN',
  'QUOTA_EXCEEDED',
  'REQUEST_TOO_LARGE',
  'RESOURCE_NOT_FOUND',
  'THROTTLED',
  'UNAUTHORIZED',
  'UNSUPPORTED_MEDIA_TYPE',
  'WAF_FILTERED',
];
/** Default status codes as recorded in F79's listing. */
const STATUS: Record<string, string | undefined> = {
  ACCESS_DENIED: '403',
  API_CONFIGURATION_ERROR: '500',
  AUTHORIZER_CONFIGURATION_ERROR: '500',
  AUTHORIZER_FAILURE: '500',
  BAD_REQUEST_BODY: '400',
  BAD_REQUEST_PARAMETERS: '400',
  DEFAULT_4XX: undefined,
  DEFAULT_5XX: undefined,
  EXPIRED_TOKEN: '403',
  INTEGRATION_FAILURE: '504',
  INTEGRATION_TIMEOUT: '504',
  INVALID_API_KEY: '403',
  INVALID_SIGNATURE: '403',
  MISSING_AUTHENTICATION_TOKEN: '403',
  QUOTA_EXCEEDED: '429',
  REQUEST_TOO_LARGE: '413',
  RESOURCE_NOT_FOUND: '404',
  THROTTLED: '429',
  UNAUTHORIZED: '401',
  UNSUPPORTED_MEDIA_TYPE: '415',
  WAF_FILTERED: '403',
};
const defaults = (responseType: string) => {
  const r: Record<string, unknown> = { defaultResponse: true, responseParameters: {}, responseTemplates: DEFAULT_TEMPLATES, responseType };
  if (STATUS[responseType]) r.statusCode = STATUS[responseType];
  return r;
};

describe('GetGatewayResponse / GetGatewayResponses', () => {
  it('answers the default of an unset type (F79)', async () => {
    const api = await newApi();
    const r = await get(api, 'MISSING_AUTHENTICATION_TOKEN');
    assert.equal(r.$metadata.httpStatusCode, 200);
    assert.deepEqual(body(r), {
      defaultResponse: true,
      responseParameters: {},
      responseTemplates: { 'application/json': '{"message":$context.error.messageString}' },
      responseType: 'MISSING_AUTHENTICATION_TOKEN',
      statusCode: '403',
    });
    assert.deepEqual(body(await get(api, 'DEFAULT_4XX')), defaults('DEFAULT_4XX'));
    assert.equal('statusCode' in (await get(api, 'DEFAULT_5XX')), false);
  });

  it('lists all 21 types alphabetically with their default codes (F79); the exported table agrees', async () => {
    const api = await newApi();
    const items = await list(api);
    assert.deepEqual(
      items.map((i) => i.responseType),
      TYPES,
    );
    assert.deepEqual(items, TYPES.map(defaults));
    assert.deepEqual(Object.keys(GATEWAY_RESPONSE_DEFAULTS).sort(), TYPES);
    for (const type of TYPES) assert.equal(GATEWAY_RESPONSE_DEFAULTS[type as keyof typeof GATEWAY_RESPONSE_DEFAULTS].statusCode, STATUS[type], type);
  });

  it('pages through the 21 types', async () => {
    const api = await newApi();
    const p1 = await t.client.send(new GetGatewayResponsesCommand({ restApiId: api, limit: 20 }));
    assert.equal(p1.items!.length, 20);
    const p2 = await t.client.send(new GetGatewayResponsesCommand({ restApiId: api, limit: 20, position: p1.position }));
    assert.deepEqual(
      p2.items!.map((i) => i.responseType),
      ['WAF_FILTERED'],
    );
    assert.equal(p2.position, undefined);
  });
});

describe('PutGatewayResponse', () => {
  it('customises a type: 201, defaultResponse false, listed, deleted back to the default (F79 crud)', async () => {
    const api = await newApi();
    const p = await put(api, 'MISSING_AUTHENTICATION_TOKEN', {
      statusCode: '404',
      responseParameters: PARAMS,
      responseTemplates: { 'application/json': TEMPLATE },
    });
    assert.equal(p.$metadata.httpStatusCode, 201);
    const expected = {
      defaultResponse: false,
      responseParameters: PARAMS,
      responseTemplates: { 'application/json': TEMPLATE },
      responseType: 'MISSING_AUTHENTICATION_TOKEN',
      statusCode: '404',
    };
    assert.deepEqual(body(p), expected);
    assert.deepEqual(body(await get(api, 'MISSING_AUTHENTICATION_TOKEN')), expected);
    assert.deepEqual(
      (await list(api)).find((i) => i.responseType === 'MISSING_AUTHENTICATION_TOKEN'),
      expected,
    );
    const del = await t.client.send(new DeleteGatewayResponseCommand({ restApiId: api, responseType: 'MISSING_AUTHENTICATION_TOKEN' }));
    assert.equal(del.$metadata.httpStatusCode, 202);
    assert.deepEqual(body(await get(api, 'MISSING_AUTHENTICATION_TOKEN')), defaults('MISSING_AUTHENTICATION_TOKEN'));
  });

  it('fills what was not put from the type default (LS-snap test_gateway_response_put)', async () => {
    const api = await newApi();
    assert.deepEqual(body(await put(api, 'MISSING_AUTHENTICATION_TOKEN', { statusCode: '404' })), {
      defaultResponse: false,
      responseParameters: {},
      responseTemplates: DEFAULT_TEMPLATES,
      responseType: 'MISSING_AUTHENTICATION_TOKEN',
      statusCode: '404',
    });
    const header = { 'gatewayresponse.header.x-request-header': 'method.request.header.Accept' };
    assert.deepEqual(body(await put(api, 'MISSING_AUTHENTICATION_TOKEN', { responseParameters: header })), {
      defaultResponse: false,
      responseParameters: header,
      responseTemplates: DEFAULT_TEMPLATES,
      responseType: 'MISSING_AUTHENTICATION_TOKEN',
      statusCode: '403',
    });
    assert.deepEqual(body(await put(api, 'MISSING_AUTHENTICATION_TOKEN', { responseTemplates: { 'application/json': TEMPLATE } })), {
      defaultResponse: false,
      responseParameters: {},
      responseTemplates: { 'application/json': TEMPLATE },
      responseType: 'MISSING_AUTHENTICATION_TOKEN',
      statusCode: '403',
    });
    const d = await put(api, 'DEFAULT_4XX', {});
    assert.deepEqual(body(d), {
      defaultResponse: false,
      responseParameters: {},
      responseTemplates: DEFAULT_TEMPLATES,
      responseType: 'DEFAULT_4XX',
    });
  });

  it('DEFAULT_5XX reaches every un-customised 5xx type; an explicit type keeps its own (F80)', async () => {
    const api = await newApi();
    const header = { 'gatewayresponse.header.x-request-header': 'method.request.header.Accept' };
    const d5 = await put(api, 'DEFAULT_5XX', {
      statusCode: '599',
      responseParameters: header,
      responseTemplates: { 'application/json': TEMPLATE },
    });
    assert.deepEqual(body(d5), {
      defaultResponse: false,
      responseParameters: header,
      responseTemplates: { 'application/json': TEMPLATE },
      responseType: 'DEFAULT_5XX',
      statusCode: '599',
    });
    const own = await put(api, 'AUTHORIZER_FAILURE', { responseParameters: { 'gatewayresponse.header.foo': "'bar'" } });
    assert.deepEqual(body(own), {
      defaultResponse: false,
      responseParameters: { 'gatewayresponse.header.foo': "'bar'" },
      responseTemplates: DEFAULT_TEMPLATES,
      responseType: 'AUTHORIZER_FAILURE',
      statusCode: '500',
    });
    const items = await list(api);
    for (const type of ['API_CONFIGURATION_ERROR', 'AUTHORIZER_CONFIGURATION_ERROR', 'INTEGRATION_FAILURE', 'INTEGRATION_TIMEOUT']) {
      assert.deepEqual(
        items.find((i) => i.responseType === type),
        {
          defaultResponse: true,
          responseParameters: header,
          responseTemplates: { 'application/json': TEMPLATE },
          responseType: type,
          statusCode: '599',
        },
        type,
      );
    }
    assert.deepEqual(
      items.find((i) => i.responseType === 'AUTHORIZER_FAILURE'),
      body(own),
    );
    assert.deepEqual(
      items.find((i) => i.responseType === 'DEFAULT_5XX'),
      body(d5),
    );
    // 4xx types are untouched.
    for (const type of TYPES.filter((x) => STATUS[x] && STATUS[x] < '500'))
      assert.deepEqual(
        items.find((i) => i.responseType === type),
        defaults(type),
        type,
      );
    // GetGatewayResponse shows the inheritance too.
    assert.equal((await get(api, 'INTEGRATION_TIMEOUT')).statusCode, '599');
  });

  it('DEFAULT_4XX reaches the 4xx types, UNAUTHORIZED included (DG: "all other 4XX responses")', async () => {
    const api = await newApi();
    await put(api, 'DEFAULT_4XX', {
      statusCode: '418',
      responseParameters: { 'gatewayresponse.header.Access-Control-Allow-Origin': "'*'" },
    });
    const items = await list(api);
    for (const type of TYPES.filter((x) => STATUS[x] && STATUS[x] < '500')) {
      assert.deepEqual(
        items.find((i) => i.responseType === type),
        {
          defaultResponse: true,
          responseParameters: { 'gatewayresponse.header.Access-Control-Allow-Origin': "'*'" },
          responseTemplates: DEFAULT_TEMPLATES,
          responseType: type,
          statusCode: '418',
        },
        type,
      );
    }
    for (const type of ['API_CONFIGURATION_ERROR', 'INTEGRATION_FAILURE'])
      assert.deepEqual(
        items.find((i) => i.responseType === type),
        defaults(type),
      );
    // Without a status code, DEFAULT_4XX passes only its parameters on; the types keep their codes.
    await put(api, 'DEFAULT_4XX', { responseParameters: { 'gatewayresponse.header.x': "'y'" } });
    assert.deepEqual(body(await get(api, 'UNAUTHORIZED')), {
      ...defaults('UNAUTHORIZED'),
      responseParameters: { 'gatewayresponse.header.x': "'y'" },
    });
  });

  it("refuses a JSON-null template with F81's text, storing nothing (found by reading after a fuzz finding: the gateway answered 500)", async () => {
    const api = await newApi();
    const r = await raw(
      t.app.adminUrl,
      'PUT',
      `/restapis/${api}/gatewayresponses/DEFAULT_4XX`,
      JSON.stringify({ responseTemplates: { 'application/json': null } }),
    );
    assert.equal(r.status, 400, r.text);
    assert.equal(r.headers.get('x-amzn-errortype'), 'BadRequestException');
    assert.equal(r.json.message, 'Invalid null or empty value in responseTemplates');
    assert.deepEqual(body(await get(api, 'DEFAULT_4XX')), defaults('DEFAULT_4XX'));
  });

  it('rejects a malformed status code through the model', async () => {
    const api = await newApi();
    const err = await sdkError(put(api, 'DEFAULT_4XX', { statusCode: '600' }));
    assert.deepEqual(err, {
      name: 'ValidationException',
      message:
        "1 validation error detected: Value '600' at 'putGatewayResponseInput.statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [1-5]\\d\\d",
      status: 400,
    });
  });
});

describe('UpdateGatewayResponse', () => {
  it('customises an unset type (LS-snap update-gateway-response-not-set) and patches maps (test_update_gateway_response)', async () => {
    const api = await newApi();
    const notSet = await update(api, 'DEFAULT_4XX', [{ op: 'replace', path: '/statusCode', value: '444' }]);
    assert.equal(notSet.$metadata.httpStatusCode, 200);
    const expected = {
      defaultResponse: false,
      responseParameters: {},
      responseTemplates: DEFAULT_TEMPLATES,
      responseType: 'DEFAULT_4XX',
      statusCode: '444',
    };
    assert.deepEqual(body(notSet), expected);
    assert.deepEqual(body(await get(api, 'DEFAULT_4XX')), expected);
    const templates = { 'application/json': JSON.stringify(DEFAULT_TEMPLATES) };
    await put(api, 'DEFAULT_4XX', { statusCode: '404', responseParameters: PARAMS, responseTemplates: templates });
    const xml = '<gatewayResponse><message>$context.error.messageString</message><type>$context.error.responseType</type></gatewayResponse>';
    const up = await update(api, 'DEFAULT_4XX', [
      { op: 'replace', path: '/statusCode', value: '444' },
      { op: 'replace', path: '/responseParameters/gatewayresponse.header.Access-Control-Allow-Origin', value: "'example.com'" },
      { op: 'add', path: '/responseTemplates/application~1xml', value: xml },
    ]);
    const after = {
      defaultResponse: false,
      responseParameters: { ...PARAMS, 'gatewayresponse.header.Access-Control-Allow-Origin': "'example.com'" },
      responseTemplates: { ...templates, 'application/xml': xml },
      responseType: 'DEFAULT_4XX',
      statusCode: '444',
    };
    assert.deepEqual(body(up), after);
    assert.deepEqual(body(await get(api, 'DEFAULT_4XX')), after);
    // remove, and a status code reset to null (DG: reverts the 4xx codes).
    const removed = await update(api, 'DEFAULT_4XX', [
      { op: 'remove', path: '/responseTemplates/application~1xml' },
      { op: 'remove', path: '/responseParameters/gatewayresponse.header.x-request-path' },
      { op: 'replace', path: '/statusCode' },
    ]);
    assert.equal('statusCode' in removed, false);
    assert.deepEqual(removed.responseTemplates, templates);
    assert.equal('gatewayresponse.header.x-request-path' in removed.responseParameters!, false);
    assert.equal((await get(api, 'ACCESS_DENIED')).statusCode, '403');
  });

  it('answers F81 texts', async () => {
    const api = await newApi();
    await put(api, 'DEFAULT_4XX', { statusCode: '404', responseParameters: PARAMS, responseTemplates: { 'application/xml': '<x/>' } });
    const upd = (type: string, ops: PatchOperation[]) => sdkError(update(api, type, ops));
    assert.deepEqual(await upd('DEFAULT_4XX', [{ op: 'add', path: '/statusCode', value: '444' }]), bad('Invalid patch path /statusCode'));
    assert.deepEqual(await upd('DEFAULT_4XX', [{ op: 'remove', path: '/statusCode' }]), bad('Invalid patch path /statusCode'));
    assert.deepEqual(
      await upd('DEFAULT_5XX', [{ op: 'replace', path: '/responseParameters/gatewayresponse.header.Access-Control-Allow-Origin', value: "'example.com'" }]),
      { name: 'NotFoundException', message: 'Invalid parameter name specified', status: 404 },
    );
    assert.deepEqual(await upd('DEFAULT_4XX', [{ op: 'add', value: "'example.com'" }]), bad('Invalid patch path null'));
    assert.deepEqual(await upd('DEFAULT_4XX', [{ op: 'add', path: '/wrongPath', value: "'example.com'" }]), bad('Invalid patch path /wrongPath'));
    assert.deepEqual(
      await upd('DEFAULT_4XX', [{ op: 'replace', path: '/responseTemplates/application~1xml' }]),
      bad('Invalid null or empty value in responseTemplates'),
    );
    assert.deepEqual(
      await upd('DEFAULT_4XX', [{ op: 'replace', path: '/responseParameters/gatewayresponse.header.Access-Control-Allow-Origin' }]),
      bad('Invalid null or empty value in responseParameters'),
    );
    assert.deepEqual(await upd('DEFAULT_4XX', [{ op: 'wrong-op' as 'add', path: '/statusCode', value: "'example.com'" }]), {
      name: 'ValidationException',
      message:
        "1 validation error detected: Value 'wrong-op' at 'updateGatewayResponseInput.patchOperations.1.member.op' failed to satisfy constraint: Member must satisfy enum value set: [add, remove, move, test, replace, copy]",
      status: 400,
    });
    // A failed update changes nothing, and leaves an unset type unset.
    assert.equal((await get(api, 'DEFAULT_4XX')).statusCode, '404');
    assert.equal((await get(api, 'DEFAULT_5XX')).defaultResponse, true);
  });
});

describe('DeleteGatewayResponse and unknown APIs or types', () => {
  it('answers 404 for an unset type (F81)', async () => {
    const api = await newApi();
    assert.deepEqual(await sdkError(t.client.send(new DeleteGatewayResponseCommand({ restApiId: api, responseType: 'DEFAULT_4XX' }))), {
      name: 'NotFoundException',
      message: 'Gateway response type not defined on api',
      status: 404,
    });
  });

  it('answers 404 with the API id for an unknown API (LS-snap test_gateway_response_validation)', async () => {
    const fake = 'apiid123fake';
    const expected = { name: 'NotFoundException', message: `Invalid API identifier specified ${ACCOUNT}:${fake}`, status: 404 };
    assert.deepEqual(await sdkError(t.client.send(new GetGatewayResponsesCommand({ restApiId: fake }))), expected);
    assert.deepEqual(await sdkError(get(fake, 'DEFAULT_4XX')), expected);
    assert.deepEqual(await sdkError(t.client.send(new DeleteGatewayResponseCommand({ restApiId: fake, responseType: 'DEFAULT_4XX' }))), expected);
    assert.deepEqual(await sdkError(update(fake, 'DEFAULT_4XX', [])), expected);
    assert.deepEqual(await sdkError(put(fake, 'DEFAULT_4XX')), expected);
  });

  it('answers a ValidationException listing the 21 types for a bad type (F81)', async () => {
    const api = await newApi();
    const calls = [
      get(api, 'FAKE_RESPONSE_TYPE'),
      t.client.send(new DeleteGatewayResponseCommand({ restApiId: api, responseType: 'FAKE_RESPONSE_TYPE' as GatewayResponseType })),
      update(api, 'FAKE_RESPONSE_TYPE', []),
      put(api, 'FAKE_RESPONSE_TYPE', { statusCode: '404', responseParameters: {}, responseTemplates: {} }),
    ];
    for (const call of calls) {
      const err = await sdkError(call);
      assert.deepEqual([err.name, err.status], ['ValidationException', 400]);
      const m =
        /^1 validation error detected: Value 'FAKE_RESPONSE_TYPE' at 'responseType' failed to satisfy constraint: Member must satisfy enum value set: \[(.*)\]$/.exec(
          err.message,
        );
      assert.ok(m, err.message);
      assert.deepEqual(m[1].split(', ').sort(), TYPES);
    }
  });
});
