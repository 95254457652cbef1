/**
 * Lambda reads code from Tollgate's S3 (issue 19): CreateFunction, UpdateFunctionCode and PublishLayerVersion with
 * S3Bucket/S3Key take the object's bytes (CodeSha256 the zip's), the function runs them; a missing key and a
 * missing bucket answer Lambda's recorded texts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CreateFunctionCommand, InvokeCommand, PublishLayerVersionCommand, UpdateFunctionCodeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import { s3Request } from '../../helpers/s3.js';
import { codeSha256, lambdaServerForFile, ROLE, zipOf } from '../../helpers/lambda.js';
import { sdkError, type TestServer } from '../../helpers/tollgate.js';

let t: TestServer;
let lambda: LambdaClient;
lambdaServerForFile((server, client) => {
  t = server;
  lambda = client;
});

const zip1 = zipOf({ 'index.mjs': "export const handler = async () => ({ from: 's3', v: 1 });\n" });
const zip2 = zipOf({ 'index.mjs': "export const handler = async () => ({ from: 's3', v: 2 });\n" });

const put = async (path: string, body?: Buffer): Promise<void> => assert.equal((await s3Request(t.app.adminUrl, 'PUT', path, body)).status, 200);
const invoke = async (name: string): Promise<unknown> =>
  JSON.parse(Buffer.from((await lambda.send(new InvokeCommand({ FunctionName: name }))).Payload!).toString());

describe('Lambda code from S3', () => {
  it('creates a function from an object, updates it from another, and runs each', async () => {
    await put('/lambda-code');
    await put('/lambda-code/fn/v1.zip', zip1);
    await put('/lambda-code/fn/v2.zip', zip2);
    const created = await lambda.send(
      new CreateFunctionCommand({
        FunctionName: 'from-s3',
        Runtime: 'nodejs22.x',
        Role: ROLE,
        Handler: 'index.handler',
        Code: { S3Bucket: 'lambda-code', S3Key: 'fn/v1.zip' },
      }),
    );
    assert.equal(created.CodeSha256, codeSha256(zip1));
    assert.equal(created.CodeSize, zip1.length);
    assert.deepEqual(await invoke('from-s3'), { from: 's3', v: 1 });
    const updated = await lambda.send(new UpdateFunctionCodeCommand({ FunctionName: 'from-s3', S3Bucket: 'lambda-code', S3Key: 'fn/v2.zip' }));
    assert.equal(updated.CodeSha256, codeSha256(zip2));
    for (let i = 0; i < 50; i++) {
      const got = (await invoke('from-s3')) as { v: number };
      if (got.v === 2) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.deepEqual(await invoke('from-s3'), { from: 's3', v: 2 });
    const layer = await lambda.send(new PublishLayerVersionCommand({ LayerName: 'from-s3', Content: { S3Bucket: 'lambda-code', S3Key: 'fn/v1.zip' } }));
    assert.equal(layer.Content?.CodeSha256, codeSha256(zip1));
  });

  it('answers a missing key and a missing bucket as Lambda does', async () => {
    const create = (S3Bucket: string, S3Key: string) =>
      lambda.send(
        new CreateFunctionCommand({ FunctionName: 'missing', Runtime: 'nodejs22.x', Role: ROLE, Handler: 'index.handler', Code: { S3Bucket, S3Key } }),
      );
    assert.deepEqual(await sdkError(create('lambda-code', 'nope.zip')), {
      name: 'InvalidParameterValueException',
      message: 'Error occurred while GetObject. S3 Error Code: NoSuchKey. S3 Error Message: The specified key does not exist.',
      status: 400,
    });
    assert.deepEqual(await sdkError(create('no-such-bucket-x', 'a.zip')), {
      name: 'InvalidParameterValueException',
      message: 'Error occurred while GetObject. S3 Error Code: NoSuchBucket. S3 Error Message: The specified bucket does not exist',
      status: 400,
    });
  });
});
