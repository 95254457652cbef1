/**
 * Recorded S3 binary support (test_apigateway_s3.py::TestApiGatewayS3BinarySupport; the pattern of AWS's
 * "API Gateway as an S3 proxy" tutorial): `ANY /{object_path+}` → `s3:path/{bucket}/{object_path}` with the
 * client's Content-Type mapped to S3 and its `response-content-type` header to S3's query string (so S3
 * answers with that type), the object's ETag mapped back. Objects go in and come out through Tollgate
 * with and without binaryMediaTypes and under each contentHandling, against s3rver on 127.0.0.1
 * (`--aws-endpoint s3=URL`). Every stored object and every answer is checked byte for byte, and against
 * the ETag AWS recorded (S3's ETag of a single PUT is the MD5 of the bytes stored).
 */
import assert from 'node:assert/strict';
import {
  CreateDeploymentCommand,
  GetIntegrationCommand,
  GetIntegrationResponseCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  UpdateIntegrationCommand,
  UpdateIntegrationResponseCommand,
  UpdateRestApiCommand,
} from '@aws-sdk/client-api-gateway';
import { after, before, it } from 'node:test';
import { addResource, newApi } from '../helpers/apis.js';
import { S3RVER_KEYS, s3Call, startS3rver, type Emulator } from '../helpers/aws-services.js';
import { callApi, requestsHeaders } from '../helpers/recorded-invoke.js';
import { A, assertLike, body, rec } from '../helpers/recorded.js';
import { startTollgate, type TestServer } from '../helpers/tollgate.js';

const ROLE = 'arn:aws:iam::000000000000:role/apigw-s3-binary';
const BUCKET = 'recorded-binary';

let t: TestServer;
let s3: Emulator;
before(async () => {
  s3 = await startS3rver();
  process.env.TOLLGATE_AWS_ACCESS_KEY_ID = S3RVER_KEYS.accessKeyId;
  process.env.TOLLGATE_AWS_SECRET_ACCESS_KEY = S3RVER_KEYS.secretAccessKey;
  t = await startTollgate(['--aws-endpoint', `s3=${s3.url}`]);
  assert.equal((await s3Call(s3.url, 'PUT', `/${BUCKET}`)).status, 200);
});
after(async () => {
  await t.close();
  await s3.close();
});

/** gzip.compress(b"compressed data, should be invalid UTF-8 string", mtime=1676569620), as the test writes it. */
const RAW = Buffer.from(
  '1f8b0800146cee6302ff4bcecf2d284a2d2e4e4d5148492c49d45128cec82fcd4951484a55c8cc2b4bccc94c51080d71d3b550282e29cacc4b0700b83910572f000000',
  'hex',
);
const ENCODED = Buffer.from(RAW.toString('base64'));
const TEXT = Buffer.from('this is a UTF8 text typed object');
/** RAW handled as a string: each byte sequence that is no UTF-8 becomes U+FFFD (99 bytes). */
const LOSSY = Buffer.from(RAW.toString('utf8'));
const ENCODED_TWICE = Buffer.from(ENCODED.toString('base64'));
const TEXT_ENCODED = Buffer.from(TEXT.toString('base64'));

/** The ETags AWS recorded for each content. */
const ETAG = new Map<Buffer, string>([
  [RAW, '"1e5a1bfed5308938e5549848bab02ac6"'],
  [ENCODED, '"76020056aa8e57ba307f9264167a34e4"'],
  [TEXT, '"322a648674040849d29154aa1dce24a5"'],
  [LOSSY, '"7301f0a0e8fc87c6f03320bf795ffde7"'],
  [ENCODED_TWICE, '"835317c6c047dd2a13bb05117594a71a"'],
  [TEXT_ENCODED, '"1a39ff3d9eff87f24107669698573f35"'],
]);

const KEYS = { 'binary-raw': RAW, 'binary-encoded': ENCODED, text: TEXT } as const;
type Key = keyof typeof KEYS;

const REQUEST_PARAMETERS = {
  'integration.request.path.object_path': 'method.request.path.object_path',
  'integration.request.header.Content-Type': 'method.request.header.Content-Type',
  'integration.request.querystring.response-content-type': 'method.request.header.response-content-type',
};

interface Setup {
  apiId: string;
  resourceId: string;
  putIntegration: unknown;
}

