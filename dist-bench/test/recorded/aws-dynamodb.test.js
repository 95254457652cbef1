/**
 * Recorded DynamoDB integrations (test_apigateway_dynamodb.py): `arn:aws:apigateway:{region}:dynamodb:action/{Action}`
 * with a request template for PutItem, Query and Scan, against a real DynamoDB emulator (dynalite) on
 * 127.0.0.1 that Tollgate reaches through `--aws-endpoint dynamodb=URL`; and AWS_PROXY refused for DynamoDB.
 */
import assert from 'node:assert/strict';
import { GetResourcesCommand, PutIntegrationCommand, PutMethodCommand } from '@aws-sdk/client-api-gateway';
import { after, before, describe, it } from 'node:test';
import { addResource, deploy, newApi, putMethod, putResponse } from '../helpers/apis.js';
import { jsonCall, startDynalite } from '../helpers/aws-services.js';
import { callApi, requestsHeaders } from '../helpers/recorded-invoke.js';
import { A, assertLike, rec, recordedError } from '../helpers/recorded.js';
import { startTollgate } from '../helpers/tollgate.js';
const ROLE = 'arn:aws:iam::000000000000:role/role-apigw-dynamodb';
const TABLE = 'recorded-table';
let t;
let ddb;
before(async () => {
    ddb = await startDynalite();
    t = await startTollgate(['--aws-endpoint', `dynamodb=${ddb.url}`]);
    await jsonCall(ddb.url, 'dynamodb', 'DynamoDB_20120810.CreateTable', {
        TableName: TABLE,
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        BillingMode: 'PAY_PER_REQUEST',
    });
    for (const id of ['test', 'test2', 'test 3'])
        await jsonCall(ddb.url, 'dynamodb', 'DynamoDB_20120810.PutItem', { TableName: TABLE, Item: { id: { S: id } } });
});
after(async () => {
    await t.close();
    await ddb.close();
});
/** The recorded test's fixture (conftest create_rest_api_with_integration): POST /test, AWS, `$input.json('$')` back. */
async function apiWithAction(action, template) {
    const api = await newApi(t.client, { name: `test-apigw-${action}`, endpointConfiguration: { types: ['REGIONAL'] } });
    const resource = await addResource(t.client, api, api.root, 'test');
    await putMethod(t.client, api, resource, 'POST', {
        type: 'AWS',
        integrationHttpMethod: 'POST',
        uri: `arn:aws:apigateway:us-east-1:dynamodb:action/${action}`,
        credentials: ROLE,
        requestTemplates: { 'application/json': JSON.stringify(template) },
    });
    await putResponse(t.client, api, resource, 'POST', '200', { responseTemplates: { 'application/json': "$input.json('$')" } });
    await deploy(t.client, api, 'dev');
    return api.id;
}
/** `requests.post(url)`: no body, the answer as the recorded test collected it. */
async function invoke(apiId, id) {
    const r = await callApi(t.app.url, apiId, `/dev/test?id=${encodeURIComponent(String(id))}`, { method: 'POST', headers: requestsHeaders(), body: '' });
    const headers = {};
    for (const [k, v] of Object.entries(r.headers))
        headers[k.toLowerCase()] = v;
    return { status_code: r.status, content: r.json(), headers };
}
const HEADERS = {
    connection: 'keep-alive',
    'content-length': A.match(/^\d+$/),
    'content-type': 'application/json',
    date: A.string,
    'x-amz-apigw-id': A.string,
    'x-amzn-requestid': A.uuid,
    'x-amzn-trace-id': A.match(/^Root=1-/),
};
const byId = (items) => [...items].sort((a, b) => (a.id.S < b.id.S ? -1 : 1));
describe('DynamoDB actions through a request template', () => {
    it(rec('test_apigateway_dynamodb.py::test_rest_api_to_dynamodb_integration[PutItem]', 'result-put-item', 'result-scan'), async () => {
        const apiId = await apiWithAction('PutItem', { TableName: TABLE, Item: { id: { S: "$input.params('id')" } } });
        assertLike(await invoke(apiId, 'test-new'), { status_code: 200, content: {}, headers: HEADERS });
        const scan = await jsonCall(ddb.url, 'dynamodb', 'DynamoDB_20120810.Scan', { TableName: TABLE });
        assert.deepEqual({ Count: scan.Count, Items: byId(scan.Items), ScannedCount: scan.ScannedCount }, { Count: 4, Items: [{ id: { S: 'test' } }, { id: { S: 'test 3' } }, { id: { S: 'test-new' } }, { id: { S: 'test2' } }], ScannedCount: 4 });
        await jsonCall(ddb.url, 'dynamodb', 'DynamoDB_20120810.DeleteItem', { TableName: TABLE, Key: { id: { S: 'test-new' } } });
    });
    it(rec('test_apigateway_dynamodb.py::test_rest_api_to_dynamodb_integration[Query]', 'result-test', 'result-test2', 'result-test 3', 'result-invalid'), async () => {
        const apiId = await apiWithAction('Query', {
            TableName: TABLE,
            KeyConditionExpression: 'id = :id',
            ExpressionAttributeValues: { ':id': { S: "$input.params('id')" } },
        });
        for (const id of ['test', 'test2', 'test 3']) {
            assertLike(await invoke(apiId, id), { status_code: 200, content: { Count: 1, Items: [{ id: { S: id } }], ScannedCount: 1 }, headers: HEADERS });
        }
        assertLike(await invoke(apiId, 'test-invalid'), { status_code: 200, content: { Count: 0, Items: [], ScannedCount: 0 }, headers: HEADERS });
    });
    it(rec('test_apigateway_dynamodb.py::test_rest_api_to_dynamodb_integration[Scan]', 'result-scan'), async () => {
        const apiId = await apiWithAction('Scan', { TableName: TABLE });
        const r = await invoke(apiId);
        const content = r.content;
        assertLike({ ...r, content: { ...content, Items: byId(content.Items) } }, {
            status_code: 200,
            content: { Count: 3, Items: [{ id: { S: 'test' } }, { id: { S: 'test 3' } }, { id: { S: 'test2' } }], ScannedCount: 3 },
            headers: HEADERS,
        });
    });
});
it(rec('test_apigateway_dynamodb.py::test_error_aws_proxy_not_supported', 'create-integration-error'), async () => {
    const apiId = await apiWithAction('Query', {});
    const resources = (await t.client.send(new GetResourcesCommand({ restApiId: apiId }))).items;
    const child = resources.find((r) => r.parentId);
    await t.client.send(new PutMethodCommand({ restApiId: apiId, resourceId: child.id, httpMethod: 'POST', authorizationType: 'NONE' })).catch(() => undefined);
    const err = await recordedError(t.client.send(new PutIntegrationCommand({
        restApiId: apiId,
        resourceId: child.id,
        httpMethod: 'POST',
        integrationHttpMethod: 'POST',
        type: 'AWS_PROXY',
        uri: 'arn:aws:apigateway:us-east-1:dynamodb:action/Query',
    })));
    assert.deepEqual(err, {
        Code: 'BadRequestException',
        Message: "Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose stream invocations.",
        HTTPStatusCode: 400,
    });
});
//# sourceMappingURL=aws-dynamodb.test.js.map