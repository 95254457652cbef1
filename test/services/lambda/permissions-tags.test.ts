/**
 * Resource policies, reserved concurrency and tags through the SDK, with Lambda's policy document and texts
 * (test_lambda_api.snapshot.json in localstack/localstack, TestLambdaPermissions, TestLambdaConcurrency,
 * TestLambdaTag).
 */
import {
  AddPermissionCommand,
  CreateFunctionCommand,
  DeleteFunctionConcurrencyCommand,
  GetFunctionCommand,
  GetFunctionConcurrencyCommand,
  GetPolicyCommand,
  ListTagsCommand,
  PublishVersionCommand,
  PutFunctionConcurrencyCommand,
  RemovePermissionCommand,
  TagResourceCommand,
  UntagResourceCommand,
  type LambdaClient,
} from '@aws-sdk/client-lambda';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { functionArn, lambdaServerForFile, NODE_HANDLER, ROLE } from '../../helpers/lambda.js';
import { sdkError } from '../../helpers/tollgate.js';

let lambda: LambdaClient;
lambdaServerForFile((_server, client) => {
  lambda = client;
});

const ARN = functionArn;
const create = (FunctionName: string) =>
  lambda.send(new CreateFunctionCommand({ FunctionName, Role: ROLE, Runtime: 'nodejs20.x', Handler: 'index.handler', Code: { ZipFile: NODE_HANDLER } }));
const API_SOURCE = 'arn:aws:execute-api:us-east-1:000000000000:abc123/*/GET/pets';