/** The test's setup_s3_apigateway: the API, its integration (PutIntegration's answer kept), the 200 response; deployed to `test` unless told not to. */
async function setup(request?: string, response?: string, deployNow = true): Promise<Setup> {
  // Each recorded test has a bucket of its own: the objects of the previous one go.
  for (const key of Object.keys(KEYS)) await s3Call(s3.url, 'DELETE', `/${BUCKET}/${key}`);
  const api = await newApi(t.client, { name: 's3-binary' });
  const resourceId = await addResource(t.client, api, api.root, '{object_path+}');
  const ids = { restApiId: api.id, resourceId, httpMethod: 'ANY' };
  await t.client.send(
    new PutMethodCommand({
      ...ids,
      authorizationType: 'NONE',
      requestParameters: {
        'method.request.path.object_path': true,
        'method.request.header.Content-Type': false,
        'method.request.header.response-content-type': false,
      },
    }),
  );
  await t.client.send(new PutMethodResponseCommand({ ...ids, statusCode: '200', responseParameters: { 'method.response.header.ETag': false } }));
  const putIntegration = body(
    await t.client.send(
      new PutIntegrationCommand({
        ...ids,
        integrationHttpMethod: 'ANY',
        type: 'AWS',
        uri: `arn:aws:apigateway:us-east-1:s3:path/${BUCKET}/{object_path}`,
        requestParameters: REQUEST_PARAMETERS,
        credentials: ROLE,
        ...(request ? { contentHandling: request as 'CONVERT_TO_TEXT' } : {}),
      }),
    ),
  );
  await t.client.send(
    new PutIntegrationResponseCommand({
      ...ids,
      statusCode: '200',
      responseParameters: { 'method.response.header.ETag': 'integration.response.header.ETag' },
      ...(response ? { contentHandling: response as 'CONVERT_TO_TEXT' } : {}),
    }),
  );
  if (deployNow) await deploy(api.id, 'test');
  return { apiId: api.id, resourceId, putIntegration };
}

const deploy = (restApiId: string, stageName: string) => t.client.send(new CreateDeploymentCommand({ restApiId, stageName }));

/** The recorded PutIntegration answer. */
const recordedIntegration = (contentHandling?: string) => ({
  cacheKeyParameters: [],
  cacheNamespace: A.string,
  ...(contentHandling ? { contentHandling } : {}),
  credentials: ROLE,
  httpMethod: 'ANY',
  passthroughBehavior: 'WHEN_NO_MATCH',
  requestParameters: REQUEST_PARAMETERS,
  timeoutInMillis: 29000,
  type: 'AWS',
  uri: `arn:aws:apigateway:us-east-1:s3:path/${BUCKET}/{object_path}`,
});

/** The binaryMediaTypes the tests add, then the second stage that carries them. */
async function addImagePng(apiId: string, stage = 'test2'): Promise<void> {
  await t.client.send(new UpdateRestApiCommand({ restApiId: apiId, patchOperations: [{ op: 'add', path: '/binaryMediaTypes/image~1png' }] }));
  if (stage) await deploy(apiId, stage);
}

/** requests.put(url, data=body, headers={"Content-Type": …}): 200 with no content, or the status expected. */
async function put(apiId: string, stage: string, key: Key, contentType: string, expected = 200): Promise<void> {
  const r = await callApi(t.app.url, apiId, `/${stage}/${key}`, { method: 'PUT', headers: requestsHeaders({ 'Content-Type': contentType }), body: KEYS[key] });
  assert.equal(r.status, expected, `PUT ${key} as ${contentType}: ${r.text}`);
  if (expected === 200) assert.equal(r.body.length, 0);
}

/** s3.get_object: the object as S3 holds it — its bytes, length, type and ETag as recorded. */
async function assertStored(key: Key, content: Buffer, contentType: string): Promise<void> {
  const r = await s3Call(s3.url, 'GET', `/${BUCKET}/${key}`);
  assert.equal(r.status, 200, `${key}: ${r.text}`);
  assert.deepEqual(
    { Body: r.body.toString('hex'), ContentLength: Number(r.headers['content-length']), ContentType: r.headers['content-type'], ETag: r.headers.etag },
    { Body: content.toString('hex'), ContentLength: content.length, ContentType: contentType, ETag: ETAG.get(content) },
    key,
  );
}

