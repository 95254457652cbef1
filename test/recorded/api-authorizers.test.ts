/**
 * Replays AWS's recorded answers for Authorizer operations on an API that does not exist
 * (test_apigateway_api.py::TestApiGatewayApiAuthorizer).
 */
import { CreateAuthorizerCommand, GetAuthorizersCommand } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { rec, recordedError } from '../helpers/recorded.js';
import { ACCOUNT, startTollgate, type TestServer } from '../helpers/tollgate.js';

let t: TestServer;
before(async () => { t = await startTollgate(); });
after(async () => { await t.close(); });

describe('Authorizer (recorded)', () => {
  it(rec('test_apigateway_api.py::TestApiGatewayApiAuthorizer::test_authorizer_crud_no_api',
    'wrong-rest-api-id-create-authorizer', 'wrong-rest-api-id-get-authorizers'), async () => {
    // CreateAuthorizer on a missing API answers 409 "concurrent modification", not 404: AWS's answer, recorded.
    assert.deepEqual(await recordedError(t.client.send(new CreateAuthorizerCommand({
      restApiId: 'test-fake-rest-id',
      name: 'fake-auth-name',
      type: 'TOKEN',
      authorizerUri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:myApiAuthorizer/invocations',
      identitySource: 'method.request.header.Authorization',
    }))), {
      Code: 'ConflictException', Message: 'Unable to complete operation due to concurrent modification. Please try again later.', HTTPStatusCode: 409,
    });
    assert.deepEqual(await recordedError(t.client.send(new GetAuthorizersCommand({ restApiId: 'test-fake-rest-id' }))), {
      Code: 'NotFoundException', Message: `Invalid API identifier specified ${ACCOUNT}:test-fake-rest-id`, HTTPStatusCode: 404,
    });
  });
});