describe('AddPermission / GetPolicy / RemovePermission', () => {
  it('writes the policy as Lambda writes it, per function and per version', async () => {
    await create('pol');
    const added = await lambda.send(
      new AddPermissionCommand({
        FunctionName: 'pol',
        StatementId: 'apigw',
        Action: 'lambda:InvokeFunction',
        Principal: 'apigateway.amazonaws.com',
        SourceArn: API_SOURCE,
      }),
    );
    assert.equal(added.$metadata.httpStatusCode, 201);
    const statement = {
      Sid: 'apigw',
      Effect: 'Allow',
      Principal: { Service: 'apigateway.amazonaws.com' },
      Action: 'lambda:InvokeFunction',
      Resource: ARN('pol'),
      Condition: { ArnLike: { 'AWS:SourceArn': API_SOURCE } },
    };
    assert.deepEqual(JSON.parse(added.Statement!), statement);
    await lambda.send(new AddPermissionCommand({ FunctionName: 'pol', StatementId: 'acct', Action: 'lambda:GetFunction', Principal: '111122223333' }));
    const policy = await lambda.send(new GetPolicyCommand({ FunctionName: 'pol' }));
    assert.match(policy.RevisionId!, /^[0-9a-f-]{36}$/);
    assert.deepEqual(JSON.parse(policy.Policy!), {
      Version: '2012-10-17',
      Id: 'default',
      Statement: [
        statement,
        { Sid: 'acct', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'lambda:GetFunction', Resource: ARN('pol') },
      ],
    });
    await lambda.send(new PublishVersionCommand({ FunctionName: 'pol' }));
    await lambda.send(new AddPermissionCommand({ FunctionName: 'pol', Qualifier: '1', StatementId: 'apigw', Action: 'lambda:InvokeFunction', Principal: '*' }));
    const v1 = JSON.parse((await lambda.send(new GetPolicyCommand({ FunctionName: 'pol', Qualifier: '1' }))).Policy!);
    assert.deepEqual(v1.Statement, [{ Sid: 'apigw', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction', Resource: ARN('pol', '1') }]);
    assert.equal((await lambda.send(new RemovePermissionCommand({ FunctionName: 'pol', StatementId: 'acct' }))).$metadata.httpStatusCode, 204);
    assert.equal(JSON.parse((await lambda.send(new GetPolicyCommand({ FunctionName: 'pol' }))).Policy!).Statement.length, 1);
  });

  it("answers Lambda's texts", async () => {
    await create('pol2');
    const add = (StatementId: string, extra: Record<string, string> = {}) =>
      lambda.send(new AddPermissionCommand({ FunctionName: 'pol2', StatementId, Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com', ...extra }));
    assert.deepEqual(await sdkError(lambda.send(new GetPolicyCommand({ FunctionName: 'pol2' }))), {
      name: 'ResourceNotFoundException',
      message: 'No policy is associated with the given resource.',
      status: 404,
    });
    await add('s1');
    assert.deepEqual(await sdkError(add('s1')), {
      name: 'ResourceConflictException',
      message: 'The statement id (s1) provided already exists. Please provide a new statement id, or remove the existing statement.',
      status: 409,
    });
    assert.equal((await sdkError(add('s2', { Qualifier: '$LATEST' }))).message, 'We currently do not support adding policies for $LATEST.');
    assert.equal((await sdkError(add('s3', { RevisionId: 'stale' }))).name, 'PreconditionFailedException');
    assert.equal(
      (await sdkError(add('s4', { Principal: 'not a principal' }))).message,
      'The provided principal was invalid. Please check the principal and try again.',
    );
    const missing = await sdkError(lambda.send(new RemovePermissionCommand({ FunctionName: 'pol2', StatementId: 'doesnotexist' })));
    assert.deepEqual(missing, { name: 'ResourceNotFoundException', message: 'Statement doesnotexist is not found in resource policy.', status: 404 });
  });
});

describe('reserved concurrency', () => {
  it('put, get (also in GetFunction), delete', async () => {
    await create('conc');
    assert.deepEqual((await lambda.send(new GetFunctionConcurrencyCommand({ FunctionName: 'conc' }))).ReservedConcurrentExecutions, undefined);
    const put = await lambda.send(new PutFunctionConcurrencyCommand({ FunctionName: 'conc', ReservedConcurrentExecutions: 5 }));
    assert.equal(put.ReservedConcurrentExecutions, 5);
    assert.equal((await lambda.send(new GetFunctionConcurrencyCommand({ FunctionName: 'conc' }))).ReservedConcurrentExecutions, 5);
    assert.deepEqual((await lambda.send(new GetFunctionCommand({ FunctionName: 'conc' }))).Concurrency, { ReservedConcurrentExecutions: 5 });
    assert.equal((await lambda.send(new DeleteFunctionConcurrencyCommand({ FunctionName: 'conc' }))).$metadata.httpStatusCode, 204);
    assert.equal((await lambda.send(new GetFunctionConcurrencyCommand({ FunctionName: 'conc' }))).ReservedConcurrentExecutions, undefined);
  });

  it("keeps 100 of the account's 1,000 unreserved, and refuses versions (recorded texts)", async () => {
    await create('conc2');
    const err = await sdkError(lambda.send(new PutFunctionConcurrencyCommand({ FunctionName: 'conc2', ReservedConcurrentExecutions: 901 })));
    assert.equal(
      err.message,
      "Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [100].",
    );
    const q = await sdkError(lambda.send(new PutFunctionConcurrencyCommand({ FunctionName: 'conc2:1', ReservedConcurrentExecutions: 1 })));
    assert.equal(q.name, 'InvalidParameterValueException');
  });
});

describe('tags', () => {
  it('tag, list, untag by the function ARN; versions refused', async () => {
    await create('tagged');
    assert.equal((await lambda.send(new TagResourceCommand({ Resource: ARN('tagged'), Tags: { a: '1', b: '2' } }))).$metadata.httpStatusCode, 204);
    assert.deepEqual((await lambda.send(new ListTagsCommand({ Resource: ARN('tagged') }))).Tags, { a: '1', b: '2' });
    await lambda.send(new UntagResourceCommand({ Resource: ARN('tagged'), TagKeys: ['a'] }));
    assert.deepEqual((await lambda.send(new ListTagsCommand({ Resource: ARN('tagged') }))).Tags, { b: '2' });
    const v = await sdkError(lambda.send(new TagResourceCommand({ Resource: ARN('tagged', '1'), Tags: { c: '3' } })));
    assert.equal(v.message, 'Tags on function aliases and versions are not supported. Please specify a function ARN.');
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, 'v']));
    assert.equal(
      (await sdkError(lambda.send(new TagResourceCommand({ Resource: ARN('tagged'), Tags: many })))).message,
      'Number of tags exceeds resource tag limit.',
    );
    assert.equal((await sdkError(lambda.send(new ListTagsCommand({ Resource: ARN('nope') })))).status, 404);
  });
});
