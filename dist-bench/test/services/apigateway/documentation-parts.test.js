/**
 * Documentation parts through the AWS SDK. Recorded answers: LS-snap test_apigateway_api
 * TestApiGatewayApiDocumentationPart (lifecycle, invalid get/update/create/delete, import) and
 * test_apigateway_common TestDocumentations; the 409 text is the developer guide's
 * (api-gateway-documenting-api-quick-start-with-restapi); location defaults are the guide's table.
 */
import { CreateDocumentationPartCommand, CreateRestApiCommand, DeleteDocumentationPartCommand, GetDocumentationPartCommand, GetDocumentationPartsCommand, ImportDocumentationPartsCommand, UpdateDocumentationPartCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ACCOUNT, sdkError, startTollgate } from '../../helpers/tollgate.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
const newApi = async (server = t) => (await server.client.send(new CreateRestApiCommand({ name: 'docs' }))).id;
const create = (restApiId, location, properties = '{ "description": "Sample API description" }') => t.client.send(new CreateDocumentationPartCommand({ restApiId, location, properties }));
const list = (restApiId, input = {}) => t.client.send(new GetDocumentationPartsCommand({ restApiId, ...input }));
const update = (restApiId, documentationPartId, patchOperations) => t.client.send(new UpdateDocumentationPartCommand({ restApiId, documentationPartId, patchOperations }));
const importParts = (restApiId, body, extra = {}, server = t) => server.client.send(new ImportDocumentationPartsCommand({ restApiId, body: new TextEncoder().encode(body), ...extra }));
const strip = (r) => {
    const { $metadata: _m, ...rest } = r;
    return rest;
};
const bad = (message) => ({ name: 'BadRequestException', message, status: 400 });
const apiNotFound = (id) => ({
    name: 'NotFoundException',
    message: `Invalid API identifier specified ${ACCOUNT}:${id}`,
    status: 404,
});
const PART_NOT_FOUND = { name: 'NotFoundException', message: 'Invalid Documentation part identifier specified', status: 404 };
/** LocalStack's tests/aws/files/oas30_documentation_parts.json, imported against AWS (LS-snap test_import_documentation_parts). */
const OAS30 = JSON.stringify({
    openapi: '3.0.0',
    info: { description: 'description', version: '1', title: 'doc' },
    paths: { '/': { get: { description: 'Method description.', responses: { 200: { description: '200 response' } } } } },
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
    components: { schemas: { Empty: { type: 'object', title: 'Empty Schema' } } },
});
/** The parts AWS stored for OAS30, in order, without ids (the recorded GetDocumentationParts). */
const OAS30_PARTS = [
    {
        location: { type: 'API' },
        properties: { description: 'API description', info: { description: 'API info description 4', version: 'API info version 3' } },
    },
    { location: { method: 'GET', path: '/', type: 'METHOD' }, properties: { description: 'Method description.' } },
    { location: { name: 'Empty', type: 'MODEL' }, properties: { title: 'Empty Schema' } },
    { location: { method: 'GET', path: '/', statusCode: '200', type: 'RESPONSE' }, properties: { description: '200 response' } },
];
const withParsedProperties = (items) => items.map((i) => ({ location: i.location, properties: JSON.parse(i.properties) }));
describe('CreateDocumentationPart', () => {
    it('answers 201 with the id, the location and the properties as sent (LS-snap create-documentation-part)', async () => {
        const api = await newApi();
        const res = await create(api, { type: 'API' });
        assert.equal(res.$metadata.httpStatusCode, 201);
        assert.match(res.id, /^[a-z0-9]{6}$/);
        assert.deepEqual(strip(res), { id: res.id, location: { type: 'API' }, properties: '{ "description": "Sample API description" }' });
    });
    it('fills every valid location field with its default and keeps only valid fields (DG table)', async () => {
        const api = await newApi();
        const cases = [
            [{ type: 'RESOURCE' }, { type: 'RESOURCE', path: '/' }],
            [
                { type: 'RESOURCE', path: '/pets' },
                { type: 'RESOURCE', path: '/pets' },
            ],
            [
                { type: 'METHOD', path: '/pets' },
                { type: 'METHOD', path: '/pets', method: '*' },
            ],
            [
                { type: 'QUERY_PARAMETER', path: '/pets', method: 'GET', name: 'page' },
                { type: 'QUERY_PARAMETER', path: '/pets', method: 'GET', name: 'page' },
            ],
            [
                { type: 'PATH_PARAMETER', path: '/pets/{petId}', name: 'petId' },
                { type: 'PATH_PARAMETER', path: '/pets/{petId}', method: '*', name: 'petId' },
            ],
            [
                { type: 'REQUEST_BODY', path: '/pets', method: 'POST' },
                { type: 'REQUEST_BODY', path: '/pets', method: 'POST' },
            ],
            [
                { type: 'REQUEST_HEADER', name: 'x-my-token' },
                { type: 'REQUEST_HEADER', path: '/', method: '*', name: 'x-my-token' },
            ],
            [
                { type: 'RESPONSE', statusCode: '200' },
                { type: 'RESPONSE', path: '/', method: '*', statusCode: '200' },
            ],
            [
                { type: 'RESPONSE_HEADER', method: 'GET', name: 'Content-Type' },
                { type: 'RESPONSE_HEADER', path: '/', method: 'GET', statusCode: '*', name: 'Content-Type' },
            ],
            [{ type: 'RESPONSE_BODY' }, { type: 'RESPONSE_BODY', path: '/', method: '*', statusCode: '*' }],
            [
                { type: 'AUTHORIZER', name: 'myAuthorizer' },
                { type: 'AUTHORIZER', name: 'myAuthorizer' },
            ],
            [
                { type: 'MODEL', name: 'Pet' },
                { type: 'MODEL', name: 'Pet' },
            ],
        ];
        for (const [sent, stored] of cases) {
            const res = await create(api, sent, '{"description":"d"}');
            assert.deepEqual(res.location, stored, JSON.stringify(sent));
            assert.deepEqual((await t.client.send(new GetDocumentationPartCommand({ restApiId: api, documentationPartId: res.id }))).location, stored);
        }
    });
    it('refuses a taken location, defaults included, with 409 (DG: "Documentation part already exists for the specified location: type \'API\'.")', async () => {
        const api = await newApi();
        await create(api, { type: 'API' });
        assert.deepEqual(await sdkError(create(api, { type: 'API' })), {
            name: 'ConflictException',
            message: "Documentation part already exists for the specified location: type 'API'.",
            status: 409,
        });
        await create(api, { type: 'METHOD', path: '/pets' });
        // An omitted method is `*`, so the two locations are the same (not recorded: the text lists the fields the same way).
        assert.deepEqual(await sdkError(create(api, { type: 'METHOD', path: '/pets', method: '*' })), {
            name: 'ConflictException',
            message: "Documentation part already exists for the specified location: type 'METHOD', path '/pets', method '*'.",
            status: 409,
        });
        assert.equal((await create(api, { type: 'METHOD', path: '/pets', method: 'GET' })).location?.method, 'GET');
    });
    it('refuses an unknown API, an invalid location and properties that are not JSON', async () => {
        const api = await newApi();
        // LS-snap wrong-rest-api-id-create-doc-part, create_documentation_part_invalid_api_id.
        assert.deepEqual(await sdkError(create('test-fake-rest-id', { type: 'API' })), apiNotFound('test-fake-rest-id'));
        assert.deepEqual(await sdkError(create(api, { type: 'API', method: 'GET' })), bad("Invalid location field 'method' for documentation part of type 'API'"));
        assert.deepEqual(await sdkError(create(api, { type: 'RESOURCE', statusCode: '200' })), bad("Invalid location field 'statusCode' for documentation part of type 'RESOURCE'"));
        assert.deepEqual(await sdkError(create(api, { type: 'AUTHORIZER', path: '/', name: 'a' })), bad("Invalid location field 'path' for documentation part of type 'AUTHORIZER'"));
        assert.deepEqual(await sdkError(create(api, { type: 'MODEL' })), bad("Location field 'name' is required for documentation part of type 'MODEL'"));
        assert.deepEqual(await sdkError(create(api, { type: 'RESPONSE_HEADER', statusCode: '200' })), bad("Location field 'name' is required for documentation part of type 'RESPONSE_HEADER'"));
        assert.deepEqual(await sdkError(create(api, { type: 'API' }, 'not json')), bad('Invalid documentation part properties specified: the value must be a valid JSON string'));
        // The model's statusCode pattern ^([1-5]\d\d|\*|\s*)$, reported as Coral does.
        assert.deepEqual(await sdkError(create(api, { type: 'RESPONSE', statusCode: '600' })), {
            name: 'ValidationException',
            status: 400,
            message: "1 validation error detected: Value '600' at 'createDocumentationPartInput.location.statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: ^([1-5]\\d\\d|\\*|\\s*)$",
        });
        // LS-snap create_documentation_part_invalid_location_type is a ValidationException (its enum order
        // [RESPONSE_BODY, RESPONSE, METHOD, …] is the model's business: src/services/apigateway/model-patches.json).
        const invalidType = await sdkError(create(api, { type: 'INVALID' }));
        assert.equal(invalidType.name, 'ValidationException');
        assert.equal(invalidType.status, 400);
        assert.match(invalidType.message, /^1 validation error detected: Value 'INVALID' at 'createDocumentationPartInput.location.type' failed to satisfy constraint: Member must satisfy enum value set: \[/);
        assert.deepEqual((await list(api)).items, []);
    });
    it('enforces 2,000 parts per API with --aws-limits (DG:limits)', async () => {
        const limited = await startTollgate(['--aws-limits']);
        try {
            const api = await newApi(limited);
            const doc = (n, from = 0) => JSON.stringify({
                swagger: '2.0',
                info: { title: 'x', version: '1' },
                paths: {},
                'x-amazon-apigateway-documentation': {
                    documentationParts: Array.from({ length: n }, (_, i) => ({
                        location: { type: 'MODEL', name: `m${from + i}` },
                        properties: {},
                    })),
                },
            });
            const limit = {
                name: 'LimitExceededException',
                message: 'Maximum number of Documentation Parts for this API has been reached: 2000',
                status: 429,
            };
            assert.deepEqual(await sdkError(importParts(api, doc(2001), {}, limited)), limit);
            assert.equal((await importParts(api, doc(2000), {}, limited)).ids.length, 2000);
            assert.deepEqual(await sdkError(limited.client.send(new CreateDocumentationPartCommand({ restApiId: api, location: { type: 'API' }, properties: '{}' }))), limit);
            // Re-importing the same locations updates them and stays within the quota.
            assert.equal((await importParts(api, doc(2000), {}, limited)).ids.length, 2000);
        }
        finally {
            await limited.close();
        }
    });
});
describe('GetDocumentationPart', () => {
    it('answers the part, and the part 404 for an unknown part or API (LS-snap test_invalid_get_documentation_part)', async () => {
        const api = await newApi();
        const p = await create(api, { type: 'API' });
        const got = await t.client.send(new GetDocumentationPartCommand({ restApiId: api, documentationPartId: p.id }));
        assert.deepEqual(strip(got), strip(p));
        assert.deepEqual(await sdkError(t.client.send(new GetDocumentationPartCommand({ restApiId: 'api_id', documentationPartId: p.id }))), PART_NOT_FOUND);
        assert.deepEqual(await sdkError(t.client.send(new GetDocumentationPartCommand({ restApiId: api, documentationPartId: 'documentation_part_id' }))), PART_NOT_FOUND);
    });
});
describe('GetDocumentationParts', () => {
    it('lists the parts in creation order without a position on the last page (LS-snap get-documentation-parts)', async () => {
        const api = await newApi();
        assert.deepEqual(strip(await list(api)), { items: [] });
        const a = await create(api, { type: 'API' });
        const res = await list(api);
        assert.deepEqual(strip(res), { items: [strip(a)] });
    });
    it('filters by type, path, name prefix and location status, and pages', async () => {
        const api = await newApi();
        const apiPart = await create(api, { type: 'API' }, '{"description":"x"}');
        const res = await create(api, { type: 'RESOURCE', path: '/pets' }, '{}');
        const model = await create(api, { type: 'MODEL', name: 'PetModel' }, '{"title":"t"}');
        const q = await create(api, { type: 'QUERY_PARAMETER', path: '/pets', name: 'page' }, '{"description":"p"}');
        const ids = async (input) => (await list(api, input)).items.map((i) => i.id);
        assert.deepEqual(await ids({ type: 'MODEL' }), [model.id]);
        assert.deepEqual(await ids({ path: '/pets' }), [res.id, q.id]);
        assert.deepEqual(await ids({ nameQuery: 'Pet' }), [model.id]);
        assert.deepEqual(await ids({ nameQuery: 'pet' }), []);
        assert.deepEqual(await ids({ locationStatus: 'UNDOCUMENTED' }), [res.id]);
        assert.deepEqual(await ids({ locationStatus: 'DOCUMENTED' }), [apiPart.id, model.id, q.id]);
        assert.deepEqual(await ids({ type: 'RESOURCE', locationStatus: 'DOCUMENTED' }), []);
        const first = await list(api, { limit: 3 });
        assert.deepEqual(first.items.map((i) => i.id), [apiPart.id, res.id, model.id]);
        assert.ok(first.position);
        const second = await list(api, { limit: 3, position: first.position });
        assert.deepEqual(second.items.map((i) => i.id), [q.id]);
        assert.equal(second.position, undefined);
        const filtered = await list(api, { path: '/pets', limit: 1 });
        assert.deepEqual(filtered.items.map((i) => i.id), [res.id]);
        assert.deepEqual((await list(api, { path: '/pets', limit: 1, position: filtered.position })).items.map((i) => i.id), [q.id]);
    });
    it('answers 404 for an unknown API and ValidationException for an unknown type (LS-snap wrong-rest-api-id-get-doc-parts)', async () => {
        assert.deepEqual(await sdkError(list('test-fake-rest-id')), apiNotFound('test-fake-rest-id'));
        const api = await newApi();
        const e = await sdkError(list(api, { locationStatus: 'SOME' }));
        assert.deepEqual(e, {
            name: 'ValidationException',
            status: 400,
            message: "1 validation error detected: Value 'SOME' at 'getDocumentationPartsInput.locationStatus' failed to satisfy constraint: Member must satisfy enum value set: [DOCUMENTED, UNDOCUMENTED]",
        });
    });
});
describe('UpdateDocumentationPart', () => {
    it('replaces /properties (LS-snap update-documentation-part, get-documentation-part-after-update)', async () => {
        const api = await newApi();
        const p = await create(api, { type: 'API' });
        const res = await update(api, p.id, [{ op: 'replace', path: '/properties', value: '{ "description": "Updated Sample API description" }' }]);
        assert.equal(res.$metadata.httpStatusCode, 200);
        assert.deepEqual(strip(res), {
            id: p.id,
            location: { type: 'API' },
            properties: '{ "description": "Updated Sample API description" }',
        });
        assert.deepEqual(strip(await t.client.send(new GetDocumentationPartCommand({ restApiId: api, documentationPartId: p.id }))), strip(res));
    });
    it('refuses what AWS refuses (LS-snap test_invalid_update_documentation_part)', async () => {
        const api = await newApi();
        const p = await create(api, { type: 'API' });
        const value = '{ "description": "Updated Sample API description" }';
        assert.deepEqual(await sdkError(update('api_id', p.id, [{ op: 'replace', path: '/properties', value }])), PART_NOT_FOUND);
        assert.deepEqual(await sdkError(update(api, 'nosuch', [{ op: 'replace', path: '/properties', value }])), PART_NOT_FOUND);
        assert.deepEqual(await sdkError(update(api, p.id, [{ op: 'add', path: '/properties', value }])), bad("Invalid patch path  '/properties' specified for op 'add'. Please choose supported operations"));
        assert.deepEqual(await sdkError(update(api, p.id, [{ op: 'replace', path: '/invalidPath', value }])), bad("Invalid patch path  '/invalidPath' specified for op 'replace'. Must be one of: [/properties]"));
        assert.deepEqual(await sdkError(update(api, p.id, [{ op: 'replace', path: '/properties', value: '{broken' }])), bad('Invalid documentation part properties specified: the value must be a valid JSON string'));
        assert.equal((await t.client.send(new GetDocumentationPartCommand({ restApiId: api, documentationPartId: p.id }))).properties, '{ "description": "Sample API description" }');
    });
});
describe('DeleteDocumentationPart', () => {
    it('answers 202, then the part 404; an unknown API gets the API 404 (LS-snap test_invalid_delete_documentation_part)', async () => {
        const api = await newApi();
        const p = await create(api, { type: 'API' });
        assert.deepEqual(await sdkError(t.client.send(new DeleteDocumentationPartCommand({ restApiId: 'api_id', documentationPartId: p.id }))), apiNotFound('api_id'));
        const res = await t.client.send(new DeleteDocumentationPartCommand({ restApiId: api, documentationPartId: p.id }));
        assert.equal(res.$metadata.httpStatusCode, 202);
        assert.deepEqual(await sdkError(t.client.send(new DeleteDocumentationPartCommand({ restApiId: api, documentationPartId: p.id }))), PART_NOT_FOUND);
        assert.deepEqual((await list(api)).items, []);
        // The location is free again.
        assert.equal((await create(api, { type: 'API' })).location?.type, 'API');
    });
});
describe('ImportDocumentationParts', () => {
    it('imports x-amazon-apigateway-documentation with filled-in locations, then overwrites (LS-snap test_import_documentation_parts)', async () => {
        const api = await newApi();
        const first = await importParts(api, OAS30);
        assert.equal(first.$metadata.httpStatusCode, 200);
        assert.equal(first.ids.length, 4);
        assert.equal('warnings' in first, false);
        const items = (await list(api)).items;
        assert.deepEqual(items.map((i) => i.id), first.ids);
        assert.deepEqual(withParsedProperties(items), OAS30_PARTS);
        // Object properties are stored as JSON strings.
        assert.equal(items[2].properties, '{"title":"Empty Schema"}');
        const over = await importParts(api, OAS30, { mode: 'overwrite' });
        assert.equal(over.ids.length, 4);
        assert.equal(over.ids.some((id) => first.ids.includes(id)), false);
        const after = (await list(api)).items;
        assert.deepEqual(after.map((i) => i.id), over.ids);
        assert.deepEqual(withParsedProperties(after), OAS30_PARTS);
    });
    it('merges by location: same location keeps its id and takes the new properties; other parts stay', async () => {
        const api = await newApi();
        const kept = await create(api, { type: 'RESOURCE', path: '/kept' }, '{"description":"kept"}');
        const method = await create(api, { type: 'METHOD', method: 'GET' }, '{"description":"old"}');
        const res = await importParts(api, OAS30, { mode: 'merge' });
        assert.equal(res.ids[1], method.id);
        const items = (await list(api)).items;
        assert.deepEqual(items.map((i) => i.id), [kept.id, method.id, res.ids[0], res.ids[2], res.ids[3]]);
        assert.deepEqual(JSON.parse(items[1].properties), { description: 'Method description.' });
        assert.equal(items[0].properties, '{"description":"kept"}');
        // overwrite removes what the document does not list.
        await importParts(api, OAS30, { mode: 'overwrite' });
        assert.equal((await list(api)).items.some((i) => i.id === kept.id), false);
    });
    it('reads Swagger 2.0 in YAML, and a document without the extension imports nothing', async () => {
        const api = await newApi();
        const yaml = [
            'swagger: "2.0"',
            'info: {title: y, version: "1"}',
            'paths: {}',
            'x-amazon-apigateway-documentation:',
            '  version: "1"',
            '  documentationParts:',
            '    - location: {type: RESOURCE, path: /pets}',
            '      properties: {description: Pets}',
            '    - location: {type: AUTHORIZER, name: auth}',
            '      properties: \'{"description":"a"}\'',
        ].join('\n');
        const res = await importParts(api, yaml);
        assert.equal(res.ids.length, 2);
        const items = (await list(api)).items;
        assert.deepEqual(items.map((i) => [i.location, i.properties]), [
            [{ type: 'RESOURCE', path: '/pets' }, '{"description":"Pets"}'],
            [{ type: 'AUTHORIZER', name: 'auth' }, '{"description":"a"}'],
        ]);
        const none = await importParts(api, JSON.stringify({ openapi: '3.0.1', info: { title: 'n', version: '1' }, paths: {} }));
        assert.deepEqual(none.ids, []);
        assert.equal((await list(api)).items.length, 2);
    });
    it('skips unusable parts with warnings; failonwarnings rolls the import back', async () => {
        const api = await newApi();
        const doc = JSON.stringify({
            openapi: '3.0.0',
            info: { title: 'w', version: '1' },
            paths: {},
            'x-amazon-apigateway-documentation': {
                documentationParts: [
                    { location: { type: 'API' }, properties: { description: 'ok' } },
                    { location: { type: 'MODEL' }, properties: {} },
                    { properties: {} },
                    { location: { type: 'API', method: 'GET' }, properties: {} },
                ],
            },
        });
        const warnings = [
            "Skipping documentationParts[1]: Location field 'name' is required for documentation part of type 'MODEL'",
            'Skipping documentationParts[2]: a location with a type is required',
            "Skipping documentationParts[3]: Invalid location field 'method' for documentation part of type 'API'",
        ];
        assert.deepEqual(await sdkError(importParts(api, doc, { failOnWarnings: true })), bad(`Warnings found during import:\n\t${warnings.join('\n\t')}`));
        assert.deepEqual((await list(api)).items, []);
        const res = await importParts(api, doc);
        assert.equal(res.ids.length, 1);
        assert.deepEqual(res.warnings, warnings);
    });
    it('refuses a body that is not an OpenAPI 2.0/3.0 document, then an unknown API', async () => {
        const api = await newApi();
        const noImporter = bad('Unable to build importer with provided input.');
        for (const body of [
            'not a document',
            '',
            '[1,2]',
            '{"info":{"title":"x"}}',
            '{"openapi":"3.1.0","info":{"title":"x","version":"1"},"paths":{}}',
            '{: bad',
        ]) {
            assert.deepEqual(await sdkError(importParts(api, body)), noImporter, body);
        }
        // The body is read before the API is looked up (as for ImportRestApi, aws-behavior.md).
        assert.deepEqual(await sdkError(importParts('nosuchapi1', 'not a document')), noImporter);
        assert.deepEqual(await sdkError(importParts('nosuchapi1', OAS30)), apiNotFound('nosuchapi1'));
        const e = await sdkError(t.client.send(new ImportDocumentationPartsCommand({ restApiId: api, body: new TextEncoder().encode(OAS30), mode: 'replace' })));
        assert.deepEqual(e, {
            name: 'ValidationException',
            status: 400,
            message: "1 validation error detected: Value 'replace' at 'importDocumentationPartsInput.mode' failed to satisfy constraint: Member must satisfy enum value set: [merge, overwrite]",
        });
    });
});
//# sourceMappingURL=documentation-parts.test.js.map