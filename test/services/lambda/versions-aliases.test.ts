/**
 * Versions and aliases through the SDK: PublishVersion freezes $LATEST (and answers the last version when
 * nothing changed), ListVersionsByFunction, qualified reads, RevisionId preconditions; aliases with
 * routing, and the recorded texts (test_lambda_api.snapshot.json in localstack/localstack, TestLambdaVersions,
 * TestLambdaAlias).
 */
import {
  CreateAliasCommand,
  CreateFunctionCommand,
  DeleteAliasCommand,
  DeleteFunctionCommand,
  GetAliasCommand,
  GetFunctionConfigurationCommand,
  ListAliasesCommand,
  ListVersionsByFunctionCommand,
  PublishVersionCommand,
  UpdateAliasCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
  type LambdaClient,
} from '@aws-sdk/client-lambda';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeSha256, functionArn, lambdaServerForFile, NODE_HANDLER, ROLE, zipOf } from '../../helpers/lambda.js';
import { sdkError } from '../../helpers/tollgate.js';

let lambda: LambdaClient;
lambdaServerForFile((_server, client) => {
  lambda = client;
});

const ARN = functionArn;
const create = (FunctionName: string) =>
  lambda.send(new CreateFunctionCommand({ FunctionName, Role: ROLE, Runtime: 'nodejs20.x', Handler: 'index.handler', Code: { ZipFile: NODE_HANDLER } }));
const V2 = zipOf({ 'index.mjs': 'export const handler = async () => 2;\n' });

describe('UpdateFunctionCode / UpdateFunctionConfiguration', () => {
  it('answer InProgress, read Successful, and change the RevisionId each time', async () => {
    const c0 = await create('upd');
    const code = await lambda.send(new UpdateFunctionCodeCommand({ FunctionName: 'upd', ZipFile: V2 }));
    assert.equal(code.LastUpdateStatus, 'InProgress');
    assert.equal(code.CodeSha256, codeSha256(V2));
    assert.equal(code.CodeSize, V2.length);
    const read = await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'upd' }));
    assert.equal(read.LastUpdateStatus, 'Successful');
    assert.notEqual(read.RevisionId, c0.RevisionId);
    const conf = await lambda.send(
      new UpdateFunctionConfigurationCommand({ FunctionName: 'upd', Timeout: 10, Environment: { Variables: { K: 'v' } }, RevisionId: read.RevisionId }),
    );
    assert.equal(conf.Timeout, 10);
    assert.deepEqual(conf.Environment, { Variables: { K: 'v' } });
    assert.notEqual(conf.RevisionId, read.RevisionId);
  });

  it('refuse a stale RevisionId: 412 PreconditionFailedException, nothing changed', async () => {
    const c0 = await create('stale');
    await lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'stale', Description: 'x' }));
    const err = await sdkError(lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'stale', Timeout: 9, RevisionId: c0.RevisionId })));
    assert.deepEqual(err, {
      name: 'PreconditionFailedException',
      message: 'The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id',
      status: 412,
    });
    assert.equal((await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'stale' }))).Timeout, 3);
  });
});

describe('PublishVersion', () => {
  it('numbers versions from 1, freezes them, and answers the last one when $LATEST did not change', async () => {
    await create('ver');
    const v1 = await lambda.send(new PublishVersionCommand({ FunctionName: 'ver', Description: 'first' }));
    assert.equal(v1.$metadata.httpStatusCode, 201);
    assert.equal(v1.Version, '1');
    assert.equal(v1.FunctionArn, ARN('ver', '1'));
    assert.equal(v1.Description, 'first');
    const again = await lambda.send(new PublishVersionCommand({ FunctionName: 'ver' }));
    assert.equal(again.Version, '1');
    await lambda.send(new UpdateFunctionCodeCommand({ FunctionName: 'ver', ZipFile: V2 }));
    const v2 = await lambda.send(new PublishVersionCommand({ FunctionName: 'ver' }));
    assert.equal(v2.Version, '2');
    assert.equal((await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'ver', Qualifier: '1' }))).CodeSha256, codeSha256(NODE_HANDLER));
    assert.equal((await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'ver:2' }))).CodeSha256, codeSha256(V2));
    const list = await lambda.send(new ListVersionsByFunctionCommand({ FunctionName: 'ver' }));
    assert.deepEqual(
      list.Versions!.map((v) => v.Version),
      ['$LATEST', '1', '2'],
    );
    const missing = await sdkError(lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'ver', Qualifier: '10' })));
    assert.deepEqual(missing, { name: 'ResourceNotFoundException', message: `Function not found: ${ARN('ver', '10')}`, status: 404 });
  });

  it("refuses a CodeSha256 that is not $LATEST's (recorded text)", async () => {
    await create('sha');
    const err = await sdkError(lambda.send(new PublishVersionCommand({ FunctionName: 'sha', CodeSha256: 'abc' })));
    assert.equal(
      err.message,
      `CodeSHA256 (abc) is different from current CodeSHA256 in $LATEST (${codeSha256(NODE_HANDLER)}). Please try again with the CodeSHA256 in $LATEST.`,
    );
  });

  it('deletes one version with a Qualifier, and never reuses its number', async () => {
    await create('delv');
    await lambda.send(new PublishVersionCommand({ FunctionName: 'delv' }));
    await lambda.send(new DeleteFunctionCommand({ FunctionName: 'delv', Qualifier: '1' }));
    assert.equal((await sdkError(lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'delv:1' })))).status, 404);
    await lambda.send(new UpdateFunctionCodeCommand({ FunctionName: 'delv', ZipFile: V2 }));
    assert.equal((await lambda.send(new PublishVersionCommand({ FunctionName: 'delv' }))).Version, '2');
  });
});

