/**
 * IAM policy evaluation for execute-api:Invoke (src/auth/policy.ts), data-driven: wildcards (a trailing
 * `*` spans segments, an exact ARN covers no sub-path — dherault/serverless-offline#340, #1191, PR#1797),
 * explicit Deny wins, Principal, the conditions resource policies use (IpAddress / NotIpAddress with
 * CIDRs, StringEquals / StringLike, aws:PrincipalArn, IfExists, Null), and the DG's outcome tables A and B
 * (DG:apigateway-authorization-flow).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { combine, evaluatePolicy, globMatch, parsePolicy, PolicyError } from '../../src/auth/policy.js';
import { conditionKeys, denialMessage, maskAccount, methodArn } from '../../src/auth/resource-policy.js';
const ARN = (stage, method, path) => methodArn('us-east-1', '123456789012', 'abc123', stage, method, path);
const A = 'arn:aws:execute-api:us-east-1:123456789012:abc123';
const allow = (Resource, extra = {}) => ({
    Effect: 'Allow',
    Action: 'execute-api:Invoke',
    Resource,
    ...extra,
});
const deny = (Resource, extra = {}) => ({
    Effect: 'Deny',
    Action: 'execute-api:Invoke',
    Resource,
    ...extra,
});
describe('method ARN and masking', () => {
    it('names stage, method and the request path; the root is "/"', () => {
        assert.equal(ARN('dev', 'GET', '/'), `${A}/dev/GET/`);
        assert.equal(ARN('dev', 'POST', '/pets/42'), `${A}/dev/POST/pets/42`);
    });
    it('denials mask the account as ********{last4} (ASFHyP3/hyp3#2283)', () => {
        assert.equal(maskAccount(`${A}/api/GET/`), 'arn:aws:execute-api:us-east-1:********9012:abc123/api/GET/');
        assert.equal(denialMessage('anonymous', `${A}/dev/GET/x`, true), 'User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:********9012:abc123/dev/GET/x with an explicit deny');
    });
});
describe('wildcards (authorizer and identity policies)', () => {
    const table = [
        [`${A}/dev/GET/pets`, ARN('dev', 'GET', '/pets'), true],
        [`${A}/dev/GET/pets`, ARN('dev', 'GET', '/pets/42'), false], // an exact ARN does not cover sub-paths
        [`${A}/dev/GET/pets/*`, ARN('dev', 'GET', '/pets/42'), true],
        [`${A}/dev/GET/pets/*`, ARN('dev', 'GET', '/pets/42/toys/1'), true], // a trailing * spans segments
        [`${A}/dev/GET/pets/*`, ARN('dev', 'GET', '/pets'), false],
        [`${A}/*/GET/*`, ARN('prod', 'GET', '/anything/at/all'), true],
        [`${A}/*/GET/*`, ARN('prod', 'POST', '/x'), false],
        [`${A}/dev/*`, ARN('dev', 'DELETE', '/'), true],
        [`${A}/dev/*/pets`, ARN('dev', 'PUT', '/pets'), true],
        [`${A}/dev/GET/`, ARN('dev', 'GET', '/'), true],
        [`${A}/dev/GET/`, ARN('dev', 'GET', '/pets'), false],
        [`${A}/dev/G?T/pets`, ARN('dev', 'GET', '/pets'), true],
        ['arn:aws:execute-api:us-east-1:*:abc123/*', ARN('dev', 'GET', '/x'), true],
        ['arn:aws:execute-api:us-east-1:*:other/*', ARN('dev', 'GET', '/x'), false],
        ['*', ARN('dev', 'GET', '/x'), true],
        [`${A}/dev/GET/Pets`, ARN('dev', 'GET', '/pets'), false], // resources compare with case
    ];
    for (const [resource, arn, matches] of table) {
        it(`${resource.replace(A, '…')} ${matches ? 'covers' : 'does not cover'} ${arn.replace(A, '…')}`, () => {
            const d = evaluatePolicy(parsePolicy({ Version: '2012-10-17', Statement: [allow(resource)] }), { action: 'execute-api:Invoke', resource: arn, principal: null, keys: {} }, false);
            assert.equal(d, matches ? 'Allow' : 'Neither');
        });
    }
    it('actions: any case, execute-api:*, *; other actions do not apply', () => {
        for (const [action, d] of [
            ['execute-api:invoke', 'Allow'],
            ['execute-api:*', 'Allow'],
            ['*', 'Allow'],
            ['execute-api:InvalidateCache', 'Neither'],
            ['s3:GetObject', 'Neither'],
        ]) {
            const doc = parsePolicy({ Statement: { Effect: 'Allow', Action: action, Resource: '*' } });
            assert.equal(evaluatePolicy(doc, { action: 'execute-api:Invoke', resource: ARN('dev', 'GET', '/'), principal: null, keys: {} }, false), d, action);
        }
    });
    it('an explicit Deny wins over any Allow, whatever the order', () => {
        for (const statements of [
            [allow(`${A}/*`), deny(`${A}/dev/DELETE/*`)],
            [deny(`${A}/dev/DELETE/*`), allow(`${A}/*`)],
        ]) {
            const doc = parsePolicy({ Statement: statements });
            assert.equal(evaluatePolicy(doc, { action: 'execute-api:Invoke', resource: ARN('dev', 'DELETE', '/pets/1'), principal: null, keys: {} }, false), 'Deny');
            assert.equal(evaluatePolicy(doc, { action: 'execute-api:Invoke', resource: ARN('dev', 'GET', '/pets/1'), principal: null, keys: {} }, false), 'Allow');
        }
    });
    it('NotResource and NotAction invert', () => {
        const doc = parsePolicy({
            Statement: [{ Effect: 'Deny', Action: 'execute-api:Invoke', NotResource: `${A}/dev/GET/public` }, allow('*')],
        });
        assert.equal(evaluatePolicy(doc, { action: 'execute-api:Invoke', resource: ARN('dev', 'GET', '/public'), principal: null, keys: {} }, false), 'Allow');
        assert.equal(evaluatePolicy(doc, { action: 'execute-api:Invoke', resource: ARN('dev', 'GET', '/private'), principal: null, keys: {} }, false), 'Deny');
    });
    it('globMatch treats regex characters literally', () => assert.equal(globMatch('a.b(c)+', 'axb(c)+'), false));
});
describe('resource policies: principals and conditions', () => {
    const alice = {
        arn: 'arn:aws:iam::123456789012:user/alice',
        accountId: '123456789012',
        userId: 'AIDAALICE',
    };
    const bob = { arn: 'arn:aws:iam::999999999999:user/bob', accountId: '999999999999', userId: 'AIDABOB' };
    const facts = (sourceIp, caller = null) => conditionKeys({ region: 'us-east-1', sourceIp, secure: false, now: Date.UTC(2026, 0, 1), caller, userAgent: 'curl/8' });
    const cases = [
        { name: 'Principal * allows anonymous', statements: [allow(`${A}/*`, { Principal: '*' })], expect: 'Allow' },
        { name: 'Principal {AWS: *} allows anonymous', statements: [allow(`${A}/*`, { Principal: { AWS: '*' } })], expect: 'Allow' },
        {
            name: 'a named principal does not cover anonymous',
            statements: [allow(`${A}/*`, { Principal: { AWS: alice.arn } })],
            expect: 'Neither',
        },
        {
            name: 'a named principal covers that caller',
            statements: [allow(`${A}/*`, { Principal: { AWS: alice.arn } })],
            caller: alice,
            expect: 'Allow',
        },
        {
            name: 'an account principal covers its callers',
            statements: [allow(`${A}/*`, { Principal: { AWS: '123456789012' } })],
            caller: alice,
            expect: 'Allow',
        },
        {
            name: 'an account root ARN covers its callers',
            statements: [allow(`${A}/*`, { Principal: { AWS: ['arn:aws:iam::123456789012:root'] } })],
            caller: alice,
            expect: 'Allow',
        },
        {
            name: "another account's caller is not covered",
            statements: [allow(`${A}/*`, { Principal: { AWS: '123456789012' } })],
            caller: bob,
            expect: 'Neither',
        },
        { name: 'a statement without Principal applies to nobody', statements: [allow(`${A}/*`)], expect: 'Neither' },
        {
            name: 'IpAddress in a /24',
            statements: [allow(`${A}/*`, { Principal: '*', Condition: { IpAddress: { 'aws:SourceIp': ['192.0.2.0/24', '198.51.100.0/24'] } } })],
            ip: '198.51.100.7',
            expect: 'Allow',
        },
        {
            name: 'IpAddress outside the CIDRs',
            statements: [allow(`${A}/*`, { Principal: '*', Condition: { IpAddress: { 'aws:SourceIp': ['192.0.2.0/24'] } } })],
            ip: '10.0.0.1',
            expect: 'Neither',
        },
        {
            name: 'IpAddress with a single address',
            statements: [allow(`${A}/*`, { Principal: '*', Condition: { IpAddress: { 'aws:SourceIp': '127.0.0.1' } } })],
            ip: '127.0.0.1',
            expect: 'Allow',
        },
        {
            name: 'IpAddress with an IPv6 CIDR',
            statements: [allow(`${A}/*`, { Principal: '*', Condition: { IpAddress: { 'aws:SourceIp': '2001:db8::/32' } } })],
            ip: '2001:db8::1',
            expect: 'Allow',
        },
        {
            name: 'an IPv4-mapped IPv6 source',
            statements: [allow(`${A}/*`, { Principal: '*', Condition: { IpAddress: { 'aws:SourceIp': '127.0.0.0/8' } } })],
            ip: '::ffff:127.0.0.1',
            expect: 'Allow',
        },
        {
            name: 'Deny NotIpAddress denies others',
            statements: [allow(`${A}/*`, { Principal: '*' }), deny(`${A}/*`, { Principal: '*', Condition: { NotIpAddress: { 'aws:SourceIp': '192.0.2.0/24' } } })],
            ip: '10.1.1.1',
            expect: 'Deny',
        },
        {
            name: 'Deny NotIpAddress spares the listed range',
            statements: [allow(`${A}/*`, { Principal: '*' }), deny(`${A}/*`, { Principal: '*', Condition: { NotIpAddress: { 'aws:SourceIp': '192.0.2.0/24' } } })],
            ip: '192.0.2.9',
            expect: 'Allow',
        },
        {
            name: 'StringEquals on aws:PrincipalArn',
            statements: [allow(`${A}/*`, { Principal: '*', Condition: { StringEquals: { 'aws:PrincipalArn': alice.arn } } })],
            caller: alice,
            expect: 'Allow',
        },
        {
            name: 'StringEquals on a key the request lacks',
            statements: [allow(`${A}/*`, { Principal: '*', Condition: { StringEquals: { 'aws:PrincipalArn': alice.arn } } })],
            expect: 'Neither',
        },
        {
            name: 'StringEqualsIfExists on an absent key',
            statements: [allow(`${A}/*`, { Principal: '*', Condition: { StringEqualsIfExists: { 'aws:PrincipalArn': alice.arn } } })],
            expect: 'Allow',
        },
        {
            name: 'StringNotEquals on an absent key holds',
            statements: [deny(`${A}/*`, { Principal: '*', Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } })],
            expect: 'Deny',
        },
        {
            name: 'StringLike with wildcards',
            statements: [allow(`${A}/*`, { Principal: '*', Condition: { StringLike: { 'aws:PrincipalArn': 'arn:aws:iam::123456789012:user/*' } } })],
            caller: alice,
            expect: 'Allow',
        },
        {
            name: 'StringLike not matching',
            statements: [allow(`${A}/*`, { Principal: '*', Condition: { StringLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/*' } } })],
            caller: alice,
            expect: 'Neither',
        },
        {
            name: 'ArnLike on aws:PrincipalArn',
            statements: [allow(`${A}/*`, { Principal: '*', Condition: { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::123456789012:*' } } })],
            caller: alice,
            expect: 'Allow',
        },
        {
            name: 'condition keys ignore case',
            statements: [allow(`${A}/*`, { Principal: '*', Condition: { StringEquals: { 'AWS:USERNAME': 'alice' } } })],
            caller: alice,
            expect: 'Allow',
        },
        {
            name: 'Null: true when the key is absent',
            statements: [allow(`${A}/*`, { Principal: '*', Condition: { Null: { 'aws:PrincipalArn': 'true' } } })],
            expect: 'Allow',
        },
        {
            name: 'every operator must hold',
            statements: [
                allow(`${A}/*`, {
                    Principal: '*',
                    Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' }, StringEquals: { 'aws:UserAgent': 'wget' } },
                }),
            ],
            ip: '10.0.0.1',
            expect: 'Neither',
        },
        {
            name: 'an unknown operator makes its statement not apply',
            statements: [allow(`${A}/*`, { Principal: '*', Condition: { StringSoundsLike: { 'aws:UserAgent': 'curl' } } })],
            expect: 'Neither',
        },
    ];
    for (const c of cases) {
        it(c.name, () => {
            const doc = parsePolicy({ Version: '2012-10-17', Statement: c.statements });
            const d = evaluatePolicy(doc, {
                action: 'execute-api:Invoke',
                resource: ARN('dev', 'GET', '/x'),
                principal: c.caller ?? null,
                keys: facts(c.ip ?? '127.0.0.1', c.caller ?? null),
            }, true);
            assert.equal(d, c.expect);
        });
    }
});
describe('outcome tables (DG:apigateway-authorization-flow)', () => {
    const A_ = [
        ['Allow', 'Allow', 'Allow'],
        ['Allow', 'Neither', 'Allow'],
        ['Allow', 'Deny', 'Deny'],
        ['Neither', 'Allow', 'Allow'],
        ['Neither', 'Neither', 'Neither'],
        ['Neither', 'Deny', 'Deny'],
        ['Deny', 'Allow', 'Deny'],
        ['Deny', 'Neither', 'Deny'],
        ['Deny', 'Deny', 'Deny'],
    ];
    const B_ = [
        ['Allow', 'Allow', 'Allow'],
        ['Allow', 'Neither', 'Neither'],
        ['Allow', 'Deny', 'Deny'],
        ['Neither', 'Allow', 'Neither'],
        ['Neither', 'Neither', 'Neither'],
        ['Neither', 'Deny', 'Deny'],
        ['Deny', 'Allow', 'Deny'],
        ['Deny', 'Neither', 'Deny'],
        ['Deny', 'Deny', 'Deny'],
    ];
    for (const [caller, resource, out] of A_)
        it(`table A: ${caller} + ${resource} → ${out}`, () => assert.equal(combine(caller, resource, true), out));
    for (const [caller, resource, out] of B_)
        it(`table B: ${caller} + ${resource} → ${out}`, () => assert.equal(combine(caller, resource, false), out));
});
describe('malformed policies', () => {
    for (const [name, doc] of [
        ['no Statement', {}],
        ['a bad Effect', { Statement: [{ Effect: 'Maybe', Action: '*', Resource: '*' }] }],
        ['no Resource', { Statement: [{ Effect: 'Allow', Action: '*' }] }],
        ['a nested condition value', { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringEquals: { k: { x: 1 } } } }] }],
    ])
        it(name, () => assert.throws(() => parsePolicy(doc), PolicyError));
});
//# sourceMappingURL=policy.test.js.map