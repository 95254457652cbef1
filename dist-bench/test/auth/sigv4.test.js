/**
 * SigV4 verification (src/auth/sigv4.ts) against requests signed by the AWS SDK's own signer
 * (@smithy/signature-v4): the header and presigned forms pass; every tampering, a wrong key, a stale or
 * future date, another service or region fail with AWS's texts. Unit level: the signed request is fed to
 * the verifier as node:http would deliver it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { amzDate, canonicalUri, signedRequestOf, verifySigV4 } from '../../src/auth/sigv4.js';
import { sign } from '../helpers/sigv4.js';
const KEYS = {
    AKIDALICE: { secretAccessKey: 'alice/secret+key' },
    AKIDTEMP: { secretAccessKey: 'temp-secret', sessionToken: 'session-token-1' },
};
const SIGNER = { accessKeyId: 'AKIDALICE', secretAccessKey: 'alice/secret+key', region: 'eu-west-1', service: 'execute-api' };
const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
const AT = new Date(NOW);
/** What node:http hands over for a signed request: method, raw URL, raw headers, body. */
function delivered(o) {
    const u = new URL(o.url);
    const raw = [];
    for (const [k, v] of Object.entries(o.headers))
        raw.push(k, v);
    return signedRequestOf(o.method, `${u.pathname}${u.search}`, raw, Buffer.from(o.body ?? ''));
}
const verify = (req, over = {}) => verifySigV4(req, {
    service: over.service ?? 'execute-api',
    region: over.region ?? 'eu-west-1',
    lookup: (id) => KEYS[id],
    now: over.now ?? NOW,
});
describe('canonical URI', () => {
    // The SDKs encode the (already encoded) path once more and drop empty and dot segments.
    for (const [path, canonical] of [
        ['/', '/'],
        ['/dev/pets', '/dev/pets'],
        ['/dev/pets/', '/dev/pets/'],
        ['/dev//pets', '/dev/pets'],
        ['/dev/a%20b', '/dev/a%2520b'],
        ['/dev/./x/../y', '/dev/y'],
        ["/dev/it's", '/dev/it%27s'],
        ['/dev/~user', '/dev/~user'],
    ])
        it(`${path} → ${canonical}`, () => assert.equal(canonicalUri(path), canonical));
});
describe('requests signed by @smithy/signature-v4 pass', () => {
    const cases = [
        ['GET with a query', 'https://abc123.execute-api.eu-west-1.amazonaws.com/dev/pets?b=2&a=1&a=0&sp=a%20b&plus=%2B', {}],
        [
            'POST with a JSON body',
            'https://abc123.execute-api.eu-west-1.amazonaws.com/dev/pets',
            { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"rex"}' },
        ],
        ['an encoded path', 'http://127.0.0.1:4567/_aws/execute-api/abc123/dev/a%20b/%C3%A9t%C3%A9', {}],
        ['a header with inner spaces', 'http://127.0.0.1:4567/dev/', { headers: { 'x-custom': '  a   b  c ' } }],
        ['presigned GET', 'https://abc123.execute-api.eu-west-1.amazonaws.com/dev/pets?q=1', {}, { presign: true }],
        ['presigned DELETE on the root', 'http://localhost:4567/restapis/abc/dev/_user_request_/', { method: 'DELETE' }, { presign: true }],
    ];
    for (const [name, url, init, opts] of cases) {
        it(name, async () => {
            const r = verify(delivered(await sign(url, init, SIGNER, { ...opts, signingDate: AT })));
            assert.equal(r.ok, true, JSON.stringify(r));
            if (r.ok)
                assert.deepEqual([r.accessKeyId, r.region, r.service, r.presigned], ['AKIDALICE', 'eu-west-1', 'execute-api', Boolean(opts?.presign)]);
        });
    }
    it('with a session token', async () => {
        const out = await sign('http://127.0.0.1/dev/x', {}, { ...SIGNER, accessKeyId: 'AKIDTEMP', secretAccessKey: 'temp-secret', sessionToken: 'session-token-1' }, { signingDate: AT });
        assert.equal(verify(delivered(out)).ok, true);
        const wrong = await sign('http://127.0.0.1/dev/x', {}, { ...SIGNER, accessKeyId: 'AKIDTEMP', secretAccessKey: 'temp-secret', sessionToken: 'another' }, { signingDate: AT });
        assert.equal(verify(delivered(wrong)).kind, 'unknown-key');
    });
    it('within the 5-minute window either side', async () => {
        for (const offset of [-4.9 * 60_000, 4.9 * 60_000]) {
            const out = await sign('http://127.0.0.1/dev/x', {}, SIGNER, { signingDate: new Date(NOW + offset) });
            assert.equal(verify(delivered(out)).ok, true, String(offset));
        }
    });
});
describe("failures, with AWS's texts", () => {
    const URL_ = 'https://abc123.execute-api.eu-west-1.amazonaws.com/dev/pets?q=1';
    const MISMATCH = 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';
    const cases = [
        ['a changed path', (o) => ({ ...o, url: o.url.replace('/pets', '/cats') }), 'mismatch', MISMATCH],
        ['a changed query', (o) => ({ ...o, url: o.url.replace('q=1', 'q=2') }), 'mismatch', MISMATCH],
        ['an added query parameter', (o) => ({ ...o, url: `${o.url}&extra=1` }), 'mismatch', MISMATCH],
        ['a changed body', (o) => ({ ...o, body: '{"name":"evil"}' }), 'mismatch', MISMATCH],
        ['a changed signed header', (o) => ({ ...o, headers: { ...o.headers, host: 'other.example.com' } }), 'mismatch', MISMATCH],
        ['another method', (o) => ({ ...o, method: 'DELETE' }), 'mismatch', MISMATCH],
        ['a wrong secret', (o) => o, 'mismatch', MISMATCH],
        [
            'an unknown access key',
            (o) => ({ ...o, headers: { ...o.headers, authorization: o.headers.authorization.replace('AKIDALICE', 'AKIDNOBODY') } }),
            'unknown-key',
            'The security token included in the request is invalid.',
        ],
        [
            'no Authorization header',
            (o) => {
                const h = { ...o.headers };
                delete h.authorization;
                return { ...o, headers: h };
            },
            'missing',
            'Missing Authentication Token',
        ],
        [
            'a bearer token',
            (o) => ({ ...o, headers: { ...o.headers, authorization: 'Bearer abc.def' } }),
            'incomplete',
            /^Invalid key=value pair \(missing equal-sign\) in Authorization header \(hashed with SHA-256 and encoded with Base64\): '[A-Za-z0-9+/]+=*'\.$/,
        ],
        [
            'a bare JWT',
            (o) => {
                const h = { ...o.headers, authorization: 'eyJhbGciOiJIUzI1NiJ9.e30.x' };
                delete h['x-amz-date'];
                return { ...o, headers: h };
            },
            'incomplete',
            "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=eyJhbGciOiJIUzI1NiJ9.e30.x",
        ],
    ];
    for (const [name, tamper, kind, message] of cases) {
        it(name, async () => {
            const signer = name === 'a wrong secret' ? { ...SIGNER, secretAccessKey: 'not-the-secret' } : SIGNER;
            const body = name === 'a changed body' ? '{"name":"rex"}' : undefined;
            const out = await sign(URL_, { method: body ? 'POST' : 'GET', body }, signer, { signingDate: AT });
            const r = verify(delivered(tamper(out)));
            assert.equal(r.ok, false);
            if (r.ok)
                return;
            assert.equal(r.kind, kind);
            if (typeof message === 'string')
                assert.equal(r.message, message);
            else
                assert.match(r.message, message);
        });
    }
    it('a changed body under a declared x-amz-content-sha256', async () => {
        const out = await sign(URL_, { method: 'POST', body: 'original' }, SIGNER, { signingDate: AT });
        assert.ok(out.headers['x-amz-content-sha256']);
        const r = verify(delivered({ ...out, body: 'changed' }));
        assert.equal(r.ok ? 'ok' : r.kind, 'mismatch');
    });
    it('expired: "Signature expired: … is now earlier than … (… - 5 min.)"', async () => {
        const out = await sign(URL_, {}, SIGNER, { signingDate: new Date(NOW - 6 * 60_000) });
        const r = verify(delivered(out));
        assert.deepEqual(r, {
            ok: false,
            kind: 'expired',
            message: `Signature expired: ${amzDate(NOW - 6 * 60_000)} is now earlier than ${amzDate(NOW - 5 * 60_000)} (${amzDate(NOW)} - 5 min.)`,
        });
    });
    it('from the future: "Signature not yet current: … is still later than … (… + 5 min.)"', async () => {
        const out = await sign(URL_, {}, SIGNER, { signingDate: new Date(NOW + 6 * 60_000) });
        const r = verify(delivered(out));
        assert.deepEqual(r, {
            ok: false,
            kind: 'not-yet',
            message: `Signature not yet current: ${amzDate(NOW + 6 * 60_000)} is still later than ${amzDate(NOW + 5 * 60_000)} (${amzDate(NOW)} + 5 min.)`,
        });
    });
    it('a presigned URL past X-Amz-Expires', async () => {
        const out = await sign(URL_, {}, SIGNER, { presign: true, expiresIn: 60, signingDate: new Date(NOW - 61_000) });
        const r = verify(delivered(out));
        assert.equal(r.ok ? 'ok' : r.kind, 'expired');
        // Within its lifetime (longer than the 5-minute skew) it passes.
        const long = await sign(URL_, {}, SIGNER, { presign: true, expiresIn: 3600, signingDate: new Date(NOW - 30 * 60_000) });
        assert.equal(verify(delivered(long)).ok, true);
    });
    it('another service or region: "Credential should be scoped …" (both sentences when both are wrong)', async () => {
        const wrongService = verify(delivered(await sign(URL_, {}, { ...SIGNER, service: 'apigateway' }, { signingDate: AT })));
        assert.deepEqual(wrongService, {
            ok: false,
            kind: 'scope',
            message: "Credential should be scoped to correct service: 'execute-api'. ",
        });
        const wrongRegion = verify(delivered(await sign(URL_, {}, { ...SIGNER, region: 'us-east-1' }, { signingDate: AT })));
        assert.deepEqual(wrongRegion, {
            ok: false,
            kind: 'scope',
            message: "Credential should be scoped to a valid region, not 'us-east-1'. ",
        });
        const both = verify(delivered(await sign(URL_, {}, { ...SIGNER, region: 'us-east-1', service: 's3' }, { signingDate: AT })));
        assert.deepEqual(both, {
            ok: false,
            kind: 'scope',
            message: "Credential should be scoped to a valid region, not 'us-east-1'. Credential should be scoped to correct service: 'execute-api'. ",
        });
    });
    it('a mismatch reports the canonical request and string to sign it expected', async () => {
        const out = await sign('http://127.0.0.1:4567/dev/x?b=2&a=1', {}, { ...SIGNER, secretAccessKey: 'wrong' }, { signingDate: AT });
        const r = verify(delivered(out));
        assert.equal(r.ok ? 'ok' : r.kind, 'mismatch');
        if (r.ok || r.kind !== 'mismatch')
            return;
        assert.equal(r.canonicalRequest, [
            'GET',
            '/dev/x',
            'a=1&b=2',
            'host:127.0.0.1:4567',
            `x-amz-content-sha256:${'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'}`,
            `x-amz-date:${amzDate(NOW)}`,
            '',
            'host;x-amz-content-sha256;x-amz-date',
            'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        ].join('\n'));
        assert.match(r.stringToSign, new RegExp(`^AWS4-HMAC-SHA256\\n${amzDate(NOW)}\\n20260115/eu-west-1/execute-api/aws4_request\\n[0-9a-f]{64}$`));
    });
});
//# sourceMappingURL=sigv4.test.js.map