/** requests.get(url, headers={"Accept": accept, "response-content-type": …}): the content and the ETag, as recorded. */
async function get(apiId: string, stage: string, key: Key, accept: string, responseType: string, content: Buffer | 500): Promise<void> {
  const r = await callApi(t.app.url, apiId, `/${stage}/${key}`, { headers: requestsHeaders({ Accept: accept, 'response-content-type': responseType }) });
  const label = `${key} Accept ${accept}, S3 answering ${responseType}`;
  if (content === 500) {
    assert.deepEqual([r.status, r.json()], [500, { message: 'Internal server error' }], label);
    return;
  }
  assert.equal(r.status, 200, `${label}: ${r.text}`);
  const etag = Object.entries(r.headers).find(([k]) => k.toLowerCase() === 'etag')?.[1];
  assert.deepEqual({ content: r.body.toString('hex'), etag }, { content: content.toString('hex'), etag: ETAG.get(KEYS[key]) }, label);
}

/** The response tests' objects, put straight into S3 (their put-obj-* steps are S3's own answers). */
async function putObjects(): Promise<void> {
  for (const [key, content] of Object.entries(KEYS)) assert.equal((await s3Call(s3.url, 'PUT', `/${BUCKET}/${key}`, content)).status, 200);
}

for (const handling of [undefined, 'CONVERT_TO_TEXT'] as const) {
  const title =
    handling === undefined
      ? rec(
          'test_apigateway_s3.py::TestApiGatewayS3BinarySupport::test_apigw_s3_binary_support_request[None]',
          'put-integration',
          'get-obj-no-binary-media-binary-raw',
          'get-obj-no-binary-media-binary-encoded',
          'get-obj-no-binary-media-text',
          'get-obj-binary-type-binary-raw',
          'get-obj-binary-type-binary-encoded',
          'get-obj-binary-type-text',
          'get-obj-text-type-binary-raw',
          'get-obj-text-type-binary-encoded',
          'get-obj-text-type-text',
        )
      : rec(
          'test_apigateway_s3.py::TestApiGatewayS3BinarySupport::test_apigw_s3_binary_support_request[CONVERT_TO_TEXT]',
          'put-integration',
          'get-obj-no-binary-media-binary-raw',
          'get-obj-no-binary-media-binary-encoded',
          'get-obj-no-binary-media-text',
          'get-obj-binary-type-binary-raw',
          'get-obj-binary-type-binary-encoded',
          'get-obj-binary-type-text',
          'get-obj-text-type-binary-raw',
          'get-obj-text-type-binary-encoded',
          'get-obj-text-type-text',
        );
  it(title, async () => {
    const { apiId, putIntegration } = await setup(handling);
    assertLike(putIntegration, recordedIntegration(handling));
    const keys = Object.keys(KEYS) as Key[];
    // No binaryMediaTypes: every payload is text.
    for (const key of keys) await put(apiId, 'test', key, 'image/png');
    await assertStored('binary-raw', LOSSY, 'image/png');
    await assertStored('binary-encoded', ENCODED, 'image/png');
    await assertStored('text', TEXT, 'image/png');
    // image/png is binary now: as is, or base64 under CONVERT_TO_TEXT.
    await addImagePng(apiId);
    for (const key of keys) await put(apiId, 'test2', key, 'image/png');
    await assertStored('binary-raw', handling ? ENCODED : RAW, 'image/png');
    await assertStored('binary-encoded', handling ? ENCODED_TWICE : ENCODED, 'image/png');
    await assertStored('text', handling ? TEXT_ENCODED : TEXT, 'image/png');
    // text/plain is still text.
    for (const key of keys) await put(apiId, 'test2', key, 'text/plain');
    await assertStored('binary-raw', LOSSY, 'text/plain');
    await assertStored('binary-encoded', ENCODED, 'text/plain');
    await assertStored('text', TEXT, 'text/plain');
  });
}

