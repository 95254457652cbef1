/**
 * Lambda functions through the unmodified SDK v3: CreateFunction's defaults (recorded against AWS in
 * test_lambda_api.snapshot.json in localstack/localstack, TestLambdaFunction::test_function_lifecycle),
 * GetFunction, GetFunctionConfiguration, ListFunctions, DeleteFunction, and the refusals that store nothing.
 */
import {
  CreateFunctionCommand,
  DeleteFunctionCommand,
  GetFunctionCommand,
  GetFunctionConfigurationCommand,
  ListFunctionsCommand,
  type CreateFunctionCommandInput,
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

const create = (FunctionName: string, input: Partial<CreateFunctionCommandInput> = {}) =>
  lambda.send(
    new CreateFunctionCommand({ FunctionName, Role: ROLE, Runtime: 'nodejs20.x', Handler: 'index.handler', Code: { ZipFile: NODE_HANDLER }, ...input }),
  );
const ARN = functionArn;
const names = async () => ((await lambda.send(new ListFunctionsCommand({}))).Functions ?? []).map((f) => f.FunctionName);

describe('CreateFunction', () => {
  it("answers 201 with Lambda's defaults, State Pending while it creates; reads Active, Successful", async () => {
    const res = await create('defaults');
    assert.equal(res.$metadata.httpStatusCode, 201);
    assert.equal(res.State, 'Pending');
    assert.equal(res.StateReason, 'The function is being created.');
    assert.equal(res.StateReasonCode, 'Creating');
    assert.equal(res.LastUpdateStatus, undefined);
    const c = await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'defaults' }));
    assert.match(c.LastModified!, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);
    assert.match(c.RevisionId!, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.match(c.RuntimeVersionConfig!.RuntimeVersionArn!, /^arn:aws:lambda:us-east-1::runtime:[0-9a-f]{64}$/);
    const { $metadata: _m, LastModified: _l, RevisionId: _r, RuntimeVersionConfig: _v, ...rest } = c;
    assert.deepEqual(rest, {
      FunctionName: 'defaults',
      FunctionArn: ARN('defaults'),
      Runtime: 'nodejs20.x',
      Role: ROLE,
      Handler: 'index.handler',
      CodeSize: NODE_HANDLER.length,
      Description: '',
      Timeout: 3,
      MemorySize: 128,
      CodeSha256: codeSha256(NODE_HANDLER),
      Version: '$LATEST',
      Environment: { Variables: {} },
      TracingConfig: { Mode: 'PassThrough' },
      State: 'Active',
      LastUpdateStatus: 'Successful',
      PackageType: 'Zip',
      Architectures: ['x86_64'],
      EphemeralStorage: { Size: 512 },
      SnapStart: { ApplyOn: 'None', OptimizationStatus: 'Off' },
      LoggingConfig: { LogFormat: 'Text', LogGroup: '/aws/lambda/defaults' },
    });
  });

  it('keeps what it is given: timeout, memory, environment, description, architecture, tags', async () => {
    await create('given', {
      Timeout: 30,
      MemorySize: 512,
      Description: 'd',
      Environment: { Variables: { A: '1' } },
      Architectures: ['arm64'],
      Tags: { team: 'core' },
    });
    const f = await lambda.send(new GetFunctionCommand({ FunctionName: ARN('given') }));
    assert.equal(f.Configuration!.Timeout, 30);
    assert.equal(f.Configuration!.MemorySize, 512);
    assert.equal(f.Configuration!.Description, 'd');
    assert.deepEqual(f.Configuration!.Environment, { Variables: { A: '1' } });
    assert.deepEqual(f.Configuration!.Architectures, ['arm64']);
    assert.deepEqual(f.Tags, { team: 'core' });
    assert.equal(f.Code!.RepositoryType, 'S3');
  });

  it('refuses a second function of the same name: 409 ResourceConflictException', async () => {
    await create('twice');
    assert.deepEqual(await sdkError(create('twice')), { name: 'ResourceConflictException', message: 'Function already exist: twice', status: 409 });
  });

  it('accepts a hot-reload directory (S3Bucket hot-reload, S3Key absolute) and refuses a relative one', async () => {
    const res = await create('hot', { Code: { S3Bucket: 'hot-reload', S3Key: '/tmp/some/dir' } });
    assert.equal(res.CodeSha256, 'hot-reloading-hash-not-available');
    const f = await lambda.send(new GetFunctionCommand({ FunctionName: 'hot' }));
    assert.equal(f.Code!.Location, 'file:///tmp/some/dir');
    const err = await sdkError(create('hot-rel', { Code: { S3Bucket: 'hot-reload', S3Key: 'rel/dir' } }));
    assert.equal(err.name, 'InvalidParameterValueException');
  });
});

