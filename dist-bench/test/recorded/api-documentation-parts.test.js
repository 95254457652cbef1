/**
 * Replays test_apigateway_api.py::TestApiGatewayApiDocumentationPart: documentation parts' lifecycle,
 * AWS's refusals, and parts imported with an API (ImportRestApi) and with ImportDocumentationParts.
 */
import { CreateDocumentationPartCommand, CreateRestApiCommand, DeleteDocumentationPartCommand, GetDocumentationPartCommand, GetDocumentationPartsCommand, ImportDocumentationPartsCommand, ImportRestApiCommand, UpdateDocumentationPartCommand, } from '@aws-sdk/client-api-gateway';
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
const notFound = (Message) => ({ Code: 'NotFoundException', Message, HTTPStatusCode: 404 });
const badRequest = (Message) => ({ Code: 'BadRequestException', Message, HTTPStatusCode: 400 });
const apiNotFound = (id) => notFound(`Invalid API identifier specified ${ACCOUNT}:${id}`);
const NO_PART = notFound('Invalid Documentation part identifier specified');
const SAMPLE = '{ "description": "Sample API description" }';
const UPDATED = '{ "description": "Updated Sample API description" }';
async function newApi() {
    return (await t.client.send(new CreateRestApiCommand({ name: 'test-api-doc-parts', description: 'this is my api' }))).id;
}
const createPart = (restApiId, location = { type: 'API' }, properties = SAMPLE) => t.client.send(new CreateDocumentationPartCommand({ restApiId, location, properties }));
/** The recordings show `properties` parsed; the wire carries a JSON string. */
const parsed = (p) => ({
    ...p,
    properties: p.properties === undefined ? undefined : JSON.parse(p.properties),
});
/** The input of the recorded import test (LocalStack's tests/aws/files/oas30_documentation_parts.json), as sent. */
const OAS30 = JSON.stringify({
    openapi: '3.0.0',
    info: { description: 'description', version: '1', title: 'doc' },
    paths: {
        '/': {
            get: {
                description: 'Method description.',
                responses: {
                    200: { description: '200 response', content: { 'application/json': { schema: { $ref: '#/components/schemas/Empty' } } } },
                },
            },
        },
    },
    'x-amazon-apigateway-documentation': {
        version: '1.0.3',
        documentationParts: [
            {
                location: { type: 'API' },
                properties: { description: 'API description', info: { description: 'API info description 4', version: 'API info version 3' } },
            },
            { location: { type: 'METHOD', method: 'GET' }, properties: { description: 'Method description.' } },
            { location: { type: 'MODEL', name: 'Empty' }, properties: { title: 'Empty Schema' } },
            { location: { type: 'RESPONSE', method: 'GET', statusCode: '200' }, properties: { description: '200 response' } },
        ],
    },
    servers: [{ url: '/' }],
    components: { schemas: { Empty: { type: 'object', title: 'Empty Schema' } } },
}, null, 2);
/** What AWS stored for OAS30, in the order GetDocumentationParts listed it: locations filled in with `path: '/'`. */
const OAS30_PARTS = [
    {
        location: { type: 'API' },
        properties: { description: 'API description', info: { description: 'API info description 4', version: 'API info version 3' } },
    },
    { location: { method: 'GET', path: '/', type: 'METHOD' }, properties: { description: 'Method description.' } },
    { location: { name: 'Empty', type: 'MODEL' }, properties: { title: 'Empty Schema' } },
    { location: { method: 'GET', path: '/', statusCode: '200', type: 'RESPONSE' }, properties: { description: '200 response' } },
];
describe('TestApiGatewayApiDocumentationPart', () => {
    it(rec('test_apigateway_api.py::TestApiGatewayApiDocumentationPart::test_doc_parts_crud_no_api', 'wrong-rest-api-id-create-doc-part', 'wrong-rest-api-id-get-doc-parts'), async () => {
        const properties = '{\n\t"info": {\n\t\t"description" : "Your first API with Amazon API Gateway."\n\t}\n}';
        assert.deepEqual(await recordedError(createPart('test-fake-rest-id', { type: 'API' }, properties)), apiNotFound('test-fake-rest-id'));
        assert.deepEqual(await recordedError(t.client.send(new GetDocumentationPartsCommand({ restApiId: 'test-fake-rest-id' }))), apiNotFound('test-fake-rest-id'));
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiDocumentationPart::test_documentation_part_lifecycle', 'create-documentation-part', 'get-documentation-part', 'get-documentation-parts', 'update-documentation-part', 'get-documentation-part-after-update', 'delete_documentation_part'), async () => {
        const restApiId = await newApi();
        const created = await createPart(restApiId);
        assert.equal(created.$metadata.httpStatusCode, 201);
        const part = (description) => ({ id: created.id, location: { type: 'API' }, properties: { description } });
        assertLike(parsed(body(created)), { ...part('Sample API description'), id: A.shortId });
        // The properties come back as they were sent.
        assert.equal(created.properties, SAMPLE);
        const documentationPartId = created.id;
        const get = () => t.client.send(new GetDocumentationPartCommand({ restApiId, documentationPartId }));
        const got = await get();
        assert.equal(got.$metadata.httpStatusCode, 200);
        assertLike(parsed(body(got)), part('Sample API description'));
        const list = await t.client.send(new GetDocumentationPartsCommand({ restApiId }));
        assertLike({ ...body(list), items: list.items.map(parsed) }, { items: [part('Sample API description')] });
        const updated = await t.client.send(new UpdateDocumentationPartCommand({
            restApiId,
            documentationPartId,
            patchOperations: [{ op: 'replace', path: '/properties', value: UPDATED }],
        }));
        assert.equal(updated.$metadata.httpStatusCode, 200);
        assertLike(parsed(body(updated)), part('Updated Sample API description'));
        assertLike(parsed(body(await get())), part('Updated Sample API description'));
        const del = await t.client.send(new DeleteDocumentationPartCommand({ restApiId, documentationPartId }));
        assert.equal(del.$metadata.httpStatusCode, 202);
        assertLike(body(del), {});
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiDocumentationPart::test_invalid_get_documentation_part', 'get-documentation-part-invalid-api-id', 'get-documentation-part-invalid-doc-id'), async () => {
        const restApiId = await newApi();
        const documentationPartId = (await createPart(restApiId)).id;
        // An unknown API gets the part's text.
        assert.deepEqual(await recordedError(t.client.send(new GetDocumentationPartCommand({ restApiId: 'api_id', documentationPartId }))), NO_PART);
        assert.deepEqual(await recordedError(t.client.send(new GetDocumentationPartCommand({ restApiId, documentationPartId: 'documentation_part_id' }))), NO_PART);
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiDocumentationPart::test_invalid_get_documentation_parts', 'get-inavlid-documentation-parts'), async () => {
        assert.deepEqual(await recordedError(t.client.send(new GetDocumentationPartsCommand({ restApiId: 'api_id' }))), apiNotFound('api_id'));
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiDocumentationPart::test_invalid_update_documentation_part', 'update-documentation-part-invalid-api-id', 'update-documentation-part-invalid-add-operation', 'update-documentation-part-invalid-path'), async () => {
        const restApiId = await newApi();
        const documentationPartId = (await createPart(restApiId)).id;
        const update = (patchOperations, api = restApiId) => t.client.send(new UpdateDocumentationPartCommand({ restApiId: api, documentationPartId, patchOperations }));
        assert.deepEqual(await recordedError(update([{ op: 'replace', path: '/properties', value: UPDATED }], 'api_id')), NO_PART);
        assert.deepEqual(await recordedError(update([{ op: 'add', path: '/properties', value: UPDATED }])), badRequest("Invalid patch path  '/properties' specified for op 'add'. Please choose supported operations"));
        assert.deepEqual(await recordedError(update([{ op: 'replace', path: '/invalidPath', value: UPDATED }])), badRequest("Invalid patch path  '/invalidPath' specified for op 'replace'. Must be one of: [/properties]"));
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiDocumentationPart::test_invalid_create_documentation_part_operations', 'create_documentation_part_invalid_api_id', 'create_documentation_part_invalid_location_type'), async () => {
        const restApiId = await newApi();
        assert.deepEqual(await recordedError(createPart('api_id')), apiNotFound('api_id'));
        assert.deepEqual(await recordedError(createPart(restApiId, { type: 'INVALID' })), {
            Code: 'ValidationException',
            Message: "1 validation error detected: Value 'INVALID' at 'createDocumentationPartInput.location.type' failed to satisfy constraint: Member must satisfy enum value set: [RESPONSE_BODY, RESPONSE, METHOD, MODEL, AUTHORIZER, RESPONSE_HEADER, RESOURCE, PATH_PARAMETER, REQUEST_BODY, QUERY_PARAMETER, API, REQUEST_HEADER]",
            HTTPStatusCode: 400,
        });
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiDocumentationPart::test_invalid_delete_documentation_part', 'delete_documentation_part_wrong_api_id', 'delete_documentation_part', 'delete_already_deleted_documentation_part'), async () => {
        const restApiId = await newApi();
        const documentationPartId = (await createPart(restApiId)).id;
        const del = (api = restApiId) => t.client.send(new DeleteDocumentationPartCommand({ restApiId: api, documentationPartId }));
        // Delete, unlike Get and Update, names the unknown API.
        assert.deepEqual(await recordedError(del('api_id')), apiNotFound('api_id'));
        const out = await del();
        assert.equal(out.$metadata.httpStatusCode, 202);
        assertLike(body(out), {});
        assert.deepEqual(await recordedError(del()), NO_PART);
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiDocumentationPart::test_import_documentation_parts', 'get-documentations-parts-after-api-imports', 'import-documentation-parts', 'get-documentations-parts-after-import'), async () => {
        const imported = await t.client.send(new ImportRestApiCommand({ body: new TextEncoder().encode(OAS30), failOnWarnings: true }));
        const restApiId = imported.id;
        const list = () => t.client.send(new GetDocumentationPartsCommand({ restApiId }));
        const first = await list();
        assert.equal(first.$metadata.httpStatusCode, 200);
        // Properties are JSON strings on the wire.
        assert.equal(typeof first.items[0].properties, 'string');
        assertLike({ ...body(first), items: first.items.map(parsed) }, { items: OAS30_PARTS.map((p) => ({ id: A.shortId, ...p })) });
        for (const p of first.items) {
            const del = await t.client.send(new DeleteDocumentationPartCommand({ restApiId, documentationPartId: p.id }));
            assert.equal(del.$metadata.httpStatusCode, 202);
        }
        assert.deepEqual((await list()).items, []);
        const res = await t.client.send(new ImportDocumentationPartsCommand({ restApiId, mode: 'overwrite', body: new TextEncoder().encode(OAS30) }));
        assert.equal(res.$metadata.httpStatusCode, 200);
        assertLike(body(res), { ids: [A.shortId, A.shortId, A.shortId, A.shortId] });
        const after = await list();
        assert.equal(typeof after.items[0].properties, 'string');
        // The parts are listed in the order of the ids the import answered.
        assertLike({ ...body(after), items: after.items.map(parsed) }, { items: OAS30_PARTS.map((p, i) => ({ id: res.ids[i], ...p })) });
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiDocumentationPart::test_import_documentation_parts_bad_file', 'import-documentation-parts-bad-yaml-file', 'import-documentation-parts-bad-json-file'), async () => {
        const restApiId = (await t.client.send(new CreateRestApiCommand({ name: 'test-api-doc-import', description: 'APIGW test import documentation' }))).id;
        const badYaml = 'test:\n    value:\n        - "value ... "escaped": $var, "dt": $(var +"%a")}"\n        ';
        const importParts = (text) => t.client.send(new ImportDocumentationPartsCommand({ restApiId, mode: 'overwrite', body: new TextEncoder().encode(text) }));
        const noImporter = badRequest('Unable to build importer with provided input.');
        assert.deepEqual(await recordedError(importParts(badYaml)), noImporter);
        assert.deepEqual(await recordedError(importParts("{'key:value}")), noImporter);
    });
});
//# sourceMappingURL=api-documentation-parts.test.js.map