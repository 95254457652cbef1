/**
 * Functions in a stack: a function whose code is a local directory (hot-reload) or a local .zip, behind
 * an AWS_PROXY method, invoked over HTTP through its resource policy (AWS::Lambda::Permission); a role
 * (inert IAM) giving its ARN; a code-only change updates the function and nothing else; the stack
 * survives a restart of the server.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { GetFunctionCommand, ListVersionsByFunctionCommand, GetAliasCommand } from '@aws-sdk/client-lambda';
import { startApp } from '../../../src/app.js';
import { loadConfig } from '../../../src/config/options.js';
import { pino } from 'pino';
import { lambdaClient, zipOf } from '../../helpers/lambda.js';
import { startTollgate, type TestServer } from '../../helpers/tollgate.js';
import { invoke } from './templates.js';

const handler = (greeting: string) =>
  `export const handler = async (event) => ({ statusCode: 200, body: JSON.stringify({ greeting: '${greeting}', path: event.path }) });\n`;

function functionApi(code: Record<string, unknown>) {
  return {
    Resources: {
      Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: {} } },
      Fn: {
        Type: 'AWS::Lambda::Function',
        Properties: {
          Runtime: 'nodejs20.x',
          Handler: 'index.handler',
          Role: { 'Fn::GetAtt': ['Role', 'Arn'] },
          Code: code,
          Environment: { Variables: { MODE: 'test' } },
        },
      },
      Logs: { Type: 'AWS::Logs::LogGroup', Properties: { LogGroupName: { 'Fn::Sub': '/aws/lambda/${Fn}' } } },
      Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'fn-api' } },
      Proxy: {
        Type: 'AWS::ApiGateway::Resource',
        Properties: { RestApiId: { Ref: 'Api' }, ParentId: { 'Fn::GetAtt': ['Api', 'RootResourceId'] }, PathPart: '{proxy+}' },
      },
      Any: {
        Type: 'AWS::ApiGateway::Method',
        Properties: {
          RestApiId: { Ref: 'Api' },
          ResourceId: { Ref: 'Proxy' },
          HttpMethod: 'ANY',
          AuthorizationType: 'NONE',
          Integration: {
            Type: 'AWS_PROXY',
            IntegrationHttpMethod: 'POST',
            Uri: { 'Fn::Sub': 'arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations' },
          },
        },
      },
      Invoke: {
        Type: 'AWS::Lambda::Permission',
        Properties: {
          FunctionName: { Ref: 'Fn' },
          Action: 'lambda:InvokeFunction',
          Principal: 'apigateway.amazonaws.com',
          SourceArn: { 'Fn::Sub': 'arn:aws:execute-api:${AWS::Region}:${AWS::AccountId}:${Api}/*' },
        },
      },
      Deployment: { Type: 'AWS::ApiGateway::Deployment', DependsOn: 'Any', Properties: { RestApiId: { Ref: 'Api' }, StageName: 'live' } },
      Version: { Type: 'AWS::Lambda::Version', Properties: { FunctionName: { Ref: 'Fn' } } },
      Alias: {
        Type: 'AWS::Lambda::Alias',
        Properties: { FunctionName: { Ref: 'Fn' }, Name: 'current', FunctionVersion: { 'Fn::GetAtt': ['Version', 'Version'] } },
      },
    },
    Outputs: { RoleArn: { Value: { 'Fn::GetAtt': ['Role', 'Arn'] } }, LogGroupArn: { Value: { 'Fn::GetAtt': ['Logs', 'Arn'] } } },
  };
}

describe('stacks: functions', () => {
  let t: TestServer;
  let dir: string;
  before(async () => {
    t = await startTollgate();
    dir = mkdtempSync(join(tmpdir(), 'tollgate-stack-code-'));
  });
  after(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a directory of code behind AWS_PROXY serves; an edit of the directory is served without a deploy', async () => {
    const code = join(dir, 'hello');
    mkdirSync(code);
    writeFileSync(join(code, 'index.mjs'), handler('hello'));
    const s = await t.app.stacks.deploy({ stackName: 'fn-dir', template: functionApi({ S3Bucket: 'hot-reload', S3Key: code }) });
    assert.equal(s.status, 'CREATE_COMPLETE', s.reason);
    assert.match(s.resources.Fn.physicalId, /^fn-dir-Fn-[A-Z0-9X]{12}$/);
    assert.match(s.outputs.find((o) => o.key === 'RoleArn')!.value, /^arn:aws:iam::000000000000:role\/fn-dir-Role-[0-9A-F]{12}$/);
    assert.equal(
      s.outputs.find((o) => o.key === 'LogGroupArn')!.value,
      `arn:aws:logs:us-east-1:000000000000:log-group:/aws/lambda/${s.resources.Fn.physicalId}:*`,
    );
    const apiId = s.resources.Api.physicalId;
    let res = await fetch(invoke(t.app.url, apiId, 'live', '/a/b'));
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { greeting: 'hello', path: '/a/b' });
    const alias = await lambdaClient(t.app.adminUrl).send(new GetAliasCommand({ FunctionName: s.resources.Fn.physicalId, Name: 'current' }));
    assert.equal(alias.FunctionVersion, '1');
    writeFileSync(join(code, 'index.mjs'), handler('edited'));
    res = await fetch(invoke(t.app.url, apiId, 'live', '/a'));
    assert.deepEqual(await res.json(), { greeting: 'edited', path: '/a' });
    await t.app.stacks.delete('fn-dir');
    const versions = await lambdaClient(t.app.adminUrl)
      .send(new ListVersionsByFunctionCommand({ FunctionName: s.resources.Fn.physicalId }))
      .catch((e: Error) => e.name);
    assert.equal(versions, 'ResourceNotFoundException');
  });

  it('a .zip file: uploaded as the function code; a rebuilt archive under the same path updates the function code only', async () => {
    const zip = join(dir, 'fn.zip');
    writeFileSync(zip, zipOf({ 'index.mjs': handler('zip-1') }));
    const template = functionApi({ S3Bucket: 'hot-reload', S3Key: zip });
    const s1 = await t.app.stacks.deploy({ stackName: 'fn-zip', template });
    assert.equal(s1.status, 'CREATE_COMPLETE', s1.reason);
    const apiId = s1.resources.Api.physicalId;
    const fn = await lambdaClient(t.app.adminUrl).send(new GetFunctionCommand({ FunctionName: s1.resources.Fn.physicalId }));
    assert.notEqual(fn.Configuration?.CodeSha256, 'hot-reloading-hash-not-available');
    assert.deepEqual(await (await fetch(invoke(t.app.url, apiId, 'live', '/x'))).json(), { greeting: 'zip-1', path: '/x' });

    writeFileSync(zip, zipOf({ 'index.mjs': handler('zip-2') }));
    const s2 = await t.app.stacks.deploy({ stackName: 'fn-zip', template });
    assert.equal(s2.status, 'UPDATE_COMPLETE', s2.reason);
    const changed = s2.events
      .slice(s1.events.length)
      .filter((e) => e.type !== 'AWS::CloudFormation::Stack' && (e.status === 'UPDATE_COMPLETE' || e.status === 'CREATE_COMPLETE'))
      .map((e) => e.logicalId);
    assert.deepEqual(changed, ['Fn'], 'only the function changed');
    assert.equal(s2.resources.Deployment.physicalId, s1.resources.Deployment.physicalId);
    assert.deepEqual(await (await fetch(invoke(t.app.url, apiId, 'live', '/x'))).json(), { greeting: 'zip-2', path: '/x' });
  });

  it('stacks survive a restart of the server, and are redeployed in place after it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tollgate-stack-restart-'));
    const start = () => startApp(loadConfig(['--port', '0', '--data-dir', dataDir, '--sync', 'NORMAL']), pino({ level: 'silent' }));
    try {
      let app = await start();
      const code = join(dir, 'restart');
      mkdirSync(code);
      writeFileSync(join(code, 'index.mjs'), handler('before'));
      const s1 = await app.stacks.deploy({ stackName: 'durable', template: functionApi({ S3Bucket: 'hot-reload', S3Key: code }) });
      assert.equal(s1.status, 'CREATE_COMPLETE', s1.reason);
      await app.close();
      app = await start();
      const back = await app.stacks.describe('durable');
      assert.deepEqual(back.resources, s1.resources);
      assert.deepEqual(back.outputs, s1.outputs);
      assert.deepEqual(await (await fetch(invoke(app.url, s1.resources.Api.physicalId, 'live', '/r'))).json(), { greeting: 'before', path: '/r' });
      const s2 = await app.stacks.deploy({ stackName: 'durable', template: functionApi({ S3Bucket: 'hot-reload', S3Key: code }) });
      assert.equal(s2.resources.Api.physicalId, s1.resources.Api.physicalId);
      await app.stacks.delete('durable');
      await app.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
