/**
 * Recorded S3 integrations (test_apigateway_s3.py): `arn:aws:apigateway:{region}:s3:path/{bucket}/{key}`
 * with the integration's method (ANY = the client's) and a path parameter for the key, against a real
 * S3 emulator (s3rver) on 127.0.0.1 that Tollgate reaches through `--aws-endpoint s3=URL`. S3's
 * 404 NoSuchKey is no error to API Gateway without a matching selectionPattern: the default 200
 * integration response passes S3's XML through.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { addResource, deploy, newApi, putMethod, putResponse } from '../helpers/apis.js';
import { S3RVER_KEYS, s3Call, startS3rver } from '../helpers/aws-services.js';
import { callApi, requestsHeaders } from '../helpers/recorded-invoke.js';
import { assertLike, rec } from '../helpers/recorded.js';
import { startTollgate } from '../helpers/tollgate.js';
const ROLE = 'arn:aws:iam::000000000000:role/apigw-s3';
const BUCKET = 'recorded-bucket';
let t;
let s3;
before(async () => {
    s3 = await startS3rver();
    // s3rver checks signatures against its own account's keys: Tollgate is configured to sign with them.
    process.env.TOLLGATE_AWS_ACCESS_KEY_ID = S3RVER_KEYS.accessKeyId;
    process.env.TOLLGATE_AWS_SECRET_ACCESS_KEY = S3RVER_KEYS.secretAccessKey;
    t = await startTollgate(['--aws-endpoint', `s3=${s3.url}`]);
    const made = await s3Call(s3.url, 'PUT', `/${BUCKET}`);
    assert.equal(made.status, 200, made.text);
});
after(async () => {
    await t.close();
    await s3.close();
});
/** `xmltodict.parse` of S3's error document, the part the recording holds. */
function xmlError(xml) {
    const inner = /<Error>([\s\S]*)<\/Error>/.exec(xml)?.[1] ?? '';
    const out = {};
    for (const m of inner.matchAll(/<(\w+)>([^<]*)<\/\1>/g))
        out[m[1]] = m[2];
    return { Error: out };
}
const NO_SUCH_KEY = { Error: { Code: 'NoSuchKey', Key: 'test.json', Message: 'The specified key does not exist.' } };
/** S3's RequestId and HostId: s3rver writes neither (Tollgate passes S3's body through as it came). */
const withoutHostId = (e) => ({
    Error: Object.fromEntries(Object.entries(e.Error).filter(([k]) => k !== 'HostId' && k !== 'RequestId')),
});
it(rec('test_apigateway_s3.py::test_apigateway_s3_any', 'get-object-empty', 'get-object-1', 'get-object-2', 'get-object-deleted', 'get-object-s3'), async () => {
    const api = await newApi(t.client, { name: 's3-any' });
    const resource = await addResource(t.client, api, api.root, '{object_path+}');
    await putMethod(t.client, api, resource, 'ANY', {
        type: 'AWS',
        integrationHttpMethod: 'ANY',
        uri: `arn:aws:apigateway:us-east-1:s3:path/${BUCKET}/{object_path}`,
        requestParameters: {
            'integration.request.path.object_path': 'method.request.path.object_path',
            'integration.request.header.Content-Type': 'method.request.header.Content-Type',
        },
        credentials: ROLE,
    }, { requestParameters: { 'method.request.path.object_path': true, 'method.request.header.Content-Type': false } });
    await putResponse(t.client, api, resource, 'ANY', '200');
    await deploy(t.client, api, 'test');
    const call = (method, body) => callApi(t.app.url, api.id, '/test/test.json', {
        method,
        headers: requestsHeaders(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(body === undefined ? {} : { body }),
    });
    const empty = await call('GET');
    assert.equal(empty.status, 200);
    assertLike(withoutHostId(xmlError(empty.text)), NO_SUCH_KEY);
    for (const id of [1, 2]) {
        assert.equal((await call('PUT', `{"put_id": ${id}}`)).status, 200);
        const got = await call('GET');
        assert.equal(got.status, 200);
        assert.deepEqual(got.json(), { put_id: id });
    }
    await call('DELETE');
    const deleted = await call('GET');
    assert.equal(deleted.status, 200);
    assertLike(withoutHostId(xmlError(deleted.text)), NO_SUCH_KEY);
    const direct = await s3Call(s3.url, 'GET', `/${BUCKET}/test.json`);
    assert.equal(direct.status, 404);
    assert.deepEqual(withoutHostId(xmlError(direct.text)), NO_SUCH_KEY);
});
it(rec('test_apigateway_s3.py::test_apigateway_s3_method_mapping', 'get-object', 'get-deleted-object'), async () => {
    const api = await newApi(t.client, { name: 's3-method-mapping' });
    const uri = `arn:aws:apigateway:us-east-1:s3:path/${BUCKET}/test.json`;
    const routes = [
        ['get', { integrationHttpMethod: 'GET' }],
        [
            'put',
            {
                integrationHttpMethod: 'PUT',
                requestParameters: { 'integration.request.header.Content-Type': "'application/json'" },
                requestTemplates: { 'application/json': '{"message": "great success!"}' },
            },
        ],
        ['delete', { integrationHttpMethod: 'DELETE' }],
    ];
    for (const [part, integration] of routes) {
        const resource = await addResource(t.client, api, api.root, part);
        await putMethod(t.client, api, resource, 'GET', { type: 'AWS', uri, credentials: ROLE, ...integration });
        await putResponse(t.client, api, resource, 'GET', '200');
    }
    await deploy(t.client, api, 'test');
    const get = (path) => callApi(t.app.url, api.id, `/test/${path}`, { headers: requestsHeaders() });
    assert.equal((await get('put')).status, 200);
    const object = await get('get');
    assert.deepEqual([object.status, object.json()], [200, { message: 'great success!' }]);
    assert.equal((await get('delete')).status, 200);
    const deleted = await get('get');
    assert.equal(deleted.status, 200);
    assertLike(withoutHostId(xmlError(deleted.text)), NO_SUCH_KEY);
});
//# sourceMappingURL=aws-s3.test.js.map