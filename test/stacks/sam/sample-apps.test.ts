/**
 * The SAM fixtures of test/fixtures/stacks/sam/ (shapes of AWS's sample apps) through loadProject and
 * transformServerless, as the stack engine will take them: plain CloudFormation whose functions run the local code.
 */
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { transformServerless } from '../../../src/stacks/sam/transform.js';
import { loadProject } from '../../../src/stacks/sources/load-project.js';
import { LOCAL_CODE_BUCKET } from '../../../src/stacks/template.js';

type Json = Record<string, any>;
const DIR = resolve('test/fixtures/stacks/sam');
const load = (name: string): Json =>
  transformServerless(loadProject(join(DIR, name)).template, { region: 'us-east-1', accountId: '123456789012', stackName: name, partition: 'aws' });
const ofType = (t: Json, type: string): string[] => Object.keys(t.Resources).filter((id) => t.Resources[id].Type === type);

describe('SAM sample-app shapes, loaded and transformed', () => {
  it('hello-world: the implicit API, its Prod stage, the function running hello_world/ from disk', () => {
    const t = load('hello-world');
    assert.equal(t.Transform, undefined, 'the SAM transform is done');
    assert.equal(t.Globals, undefined);
    const fn = t.Resources.HelloWorldFunction.Properties;
    assert.deepEqual(fn.Code, { S3Bucket: LOCAL_CODE_BUCKET, S3Key: join(DIR, 'hello-world/hello_world') });
    assert.equal(fn.Timeout, 3, 'from Globals');
    assert.deepEqual(fn.Environment, { Variables: { GREETING: 'hello world' } });
    assert.deepEqual(Object.keys(t.Resources.ServerlessRestApi.Properties.Body.paths), ['/hello']);
    assert.equal(t.Resources.ServerlessRestApiProdStage.Properties.StageName, 'Prod');
    assert.ok(t.Resources.HelloWorldFunctionHelloWorldPermissionProd);
    assert.deepEqual(t.Outputs.HelloWorldApi.Value, { 'Fn::Sub': 'https://${ServerlessRestApi}.execute-api.${AWS::Region}.amazonaws.com/Prod/hello/' });
  });

  it('auth-api: TOKEN by default, REQUEST on one route, NONE and no key on another, open preflights, a usage plan and its key', () => {
    const t = load('auth-api');
    const body = t.Resources.MyApi.Properties.Body;
    assert.deepEqual(body.paths['/items'].get.security, [{ TokenAuthorizer: [] }, { api_key: [] }]);
    assert.deepEqual(body.paths['/items/{id}'].get.security, [{ HeaderAuthorizer: [] }, { api_key: [] }]);
    assert.deepEqual(body.paths['/health'].get.security, []);
    assert.equal(body.paths['/items'].options.security, undefined, 'AddDefaultAuthorizerToCorsPreflight / AddApiKeyRequiredToCorsPreflight: false');
    assert.equal(body.securityDefinitions.TokenAuthorizer['x-amazon-apigateway-authorizer'].authorizerResultTtlInSeconds, 0);
    assert.equal(body.securityDefinitions.HeaderAuthorizer['x-amazon-apigateway-authorizer'].identitySource, 'method.request.header.X-User');
    assert.deepEqual(body['x-amazon-apigateway-gateway-responses'].UNAUTHORIZED, {
      responseParameters: { 'gatewayresponse.header.WWW-Authenticate': "'Bearer'" },
      responseTemplates: { 'application/json': '{"message": "who are you?"}' },
      statusCode: '401',
    });
    assert.deepEqual(ofType(t, 'AWS::ApiGateway::UsagePlan'), ['MyApiUsagePlan']);
    assert.deepEqual(t.Outputs.ApiKeyId.Value, { Ref: 'MyApiApiKey' });
    assert.deepEqual(t.Resources.MyApidevStage.Properties.Variables, { mode: 'fixture' });
    assert.deepEqual(ofType(t, 'AWS::Lambda::Permission').sort(), [
      'ItemsFunctionGetItemPermissiondev',
      'ItemsFunctionHealthPermissiondev',
      'ItemsFunctionListItemsPermissiondev',
      'MyApiHeaderAuthorizerAuthorizerPermission',
      'MyApiTokenAuthorizerAuthorizerPermission',
    ]);
    assert.deepEqual(
      t.Resources.ItemsFunctionGetItemPermissiondev.Properties.SourceArn['Fn::Sub'][0],
      'arn:aws:execute-api:${AWS::Region}:${AWS::AccountId}:${__ApiId__}/${__Stage__}/GET/items/*',
    );
  });

  it('openapi: a DefinitionBody of its own is kept (SAM adds Models, and permissions only), a DefinitionUri file is the body', () => {
    const t = load('openapi');
    const pets = t.Resources.PetsApi.Properties;
    assert.deepEqual(Object.keys(pets.Body.paths['/pets']), ['get', 'post']);
    assert.deepEqual(pets.Body.definitions.pet.required, ['name']);
    assert.deepEqual(pets.EndpointConfiguration, { Types: ['REGIONAL'] });
    assert.ok(t.Resources.PetsFunctionListPetsPermissionv1 && t.Resources.PetsFunctionAddPetPermissionv1);
    assert.equal(t.Resources.StaticApi.Properties.Body.paths['/status'].get['x-amazon-apigateway-integration'].type, 'mock');
    assert.deepEqual(t.Resources.PetsFunction.Properties.Environment, { Variables: { GREETING: { Ref: 'Greeting' } } });
  });
});
