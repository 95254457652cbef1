/**
 * GetSdkTypes, GetSdkType and GetSdk through the SDK. GetSdk's archive is unzipped here, its
 * generated client imported from a temp dir and called against the running server's deployed MOCK
 * methods. Wire facts: contentType application/octet-stream and `javascript_<yyyy-MM-dd_HH-mm>Z.zip`
 * (AWS CLI example, aws/aws-cli awscli/examples/apigateway/get-sdk.rst).
 */
import { CreateDeploymentCommand, CreateResourceCommand, CreateRestApiCommand, GetSdkCommand, GetSdkTypeCommand, GetSdkTypesCommand, PutIntegrationCommand, PutIntegrationResponseCommand, PutMethodCommand, PutMethodResponseCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { readZip } from '../../../../src/services/apigateway/sdk-zip.js';
import { startBackend } from '../../../helpers/backend.js';
import { ACCOUNT, sdkError, startTollgate } from '../../../helpers/tollgate.js';
import { buildPetApi } from './fixture.js';
let t;
let f;
let dir;
let echo;
let backend;
before(async () => {
    t = await startTollgate();
    backend = await startBackend();
    f = await buildPetApi(t.client);
    echo = await buildEchoApi();
    dir = mkdtempSync(join(tmpdir(), 'tollgate-sdk-'));
});
after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await backend.close();
    await t.close();
});
const JAVASCRIPT = {
    id: 'javascript',
    friendlyName: 'JavaScript',
    description: 'JavaScript SDK (an ES module using fetch)',
    configurationProperties: [],
};
describe('GetSdkTypes / GetSdkType', () => {
    it("lists the one type GetSdk generates, with AWS's SdkType shape", async () => {
        const res = await t.client.send(new GetSdkTypesCommand({}));
        assert.deepEqual(res.items, [JAVASCRIPT]);
        // SdkTypes has no position: limit and position do not page the list.
        const page = await t.client.send(new GetSdkTypesCommand({ limit: 1, position: 'anything' }));
        assert.deepEqual(page.items, [JAVASCRIPT]);
    });
    it('GetSdkType javascript; an unknown id → 404', async () => {
        const res = await t.client.send(new GetSdkTypeCommand({ id: 'javascript' }));
        assert.deepEqual({ id: res.id, friendlyName: res.friendlyName, description: res.description, configurationProperties: res.configurationProperties }, JAVASCRIPT);
        assert.deepEqual(await sdkError(t.client.send(new GetSdkTypeCommand({ id: 'cobol' }))), {
            name: 'NotFoundException',
            message: 'Invalid SDK type specified: cobol',
            status: 404,
        });
    });
});
async function unpack(body, into) {
    const entries = readZip(Buffer.from(body));
    for (const e of entries) {
        const file = join(into, e.name);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, e.data);
    }
    return entries.map((e) => e.name);
}
/**
 * Methods that echo what they receive: MOCK GET /items (query q, required header x-trace) and GET
 * /items/{itemId}; POST / (operationName echo-body) proxies to the echoing test backend.
 */
