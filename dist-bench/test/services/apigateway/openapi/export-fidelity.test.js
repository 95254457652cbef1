/**
 * Exports that survive a round trip:
 * - YAML is written so that YAML 1.1 readers (PyYAML, SnakeYAML) read the same strings: a date-like
 *   version (an API without one exports its creation date), `on`, `no`, `1.10` are quoted;
 * - export → import → export gives the same document, also across formats: an API with a request
 *   validator, a JSON body model and templates of other content types, round-tripped through Swagger 2.0,
 *   exports the same OpenAPI 3 document as before (it used to gain `application/xml` content); a stage's
 *   documentation version (summaries, tags, descriptions) comes back through x-amazon-apigateway-documentation;
 * - what an import keeps and drops of an operation's documentation, as AWS's recordings show it.
 */
import { CreateDeploymentCommand, CreateDocumentationPartCommand, CreateDocumentationVersionCommand, CreateModelCommand, CreateRequestValidatorCommand, CreateResourceCommand, CreateRestApiCommand, GetDocumentationPartsCommand, GetExportCommand, GetMethodCommand, GetResourcesCommand, ImportRestApiCommand, PutIntegrationCommand, PutIntegrationResponseCommand, PutMethodCommand, PutMethodResponseCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { startTollgate } from '../../../helpers/tollgate.js';
import { fixture } from './helpers.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
async function exported(restApiId, exportType, accepts = 'application/json') {
    const res = await t.client.send(new GetExportCommand({ restApiId, stageName: 'dev', exportType, accepts, parameters: { extensions: 'apigateway' } }));
    return Buffer.from(res.body).toString('utf8');
}
/** The document without what names the API (its id is in host / servers[].url). */
function comparable(text) {
    const doc = JSON.parse(text);
    delete doc.host;
    for (const s of doc.servers ?? [])
        delete s.url;
    return doc;
}
async function reimport(text) {
    const imported = await t.client.send(new ImportRestApiCommand({ body: Buffer.from(text), failOnWarnings: true }));
    await t.client.send(new CreateDeploymentCommand({ restApiId: imported.id, stageName: 'dev' }));
    return imported.id;
}
describe('YAML exports read the same in YAML 1.1', () => {
    it('an API without a version exports its creation date, quoted; 1.1 booleans and numbers are quoted too', async () => {
        const api = await t.client.send(new CreateRestApiCommand({ name: 'on', description: 'no' }));
        await t.client.send(new PutMethodCommand({ restApiId: api.id, resourceId: api.rootResourceId, httpMethod: 'GET', authorizationType: 'NONE' }));
        await t.client.send(new PutIntegrationCommand({
            restApiId: api.id,
            resourceId: api.rootResourceId,
            httpMethod: 'GET',
            type: 'MOCK',
            requestTemplates: { 'application/json': 'yes' },
        }));
        await t.client.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: 'dev' }));
        const yaml = await exported(api.id, 'oas30', 'application/yaml');
        const version = comparable(await exported(api.id, 'oas30')).info.version;
        assert.match(version, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
        assert.ok(yaml.includes(`version: "${version}"`), yaml);
        for (const line of ['title: "on"', 'description: "no"', 'application/json: "yes"'])
            assert.ok(yaml.includes(line), `${line} in\n${yaml}`);
        // A YAML 1.1 reader gets the JSON export's document back: strings stay strings.
        const json = JSON.parse(await exported(api.id, 'oas30'));
        assert.deepEqual(parseYaml(yaml, { version: '1.1' }), json);
        assert.deepEqual(parseYaml(yaml), json);
    });
    it('the date version survives a YAML export → import → export', async () => {
        const api = await t.client.send(new CreateRestApiCommand({ name: 'dated' }));
        await t.client.send(new PutMethodCommand({ restApiId: api.id, resourceId: api.rootResourceId, httpMethod: 'GET', authorizationType: 'NONE' }));
        await t.client.send(new PutIntegrationCommand({ restApiId: api.id, resourceId: api.rootResourceId, httpMethod: 'GET', type: 'MOCK' }));
        await t.client.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: 'dev' }));
        for (const type of ['swagger', 'oas30']) {
            const yaml = await exported(api.id, type, 'application/yaml');
            const copy = await reimport(yaml);
            const version = comparable(await exported(api.id, type)).info.version;
            assert.equal(comparable(await exported(copy, type)).info.version, version);
            assert.deepEqual(comparable(await exported(copy, type)), comparable(await exported(api.id, type)));
        }
    });
    it('a version that 1.1 reads as a number (1.10) stays a string', async () => {
        const api = await t.client.send(new CreateRestApiCommand({ name: 'versioned', version: '1.10' }));
        await t.client.send(new PutMethodCommand({ restApiId: api.id, resourceId: api.rootResourceId, httpMethod: 'GET', authorizationType: 'NONE' }));
        await t.client.send(new PutIntegrationCommand({ restApiId: api.id, resourceId: api.rootResourceId, httpMethod: 'GET', type: 'MOCK' }));
        await t.client.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: 'dev' }));
        const doc = parseYaml(await exported(api.id, 'swagger', 'application/yaml'), { version: '1.1' });
        assert.equal(doc.info.version, '1.10');
    });
});
describe('export → import → export is stable across formats', () => {
    let apiId;
    before(async () => {
        // A validated JSON body model, and request / response templates of other content types.
        const api = await t.client.send(new CreateRestApiCommand({ name: 'validated', version: '1' }));
        apiId = api.id;
        const validator = await t.client.send(new CreateRequestValidatorCommand({ restApiId: apiId, name: 'all', validateRequestBody: true, validateRequestParameters: true }));
        await t.client.send(new CreateModelCommand({
            restApiId: apiId,
            name: 'Pet',
            contentType: 'application/json',
            schema: '{"type":"object","properties":{"name":{"type":"string"}}}',
        }));
        const pets = await t.client.send(new CreateResourceCommand({ restApiId: apiId, parentId: api.rootResourceId, pathPart: 'pets' }));
        const m = { restApiId: apiId, resourceId: pets.id, httpMethod: 'POST' };
        await t.client.send(new PutMethodCommand({
            ...m,
            authorizationType: 'NONE',
            requestValidatorId: validator.id,
            requestModels: { 'application/json': 'Pet' },
            requestParameters: { 'method.request.querystring.q': true },
        }));
        await t.client.send(new PutMethodResponseCommand({ ...m, statusCode: '200', responseModels: { 'application/json': 'Pet' } }));
        await t.client.send(new PutIntegrationCommand({
            ...m,
            type: 'MOCK',
            requestTemplates: { 'application/json': '{"statusCode": 200}', 'application/xml': '{"statusCode": 200}' },
        }));
        await t.client.send(new PutIntegrationResponseCommand({ ...m, statusCode: '200', responseTemplates: { 'application/xml': '<pet/>' } }));
        await t.client.send(new CreateDeploymentCommand({ restApiId: apiId, stageName: 'dev' }));
    });
    for (const [through, then] of [
        ['swagger', 'oas30'],
        ['swagger', 'swagger'],
        ['oas30', 'oas30'],
        ['oas30', 'swagger'],
    ]) {
        it(`through ${through}, the ${then} export is the same`, async () => {
            const copy = await reimport(await exported(apiId, through));
            assert.deepEqual(comparable(await exported(copy, then)), comparable(await exported(apiId, then)));
        });
    }
    it("Swagger 2.0 lists the models' content types in consumes / produces, not the other templates'", async () => {
        const op = comparable(await exported(apiId, 'swagger')).paths['/pets'].post;
        assert.deepEqual(op.consumes, ['application/json']);
        assert.deepEqual(op.produces, ['application/json']);
        // The templates are all still there, in the integration.
        assert.deepEqual(Object.keys(op['x-amazon-apigateway-integration'].requestTemplates), ['application/json', 'application/xml']);
    });
});
describe('documentation survives the round trip', () => {
    it("a stage's documentation version: export → import → a version of the copy → the same export, in both formats", async () => {
        const api = await t.client.send(new CreateRestApiCommand({ name: 'documented', version: '1' }));
        const id = api.id;
        const pets = await t.client.send(new CreateResourceCommand({ restApiId: id, parentId: api.rootResourceId, pathPart: 'pets' }));
        const m = { restApiId: id, resourceId: pets.id, httpMethod: 'GET' };
        await t.client.send(new PutMethodCommand({ ...m, authorizationType: 'NONE', requestParameters: { 'method.request.querystring.type': false } }));
        await t.client.send(new PutMethodResponseCommand({ ...m, statusCode: '200' }));
        await t.client.send(new PutIntegrationCommand({ ...m, type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } }));
        await t.client.send(new PutIntegrationResponseCommand({ ...m, statusCode: '200' }));
        for (const [location, properties] of [
            [{ type: 'API' }, { info: { description: 'documented API' } }],
            [
                { type: 'METHOD', path: '/pets', method: 'GET' },
                { summary: 'List pets', tags: ['pets'], description: 'All of them' },
            ],
            [{ type: 'QUERY_PARAMETER', path: '/pets', method: 'GET', name: 'type' }, { description: 'Pet kind' }],
            [{ type: 'RESPONSE', path: '/pets', method: 'GET', statusCode: '200' }, { description: 'The pets' }],
        ]) {
            await t.client.send(new CreateDocumentationPartCommand({ restApiId: id, location, properties: JSON.stringify(properties) }));
        }
        await t.client.send(new CreateDeploymentCommand({ restApiId: id, stageName: 'dev' }));
        await t.client.send(new CreateDocumentationVersionCommand({ restApiId: id, documentationVersion: 'd1', stageName: 'dev' }));
        // The version's createdDate is the copy's own.
        const withoutDate = (text) => {
            const doc = comparable(text);
            delete doc['x-amazon-apigateway-documentation'].createdDate;
            return doc;
        };
        for (const [through, then] of [
            ['swagger', 'swagger'],
            ['oas30', 'oas30'],
            ['swagger', 'oas30'],
            ['oas30', 'swagger'],
        ]) {
            const copy = await reimport(await exported(id, through));
            await t.client.send(new CreateDocumentationVersionCommand({ restApiId: copy, documentationVersion: 'd1', stageName: 'dev' }));
            const original = withoutDate(await exported(id, then));
            assert.equal(original.paths['/pets'].get.summary, 'List pets');
            assert.deepEqual(withoutDate(await exported(copy, then)), original, `${through} → ${then}`);
        }
    });
});
describe('what an import keeps of the documentation', () => {
    const petstore = fixture('localstack/petstore-swagger.json').replaceAll('${uri}', 'http://petstore.example/pets');
    it("without x-amazon-apigateway-documentation: the API's description is info.description, and no documentation parts", async () => {
        // Documentation parts come from the extension only (DG: api-gateway-documenting-api-quick-start-import-export):
        // the operations' tags, summaries and descriptions are not turned into parts.
        const doc = JSON.parse(petstore);
        delete doc['x-amazon-apigateway-documentation'];
        const imported = await t.client.send(new ImportRestApiCommand({ body: Buffer.from(JSON.stringify(doc)), failOnWarnings: true }));
        assert.equal(imported.description, doc.info.description);
        assert.deepEqual((await t.client.send(new GetDocumentationPartsCommand({ restApiId: imported.id }))).items ?? [], []);
        const pets = (await t.client.send(new GetResourcesCommand({ restApiId: imported.id }))).items.find((r) => r.path === '/pets');
        const method = await t.client.send(new GetMethodCommand({ restApiId: imported.id, resourceId: pets.id, httpMethod: 'GET' }));
        assert.equal(JSON.stringify(method).includes('List all pets'), false);
    });
    it('with it: its parts, and an export of a stage without a documentation version shows none of them (AWS: test_export_swagger_openapi[TEST_IMPORT_PETSTORE_SWAGGER])', async () => {
        const imported = await t.client.send(new ImportRestApiCommand({ body: Buffer.from(petstore), failOnWarnings: true }));
        const parts = (await t.client.send(new GetDocumentationPartsCommand({ restApiId: imported.id }))).items ?? [];
        assert.equal(parts.length, JSON.parse(petstore)['x-amazon-apigateway-documentation'].documentationParts.length);
        // AWS's recorded export of this document (replayed in test/recorded/export.test.ts): no tags, summary or
        // description on operations, parameter descriptions gone, every response described "<code> response".
        await t.client.send(new CreateDeploymentCommand({ restApiId: imported.id, stageName: 'dev' }));
        for (const type of ['swagger', 'oas30']) {
            const text = await exported(imported.id, type);
            for (const dropped of [
                '"tags"',
                '"summary"',
                'List all pets',
                'Successful operation',
                'The type of pet to retrieve',
                'x-amazon-apigateway-documentation',
            ]) {
                assert.equal(text.includes(dropped), false, `${type}: ${dropped}`);
            }
        }
    });
});
//# sourceMappingURL=export-fidelity.test.js.map