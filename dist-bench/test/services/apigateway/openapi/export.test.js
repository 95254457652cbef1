/**
 * GetExport through the SDK: the deployed snapshot of a stage as Swagger 2.0 / OpenAPI 3.0.1, JSON
 * or YAML, with and without extensions. Recorded facts: F52 (swagger: application/octet-stream although
 * boto3 sent `Accept: application/json`, `swagger_<version>.json`, host, basePath, schemes), F53 (oas30: openapi 3.0.1, servers with
 * the basePath variable, `oas30_<version>.json`); the shapes of the recorded bodies behind them
 * (LS-snap test_apigateway_extended).
 */
import { CreateDeploymentCommand, CreateDocumentationPartCommand, CreateDocumentationVersionCommand, CreateModelCommand, CreateResourceCommand, CreateRestApiCommand, GetExportCommand, GetRestApiCommand, PutIntegrationCommand, PutMethodCommand, UpdateRestApiCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { ACCOUNT, raw, sdkError, startTollgate } from '../../../helpers/tollgate.js';
import { bodyJson, buildPetApi, LAMBDA_URI } from './fixture.js';
let t;
let f;
before(async () => {
    t = await startTollgate();
    f = await buildPetApi(t.client, { version: '1.0.0' });
});
after(async () => {
    await t.close();
});
const exportOf = (type, extra = {}) => t.client.send(new GetExportCommand({
    restApiId: extra.restApiId ?? f.id,
    stageName: extra.stageName ?? 'dev',
    exportType: type,
    parameters: extra.parameters,
    accepts: extra.accepts,
}));
describe('GetExport swagger', () => {
    it('F52: swagger 2.0 of the deployed stage, application/octet-stream (the SDK sends Accept: application/json), swagger_<version>.json', async () => {
        const res = await exportOf('swagger');
        assert.equal(res.contentType, 'application/octet-stream');
        assert.equal(res.contentDisposition, 'attachment; filename="swagger_1.0.0.json"');
        const doc = bodyJson(res.body);
        assert.deepEqual(Object.keys(doc), ['swagger', 'info', 'host', 'basePath', 'schemes', 'paths', 'securityDefinitions', 'definitions']);
        assert.equal(doc.swagger, '2.0');
        assert.deepEqual(doc.info, { description: 'Pets API', version: '1.0.0', title: 'PetStore' });
        assert.equal(doc.host, `${f.id}.execute-api.us-east-1.amazonaws.com`);
        assert.equal(doc.basePath, '/dev');
        assert.deepEqual(doc.schemes, ['https']);
        assert.deepEqual(Object.keys(doc.paths), ['/pets', '/pets/{petId}']);
        assert.deepEqual(Object.keys(doc.paths['/pets']), ['get', 'post']);
        assert.deepEqual(Object.keys(doc.paths['/pets/{petId}']), ['get', 'x-amazon-apigateway-any-method']);
    });
    it('writes operations as AWS does: consumes/produces, parameters, "<code> response", headers, $refs to definitions', async () => {
        const doc = bodyJson((await exportOf('swagger')).body);
        assert.deepEqual(doc.paths['/pets'].get, {
            consumes: ['application/json'],
            produces: ['application/json'],
            parameters: [
                { name: 'type', in: 'query', required: false, type: 'string' },
                { name: 'x-trace', in: 'header', required: true, type: 'string' },
            ],
            responses: {
                200: {
                    description: '200 response',
                    schema: { $ref: '#/definitions/PetList' },
                    headers: { 'Access-Control-Allow-Origin': { type: 'string' } },
                },
                400: { description: '400 response', schema: { $ref: '#/definitions/Error' } },
            },
        });
        assert.deepEqual(doc.paths['/pets'].post, {
            operationId: 'CreatePet',
            consumes: ['application/json'],
            produces: ['application/json'],
            parameters: [{ in: 'body', name: 'Pet', required: true, schema: { $ref: '#/definitions/Pet' } }],
            responses: { 200: { description: '200 response', schema: { $ref: '#/definitions/Pet' } } },
            security: [{ api_key: [] }],
        });
        assert.deepEqual(doc.paths['/pets/{petId}'].get.parameters, [{ name: 'petId', in: 'path', required: true, type: 'string' }]);
        assert.deepEqual(doc.paths['/pets/{petId}'].get.security, [{ tokenAuth: [] }]);
        assert.deepEqual(doc.paths['/pets/{petId}']['x-amazon-apigateway-any-method'].security, [{ sigv4: [] }]);
        // Without extensions: no integration, no validator, no authorizer details.
        assert.equal(JSON.stringify(doc).includes('x-amazon-apigateway-integration'), false);
        assert.equal(doc.paths['/pets'].post['x-amazon-apigateway-request-validator'], undefined);
        assert.deepEqual(doc.securityDefinitions, {
            api_key: { type: 'apiKey', name: 'x-api-key', in: 'header' },
            sigv4: { type: 'apiKey', name: 'Authorization', in: 'header', 'x-amazon-apigateway-authtype': 'awsSigv4' },
            tokenAuth: { type: 'apiKey', name: 'Auth', in: 'header' },
        });
    });
    it('exports every model without $schema, its model URLs rewritten to local refs', async () => {
        const doc = bodyJson((await exportOf('swagger')).body);
        assert.deepEqual(Object.keys(doc.definitions).sort(), ['Empty', 'Error', 'Pet', 'PetList']);
        assert.deepEqual(doc.definitions.Pet, {
            title: 'Pet',
            type: 'object',
            properties: { id: { type: 'integer' }, name: { type: 'string' } },
        });
        assert.deepEqual(doc.definitions.PetList, { type: 'array', items: { $ref: '#/definitions/Pet' } });
        assert.deepEqual(doc.definitions.Empty, { title: 'Empty Schema', type: 'object' });
    });
    it('extensions=apigateway adds integrations (lower-cased, responses by selection pattern), validators, authorizers and API settings', async () => {
        const doc = bodyJson((await exportOf('swagger', { parameters: { extensions: 'apigateway' } })).body);
        assert.deepEqual(doc.paths['/pets'].get['x-amazon-apigateway-integration'], {
            type: 'mock',
            responses: {
                default: {
                    statusCode: '200',
                    responseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'*'" },
                    responseTemplates: {
                        'application/json': '[{"id": 1, "type": "$input.params(\'type\')", "trace": "$input.params(\'x-trace\')"}]',
                    },
                },
                '4\\d{2}': { statusCode: '400', responseTemplates: { 'application/json': '{"message": "bad"}' } },
            },
            requestTemplates: { 'application/json': '{"statusCode": 200}' },
            passthroughBehavior: 'when_no_match',
        });
        assert.deepEqual(doc.paths['/pets'].post['x-amazon-apigateway-integration'], {
            type: 'http',
            httpMethod: 'POST',
            uri: 'https://backend.example.com/pets',
            responses: { default: { statusCode: '200' } },
            requestParameters: { 'integration.request.header.x-source': "'tollgate'" },
            passthroughBehavior: 'when_no_templates',
            timeoutInMillis: 5000,
        });
        assert.deepEqual(doc.paths['/pets/{petId}']['x-amazon-apigateway-any-method']['x-amazon-apigateway-integration'], {
            type: 'http_proxy',
            httpMethod: 'ANY',
            uri: 'https://backend.example.com/pets/{petId}',
            requestParameters: { 'integration.request.path.petId': 'method.request.path.petId' },
            passthroughBehavior: 'when_no_match',
        });
        assert.equal(doc.paths['/pets'].post['x-amazon-apigateway-request-validator'], 'all');
        assert.deepEqual(doc['x-amazon-apigateway-request-validators'], {
            all: { validateRequestBody: true, validateRequestParameters: true },
        });
        assert.deepEqual(doc['x-amazon-apigateway-gateway-responses'], {
            DEFAULT_4XX: {
                statusCode: '418',
                responseParameters: { 'gatewayresponse.header.x-kind': "'teapot'" },
                responseTemplates: { 'application/json': '{"oops": true}' },
            },
        });
        assert.deepEqual(doc['x-amazon-apigateway-binary-media-types'], ['image/png']);
        assert.deepEqual(doc.securityDefinitions.tokenAuth, {
            type: 'apiKey',
            name: 'Auth',
            in: 'header',
            'x-amazon-apigateway-authtype': 'custom',
            'x-amazon-apigateway-authorizer': { type: 'token', authorizerUri: LAMBDA_URI, authorizerResultTtlInSeconds: 60 },
        });
        // An authorizer no method uses is exported too, so that an import recreates it.
        assert.deepEqual(doc.securityDefinitions.requestAuth, {
            type: 'apiKey',
            name: 'Unused',
            in: 'header',
            'x-amazon-apigateway-authtype': 'custom',
            'x-amazon-apigateway-authorizer': {
                type: 'request',
                authorizerUri: LAMBDA_URI,
                identitySource: 'method.request.header.X-User, method.request.querystring.tenant',
            },
        });
    });
    it('extensions=integrations adds only the integrations; extensions=authorizers only the authorizers', async () => {
        const integrations = bodyJson((await exportOf('swagger', { parameters: { extensions: 'integrations' } })).body);
        assert.equal(integrations.paths['/pets'].get['x-amazon-apigateway-integration'].type, 'mock');
        assert.equal(integrations['x-amazon-apigateway-request-validators'], undefined);
        assert.equal(integrations['x-amazon-apigateway-gateway-responses'], undefined);
        assert.equal(integrations.securityDefinitions.tokenAuth['x-amazon-apigateway-authorizer'], undefined);
        const authorizers = bodyJson((await exportOf('swagger', { parameters: { extensions: 'authorizers' } })).body);
        assert.equal(authorizers.paths['/pets'].get['x-amazon-apigateway-integration'], undefined);
        assert.equal(authorizers.securityDefinitions.tokenAuth['x-amazon-apigateway-authorizer'].type, 'token');
        const both = bodyJson((await exportOf('swagger', { parameters: { extensions: 'integrations,authorizers' } })).body);
        assert.equal(both.paths['/pets'].get['x-amazon-apigateway-integration'].type, 'mock');
        assert.equal(both.securityDefinitions.tokenAuth['x-amazon-apigateway-authorizer'].type, 'token');
    });
    it('extensions=postman adds the SigV4 auth helper Postman reads to IAM methods', async () => {
        const doc = bodyJson((await exportOf('swagger', { parameters: { extensions: 'postman' } })).body);
        assert.deepEqual(doc.paths['/pets/{petId}']['x-amazon-apigateway-any-method']['x-postman-meta'], {
            currentHelper: 'awsSigV4',
            helperAttributes: {
                accessKey: '{{aws_access_key_id}}',
                secretKey: '{{aws_secret_access_key}}',
                region: 'us-east-1',
                service: 'execute-api',
                saveHelper: true,
            },
        });
        assert.equal(doc.paths['/pets'].get['x-postman-meta'], undefined);
    });
});
describe('GetExport oas30', () => {
    it('F53: openapi 3.0.1, servers with the basePath variable, oas30_<version>.json', async () => {
        const res = await exportOf('oas30');
        assert.equal(res.contentType, 'application/octet-stream');
        assert.equal(res.contentDisposition, 'attachment; filename="oas30_1.0.0.json"');
        const doc = bodyJson(res.body);
        assert.deepEqual(Object.keys(doc), ['openapi', 'info', 'servers', 'paths', 'components']);
        assert.equal(doc.openapi, '3.0.1');
        assert.deepEqual(doc.info, { title: 'PetStore', description: 'Pets API', version: '1.0.0' });
        assert.deepEqual(doc.servers, [{ url: `https://${f.id}.execute-api.us-east-1.amazonaws.com/{basePath}`, variables: { basePath: { default: 'dev' } } }]);
    });
    it('writes parameters with schemas, request bodies, response content and components', async () => {
        const doc = bodyJson((await exportOf('oas30')).body);
        assert.deepEqual(doc.paths['/pets'].get.parameters, [
            { name: 'type', in: 'query', schema: { type: 'string' } },
            { name: 'x-trace', in: 'header', required: true, schema: { type: 'string' } },
        ]);
        assert.deepEqual(doc.paths['/pets'].get.responses['200'], {
            description: '200 response',
            headers: { 'Access-Control-Allow-Origin': { schema: { type: 'string' } } },
            content: { 'application/json': { schema: { $ref: '#/components/schemas/PetList' } } },
        });
        assert.deepEqual(doc.paths['/pets'].post.requestBody, {
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } },
            required: true,
        });
        assert.deepEqual(doc.paths['/pets/{petId}']['x-amazon-apigateway-any-method'].responses, {});
        assert.deepEqual(doc.components.schemas.PetList, { type: 'array', items: { $ref: '#/components/schemas/Pet' } });
        assert.deepEqual(Object.keys(doc.components.securitySchemes).sort(), ['api_key', 'sigv4', 'tokenAuth']);
    });
    it('with extensions=apigateway carries the same extensions', async () => {
        const doc = bodyJson((await exportOf('oas30', { parameters: { extensions: 'apigateway' } })).body);
        assert.equal(doc.paths['/pets'].get['x-amazon-apigateway-integration'].type, 'mock');
        assert.deepEqual(doc['x-amazon-apigateway-binary-media-types'], ['image/png']);
        assert.equal(doc.components.securitySchemes.requestAuth['x-amazon-apigateway-authorizer'].type, 'request');
    });
});
describe('GetExport formats and versions', () => {
    it('Accept application/yaml answers the same document in YAML, as oas30_<version>.yaml', async () => {
        const yaml = await exportOf('oas30', { accepts: 'application/yaml', parameters: { extensions: 'apigateway' } });
        assert.equal(yaml.contentType, 'application/octet-stream');
        assert.equal(yaml.contentDisposition, 'attachment; filename="oas30_1.0.0.yaml"');
        const text = Buffer.from(yaml.body).toString('utf8');
        assert.match(text, /^openapi: 3\.0\.1\n/);
        const json = await exportOf('oas30', { accepts: 'application/json', parameters: { extensions: 'apigateway' } });
        assert.equal(json.contentType, 'application/octet-stream');
        assert.equal(json.contentDisposition, 'attachment; filename="oas30_1.0.0.json"');
        assert.deepEqual(parseYaml(text), bodyJson(json.body));
    });
    it('an API without a version exports its creation date as the version and in the file name', async () => {
        const api = await t.client.send(new CreateRestApiCommand({ name: 'noversion' }));
        await t.client.send(new PutMethodCommand({ restApiId: api.id, resourceId: api.rootResourceId, httpMethod: 'GET', authorizationType: 'NONE' }));
        await t.client.send(new PutIntegrationCommand({ restApiId: api.id, resourceId: api.rootResourceId, httpMethod: 'GET', type: 'MOCK' }));
        await t.client.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: 'v' }));
        const created = (await t.client.send(new GetRestApiCommand({ restApiId: api.id }))).createdDate;
        const date = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
        const res = await exportOf('swagger', { restApiId: api.id, stageName: 'v' });
        assert.equal(res.contentDisposition, `attachment; filename="swagger_${date}.json"`);
        const doc = bodyJson(res.body);
        assert.deepEqual(doc.info, { version: date, title: 'noversion' });
        assert.deepEqual(doc.paths, { '/': { get: { responses: {} } } });
    });
    it('exports the deployment, not the draft: a new method shows up only once deployed', async () => {
        const api = await buildPetApi(t.client, { name: 'draft' });
        const extra = (await t.client.send(new CreateResourceCommand({ restApiId: api.id, parentId: api.root, pathPart: 'draft' }))).id;
        await t.client.send(new PutMethodCommand({ restApiId: api.id, resourceId: extra, httpMethod: 'GET', authorizationType: 'NONE' }));
        await t.client.send(new PutIntegrationCommand({ restApiId: api.id, resourceId: extra, httpMethod: 'GET', type: 'MOCK' }));
        await t.client.send(new UpdateRestApiCommand({ restApiId: api.id, patchOperations: [{ op: 'replace', path: '/name', value: 'renamed' }] }));
        let doc = bodyJson((await exportOf('swagger', { restApiId: api.id })).body);
        assert.equal(doc.paths['/draft'], undefined);
        assert.equal(doc.info.title, 'draft');
        await t.client.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: 'dev' }));
        doc = bodyJson((await exportOf('swagger', { restApiId: api.id })).body);
        assert.deepEqual(doc.paths['/draft'], { get: { responses: {} } });
        assert.equal(doc.info.title, 'renamed');
    });
    it("exports the stage's documentation version: merged into the document, and as x-amazon-apigateway-documentation", async () => {
        const api = await buildPetApi(t.client, { name: 'documented', version: '2' });
        await t.client.send(new CreateDocumentationPartCommand({
            restApiId: api.id,
            location: { type: 'METHOD', path: '/pets', method: 'GET' },
            properties: '{"summary":"List pets","tags":["pets"]}',
        }));
        await t.client.send(new CreateDocumentationPartCommand({
            restApiId: api.id,
            location: { type: 'QUERY_PARAMETER', path: '/pets', method: 'GET', name: 'type' },
            properties: '{"description":"Pet kind"}',
        }));
        const v = await t.client.send(new CreateDocumentationVersionCommand({ restApiId: api.id, documentationVersion: 'd1', stageName: 'dev' }));
        // A part created after the version is not in it.
        await t.client.send(new CreateDocumentationPartCommand({
            restApiId: api.id,
            location: { type: 'MODEL', name: 'Pet' },
            properties: '{"description":"later"}',
        }));
        const doc = bodyJson((await exportOf('swagger', { restApiId: api.id, parameters: { extensions: 'apigateway' } })).body);
        assert.equal(doc.paths['/pets'].get.summary, 'List pets');
        assert.deepEqual(doc.paths['/pets'].get.tags, ['pets']);
        assert.equal(doc.paths['/pets'].get.parameters[0].description, 'Pet kind');
        assert.equal(doc.definitions.Pet.description, undefined);
        const d = doc['x-amazon-apigateway-documentation'];
        assert.equal(d.version, 'd1');
        assert.equal(d.createdDate, v.createdDate.toISOString().replace(/\.\d{3}Z$/, 'Z'));
        assert.deepEqual(d.documentationParts.map((p) => p.properties), [{ summary: 'List pets', tags: ['pets'] }, { description: 'Pet kind' }]);
        assert.deepEqual(d.documentationParts[0].location, { type: 'METHOD', path: '/pets', method: 'GET' });
    });
});
describe('GetExport errors', () => {
    it('unknown API → 404; unknown stage → 404 "Invalid stage identifier specified"', async () => {
        assert.deepEqual(await sdkError(exportOf('swagger', { restApiId: 'nosuchapi0' })), {
            name: 'NotFoundException',
            message: `Invalid API identifier specified ${ACCOUNT}:nosuchapi0`,
            status: 404,
        });
        assert.deepEqual(await sdkError(exportOf('swagger', { stageName: 'nostage' })), {
            name: 'NotFoundException',
            message: 'Invalid stage identifier specified',
            status: 404,
        });
    });
    it('an export type other than swagger and oas30 → 400', async () => {
        assert.deepEqual(await sdkError(exportOf('openapi3')), {
            name: 'BadRequestException',
            message: "No API exporter for type 'openapi3'",
            status: 400,
        });
    });
    it('an Accept type other than JSON and YAML → 400; no Accept header or */* answers JSON', async () => {
        assert.deepEqual(await sdkError(exportOf('swagger', { accepts: 'text/html' })), {
            name: 'BadRequestException',
            message: 'Unsupported Accept type: text/html. Supported types are application/json and application/yaml',
            status: 400,
        });
        for (const accept of ['*/*', '']) {
            const res = await raw(t.app.adminUrl, 'GET', `/restapis/${f.id}/stages/dev/exports/swagger`, undefined, { accept });
            assert.equal(res.status, 200);
            assert.equal(res.headers.get('content-type'), 'application/octet-stream');
            assert.equal(res.headers.get('content-disposition'), 'attachment; filename="swagger_1.0.0.json"');
            assert.equal(res.json.swagger, '2.0');
        }
    });
    it('a request body with only non-JSON models cannot be exported (DG: "Only found non-JSON body models for …")', async () => {
        const api = await t.client.send(new CreateRestApiCommand({ name: 'xml' }));
        await t.client.send(new CreateModelCommand({ restApiId: api.id, name: 'Xml', contentType: 'application/xml', schema: '{"type":"object"}' }));
        await t.client.send(new PutMethodCommand({
            restApiId: api.id,
            resourceId: api.rootResourceId,
            httpMethod: 'POST',
            authorizationType: 'NONE',
            requestModels: { 'application/xml': 'Xml' },
        }));
        await t.client.send(new PutIntegrationCommand({ restApiId: api.id, resourceId: api.rootResourceId, httpMethod: 'POST', type: 'MOCK' }));
        await t.client.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: 'dev' }));
        for (const type of ['swagger', 'oas30']) {
            assert.deepEqual(await sdkError(exportOf(type, { restApiId: api.id })), {
                name: 'BadRequestException',
                message: 'Only found non-JSON body models for POST /',
                status: 400,
            });
        }
    });
});
//# sourceMappingURL=export.test.js.map