/**
 * Request body limits per service on the management listener, and where a function's code can be downloaded:
 * - Lambda takes a zip inline up to its 50 MB (a request of up to 69,905,067 bytes, the zip in base64); a larger
 *   request answers 413 RequestEntityTooLargeException "Request must be smaller than 69905067 bytes for the
 *   CreateFunction operation", as AWS answers it (apex/up#222), and nothing is stored;
 * - API Gateway keeps the listener's 10 MiB cap;
 * - GetFunction's Code.Location (RepositoryType S3) is a URL of the management listener that serves the zip, as
 *   Lambda's presigned S3 URL does (API_FunctionCodeLocation.html); GetLayerVersion's Content.Location too.
 */
import { ImportRestApiCommand } from '@aws-sdk/client-api-gateway';
import {
  CreateFunctionCommand,
  GetFunctionCommand,
  GetLayerVersionCommand,
  PublishLayerVersionCommand,
  UpdateFunctionCodeCommand,
  type LambdaClient,
} from '@aws-sdk/client-lambda';
import { zipSync } from 'fflate';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { lambdaServerForFile, NODE_HANDLER, ROLE } from '../../helpers/lambda.js';
import { sdkError, type TestServer } from '../../helpers/tollgate.js';

let t: TestServer;
let lambda: LambdaClient;
lambdaServerForFile((server, client) => {
  t = server;
  lambda = client;
});

/** A zip of `size` bytes or a little less: random (incompressible) content, stored without compression. */
function zipOfSize(size: number): Buffer {
  const probe = Buffer.from(
    zipSync({ 'index.mjs': [Buffer.from('export const handler = async () => 1;\n'), { level: 0 }], 'blob.bin': [Buffer.alloc(0), { level: 0 }] }),
  );
  return Buffer.from(
    zipSync({
      'index.mjs': [Buffer.from('export const handler = async () => 1;\n'), { level: 0 }],
      'blob.bin': [randomBytes(size - probe.length), { level: 0 }],
    }),
  );
}

const create = (name: string, zip: Buffer) =>
  lambda.send(new CreateFunctionCommand({ FunctionName: name, Role: ROLE, Runtime: 'nodejs20.x', Handler: 'index.handler', Code: { ZipFile: zip } }));

describe("Lambda's request size", () => {
  it('takes a zip just under 50 MB inline (about 67 MB of base64 in the request)', async () => {
    const zip = zipOfSize(52_427_000);
    assert.ok(zip.length > 52_000_000 && zip.length <= 52_427_000);
    const out = await create('big', zip);
    assert.equal(out.CodeSize, zip.length);
    const fn = await lambda.send(new GetFunctionCommand({ FunctionName: 'big' }));
    const got = Buffer.from(await (await fetch(fn.Code!.Location!)).arrayBuffer());
    assert.ok(got.equals(zip));
  });

  it('refuses a larger request with 413 RequestEntityTooLargeException naming the operation, and stores nothing', async () => {
    const zip = zipOfSize(52_500_000);
    const err = await sdkError(create('too-big', zip));
    assert.deepEqual(err, {
      name: 'RequestEntityTooLargeException',
      message: 'Request must be smaller than 69905067 bytes for the CreateFunction operation',
      status: 413,
    });
    assert.equal((await sdkError(lambda.send(new GetFunctionCommand({ FunctionName: 'too-big' })))).name, 'ResourceNotFoundException');
    await create('small', NODE_HANDLER);
    const update = await sdkError(lambda.send(new UpdateFunctionCodeCommand({ FunctionName: 'small', ZipFile: zip })));
    assert.equal(update.status, 413);
    assert.equal(update.message, 'Request must be smaller than 69905067 bytes for the UpdateFunctionCode operation');
    const fn = await lambda.send(new GetFunctionCommand({ FunctionName: 'small' }));
    assert.equal(fn.Configuration!.CodeSize, NODE_HANDLER.length);
  });

  it("leaves API Gateway's 10 MiB cap as it was", async () => {
    const body = Buffer.alloc(11 * 1024 * 1024, 0x20);
    const err = await sdkError(t.client.send(new ImportRestApiCommand({ body })));
    assert.equal(err.status, 413);
    assert.equal(err.name, 'RequestEntityTooLargeException');
  });
});

describe('Code.Location', () => {
  it("is a URL of the management listener serving the function's zip, RepositoryType S3", async () => {
    await create('located', NODE_HANDLER);
    const fn = await lambda.send(new GetFunctionCommand({ FunctionName: 'located' }));
    assert.equal(fn.Code!.RepositoryType, 'S3');
    assert.ok(fn.Code!.Location!.startsWith(`${t.app.adminUrl}/`), fn.Code!.Location);
    const res = await fetch(fn.Code!.Location!);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/zip');
    assert.ok(Buffer.from(await res.arrayBuffer()).equals(NODE_HANDLER));
  });

  it('serves a layer version the same way, and answers S3 NoSuchKey for a zip it does not hold', async () => {
    const zip = Buffer.from(zipSync({ 'nodejs/node_modules/lib/index.js': Buffer.from('module.exports = 1;\n') }));
    await lambda.send(new PublishLayerVersionCommand({ LayerName: 'shared', Content: { ZipFile: zip } }));
    const v = await lambda.send(new GetLayerVersionCommand({ LayerName: 'shared', VersionNumber: 1 }));
    assert.ok(Buffer.from(await (await fetch(v.Content!.Location!)).arrayBuffer()).equals(zip));
    const missing = await fetch(`${t.app.adminUrl}/_tollgate/lambda/code/us-east-1/${'0'.repeat(64)}.zip`);
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /<Code>NoSuchKey<\/Code>/);
  });
});
