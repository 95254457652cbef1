/**
 * `tollgate serve --stack PATH` as a user runs it: the real process, a YAML template with short-form tags,
 * deployed at start, redeployed when the template changes (the API serves the edit at the same URL) and
 * when only the code changes (the function's code alone is updated: the API's deployment stays).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { GetStagesCommand } from '@aws-sdk/client-api-gateway';
import { zipOf } from '../../helpers/lambda.js';
import { freePort, killAll, spawnTollgate, type ServerProcess } from '../../helpers/process.js';
import { sdkClient } from '../../helpers/tollgate.js';

const template = (mock: string) => `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Greeting: { Type: String, Default: hi }
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties: { AssumeRolePolicyDocument: {} }
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs20.x
      Handler: index.handler
      Role: !GetAtt Role.Arn
      Code: ./fn.zip
      Environment: { Variables: { GREETING: !Ref Greeting } }
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: !Sub '\${AWS::StackName}-api' }
  Fixed:
    Type: AWS::ApiGateway::Resource
    Properties: { RestApiId: !Ref Api, ParentId: !GetAtt Api.RootResourceId, PathPart: fixed }
  FixedGet:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !Ref Fixed
      HttpMethod: GET
      AuthorizationType: NONE
      Integration:
        Type: MOCK
        RequestTemplates: { application/json: '{"statusCode": 200}' }
        IntegrationResponses: [{ StatusCode: '200', ResponseTemplates: { application/json: '${mock}' } }]
      MethodResponses: [{ StatusCode: '200' }]
  Fun:
    Type: AWS::ApiGateway::Resource
    Properties: { RestApiId: !Ref Api, ParentId: !GetAtt Api.RootResourceId, PathPart: fn }
  FunGet:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !Ref Fun
      HttpMethod: GET
      AuthorizationType: NONE
      Integration:
        Type: AWS_PROXY
        IntegrationHttpMethod: POST
        Uri: !Sub 'arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Fn.Arn}/invocations'
  Invoke:
    Type: AWS::Lambda::Permission
    Properties:
      FunctionName: !Ref Fn
      Action: lambda:InvokeFunction
      Principal: apigateway.amazonaws.com
      SourceArn: !Sub 'arn:aws:execute-api:\${AWS::Region}:\${AWS::AccountId}:\${Api}/*'
  Deployment:
    Type: AWS::ApiGateway::Deployment
    DependsOn: [FixedGet, FunGet]
    Properties: { RestApiId: !Ref Api, StageName: v1 }
Outputs:
  ApiId: { Value: !Ref Api }
`;

const fnZip = (version: string) =>
  zipOf({
    'index.mjs': `export const handler = async () => ({ statusCode: 200, body: JSON.stringify({ code: '${version}', greeting: process.env.GREETING }) });\n`,
  });

describe('tollgate serve --stack', () => {
  let dir: string;
  let server: ServerProcess;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tollgate-serve-stack-'));
    writeFileSync(join(dir, 'fn.zip'), fnZip('one'));
    writeFileSync(join(dir, 'template.yaml'), template('{"fixed": 1}'));
    server = await spawnTollgate({
      port: await freePort(),
      args: ['--memory', '--log-level', 'warn', '--stack', join(dir, 'template.yaml'), '--parameter', 'Greeting=hello'],
    });
  });
  after(async () => {
    await killAll();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The n-th summary the server printed for the stack (a guard against a hang, not a timing check). */
  async function summaryNumber(n: number): Promise<string> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const found = [...server.output().matchAll(/^stack template: [A-Z_]+.*(?:\n {2}.*)*/gm)].map((m) => m[0]);
      if (found.length >= n) return found[n - 1];
      if (Date.now() > deadline) throw new Error(`no summary #${n}:\n${server.output()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it('deploys at start, redeploys on a template edit and on a code-only change, at the same URL', async () => {
    const first = await summaryNumber(1);
    assert.match(first, /^stack template: CREATE_COMPLETE\n/);
    const apiId = /output ApiId = (\w+)/.exec(first)![1];
    const url = `${server.url}/_aws/execute-api/${apiId}/v1/`;
    assert.match(first, new RegExp(`stage v1: ${url.replace(/[/.]/g, '\\$&')}`));
    assert.deepEqual(await (await fetch(`${url}fixed`)).json(), { fixed: 1 });
    assert.deepEqual(await (await fetch(`${url}fn`)).json(), { code: 'one', greeting: 'hello' });
    const stages = () => sdkClient(server.url).send(new GetStagesCommand({ restApiId: apiId }));
    const deployment1 = (await stages()).item![0].deploymentId;

    writeFileSync(join(dir, 'template.yaml'), template('{"fixed": 2}'));
    assert.match(await summaryNumber(2), /^stack template: UPDATE_COMPLETE\n/);
    assert.deepEqual(await (await fetch(`${url}fixed`)).json(), { fixed: 2 }, 'the edit is served at the same URL');
    const deployment2 = (await stages()).item![0].deploymentId;
    assert.notEqual(deployment2, deployment1);

    writeFileSync(join(dir, 'fn.zip'), fnZip('two'));
    assert.match(await summaryNumber(3), /^stack template: UPDATE_COMPLETE\n/);
    assert.deepEqual(await (await fetch(`${url}fn`)).json(), { code: 'two', greeting: 'hello' });
    assert.equal((await stages()).item![0].deploymentId, deployment2, 'a code-only change leaves the API as it is');
  });
});