describe('refusals store nothing', () => {
  const refused = async (name: string, input: Partial<CreateFunctionCommandInput>) => {
    const err = await sdkError(create(name, input));
    assert.ok(!(await names()).includes(name), `${name} was stored`);
    return err;
  };

  it('a corrupt zip: Could not unzip uploaded file', async () => {
    assert.deepEqual(await refused('corrupt', { Code: { ZipFile: Buffer.from('not a zip at all') } }), {
      name: 'InvalidParameterValueException',
      message: 'Could not unzip uploaded file. Please check your file, then try to upload again.',
      status: 400,
    });
  });

  it('a zip whose entry escapes the code directory (zip-slip)', async () => {
    const err = await refused('slip', { Code: { ZipFile: zipOf({ '../../escape.js': 'x' }) } });
    assert.equal(err.message, 'Could not unzip uploaded file. Please check your file, then try to upload again.');
  });

  it('a zip over 250 MB unzipped', async () => {
    const zip = zipOf({ 'big.bin': 'x' });
    // The central directory's uncompressed size (offset 24 of its entry) claims 300 MB.
    const cd = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(300 * 1024 * 1024, cd + 24);
    assert.deepEqual(await refused('big', { Code: { ZipFile: zip } }), {
      name: 'InvalidParameterValueException',
      message: 'Unzipped size must be smaller than 262144000 bytes',
      status: 400,
    });
  });

  it("a runtime Lambda does not know, and one it retired (Lambda's texts)", async () => {
    const unknown = await refused('rt', { Runtime: 'non-existent-runtime' as never });
    assert.equal(unknown.name, 'InvalidParameterValueException');
    assert.match(
      unknown.message,
      /^Value non-existent-runtime at 'runtime' failed to satisfy constraint: Member must satisfy enum value set: \[nodejs20\.x, python3\.14, .*\] or be a valid ARN$/,
    );
    const retired = await refused('rt2', { Runtime: 'python3.7' });
    assert.equal(
      retired.message,
      'The runtime parameter of python3.7 is no longer supported for creating or updating AWS Lambda functions. We recommend you use a supported runtime while creating or updating functions.',
    );
  });

  it('a role that is not a role ARN: ValidationException', async () => {
    assert.deepEqual(await refused('role', { Role: 'r1' }), {
      name: 'ValidationException',
      message:
        "1 validation error detected: Value 'r1' at 'role' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+",
      status: 400,
    });
  });

  it('two architectures, a container image, an S3 bucket Tollgate does not have', async () => {
    const two = await refused('arch', { Architectures: ['x86_64', 'arm64'] });
    assert.equal(
      two.message,
      "1 validation error detected: Value '[x86_64, arm64]' at 'architectures' failed to satisfy constraint: Member must have length less than or equal to 1",
    );
    assert.equal((await refused('image', { Code: { ImageUri: '123.dkr.ecr.us-east-1.amazonaws.com/x:latest' } })).name, 'InvalidParameterValueException');
    const s3 = await refused('s3', { Code: { S3Bucket: 'bucket', S3Key: 'k.zip' } });
    assert.equal(s3.message, 'Error occurred while GetObject. S3 Error Code: NoSuchBucket. S3 Error Message: The specified bucket does not exist');
  });

  it('a timeout out of range', async () => {
    const err = await refused('timeout', { Timeout: 901 });
    assert.equal(
      err.message,
      "1 validation error detected: Value '901' at 'timeout' failed to satisfy constraint: Member must have value less than or equal to 900",
    );
  });
});

describe('GetFunction and names', () => {
  it('finds a function by name, partial ARN and ARN; 404 names the unqualified ARN', async () => {
    await create('named');
    for (const n of ['named', '000000000000:function:named', ARN('named')]) {
      assert.equal((await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: n }))).FunctionName, 'named');
    }
    assert.deepEqual(await sdkError(lambda.send(new GetFunctionCommand({ FunctionName: 'nope' }))), {
      name: 'ResourceNotFoundException',
      message: `Function not found: ${ARN('nope')}`,
      status: 404,
    });
  });

  it("answers the recorded texts for another region's ARN and a qualifier mismatch", async () => {
    const other = await sdkError(lambda.send(new GetFunctionCommand({ FunctionName: 'arn:aws:lambda:ap-southeast-1:000000000000:function:named' })));
    assert.deepEqual(other, {
      name: 'ResourceNotFoundException',
      message: "Functions from 'ap-southeast-1' are not reachable in this region ('us-east-1')",
      status: 404,
    });
    const mismatch = await sdkError(lambda.send(new GetFunctionCommand({ FunctionName: 'named:1', Qualifier: '2' })));
    assert.equal(mismatch.message, 'The derived qualifier from the function name does not match the specified qualifier.');
  });
});

describe('ListFunctions', () => {
  it('pages with MaxItems and NextMarker', async () => {
    for (const n of ['page-a', 'page-b', 'page-c']) await create(n);
    const seen: string[] = [];
    let Marker: string | undefined;
    do {
      const res = await lambda.send(new ListFunctionsCommand({ MaxItems: 2, Marker }));
      assert.ok(res.Functions!.length <= 2);
      seen.push(...res.Functions!.map((f) => f.FunctionName!));
      Marker = res.NextMarker;
    } while (Marker);
    assert.deepEqual(seen, [...seen].sort());
    for (const n of ['page-a', 'page-b', 'page-c']) assert.ok(seen.includes(n));
    assert.equal(new Set(seen).size, seen.length);
  });
});

describe('DeleteFunction', () => {
  it('answers 204, then the function is gone', async () => {
    await create('gone');
    const res = await lambda.send(new DeleteFunctionCommand({ FunctionName: 'gone' }));
    assert.equal(res.$metadata.httpStatusCode, 204);
    assert.equal((await sdkError(lambda.send(new GetFunctionCommand({ FunctionName: 'gone' })))).status, 404);
    assert.equal((await sdkError(lambda.send(new DeleteFunctionCommand({ FunctionName: 'gone' })))).status, 404);
  });

  it('refuses $LATEST and aliases as qualifiers', async () => {
    await create('keep');
    const latest = await sdkError(lambda.send(new DeleteFunctionCommand({ FunctionName: 'keep', Qualifier: '$LATEST' })));
    assert.equal(latest.message, '$LATEST version cannot be deleted without deleting the function.');
    const alias = await sdkError(lambda.send(new DeleteFunctionCommand({ FunctionName: 'keep', Qualifier: 'live' })));
    assert.equal(alias.message, 'Deletion of aliases is not currently supported.');
  });
});
