/**
 * Templates for the stack engine's tests, written as objects (the loaders that read files are tested in
 * test/stacks/sources/). `mockApi` is the smallest API that serves: a RestApi, a resource, a MOCK method
 * answering `body`, a Deployment and a Stage.
 */
export const invoke = (base: string, apiId: string, stage: string, path: string): string => `${base}/_aws/execute-api/${apiId}/${stage}${path}`;

export function mockMethod(body: string, resource: unknown = { 'Fn::GetAtt': ['Api', 'RootResourceId'] }, httpMethod = 'GET') {
  return {
    Type: 'AWS::ApiGateway::Method',
    Properties: {
      RestApiId: { Ref: 'Api' },
      ResourceId: resource,
      HttpMethod: httpMethod,
      AuthorizationType: 'NONE',
      Integration: {
        Type: 'MOCK',
        RequestTemplates: { 'application/json': '{"statusCode": 200}' },
        IntegrationResponses: [{ StatusCode: '200', ResponseTemplates: { 'application/json': body } }],
      },
      MethodResponses: [{ StatusCode: '200' }],
    },
  };
}

export function mockApi(body: string, extra: Record<string, unknown> = {}) {
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Parameters: { StageName: { Type: 'String', Default: 'dev', AllowedValues: ['dev', 'prod'] } },
    Resources: {
      Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: { 'Fn::Sub': '${AWS::StackName}-api' } } },
      Pets: {
        Type: 'AWS::ApiGateway::Resource',
        Properties: { RestApiId: { Ref: 'Api' }, ParentId: { 'Fn::GetAtt': ['Api', 'RootResourceId'] }, PathPart: 'pets' },
      },
      PetsGet: mockMethod(body, { Ref: 'Pets' }),
      Deployment: { Type: 'AWS::ApiGateway::Deployment', DependsOn: ['PetsGet'], Properties: { RestApiId: { Ref: 'Api' } } },
      Stage: {
        Type: 'AWS::ApiGateway::Stage',
        Properties: { RestApiId: { Ref: 'Api' }, DeploymentId: { Ref: 'Deployment' }, StageName: { Ref: 'StageName' }, Variables: { color: 'blue' } },
      },
      ...extra,
    },
    Outputs: {
      ApiId: { Value: { Ref: 'Api' } },
      Url: { Value: { 'Fn::Sub': 'https://${Api}.execute-api.${AWS::Region}.${AWS::URLSuffix}/${Stage}/' } },
    },
  };
}
