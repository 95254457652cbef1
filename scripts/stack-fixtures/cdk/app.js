// The CDK app behind test/fixtures/stacks/cdk (scripts/stack-fixtures.sh synthesizes it): one stack using the
// API Gateway constructs a REST API project uses (LambdaRestApi; RestApi with MockIntegration, LambdaIntegration
// and HttpIntegration; a request validator, a model, an API key with a usage plan, a token authorizer, CORS).
const cdk = require('aws-cdk-lib');
const apigw = require('aws-cdk-lib/aws-apigateway');
const lambda = require('aws-cdk-lib/aws-lambda');
const path = require('node:path');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TollgateCdkStack');

const hello = new lambda.Function(stack, 'Hello', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'handler')),
});
const authorizerFn = new lambda.Function(stack, 'AuthorizerFn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'authorizer')),
});

// LambdaRestApi: every path proxied to one function.
new apigw.LambdaRestApi(stack, 'ProxyApi', { handler: hello, deployOptions: { stageName: 'prod' } });

const api = new apigw.RestApi(stack, 'ShopApi', {
  deployOptions: { stageName: 'v1' },
  defaultCorsPreflightOptions: { allowOrigins: apigw.Cors.ALL_ORIGINS, allowMethods: ['GET', 'POST'] },
});
const mock = api.root.addResource('mock');
mock.addMethod(
  'GET',
  new apigw.MockIntegration({
    requestTemplates: { 'application/json': '{"statusCode": 200}' },
    integrationResponses: [{ statusCode: '200', responseTemplates: { 'application/json': '{"mocked": true}' } }],
  }),
  { methodResponses: [{ statusCode: '200' }] },
);
const model = api.addModel('ItemModel', {
  contentType: 'application/json',
  modelName: 'Item',
  schema: { type: apigw.JsonSchemaType.OBJECT, required: ['name'], properties: { name: { type: apigw.JsonSchemaType.STRING } } },
});
const validator = api.addRequestValidator('BodyValidator', { validateRequestBody: true, validateRequestParameters: false });
const items = api.root.addResource('items');
items.addMethod('POST', new apigw.LambdaIntegration(hello), { requestValidator: validator, requestModels: { 'application/json': model } });
items.addMethod('GET', new apigw.LambdaIntegration(hello), { apiKeyRequired: true });
api.root.addResource('http').addMethod('GET', new apigw.HttpIntegration('http://127.0.0.1:9/echo', { httpMethod: 'GET' }));
const authorizer = new apigw.TokenAuthorizer(stack, 'TokenAuth', { handler: authorizerFn, resultsCacheTtl: cdk.Duration.seconds(0) });
api.root.addResource('private').addMethod('GET', new apigw.LambdaIntegration(hello), { authorizer });

const key = api.addApiKey('ShopKey', { apiKeyName: 'shop-key', value: 'tollgate-cdk-fixture-key-0001' });
const plan = api.addUsagePlan('ShopPlan', { name: 'shop-plan', throttle: { rateLimit: 10, burstLimit: 5 }, quota: { limit: 1000, period: apigw.Period.DAY } });
plan.addApiKey(key);
plan.addApiStage({ stage: api.deploymentStage });

new cdk.CfnOutput(stack, 'ShopUrl', { value: api.url });
app.synth();