describe('aliases', () => {
  it('create, read through the alias, route by weight, update with RevisionId, list, delete', async () => {
    await create('al');
    await lambda.send(new PublishVersionCommand({ FunctionName: 'al' }));
    await lambda.send(new UpdateFunctionCodeCommand({ FunctionName: 'al', ZipFile: V2 }));
    await lambda.send(new PublishVersionCommand({ FunctionName: 'al' }));
    const a = await lambda.send(new CreateAliasCommand({ FunctionName: 'al', Name: 'live', FunctionVersion: '1', Description: 'd' }));
    assert.equal(a.$metadata.httpStatusCode, 201);
    const { $metadata: _, RevisionId, ...rest } = a;
    assert.match(RevisionId!, /^[0-9a-f-]{36}$/);
    assert.deepEqual(rest, { AliasArn: ARN('al', 'live'), Name: 'live', FunctionVersion: '1', Description: 'd' });
    assert.equal((await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'al', Qualifier: 'live' }))).Version, '1');
    const routed = await lambda.send(
      new UpdateAliasCommand({ FunctionName: 'al', Name: 'live', RoutingConfig: { AdditionalVersionWeights: { '2': 0.25 } }, RevisionId }),
    );
    assert.deepEqual(routed.RoutingConfig, { AdditionalVersionWeights: { '2': 0.25 } });
    const stale = await sdkError(lambda.send(new UpdateAliasCommand({ FunctionName: 'al', Name: 'live', Description: 'x', RevisionId })));
    assert.equal(stale.name, 'PreconditionFailedException');
    await lambda.send(new CreateAliasCommand({ FunctionName: 'al', Name: 'beta', FunctionVersion: '2' }));
    const list = await lambda.send(new ListAliasesCommand({ FunctionName: 'al' }));
    assert.deepEqual(
      list.Aliases!.map((x) => x.Name),
      ['beta', 'live'],
    );
    assert.deepEqual(
      (await lambda.send(new ListAliasesCommand({ FunctionName: 'al', FunctionVersion: '2' }))).Aliases!.map((x) => x.Name),
      ['beta'],
    );
    assert.equal((await lambda.send(new DeleteAliasCommand({ FunctionName: 'al', Name: 'beta' }))).$metadata.httpStatusCode, 204);
    const gone = await sdkError(lambda.send(new GetAliasCommand({ FunctionName: 'al', Name: 'beta' })));
    assert.deepEqual(gone, { name: 'ResourceNotFoundException', message: `Cannot find alias arn: ${ARN('al', 'beta')}`, status: 404 });
  });

  it("answers Lambda's texts: a taken name, a version that does not exist, routing to itself", async () => {
    await create('al2');
    await lambda.send(new PublishVersionCommand({ FunctionName: 'al2' }));
    await lambda.send(new CreateAliasCommand({ FunctionName: 'al2', Name: 'x', FunctionVersion: '1' }));
    assert.deepEqual(await sdkError(lambda.send(new CreateAliasCommand({ FunctionName: 'al2', Name: 'x', FunctionVersion: '1' }))), {
      name: 'ResourceConflictException',
      message: `Alias already exists: ${ARN('al2', 'x')}`,
      status: 409,
    });
    assert.equal(
      (await sdkError(lambda.send(new CreateAliasCommand({ FunctionName: 'al2', Name: 'y', FunctionVersion: '7' })))).message,
      `Function not found: ${ARN('al2', '7')}`,
    );
    const self = await sdkError(
      lambda.send(new CreateAliasCommand({ FunctionName: 'al2', Name: 'z', FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { '1': 0.5 } } })),
    );
    assert.equal(self.message, 'Invalid function version 1. Function version 1 is already included in routing configuration.');
    const numeric = await sdkError(lambda.send(new CreateAliasCommand({ FunctionName: 'al2', Name: '12', FunctionVersion: '1' })));
    assert.equal(numeric.name, 'ValidationException');
  });
});
