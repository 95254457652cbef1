/**
 * PutRestApi through the AWS SDK: merge and overwrite (DG:api-gateway-import-api-update;
 * peer-localstack F45, F46; LS-snap test_apigateway_import [imp]).
 */
import { CreateAuthorizerCommand, CreateDeploymentCommand, CreateModelCommand, CreateRestApiCommand, GetAuthorizersCommand, GetDeploymentsCommand, GetDocumentationPartsCommand, GetGatewayResponseCommand, GetMethodCommand, GetModelsCommand, GetRequestValidatorsCommand, GetRestApiCommand, GetStagesCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ACCOUNT, sdkError, startTollgate } from '../../../helpers/tollgate.js';
import { importApi, methodMap, mockOp, MOCK, oas3, paths, putApi, resources, swagger } from './helpers.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
const withResponses = (codes) => ({
    responses: Object.fromEntries(codes.map((c) => [c, { description: c }])),
    'x-amazon-apigateway-integration': MOCK,
});
const idOf = async (restApiId, path) => (await resources(t, restApiId)).find((r) => r.path === path).id;
const methodResponses = async (restApiId, path, httpMethod) => Object.keys((await t.client.send(new GetMethodCommand({ restApiId, resourceId: await idOf(restApiId, path), httpMethod }))).methodResponses ?? {}).sort();
describe('PutRestApi: binaryMediaTypes, name, version (F45, F46)', () => {
    const spec = swagger({ '/a': { get: mockOp() } }, { info: { title: 'put title', version: '2' }, 'x-amazon-apigateway-binary-media-types': ['image/png', 'image/jpg'] });
    it('merge (the default) unions the media types, replaces the name, sets the version, answers 200 with tags {}', async () => {
        const api = await t.client.send(new CreateRestApiCommand({ name: 'before', binaryMediaTypes: ['image/heif'] }));
        const res = await putApi(t, api.id, spec, { mode: 'merge' });
        assert.equal(res.$metadata.httpStatusCode, 200);
        assert.deepEqual(res.binaryMediaTypes, ['image/heif', 'image/png', 'image/jpg']);
        assert.equal(res.name, 'put title');
        assert.equal(res.version, '2');
        assert.deepEqual(res.tags, {});
        const noMode = await t.client.send(new CreateRestApiCommand({ name: 'before', binaryMediaTypes: ['image/heif'] }));
        assert.deepEqual((await putApi(t, noMode.id, spec)).binaryMediaTypes, ['image/heif', 'image/png', 'image/jpg']);
    });
    it('overwrite replaces them', async () => {
        const api = await t.client.send(new CreateRestApiCommand({ name: 'before', binaryMediaTypes: ['image/heif'] }));
        assert.deepEqual((await putApi(t, api.id, spec, { mode: 'overwrite' })).binaryMediaTypes, ['image/png', 'image/jpg']);
    });
});
describe('PutRestApi: the body is checked before the API is looked up (F43)', () => {
    it('a bad body on an unknown API is 400; a good one is 404', async () => {
        assert.deepEqual(await sdkError(putApi(t, 'nosuchapi1', '{not json')), {
            name: 'BadRequestException',
            message: 'Invalid OpenAPI input.',
            status: 400,
        });
        assert.deepEqual(await sdkError(putApi(t, 'nosuchapi1', swagger({}))), {
            name: 'NotFoundException',
            message: `Invalid API identifier specified ${ACCOUNT}:nosuchapi1`,
            status: 404,
        });
    });
});
describe('PutRestApi: merge', () => {
    it("methods of the document replace the same method; everything else stays (the developer guide's GET /a, POST /a example)", async () => {
        const b = await importApi(t, swagger({ '/a': { get: withResponses(['200', '206']), post: withResponses(['200', '206']) }, '/b': { get: mockOp() } }));
        const res = await putApi(t, b.id, swagger({ '/a': { get: withResponses(['200', '400']) }, '/c/{id}': { put: mockOp() } }), {
            mode: 'merge',
        });
        assert.equal(res.id, b.id);
        assert.deepEqual(await methodMap(t, b.id), { '/': [], '/a': ['GET', 'POST'], '/b': ['GET'], '/c': [], '/c/{id}': ['PUT'] });
        assert.deepEqual(await methodResponses(b.id, '/a', 'GET'), ['200', '400']);
        assert.deepEqual(await methodResponses(b.id, '/a', 'POST'), ['200', '206']);
    });
    it('keeps models, authorizers and the description the document does not define; replaces those it does, keeping their ids', async () => {
        const api = await t.client.send(new CreateRestApiCommand({ name: 'm', description: 'kept' }));
        await t.client.send(new CreateModelCommand({ restApiId: api.id, name: 'Mine', contentType: 'application/json', schema: '{"type":"object"}' }));
        const before = (await t.client.send(new GetModelsCommand({ restApiId: api.id }))).items;
        await putApi(t, api.id, oas3({ '/x': { get: mockOp() } }, { components: { schemas: { Mine: { type: 'string' }, Other: { type: 'object' } } } }));
        const models = (await t.client.send(new GetModelsCommand({ restApiId: api.id }))).items;
        assert.deepEqual(models.map((m) => m.name).sort(), ['Empty', 'Error', 'Mine', 'Other']);
        const mine = models.find((m) => m.name === 'Mine');
        assert.equal(mine.id, before.find((m) => m.name === 'Mine').id);
        assert.deepEqual(JSON.parse(mine.schema), { type: 'string' });
        assert.equal((await t.client.send(new GetRestApiCommand({ restApiId: api.id }))).description, 'kept');
    });
    it('documentation parts of the same location are updated in place; ignore=documentation leaves them alone', async () => {
        const docs = (description) => oas3({ '/x': { get: mockOp() } }, {
            'x-amazon-apigateway-documentation': {
                documentationParts: [{ location: { type: 'METHOD', path: '/x', method: 'GET' }, properties: { description } }],
            },
        });
        const api = await importApi(t, docs('first'));
        const [before] = (await t.client.send(new GetDocumentationPartsCommand({ restApiId: api.id }))).items;
        await putApi(t, api.id, docs('second'));
        const after = (await t.client.send(new GetDocumentationPartsCommand({ restApiId: api.id }))).items;
        assert.deepEqual(after.map((p) => [p.id, JSON.parse(p.properties).description]), [[before.id, 'second']]);
        await putApi(t, api.id, docs('third'), { mode: 'overwrite', parameters: { ignore: 'documentation' } });
        const kept = (await t.client.send(new GetDocumentationPartsCommand({ restApiId: api.id }))).items;
        assert.deepEqual(kept.map((p) => [p.id, JSON.parse(p.properties).description]), [[before.id, 'second']]);
    });
    it('a merge that cannot be applied changes nothing (a second variable path part beside an existing one)', async () => {
        const api = await importApi(t, oas3({ '/pets/{id}': { get: mockOp() } }, { info: { title: 'orig', version: '1' } }));
        const err = await sdkError(putApi(t, api.id, oas3({ '/pets/{petId}': { get: mockOp() }, '/new': { get: mockOp() } }, { info: { title: 'changed', version: '2' } })));
        assert.deepEqual(err, {
            name: 'BadRequestException',
            message: "Errors found during import:\n\tUnable to create resource at path '/pets/{petId}': A sibling ({id}) of this resource already has a variable path part -- only one is allowed",
            status: 400,
        });
        assert.deepEqual(await paths(t, api.id), ['/', '/pets', '/pets/{id}']);
        const now = await t.client.send(new GetRestApiCommand({ restApiId: api.id }));
        assert.deepEqual([now.name, now.version], ['orig', '1']);
    });
    it('failonwarnings=true rolls the update back', async () => {
        const api = await importApi(t, swagger({ '/a': { get: mockOp() } }));
        const doc = swagger({ '/z': { get: mockOp() } }, { securityDefinitions: { basic: { type: 'basic' } } });
        assert.deepEqual(await sdkError(putApi(t, api.id, doc, { failOnWarnings: true })), {
            name: 'BadRequestException',
            message: "Warnings found during import:\n\tUnsupported security definition type 'basic' for 'basic'. Ignoring.",
            status: 400,
        });
        assert.deepEqual(await paths(t, api.id), ['/', '/a']);
        const ok = await putApi(t, api.id, doc);
        assert.deepEqual(ok.warnings, ["Unsupported security definition type 'basic' for 'basic'. Ignoring."]);
        assert.deepEqual(await paths(t, api.id), ['/', '/a', '/z']);
    });
});
describe('PutRestApi: overwrite', () => {
    it('the API becomes the document: other resources, models and authorizers go; same paths keep their ids; API settings reset', async () => {
        const api = await t.client.send(new CreateRestApiCommand({
            name: 'old',
            description: 'old description',
            version: 'v0',
            minimumCompressionSize: 5,
            apiKeySource: 'AUTHORIZER',
            endpointConfiguration: { types: ['REGIONAL'] },
            tags: { team: 'core' },
        }));
        await putApi(t, api.id, oas3({ '/keep': { get: mockOp(), post: mockOp() }, '/gone/deep': { get: mockOp() } }, {
            'x-amazon-apigateway-request-validators': { all: { validateRequestBody: true, validateRequestParameters: true } },
            'x-amazon-apigateway-gateway-responses': { DEFAULT_4XX: { statusCode: '418' } },
            'x-amazon-apigateway-documentation': { documentationParts: [{ location: { type: 'API' }, properties: { description: 'old' } }] },
        }));
        assert.equal((await t.client.send(new GetRequestValidatorsCommand({ restApiId: api.id }))).items.length, 1);
        await t.client.send(new CreateAuthorizerCommand({
            restApiId: api.id,
            name: 'auth',
            type: 'TOKEN',
            identitySource: 'method.request.header.Authorization',
            authorizerUri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:a/invocations',
        }));
        await t.client.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: 'live' }));
        const keepId = await idOf(api.id, '/keep');
        const res = await putApi(t, api.id, swagger({ '/keep': { put: mockOp() }, '/fresh': { get: mockOp() } }, { info: { title: 'new', version: 'v1' }, definitions: { Thing: { type: 'object' } } }), { mode: 'overwrite' });
        assert.deepEqual([res.name, res.version, res.apiKeySource], ['new', 'v1', 'HEADER']);
        for (const k of ['description', 'minimumCompressionSize'])
            assert.equal(k in res, false, k);
        assert.deepEqual(res.endpointConfiguration, { types: ['REGIONAL'], ipAddressType: 'ipv4' });
        assert.deepEqual(res.tags, { team: 'core' });
        assert.deepEqual(await methodMap(t, api.id), { '/': [], '/fresh': ['GET'], '/keep': ['PUT'] });
        assert.equal(await idOf(api.id, '/keep'), keepId);
        assert.deepEqual((await t.client.send(new GetModelsCommand({ restApiId: api.id }))).items.map((m) => m.name), ['Thing']);
        assert.deepEqual((await t.client.send(new GetAuthorizersCommand({ restApiId: api.id }))).items ?? [], []);
        assert.deepEqual((await t.client.send(new GetRequestValidatorsCommand({ restApiId: api.id }))).items ?? [], []);
        assert.equal((await t.client.send(new GetGatewayResponseCommand({ restApiId: api.id, responseType: 'DEFAULT_4XX' }))).defaultResponse, true);
        assert.deepEqual((await t.client.send(new GetDocumentationPartsCommand({ restApiId: api.id }))).items ?? [], []);
        // Stages and deployments are untouched.
        assert.equal((await t.client.send(new GetStagesCommand({ restApiId: api.id }))).item.length, 1);
        assert.equal((await t.client.send(new GetDeploymentsCommand({ restApiId: api.id }))).items.length, 1);
    });
});
//# sourceMappingURL=put.test.js.map