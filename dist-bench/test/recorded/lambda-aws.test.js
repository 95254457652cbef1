/**
 * Recorded Lambda non-proxy integrations (type AWS, test_apigateway_lambda.py): the control-plane
 * answers that set them up, the request template as the function's payload, response templates with
 * `$context.responseOverride`, and integration responses chosen by the function's `errorMessage`.
 */
import assert from 'node:assert/strict';
import { DeleteIntegrationCommand, GetIntegrationCommand, PutIntegrationCommand, PutIntegrationResponseCommand, PutMethodCommand, PutMethodResponseCommand, } from '@aws-sdk/client-api-gateway';
import { after, before, describe, it } from 'node:test';
import { addResource, deploy, newApi } from '../helpers/apis.js';
import { lambdaUri, writeFunctions } from '../helpers/functions.js';
import { callApi, requestsHeaders } from '../helpers/recorded-invoke.js';
import { A, assertLike, body, rec, recordedError } from '../helpers/recorded.js';
import { ACCOUNT, startTollgate } from '../helpers/tollgate.js';
let t;
let fns;
before(async () => {
    fns = writeFunctions();
    t = await startTollgate(['--functions', fns.dir]);
});
after(async () => {
    await t.close();
    fns.remove();
});
const ROLE = 'arn:aws:iam::000000000000:role/apigw-invoke-lambda';
const fnArn = (name) => `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}`;
/** The request template the recorded test read from tests/aws/files/request-template.vm. */
const REQUEST_TEMPLATE_VM = `#set($allParams = $input.params())
#set($jsonBody = $input.json('$'))
#set($path = $allParams.get('path'))
#set($querystring = $allParams.get('querystring'))
#set($header = $allParams.get('header'))
#set($stage = $context.stage)
{
"apiContext": {
"apiId": "$context.apiId",
"method": "$context.httpMethod",
"sourceIp": "$context.identity.sourceIp",
"userAgent": "$context.identity.userAgent",
"path": "$context.path",
"protocol": "$context.protocol",
"requestId": "$context.requestId",
"stage": "$stage"
},
"path": {
"parameterMap": {
#foreach($paramName in $path.keySet())
"$paramName": "$util.escapeJavaScript($path.get($paramName))"#if($foreach.hasNext),#end
#end
}
},
"querystring": {
"parameterMap":{
#foreach($paramName in $querystring.keySet())
"$paramName": "$util.escapeJavaScript($querystring.get($paramName))"#if($foreach.hasNext),#end
#end
}
},
"header": {
"parameterMap": {
#foreach($paramName in $header.keySet())
"$paramName": "$util.escapeJavaScript($header.get($paramName))"#if($foreach.hasNext),#end
#end
}
},
"body": $jsonBody
}
`;
/** …and tests/aws/files/response-template.vm. */
const RESPONSE_TEMPLATE_VM = `#set($inputRoot = $input.path('$'))
$input.json("$")
#if($inputRoot.toString().contains("customerror"))
    #set($context.responseOverride.status = 400)
#else
    #set($context.responseOverride.status = 202)
#end
`;
describe('Lambda AWS integrations (recorded)', () => {
    it(rec('test_apigateway_lambda.py::test_lambda_aws_integration', 'put-method', 'put-integration', 'put-integration-response', 'put-method-response', 'lambda-aws-integration'), async () => {
        const api = await newApi(t.client);
        const resourceId = await addResource(t.client, api, api.root, 'test');
        const m = { restApiId: api.id, resourceId, httpMethod: 'POST' };
        const method = await t.client.send(new PutMethodCommand({ ...m, authorizationType: 'NONE' }));
        assert.equal(method.$metadata.httpStatusCode, 201);
        assertLike(body(method), { apiKeyRequired: false, authorizationType: 'NONE', httpMethod: 'POST' });
        const uri = lambdaUri(fnArn('rececho'));
        const integration = await t.client.send(new PutIntegrationCommand({ ...m, type: 'AWS', integrationHttpMethod: 'POST', uri, credentials: ROLE }));
        assert.equal(integration.$metadata.httpStatusCode, 201);
        assertLike(body(integration), {
            cacheKeyParameters: [],
            cacheNamespace: A.string,
            credentials: ROLE,
            httpMethod: 'POST',
            passthroughBehavior: 'WHEN_NO_MATCH',
            timeoutInMillis: 29000,
            type: 'AWS',
            uri,
        });
        const ir = await t.client.send(new PutIntegrationResponseCommand({ ...m, statusCode: '200' }));
        assert.equal(ir.$metadata.httpStatusCode, 201);
        assertLike(body(ir), { statusCode: '200' });
        const mr = await t.client.send(new PutMethodResponseCommand({ ...m, statusCode: '200' }));
        assert.equal(mr.$metadata.httpStatusCode, 201);
        assertLike(body(mr), { statusCode: '200' });
        await deploy(t.client, api, 'api');
        // requests.post(url, data=json.dumps(...)): no Content-Type.
        const r = await callApi(t.app.url, api.id, '/api/test', {
            method: 'POST',
            headers: requestsHeaders(),
            body: JSON.stringify({ message: 'hello world' }),
        });
        assert.equal(r.status, 200, r.text);
        assert.deepEqual(r.json(), { message: 'hello world' });
    });
    it(rec('test_apigateway_lambda.py::test_lambda_aws_integration_with_request_template', 'put-method', 'put-method-response', 'put-integration', 'put-integration-response', 'lambda-aws-integration-1', 'lambda-aws-integration-2', 'delete-integration', 'get-integration-after-delete'), async () => {
        const api = await newApi(t.client);
        const resourceId = await addResource(t.client, api, api.root, 'test');
        const m = { restApiId: api.id, resourceId, httpMethod: 'GET' };
        const method = await t.client.send(new PutMethodCommand({ ...m, authorizationType: 'NONE', requestParameters: { 'method.request.querystring.param1': false } }));
        assert.equal(method.$metadata.httpStatusCode, 201);
        assertLike(body(method), {
            apiKeyRequired: false,
            authorizationType: 'NONE',
            httpMethod: 'GET',
            requestParameters: { 'method.request.querystring.param1': false },
        });
        const mr = await t.client.send(new PutMethodResponseCommand({ ...m, statusCode: '200' }));
        assert.equal(mr.$metadata.httpStatusCode, 201);
        assertLike(body(mr), { statusCode: '200' });
        const uri = lambdaUri(fnArn('rececho'));
        const template = '{"param1": "$input.params(\'param1\')"}';
        const integration = await t.client.send(new PutIntegrationCommand({
            ...m,
            integrationHttpMethod: 'POST',
            type: 'AWS',
            uri,
            credentials: ROLE,
            requestTemplates: { 'application/json': template },
        }));
        assert.equal(integration.$metadata.httpStatusCode, 201);
        assertLike(body(integration), {
            cacheKeyParameters: [],
            cacheNamespace: A.string,
            credentials: ROLE,
            httpMethod: 'POST',
            passthroughBehavior: 'WHEN_NO_MATCH',
            requestTemplates: { 'application/json': template },
            timeoutInMillis: 29000,
            type: 'AWS',
            uri,
        });
        const ir = await t.client.send(new PutIntegrationResponseCommand({ ...m, statusCode: '200', selectionPattern: '' }));
        assert.equal(ir.$metadata.httpStatusCode, 201);
        assertLike(body(ir), { selectionPattern: '', statusCode: '200' });
        await deploy(t.client, api, 'api');
        for (const query of ['param1=foobar', 'param1=foobar&Signature=1']) {
            const r = await callApi(t.app.url, api.id, `/api/test?${query}`, { headers: requestsHeaders() });
            assert.equal(r.status, 200, r.text);
            assert.deepEqual(r.json(), { param1: 'foobar' });
        }
        const deleted = await t.client.send(new DeleteIntegrationCommand(m));
        assert.equal(deleted.$metadata.httpStatusCode, 204);
        assert.deepEqual(await recordedError(t.client.send(new GetIntegrationCommand(m))), {
            Code: 'NotFoundException',
            Message: 'Invalid Integration identifier specified',
            HTTPStatusCode: 404,
        });
    });
    it(rec('test_apigateway_lambda.py::test_lambda_aws_integration_response_with_mapping_templates', 'response-template-202', 'response-template-400'), async () => {
        const api = await newApi(t.client);
        const resourceId = await addResource(t.client, api, api.root, 'test');
        const m = { restApiId: api.id, resourceId, httpMethod: 'POST' };
        await t.client.send(new PutMethodCommand({ ...m, authorizationType: 'NONE' }));
        await t.client.send(new PutMethodResponseCommand({ ...m, statusCode: '200' }));
        await t.client.send(new PutMethodResponseCommand({ ...m, statusCode: '400' }));
        await t.client.send(new PutIntegrationCommand({
            ...m,
            integrationHttpMethod: 'POST',
            type: 'AWS',
            uri: lambdaUri(fnArn('recmappingresponses')),
            credentials: ROLE,
            requestTemplates: { 'application/json': REQUEST_TEMPLATE_VM },
        }));
        await t.client.send(new PutIntegrationResponseCommand({
            ...m,
            statusCode: '200',
            selectionPattern: '',
            responseTemplates: { 'application/json': RESPONSE_TEMPLATE_VM },
        }));
        await deploy(t.client, api, 'api');
        const call = async (payload) => {
            const r = await callApi(t.app.url, api.id, '/api/test', {
                method: 'POST',
                headers: requestsHeaders({ 'Content-Type': 'application/json' }),
                body: JSON.stringify(payload),
            });
            return { statusCode: r.status, body: r.json() };
        };
        assert.deepEqual(await call({ httpStatus: '200' }), { body: { body: 'noerror', statusCode: 200 }, statusCode: 202 });
        assert.deepEqual(await call({ httpStatus: '400', errorMessage: 'Test Bad request' }), {
            body: { body: 'customerror', statusCode: 200 },
            statusCode: 400,
        });
    });
    it(rec('test_apigateway_lambda.py::test_lambda_selection_patterns', 'lambda-selection-pattern-200', 'lambda-selection-pattern-400', 'lambda-selection-pattern-500'), async () => {
        const api = await newApi(t.client);
        const resourceId = await addResource(t.client, api, api.root, '{statusCode}');
        const m = { restApiId: api.id, resourceId, httpMethod: 'GET' };
        await t.client.send(new PutMethodCommand({ ...m, authorizationType: 'NONE' }));
        await t.client.send(new PutIntegrationCommand({
            ...m,
            integrationHttpMethod: 'POST',
            type: 'AWS',
            uri: lambdaUri(fnArn('recselectpattern')),
            credentials: ROLE,
            requestTemplates: { 'application/json': '{"statusCode": "$input.params(\'statusCode\')"}' },
        }));
        for (const statusCode of ['200', '405', '502'])
            await t.client.send(new PutMethodResponseCommand({ ...m, statusCode }));
        await t.client.send(new PutIntegrationResponseCommand({ ...m, statusCode: '200', selectionPattern: '' }));
        await t.client.send(new PutIntegrationResponseCommand({ ...m, statusCode: '405', selectionPattern: '.*four hundred.*' }));
        await t.client.send(new PutIntegrationResponseCommand({ ...m, statusCode: '502', selectionPattern: '.+' }));
        // Not matched though "200" is the Lambda service's status: errorMessage is the subject.
        await t.client.send(new PutIntegrationResponseCommand({ ...m, statusCode: '504', selectionPattern: '200' }));
        await deploy(t.client, api, 'dev');
        const call = async (code, expected) => {
            const r = await callApi(t.app.url, api.id, `/dev/${code}`, { headers: requestsHeaders() });
            assert.equal(r.status, expected, r.text);
            return r.json();
        };
        assert.equal(await call('200', 200), 'Pass');
        // The function's error document passes through. Its errorType and errorMessage are AWS's recording;
        // the rest is the runtime's own detail — Python's requestId and stackTrace there, Node's trace here.
        const nodeTrace = A.any;
        assertLike(await call('400', 405), {
            errorMessage: 'Error: Raising four hundred from within the Lambda function',
            errorType: 'Exception',
            trace: nodeTrace,
        });
        assertLike(await call('500', 502), {
            errorMessage: 'Error: Raising five hundred from within the Lambda function',
            errorType: 'Exception',
            trace: nodeTrace,
        });
    });
});
//# sourceMappingURL=lambda-aws.test.js.map