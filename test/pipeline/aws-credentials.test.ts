/**
 * The identity an AWS service integration calls as (integrations/aws/role-credentials.ts): its
 * `credentials` role assumed through STS AssumeRole at `--aws-endpoint sts=URL` and kept until shortly
 * before it expires; a role STS refuses → AWS's 500 and log line; `arn:aws:iam::*:user/*` → the AWS_IAM
 * caller's own keys. Against an STS test endpoint and an SQS one that verify every signature
 * (helpers/sts-endpoint.ts, helpers/sqs-endpoint.ts): a call signed with keys they did not issue or
 * know is refused.
 */
import assert from 'node:assert/strict';
import { GetResourcesCommand, TestInvokeMethodCommand } from '@aws-sdk/client-api-gateway';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, it } from 'node:test';
import { addResource, deploy, invokeUrl, newApi, putMethod, putResponse, rawRequest, type Api } from '../helpers/apis.js';
import { send, sign } from '../helpers/sigv4.js';
import { KNOWN_KEYS } from '../helpers/signed-endpoint.js';
import { startSqsEndpoint, type SqsEndpoint } from '../helpers/sqs-endpoint.js';
import { startStsEndpoint, type StsEndpoint } from '../helpers/sts-endpoint.js';
import { startTollgate, type TestServer } from '../helpers/tollgate.js';

const ROLE = 'arn:aws:iam::000000000000:role/apigw-sqs-send';
const SHORT_ROLE = 'arn:aws:iam::000000000000:role/apigw-short-sessions';
const REFUSED_ROLE = 'arn:aws:iam::000000000000:role/not-trusting-apigateway';
const CALLER = { accessKeyId: 'AKIDCALLER', secretAccessKey: 'caller-secret', region: 'us-east-1', service: 'execute-api' };
const CREDENTIALS = {
  AKIDTEST: { secretAccessKey: 'secret', principalArn: 'arn:aws:iam::000000000000:root' }, // the test SDK client (management)
  AKIDCALLER: { secretAccessKey: 'caller-secret', principalArn: 'arn:aws:iam::000000000000:user/caller' },
};

let t: TestServer;
let sts: StsEndpoint;
let sqs: SqsEndpoint;
let dir: string;
let api: Api;

before(async () => {
  sts = await startStsEndpoint();
  sts.roles.add(ROLE);
  sts.roles.add(SHORT_ROLE);
  sqs = await startSqsEndpoint();
  dir = mkdtempSync(join(tmpdir(), 'tollgate-aws-credentials-'));
  writeFileSync(join(dir, 'credentials.json'), JSON.stringify(CREDENTIALS));
  t = await startTollgate(['--aws-endpoint', `sqs=${sqs.url}`, '--aws-endpoint', `sts=${sts.url}`, '--credentials', join(dir, 'credentials.json')]);
  api = await newApi(t.client, { name: 'aws-credentials' });
  const routes: [string, string | undefined, string][] = [
    ['role', ROLE, 'NONE'],
    ['short', SHORT_ROLE, 'NONE'],
    ['refused', REFUSED_ROLE, 'NONE'],
    ['caller', 'arn:aws:iam::*:user/*', 'AWS_IAM'],
    ['nocaller', 'arn:aws:iam::*:user/*', 'NONE'],
  ];
  for (const [part, credentials, authorizationType] of routes) {
    const resource = await addResource(t.client, api, api.root, part);
    await putMethod(
      t.client,
      api,
      resource,
      'POST',
      {
        type: 'AWS',
        integrationHttpMethod: 'POST',
        uri: 'arn:aws:apigateway:us-east-1:sqs:path/000000000000/q',
        credentials,
        requestParameters: { 'integration.request.header.Content-Type': "'application/x-www-form-urlencoded'" },
        requestTemplates: { 'application/json': `Action=SendMessage&MessageBody=${part}` },
      },
      { authorizationType },
    );
    await putResponse(t.client, api, resource, 'POST', '200', { responseTemplates: { 'application/json': '{"sent": true}' } });
  }
  await deploy(t.client, api, 'dev');
});
after(async () => {
  await t.close();
  await sqs.close();
  await sts.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  sqs.queues.set('q', []);
});

