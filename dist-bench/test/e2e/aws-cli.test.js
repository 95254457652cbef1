/**
 * Smoke test with the AWS CLI v2 (/usr/bin/aws; .ci/run installs it), not the pip `aws` v1 that may
 * come first on PATH: create-rest-api with tags, get-rest-apis, get-tags, delete-rest-api, and an
 * error as the CLI reports it. The CLI sees only an endpoint override, fixed credentials and empty
 * config/credentials files. A missing or non-v2 CLI is a failure, never a skip.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { ACCOUNT, startTollgate } from '../helpers/tollgate.js';
const AWS = '/usr/bin/aws';
const run = promisify(execFile);
let t;
let home;
let env;
before(async () => {
    t = await startTollgate();
    home = mkdtempSync(join(tmpdir(), 'tollgate-awscli-'));
    writeFileSync(join(home, 'config'), '');
    writeFileSync(join(home, 'credentials'), '');
    env = {
        PATH: '/usr/bin:/bin',
        HOME: home,
        LANG: 'C.UTF-8',
        AWS_ACCESS_KEY_ID: 'AKIDCLITEST',
        AWS_SECRET_ACCESS_KEY: 'cli-secret',
        AWS_DEFAULT_REGION: 'us-east-1',
        AWS_CONFIG_FILE: join(home, 'config'),
        AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
        AWS_PAGER: '',
        AWS_EC2_METADATA_DISABLED: 'true',
    };
});
after(async () => {
    await t?.close();
    if (home)
        rmSync(home, { recursive: true, force: true });
});
/** `aws --endpoint-url URL --output json apigateway ARGS…`; never throws on a non-zero exit. */
async function aws(...args) {
    const argv = ['--endpoint-url', t.app.adminUrl, '--output', 'json', 'apigateway', ...args];
    let r;
    try {
        r = { ...(await run(AWS, argv, { env, timeout: 60_000 })), code: 0 };
    }
    catch (e) {
        const err = e;
        if (typeof err.code !== 'number')
            throw e;
        r = { code: err.code, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
    }
    let json;
    try {
        json = r.stdout.trim() ? JSON.parse(r.stdout) : undefined;
    }
    catch {
        json = undefined;
    }
    return { ...r, json };
}
const ok = (r) => {
    assert.equal(r.code, 0, `aws exited ${r.code}: ${r.stderr}`);
    return r;
};
describe('AWS CLI v2', () => {
    it('is installed at /usr/bin/aws and is version 2 (CI installs it: .ci/run)', async () => {
        assert.ok(existsSync(AWS), `${AWS} is missing: install the AWS CLI v2 (apt-get install awscli on Debian 12; see .ci/run)`);
        const { stdout, stderr } = await run(AWS, ['--version'], { env });
        assert.match(`${stdout}${stderr}`, /^aws-cli\/2\./, `${AWS} is not the AWS CLI v2: ${stdout}${stderr}`);
    });
    it('creates, lists, tags and deletes a REST API', async () => {
        const created = ok(await aws('create-rest-api', '--name', 'x', '--tags', 'k=v')).json;
        assert.match(created.id, /^[a-z0-9]{10}$/);
        assert.equal(created.name, 'x');
        assert.deepEqual(created.tags, { k: 'v' });
        assert.equal(created.apiKeySource, 'HEADER');
        assert.equal(created.disableExecuteApiEndpoint, false);
        // The CLI prints only the members its own (bundled, possibly older) model knows: Debian's 2.9.19
        // predates rootResourceId and ipAddressType, so those are checked only when this CLI shows them.
        assert.deepEqual(created.endpointConfiguration.types, ['EDGE']);
        if ('rootResourceId' in created)
            assert.match(created.rootResourceId, /^[a-z0-9]{10}$/);
        if ('ipAddressType' in created.endpointConfiguration)
            assert.equal(created.endpointConfiguration.ipAddressType, 'ipv4');
        // CLI v2 prints timestamps as ISO 8601 (cli_timestamp_format defaults to iso8601).
        assert.match(created.createdDate, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d([+-]\d\d:\d\d|Z)$/);
        assert.ok(Math.abs(Date.parse(created.createdDate) - Date.now()) < 60_000, created.createdDate);
        const listed = ok(await aws('get-rest-apis')).json;
        assert.deepEqual(Object.keys(listed), ['items']);
        const item = listed.items.find((a) => a.id === created.id);
        assert.deepEqual(item, created, 'the list item equals what create answered');
        const arn = `arn:aws:apigateway:us-east-1::/restapis/${created.id}`;
        assert.deepEqual(ok(await aws('get-tags', '--resource-arn', arn)).json, { tags: { k: 'v' } });
        const deleted = ok(await aws('delete-rest-api', '--rest-api-id', created.id));
        assert.equal(deleted.stdout.trim(), '');
        const missing = await aws('get-rest-api', '--rest-api-id', created.id);
        assert.equal(missing.code, 254, missing.stderr);
        assert.equal(missing.stderr.trim(), `An error occurred (NotFoundException) when calling the GetRestApi operation: Invalid API identifier specified ${ACCOUNT}:${created.id}`);
        assert.equal(ok(await aws('get-rest-apis')).json.items.some((a) => a.id === created.id), false);
    });
    it('reports a BadRequestException from create-rest-api as AWS would (F2)', async () => {
        const r = await aws('create-rest-api', '--name', 'y', '--description', '');
        assert.equal(r.code, 254, r.stderr);
        assert.equal(r.stderr.trim(), 'An error occurred (BadRequestException) when calling the CreateRestApi operation: Description cannot be an empty string');
    });
});
//# sourceMappingURL=aws-cli.test.js.map