/**
 * A REST API that uses every part an export carries, built through the SDK: models (one referring
 * to another), a request validator, TOKEN/REQUEST authorizers, MOCK/HTTP integrations with
 * templates and selection patterns, an API-key method, an IAM ANY method, a customised gateway
 * response and binary media types. Deployed to `dev`.
 */
import { CreateAuthorizerCommand, CreateDeploymentCommand, CreateModelCommand, CreateRequestValidatorCommand, CreateResourceCommand, CreateRestApiCommand, PutGatewayResponseCommand, PutIntegrationCommand, PutIntegrationResponseCommand, PutMethodCommand, PutMethodResponseCommand, } from '@aws-sdk/client-api-gateway';
export const LAMBDA_URI = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations';
export const PET_SCHEMA = {
    $schema: 'http://json-schema.org/draft-04/schema#',
    title: 'Pet',
    type: 'object',
    properties: { id: { type: 'integer' }, name: { type: 'string' } },
};
export async function buildPetApi(c, opts = {}) {
    const api = await c.send(new CreateRestApiCommand({
        name: opts.name ?? 'PetStore',
        description: 'Pets API',
        version: opts.version,
        binaryMediaTypes: ['image/png'],
    }));
    const id = api.id;
    const root = api.rootResourceId;
    const modelUrl = (n) => `https://apigateway.amazonaws.com/restapis/${id}/models/${n}`;
    await c.send(new CreateModelCommand({ restApiId: id, name: 'Pet', contentType: 'application/json', schema: JSON.stringify(PET_SCHEMA) }));
    await c.send(new CreateModelCommand({
        restApiId: id,
        name: 'PetList',
        contentType: 'application/json',
        schema: JSON.stringify({ $schema: 'http://json-schema.org/draft-04/schema#', type: 'array', items: { $ref: modelUrl('Pet') } }),
    }));
    const validator = await c.send(new CreateRequestValidatorCommand({ restApiId: id, name: 'all', validateRequestBody: true, validateRequestParameters: true }));
    const tokenAuth = await c.send(new CreateAuthorizerCommand({
        restApiId: id,
        name: 'tokenAuth',
        type: 'TOKEN',
        authorizerUri: LAMBDA_URI,
        identitySource: 'method.request.header.Auth',
        authorizerResultTtlInSeconds: 60,
    }));
    await c.send(new CreateAuthorizerCommand({
        restApiId: id,
        name: 'requestAuth',
        type: 'REQUEST',
        authorizerUri: LAMBDA_URI,
        identitySource: 'method.request.header.X-User, method.request.querystring.tenant',
    }));
    const pets = (await c.send(new CreateResourceCommand({ restApiId: id, parentId: root, pathPart: 'pets' }))).id;
    const pet = (await c.send(new CreateResourceCommand({ restApiId: id, parentId: pets, pathPart: '{petId}' }))).id;
    // GET /pets: MOCK echoing its parameters, two integration responses.
    await c.send(new PutMethodCommand({
        restApiId: id,
        resourceId: pets,
        httpMethod: 'GET',
        authorizationType: 'NONE',
        requestParameters: { 'method.request.querystring.type': false, 'method.request.header.x-trace': true },
    }));
    await c.send(new PutMethodResponseCommand({
        restApiId: id,
        resourceId: pets,
        httpMethod: 'GET',
        statusCode: '200',
        responseModels: { 'application/json': 'PetList' },
        responseParameters: { 'method.response.header.Access-Control-Allow-Origin': false },
    }));
    await c.send(new PutMethodResponseCommand({
        restApiId: id,
        resourceId: pets,
        httpMethod: 'GET',
        statusCode: '400',
        responseModels: { 'application/json': 'Error' },
    }));
    await c.send(new PutIntegrationCommand({
        restApiId: id,
        resourceId: pets,
        httpMethod: 'GET',
        type: 'MOCK',
        requestTemplates: { 'application/json': '{"statusCode": 200}' },
    }));
    await c.send(new PutIntegrationResponseCommand({
        restApiId: id,
        resourceId: pets,
        httpMethod: 'GET',
        statusCode: '200',
        responseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'*'" },
        responseTemplates: { 'application/json': '[{"id": 1, "type": "$input.params(\'type\')", "trace": "$input.params(\'x-trace\')"}]' },
    }));
    await c.send(new PutIntegrationResponseCommand({
        restApiId: id,
        resourceId: pets,
        httpMethod: 'GET',
        statusCode: '400',
        selectionPattern: '4\\d{2}',
        responseTemplates: { 'application/json': '{"message": "bad"}' },
    }));
    // POST /pets: API key, validator, body model, HTTP integration.
    await c.send(new PutMethodCommand({
        restApiId: id,
        resourceId: pets,
        httpMethod: 'POST',
        authorizationType: 'NONE',
        apiKeyRequired: true,
        operationName: 'CreatePet',
        requestValidatorId: validator.id,
        requestModels: { 'application/json': 'Pet' },
    }));
    await c.send(new PutMethodResponseCommand({
        restApiId: id,
        resourceId: pets,
        httpMethod: 'POST',
        statusCode: '200',
        responseModels: { 'application/json': 'Pet' },
    }));
    await c.send(new PutIntegrationCommand({
        restApiId: id,
        resourceId: pets,
        httpMethod: 'POST',
        type: 'HTTP',
        integrationHttpMethod: 'POST',
        uri: 'https://backend.example.com/pets',
        requestParameters: { 'integration.request.header.x-source': "'tollgate'" },
        passthroughBehavior: 'WHEN_NO_TEMPLATES',
        timeoutInMillis: 5000,
    }));
    await c.send(new PutIntegrationResponseCommand({ restApiId: id, resourceId: pets, httpMethod: 'POST', statusCode: '200' }));
    // GET /pets/{petId}: TOKEN authorizer, MOCK echoing the path parameter.
    await c.send(new PutMethodCommand({
        restApiId: id,
        resourceId: pet,
        httpMethod: 'GET',
        authorizationType: 'CUSTOM',
        authorizerId: tokenAuth.id,
        requestParameters: { 'method.request.path.petId': true },
    }));
    await c.send(new PutMethodResponseCommand({
        restApiId: id,
        resourceId: pet,
        httpMethod: 'GET',
        statusCode: '200',
        responseModels: { 'application/json': 'Pet' },
    }));
    await c.send(new PutIntegrationCommand({
        restApiId: id,
        resourceId: pet,
        httpMethod: 'GET',
        type: 'MOCK',
        requestTemplates: { 'application/json': '{"statusCode": 200}' },
    }));
    await c.send(new PutIntegrationResponseCommand({
        restApiId: id,
        resourceId: pet,
        httpMethod: 'GET',
        statusCode: '200',
        responseTemplates: { 'application/json': '{"id": "$input.params(\'petId\')"}' },
    }));
    // ANY /pets/{petId}: IAM, HTTP_PROXY.
    await c.send(new PutMethodCommand({
        restApiId: id,
        resourceId: pet,
        httpMethod: 'ANY',
        authorizationType: 'AWS_IAM',
        requestParameters: { 'method.request.path.petId': true },
    }));
    await c.send(new PutIntegrationCommand({
        restApiId: id,
        resourceId: pet,
        httpMethod: 'ANY',
        type: 'HTTP_PROXY',
        integrationHttpMethod: 'ANY',
        uri: 'https://backend.example.com/pets/{petId}',
        requestParameters: { 'integration.request.path.petId': 'method.request.path.petId' },
    }));
    await c.send(new PutGatewayResponseCommand({
        restApiId: id,
        responseType: 'DEFAULT_4XX',
        statusCode: '418',
        responseParameters: { 'gatewayresponse.header.x-kind': "'teapot'" },
        responseTemplates: { 'application/json': '{"oops": true}' },
    }));
    await c.send(new CreateDeploymentCommand({ restApiId: id, stageName: opts.stage ?? 'dev' }));
    return { id, root, pets, pet, validatorId: validator.id, tokenAuthId: tokenAuth.id };
}
/** The export body as JSON. */
export const bodyJson = (body) => JSON.parse(Buffer.from(body ?? []).toString('utf8'));
//# sourceMappingURL=fixture.js.map