it(
  rec(
    'test_apigateway_s3.py::TestApiGatewayS3BinarySupport::test_apigw_s3_binary_support_request_convert_to_binary',
    'put-integration',
    'get-obj-no-binary-media-binary-encoded',
    'get-obj-binary-media-binary-raw',
    'get-obj-binary-media-binary-encoded',
    'get-obj-binary-media-text',
    'get-obj-text-type-binary-encoded',
  ),
  async () => {
    const { apiId, putIntegration } = await setup('CONVERT_TO_BINARY');
    assertLike(putIntegration, recordedIntegration('CONVERT_TO_BINARY'));
    // Text payloads are base64-decoded: the encoded object is stored raw; the others are no base64, a 500 that stores nothing.
    await put(apiId, 'test', 'binary-encoded', 'image/png');
    await assertStored('binary-encoded', RAW, 'image/png');
    await put(apiId, 'test', 'binary-raw', 'image/png', 500);
    await put(apiId, 'test', 'text', 'text/plain', 500);
    for (const key of ['binary-raw', 'text']) assert.equal((await s3Call(s3.url, 'GET', `/${BUCKET}/${key}`)).status, 404);
    // Binary payloads pass as they are.
    await addImagePng(apiId);
    for (const key of Object.keys(KEYS) as Key[]) await put(apiId, 'test2', key, 'image/png');
    await assertStored('binary-raw', RAW, 'image/png');
    await assertStored('binary-encoded', ENCODED, 'image/png');
    await assertStored('text', TEXT, 'image/png');
    await put(apiId, 'test2', 'binary-raw', 'text/plain', 500);
    await put(apiId, 'test2', 'text', 'text/plain', 500);
    await put(apiId, 'test2', 'binary-encoded', 'text/plain');
    await assertStored('binary-encoded', RAW, 'text/plain');
  },
);

it(
  rec(
    'test_apigateway_s3.py::TestApiGatewayS3BinarySupport::test_apigw_s3_binary_support_request_convert_to_binary_with_request_template',
    'put-integration',
    'get-integration',
    'get-obj-encoded',
  ),
  async () => {
    const { apiId, resourceId, putIntegration } = await setup('CONVERT_TO_BINARY', undefined, false);
    assertLike(putIntegration, recordedIntegration('CONVERT_TO_BINARY'));
    const ids = { restApiId: apiId, resourceId, httpMethod: 'ANY' };
    const template = JSON.stringify({ data: '$input.body' }).replace(':', ': ');
    await t.client.send(
      new UpdateIntegrationCommand({ ...ids, patchOperations: [{ op: 'add', path: '/requestTemplates/application~1json', value: template }] }),
    );
    assertLike(body(await t.client.send(new GetIntegrationCommand(ids))), {
      ...recordedIntegration('CONVERT_TO_BINARY'),
      integrationResponses: { '200': { responseParameters: { 'method.response.header.ETag': 'integration.response.header.ETag' }, statusCode: '200' } },
      requestTemplates: { 'application/json': '{"data": "$input.body"}' },
    });
    await deploy(apiId, 'test');
    // image/png has no template: decoded and stored.
    await put(apiId, 'test', 'binary-encoded', 'image/png');
    await assertStored('binary-encoded', RAW, 'image/png');
    // application/json has one, and the decoded gzip cannot go through it.
    await put(apiId, 'test', 'binary-encoded', 'application/json', 500);
  },
);

/** [step, key, Accept, S3's Content-Type, what the client gets (500: the conversion fails)]; `null` between the stages. */
type ResponseCase = [string, Key, string, string, Buffer | 500];
const OCTET = 'binary/octet-stream';

async function runResponseCases(apiId: string, before: ResponseCase[], after: ResponseCase[]): Promise<void> {
  for (const [, key, accept, type, content] of before) await get(apiId, 'test', key, accept, type, content);
  await addImagePng(apiId);
  for (const [, key, accept, type, content] of after) await get(apiId, 'test2', key, accept, type, content);
}