const post = (path: string) => rawRequest(invokeUrl(t.app.url, api, 'dev', path), { method: 'POST' });

it("the integration's role is assumed through STS and the call signed with the role's session keys; kept while it is valid", async () => {
  const before = sts.granted.length;
  for (let i = 0; i < 3; i++) assert.deepEqual([(await post('/role')).status, sqs.queues.get('q')!.length], [200, i + 1]);
  const grants = sts.granted.slice(before);
  assert.equal(grants.length, 1, 'one AssumeRole for three calls');
  assert.deepEqual([grants[0].roleArn, grants[0].sessionName], [ROLE, `AmazonAPIGateway_${api.id}`]);
  const calls = sqs.received.slice(-3);
  for (const c of calls)
    assert.deepEqual([c.scope.accessKeyId, c.headers['x-amz-security-token']], [grants[0].accessKeyId, KNOWN_KEYS.get(grants[0].accessKeyId)!.sessionToken]);
  assert.equal(sts.received.at(-1)!.scope.accessKeyId, 'test', 'AssumeRole is signed with the base keys');
  assert.deepEqual(sqs.refused, []);
});

it('credentials that expire within five minutes are assumed anew for the next call', async () => {
  sts.lifetimeMs = 4 * 60_000;
  try {
    const before = sts.granted.length;
    for (let i = 0; i < 2; i++) assert.equal((await post('/short')).status, 200);
    assert.deepEqual(
      sts.granted.slice(before).map((g) => g.roleArn),
      [SHORT_ROLE, SHORT_ROLE],
    );
  } finally {
    sts.lifetimeMs = 3_600_000;
  }
  const before = sts.granted.length;
  for (let i = 0; i < 2; i++) assert.equal((await post('/short')).status, 200);
  assert.equal(sts.granted.length, before + 1, 'an hour-long session is kept');
});

it('a role STS will not let API Gateway assume: 500, logged as AWS logs it; the service is not called', async () => {
  const r = await post('/refused');
  assert.deepEqual([r.status, r.json(), r.headers['x-amzn-errortype']], [500, { message: 'Internal server error' }, 'InternalServerErrorException']);
  assert.equal(sqs.queues.get('q')!.length, 0);
  const resource = (await t.client.send(new GetResourcesCommand({ restApiId: api.id }))).items!.find((x) => x.path === '/refused')!;
  const out = await t.client.send(new TestInvokeMethodCommand({ restApiId: api.id, resourceId: resource.id, httpMethod: 'POST' }));
  assert.equal(out.status, 500);
  assert.match(
    out.log!,
    new RegExp(`Execution failed due to configuration error: API Gateway does not have permission to assume the provided role ${REFUSED_ROLE}\\n`),
  );
});

it("arn:aws:iam::*:user/* passes the AWS_IAM caller's own identity; on a method without AWS_IAM there is none: 500", async () => {
  KNOWN_KEYS.set(CALLER.accessKeyId, { secretAccessKey: CALLER.secretAccessKey });
  try {
    const r = await send(await sign(invokeUrl(t.app.url, api, 'dev', '/caller'), { method: 'POST' }, CALLER));
    assert.deepEqual([r.status, r.json()], [200, { sent: true }]);
    assert.equal(sqs.received.at(-1)!.scope.accessKeyId, 'AKIDCALLER');
    assert.equal(sqs.queues.get('q')![0].Body, 'caller');
    const none = await post('/nocaller');
    assert.deepEqual([none.status, none.json()], [500, { message: 'Internal server error' }]);
  } finally {
    KNOWN_KEYS.delete(CALLER.accessKeyId);
  }
});
