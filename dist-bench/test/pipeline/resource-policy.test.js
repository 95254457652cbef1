/**
 * Resource policies end to end, as a table: for each policy, one deployed API with a method per
 * authorization type (NONE, a Lambda TOKEN authorizer, AWS_IAM), called by anonymous, authorized and
 * IAM callers of this and another account. Expected outcomes follow DG:apigateway-authorization-flow
 * (explicit deny first and before any authorizer runs; same account: Allow from either side; other
 * account: both; no authorization: an explicit Allow), with AWS's capital-M denial body
 * (ASFHyP3/hyp3#2283) and the authorizer's own texts (repost.aws knowledge-center
 * api-gateway-403-error-lambda-authorizer).
 */
import { CreateAuthorizerCommand, CreateRestApiCommand, PutGatewayResponseCommand } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { addResource, deploy, invokeUrl, putMethod, putResponse, rawRequest } from '../helpers/apis.js';
import { authorizerUri, writeAuthorizerFunctions } from '../helpers/authorizer-functions.js';
import { send, sign } from '../helpers/sigv4.js';
import { startTollgate } from '../helpers/tollgate.js';
const ALICE = { accessKeyId: 'AKIDALICE', secretAccessKey: 'alice-secret', region: 'us-east-1', service: 'execute-api' };
const CAROL = { ...ALICE, accessKeyId: 'AKIDCAROL', secretAccessKey: 'carol-secret' };
const ALICE_ARN = 'arn:aws:iam::000000000000:user/alice';
const CAROL_ARN = 'arn:aws:iam::999999999999:user/carol';
const stmt = (Effect, Resource, extra = {}) => ({
    Effect,
    Principal: '*',
    Action: 'execute-api:Invoke',
    Resource,
    ...extra,
});
const doc = (...Statement) => JSON.stringify({ Version: '2012-10-17', Statement });
const POLICIES = {
    'allow all (execute-api:/* shorthand)': doc(stmt('Allow', 'execute-api:/*')),
    'allow from 192.0.2.0/24 only': doc(stmt('Allow', 'execute-api:/*', { Condition: { IpAddress: { 'aws:SourceIp': ['192.0.2.0/24', '198.51.100.0/24'] } } })),
    'allow from 127.0.0.0/8': doc(stmt('Allow', 'arn:aws:execute-api:us-east-1:000000000000:*/*', { Condition: { IpAddress: { 'aws:SourceIp': '127.0.0.0/8' } } })),
    'deny outside 192.0.2.0/24': doc(stmt('Allow', 'execute-api:/*'), stmt('Deny', 'execute-api:/*', { Condition: { NotIpAddress: { 'aws:SourceIp': '192.0.2.0/24' } } })),
    'deny GET /none': doc(stmt('Allow', 'execute-api:/*'), stmt('Deny', 'execute-api:/*/GET/none')),
    'allow alice only': doc({ Effect: 'Allow', Principal: { AWS: ALICE_ARN }, Action: 'execute-api:Invoke', Resource: 'execute-api:/*' }),
    'allow by aws:PrincipalArn': doc(stmt('Allow', 'execute-api:/*', { Condition: { StringEquals: { 'aws:PrincipalArn': [ALICE_ARN, CAROL_ARN] } } })),
    'not JSON (fails closed)': '{"Version": "2012-10-17", "Statement": [',
};
const CALLERS = ['anonymous', 'lambda-allow', 'lambda-implicit', 'lambda-deny', 'iam-alice', 'iam-carol'];
const EXPECT = {
    'allow all (execute-api:/* shorthand)': {
        anonymous: 200,
        'lambda-allow': 200,
        'lambda-implicit': 200,
        'lambda-deny': 'authz!',
        'iam-alice': 200,
        'iam-carol': 200,
    },
    'allow from 192.0.2.0/24 only': {
        anonymous: 'anon',
        'lambda-allow': 200,
        'lambda-implicit': 'authz',
        'lambda-deny': 'authz!',
        'iam-alice': 200,
        'iam-carol': 'carol',
    },
    'allow from 127.0.0.0/8': {
        anonymous: 200,
        'lambda-allow': 200,
        'lambda-implicit': 200,
        'lambda-deny': 'authz!',
        'iam-alice': 200,
        'iam-carol': 200,
    },
    'deny outside 192.0.2.0/24': {
        anonymous: 'anon!',
        'lambda-allow': 'anon!',
        'lambda-implicit': 'anon!',
        'lambda-deny': 'anon!',
        'iam-alice': 'alice!',
        'iam-carol': 'carol!',
    },
    'deny GET /none': {
        anonymous: 'anon!',
        'lambda-allow': 200,
        'lambda-implicit': 200,
        'lambda-deny': 'authz!',
        'iam-alice': 200,
        'iam-carol': 200,
    },
    'allow alice only': {
        anonymous: 'anon',
        'lambda-allow': 200,
        'lambda-implicit': 'authz',
        'lambda-deny': 'authz!',
        'iam-alice': 200,
        'iam-carol': 'carol',
    },
    'allow by aws:PrincipalArn': {
        anonymous: 'anon',
        'lambda-allow': 200,
        'lambda-implicit': 'authz',
        'lambda-deny': 'authz!',
        'iam-alice': 200,
        'iam-carol': 200,
    },
    'not JSON (fails closed)': {
        anonymous: 'anon!',
        'lambda-allow': 'anon!',
        'lambda-implicit': 'anon!',
        'lambda-deny': 'anon!',
        'iam-alice': 'alice!',
        'iam-carol': 'carol!',
    },
};
let t;
let fns;
let dir;
const apis = {};
async function policyApi(policy) {
    const created = await t.client.send(new CreateRestApiCommand({ name: 'policy', policy }));
    const api = { id: created.id, root: created.rootResourceId };
    const authz = await t.client.send(new CreateAuthorizerCommand({
        restApiId: api.id,
        name: 'tok',
        type: 'TOKEN',
        authorizerUri: authorizerUri('authz'),
        identitySource: 'method.request.header.Authorization',
        authorizerResultTtlInSeconds: 0,
    }));
    for (const [part, extra] of [
        ['none', {}],
        ['lambda', { authorizationType: 'CUSTOM', authorizerId: authz.id }],
        ['iam', { authorizationType: 'AWS_IAM' }],
    ]) {
        const r = await addResource(t.client, api, api.root, part);
        await putMethod(t.client, api, r, 'GET', { requestTemplates: { 'application/json': '{"statusCode": 200}' } }, extra);
        await putResponse(t.client, api, r, 'GET', '200', { responseTemplates: { 'application/json': '{"ok":true}' } });
    }
    return api;
}
before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tollgate-rp-'));
    writeFileSync(join(dir, 'credentials.json'), JSON.stringify({
        AKIDTEST: { secretAccessKey: 'secret', principalArn: 'arn:aws:iam::000000000000:root' },
        AKIDALICE: { secretAccessKey: 'alice-secret', principalArn: ALICE_ARN },
        AKIDCAROL: { secretAccessKey: 'carol-secret', principalArn: CAROL_ARN },
    }));
    fns = writeAuthorizerFunctions();
    t = await startTollgate(['--functions', fns.dir, '--credentials', join(dir, 'credentials.json')]);
    for (const [name, policy] of Object.entries(POLICIES)) {
        apis[name] = await policyApi(policy);
        await deploy(t.client, apis[name], 'dev');
    }
});
after(async () => {
    await t?.close();
    fns?.remove();
    if (dir)
        rmSync(dir, { recursive: true, force: true });
});
async function request(api, caller) {
    const path = caller === 'anonymous' ? '/none' : caller.startsWith('lambda') ? '/lambda' : '/iam';
    const url = invokeUrl(t.app.url, api, 'dev', path);
    if (caller.startsWith('iam'))
        return send(await sign(url, {}, caller === 'iam-alice' ? ALICE : CAROL));
    return rawRequest(url, { headers: caller.startsWith('lambda') ? { Authorization: caller.slice('lambda-'.length) } : {} });
}
function expectedBody(api, caller, outcome) {
    const path = caller === 'anonymous' ? 'none' : caller.startsWith('lambda') ? 'lambda' : 'iam';
    const arn = `arn:aws:execute-api:us-east-1:********0000:${api.id}/dev/GET/${path}`;
    const denied = (who, explicit, suffix = '') => ({
        Message: `User: ${who} is not authorized to perform: execute-api:Invoke on resource: ${arn}${explicit ? ' with an explicit deny' : ''}${suffix}`,
    });
    switch (outcome) {
        case 200:
            return { ok: true };
        case 'anon':
            return denied('anonymous', false);
        case 'anon!':
            return denied('anonymous', true);
        case 'authz':
            return { message: 'User is not authorized to access this resource' };
        case 'authz!':
            return { message: 'User is not authorized to access this resource with an explicit deny' };
        case 'alice!':
            return denied(ALICE_ARN, true);
        case 'carol':
            return denied(CAROL_ARN, false, ' because no resource-based policy allows the execute-api:Invoke action');
        case 'carol!':
            return denied(CAROL_ARN, true);
    }
}
for (const name of Object.keys(POLICIES)) {
    describe(`resource policy: ${name}`, () => {
        for (const caller of CALLERS) {
            const outcome = EXPECT[name][caller];
            it(`${caller} → ${outcome === 200 ? 200 : `403 (${outcome})`}`, async () => {
                const api = apis[name];
                const invocations = fns.events().length;
                const res = await request(api, caller);
                assert.equal(res.status, outcome === 200 ? 200 : 403, res.text);
                assert.deepEqual(res.json(), expectedBody(api, caller, outcome));
                if (outcome !== 200)
                    assert.equal(res.headers['x-amzn-errortype'], 'AccessDeniedException');
                // An explicit deny of the resource policy is found before any authorizer is called.
                if (caller.startsWith('lambda'))
                    assert.equal(fns.events().length - invocations, outcome === 'anon!' ? 0 : 1, 'authorizer invocations');
            });
        }
    });
}
describe('a customised ACCESS_DENIED gateway response', () => {
    it('renders the denial through its template ($context.error.message)', async () => {
        const created = await t.client.send(new CreateRestApiCommand({ name: 'custom-denial', policy: POLICIES['allow from 192.0.2.0/24 only'] }));
        const api = { id: created.id, root: created.rootResourceId };
        await putMethod(t.client, api, api.root, 'GET', { requestTemplates: { 'application/json': '{"statusCode": 200}' } });
        await t.client.send(new PutGatewayResponseCommand({
            restApiId: api.id,
            responseType: 'ACCESS_DENIED',
            statusCode: '401',
            responseTemplates: { 'application/json': '{"denied":$context.error.messageString,"type":"$context.error.responseType"}' },
        }));
        await deploy(t.client, api, 'dev');
        const res = await rawRequest(invokeUrl(t.app.url, api, 'dev', '/'));
        assert.equal(res.status, 401);
        assert.deepEqual(res.json(), {
            denied: `User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:********0000:${api.id}/dev/GET/`,
            type: 'ACCESS_DENIED',
        });
    });
});
//# sourceMappingURL=resource-policy.test.js.map