/**
 * ApiKey operations through the AWS SDK. Expected values are AWS's recorded answers, numbered as in
 * docs/recorded-facts.md (F23–F33, F42); other texts cite their source in
 * src/services/apigateway/api-keys.ts.
 */
import { CreateApiKeyCommand, CreateUsagePlanCommand, CreateUsagePlanKeyCommand, DeleteApiKeyCommand, GetApiKeyCommand, GetApiKeysCommand, GetTagsCommand, GetUsagePlanKeysCommand, GetUsagePlansCommand, ImportApiKeysCommand, TagResourceCommand, UntagResourceCommand, UpdateApiKeyCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { apiWithStages, raw, sdkError, startTollgate } from '../../helpers/tollgate.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
/** A fresh name prefix per test, so list queries see only that test's keys. */
const uniq = () => `k${randomUUID().slice(0, 8)}`;
/** A valid, unique 40-character key value. */
const val = () => `v${randomUUID().replace(/-/g, '')}1234567`;
const create = (input = {}) => t.client.send(new CreateApiKeyCommand(input));
const update = (apiKey, patchOperations) => t.client.send(new UpdateApiKeyCommand({ apiKey, patchOperations }));
const get = (apiKey, includeValue) => t.client.send(new GetApiKeyCommand({ apiKey, includeValue }));
const list = (input) => t.client.send(new GetApiKeysCommand(input));
const importCsv = (csv, failOnWarnings) => t.client.send(new ImportApiKeysCommand({ body: Buffer.from(csv), format: 'csv', failOnWarnings }));
const newApi = () => apiWithStages(t.client);
const bad = (message, status = 400) => ({ name: status === 404 ? 'NotFoundException' : 'BadRequestException', message, status });
describe('CreateApiKey', () => {
    it('answers 201 with enabled false, stageKeys [] and a generated value, nothing else (F23)', async () => {
        const res = await raw(t.app.adminUrl, 'POST', '/apikeys', JSON.stringify({ name: 'key-f23' }));
        assert.equal(res.status, 201);
        assert.deepEqual(Object.keys(res.json).sort(), ['createdDate', 'enabled', 'id', 'lastUpdatedDate', 'name', 'stageKeys', 'value']);
        assert.equal(res.json.enabled, false);
        assert.deepEqual(res.json.stageKeys, []);
        assert.match(res.json.id, /^[a-z0-9]{10}$/);
        assert.match(res.json.value, /^[A-Za-z0-9]{40}$/);
        assert.equal(res.json.name, 'key-f23');
        assert.equal(typeof res.json.createdDate, 'number');
        assert.ok(Math.abs(res.json.createdDate * 1000 - Date.now()) < 5000);
        const sdk = await create({ name: 'x' });
        assert.equal(sdk.$metadata.httpStatusCode, 201);
        assert.ok(sdk.createdDate instanceof Date && sdk.lastUpdatedDate instanceof Date);
    });
    it('checks the name length and leaves out an empty or absent name (F24)', async () => {
        assert.deepEqual(await sdkError(create({ name: 'a'.repeat(1025) })), bad('Invalid API Key name, can be at most 1024 characters.'));
        assert.equal((await create({ name: 'a'.repeat(1024) })).name, 'a'.repeat(1024));
        assert.equal('name' in (await create({ name: '' })), false);
        assert.equal('name' in (await create({})), false);
    });
    it('checks the value length and generates one for an empty value (F25)', async () => {
        assert.deepEqual(await sdkError(create({ value: 'short' })), bad('API Key value should be at least 20 characters'));
        assert.deepEqual(await sdkError(create({ value: 'a'.repeat(129) })), bad('API Key value exceeds maximum size of 128 characters'));
        assert.match((await create({ value: '' })).value, /^[A-Za-z0-9]{40}$/);
        const v20 = val().slice(0, 20);
        assert.equal((await create({ value: v20 })).value, v20);
        const v128 = (val() + val() + val() + val()).slice(0, 128);
        assert.equal((await create({ value: v128 })).value, v128);
    });
    it('checks the description length (F26)', async () => {
        assert.deepEqual(await sdkError(create({ description: 'a'.repeat(125001) })), bad('Invalid API Key description specified.'));
        assert.equal((await create({ description: 'd' })).description, 'd');
    });
    it('refuses a value already used in the region, and allows it in another', async () => {
        const value = val();
        await create({ value });
        assert.deepEqual(await sdkError(create({ value, name: 'other' })), {
            name: 'ConflictException',
            message: 'API Key already exists',
            status: 409,
        });
        const eu = await t.clientFor('eu-west-1').send(new CreateApiKeyCommand({ value }));
        assert.equal(eu.value, value);
    });
    it('echoes enabled, customerId, description, and takes generateDistinctId', async () => {
        const res = await create({ name: 'n', enabled: true, customerId: 'cust-1', description: 'desc', generateDistinctId: true });
        assert.equal(res.enabled, true);
        assert.equal(res.customerId, 'cust-1');
        assert.equal(res.description, 'desc');
        assert.notEqual(res.id, res.value);
    });
    it('echoes non-empty tags only and checks them', async () => {
        assert.deepEqual((await create({ tags: { team: 'core' } })).tags, { team: 'core' });
        assert.equal('tags' in (await create({ tags: {} })), false);
        assert.deepEqual(await sdkError(create({ tags: { 'aws:x': 'y' } })), bad("Invalid tag key. Tag keys cannot start with 'aws:' (case insensitive)"));
    });
    it('renders stage keys as "apiId/stage" and requires the API', async () => {
        const apiId = await newApi();
        const res = await create({
            stageKeys: [
                { restApiId: apiId, stageName: 'dev' },
                { restApiId: apiId, stageName: 'dev' },
            ],
        });
        assert.deepEqual(res.stageKeys, [`${apiId}/dev`]);
        assert.deepEqual(await sdkError(create({ stageKeys: [{ restApiId: 'nosuchapi0', stageName: 'dev' }] })), bad('Invalid stage identifier specified', 404));
        assert.deepEqual(await sdkError(create({ stageKeys: [{ restApiId: apiId }] })), bad('Invalid stage identifier specified', 404));
    });
});
describe('GetApiKey', () => {
    it('shows the value only with includeValue and always carries tags', async () => {
        const key = await create({ name: 'g' });
        const plain = await get(key.id);
        assert.equal('value' in plain, false);
        assert.deepEqual(plain.tags, {});
        assert.equal(plain.name, 'g');
        assert.deepEqual(plain.stageKeys, []);
        assert.equal((await get(key.id, true)).value, key.value);
        assert.equal('value' in (await get(key.id, false)), false);
    });
    it('answers 404 for an unknown key, case-sensitively', async () => {
        const key = await create({});
        assert.deepEqual(await sdkError(get('nosuchkey0')), bad('Invalid API Key identifier specified', 404));
        assert.deepEqual(await sdkError(get(key.id.toUpperCase())), bad('Invalid API Key identifier specified', 404));
    });
});
describe('GetApiKeys', () => {
    it('lists newest first without values or empty tags (F27)', async () => {
        const p = uniq();
        const a = await create({ name: `${p}-a` });
        const b = await create({ name: `${p}-b`, tags: { k: 'v' } });
        const res = await list({ nameQuery: p });
        assert.deepEqual(res.items.map((k) => k.id), [b.id, a.id]);
        assert.equal('value' in res.items[1], false);
        assert.equal('tags' in res.items[1], false);
        assert.deepEqual(res.items[0].tags, { k: 'v' });
        assert.equal('position' in res, false);
        const withValues = await list({ nameQuery: p, includeValues: true });
        assert.deepEqual(withValues.items.map((k) => k.value), [b.value, a.value]);
    });
    it('filters by a case-sensitive name prefix (F28)', async () => {
        const p = uniq();
        const name = `${p}-test-key`;
        const key = await create({ name });
        assert.deepEqual((await list({ nameQuery: name.slice(0, 8) })).items.map((k) => k.id), [key.id]);
        assert.deepEqual((await list({ nameQuery: name })).items.map((k) => k.id), [key.id]);
        assert.deepEqual((await list({ nameQuery: name.slice(0, 8).toUpperCase() })).items, []);
        assert.deepEqual((await list({ nameQuery: name.slice(2) })).items, []);
        assert.deepEqual((await list({ nameQuery: name.slice(2, 8) })).items, []);
    });
    it('filters by customerId', async () => {
        const c = uniq();
        const key = await create({ customerId: c });
        await create({ customerId: `${c}x` });
        assert.deepEqual((await list({ customerId: c })).items.map((k) => k.id), [key.id]);
    });
    it('pages with limit and position; the last page has no position (F29)', async () => {
        const p = uniq();
        const a = await create({ name: `${p}-1` });
        const b = await create({ name: `${p}-2` });
        const first = await list({ nameQuery: p, limit: 1 });
        assert.deepEqual(first.items.map((k) => k.id), [b.id]);
        assert.ok(first.position);
        const second = await list({ nameQuery: p, limit: 1, position: first.position });
        assert.deepEqual(second.items.map((k) => k.id), [a.id]);
        assert.equal('position' in second, false);
    });
    it('answers an empty page for a negative limit (F30)', async () => {
        await create({});
        const res = await raw(t.app.adminUrl, 'GET', '/apikeys?limit=-1');
        assert.equal(res.status, 200);
        assert.deepEqual(res.json, { item: [] });
    });
    it('lists only the region of the request', async () => {
        const p = uniq();
        await create({ name: p });
        assert.deepEqual((await t.clientFor('ap-south-1').send(new GetApiKeysCommand({ nameQuery: p }))).items, []);
    });
});
describe('UpdateApiKey', () => {
    it('answers the full key without value, with tags, and refreshes lastUpdatedDate (F31)', async () => {
        const key = await create({ name: 'old', enabled: false });
        await new Promise((r) => setTimeout(r, 1100));
        const res = await update(key.id, [{ op: 'replace', path: '/name', value: 'new-name' }]);
        assert.equal(res.$metadata.httpStatusCode, 200);
        assert.equal(res.name, 'new-name');
        assert.equal(res.id, key.id);
        assert.equal(res.enabled, false);
        assert.deepEqual(res.tags, {});
        assert.deepEqual(res.stageKeys, []);
        assert.equal('value' in res, false);
        assert.equal(res.createdDate.getTime(), key.createdDate.getTime());
        assert.ok(res.lastUpdatedDate.getTime() > key.lastUpdatedDate.getTime());
        assert.equal((await get(key.id)).name, 'new-name');
    });
    it('takes anything but "true" (in any case) as false for /enabled (F32)', async () => {
        const key = await create({});
        assert.equal((await update(key.id, [{ op: 'replace', path: '/enabled', value: 'true' }])).enabled, true);
        assert.equal((await update(key.id, [{ op: 'replace', path: '/enabled', value: 'not-a-boolean' }])).enabled, false);
        assert.equal((await update(key.id, [{ op: 'replace', path: '/enabled', value: 'True' }])).enabled, true);
        assert.equal((await update(key.id, [{ op: 'replace', path: '/enabled', value: 'FALSE' }])).enabled, false);
    });
    it('refuses other paths with the replaceable ones listed (F33)', async () => {
        const key = await create({});
        assert.deepEqual(await sdkError(update(key.id, [{ op: 'replace', path: '/id', value: 'x' }])), bad("Invalid patch path  '/id' specified for op 'replace'. Must be one of: [/description, /enabled, /name, /customerId]"));
        assert.deepEqual(await sdkError(update(key.id, [{ op: 'add', path: '/name', value: 'x' }])), bad("Invalid patch path  '/name' specified for op 'add'. Please choose supported operations"));
        assert.deepEqual(await sdkError(update(key.id, [{ op: 'replace', path: '/stages', value: 'x/y' }])), bad("Invalid patch path  '/stages' specified for op 'replace'. Please choose supported operations"));
    });
    it('checks the description and name lengths (F26)', async () => {
        const key = await create({});
        assert.deepEqual(await sdkError(update(key.id, [{ op: 'replace', path: '/description', value: 'a'.repeat(125001) }])), bad('Invalid API Key description specified.'));
        assert.deepEqual(await sdkError(update(key.id, [{ op: 'replace', path: '/name', value: 'a'.repeat(1025) }])), bad('Invalid API Key name, can be at most 1024 characters.'));
    });
    it('sets and clears description and customerId', async () => {
        const key = await create({});
        let res = await update(key.id, [
            { op: 'replace', path: '/description', value: 'd' },
            { op: 'replace', path: '/customerId', value: 'c' },
        ]);
        assert.equal(res.description, 'd');
        assert.equal(res.customerId, 'c');
        res = await update(key.id, [
            { op: 'replace', path: '/description', value: '' },
            { op: 'replace', path: '/customerId', value: '' },
        ]);
        assert.equal('description' in res, false);
        assert.equal('customerId' in res, false);
    });
    it('adds and removes stage keys, which must name an existing API', async () => {
        const apiId = await newApi();
        const key = await create({});
        let res = await update(key.id, [
            { op: 'add', path: '/stages', value: `${apiId}/dev` },
            { op: 'add', path: '/stages', value: `${apiId}/prod` },
        ]);
        assert.deepEqual(res.stageKeys, [`${apiId}/dev`, `${apiId}/prod`]);
        res = await update(key.id, [{ op: 'remove', path: '/stages', value: `${apiId}/dev` }]);
        assert.deepEqual(res.stageKeys, [`${apiId}/prod`]);
        for (const value of ['nosuchapi0/dev', 'malformed', `${apiId}/`]) {
            assert.deepEqual(await sdkError(update(key.id, [{ op: 'add', path: '/stages', value }])), bad('Invalid stage identifier specified', 404));
        }
    });
    it('applies all operations or none, and answers 404 for an unknown key', async () => {
        const key = await create({ name: 'before' });
        const err = await sdkError(update(key.id, [
            { op: 'replace', path: '/name', value: 'after' },
            { op: 'replace', path: '/nope', value: 'x' },
        ]));
        assert.equal(err.status, 400);
        assert.equal((await get(key.id)).name, 'before');
        assert.deepEqual(await sdkError(update('nosuchkey0', [{ op: 'replace', path: '/name', value: 'x' }])), bad('Invalid API Key identifier specified', 404));
    });
    it('lists every bad op in one ValidationException', async () => {
        const key = await create({});
        const err = await sdkError(update(key.id, [{ op: 'wrong', path: '/name', value: 'x' }]));
        assert.equal(err.name, 'ValidationException');
        assert.match(err.message, /^1 validation error detected: Value 'wrong' at 'updateApiKeyInput\.patchOperations\.1\.member\.op'/);
    });
});
describe('DeleteApiKey', () => {
    it('answers 202, and the key is gone from gets, lists and usage plans (F42)', async () => {
        const p = uniq();
        const key = await create({ name: p });
        const plan = await t.client.send(new CreateUsagePlanCommand({ name: 'plan' }));
        await t.client.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: key.id, keyType: 'API_KEY' }));
        const res = await t.client.send(new DeleteApiKeyCommand({ apiKey: key.id }));
        assert.equal(res.$metadata.httpStatusCode, 202);
        assert.deepEqual(await sdkError(get(key.id)), bad('Invalid API Key identifier specified', 404));
        assert.deepEqual((await list({ nameQuery: p })).items, []);
        assert.deepEqual((await t.client.send(new GetUsagePlanKeysCommand({ usagePlanId: plan.id }))).items, []);
        assert.deepEqual((await t.client.send(new GetUsagePlansCommand({ keyId: key.id }))).items, []);
        assert.deepEqual(await sdkError(t.client.send(new DeleteApiKeyCommand({ apiKey: key.id }))), bad('Invalid API Key identifier specified', 404));
    });
    it('frees the value for a new key', async () => {
        const value = val();
        const key = await create({ value });
        await t.client.send(new DeleteApiKeyCommand({ apiKey: key.id }));
        assert.equal((await create({ value })).value, value);
    });
});
describe('ImportApiKeys', () => {
    it('imports keys with the documented defaults and answers 201 with their ids', async () => {
        const p = uniq();
        const [v1, v2] = [val(), val()];
        const res = await importCsv(`Key,name\n${v1},${p}-one\n${v2},${p}-two\n`);
        assert.equal(res.$metadata.httpStatusCode, 201);
        assert.equal(res.ids.length, 2);
        assert.equal(res.warnings, undefined);
        const keys = (await list({ nameQuery: p, includeValues: true })).items;
        assert.deepEqual(keys.map((k) => [k.name, k.value, k.enabled]), [
            [`${p}-two`, v2, true],
            [`${p}-one`, v1, true],
        ]);
        assert.deepEqual(new Set(keys.map((k) => k.id)), new Set(res.ids));
    });
    it('reads headers in any case and order, ignores unknown columns and honours quotes', async () => {
        const p = uniq();
        const plan1 = await t.client.send(new CreateUsagePlanCommand({ name: 'i1' }));
        const plan2 = await t.client.send(new CreateUsagePlanCommand({ name: 'i2' }));
        const [v1, v2] = [val(), val()];
        const csv = [
            'Enabled,Name,extra,KEY,description,UsagePlanIds',
            `false,${p}-a,ignored,${v1},"An imported key, with a comma",'${plan1.id},${plan2.id}'`,
            `TRUE,"${p}-b ""quoted""",,${v2},,"${plan2.id}"`,
        ].join('\r\n');
        const res = await importCsv(csv);
        assert.equal(res.ids.length, 2);
        const [b, a] = (await list({ nameQuery: p, includeValues: true })).items;
        assert.deepEqual([a.name, a.value, a.enabled, a.description], [`${p}-a`, v1, false, 'An imported key, with a comma']);
        assert.deepEqual([b.name, b.value, b.enabled, 'description' in b], [`${p}-b "quoted"`, v2, true, false]);
        const keysOf = async (id) => (await t.client.send(new GetUsagePlanKeysCommand({ usagePlanId: id }))).items.map((k) => k.id).sort();
        assert.deepEqual(await keysOf(plan1.id), [a.id]);
        assert.deepEqual(await keysOf(plan2.id), [a.id, b.id].sort());
    });
    it('overwrites a key with the same value in place', async () => {
        const p = uniq();
        const value = val();
        const key = await create({ name: `${p}-old`, value, enabled: false, description: 'd' });
        const res = await importCsv(`name,key,enabled\n${p}-new,${value},true\n`);
        assert.deepEqual(res.ids, [key.id]);
        const got = await get(key.id, true);
        assert.deepEqual([got.name, got.value, got.enabled, 'description' in got], [`${p}-new`, value, true, false]);
    });
    it('requires the Key and Name columns', async () => {
        assert.deepEqual(await sdkError(importCsv('name,description\nx,y\n')), bad("Missing required column 'Key'"));
        assert.deepEqual(await sdkError(importCsv('/tmp/apikey.csv')), bad("Missing required column 'Key'"));
        assert.deepEqual(await sdkError(importCsv(`key,description\n${val()},y\n`)), bad("Missing required column 'Name'"));
        assert.deepEqual(await sdkError(importCsv(`key,name\n"${val()},x\n`)), bad('Invalid CSV input: unterminated quoted field'));
    });
    it('skips bad rows with warnings, or rolls everything back with failonwarnings', async () => {
        const p = uniq();
        const good = val();
        const csv = `key,name,usageplanids\n${good},${p}-good,\nshort,${p}-short,\n${val()},${'n'.repeat(1025)},\n${val()},${p}-noplan,nosuch\n`;
        assert.deepEqual(await sdkError(importCsv(csv, true)), bad([
            'Warnings found during import:',
            'Line 3: API Key value should be at least 20 characters',
            'Line 4: Invalid API Key name, can be at most 1024 characters.',
            'Line 5: Invalid Usage Plan ID specified: nosuch',
        ].join('\n\t')));
        assert.deepEqual((await list({ nameQuery: p })).items, []);
        const res = await importCsv(csv, false);
        assert.equal(res.ids.length, 2);
        assert.deepEqual(res.warnings, [
            'Line 3: API Key value should be at least 20 characters',
            'Line 4: Invalid API Key name, can be at most 1024 characters.',
            'Line 5: Invalid Usage Plan ID specified: nosuch',
        ]);
        assert.deepEqual((await list({ nameQuery: p })).items.map((k) => k.name), [`${p}-noplan`, `${p}-good`]);
    });
    it('validates the format', async () => {
        const err = await sdkError(t.client.send(new ImportApiKeysCommand({ body: Buffer.from('key,name\n'), format: 'json' })));
        assert.deepEqual(err, {
            name: 'ValidationException',
            message: "1 validation error detected: Value 'json' at 'importApiKeysInput.format' failed to satisfy constraint: Member must satisfy enum value set: [csv]",
            status: 400,
        });
    });
});
describe('API key tags', () => {
    it('agree between Create, Get, GetTags, TagResource and UntagResource', async () => {
        const key = await create({ tags: { a: '1' } });
        const arn = `arn:aws:apigateway:us-east-1::/apikeys/${key.id}`;
        assert.deepEqual((await t.client.send(new GetTagsCommand({ resourceArn: arn }))).tags, { a: '1' });
        await t.client.send(new TagResourceCommand({ resourceArn: arn, tags: { b: '2' } }));
        assert.deepEqual((await get(key.id)).tags, { a: '1', b: '2' });
        await t.client.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: ['a'] }));
        assert.deepEqual((await t.client.send(new GetTagsCommand({ resourceArn: arn }))).tags, { b: '2' });
        assert.deepEqual((await update(key.id, [{ op: 'replace', path: '/name', value: 'n' }])).tags, { b: '2' });
        assert.equal((await get(key.id, true)).value, key.value);
        assert.deepEqual(await sdkError(t.client.send(new GetTagsCommand({ resourceArn: 'arn:aws:apigateway:us-east-1::/apikeys/nosuchkey0' }))), bad('Invalid API Key identifier specified', 404));
    });
});
//# sourceMappingURL=api-keys.test.js.map