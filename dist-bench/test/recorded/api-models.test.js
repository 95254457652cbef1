/**
 * Replays test_apigateway_api.py::TestApiGatewayApiModels: CreateModel, GetModel(s), UpdateModel and
 * DeleteModel as AWS answered them, the default Empty and Error models included.
 */
import { CreateModelCommand, CreateRestApiCommand, DeleteModelCommand, GetModelCommand, GetModelsCommand, UpdateModelCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { A, assertLike, body, rec, recordedError } from '../helpers/recorded.js';
import { ACCOUNT, startTollgate } from '../helpers/tollgate.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
const FAKE_API = 'abcde0';
async function newApi(description) {
    return (await t.client.send(new CreateRestApiCommand({ name: 'test-api-models', description }))).id;
}
/** The recordings show a model's `schema` parsed; the wire carries it as a JSON string. */
const parsed = (m) => ({ ...m, schema: m.schema === undefined ? undefined : JSON.parse(m.schema) });
const notFound = (Message) => ({ Code: 'NotFoundException', Message, HTTPStatusCode: 404 });
const badRequest = (Message) => ({ Code: 'BadRequestException', Message, HTTPStatusCode: 400 });
const EMPTY_SCHEMA = badRequest('Model schema must have at least 1 property or array items defined');
const CALC_SCHEMA = {
    title: 'Calc output',
    type: 'object',
    properties: {
        a: { type: 'number' },
        b: { type: 'number' },
        op: { description: 'operation of +, -, * or /', type: 'string' },
        c: { type: 'number' },
    },
    required: ['a', 'b', 'op'],
};
const CALC_SCHEMA_TEXT = '{\n\t"title": "Calc output",\n\t"type": "object",\n\t"properties": {\n\t\t"a": {\n\t\t\t"type": "number"\n\t\t},\n\t\t"b": {\n\t\t\t"type": "number"\n\t\t},\n\t\t"op": {\n\t\t\t"description": "operation of +, -, * or /",\n\t\t\t"type": "string"\n\t\t},\n\t\t"c": {\n\t\t    "type": "number"\n\t\t}\n\t},\n\t"required": ["a", "b", "op"]\n}\n';
const CALC = { contentType: 'application/json', description: 'Calc output model', id: A.shortId, name: 'CalcOutput', schema: CALC_SCHEMA };
describe('TestApiGatewayApiModels', () => {
    it(rec('test_apigateway_api.py::TestApiGatewayApiModels::test_model_lifecycle', 'create-model', 'get-models', 'get-model', 'del-model'), async () => {
        const restApiId = await newApi('testing resource model lifecycle');
        const created = await t.client.send(new CreateModelCommand({
            name: 'CalcOutput',
            restApiId,
            contentType: 'application/json',
            description: 'Calc output model',
            schema: CALC_SCHEMA_TEXT,
        }));
        assert.equal(created.$metadata.httpStatusCode, 201);
        assertLike(parsed(body(created)), CALC);
        // The schema comes back as it was sent.
        assert.equal(created.schema, CALC_SCHEMA_TEXT);
        const models = await t.client.send(new GetModelsCommand({ restApiId }));
        // The recorded test sorts the items by name.
        const items = models.items.map(parsed).sort((a, b) => String(a.name).localeCompare(String(b.name)));
        assertLike({ ...body(models), items }, {
            items: [
                { ...CALC, id: created.id },
                {
                    contentType: 'application/json',
                    description: 'This is a default empty schema model',
                    id: A.shortId,
                    name: 'Empty',
                    schema: { $schema: 'http://json-schema.org/draft-04/schema#', title: 'Empty Schema', type: 'object' },
                },
                {
                    contentType: 'application/json',
                    description: 'This is a default error schema model',
                    id: A.shortId,
                    name: 'Error',
                    schema: {
                        $schema: 'http://json-schema.org/draft-04/schema#',
                        title: 'Error Schema',
                        type: 'object',
                        properties: { message: { type: 'string' } },
                    },
                },
            ],
        });
        const got = await t.client.send(new GetModelCommand({ restApiId, modelName: 'CalcOutput' }));
        assert.equal(got.$metadata.httpStatusCode, 200);
        assertLike(parsed(body(got)), { ...CALC, id: created.id });
        const del = await t.client.send(new DeleteModelCommand({ restApiId, modelName: 'CalcOutput' }));
        assert.equal(del.$metadata.httpStatusCode, 202);
        assertLike(body(del), {});
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiModels::test_model_validation', 'create-model-wrong-id', 'get-models-wrong-id', 'get-model-wrong-id', 'del-model-wrong-id'), async () => {
        const schema = JSON.stringify({ title: 'MySchema', type: 'object' });
        const wrongApi = notFound(`Invalid API identifier specified ${ACCOUNT}:${FAKE_API}`);
        assert.deepEqual(await recordedError(t.client.send(new CreateModelCommand({
            name: 'MySchema',
            restApiId: FAKE_API,
            contentType: 'application/json',
            description: 'Test model',
            schema,
        }))), wrongApi);
        assert.deepEqual(await recordedError(t.client.send(new GetModelsCommand({ restApiId: FAKE_API }))), wrongApi);
        // Get and Delete of a model name the text of the model, not of the API.
        assert.deepEqual(await recordedError(t.client.send(new GetModelCommand({ restApiId: FAKE_API, modelName: 'MySchema' }))), notFound('Invalid model name specified: MySchema'));
        assert.deepEqual(await recordedError(t.client.send(new DeleteModelCommand({ restApiId: FAKE_API, modelName: 'MySchema' }))), notFound('Invalid model name specified: MySchema'));
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiModels::test_model_validation', 'create-model-already-exists', 'create-model-empty-name', 'create-model-empty-schema', 'create-model-no-schema-json', 'create-model-no-schema-xml'), async () => {
        const restApiId = await newApi('testing resource model lifecycle');
        const schema = JSON.stringify({ title: 'MySchema', type: 'object' });
        // An empty description, and a schema with no properties at all, are accepted (201).
        const created = await t.client.send(new CreateModelCommand({ name: 'MySchema', restApiId, contentType: 'application/json', description: '', schema }));
        assert.equal(created.$metadata.httpStatusCode, 201);
        assert.deepEqual(await recordedError(t.client.send(new CreateModelCommand({
            name: 'MySchema',
            restApiId,
            contentType: 'application/json',
            description: '',
            schema,
        }))), { Code: 'ConflictException', Message: 'Model name already exists for this REST API', HTTPStatusCode: 409 });
        assert.deepEqual(await recordedError(t.client.send(new CreateModelCommand({
            name: '',
            restApiId,
            contentType: 'application/json',
            description: '',
            schema,
        }))), badRequest('Model name must be non-empty'));
        assert.deepEqual(await recordedError(t.client.send(new CreateModelCommand({
            name: 'MyEmptySchema',
            restApiId,
            contentType: 'application/json',
            description: '',
            schema: '',
        }))), EMPTY_SCHEMA);
        assert.deepEqual(await recordedError(t.client.send(new CreateModelCommand({
            name: 'MyEmptySchema',
            restApiId,
            contentType: 'application/json',
            description: '',
        }))), EMPTY_SCHEMA);
        assert.deepEqual(await recordedError(t.client.send(new CreateModelCommand({
            name: 'MyEmptySchemaXml',
            restApiId,
            contentType: 'application/xml',
            description: '',
        }))), EMPTY_SCHEMA);
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiModels::test_update_model', 'update-model-wrong-id', 'create-model', 'update-model', 'update-model-invalid-op', 'update-model-invalid-path', 'update-model-empty-schema'), async () => {
        const restApiId = await newApi('testing update resource model');
        const patch = (modelName, patchOperations, api = restApiId) => t.client.send(new UpdateModelCommand({ restApiId: api, modelName, patchOperations }));
        const updated = JSON.stringify({ title: 'Updated schema', type: 'object' });
        const ops = [
            { op: 'replace', path: '/schema', value: updated },
            { op: 'replace', path: '/description', value: '' },
        ];
        assert.deepEqual(await recordedError(patch('mySchema', ops, FAKE_API)), notFound('Invalid model name specified: mySchema'));
        const created = await t.client.send(new CreateModelCommand({
            name: 'MySchema',
            restApiId,
            contentType: 'application/json',
            description: '',
            schema: JSON.stringify({ title: 'MySchema', type: 'object' }),
        }));
        assert.equal(created.$metadata.httpStatusCode, 201);
        // An empty description is left out.
        assertLike(parsed(body(created)), {
            contentType: 'application/json',
            id: A.shortId,
            name: 'MySchema',
            schema: { title: 'MySchema', type: 'object' },
        });
        const out = await patch('MySchema', ops);
        assert.equal(out.$metadata.httpStatusCode, 200);
        assertLike(parsed(body(out)), {
            contentType: 'application/json',
            id: created.id,
            name: 'MySchema',
            schema: { title: 'Updated schema', type: 'object' },
        });
        assert.deepEqual(await recordedError(patch('MySchema', [{ op: 'add', path: '/wrong-path', value: 'not supported op' }])), badRequest("Invalid patch path  '/wrong-path' specified for op 'add'. Please choose supported operations"));
        assert.deepEqual(await recordedError(patch('MySchema', [{ op: 'replace', path: '/name', value: 'invalid' }])), badRequest("Invalid patch path  '/name' specified for op 'replace'. Must be one of: [/description, /schema]"));
        assert.deepEqual(await recordedError(patch('MySchema', [{ op: 'replace', path: '/schema', value: '' }])), EMPTY_SCHEMA);
    });
});
//# sourceMappingURL=api-models.test.js.map