async function buildEchoApi() {
    const c = t.client;
    const api = await c.send(new CreateRestApiCommand({ name: 'echo' }));
    const id = api.id;
    const mock = async (resourceId, httpMethod, template, extra = {}) => {
        await c.send(new PutMethodCommand({ restApiId: id, resourceId, httpMethod, authorizationType: 'NONE', ...extra }));
        await c.send(new PutMethodResponseCommand({ restApiId: id, resourceId, httpMethod, statusCode: '200' }));
        await c.send(new PutIntegrationCommand({
            restApiId: id,
            resourceId,
            httpMethod,
            type: 'MOCK',
            requestTemplates: { 'application/json': '{"statusCode": 200}' },
        }));
        await c.send(new PutIntegrationResponseCommand({
            restApiId: id,
            resourceId,
            httpMethod,
            statusCode: '200',
            responseTemplates: { 'application/json': template },
        }));
    };
    const items = (await c.send(new CreateResourceCommand({ restApiId: id, parentId: api.rootResourceId, pathPart: 'items' }))).id;
    const item = (await c.send(new CreateResourceCommand({ restApiId: id, parentId: items, pathPart: '{itemId}' }))).id;
    await mock(items, 'GET', '{"q": "$input.params(\'q\')", "trace": "$input.params(\'x-trace\')"}', {
        requestParameters: { 'method.request.querystring.q': false, 'method.request.header.x-trace': true },
    });
    await mock(item, 'GET', '{"id": "$input.params(\'itemId\')"}');
    await c.send(new PutMethodCommand({
        restApiId: id,
        resourceId: api.rootResourceId,
        httpMethod: 'POST',
        authorizationType: 'NONE',
        operationName: 'echo-body',
    }));
    await c.send(new PutIntegrationCommand({
        restApiId: id,
        resourceId: api.rootResourceId,
        httpMethod: 'POST',
        type: 'HTTP_PROXY',
        integrationHttpMethod: 'POST',
        uri: `${backend.url}/echo`,
    }));
    await c.send(new CreateDeploymentCommand({ restApiId: id, stageName: 'prod' }));
    return id;
}
/** GetSdk, unzipped into a fresh folder, its client module imported. */
async function clientModule(restApiId, stageName, folder) {
    const res = await t.client.send(new GetSdkCommand({ restApiId, stageName, sdkType: 'javascript' }));
    const out = join(dir, folder);
    await unpack(res.body, out);
    return import(pathToFileURL(join(out, 'apiGateway-js-sdk', 'apigClient.js')).href);
}
describe('GetSdk', () => {
    it('answers a zip named javascript_<date>.zip holding the client, package.json and README', async () => {
        const before = new Date();
        const res = await t.client.send(new GetSdkCommand({ restApiId: f.id, stageName: 'dev', sdkType: 'javascript' }));
        assert.equal(res.contentType, 'application/octet-stream');
        const m = /^attachment; filename="javascript_(\d{4}-\d{2}-\d{2})_(\d{2})-(\d{2})Z\.zip"$/.exec(res.contentDisposition ?? '');
        assert.ok(m, res.contentDisposition);
        const stamp = new Date(`${m[1]}T${m[2]}:${m[3]}:00Z`).getTime();
        assert.ok(stamp <= Date.now() && stamp >= before.getTime() - 60_000);
        const out = join(dir, 'first');
        assert.deepEqual(await unpack(res.body, out), ['apiGateway-js-sdk/apigClient.js', 'apiGateway-js-sdk/package.json', 'apiGateway-js-sdk/README.md']);
    });
    it('names one function per method after its path and verb, or its operationName', async () => {
        const mod = await clientModule(f.id, 'dev', 'names');
        assert.equal(mod.API_ID, f.id);
        assert.equal(mod.STAGE, 'dev');
        assert.deepEqual(Object.keys(mod.OPERATIONS), ['petsGet', 'CreatePet', 'petsPetIdGet', 'petsPetIdAny']);
        assert.deepEqual(mod.OPERATIONS.petsPetIdGet, {
            method: 'GET',
            path: '/pets/{petId}',
            pathParams: ['petId'],
            queryParams: [],
            headerParams: [],
            required: ['petId'],
        });
        const client = mod.newClient({ endpoint: 'http://example.invalid/' });
        assert.equal(client.invokeUrl, `http://example.invalid/_aws/execute-api/${f.id}/dev`);
        assert.deepEqual(Object.keys(client).sort(), ['CreatePet', 'invokeUrl', 'petsGet', 'petsPetIdAny', 'petsPetIdGet']);
    });
    it('the generated client calls the deployed MOCK methods with path, query and header parameters and JSON bodies', async () => {
        const mod = await clientModule(echo, 'prod', 'client');
        const client = mod.newClient({ endpoint: t.app.url });
        assert.equal(client.invokeUrl, `${t.app.url}/_aws/execute-api/${echo}/prod`);
        const list = await client.itemsGet({ q: 'cat', 'x-trace': 't-1' });
        assert.equal(list.status, 200);
        assert.deepEqual(list.data, { q: 'cat', trace: 't-1' });
        const one = await client.itemsItemIdGet({ itemId: '7' });
        assert.deepEqual(one.data, { id: '7' });
        const echoed = await client.echoBody({}, { name: 'Rex' });
        assert.equal(echoed.data.method, 'POST');
        assert.equal(echoed.data.body, '{"name":"Rex"}');
        assert.equal(echoed.data.headers['content-type'], 'application/json');
    });
    it('the client refuses a missing required parameter and rejects a non-2xx answer with ApiError', async () => {
        const mod = await clientModule(echo, 'prod', 'errors');
        const client = mod.newClient({ endpoint: t.app.url });
        await assert.rejects(client.itemsGet({ q: 'cat' }), { message: 'Missing required parameter: x-trace' });
        await assert.rejects(client.itemsItemIdGet({}), { message: 'Missing required parameter: itemId' });
        const elsewhere = mod.newClient({ invokeUrl: `${t.app.url}/_aws/execute-api/${echo}/nostage` });
        await assert.rejects(elsewhere.itemsGet({ 'x-trace': 'x' }), (e) => {
            assert.equal(e.name, 'ApiError');
            assert.equal(e.response.status, 403);
            assert.deepEqual(e.response.data, { message: 'Forbidden' });
            return true;
        });
    });
    it('errors: unknown API or stage → 404; a type AWS generates but Tollgate does not → 400; an unknown type → 404', async () => {
        const get = (restApiId, stageName, sdkType) => sdkError(t.client.send(new GetSdkCommand({ restApiId, stageName, sdkType })));
        assert.deepEqual(await get('nosuchapi0', 'dev', 'javascript'), {
            name: 'NotFoundException',
            message: `Invalid API identifier specified ${ACCOUNT}:nosuchapi0`,
            status: 404,
        });
        assert.deepEqual(await get(f.id, 'nostage', 'javascript'), {
            name: 'NotFoundException',
            message: 'Invalid stage identifier specified',
            status: 404,
        });
        assert.deepEqual(await get(f.id, 'dev', 'java'), {
            name: 'BadRequestException',
            message: 'Tollgate does not generate java SDKs; supported types: javascript',
            status: 400,
        });
        assert.deepEqual(await get(f.id, 'dev', 'cobol'), {
            name: 'NotFoundException',
            message: 'Invalid SDK type specified: cobol',
            status: 404,
        });
    });
});
//# sourceMappingURL=sdks.test.js.map