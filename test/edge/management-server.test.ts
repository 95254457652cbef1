/**
 * One management listener, several services (src/edge/management-server.ts, src/services/served-service.ts):
 * API Gateway's and Lambda's management APIs side by side, each request going to the service its SigV4
 * credential scope names (signed) or whose routes know it (unsigned local use). Real Lambda SDK calls,
 * signed for `lambda`, reach Lambda's table — an implemented operation (ListFunctions) and one that
 * answers NotImplementedException through the boot check (ListCodeSigningConfigs: code signing is not
 * served, src/protocol/service.ts) — while API Gateway keeps working on the same server.
 */
import { APIGatewayClient, CreateRestApiCommand, GetRestApisCommand } from '@aws-sdk/client-api-gateway';
import { LambdaClient, LambdaServiceException, ListCodeSigningConfigsCommand, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sdkError, startTollgate, type TestServer } from '../helpers/tollgate.js';

const SECRET = 'admin-Secret/Value+42';
const CREDENTIALS = { AKIDADMIN: { secretAccessKey: SECRET, principalArn: 'arn:aws:iam::000000000000:user/admin' } };

const destroyed: { destroy(): void }[] = [];
const lambda = (endpoint: string, secretAccessKey = SECRET, region = 'us-east-1'): LambdaClient => {
  const c = new LambdaClient({ endpoint, region, credentials: { accessKeyId: 'AKIDADMIN', secretAccessKey }, maxAttempts: 1 });
  destroyed.push(c);
  return c;
};
const apigateway = (endpoint: string, extra: Record<string, unknown> = {}): APIGatewayClient => {
  const c = new APIGatewayClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDADMIN', secretAccessKey: SECRET },
    maxAttempts: 1,
    ...extra,
  });
  destroyed.push(c);
  return c;
};
after(() => {
  for (const c of destroyed) c.destroy();
});

describe('with credentials configured: the signing scope chooses the service', () => {
  let dir: string;
  let t: TestServer;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tollgate-services-'));
    writeFileSync(join(dir, 'credentials.json'), JSON.stringify(CREDENTIALS));
    t = await startTollgate(['--credentials', join(dir, 'credentials.json')]);
  });
  after(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("a Lambda SDK call signed for `lambda` reaches Lambda's table; API Gateway still answers on the same server", async () => {
    const client = lambda(t.app.adminUrl);
    assert.deepEqual((await client.send(new ListFunctionsCommand({}))).Functions, []);
    const call = () => client.send(new ListCodeSigningConfigsCommand({}));
    await assert.rejects(call(), (e: unknown) => e instanceof LambdaServiceException); // parsed by Lambda's client as its own error
    assert.deepEqual(await sdkError(call()), {
      name: 'NotImplementedException',
      message: 'Tollgate does not implement ListCodeSigningConfigs yet',
      status: 501,
    });
    const gw = apigateway(t.app.adminUrl);
    const api = await gw.send(new CreateRestApiCommand({ name: 'next-to-lambda' }));
    assert.ok((await gw.send(new GetRestApisCommand({}))).items!.some((a) => a.id === api.id));
  });

  it("Lambda's calls are verified with Lambda's signing name: a wrong secret → 403 InvalidSignatureException", async () => {
    assert.deepEqual(await sdkError(lambda(t.app.adminUrl, 'not-the-secret').send(new ListFunctionsCommand({}))), {
      name: 'InvalidSignatureException',
      message:
        'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
      status: 403,
    });
  });

  it("a request validly signed for `lambda` goes to Lambda even on API Gateway's path (Lambda knows no /restapis)", async () => {
    assert.deepEqual(await sdkError(apigateway(t.app.adminUrl, { signingName: 'lambda' }).send(new GetRestApisCommand({}))), {
      name: 'UnknownOperationException',
      message: 'No operation matches GET /restapis',
      status: 404,
    });
  });

  it("an unsigned request on Lambda's path → 403 MissingAuthenticationTokenException", async () => {
    const res = await fetch(`${t.app.adminUrl}/2015-03-31/functions/`);
    assert.equal(res.status, 403);
    assert.equal(res.headers.get('x-amzn-errortype'), 'MissingAuthenticationTokenException');
  });
});

describe('without credentials (loopback): unsigned requests go by route', () => {
  let t: TestServer;
  before(async () => {
    t = await startTollgate(['--memory']);
  });
  after(() => t?.close());

  it("Lambda's path reaches Lambda's table, API Gateway's reaches API Gateway's", async () => {
    const fn = await fetch(`${t.app.adminUrl}/2015-03-31/functions/`);
    assert.equal(fn.status, 200);
    assert.deepEqual(await fn.json(), { Functions: [] });
    const signing = await fetch(`${t.app.adminUrl}/2020-04-22/code-signing-configs/`);
    assert.equal(signing.status, 501);
    assert.equal(signing.headers.get('x-amzn-errortype'), 'NotImplementedException');
    assert.equal((await fetch(`${t.app.adminUrl}/restapis`)).status, 200);
    const none = await fetch(`${t.app.adminUrl}/no/such/operation`);
    assert.equal(none.status, 404);
    assert.equal(none.headers.get('x-amzn-errortype'), 'UnknownOperationException');
  });

  it("`/` is CloudFormation's only for an awsQuery request (a form, or Action in the URL); any other stays API Gateway's", async () => {
    const json = await fetch(`${t.app.adminUrl}/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    assert.equal(json.status, 404);
    assert.equal(json.headers.get('x-amzn-errortype'), 'UnknownOperationException');
    assert.match(json.headers.get('content-type') ?? '', /json/);
    const bare = await fetch(`${t.app.adminUrl}/`);
    assert.equal(bare.headers.get('x-amzn-errortype'), 'UnknownOperationException');
    const form = await fetch(`${t.app.adminUrl}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body: 'Action=ListStacks&Version=2010-05-15',
    });
    assert.equal(form.status, 200);
    assert.match(await form.text(), /^<ListStacksResponse /);
    const get = await fetch(`${t.app.adminUrl}/?Action=Nope&Version=2010-05-15`);
    assert.equal(get.status, 400);
    assert.equal(get.headers.get('x-amzn-errortype'), 'InvalidAction');
  });

  it('the SDKs, signed but unchecked, each reach their own service', async () => {
    assert.deepEqual((await lambda(t.app.adminUrl, 'any', 'eu-west-1').send(new ListFunctionsCommand({}))).Functions, []);
    assert.ok(Array.isArray((await apigateway(t.app.adminUrl).send(new GetRestApisCommand({}))).items));
  });
});

describe('keep-alive', () => {
  let t: TestServer;
  before(async () => {
    t = await startTollgate(['--memory']);
  });
  after(() => t?.close());

  // The race of issue 18 (src/edge/listeners.ts, KEEP_ALIVE_IDLE_MS): a client whose event loop is held past
  // Node's default 5 s idle timeout sends on its pooled connection; with that timeout the server's expired
  // timer closes the connection before the request is read, and the SDK reads ECONNRESET.
  it('a connection left idle while the client is stalled past 5 s still takes its next request', async () => {
    const client = lambda(t.app.adminUrl, 'any');
    assert.deepEqual((await client.send(new ListFunctionsCommand({}))).Functions, []);
    // Held from an I/O callback (as the SDK's work after a response is), without spinning: Atomics.wait blocks the thread.
    await new Promise<void>((resolve) =>
      setImmediate(() => {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 6500);
        resolve();
      }),
    );
    assert.deepEqual((await client.send(new ListFunctionsCommand({}))).Functions, []);
  });
});
