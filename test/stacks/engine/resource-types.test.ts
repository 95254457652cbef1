/**
 * The API Gateway and Lambda types the other stack tests do not reach, deployed together and checked through
 * the APIs (and over HTTP where they serve): a RestApi imported from an OpenAPI Body, a Deployment with
 * StageDescription (variables, method settings), DomainName and BasePathMapping (served by Host), a client
 * certificate, documentation parts and versions, a VPC link, the account, a layer version used by a function.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  GetAccountCommand,
  GetClientCertificateCommand,
  GetDocumentationPartCommand,
  GetDocumentationVersionCommand,
  GetStageCommand,
  GetVpcLinkCommand,
} from '@aws-sdk/client-api-gateway';
import { GetFunctionCommand, ListLayerVersionsCommand } from '@aws-sdk/client-lambda';
import { lambdaClient } from '../../helpers/lambda.js';
import { startTollgate, type TestServer } from '../../helpers/tollgate.js';

const openapi = (answer: string) => ({
  openapi: '3.0.1',
  info: { title: 'from-body', version: '1' },
  paths: {
    '/ping': {
      get: {
        responses: { '200': { description: 'ok' } },
        'x-amazon-apigateway-integration': {
          type: 'mock',
          requestTemplates: { 'application/json': '{"statusCode": 200}' },
          responses: { default: { statusCode: '200', responseTemplates: { 'application/json': answer } } },
        },
      },
    },
  },
});

function template(layerDir: string, docs: string) {
  return {
    Resources: {
      Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Body: openapi('{"pong": "${stageVariables.flavour}"}') } },
      Deployment: {
        Type: 'AWS::ApiGateway::Deployment',
        Properties: {
          RestApiId: { Ref: 'Api' },
          StageName: 'live',
          StageDescription: {
            Variables: { flavour: 'mint' },
            ThrottlingRateLimit: 50,
            ThrottlingBurstLimit: 20,
            MethodSettings: [{ ResourcePath: '/ping', HttpMethod: 'GET', MetricsEnabled: true }],
          },
        },
      },
      Domain: {
        Type: 'AWS::ApiGateway::DomainName',
        Properties: { DomainName: 'api.example.test', CertificateArn: 'arn:aws:acm:us-east-1:000000000000:certificate/abc' },
      },
      Mapping: {
        Type: 'AWS::ApiGateway::BasePathMapping',
        DependsOn: 'Deployment',
        Properties: { DomainName: { Ref: 'Domain' }, BasePath: 'v1', RestApiId: { Ref: 'Api' }, Stage: 'live' },
      },
      Cert: { Type: 'AWS::ApiGateway::ClientCertificate', Properties: { Description: 'backend' } },
      Doc: { Type: 'AWS::ApiGateway::DocumentationPart', Properties: { RestApiId: { Ref: 'Api' }, Location: { Type: 'API' }, Properties: docs } },
      DocVersion: {
        Type: 'AWS::ApiGateway::DocumentationVersion',
        DependsOn: 'Doc',
        Properties: { RestApiId: { Ref: 'Api' }, DocumentationVersion: '1.0', Description: 'first' },
      },
      Link: {
        Type: 'AWS::ApiGateway::VpcLink',
        Properties: { Name: 'link', TargetArns: ['arn:aws:elasticloadbalancing:us-east-1:000000000000:loadbalancer/net/nlb/1'] },
      },
      Role: { Type: 'AWS::IAM::Role', Properties: { RoleName: 'apigw-logs' } },
      Account: { Type: 'AWS::ApiGateway::Account', Properties: { CloudWatchRoleArn: { 'Fn::GetAtt': ['Role', 'Arn'] } } },
      Layer: {
        Type: 'AWS::Lambda::LayerVersion',
        Properties: { LayerName: 'shared', Content: { S3Bucket: 'hot-reload', S3Key: layerDir }, CompatibleRuntimes: ['nodejs20.x'] },
      },
      Fn: {
        Type: 'AWS::Lambda::Function',
        Properties: {
          Runtime: 'nodejs20.x',
          Handler: 'index.handler',
          Role: { 'Fn::GetAtt': ['Role', 'Arn'] },
          Layers: [{ Ref: 'Layer' }],
          Code: { ZipFile: 'exports.handler = async () => "inline";' },
        },
      },
    },
    Outputs: { Regional: { Value: { 'Fn::GetAtt': ['Domain', 'DomainNameArn'] } } },
  };
}

function viaHost(base: string, host: string, path: string): Promise<{ status: number; body: string }> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path, headers: { Host: host } }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('stacks: every other resource type', () => {
  let t: TestServer;
  let dir: string;
  before(async () => {
    t = await startTollgate();
    dir = mkdtempSync(join(tmpdir(), 'tollgate-stack-types-'));
    mkdirSync(join(dir, 'layer', 'nodejs'), { recursive: true });
    writeFileSync(join(dir, 'layer', 'nodejs', 'shared.js'), 'module.exports = 1;\n');
  });
  after(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('deploys them, serves through the custom domain, updates a part in place, deletes them', async () => {
    const s = await t.app.stacks.deploy({ stackName: 'types', template: template(join(dir, 'layer'), '{"description": "one"}') });
    assert.equal(s.status, 'CREATE_COMPLETE', `${s.reason} ${JSON.stringify(s.events.filter((e) => e.status.endsWith('FAILED')))}`);
    const api = s.resources.Api.physicalId;
    const res = await viaHost(t.app.url, 'api.example.test', '/v1/ping');
    assert.equal(res.status, 200, res.body);
    assert.deepEqual(JSON.parse(res.body), { pong: 'mint' });
    const stage = await t.client.send(new GetStageCommand({ restApiId: api, stageName: 'live' }));
    assert.deepEqual(stage.variables, { flavour: 'mint' });
    assert.equal(stage.methodSettings?.['*/*']?.throttlingRateLimit, 50);
    assert.equal(stage.methodSettings?.['~1ping/GET']?.metricsEnabled, true);
    assert.equal(s.outputs[0].value, 'arn:aws:apigateway:us-east-1::/domainnames/api.example.test');
    assert.equal((await t.client.send(new GetClientCertificateCommand({ clientCertificateId: s.resources.Cert.physicalId }))).description, 'backend');
    assert.equal((await t.client.send(new GetDocumentationVersionCommand({ restApiId: api, documentationVersion: '1.0' }))).description, 'first');
    assert.equal((await t.client.send(new GetVpcLinkCommand({ vpcLinkId: s.resources.Link.physicalId }))).name, 'link');
    assert.equal((await t.client.send(new GetAccountCommand({}))).cloudwatchRoleArn, 'arn:aws:iam::000000000000:role/apigw-logs');
    const lambda = lambdaClient(t.app.adminUrl);
    const fn = await lambda.send(new GetFunctionCommand({ FunctionName: s.resources.Fn.physicalId }));
    assert.deepEqual(
      fn.Configuration?.Layers?.map((l) => l.Arn),
      [s.resources.Layer.physicalId],
    );
    assert.match(s.resources.Layer.physicalId, /^arn:aws:lambda:us-east-1:000000000000:layer:shared:1$/);

    const updated = await t.app.stacks.deploy({ stackName: 'types', template: template(join(dir, 'layer'), '{"description": "two"}') });
    assert.equal(updated.status, 'UPDATE_COMPLETE', updated.reason);
    assert.equal(updated.resources.Doc.physicalId, s.resources.Doc.physicalId, 'a documentation part is updated in place');
    const part = await t.client.send(new GetDocumentationPartCommand({ restApiId: api, documentationPartId: s.resources.Doc.physicalId }));
    assert.equal(part.properties, '{"description": "two"}');

    await t.app.stacks.delete('types');
    assert.equal((await viaHost(t.app.url, 'api.example.test', '/v1/ping')).status, 404, 'the domain is gone');
    assert.deepEqual((await lambda.send(new ListLayerVersionsCommand({ LayerName: 'shared' }))).LayerVersions, []);
  });
});
