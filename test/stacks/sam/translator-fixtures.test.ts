/**
 * transformServerless (src/stacks/sam/transform.ts) against AWS's own SAM translator: each case restates the input
 * of one of the translator's fixture pairs (tests/translator/input/NAME.yaml) and checks what the translator's
 * expected output (tests/translator/output/NAME.json) says of the resources that matter: every logical id and type,
 * and the key properties. Pairs read at
 * https://github.com/aws/serverless-application-model/tree/7000d0a3b/tests/translator (input/ and output/).
 * The one stated difference: a deployment's hash suffix (AWS hashes Python's str() of its swagger, see
 * src/stacks/sam/api.ts), so deployment ids are checked by their form, `<Api>Deployment` + 10 hex digits.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TemplateError } from '../../../src/stacks/sources/errors.js';
import { parseTemplate } from '../../../src/stacks/sources/parse-template.js';
import { transformServerless } from '../../../src/stacks/sam/transform.js';

type Json = Record<string, any>;
const CTX = { region: 'us-east-1', accountId: '123456789012', stackName: 'sam-stack', partition: 'aws' };
const sam = (yaml: string): Json => transformServerless(parseTemplate(`Transform: AWS::Serverless-2016-10-31\n${yaml}`, 'template.yaml'), CTX).Resources;

/** Every logical id → type, deployment ids reduced to their form. */
const types = (resources: Json): Record<string, string> =>
  Object.fromEntries(Object.entries(resources).map(([id, r]) => [id.replace(/Deployment[0-9a-f]{10}$/, 'Deployment<hash>'), r.Type]));
const deploymentOf = (resources: Json, api: string): string => Object.keys(resources).find((id) => new RegExp(`^${api}Deployment[0-9a-f]{10}$`).test(id))!;

const permissionArn = (path: string, api: unknown): Json => ({
  'Fn::Sub': ['arn:aws:execute-api:${AWS::Region}:${AWS::AccountId}:${__ApiId__}/${__Stage__}' + path, { __ApiId__: api, __Stage__: '*' }],
});
const proxyIntegration = (target: string): Json => ({
  httpMethod: 'POST',
  type: 'aws_proxy',
  uri: { 'Fn::Sub': `arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${${target}}/invocations` },
});