it(
  rec(
    'test_apigateway_s3.py::TestApiGatewayS3BinarySupport::test_apigw_s3_binary_support_response_no_content_handling',
    'put-integration',
    'text-no-media',
    'raw-no-media',
    'encoded-no-media',
    'encoded-payload-text-accept-binary',
    'encoded-payload-binary-accept-binary',
    'raw-payload-binary-accept-binary',
    'text-payload-binary-accept-binary',
    'encoded-payload-text-accept-text',
    'raw-payload-text-accept-text',
    'text-payload-text-accept-text',
    'encoded-payload-binary-accept-text',
    'raw-payload-binary-accept-text',
    'text-payload-binary-accept-text',
  ),
  async () => {
    const { apiId, putIntegration } = await setup();
    assertLike(putIntegration, recordedIntegration());
    await putObjects();
    await runResponseCases(
      apiId,
      [
        ['text-no-media', 'text', 'text/plain', OCTET, TEXT],
        ['raw-no-media', 'binary-raw', 'image/png', OCTET, LOSSY],
        ['encoded-no-media', 'binary-encoded', 'image/png', OCTET, ENCODED],
      ],
      [
        ['encoded-payload-text-accept-binary', 'binary-encoded', 'image/png', OCTET, RAW],
        ['', 'binary-raw', 'image/png', OCTET, 500],
        ['', 'text', 'image/png', OCTET, 500],
        ['encoded-payload-binary-accept-binary', 'binary-encoded', 'image/png', 'image/png', ENCODED],
        ['raw-payload-binary-accept-binary', 'binary-raw', 'image/png', 'image/png', RAW],
        ['text-payload-binary-accept-binary', 'text', 'image/png', 'image/png', TEXT],
        ['encoded-payload-text-accept-text', 'binary-encoded', 'text/plain', OCTET, ENCODED],
        ['raw-payload-text-accept-text', 'binary-raw', 'text/plain', OCTET, LOSSY],
        ['text-payload-text-accept-text', 'text', 'text/plain', OCTET, TEXT],
        ['encoded-payload-binary-accept-text', 'binary-encoded', 'text/plain', 'image/png', ENCODED_TWICE],
        ['raw-payload-binary-accept-text', 'binary-raw', 'text/plain', 'image/png', ENCODED],
        ['text-payload-binary-accept-text', 'text', 'text/plain', 'image/png', TEXT_ENCODED],
      ],
    );
  },
);

it(
  rec(
    'test_apigateway_s3.py::TestApiGatewayS3BinarySupport::test_apigw_s3_binary_support_response_convert_to_text',
    'put-integration',
    'text-no-media',
    'raw-no-media',
    'encoded-no-media',
    'encoded-payload-text-accept-binary',
    'raw-payload-text-accept-binary',
    'text-payload-text-accept-binary',
    'encoded-payload-binary-accept-binary',
    'raw-payload-binary-accept-binary',
    'text-payload-binary-accept-binary',
    'encoded-payload-text-accept-text',
    'raw-payload-text-accept-text',
    'text-payload-text-accept-text',
    'encoded-payload-binary-accept-text',
    'raw-payload-binary-accept-text',
    'text-payload-binary-accept-text',
  ),
  async () => {
    const { apiId, putIntegration } = await setup(undefined, 'CONVERT_TO_TEXT');
    assertLike(putIntegration, recordedIntegration());
    await putObjects();
    await runResponseCases(
      apiId,
      [
        ['text-no-media', 'text', 'text/plain', OCTET, TEXT],
        ['raw-no-media', 'binary-raw', 'image/png', OCTET, LOSSY],
        ['encoded-no-media', 'binary-encoded', 'image/png', OCTET, ENCODED],
      ],
      [
        ['encoded-payload-text-accept-binary', 'binary-encoded', 'image/png', OCTET, ENCODED],
        ['raw-payload-text-accept-binary', 'binary-raw', 'image/png', OCTET, LOSSY],
        ['text-payload-text-accept-binary', 'text', 'image/png', OCTET, TEXT],
        ['encoded-payload-binary-accept-binary', 'binary-encoded', 'image/png', 'image/png', ENCODED_TWICE],
        ['raw-payload-binary-accept-binary', 'binary-raw', 'image/png', 'image/png', ENCODED],
        ['text-payload-binary-accept-binary', 'text', 'image/png', 'image/png', TEXT_ENCODED],
        ['encoded-payload-text-accept-text', 'binary-encoded', 'text/plain', OCTET, ENCODED],
        ['raw-payload-text-accept-text', 'binary-raw', 'text/plain', OCTET, LOSSY],
        ['text-payload-text-accept-text', 'text', 'text/plain', OCTET, TEXT],
        ['encoded-payload-binary-accept-text', 'binary-encoded', 'text/plain', 'image/png', ENCODED_TWICE],
        ['raw-payload-binary-accept-text', 'binary-raw', 'text/plain', 'image/png', ENCODED],
        ['text-payload-binary-accept-text', 'text', 'text/plain', 'image/png', TEXT_ENCODED],
      ],
    );
  },
);

