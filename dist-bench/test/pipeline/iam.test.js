/**
 * AWS_IAM methods end to end: requests signed by the AWS SDK's signer (@smithy/signature-v4, header and
 * presigned forms) and by curl's --aws-sigv4 pass and fill `$context.identity.*`; unsigned, tampered,
 * expired, wrongly scoped and unknown-key requests fail with AWS's status, error type and text; the
 * principal's identity policy (configuration) allows or denies (explicit deny, no allow, cross-account).
 * Texts: src/auth/sigv4.ts; repost.aws knowledge-center api-gateway-iam-sigv4-mismatch.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { addResource, deploy, invokeUrl, newApi, putMethod, putResponse, rawRequest } from '../helpers/apis.js';
import { lambdaUri, writeFunctions } from '../helpers/functions.js';
import { send, sign } from '../helpers/sigv4.js';
import { startTollgate } from '../helpers/tollgate.js';
const run = promisify(execFile);
const ALICE = { accessKeyId: 'AKIDALICE', secretAccessKey: 'alice-secret', region: 'us-east-1', service: 'execute-api' };
const BOB = { ...ALICE, accessKeyId: 'AKIDBOB', secretAccessKey: 'bob-secret' };
const CAROL = { ...ALICE, accessKeyId: 'AKIDCAROL', secretAccessKey: 'carol-secret' };
const CREDENTIALS = {
    AKIDTEST: { secretAccessKey: 'secret', principalArn: 'arn:aws:iam::000000000000:root' }, // the test SDK client (management)
    AKIDALICE: { secretAccessKey: 'alice-secret', principalArn: 'arn:aws:iam::000000000000:user/alice' },
    AKIDBOB: {
        secretAccessKey: 'bob-secret',
        principalArn: 'arn:aws:iam::000000000000:user/bob',
        userId: 'AIDABOB',
        policy: {
            Version: '2012-10-17',
            Statement: [
                { Effect: 'Allow', Action: 'execute-api:Invoke', Resource: 'arn:aws:execute-api:*:*:*/*/GET/*' },
                { Effect: 'Deny', Action: 'execute-api:Invoke', Resource: 'arn:aws:execute-api:*:*:*/*/GET/secret' },
            ],
        },
    },
    AKIDCAROL: { secretAccessKey: 'carol-secret', principalArn: 'arn:aws:iam::999999999999:user/carol' },
    // Identity policies with conditions on the request: from 10/8 only, and from loopback only.
    AKIDDAVE: {
        secretAccessKey: 'dave-secret',
        principalArn: 'arn:aws:iam::000000000000:user/dave',
        policy: JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 'execute-api:*', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } }],
        }),
    },
    AKIDERIN: {
        secretAccessKey: 'erin-secret',
        principalArn: 'arn:aws:iam::000000000000:user/erin',
        policy: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 'execute-api:Invoke', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '127.0.0.0/8' } } }],
        },
    },
};
const IDENTITY = '{"accessKey":"$context.identity.accessKey","accountId":"$context.identity.accountId","caller":"$context.identity.caller","user":"$context.identity.user","userArn":"$context.identity.userArn"}';
let t;
let fns;
let dir;
let api;
before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tollgate-iam-'));
    writeFileSync(join(dir, 'credentials.json'), JSON.stringify(CREDENTIALS));
    fns = writeFunctions();
    t = await startTollgate(['--functions', fns.dir, '--credentials', join(dir, 'credentials.json')]);
    api = await newApi(t.client);
    const iam = async (resource, httpMethod = 'GET') => {
        await putMethod(t.client, api, resource, httpMethod, { requestTemplates: { 'application/json': '{"statusCode": 200}' } }, { authorizationType: 'AWS_IAM' });
        await putResponse(t.client, api, resource, httpMethod, '200', { responseTemplates: { 'application/json': IDENTITY } });
    };
    await iam(api.root);
    await iam(await addResource(t.client, api, api.root, 'secret'));
    await iam(await addResource(t.client, api, api.root, 'other'), 'POST');
    await putMethod(t.client, api, await addResource(t.client, api, api.root, 'echo'), 'POST', { type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: lambdaUri('echo') }, { authorizationType: 'AWS_IAM' });
    await deploy(t.client, api, 'dev');
});
after(async () => {
    await t?.close();
    fns?.remove();
    if (dir)
        rmSync(dir, { recursive: true, force: true });
});
const url = (path) => invokeUrl(t.app.url, api, 'dev', path);
describe('signed requests pass and fill $context.identity', () => {
    const ALICE_IDENTITY = {
        accessKey: 'AKIDALICE',
        accountId: '000000000000',
        caller: 'AKIDALICE',
        user: 'AKIDALICE',
        userArn: 'arn:aws:iam::000000000000:user/alice',
    };
    it('the SDK signer, Authorization header', async () => {
        const res = await send(await sign(url('/?q=1&a=b%20c'), {}, ALICE));
        assert.equal(res.status, 200, res.text);
        assert.deepEqual(res.json(), ALICE_IDENTITY);
    });
    it('the SDK signer, presigned URL', async () => {
        const res = await send(await sign(url('/'), {}, ALICE, { presign: true }));
        assert.equal(res.status, 200, res.text);
        assert.deepEqual(res.json(), ALICE_IDENTITY);
    });
    it('the AWS host style (Host: {api}.execute-api.localhost)', async () => {
        const host = `${api.id}.execute-api.localhost`;
        const out = await sign(`http://${host}/dev/`, {}, ALICE);
        const res = await rawRequest(`${t.app.url}/dev/`, { headers: out.headers });
        assert.equal(res.status, 200, res.text);
    });
    it('curl --aws-sigv4', async () => {
        const { stdout } = await run('curl', ['-s', '-w', '\n%{http_code}', '--aws-sigv4', 'aws:amz:us-east-1:execute-api', '--user', 'AKIDALICE:alice-secret', url('/secret')], { timeout: 20_000 });
        const [body, code] = stdout.split('\n');
        assert.equal(code, '200', body);
        assert.deepEqual(JSON.parse(body), ALICE_IDENTITY);
    });
    it('a signed body, and the identity in the proxy event', async () => {
        const res = await send(await sign(url('/echo'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' }, ALICE));
        assert.equal(res.status, 200, res.text);
        const id = res.json().requestContext.identity;
        assert.deepEqual([id.accessKey, id.accountId, id.caller, id.user, id.userArn], ['AKIDALICE', '000000000000', 'AKIDALICE', 'AKIDALICE', 'arn:aws:iam::000000000000:user/alice']);
    });
});
describe('failures', () => {
    const MISMATCH = 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';
    const cases = [
        [
            'unsigned',
            async () => ({ url: url('/'), method: 'GET', headers: {} }),
            undefined,
            403,
            'MissingAuthenticationTokenException',
            '{"message":"Missing Authentication Token"}',
        ],
        [
            'a tampered body',
            () => sign(url('/echo'), { method: 'POST', body: '{"a":1}' }, ALICE),
            (o) => ({ ...o, body: '{"a":2}' }),
            403,
            'InvalidSignatureException',
            new RegExp(`^\\{"message":"${MISMATCH.replace(/[.()]/g, '\\$&')}\\\\n\\\\nThe Canonical String for this request should have been\\\\n'POST\\\\n/_aws/execute-api/`),
        ],
        [
            'a tampered path',
            () => sign(url('/'), {}, ALICE),
            (o) => ({ ...o, url: o.url.replace('/dev/', '/dev/secret') }),
            403,
            'InvalidSignatureException',
            /^\{"message":"The request signature we calculated does not match/,
        ],
        [
            'a wrong secret',
            () => sign(url('/'), {}, { ...ALICE, secretAccessKey: 'guess' }),
            undefined,
            403,
            'InvalidSignatureException',
            /^\{"message":"The request signature we calculated does not match/,
        ],
        [
            'an unknown access key',
            () => sign(url('/'), {}, { ...ALICE, accessKeyId: 'AKIDMALLORY' }),
            undefined,
            403,
            'UnrecognizedClientException',
            '{"message":"The security token included in the request is invalid."}',
        ],
        [
            'a signature 10 minutes old',
            () => sign(url('/'), {}, ALICE, { signingDate: new Date(Date.now() - 10 * 60_000) }),
            undefined,
            403,
            'InvalidSignatureException',
            /^\{"message":"Signature expired: \d{8}T\d{6}Z is now earlier than \d{8}T\d{6}Z \(\d{8}T\d{6}Z - 5 min\.\)"\}$/,
        ],
        [
            'a presigned URL past its expiry',
            () => sign(url('/'), {}, ALICE, { presign: true, expiresIn: 1, signingDate: new Date(Date.now() - 60_000) }),
            undefined,
            403,
            'InvalidSignatureException',
            /^\{"message":"Signature expired: /,
        ],
        [
            'another region',
            () => sign(url('/'), {}, { ...ALICE, region: 'eu-west-1' }),
            undefined,
            403,
            'InvalidSignatureException',
            '{"message":"Credential should be scoped to a valid region, not \'eu-west-1\'. "}',
        ],
        [
            'another service',
            () => sign(url('/'), {}, { ...ALICE, service: 'apigateway' }),
            undefined,
            403,
            'InvalidSignatureException',
            '{"message":"Credential should be scoped to correct service: \'execute-api\'. "}',
        ],
        [
            'a bearer token',
            async () => ({ url: url('/'), method: 'GET', headers: { authorization: 'Bearer abc' } }),
            undefined,
            403,
            'IncompleteSignatureException',
            /^\{"message":"Invalid key=value pair \(missing equal-sign\) in Authorization header/,
        ],
    ];
    for (const [name, make, tamper, status, errorType, body] of cases) {
        it(`${name} → ${status} ${errorType}`, async () => {
            const res = await send(await make(), tamper);
            assert.equal(res.status, status, res.text);
            assert.equal(res.headers['x-amzn-errortype'], errorType);
            if (typeof body === 'string')
                assert.equal(res.text, body);
            else
                assert.match(res.text, body);
        });
    }
});
describe('identity policies', () => {
    const arn = (path, method = 'GET') => `arn:aws:execute-api:us-east-1:********0000:${api.id}/dev/${method}${path}`;
    it("bob's policy allows GET", async () => {
        const res = await send(await sign(url('/'), {}, BOB));
        assert.equal(res.status, 200, res.text);
        assert.deepEqual(res.json().caller, 'AIDABOB');
    });
    it("an explicit deny in bob's policy → 403 with the capital-M body", async () => {
        const res = await send(await sign(url('/secret'), {}, BOB));
        assert.equal(res.status, 403);
        assert.equal(res.headers['x-amzn-errortype'], 'AccessDeniedException');
        assert.deepEqual(res.json(), {
            Message: `User: arn:aws:iam::000000000000:user/bob is not authorized to perform: execute-api:Invoke on resource: ${arn('/secret')} with an explicit deny in an identity-based policy`,
        });
    });
    it("nothing in bob's policy allows POST → 403", async () => {
        const res = await send(await sign(url('/other'), { method: 'POST' }, BOB));
        assert.equal(res.status, 403);
        assert.deepEqual(res.json(), {
            Message: `User: arn:aws:iam::000000000000:user/bob is not authorized to perform: execute-api:Invoke on resource: ${arn('/other', 'POST')} because no identity-based policy allows the execute-api:Invoke action`,
        });
    });
    it('identity-policy conditions see the request (aws:SourceIp)', async () => {
        const dave = await send(await sign(url('/'), {}, { ...ALICE, accessKeyId: 'AKIDDAVE', secretAccessKey: 'dave-secret' }));
        assert.equal(dave.status, 403);
        assert.match(dave.json().Message, /^User: arn:aws:iam::000000000000:user\/dave is not authorized .* because no identity-based policy allows the execute-api:Invoke action$/);
        const erin = await send(await sign(url('/'), {}, { ...ALICE, accessKeyId: 'AKIDERIN', secretAccessKey: 'erin-secret' }));
        assert.equal(erin.status, 200, erin.text);
    });
    it("a caller of another account needs the API's resource policy too (table B)", async () => {
        const res = await send(await sign(url('/'), {}, CAROL));
        assert.equal(res.status, 403);
        assert.deepEqual(res.json(), {
            Message: `User: arn:aws:iam::999999999999:user/carol is not authorized to perform: execute-api:Invoke on resource: ${arn('/')} because no resource-based policy allows the execute-api:Invoke action`,
        });
    });
});
//# sourceMappingURL=iam.test.js.map