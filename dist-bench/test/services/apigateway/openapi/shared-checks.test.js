/**
 * An integration or authorizer is refused or taken alike whether it comes from PutIntegration /
 * CreateAuthorizer or from an OpenAPI import: both run the one set of rules (integrations.ts
 * integrationProblem, authorizers.ts authorizerProblem). The API call answers the error itself; the
 * import lists its text as "Unable to put integration on '{verb}' for resource at path '{path}': …"
 * (recorded form, see openapi/plan.ts) or "Unable to create authorizer '{name}': …".
 */
import { CreateAuthorizerCommand, CreateRestApiCommand, GetAuthorizersCommand, GetIntegrationCommand, GetResourcesCommand, PutIntegrationCommand, PutMethodCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ACCOUNT, sdkError, startTollgate } from '../../../helpers/tollgate.js';
import { importApi, mockOp, swagger } from './helpers.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
const LAMBDA_FN = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:f`;
const LAMBDA_INVOKE = `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${LAMBDA_FN}/invocations`;
const OTHER_ACCOUNT_ROLE = 'arn:aws:iam::123456789012:role/other';
const OWN_ROLE = `arn:aws:iam::${ACCOUNT}:role/own`;
/** The same integration as PutIntegration input and as an `x-amazon-apigateway-integration` object. */
const asExtension = (i) => {
    const { integrationHttpMethod, type, ...rest } = i;
    return { ...rest, type: type.toLowerCase(), ...(integrationHttpMethod ? { httpMethod: integrationHttpMethod } : {}) };
};
async function putIntegration(i) {
    const api = await t.client.send(new CreateRestApiCommand({ name: 'shared-checks' }));
    const a = { restApiId: api.id, resourceId: api.rootResourceId, httpMethod: 'GET' };
    await t.client.send(new PutMethodCommand({ ...a, authorizationType: 'NONE' }));
    return t.client.send(new PutIntegrationCommand({ ...a, type: 'MOCK', ...i }));
}
const importIntegration = (i) => importApi(t, swagger({ '/x': { get: mockOp({ 'x-amazon-apigateway-integration': asExtension(i) }) } }));
const importError = (text) => `Errors found during import:\n\tUnable to put integration on 'GET' for resource at path '/x': ${text}`;
describe('integrations: PutIntegration and import check alike', () => {
    it('refused by both, with the same text (400 from PutIntegration, listed by the import)', async () => {
        const cases = [
            // rec: test_apigateway_integrations.py::test_put_integration_validation [invalid-uri-invalid-arn] (no ARN)
            [{ type: 'AWS', integrationHttpMethod: 'POST', uri: 'not-an-arn' }, 'Invalid ARN specified in the request'],
            // rec: test_apigateway_lambda.py::test_put_integration_aws_proxy_uri [put-integration-lambda-uri] (a function's own ARN)
            [{ type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: LAMBDA_FN }, 'AWS ARN for integration must contain path or action'],
            [{ type: 'AWS', integrationHttpMethod: 'POST', uri: LAMBDA_FN }, 'AWS ARN for integration must contain path or action'],
            // [put-integration-bad-lambda-arn], [put-integration-wrong-firehose], [no-s3-support-AWS_PROXY]
            [
                { type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/f' },
                "Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose stream invocations.",
            ],
            [
                { type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:firehose:path/stream' },
                "Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose stream invocations.",
            ],
            [
                { type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:s3:path/bucket/key', credentials: OWN_ROLE },
                "Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose stream invocations.",
            ],
            // Another service than Lambda needs a role (hashicorp/terraform-provider-aws#7916, aws/aws-cdk#1465).
            [
                { type: 'AWS', integrationHttpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:dynamodb:action/PutItem' },
                'Role ARN must be specified for AWS integrations',
            ],
            [{ type: 'AWS', integrationHttpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:s3:path/b/k' }, 'Role ARN must be specified for AWS integrations'],
            [{ type: 'HTTP', integrationHttpMethod: 'GET', uri: 'not a url' }, 'Invalid HTTP endpoint specified for URI'],
            [{ type: 'HTTP_PROXY', uri: 'https://example.com' }, 'Enumeration value for HttpMethod must be non-empty'],
            [
                { type: 'HTTP_PROXY', integrationHttpMethod: 'GET', uri: 'https://example.com', timeoutInMillis: 29001 },
                'Timeout should be between 50 ms and 29000 ms',
            ],
            [
                { type: 'HTTP_PROXY', integrationHttpMethod: 'GET', uri: 'https://example.com', connectionType: 'VPC_LINK' },
                'ConnectionId must be set to vpcLinkId for private integration.',
            ],
        ];
        for (const [i, message] of cases) {
            assert.deepEqual(await sdkError(putIntegration(i)), { name: 'BadRequestException', message, status: 400 }, JSON.stringify(i));
            assert.deepEqual(await sdkError(importIntegration(i)), { name: 'BadRequestException', message: importError(message), status: 400 }, JSON.stringify(i));
        }
    });
    it("a role of another account: 403 from PutIntegration (amazon-archives/aws-apigateway-importer#25), the same text in the import's list", async () => {
        for (const type of ['AWS', 'AWS_PROXY']) {
            const i = { type, integrationHttpMethod: 'POST', uri: LAMBDA_INVOKE, credentials: OTHER_ACCOUNT_ROLE };
            assert.deepEqual(await sdkError(putIntegration(i)), {
                name: 'AccessDeniedException',
                message: 'Cross-account pass role is not allowed.',
                status: 403,
            });
            assert.deepEqual(await sdkError(importIntegration(i)), {
                name: 'BadRequestException',
                message: importError('Cross-account pass role is not allowed.'),
                status: 400,
            });
        }
    });
    it('taken by both: Lambda and Firehose actions, a role of its own, and a VPC_LINK connectionId naming no VPC link (not recorded either way)', async () => {
        const cases = [
            { type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: LAMBDA_INVOKE },
            { type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:lambda:action/Invoke' },
            { type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:firehose:action/PutRecord' },
            { type: 'AWS', integrationHttpMethod: 'POST', uri: LAMBDA_INVOKE },
            { type: 'AWS', integrationHttpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:dynamodb:action/PutItem', credentials: OWN_ROLE },
            { type: 'AWS', integrationHttpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:s3:path/b/k', credentials: 'arn:aws:iam::*:user/*' },
            // REST APIs also take VPC links V2 (made with the apigatewayv2 API), so an id Tollgate does not know may be AWS's.
            {
                type: 'HTTP_PROXY',
                integrationHttpMethod: 'GET',
                uri: 'https://nlb.example.com/',
                connectionType: 'VPC_LINK',
                connectionId: 'nolink',
            },
        ];
        for (const i of cases) {
            const put = await putIntegration(i);
            assert.equal(put.$metadata.httpStatusCode, 201, JSON.stringify(i));
            assert.deepEqual([put.type, put.uri, put.credentials, put.connectionId], [i.type, i.uri, i.credentials, i.connectionId]);
            const api = await importIntegration(i);
            const x = (await t.client.send(new GetResourcesCommand({ restApiId: api.id }))).items.find((r) => r.path === '/x');
            const got = await t.client.send(new GetIntegrationCommand({ restApiId: api.id, resourceId: x.id, httpMethod: 'GET' }));
            assert.deepEqual([got.type, got.uri, got.credentials, got.connectionId], [i.type, i.uri, i.credentials, i.connectionId], JSON.stringify(i));
        }
    });
});
async function createAuthorizer(a) {
    const api = await t.client.send(new CreateRestApiCommand({ name: 'shared-checks' }));
    return t.client.send(new CreateAuthorizerCommand({
        restApiId: api.id,
        name: 'auth',
        type: 'TOKEN',
        identitySource: 'method.request.header.Authorization',
        ...a,
    }));
}
const importAuthorizer = (a) => importApi(t, swagger({ '/x': { get: mockOp({ security: [{ auth: [] }] }) } }, {
    securityDefinitions: {
        auth: { type: 'apiKey', name: 'Authorization', in: 'header', 'x-amazon-apigateway-authorizer': { type: 'token', ...a } },
    },
}));
const badUri = (uri) => `Invalid Authorizer URI: ${uri}. Authorizer URI should be a valid API Gateway ARN that represents a Lambda function invocation.`;
describe('authorizers: CreateAuthorizer and import check alike', () => {
    it('refused by both, with the same text (hashicorp/terraform-provider-aws#1757: a bare function ARN; a region that is none)', async () => {
        const regionless = `arn:aws:apigateway:region:lambda:path/2015-03-31/functions/${LAMBDA_FN}/invocations`;
        for (const uri of [LAMBDA_FN, regionless]) {
            assert.deepEqual(await sdkError(createAuthorizer({ authorizerUri: uri })), {
                name: 'BadRequestException',
                message: badUri(uri),
                status: 400,
            });
            assert.deepEqual(await sdkError(importAuthorizer({ authorizerUri: uri })), {
                name: 'BadRequestException',
                message: `Errors found during import:\n\tUnable to create authorizer 'auth': ${badUri(uri)}`,
                status: 400,
            });
        }
    });
    it('taken by both: anything after `…:lambda:path/` (rec: test_apigateway_basic.py::TestAPIGateway::test_apigateway_with_custom_authorization_method [authorizer]), a placeholder account too', async () => {
        const uris = [
            `arn:aws:apigateway:us-east-1:lambda:path/                 2015-03-31/functions/${LAMBDA_FN}/invocations`,
            // Not recorded: the AWS docs' placeholder account; what follows `path/` is not checked, so it is taken.
            'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:account-id:function:function-name/invocations',
        ];
        for (const uri of uris) {
            const created = await createAuthorizer({ authorizerUri: uri });
            assert.equal(created.$metadata.httpStatusCode, 201);
            assert.equal(created.authorizerUri, uri);
            const api = await importAuthorizer({ authorizerUri: uri });
            const items = (await t.client.send(new GetAuthorizersCommand({ restApiId: api.id }))).items;
            assert.deepEqual(items.map((a) => [a.name, a.authorizerUri]), [['auth', uri]]);
        }
    });
});
//# sourceMappingURL=shared-checks.test.js.map