it(
  rec(
    'test_apigateway_s3.py::TestApiGatewayS3BinarySupport::test_apigw_s3_binary_support_response_convert_to_binary',
    'put-integration',
    'encoded-no-media',
    'encoded-payload-text-accept-binary',
    'encoded-payload-binary-accept-binary',
    'raw-payload-binary-accept-binary',
    'text-payload-binary-accept-binary',
    'encoded-payload-text-accept-text',
    'encoded-payload-binary-accept-text',
    'raw-payload-binary-accept-text',
    'text-payload-binary-accept-text',
  ),
  async () => {
    const { apiId, putIntegration } = await setup(undefined, 'CONVERT_TO_BINARY');
    assertLike(putIntegration, recordedIntegration());
    await putObjects();
    await runResponseCases(
      apiId,
      [
        ['encoded-no-media', 'binary-encoded', 'image/png', OCTET, RAW],
        ['', 'binary-raw', 'image/png', OCTET, 500],
        ['', 'text', 'text/plain', OCTET, 500],
      ],
      [
        ['encoded-payload-text-accept-binary', 'binary-encoded', 'image/png', OCTET, RAW],
        ['', 'binary-raw', 'image/png', OCTET, 500],
        ['', 'text', 'image/png', OCTET, 500],
        ['encoded-payload-binary-accept-binary', 'binary-encoded', 'image/png', 'image/png', ENCODED],
        ['raw-payload-binary-accept-binary', 'binary-raw', 'image/png', 'image/png', RAW],
        ['text-payload-binary-accept-binary', 'text', 'image/png', 'image/png', TEXT],
        ['encoded-payload-text-accept-text', 'binary-encoded', 'text/plain', OCTET, RAW],
        ['', 'binary-raw', 'text/plain', OCTET, 500],
        ['', 'text', 'text/plain', OCTET, 500],
        ['encoded-payload-binary-accept-text', 'binary-encoded', 'text/plain', 'image/png', ENCODED],
        ['raw-payload-binary-accept-text', 'binary-raw', 'text/plain', 'image/png', RAW],
        ['text-payload-binary-accept-text', 'text', 'text/plain', 'image/png', TEXT],
      ],
    );
  },
);

it(
  rec(
    'test_apigateway_s3.py::TestApiGatewayS3BinarySupport::test_apigw_s3_binary_support_response_convert_to_binary_with_request_template',
    'put-integration',
    'get-integration-response',
    'encoded-text-payload-binary-accept',
    'get-integration-response-update',
  ),
  async () => {
    const { apiId, resourceId, putIntegration } = await setup(undefined, 'CONVERT_TO_TEXT', false);
    assertLike(putIntegration, recordedIntegration());
    await addImagePng(apiId, '');
    const ids = { restApiId: apiId, resourceId, httpMethod: 'ANY', statusCode: '200' };
    const template = JSON.stringify({ data: '$input.body' }).replace(':', ': ');
    await t.client.send(
      new UpdateIntegrationResponseCommand({ ...ids, patchOperations: [{ op: 'add', path: '/responseTemplates/application~1json', value: template }] }),
    );
    const recorded = (contentHandling: string) => ({
      contentHandling,
      responseParameters: { 'method.response.header.ETag': 'integration.response.header.ETag' },
      responseTemplates: { 'application/json': '{"data": "$input.body"}' },
      statusCode: '200',
    });
    assertLike(body(await t.client.send(new GetIntegrationResponseCommand(ids))), recorded('CONVERT_TO_TEXT'));
    await deploy(apiId, 'test');
    assert.equal((await s3Call(s3.url, 'PUT', `/${BUCKET}/binary-encoded`, ENCODED)).status, 200);
    // CONVERT_TO_TEXT: the template sees the text, and the client gets the text it renders.
    const r = await callApi(t.app.url, apiId, '/test/binary-encoded', { headers: requestsHeaders({ Accept: 'image/png', 'response-content-type': OCTET }) });
    const etag = Object.entries(r.headers).find(([k]) => k.toLowerCase() === 'etag')?.[1];
    assert.deepEqual([r.status, r.text, etag], [200, `{"data": "${ENCODED.toString()}"}`, ETAG.get(ENCODED)]);
    // CONVERT_TO_BINARY: the rendered JSON is no base64, a 500.
    await t.client.send(
      new UpdateIntegrationResponseCommand({ ...ids, patchOperations: [{ op: 'replace', path: '/contentHandling', value: 'CONVERT_TO_BINARY' }] }),
    );
    assertLike(body(await t.client.send(new GetIntegrationResponseCommand(ids))), recorded('CONVERT_TO_BINARY'));
    await deploy(apiId, 'test');
    await get(apiId, 'test', 'binary-encoded', 'image/png', OCTET, 500);
  },
);
