/**
 * Management API authentication (src/auth/management.ts): with credentials configured, every request
 * must be SigV4-signed (service `apigateway`) by one of them — the unmodified SDK and the AWS CLI v2 pass;
 * unsigned, wrong-secret, unknown-key and stale requests fail with AWS's error types and texts. A
 * management API on a non-loopback address refuses to start without credentials; on loopback without
 * credentials, unsigned local use keeps working. Secrets never reach the logs.
 */
import { APIGatewayClient, CreateRestApiCommand, GetRestApisCommand } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { inspect, promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import { startApp } from '../../../src/app.js';
import { ConfigError, loadConfig } from '../../../src/config/options.js';
import { isLoopback } from '../../../src/auth/management.js';
import { MAIN_JS } from '../../helpers/process.js';
import { sdkError, startTollgate } from '../../helpers/tollgate.js';
const run = promisify(execFile);
const ADMIN_SECRET = 'admin-Secret/Value+42';
const CREDENTIALS = {
    AKIDTEST: { secretAccessKey: 'secret', principalArn: 'arn:aws:iam::000000000000:root' },
    AKIDADMIN: { secretAccessKey: ADMIN_SECRET, principalArn: 'arn:aws:iam::000000000000:user/admin' },
};
let dir;
let file;
let t;
const clients = [];
const client = (accessKeyId, secretAccessKey, extra = {}) => {
    const c = new APIGatewayClient({
        endpoint: t.app.adminUrl,
        region: 'us-east-1',
        credentials: { accessKeyId, secretAccessKey },
        maxAttempts: 1,
        ...extra,
    });
    clients.push(c);
    return c;
};
/** A process environment without any TOLLGATE_* credentials. */
const cleanEnv = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TOLLGATE_')));
before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tollgate-mgmt-'));
    file = join(dir, 'credentials.json');
    writeFileSync(file, JSON.stringify(CREDENTIALS));
    t = await startTollgate(['--credentials', file]);
});
after(async () => {
    for (const c of clients)
        c.destroy();
    await t?.close();
    if (dir)
        rmSync(dir, { recursive: true, force: true });
});
describe('with credentials configured', () => {
    it('the SDK signed with a configured key passes, in any region', async () => {
        assert.ok(Array.isArray((await t.client.send(new GetRestApisCommand({}))).items));
        const eu = client('AKIDADMIN', ADMIN_SECRET, { region: 'eu-west-1' });
        const api = await eu.send(new CreateRestApiCommand({ name: 'eu-api' }));
        const inEu = await eu.send(new GetRestApisCommand({}));
        assert.ok(inEu.items.some((a) => a.id === api.id));
        assert.ok(!(await t.client.send(new GetRestApisCommand({}))).items.some((a) => a.id === api.id));
    });
    const failures = [
        [
            'a wrong secret',
            () => client('AKIDADMIN', 'not-the-secret'),
            'InvalidSignatureException',
            'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
        ],
        ['an unknown access key', () => client('AKIDNOBODY', 'whatever'), 'UnrecognizedClientException', 'The security token included in the request is invalid.'],
        [
            'a clock 10 minutes slow',
            () => client('AKIDADMIN', ADMIN_SECRET, { systemClockOffset: -10 * 60_000 }),
            'InvalidSignatureException',
            /^Signature expired: \d{8}T\d{6}Z is now earlier than \d{8}T\d{6}Z \(\d{8}T\d{6}Z - 5 min\.\)$/,
        ],
        [
            'a clock 10 minutes fast',
            () => client('AKIDADMIN', ADMIN_SECRET, { systemClockOffset: 10 * 60_000 }),
            'InvalidSignatureException',
            /^Signature not yet current: \d{8}T\d{6}Z is still later than \d{8}T\d{6}Z \(\d{8}T\d{6}Z \+ 5 min\.\)$/,
        ],
    ];
    for (const [name, make, errorName, message] of failures) {
        it(`${name} → 403 ${errorName}`, async () => {
            const e = await sdkError(make().send(new GetRestApisCommand({})));
            assert.equal(e.name, errorName);
            assert.equal(e.status, 403);
            if (typeof message === 'string')
                assert.equal(e.message, message);
            else
                assert.match(e.message, message);
        });
    }
    it('an unsigned request → 403 MissingAuthenticationTokenException, before routing', async () => {
        for (const path of ['/restapis', '/no/such/operation']) {
            const res = await fetch(`${t.app.adminUrl}${path}`);
            assert.equal(res.status, 403);
            assert.equal(res.headers.get('x-amzn-errortype'), 'MissingAuthenticationTokenException');
            assert.deepEqual(await res.json(), { message: 'Missing Authentication Token' });
        }
    });
    it('a non-SigV4 Authorization header → 403 IncompleteSignatureException', async () => {
        const res = await fetch(`${t.app.adminUrl}/restapis`, { headers: { authorization: 'Bearer token' } });
        assert.equal(res.status, 403);
        assert.equal(res.headers.get('x-amzn-errortype'), 'IncompleteSignatureException');
    });
    it('a scope for another service → 403 InvalidSignatureException', async () => {
        const e = await sdkError(client('AKIDADMIN', ADMIN_SECRET, { signingName: 'execute-api' }).send(new GetRestApisCommand({})));
        assert.deepEqual(e, {
            name: 'InvalidSignatureException',
            message: "Credential should be scoped to correct service: 'apigateway'. ",
            status: 403,
        });
    });
});
describe('the AWS CLI v2', () => {
    let home;
    const env = (id, secret) => ({
        PATH: '/usr/bin:/bin',
        HOME: home,
        LANG: 'C.UTF-8',
        AWS_ACCESS_KEY_ID: id,
        AWS_SECRET_ACCESS_KEY: secret,
        AWS_DEFAULT_REGION: 'us-east-1',
        AWS_CONFIG_FILE: join(home, 'config'),
        AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
        AWS_PAGER: '',
        AWS_EC2_METADATA_DISABLED: 'true',
    });
    const aws = async (e, ...args) => {
        try {
            return {
                ...(await run('/usr/bin/aws', ['--endpoint-url', t.app.adminUrl, '--output', 'json', 'apigateway', ...args], {
                    env: e,
                    timeout: 60_000,
                })),
                code: 0,
            };
        }
        catch (err) {
            const x = err;
            if (typeof x.code !== 'number')
                throw err;
            return { code: x.code, stdout: x.stdout ?? '', stderr: x.stderr ?? '' };
        }
    };
    before(() => {
        home = mkdtempSync(join(tmpdir(), 'tollgate-mgmt-cli-'));
        writeFileSync(join(home, 'config'), '');
        writeFileSync(join(home, 'credentials'), '');
    });
    after(() => rmSync(home, { recursive: true, force: true }));
    it('signed with a configured key: create-rest-api and get-rest-apis pass', async () => {
        const { stdout: version } = await run('/usr/bin/aws', ['--version'], { env: env('x', 'y') });
        assert.match(version, /^aws-cli\/2\./);
        const created = await aws(env('AKIDADMIN', ADMIN_SECRET), 'create-rest-api', '--name', 'from-cli', '--description', 'signed: a+b/c');
        assert.equal(created.code, 0, created.stderr);
        const listed = await aws(env('AKIDADMIN', ADMIN_SECRET), 'get-rest-apis');
        assert.equal(listed.code, 0, listed.stderr);
        assert.ok(JSON.parse(listed.stdout).items.some((a) => a.id === JSON.parse(created.stdout).id));
    });
    it("a wrong secret and an unknown key fail with AWS's errors", async () => {
        const wrong = await aws(env('AKIDADMIN', 'nope'), 'get-rest-apis');
        assert.notEqual(wrong.code, 0);
        assert.match(wrong.stderr, /An error occurred \(InvalidSignatureException\) when calling the GetRestApis operation: The request signature we calculated does not match the signature you provided\./);
        const unknown = await aws(env('AKIDNOBODY', 'nope'), 'get-rest-apis');
        assert.match(unknown.stderr, /An error occurred \(UnrecognizedClientException\) when calling the GetRestApis operation: The security token included in the request is invalid\./);
    });
});
describe('where the management API may listen', () => {
    it('loopback addresses', () => {
        for (const h of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]', '::ffff:127.0.0.1'])
            assert.equal(isLoopback(h), true, h);
        for (const h of ['0.0.0.0', '::', '10.0.0.1', '192.168.1.2', 'example.com'])
            assert.equal(isLoopback(h), false, h);
    });
    it('0.0.0.0 without credentials: startApp refuses with a ConfigError', async () => {
        const config = loadConfig(['--host', '0.0.0.0', '--port', '0', '--memory', '--tls-port', '0'], cleanEnv());
        await assert.rejects(startApp(config, pino({ level: 'silent' })), (e) => e instanceof ConfigError && /management API would listen on 0\.0\.0\.0, which is not a loopback address, without credentials/.test(e.message));
        const admin = loadConfig(['--port', '0', '--memory', '--tls-port', '0', '--admin-port', '0', '--admin-host', '0.0.0.0'], cleanEnv());
        await assert.rejects(startApp(admin, pino({ level: 'silent' })), ConfigError);
    });
    it('0.0.0.0 without credentials: `tollgate serve` exits 2 with the reason', async () => {
        const child = spawn(process.execPath, [MAIN_JS, 'serve', '--host', '0.0.0.0', '--port', '0', '--memory', '--tls-port', '0'], {
            env: cleanEnv(),
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stderr = '';
        child.stderr.on('data', (d) => {
            stderr += d.toString();
        });
        const code = await new Promise((resolve) => child.once('exit', resolve));
        assert.equal(code, 2);
        assert.match(stderr, /^tollgate: the management API would listen on 0\.0\.0\.0, which is not a loopback address, without credentials/);
    });
    it('0.0.0.0 with credentials starts and verifies; a main listener on 0.0.0.0 with management on loopback needs none', async () => {
        const app = await startApp(loadConfig(['--host', '0.0.0.0', '--port', '0', '--memory', '--tls-port', '0', '--credentials', file], cleanEnv()), pino({ level: 'silent' }));
        try {
            const port = new URL(app.adminUrl).port;
            assert.equal((await fetch(`http://127.0.0.1:${port}/restapis`)).status, 403);
            const c = new APIGatewayClient({
                endpoint: `http://127.0.0.1:${port}`,
                region: 'us-east-1',
                credentials: { accessKeyId: 'AKIDADMIN', secretAccessKey: ADMIN_SECRET },
                maxAttempts: 1,
            });
            assert.ok((await c.send(new GetRestApisCommand({}))).items);
            c.destroy();
        }
        finally {
            await app.close();
        }
        const split = await startApp(loadConfig(['--host', '0.0.0.0', '--port', '0', '--memory', '--tls-port', '0', '--admin-port', '0'], cleanEnv()), pino({ level: 'silent' }));
        try {
            assert.equal((await fetch(`${split.adminUrl}/restapis`)).status, 200); // loopback, no credentials: unsigned use
        }
        finally {
            await split.close();
        }
    });
    it('on loopback without credentials, unsigned requests keep working', async () => {
        const app = await startApp(loadConfig(['--port', '0', '--memory', '--tls-port', '0'], cleanEnv()), pino({ level: 'silent' }));
        try {
            assert.equal((await fetch(`${app.adminUrl}/restapis`)).status, 200);
        }
        finally {
            await app.close();
        }
    });
});
describe('credentials configuration', () => {
    it("TOLLGATE_ACCESS_KEY_ID / TOLLGATE_SECRET_ACCESS_KEY add the account's root", () => {
        const c = loadConfig(['--memory'], {
            TOLLGATE_ACCESS_KEY_ID: 'AKIDENV',
            TOLLGATE_SECRET_ACCESS_KEY: 'env-secret',
            TOLLGATE_ACCOUNT_ID: '123456789012',
        }).credentials;
        assert.equal(c.size, 1);
        assert.deepEqual({ ...c.get('AKIDENV') }, {
            accessKeyId: 'AKIDENV',
            secretAccessKey: 'env-secret',
            sessionToken: undefined,
            principalArn: 'arn:aws:iam::123456789012:root',
            accountId: '123456789012',
            userId: '123456789012',
            policy: undefined,
        });
        const both = loadConfig(['--memory', '--credentials', file], {
            TOLLGATE_ACCESS_KEY_ID: 'AKIDENV',
            TOLLGATE_SECRET_ACCESS_KEY: 'env-secret',
        }).credentials;
        assert.equal(both.size, 3);
    });
    it('refuses incomplete or invalid credentials without quoting a secret', () => {
        assert.throws(() => loadConfig(['--memory'], { TOLLGATE_ACCESS_KEY_ID: 'AKIDENV' }), /TOLLGATE_ACCESS_KEY_ID and TOLLGATE_SECRET_ACCESS_KEY must be set together/);
        const bad = join(dir, 'bad.json');
        writeFileSync(bad, JSON.stringify({ AKIDX: { secretAccessKey: 'super-secret-value', principalArn: 'alice' } }));
        assert.throws(() => loadConfig(['--memory', '--credentials', bad], {}), (e) => e instanceof ConfigError && /needs a principalArn/.test(e.message) && !e.message.includes('super-secret-value'));
        assert.throws(() => loadConfig(['--memory', '--credentials', join(dir, 'missing.json')], {}), /--credentials: cannot read/);
    });
    it('secrets print as a count, never in logs', async () => {
        const config = loadConfig(['--port', '0', '--memory', '--tls-port', '0', '--credentials', file], cleanEnv());
        assert.ok(!JSON.stringify(config).includes(ADMIN_SECRET));
        assert.ok(!inspect(config, { depth: 10 }).includes(ADMIN_SECRET));
        let logged = '';
        const sink = new Writable({
            write(chunk, _enc, cb) {
                logged += chunk.toString();
                cb();
            },
        });
        const app = await startApp(config, pino({ level: 'trace' }, sink));
        try {
            const ok = new APIGatewayClient({
                endpoint: app.adminUrl,
                region: 'us-east-1',
                credentials: { accessKeyId: 'AKIDADMIN', secretAccessKey: ADMIN_SECRET },
                maxAttempts: 1,
            });
            await ok.send(new GetRestApisCommand({}));
            ok.destroy();
            const bad = new APIGatewayClient({
                endpoint: app.adminUrl,
                region: 'us-east-1',
                credentials: { accessKeyId: 'AKIDADMIN', secretAccessKey: 'wrong-secret-value' },
                maxAttempts: 1,
            });
            await sdkError(bad.send(new GetRestApisCommand({})));
            bad.destroy();
        }
        finally {
            await app.close();
        }
        assert.ok(logged.length > 0);
        for (const secret of [ADMIN_SECRET, 'wrong-secret-value', 'AWS4-HMAC-SHA256 Credential'])
            assert.ok(!logged.includes(secret), secret);
    });
});
//# sourceMappingURL=management-auth.test.js.map