/**
 * COGNITO_USER_POOLS authorizers end to end: RS256 JWTs signed with test keys, verified against JWKS
 * served from a local file and from a URL (--cognito-jwks ARN=PATH|URL): valid, expired, wrong issuer,
 * wrong key, unknown key id, ID vs access tokens with authorizationScopes, identityValidationExpression
 * against `aud`, claims in `$context.authorizer.claims` and in the proxy event; a pool without JWKS → 500.
 * Source: aws-behavior.md "COGNITO_USER_POOLS and AWS_IAM"; DG:apigateway-enable-cognito-user-pool.
 */
import { CreateAuthorizerCommand, TestInvokeAuthorizerCommand } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { addResource, deploy, invokeUrl, newApi, putMethod, putResponse, rawRequest } from '../helpers/apis.js';
import { lambdaUri, writeFunctions } from '../helpers/functions.js';
import { startTollgate } from '../helpers/tollgate.js';
const POOL = 'arn:aws:cognito-idp:us-east-1:000000000000:userpool/us-east-1_FilePool';
const POOL_URL = 'arn:aws:cognito-idp:eu-west-1:000000000000:userpool/eu-west-1_UrlPool';
const POOL_NO_JWKS = 'arn:aws:cognito-idp:us-east-1:000000000000:userpool/us-east-1_NoKeys';
const ISS = 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_FilePool';
const ISS_URL = 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_UrlPool';
const key = () => generateKeyPairSync('rsa', { modulusLength: 2048 });
const good = key();
const impostor = key();
const urlKey = key();
const jwks = (...keys) => JSON.stringify({ keys: keys.map(([kid, k]) => ({ ...k.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' })) });
function jwt(payload, opts = {}) {
    const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const head = b64({ kid: opts.kid ?? 'k1', alg: opts.alg ?? 'RS256' });
    const body = b64(payload);
    const sig = sign('RSA-SHA256', Buffer.from(`${head}.${body}`), opts.key ?? good.privateKey).toString('base64url');
    return `${head}.${body}.${sig}`;
}
const now = () => Math.floor(Date.now() / 1000);
const idToken = (extra = {}) => ({
    sub: 'user-123',
    iss: ISS,
    aud: 'client-abc',
    token_use: 'id',
    exp: now() + 600,
    iat: now(),
    email: 'a@example.com',
    email_verified: true,
    'cognito:groups': ['admin', 'users'],
    'cognito:username': 'alice',
    ...extra,
});
const accessToken = (scope, extra = {}) => ({
    sub: 'user-123',
    iss: ISS,
    client_id: 'client-abc',
    token_use: 'access',
    scope,
    exp: now() + 600,
    iat: now(),
    ...extra,
});
let t;
let fns;
let dir;
let jwksServer;
let api;
const ids = {};
before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tollgate-jwks-'));
    writeFileSync(join(dir, 'pool.json'), jwks(['k1', good.publicKey], ['k0', key().publicKey]));
    jwksServer = createServer((req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(jwks(['u1', urlKey.publicKey]));
    });
    await new Promise((r) => jwksServer.listen(0, '127.0.0.1', r));
    const jwksUrl = `http://127.0.0.1:${jwksServer.address().port}/.well-known/jwks.json`;
    fns = writeFunctions();
    t = await startTollgate(['--functions', fns.dir, '--cognito-jwks', `${POOL}=${join(dir, 'pool.json')}`, '--cognito-jwks', `${POOL_URL}=${jwksUrl}`]);
    api = await newApi(t.client);
    const authorizer = async (name, providerARNs, extra = {}) => (await t.client.send(new CreateAuthorizerCommand({
        restApiId: api.id,
        name,
        type: 'COGNITO_USER_POOLS',
        providerARNs,
        identitySource: 'method.request.header.Authorization',
        ...extra,
    }))).id;
    ids.pools = await authorizer('pools', [POOL, POOL_URL]);
    ids.nokeys = await authorizer('nokeys', [POOL_NO_JWKS]);
    ids.aud = await authorizer('aud', [POOL], { identityValidationExpression: 'client-[a-z]+' });
    ids.audJava = await authorizer('aud-java', [POOL], { identityValidationExpression: '(?i)CLIENT-\\p{Alpha}++' });
    const mock = async (part, authorizerId, scopes) => {
        const r = await addResource(t.client, api, api.root, part);
        await putMethod(t.client, api, r, 'GET', { requestTemplates: { 'application/json': '{"statusCode": 200}' } }, { authorizationType: 'COGNITO_USER_POOLS', authorizerId, authorizationScopes: scopes });
        await putResponse(t.client, api, r, 'GET', '200', {
            responseTemplates: {
                'application/json': '{"sub":"$context.authorizer.claims.sub","email":"$context.authorizer.claims.email","groups":"$context.authorizer.claims[\'cognito:groups\']","verified":"$context.authorizer.claims.email_verified"}',
            },
        });
    };
    await mock('id', ids.pools);
    await mock('scoped', ids.pools, ['pets/read', 'pets/write']);
    await mock('nokeys', ids.nokeys);
    await mock('aud', ids.aud);
    await mock('aud-java', ids.audJava);
    const proxy = await addResource(t.client, api, api.root, 'proxy');
    await putMethod(t.client, api, proxy, 'GET', { type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: lambdaUri('echo') }, { authorizationType: 'COGNITO_USER_POOLS', authorizerId: ids.pools });
    await deploy(t.client, api, 'dev');
});
after(async () => {
    await t?.close();
    fns?.remove();
    jwksServer?.close();
    if (dir)
        rmSync(dir, { recursive: true, force: true });
});
const call = (path, token) => rawRequest(invokeUrl(t.app.url, api, 'dev', path), { headers: token === undefined ? {} : { Authorization: token } });
describe('tokens', () => {
    const UNAUTHORIZED = [401, '{"message":"Unauthorized"}'];
    const cases = [
        ['a valid ID token', '/id', () => jwt(idToken()), [200]],
        ['with a Bearer prefix', '/id', () => `Bearer ${jwt(idToken())}`, [200]],
        ['from the pool whose JWKS is a URL', '/id', () => jwt(idToken({ iss: ISS_URL }), { kid: 'u1', key: urlKey.privateKey }), [200]],
        ['expired', '/id', () => jwt(idToken({ exp: now() - 10 })), UNAUTHORIZED],
        ['not yet valid', '/id', () => jwt(idToken({ nbf: now() + 600 })), UNAUTHORIZED],
        ['a wrong issuer', '/id', () => jwt(idToken({ iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Other' })), UNAUTHORIZED],
        ['signed by another key under the same kid', '/id', () => jwt(idToken(), { key: impostor.privateKey }), UNAUTHORIZED],
        ['an unknown kid', '/id', () => jwt(idToken(), { kid: 'nope' }), UNAUTHORIZED],
        ['a key of the other pool', '/id', () => jwt(idToken({ iss: ISS_URL })), UNAUTHORIZED],
        ['not RS256', '/id', () => jwt(idToken(), { alg: 'HS256' }), UNAUTHORIZED],
        [
            'a changed payload',
            '/id',
            () => {
                const [h, , s] = jwt(idToken()).split('.');
                return `${h}.${Buffer.from(JSON.stringify(idToken({ sub: 'admin' }))).toString('base64url')}.${s}`;
            },
            UNAUTHORIZED,
        ],
        ['not a JWT', '/id', () => 'hello', UNAUTHORIZED],
        ['no token', '/id', () => undefined, UNAUTHORIZED],
        ['an access token where no scopes are set (an ID token is required)', '/id', () => jwt(accessToken('pets/read')), UNAUTHORIZED],
        ['an access token with one of the scopes', '/scoped', () => jwt(accessToken('openid pets/write')), [200]],
        ['an access token without them', '/scoped', () => jwt(accessToken('openid pets/delete')), UNAUTHORIZED],
        ['an ID token where scopes are set', '/scoped', () => jwt(idToken()), UNAUTHORIZED],
        ['identityValidationExpression matching aud', '/aud', () => jwt(idToken({ aud: 'client-xyz' })), [200]],
        ['identityValidationExpression not matching aud', '/aud', () => jwt(idToken({ aud: 'web-xyz' })), UNAUTHORIZED],
        ['identityValidationExpression as a Java regex matching aud', '/aud-java', () => jwt(idToken({ aud: 'client-xyz' })), [200]],
        ['identityValidationExpression as a Java regex not matching aud', '/aud-java', () => jwt(idToken({ aud: 'client-x1' })), UNAUTHORIZED],
        ['identityValidationExpression and an access token (no aud)', '/aud', () => jwt(accessToken('x')), UNAUTHORIZED],
        [
            'a pool without configured JWKS',
            '/nokeys',
            () => jwt(idToken({ iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_NoKeys' })),
            [500, '{"message":null}'],
        ],
    ];
    for (const [name, path, token, [status, body]] of cases) {
        it(`${name} → ${status}`, async () => {
            const res = await call(path, token());
            assert.equal(res.status, status, res.text);
            if (body !== undefined)
                assert.equal(res.text, body);
            if (status === 401)
                assert.equal(res.headers['x-amzn-errortype'], 'UnauthorizedException');
            if (status === 500)
                assert.equal(res.headers['x-amzn-errortype'], 'AuthorizerConfigurationException');
        });
    }
});
describe('claims', () => {
    it('reach $context.authorizer.claims as strings (lists as [a b])', async () => {
        const res = await call('/id', jwt(idToken()));
        assert.deepEqual(res.json(), { sub: 'user-123', email: 'a@example.com', groups: '[admin users]', verified: 'true' });
    });
    it("reach the proxy event's requestContext.authorizer.claims", async () => {
        const token = idToken(); // one token: a second boundary between two idToken() calls moves exp
        const event = (await call('/proxy', jwt(token))).json();
        const claims = event.requestContext.authorizer.claims;
        assert.deepEqual(Object.keys(event.requestContext.authorizer), ['claims']);
        assert.equal(claims.sub, 'user-123');
        assert.equal(claims['cognito:username'], 'alice');
        assert.equal(claims.token_use, 'id');
        assert.equal(typeof claims.exp, 'string');
        assert.equal(claims.exp, String(token.exp));
    });
    it('TestInvokeAuthorizer answers the claims', async () => {
        const r = await t.client.send(new TestInvokeAuthorizerCommand({ restApiId: api.id, authorizerId: ids.pools, headers: { Authorization: jwt(idToken()) } }));
        assert.equal(r.clientStatus, 200);
        assert.equal(r.claims?.sub, 'user-123');
        const bad = await t.client.send(new TestInvokeAuthorizerCommand({ restApiId: api.id, authorizerId: ids.pools, headers: { Authorization: jwt(idToken({ exp: 1 })) } }));
        assert.equal(bad.clientStatus, 401);
    });
});
//# sourceMappingURL=cognito.test.js.map