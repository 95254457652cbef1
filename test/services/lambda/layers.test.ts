/**
 * Layers through the SDK: PublishLayerVersion (201, versions from 1, never reused), GetLayerVersion,
 * ListLayerVersions (newest first), DeleteLayerVersion, and the layers a function names (recorded texts:
 * test_lambda_api.snapshot.json in localstack/localstack, TestLambdaLayer).
 */
import {
  CreateFunctionCommand,
  DeleteLayerVersionCommand,
  GetFunctionConfigurationCommand,
  GetLayerVersionCommand,
  ListLayerVersionsCommand,
  PublishLayerVersionCommand,
  type LambdaClient,
} from '@aws-sdk/client-lambda';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { codeSha256, lambdaServerForFile, NODE_HANDLER, ROLE, zipOf } from '../../helpers/lambda.js';
import { sdkError, type TestServer } from '../../helpers/tollgate.js';

let t: TestServer;
let lambda: LambdaClient;
lambdaServerForFile((server, client) => {
  t = server;
  lambda = client;
});

const LAYER = 'arn:aws:lambda:us-east-1:000000000000:layer:shared';
const zip = zipOf({ 'nodejs/node_modules/shared/index.js': 'module.exports = 1;\n' });

describe('layer versions', () => {
  it('publish, get, list newest first, delete; numbers are never reused', async () => {
    const v1 = await lambda.send(
      new PublishLayerVersionCommand({
        LayerName: 'shared',
        Content: { ZipFile: zip },
        Description: 'd',
        CompatibleRuntimes: ['nodejs20.x'],
        LicenseInfo: 'MIT',
      }),
    );
    assert.equal(v1.$metadata.httpStatusCode, 201);
    const { $metadata: _, CreatedDate, ...rest } = v1;
    assert.match(CreatedDate!, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);
    assert.deepEqual(rest, {
      Content: {
        CodeSha256: codeSha256(zip),
        CodeSize: zip.length,
        Location: `${t.app.adminUrl}/_tollgate/lambda/code/us-east-1/${createHash('sha256').update(zip).digest('hex')}.zip`,
      },
      LayerArn: LAYER,
      LayerVersionArn: `${LAYER}:1`,
      Description: 'd',
      Version: 1,
      CompatibleRuntimes: ['nodejs20.x'],
      LicenseInfo: 'MIT',
    });
    const v2 = await lambda.send(new PublishLayerVersionCommand({ LayerName: 'shared', Content: { ZipFile: zip } }));
    assert.equal(v2.Version, 2);
    assert.equal((await lambda.send(new GetLayerVersionCommand({ LayerName: 'shared', VersionNumber: 1 }))).Description, 'd');
    const list = await lambda.send(new ListLayerVersionsCommand({ LayerName: 'shared' }));
    assert.deepEqual(
      list.LayerVersions!.map((v) => v.Version),
      [2, 1],
    );
    assert.equal((await lambda.send(new ListLayerVersionsCommand({ LayerName: 'shared', CompatibleRuntime: 'nodejs20.x' }))).LayerVersions!.length, 1);
    assert.equal((await lambda.send(new DeleteLayerVersionCommand({ LayerName: 'shared', VersionNumber: 2 }))).$metadata.httpStatusCode, 204);
    assert.deepEqual(await sdkError(lambda.send(new GetLayerVersionCommand({ LayerName: 'shared', VersionNumber: 2 }))), {
      name: 'ResourceNotFoundException',
      message: 'The resource you requested does not exist.',
      status: 404,
    });
    assert.equal((await lambda.send(new PublishLayerVersionCommand({ LayerName: 'shared', Content: { ZipFile: zip } }))).Version, 3);
  });

  it('a corrupt layer zip is refused and publishes nothing', async () => {
    const err = await sdkError(lambda.send(new PublishLayerVersionCommand({ LayerName: 'broken', Content: { ZipFile: Buffer.from('nope') } })));
    assert.equal(err.message, 'Could not unzip uploaded file. Please check your file, then try to upload again.');
    assert.deepEqual((await lambda.send(new ListLayerVersionsCommand({ LayerName: 'broken' }))).LayerVersions, []);
  });
});

describe("a function's layers", () => {
  const create = (FunctionName: string, Layers: string[]) =>
    lambda.send(
      new CreateFunctionCommand({ FunctionName, Role: ROLE, Runtime: 'nodejs20.x', Handler: 'index.handler', Code: { ZipFile: NODE_HANDLER }, Layers }),
    );

  it('are listed with their sizes', async () => {
    const v = await lambda.send(new PublishLayerVersionCommand({ LayerName: 'fnlayer', Content: { ZipFile: zip } }));
    await create('with-layer', [v.LayerVersionArn!]);
    const c = await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'with-layer' }));
    assert.deepEqual(c.Layers, [{ Arn: v.LayerVersionArn, CodeSize: zip.length }]);
  });

  it("answer Lambda's texts for a missing version and two versions of one layer", async () => {
    const v1 = await lambda.send(new PublishLayerVersionCommand({ LayerName: 'twice', Content: { ZipFile: zip } }));
    const v2 = await lambda.send(new PublishLayerVersionCommand({ LayerName: 'twice', Content: { ZipFile: zip } }));
    const missing = `arn:aws:lambda:us-east-1:000000000000:layer:twice:9`;
    assert.deepEqual(await sdkError(create('bad-layer', [missing])), {
      name: 'InvalidParameterValueException',
      message: `Layer version ${missing} does not exist.`,
      status: 400,
    });
    const same = await sdkError(create('bad-layer', [v1.LayerVersionArn!, v2.LayerVersionArn!]));
    assert.equal(
      same.message,
      `Two different versions of the same layer are not allowed to be referenced in the same function. ${v1.LayerVersionArn} and ${v2.LayerVersionArn} are versions of the same layer.`,
    );
  });
});