describe('SAM transform vs the translator fixtures', () => {
  it('implicit_api: ServerlessRestApi with a swagger body, its Prod stage, a permission per event', () => {
    const r = sam(`Resources:
  RestApiFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: s3://sam-demo-bucket/todo_list.zip
      Handler: index.restapi
      Runtime: nodejs12.x
      Policies: AmazonDynamoDBFullAccess
      Events:
        AddItem: {Type: Api, Properties: {Path: /add, Method: post}}
        CompleteItem: {Type: Api, Properties: {Path: /complete, Method: POST}}
        GetList: {Type: Api, Properties: {Path: /getlist, Method: get}}
  GetHtmlFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: s3://sam-demo-bucket/todo_list.zip
      Handler: index.gethtml
      Runtime: nodejs12.x
      Policies: AmazonDynamoDBReadOnlyAccess
      Events:
        GetHtml: {Type: Api, Properties: {Path: '/{proxy+}', Method: any}}
`);
    assert.deepEqual(types(r), {
      RestApiFunctionRole: 'AWS::IAM::Role',
      RestApiFunction: 'AWS::Lambda::Function',
      RestApiFunctionAddItemPermissionProd: 'AWS::Lambda::Permission',
      RestApiFunctionCompleteItemPermissionProd: 'AWS::Lambda::Permission',
      RestApiFunctionGetListPermissionProd: 'AWS::Lambda::Permission',
      GetHtmlFunctionRole: 'AWS::IAM::Role',
      GetHtmlFunction: 'AWS::Lambda::Function',
      GetHtmlFunctionGetHtmlPermissionProd: 'AWS::Lambda::Permission',
      ServerlessRestApi: 'AWS::ApiGateway::RestApi',
      'ServerlessRestApiDeployment<hash>': 'AWS::ApiGateway::Deployment',
      ServerlessRestApiProdStage: 'AWS::ApiGateway::Stage',
    });
    assert.deepEqual(r.RestApiFunction.Properties, {
      Code: { S3Bucket: 'sam-demo-bucket', S3Key: 'todo_list.zip' },
      Handler: 'index.restapi',
      Role: { 'Fn::GetAtt': ['RestApiFunctionRole', 'Arn'] },
      Runtime: 'nodejs12.x',
      Tags: [{ Key: 'lambda:createdBy', Value: 'SAM' }],
    });
    assert.deepEqual(r.GetHtmlFunctionRole.Properties.ManagedPolicyArns, [
      'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
      'arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess',
    ]);
    assert.deepEqual(r.RestApiFunctionCompleteItemPermissionProd.Properties, {
      Action: 'lambda:InvokeFunction',
      FunctionName: { Ref: 'RestApiFunction' },
      Principal: 'apigateway.amazonaws.com',
      SourceArn: permissionArn('/POST/complete', { Ref: 'ServerlessRestApi' }),
    });
    assert.deepEqual(r.GetHtmlFunctionGetHtmlPermissionProd.Properties.SourceArn, permissionArn('/*/*', { Ref: 'ServerlessRestApi' }));
    assert.deepEqual(r.ServerlessRestApi.Properties.Body, {
      swagger: '2.0',
      info: { version: '1.0', title: { Ref: 'AWS::StackName' } },
      paths: {
        '/add': { post: { 'x-amazon-apigateway-integration': proxyIntegration('RestApiFunction.Arn'), responses: {} } },
        '/complete': { post: { 'x-amazon-apigateway-integration': proxyIntegration('RestApiFunction.Arn'), responses: {} } },
        '/getlist': { get: { 'x-amazon-apigateway-integration': proxyIntegration('RestApiFunction.Arn'), responses: {} } },
        '/{proxy+}': { 'x-amazon-apigateway-any-method': { 'x-amazon-apigateway-integration': proxyIntegration('GetHtmlFunction.Arn'), responses: {} } },
      },
    });
    const deployment = deploymentOf(r, 'ServerlessRestApi');
    assert.deepEqual(r[deployment].Properties.RestApiId, { Ref: 'ServerlessRestApi' });
    assert.equal(r[deployment].Properties.StageName, 'Stage');
    assert.match(r[deployment].Properties.Description, /^RestApi deployment id: [0-9a-f]{40}$/);
    assert.deepEqual(r.ServerlessRestApiProdStage.Properties, {
      DeploymentId: { Ref: deployment },
      RestApiId: { Ref: 'ServerlessRestApi' },
      StageName: 'Prod',
    });
  });

  it('explicit_api: a stage named by a parameter is `<Api>Stage`, its permissions end in `Stage`; DefinitionUri is BodyS3Location', () => {
    const r = sam(`Parameters:
  MyStageName: {Type: String, Default: Production}
  something: {Type: String, Default: something}
Resources:
  GetHtmlFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: {Bucket: sam-demo-bucket, Key: webpage.zip}
      Handler: index.gethtml
      Runtime: nodejs12.x
      Events:
        GetHtml: {Type: Api, Properties: {RestApiId: {Ref: GetHtmlApi}, Path: /, Method: get}}
  GetHtmlApi:
    Type: AWS::Serverless::Api
    Properties:
      Name: MyGetApi
      StageName: {Ref: MyStageName}
      DefinitionUri: {Bucket: sam-demo-bucket, Key: webpage_swagger.json}
      Variables: {EndpointUri: {Ref: something}, EndpointUri2: http://example.com}
`);
    assert.deepEqual(types(r), {
      GetHtmlFunctionRole: 'AWS::IAM::Role',
      GetHtmlFunction: 'AWS::Lambda::Function',
      GetHtmlFunctionGetHtmlPermissionStage: 'AWS::Lambda::Permission',
      GetHtmlApi: 'AWS::ApiGateway::RestApi',
      'GetHtmlApiDeployment<hash>': 'AWS::ApiGateway::Deployment',
      GetHtmlApiStage: 'AWS::ApiGateway::Stage',
    });
    assert.deepEqual(r.GetHtmlApi.Properties, { BodyS3Location: { Bucket: 'sam-demo-bucket', Key: 'webpage_swagger.json' }, Name: 'MyGetApi' });
    assert.deepEqual(r.GetHtmlFunctionGetHtmlPermissionStage.Properties.SourceArn, permissionArn('/GET/', { Ref: 'GetHtmlApi' }));
    assert.deepEqual(r.GetHtmlApiStage.Properties.Variables, { EndpointUri: { Ref: 'something' }, EndpointUri2: 'http://example.com' });
    assert.deepEqual(r.GetHtmlApiStage.Properties.StageName, { Ref: 'MyStageName' });
  });

  it('api_with_auth_all_minimum: TOKEN, REQUEST and Cognito authorizers as securityDefinitions, DefaultAuthorizer on each method, authorizer permissions', () => {
    const r = sam(`Resources:
  MyApiWithCognitoAuth:
    Type: AWS::Serverless::Api
    Properties:
      StageName: Prod
      Auth: {DefaultAuthorizer: MyCognitoAuth, Authorizers: {MyCognitoAuth: {UserPoolArn: !GetAtt MyUserPool.Arn}}}
  MyApiWithLambdaTokenAuth:
    Type: AWS::Serverless::Api
    Properties:
      StageName: Prod
      Auth: {DefaultAuthorizer: MyLambdaTokenAuth, Authorizers: {MyLambdaTokenAuth: {FunctionArn: !GetAtt MyAuthFn.Arn}}}
  MyApiWithLambdaRequestAuth:
    Type: AWS::Serverless::Api
    Properties:
      StageName: Prod
      Auth:
        DefaultAuthorizer: MyLambdaRequestAuth
        Authorizers:
          MyLambdaRequestAuth: {FunctionPayloadType: REQUEST, FunctionArn: !GetAtt MyAuthFn.Arn, Identity: {Headers: [Authorization1]}}
  MyAuthFn:
    Type: AWS::Serverless::Function
    Properties: {CodeUri: s3://bucket/key, Handler: index.handler, Runtime: nodejs12.x}
  MyFn:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: s3://bucket/key
      Handler: index.handler
      Runtime: nodejs12.x
      Events:
        Cognito: {Type: Api, Properties: {RestApiId: !Ref MyApiWithCognitoAuth, Method: get, Path: /cognito}}
        LambdaTokenAnyMethod: {Type: Api, Properties: {RestApiId: !Ref MyApiWithLambdaTokenAuth, Method: any, Path: /any/lambda-token}}
        LambdaRequest: {Type: Api, Properties: {RestApiId: !Ref MyApiWithLambdaRequestAuth, Method: get, Path: /lambda-request}}
  MyUserPool:
    Type: AWS::Cognito::UserPool
    Properties: {UserPoolName: UserPoolName}
`);
    const lambdaUri = {
      'Fn::Sub': [
        'arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${__FunctionArn__}/invocations',
        { __FunctionArn__: { 'Fn::GetAtt': ['MyAuthFn', 'Arn'] } },
      ],
    };
    assert.deepEqual(r.MyApiWithCognitoAuth.Properties.Body.securityDefinitions, {
      MyCognitoAuth: {
        type: 'apiKey',
        name: 'Authorization',
        in: 'header',
        'x-amazon-apigateway-authtype': 'cognito_user_pools',
        'x-amazon-apigateway-authorizer': { type: 'cognito_user_pools', providerARNs: [{ 'Fn::GetAtt': ['MyUserPool', 'Arn'] }] },
      },
    });
    assert.deepEqual(r.MyApiWithCognitoAuth.Properties.Body.paths['/cognito'].get.security, [{ MyCognitoAuth: [] }]);
    assert.deepEqual(r.MyApiWithLambdaTokenAuth.Properties.Body.securityDefinitions.MyLambdaTokenAuth, {
      type: 'apiKey',
      name: 'Authorization',
      in: 'header',
      'x-amazon-apigateway-authtype': 'custom',
      'x-amazon-apigateway-authorizer': { type: 'token', authorizerUri: lambdaUri },
    });
    assert.deepEqual(r.MyApiWithLambdaTokenAuth.Properties.Body.paths['/any/lambda-token']['x-amazon-apigateway-any-method'].security, [
      { MyLambdaTokenAuth: [] },
    ]);
    assert.deepEqual(r.MyApiWithLambdaRequestAuth.Properties.Body.securityDefinitions.MyLambdaRequestAuth, {
      type: 'apiKey',
      name: 'Unused',
      in: 'header',
      'x-amazon-apigateway-authtype': 'custom',
      'x-amazon-apigateway-authorizer': { type: 'request', authorizerUri: lambdaUri, identitySource: 'method.request.header.Authorization1' },
    });
    for (const api of ['MyApiWithLambdaTokenAuth', 'MyApiWithLambdaRequestAuth']) {
      const name = api.replace('MyApiWith', 'My');
      assert.deepEqual(r[`${api}${name}AuthorizerPermission`].Properties, {
        Action: 'lambda:InvokeFunction',
        FunctionName: { 'Fn::GetAtt': ['MyAuthFn', 'Arn'] },
        Principal: 'apigateway.amazonaws.com',
        SourceArn: { 'Fn::Sub': ['arn:aws:execute-api:${AWS::Region}:${AWS::AccountId}:${__ApiId__}/authorizers/*', { __ApiId__: { Ref: api } }] },
      });
    }
    assert.equal(r.MyApiWithCognitoAuthMyCognitoAuthAuthorizerPermission, undefined, 'no permission for a Cognito authorizer');
    assert.deepEqual(r.MyFnLambdaTokenAnyMethodPermissionProd.Properties.SourceArn, permissionArn('/*/any/lambda-token', { Ref: 'MyApiWithLambdaTokenAuth' }));
  });

  it('api_with_usageplans: PER_API, SHARED and NONE plans, their keys and plan keys', () => {
    const fn = (name: string, events: string): string => `  ${name}:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Runtime: nodejs12.x
      InlineCode: 'exports.handler = async () => ({statusCode: 200})'
      Events:
${events}`;
    const r = sam(`Globals:
  Api:
    Auth:
      ApiKeyRequired: true
      UsagePlan: {CreateUsagePlan: SHARED}
Resources:
  MyApiOne:
    Type: AWS::Serverless::Api
    Properties: {StageName: Prod, Auth: {UsagePlan: {CreateUsagePlan: NONE}}}
  MyApiTwo:
    Type: AWS::Serverless::Api
    Properties:
      StageName: Prod
      Auth:
        UsagePlan:
          CreateUsagePlan: PER_API
          UsagePlanName: SomeRandomName
          Description: Description for usage plan
          Throttle: {BurstLimit: 1000, RateLimit: 1000}
          Quota: {Limit: 10, Offset: 10, Period: MONTH}
  MyApiThree:
    Type: AWS::Serverless::Api
    Properties: {StageName: Prod}
${fn('MyFunctionOne', '        ApiKey: {Type: Api, Properties: {RestApiId: {Ref: MyApiOne}, Method: get, Path: /path/one}}')}
${fn('MyFunctionTwo', '        ApiKey: {Type: Api, Properties: {RestApiId: {Ref: MyApiTwo}, Method: get, Path: /path/two}}\n        ImplicitApiEvent: {Type: Api, Properties: {Method: get, Path: /path/event}}')}
${fn('MyFunctionThree', '        ApiKey: {Type: Api, Properties: {RestApiId: {Ref: MyApiThree}, Method: get, Path: /path/three}}')}
`);
    const plans = Object.fromEntries(Object.entries(types(r)).filter(([, t]) => /UsagePlan|ApiKey/.test(t)));
    assert.deepEqual(plans, {
      MyApiTwoUsagePlan: 'AWS::ApiGateway::UsagePlan',
      MyApiTwoApiKey: 'AWS::ApiGateway::ApiKey',
      MyApiTwoUsagePlanKey: 'AWS::ApiGateway::UsagePlanKey',
      ServerlessUsagePlan: 'AWS::ApiGateway::UsagePlan',
      ServerlessApiKey: 'AWS::ApiGateway::ApiKey',
      ServerlessUsagePlanKey: 'AWS::ApiGateway::UsagePlanKey',
    });
    assert.deepEqual(r.MyApiTwoUsagePlan, {
      Type: 'AWS::ApiGateway::UsagePlan',
      DependsOn: ['MyApiTwo'],
      Properties: {
        ApiStages: [{ ApiId: { Ref: 'MyApiTwo' }, Stage: { Ref: 'MyApiTwoProdStage' } }],
        Description: 'Description for usage plan',
        Quota: { Limit: 10, Offset: 10, Period: 'MONTH' },
        Throttle: { BurstLimit: 1000, RateLimit: 1000 },
        UsagePlanName: 'SomeRandomName',
      },
    });
    assert.deepEqual(r.MyApiTwoApiKey.DependsOn, ['MyApiTwoUsagePlan']);
    assert.deepEqual(r.MyApiTwoApiKey.Properties, { Enabled: true, StageKeys: [{ RestApiId: { Ref: 'MyApiTwo' }, StageName: { Ref: 'MyApiTwoProdStage' } }] });
    assert.deepEqual(r.MyApiTwoUsagePlanKey.Properties, { KeyId: { Ref: 'MyApiTwoApiKey' }, KeyType: 'API_KEY', UsagePlanId: { Ref: 'MyApiTwoUsagePlan' } });
    // SHARED: the APIs that inherit it from Globals, the implicit one included, in one plan.
    assert.deepEqual(r.ServerlessUsagePlan.DependsOn, ['MyApiThree', 'ServerlessRestApi']);
    assert.deepEqual(r.ServerlessUsagePlan.Properties.ApiStages, [
      { ApiId: { Ref: 'MyApiThree' }, Stage: { Ref: 'MyApiThreeProdStage' } },
      { ApiId: { Ref: 'ServerlessRestApi' }, Stage: { Ref: 'ServerlessRestApiProdStage' } },
    ]);
    for (const api of ['MyApiOne', 'MyApiTwo', 'MyApiThree', 'ServerlessRestApi']) {
      const body = r[api].Properties.Body;
      assert.deepEqual(body.securityDefinitions, { api_key: { type: 'apiKey', name: 'x-api-key', in: 'header' } }, api);
      for (const item of Object.values<Json>(body.paths)) assert.deepEqual(item.get.security, [{ api_key: [] }], api);
    }
  });

  it("api_with_cors: a string Cors is the origin; the preflight's methods are the path's own plus OPTIONS, or all seven for ANY", () => {
    const r = sam(`Globals:
  Api:
    Cors: {Fn::Join: [',', [www.amazon.com, www.google.com]]}
Resources:
  ImplicitApiFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: s3://sam-demo-bucket/member_portal.zip
      Handler: index.gethtml
      Runtime: nodejs12.x
      Events:
        GetHtml: {Type: Api, Properties: {Path: /, Method: get}}
        AnyApi: {Type: Api, Properties: {Path: /foo, Method: any}}
`);
    const paths = r.ServerlessRestApi.Properties.Body.paths;
    const origin = { 'Fn::Join': [',', ['www.amazon.com', 'www.google.com']] };
    assert.deepEqual(paths['/'].options, {
      summary: 'CORS support',
      consumes: ['application/json'],
      produces: ['application/json'],
      'x-amazon-apigateway-integration': {
        type: 'mock',
        requestTemplates: { 'application/json': '{\n  "statusCode" : 200\n}\n' },
        responses: {
          default: {
            statusCode: '200',
            responseParameters: {
              'method.response.header.Access-Control-Allow-Origin': origin,
              'method.response.header.Access-Control-Allow-Methods': "'GET,OPTIONS'",
            },
            responseTemplates: { 'application/json': '{}\n' },
          },
        },
      },
      responses: {
        '200': {
          description: 'Default response for CORS method',
          headers: { 'Access-Control-Allow-Origin': { type: 'string' }, 'Access-Control-Allow-Methods': { type: 'string' } },
        },
      },
    });
    assert.equal(
      paths['/foo'].options['x-amazon-apigateway-integration'].responses.default.responseParameters['method.response.header.Access-Control-Allow-Methods'],
      "'DELETE,GET,HEAD,OPTIONS,PATCH,POST,PUT'",
    );
  });

  it('function_with_alias: the version id hashes the code (MinimalFunctionVersion640128d35d), kept on delete; the alias names it', () => {
    const r = sam(`Resources:
  MinimalFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: s3://sam-demo-bucket/hello.zip
      Handler: hello.handler
      Runtime: python2.7
      AutoPublishAlias: live
      VersionDescription: sam-testing
`);
    assert.deepEqual(r.MinimalFunctionVersion640128d35d, {
      Type: 'AWS::Lambda::Version',
      DeletionPolicy: 'Retain',
      Properties: { Description: 'sam-testing', FunctionName: { Ref: 'MinimalFunction' } },
    });
    assert.deepEqual(r.MinimalFunctionAliaslive.Properties, {
      Name: 'live',
      FunctionName: { Ref: 'MinimalFunction' },
      FunctionVersion: { 'Fn::GetAtt': ['MinimalFunctionVersion640128d35d', 'Version'] },
    });
  });

  it('basic_layer: hashed ids as AWS names them, LayerName the SAM id, RetentionPolicy as DeletionPolicy (a parameter resolved)', () => {
    const r = sam(`Parameters:
  DeletePolicy: {Default: Retain, Type: String}
Conditions:
  TestCondition: {Fn::Equals: [beta, beta]}
Resources:
  MinimalLayer:
    Type: AWS::Serverless::LayerVersion
    Properties: {ContentUri: s3://sam-demo-bucket/layer.zip}
  LayerWithContentUriObject:
    Type: AWS::Serverless::LayerVersion
    Properties: {ContentUri: {Bucket: somebucket, Key: somekey, Version: v1}, RetentionPolicy: Delete}
  LayerWithCondition:
    Type: AWS::Serverless::LayerVersion
    Condition: TestCondition
    Properties: {ContentUri: s3://sam-demo-bucket/layer.zip}
  LayerWithRetentionPolicyParam:
    Type: AWS::Serverless::LayerVersion
    Properties: {ContentUri: s3://sam-demo-bucket/layer.zip, RetentionPolicy: !Ref DeletePolicy}
`);
    assert.deepEqual(r.MinimalLayer0c7f96cce7, {
      Type: 'AWS::Lambda::LayerVersion',
      DeletionPolicy: 'Retain',
      Properties: { LayerName: 'MinimalLayer', Content: { S3Bucket: 'sam-demo-bucket', S3Key: 'layer.zip' } },
    });
    assert.deepEqual(r.LayerWithContentUriObjectbdbf1b82ac.Properties.Content, { S3Bucket: 'somebucket', S3Key: 'somekey', S3ObjectVersion: 'v1' });
    assert.equal(r.LayerWithContentUriObjectbdbf1b82ac.DeletionPolicy, 'Delete');
    assert.equal(r.LayerWithCondition7c655e10ea.Condition, 'TestCondition');
    assert.equal(r.LayerWithRetentionPolicyParamcc64815342.DeletionPolicy, 'Retain');
  });

  it('api_with_basic_custom_domain: ApiGatewayDomainName<sha1 of the name>, a mapping per base path', () => {
    const r = sam(`Resources:
  MyFunction:
    Type: AWS::Serverless::Function
    Properties:
      InlineCode: x
      Handler: index.handler
      Runtime: nodejs12.x
      Events:
        Api: {Type: Api, Properties: {RestApiId: !Ref MyApi, Method: Put, Path: /get}}
  MyApi:
    Type: AWS::Serverless::Api
    Properties:
      OpenApiVersion: 3.0.1
      StageName: Prod
      Domain:
        DomainName: api-example.com
        CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/my-api-cert
        EndpointConfiguration: EDGE
        BasePath: [/get, /fetch]
        SecurityPolicy: TLS_1_2
`);
    assert.deepEqual(r.ApiGatewayDomainName23cdccdf9c.Properties, {
      DomainName: 'api-example.com',
      CertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/my-api-cert',
      EndpointConfiguration: { Types: ['EDGE'] },
      SecurityPolicy: 'TLS_1_2',
    });
    for (const [id, path] of [
      ['MyApigetBasePathMapping', 'get'],
      ['MyApifetchBasePathMapping', 'fetch'],
    ]) {
      assert.deepEqual(r[id].Properties, {
        BasePath: path,
        DomainName: { Ref: 'ApiGatewayDomainName23cdccdf9c' },
        RestApiId: { Ref: 'MyApi' },
        Stage: { Ref: 'MyApiProdStage' },
      });
    }
    assert.equal(r.MyApi.Properties.Body.openapi, '3.0.1');
    assert.equal(r.MyApi.Properties.Body.swagger, undefined);
    assert.equal(r[deploymentOf(r, 'MyApi')].Properties.StageName, undefined, 'OpenApiVersion drops the extra "Stage" stage');
  });

  it('api_with_gateway_responses and api_request_model: the body extensions', () => {
    const r = sam(`Resources:
  Function:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: s3://sam-demo-bucket/member_portal.zip
      Handler: index.gethtml
      Runtime: nodejs12.x
      Events:
        GetHtml: {Type: Api, Properties: {Path: /, Method: get, RestApiId: !Ref ExplicitApi, RequestModel: {Model: User, Required: true}}}
  ExplicitApi:
    Type: AWS::Serverless::Api
    Properties:
      StageName: Prod
      Models:
        User: {type: object, properties: {username: {type: string}}}
      GatewayResponses:
        UNAUTHORIZED:
          StatusCode: 401
          ResponseParameters:
            Headers: {Access-Control-Allow-Origin: "'*'", WWW-Authenticate: "'Bearer realm=\\"admin\\"'"}
`);
    const body = r.ExplicitApi.Properties.Body;
    assert.deepEqual(body['x-amazon-apigateway-gateway-responses'], {
      UNAUTHORIZED: {
        responseParameters: {
          'gatewayresponse.header.Access-Control-Allow-Origin': "'*'",
          'gatewayresponse.header.WWW-Authenticate': `'Bearer realm="admin"'`,
        },
        responseTemplates: {},
        statusCode: '401',
      },
    });
    assert.deepEqual(body.definitions, { user: { type: 'object', properties: { username: { type: 'string' } } } });
    assert.deepEqual(body.paths['/'].get.parameters, [{ in: 'body', name: 'user', required: true, schema: { $ref: '#/definitions/user' } }]);
  });

  it('implicit_api_deletion_policy_precedence, api_with_request_parameters_openapi, implicit_api_with_timeout, api_with_method_aws_iam_auth: event details on the integration', () => {
    const r = sam(`Resources:
  RestApiFunction:
    Type: AWS::Serverless::Function
    DeletionPolicy: Delete
    UpdateReplacePolicy: Retain
    Properties:
      CodeUri: s3://sam-demo-bucket/todo_list.zip
      Handler: index.restapi
      Runtime: nodejs12.x
      Events:
        One:
          Type: Api
          Properties:
            Path: /one
            Method: get
            TimeoutInMillis: 5000
            RequestParameters:
              - method.request.querystring.type: {Required: true, Caching: true}
              - method.request.header.X-Trace
  GetHtmlFunction:
    Type: AWS::Serverless::Function
    DeletionPolicy: Retain
    Properties:
      CodeUri: s3://sam-demo-bucket/todo_list.zip
      Handler: index.gethtml
      Runtime: nodejs12.x
      Events:
        Iam: {Type: Api, Properties: {Path: /iam, Method: post, Auth: {Authorizer: AWS_IAM}}}
`);
    assert.equal(r.ServerlessRestApi.DeletionPolicy, 'Retain', 'Retain wins over Delete');
    assert.equal(r.ServerlessRestApi.UpdateReplacePolicy, 'Retain');
    assert.equal(r.ServerlessRestApiProdStage.DeletionPolicy, 'Retain');
    const one = r.ServerlessRestApi.Properties.Body.paths['/one'].get;
    assert.deepEqual(one.parameters, [
      { in: 'query', name: 'type', required: true, type: 'string' },
      { in: 'header', name: 'X-Trace', required: false, type: 'string' },
    ]);
    assert.deepEqual(one['x-amazon-apigateway-integration'].cacheKeyParameters, ['method.request.querystring.type']);
    assert.equal(one['x-amazon-apigateway-integration'].timeoutInMillis, 5000);
    const iam = r.ServerlessRestApi.Properties.Body.paths['/iam'].post;
    assert.equal(iam['x-amazon-apigateway-integration'].credentials, 'arn:aws:iam::*:user/*', "AWS_IAM without InvokeRole: the caller's credentials");
    assert.deepEqual(iam.security, [{ AWS_IAM: [] }]);
    assert.deepEqual(r.ServerlessRestApi.Properties.Body.securityDefinitions.AWS_IAM, {
      'x-amazon-apigateway-authtype': 'awsSigv4',
      type: 'apiKey',
      name: 'Authorization',
      in: 'header',
    });
  });

  it("errors read as the translator's: every one at once, by resource", () => {
    assert.throws(
      () =>
        sam(`Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties: {StageName: Prod, Auth: {DefaultAuthorizer: Nope, Authorizers: {A: {FunctionArn: arn:aws:lambda:us-east-1:1:function:a}}}}
  Layer:
    Type: AWS::Serverless::LayerVersion
    Properties: {ContentUri: s3://b/k, RetentionPolicy: Sometimes}
`),
      (e: unknown) =>
        e instanceof TemplateError &&
        e.message ===
          "Invalid Serverless Application Specification document. Number of errors found: 2. Resource with id [Api] is invalid. Unable to set DefaultAuthorizer because 'Nope' was not defined in 'Authorizers'. Resource with id [Layer] is invalid. 'RetentionPolicy' must be one of the following options: ['Retain', 'Delete'].",
    );
  });

  it('a template without the SAM transform comes back unchanged', () => {
    const t = parseTemplate('Resources:\n  A: {Type: AWS::ApiGateway::RestApi, Properties: {Name: a}}\n', 't.yaml');
    assert.deepEqual(transformServerless(t, CTX), t);
  });
});
