/**
 * Models through the AWS SDK: CreateModel, GetModel(s), UpdateModel, DeleteModel, GetModelTemplate.
 * Expected values are AWS's recorded answers (peer-localstack F60, F61; LS-snap test_apigateway_api
 * TestApiGatewayApiModels) or AWS texts from public reports, as cited in src/services/apigateway/models.ts.
 */
import { CreateModelCommand, CreateResourceCommand, CreateRestApiCommand, DeleteMethodCommand, DeleteModelCommand, GetModelCommand, GetModelsCommand, GetModelTemplateCommand, PutMethodCommand, PutMethodResponseCommand, UpdateMethodCommand, UpdateModelCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ACCOUNT, raw, sdkError, startTollgate } from '../../helpers/tollgate.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
async function newApi() {
    const api = await t.client.send(new CreateRestApiCommand({ name: 'models' }));
    return { restApiId: api.id, rootId: api.rootResourceId };
}
const OBJECT_SCHEMA = JSON.stringify({ title: 'MySchema', type: 'object' });
const create = (restApiId, input) => t.client.send(new CreateModelCommand({ restApiId, name: 'MySchema', contentType: 'application/json', schema: OBJECT_SCHEMA, ...input }));
const update = (restApiId, modelName, patchOperations) => t.client.send(new UpdateModelCommand({ restApiId, modelName, patchOperations }));
const bad = (message) => ({ name: 'BadRequestException', message, status: 400 });
const EMPTY_SCHEMA = bad('Model schema must have at least 1 property or array items defined');
const INVALID_SCHEMA = bad('Invalid model specified: Validation Result: warnings : [], errors : [Invalid model schema specified]');
const body = (r) => {
    const { $metadata: _m, ...rest } = r;
    return rest;
};
describe('CreateModel', () => {
    it('answers 201 with id, name, schema and contentType; no description unless given (F61 create-model, put_method_model)', async () => {
        const { restApiId } = await newApi();
        const m = await create(restApiId, {});
        assert.equal(m.$metadata.httpStatusCode, 201);
        assert.match(m.id, /^[a-z0-9]{6}$/);
        assert.deepEqual(body(m), { id: m.id, name: 'MySchema', schema: OBJECT_SCHEMA, contentType: 'application/json' });
        const d = await create(restApiId, { name: 'Calc', description: 'Calc output model' });
        assert.equal(d.description, 'Calc output model');
        // An empty description is left out (LS-snap test_update_model [create-model], sent with description "").
        assert.equal('description' in (await create(restApiId, { name: 'NoDesc', description: '' })), false);
    });
    it('answers F61 texts: unknown API, duplicate, empty name, empty or missing schema (json and xml)', async () => {
        const { restApiId } = await newApi();
        assert.deepEqual(await sdkError(create('abcde0', {})), {
            name: 'NotFoundException',
            message: `Invalid API identifier specified ${ACCOUNT}:abcde0`,
            status: 404,
        });
        await create(restApiId, {});
        assert.deepEqual(await sdkError(create(restApiId, {})), {
            name: 'ConflictException',
            message: 'Model name already exists for this REST API',
            status: 409,
        });
        assert.deepEqual(await sdkError(create(restApiId, { name: '' })), bad('Model name must be non-empty'));
        assert.deepEqual(await sdkError(create(restApiId, { name: 'MyEmptySchema', description: '', schema: '' })), EMPTY_SCHEMA);
        assert.deepEqual(await sdkError(create(restApiId, { name: 'MyEmptySchema', description: '', schema: undefined })), EMPTY_SCHEMA);
        assert.deepEqual(await sdkError(create(restApiId, { name: 'MyEmptySchemaXml', contentType: 'application/xml', schema: undefined })), EMPTY_SCHEMA);
    });
    it('wants an alphanumeric name (api-platform/core#3193) and a contentType', async () => {
        const { restApiId } = await newApi();
        assert.deepEqual(await sdkError(create(restApiId, { name: 'body_1' })), bad('Model name must be alphanumeric: body_1'));
        const r = await raw(t.app.adminUrl, 'POST', `/restapis/${restApiId}/models`, JSON.stringify({ name: 'NoType', schema: OBJECT_SCHEMA }));
        assert.equal(r.status, 400);
        assert.equal(r.headers.get('x-amzn-errortype'), 'ValidationException');
        assert.match(r.json.Message, /Value null at 'createModelInput.contentType' failed to satisfy constraint: Member must not be null/);
    });
    it('accepts draft-04 schemas only (aws-apigateway-importer#75, swagger-rm-example)', async () => {
        const { restApiId } = await newApi();
        assert.deepEqual(await sdkError(create(restApiId, { schema: '{not json' })), INVALID_SCHEMA);
        assert.deepEqual(await sdkError(create(restApiId, { schema: '[1]' })), INVALID_SCHEMA);
        // Draft-04 meta-schema: `required` needs an item, `maxLength` an integer.
        assert.deepEqual(await sdkError(create(restApiId, { schema: JSON.stringify({ type: 'object', required: [] }) })), INVALID_SCHEMA);
        assert.deepEqual(await sdkError(create(restApiId, { schema: JSON.stringify({ type: 'string', maxLength: '35' }) })), INVALID_SCHEMA);
        assert.deepEqual(await sdkError(create(restApiId, { schema: JSON.stringify({ type: 'nope' }) })), INVALID_SCHEMA);
        assert.deepEqual(await sdkError(create(restApiId, { schema: JSON.stringify({ type: 'object', properties: { a: { type: 'string', example: 'x' } } }) })), bad('Invalid model specified: Validation Result: warnings : [], errors : [Invalid model schema specified. Unsupported keyword(s): ["example"]]'));
        const huge = JSON.stringify({ type: 'object', description: 'x'.repeat(400 * 1024) });
        assert.equal((await sdkError(create(restApiId, { schema: huge }))).status, 400);
        // A full draft-04 document with definitions, local refs and formats is fine.
        const ok = await create(restApiId, {
            name: 'Full',
            schema: JSON.stringify({
                $schema: 'http://json-schema.org/draft-04/schema#',
                title: 'Full',
                type: 'object',
                required: ['a'],
                properties: { a: { type: 'integer', format: 'int32', minimum: 0 }, b: { $ref: '#/definitions/b' } },
                definitions: { b: { type: 'array', items: { type: 'string', enum: ['x', 'y'] } } },
            }),
        });
        assert.equal(ok.name, 'Full');
    });
    it('resolves $ref to other models of the API by URL (terra-money/fcd-classic#36)', async () => {
        const { restApiId } = await newApi();
        const url = (n) => `https://apigateway.amazonaws.com/restapis/${restApiId}/models/${n}`;
        await create(restApiId, { name: 'Item', schema: JSON.stringify({ type: 'object', properties: { id: { type: 'string' } } }) });
        assert.equal((await create(restApiId, { name: 'List', schema: JSON.stringify({ type: 'array', items: { $ref: url('Item') } }) })).name, 'List');
        assert.deepEqual(await sdkError(create(restApiId, { name: 'Broken', schema: JSON.stringify({ type: 'array', items: { $ref: url('Nope') } }) })), bad('Invalid model specified: Validation Result: warnings : [], errors : [Invalid model specified: Nope]'));
    });
});
describe('GetModel / GetModels', () => {
    it('gets by name; unknown names (also under an unknown API) answer F61 text', async () => {
        const { restApiId } = await newApi();
        const m = await create(restApiId, { description: 'd' });
        assert.deepEqual(body(await t.client.send(new GetModelCommand({ restApiId, modelName: 'MySchema', flatten: true }))), body(m));
        for (const api of [restApiId, 'abcde0']) {
            assert.deepEqual(await sdkError(t.client.send(new GetModelCommand({ restApiId: api, modelName: 'Nope' }))), {
                name: 'NotFoundException',
                message: 'Invalid model name specified: Nope',
                status: 404,
            });
        }
    });
    it('lists the default models and pages (F61 get-models-wrong-id)', async () => {
        const { restApiId } = await newApi();
        await create(restApiId, {});
        const all = await t.client.send(new GetModelsCommand({ restApiId }));
        assert.deepEqual(all.items.map((m) => m.name), ['Empty', 'Error', 'MySchema']);
        assert.equal(all.items[0].description, 'This is a default empty schema model');
        assert.equal(all.position, undefined);
        const p1 = await t.client.send(new GetModelsCommand({ restApiId, limit: 2 }));
        assert.deepEqual(p1.items.map((m) => m.name), ['Empty', 'Error']);
        const p2 = await t.client.send(new GetModelsCommand({ restApiId, limit: 2, position: p1.position }));
        assert.deepEqual(p2.items.map((m) => m.name), ['MySchema']);
        assert.equal(p2.position, undefined);
        assert.deepEqual(await sdkError(t.client.send(new GetModelsCommand({ restApiId: 'abcde0' }))), {
            name: 'NotFoundException',
            message: `Invalid API identifier specified ${ACCOUNT}:abcde0`,
            status: 404,
        });
    });
});
describe('UpdateModel', () => {
    it('replaces /schema and /description; an empty description disappears (LS-snap update-model)', async () => {
        const { restApiId } = await newApi();
        await create(restApiId, { description: 'before' });
        const schema = JSON.stringify({ title: 'Updated schema', type: 'object' });
        const up = await update(restApiId, 'MySchema', [
            { op: 'replace', path: '/schema', value: schema },
            { op: 'replace', path: '/description', value: '' },
        ]);
        assert.equal(up.$metadata.httpStatusCode, 200);
        assert.deepEqual(body(up), { id: up.id, name: 'MySchema', schema, contentType: 'application/json' });
        assert.equal((await update(restApiId, 'MySchema', [{ op: 'replace', path: '/description', value: 'again' }])).description, 'again');
        assert.equal((await t.client.send(new GetModelCommand({ restApiId, modelName: 'MySchema' }))).schema, schema);
    });
    it('answers the recorded texts and re-validates the schema', async () => {
        const { restApiId } = await newApi();
        assert.deepEqual(await sdkError(update('abcde0', 'mySchema', [{ op: 'replace', path: '/description', value: '' }])), {
            name: 'NotFoundException',
            message: 'Invalid model name specified: mySchema',
            status: 404,
        });
        await create(restApiId, {});
        assert.deepEqual(await sdkError(update(restApiId, 'MySchema', [{ op: 'add', path: '/wrong-path', value: 'x' }])), bad("Invalid patch path  '/wrong-path' specified for op 'add'. Please choose supported operations"));
        assert.deepEqual(await sdkError(update(restApiId, 'MySchema', [{ op: 'replace', path: '/name', value: 'x' }])), bad("Invalid patch path  '/name' specified for op 'replace'. Must be one of: [/description, /schema]"));
        assert.deepEqual(await sdkError(update(restApiId, 'MySchema', [{ op: 'replace', path: '/schema', value: '' }])), EMPTY_SCHEMA);
        assert.deepEqual(await sdkError(update(restApiId, 'MySchema', [{ op: 'replace', path: '/schema', value: '{"type":"object","required":[]}' }])), INVALID_SCHEMA);
        // Nothing changed by the failed updates.
        assert.equal((await t.client.send(new GetModelCommand({ restApiId, modelName: 'MySchema' }))).schema, OBJECT_SCHEMA);
    });
});
describe('DeleteModel', () => {
    it('refuses while a method request uses it: //ANY on the root, /test/ANY below (F60)', async () => {
        const { restApiId, rootId } = await newApi();
        await create(restApiId, {});
        await create(restApiId, { name: 'MySchemaTwo' });
        await t.client.send(new PutMethodCommand({
            restApiId,
            resourceId: rootId,
            httpMethod: 'ANY',
            authorizationType: 'NONE',
            requestModels: { 'application/json': 'MySchema' },
        }));
        const del = (modelName) => t.client.send(new DeleteModelCommand({ restApiId, modelName }));
        const inUse = (name, where) => ({
            name: 'ConflictException',
            message: `Cannot delete model '${name}', is referenced in method request: ${where}`,
            status: 409,
        });
        assert.deepEqual(await sdkError(del('MySchema')), inUse('MySchema', '//ANY'));
        await t.client.send(new UpdateMethodCommand({
            restApiId,
            resourceId: rootId,
            httpMethod: 'ANY',
            patchOperations: [{ op: 'replace', path: '/requestModels/application~1json', value: 'MySchemaTwo' }],
        }));
        assert.equal((await del('MySchema')).$metadata.httpStatusCode, 202);
        assert.deepEqual(await sdkError(del('MySchemaTwo')), inUse('MySchemaTwo', '//ANY'));
        const child = await t.client.send(new CreateResourceCommand({ restApiId, parentId: rootId, pathPart: 'test' }));
        await t.client.send(new PutMethodCommand({
            restApiId,
            resourceId: child.id,
            httpMethod: 'ANY',
            authorizationType: 'NONE',
            requestModels: { 'application/json': 'MySchemaTwo' },
        }));
        await t.client.send(new UpdateMethodCommand({
            restApiId,
            resourceId: rootId,
            httpMethod: 'ANY',
            patchOperations: [{ op: 'remove', path: '/requestModels/application~1json' }],
        }));
        assert.deepEqual(await sdkError(del('MySchemaTwo')), inUse('MySchemaTwo', '/test/ANY'));
        assert.equal((await t.client.send(new DeleteMethodCommand({ restApiId, resourceId: child.id, httpMethod: 'ANY' }))).$metadata.httpStatusCode, 204);
        assert.equal((await del('MySchemaTwo')).$metadata.httpStatusCode, 202);
        assert.deepEqual(await sdkError(t.client.send(new GetModelCommand({ restApiId, modelName: 'MySchemaTwo' }))), {
            name: 'NotFoundException',
            message: 'Invalid model name specified: MySchemaTwo',
            status: 404,
        });
    });
    it('refuses while a method response or another model uses it; unknown names get F61 text', async () => {
        const { restApiId, rootId } = await newApi();
        await create(restApiId, {});
        await t.client.send(new PutMethodCommand({ restApiId, resourceId: rootId, httpMethod: 'GET', authorizationType: 'NONE' }));
        await t.client.send(new PutMethodResponseCommand({
            restApiId,
            resourceId: rootId,
            httpMethod: 'GET',
            statusCode: '200',
            responseModels: { 'application/json': 'MySchema' },
        }));
        const del = (modelName) => t.client.send(new DeleteModelCommand({ restApiId, modelName }));
        // aws-apigateway-importer#113: "… is referenced in method response: /invoice-details/{customerCommonId}/GET".
        assert.deepEqual(await sdkError(del('MySchema')), {
            name: 'ConflictException',
            message: "Cannot delete model 'MySchema', is referenced in method response: //GET",
            status: 409,
        });
        await create(restApiId, { name: 'Item' });
        await create(restApiId, {
            name: 'Holder',
            schema: JSON.stringify({
                type: 'object',
                properties: { item: { $ref: `https://apigateway.amazonaws.com/restapis/${restApiId}/models/Item` } },
            }),
        });
        assert.deepEqual(await sdkError(del('Item')), {
            name: 'ConflictException',
            message: "Cannot delete model 'Item', is referenced in model: Holder",
            status: 409,
        });
        assert.equal((await del('Holder')).$metadata.httpStatusCode, 202);
        assert.equal((await del('Item')).$metadata.httpStatusCode, 202);
        assert.deepEqual(await sdkError(del('MySchemaX')), {
            name: 'NotFoundException',
            message: 'Invalid model name specified: MySchemaX',
            status: 404,
        });
        assert.deepEqual(await sdkError(t.client.send(new DeleteModelCommand({ restApiId: 'abcde0', modelName: 'MySchema' }))), {
            name: 'NotFoundException',
            message: 'Invalid model name specified: MySchema',
            status: 404,
        });
    });
});
describe('GetModelTemplate', () => {
    const template = async (restApiId, modelName) => (await t.client.send(new GetModelTemplateCommand({ restApiId, modelName }))).value;
    const HEAD = "#set($inputRoot = $input.path('$'))\n";
    it('prints a sample of the default models (AWS CLI example for Empty: "{ }")', async () => {
        const { restApiId } = await newApi();
        assert.equal(await template(restApiId, 'Error'), `${HEAD}{\n  "message" : "foo"\n}`);
        assert.equal(await template(restApiId, 'Empty'), `${HEAD}{ }`);
    });
    it('matches the API reference example and nests objects and arrays', async () => {
        const { restApiId } = await newApi();
        // API reference GetModelTemplate example (the "output" model of the calc tutorial).
        await create(restApiId, {
            name: 'output',
            schema: JSON.stringify({
                title: 'Calc output',
                type: 'object',
                properties: {
                    a: { type: 'number' },
                    b: { type: 'number' },
                    op: { description: 'operation of +, -, * or /', type: 'string' },
                    c: { type: 'number' },
                },
                required: ['a', 'b', 'op'],
            }),
        });
        assert.equal(await template(restApiId, 'output'), `${HEAD}{\n  "a" : 3.1415,\n  "b" : 3.1415,\n  "op" : "foo",\n  "c" : 3.1415\n}`);
        await create(restApiId, {
            name: 'Item',
            schema: JSON.stringify({ type: 'object', properties: { id: { type: 'integer' }, ok: { type: 'boolean' } } }),
        });
        await create(restApiId, {
            name: 'Album',
            schema: JSON.stringify({
                type: 'object',
                properties: {
                    kind: { type: 'string', enum: ['photo', 'video'] },
                    owner: { type: 'object', properties: { name: { type: 'string' } } },
                    tags: { type: 'array', items: { type: 'string' } },
                    items: { type: 'array', items: { $ref: `https://apigateway.amazonaws.com/restapis/${restApiId}/models/Item` } },
                    meta: { $ref: '#/definitions/meta' },
                },
                definitions: { meta: { type: 'object' } },
            }),
        });
        assert.equal(await template(restApiId, 'Album'), `${HEAD}{
  "kind" : "photo",
  "owner" : {
    "name" : "foo"
  },
  "tags" : [ "foo" ],
  "items" : [ {
    "id" : 42,
    "ok" : true
  } ],
  "meta" : { }
}`);
        await create(restApiId, {
            name: 'Tree',
            schema: JSON.stringify({ type: 'array', items: { type: 'object', properties: { children: { $ref: '#' } } } }),
        });
        assert.equal(await template(restApiId, 'Tree'), `${HEAD}[ {\n  "children" : [ {\n    "children" : { }\n  } ]\n} ]`);
        assert.deepEqual(await sdkError(t.client.send(new GetModelTemplateCommand({ restApiId, modelName: 'Nope' }))), {
            name: 'NotFoundException',
            message: 'Invalid model name specified: Nope',
            status: 404,
        });
    });
});
//# sourceMappingURL=models.test.js.map