/**
 * Replays test_apigateway_extended.py::TestApigatewayApiKeysCrud: API keys listed (newest first, a
 * case-sensitive name prefix, paging), usage plan keys listed and filtered, and the checks on a key's
 * name, value, description and patch paths.
 */
import { CreateApiKeyCommand, CreateUsagePlanCommand, CreateUsagePlanKeyCommand, DeleteApiKeyCommand, GetApiKeysCommand, GetUsagePlanKeysCommand, UpdateApiKeyCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { beforeEach, afterEach, describe, it } from 'node:test';
import { A, assertLike, body, rec, recordedError } from '../helpers/recorded.js';
import { startTollgate } from '../helpers/tollgate.js';
// The recorded class starts from an account without API keys: a fresh server for each test.
let t;
beforeEach(async () => {
    t = await startTollgate();
});
afterEach(async () => {
    await t.close();
});
async function createKey(input = {}) {
    const k = await t.client.send(new CreateApiKeyCommand(input));
    assert.equal(k.$metadata.httpStatusCode, 201);
    return k;
}
const created = (name, extra = {}) => ({
    createdDate: A.date,
    enabled: false,
    id: A.id,
    lastUpdatedDate: A.date,
    ...(name === undefined ? {} : { name }),
    stageKeys: [],
    value: A.string,
    ...extra,
});
const listed = (k) => ({
    createdDate: A.date,
    enabled: false,
    id: k.id,
    lastUpdatedDate: A.date,
    name: k.name,
    stageKeys: [],
});
const keys = async (input = {}) => body(await t.client.send(new GetApiKeysCommand(input)));
const bad = (Message) => ({ Code: 'BadRequestException', Message, HTTPStatusCode: 400 });
describe('TestApigatewayApiKeysCrud', () => {
    it(rec('test_apigateway_extended.py::TestApigatewayApiKeysCrud::test_get_api_keys', 'get-api-keys', 'create-api-key', 'get-api-keys-after-create-1', 'get-api-keys-wrong-name-query', 'get-api-keys-prefix-name-query', 'get-api-keys-prefix-name-query-cased', 'get-api-keys-postfix-name-query', 'get-api-keys-infix-name-query', 'create-api-key-2', 'get-api-keys-after-create-2', 'get-api-keys-name-query', 'get-api-keys-prefix-name-query-2', 'get-apis-keys-pagination', 'get-apis-keys-pagination-2'), async () => {
        const name1 = 'test-key-1a2b3c';
        const name2 = 'test-key-4d5e6f';
        assert.deepEqual(await keys(), { items: [] });
        const k1 = await createKey({ name: name1 });
        assertLike(body(k1), created(name1, { id: k1.id }));
        assertLike(await keys(), { items: [listed(k1)] });
        assertLike(await keys({ nameQuery: name2 }), { items: [] });
        // The query is a case-sensitive prefix of the name.
        assertLike(await keys({ nameQuery: name1.slice(0, 8) }), { items: [listed(k1)] });
        assertLike(await keys({ nameQuery: name1.slice(0, 8).toUpperCase() }), { items: [] });
        assertLike(await keys({ nameQuery: name1.slice(2) }), { items: [] });
        assertLike(await keys({ nameQuery: name1.slice(2, 8) }), { items: [] });
        const k2 = await createKey({ name: name2 });
        assertLike(body(k2), created(name2, { id: k2.id }));
        // Newest first.
        assertLike(await keys(), { items: [listed(k2), listed(k1)] });
        assertLike(await keys({ nameQuery: name2 }), { items: [listed(k2)] });
        assertLike(await keys({ nameQuery: name1.slice(0, 8) }), { items: [listed(k2), listed(k1)] });
        const page = await keys({ limit: 1 });
        assertLike(page, { items: [listed(k2)], position: A.string });
        assertLike(await keys({ limit: 1, position: page.position }), { items: [listed(k1)] });
    });
    it(rec('test_apigateway_extended.py::TestApigatewayApiKeysCrud::test_get_usage_plan_api_keys', 'get-api-keys', 'create-api-key', 'create-api-key-2', 'get-api-keys-after-create-1', 'create-usage-plan', 'get-up-keys-before-create', 'create-up-key', 'create-up-key-2', 'get-up-keys', 'get-up-keys-name-query', 'get-up-keys-name-query-cased', 'get-up-keys-name-query-key-name', 'get-up-keys-bad-query', 'get-up-keys-after-delete', 'get-up-keys-bad-usage-plan'), async () => {
        const name1 = 'test-key-1a2b3c';
        const name2 = 'test-key-4d5e6f';
        assert.deepEqual(await keys(), { items: [] });
        const k1 = await createKey({ name: name1 });
        assertLike(body(k1), created(name1, { id: k1.id }));
        const k2 = await createKey({ name: name2 });
        assertLike(body(k2), created(name2, { id: k2.id }));
        assertLike(await keys(), { items: [listed(k2), listed(k1)] });
        const plan = await t.client.send(new CreateUsagePlanCommand({ name: 'usage-plan-1' }));
        assert.equal(plan.$metadata.httpStatusCode, 201);
        assertLike(body(plan), { apiStages: [], id: A.string, name: 'usage-plan-1' });
        const usagePlanId = plan.id;
        const planKeys = async (nameQuery, id = usagePlanId) => body(await t.client.send(new GetUsagePlanKeysCommand({ usagePlanId: id, nameQuery })));
        assert.deepEqual(await planKeys(), { items: [] });
        const planKey = (k) => ({ id: k.id, name: k.name, type: 'API_KEY', value: k.value });
        for (const k of [k1, k2]) {
            const upk = await t.client.send(new CreateUsagePlanKeyCommand({ usagePlanId, keyId: k.id, keyType: 'API_KEY' }));
            assert.equal(upk.$metadata.httpStatusCode, 201);
            assertLike(body(upk), planKey(k));
        }
        assertLike(await planKeys(), { items: [planKey(k2), planKey(k1)] });
        assertLike(await planKeys('test-key'), { items: [planKey(k2), planKey(k1)] });
        assertLike(await planKeys('TEST-key'), { items: [] });
        assertLike(await planKeys(name1), { items: [planKey(k1)] });
        assertLike(await planKeys('nothing'), { items: [] });
        await t.client.send(new DeleteApiKeyCommand({ apiKey: k1.id }));
        await t.client.send(new DeleteApiKeyCommand({ apiKey: k2.id }));
        assert.deepEqual(await planKeys(), { items: [] });
        // A usage plan that does not exist has no keys: an empty list, not a 404.
        assert.deepEqual(await planKeys(undefined, 'bad-id'), { items: [] });
    });
    it(rec('test_apigateway_extended.py::TestApigatewayApiKeysCrud::test_negative_get_usage_plan_api_keys', 'get-api-keys-invalid-limit', 'create-api-key', 'update-api-key-name'), async () => {
        // A negative limit is not refused.
        assert.deepEqual(await keys({ limit: -1 }), { items: [] });
        const k = await createKey({ name: 'key-enabled-false', enabled: false });
        assertLike(body(k), created('key-enabled-false', { id: k.id }));
        const updated = await t.client.send(new UpdateApiKeyCommand({ apiKey: k.id, patchOperations: [{ op: 'replace', path: '/name', value: 'new-name' }] }));
        assert.equal(updated.$metadata.httpStatusCode, 200);
        assertLike(body(updated), {
            createdDate: A.date,
            enabled: false,
            id: k.id,
            lastUpdatedDate: A.date,
            name: 'new-name',
            stageKeys: [],
            tags: {},
        });
    });
    it(rec('test_apigateway_extended.py::TestApigatewayApiKeysCrud::test_create_api_key_with_invalid_name', 'create-api-key-name-too-long', 'create-api-key-empty-name', 'create-api-key-no-name'), async () => {
        assert.deepEqual(await recordedError(t.client.send(new CreateApiKeyCommand({ name: 'a'.repeat(1025) }))), bad('Invalid API Key name, can be at most 1024 characters.'));
        // An empty name is no name: the key has none.
        assertLike(body(await createKey({ name: '' })), created(undefined));
        assertLike(body(await createKey()), created(undefined));
    });
    it(rec('test_apigateway_extended.py::TestApigatewayApiKeysCrud::test_create_api_key_with_invalid_value', 'create-api-key-short-value', 'create-api-key-invalid-value-too-long', 'create-api-key-empty-value'), async () => {
        assert.deepEqual(await recordedError(t.client.send(new CreateApiKeyCommand({ value: 'short' }))), bad('API Key value should be at least 20 characters'));
        assert.deepEqual(await recordedError(t.client.send(new CreateApiKeyCommand({ value: 'a'.repeat(129) }))), bad('API Key value exceeds maximum size of 128 characters'));
        // An empty value is no value: AWS generates one.
        const k = await createKey({ value: '' });
        assertLike(body(k), created(undefined));
        assert.ok(k.value.length >= 20, k.value);
    });
    it(rec('test_apigateway_extended.py::TestApigatewayApiKeysCrud::test_update_api_key_invalid_description_length', 'create-api-key-description-too-long', 'update-api-key-description-too-long'), async () => {
        const long = 'a'.repeat(125001);
        assert.deepEqual(await recordedError(t.client.send(new CreateApiKeyCommand({ description: long }))), bad('Invalid API Key description specified.'));
        const k = await createKey();
        assert.deepEqual(await recordedError(t.client.send(new UpdateApiKeyCommand({
            apiKey: k.id,
            patchOperations: [{ op: 'replace', path: '/description', value: long }],
        }))), bad('Invalid API Key description specified.'));
    });
    it(rec('test_apigateway_extended.py::TestApigatewayApiKeysCrud::test_update_api_key_invalid_enabled_type', 'update-api-key-invalid-enabled-type'), async () => {
        const k = await createKey();
        // A value that is not "true" is false, not an error.
        const updated = await t.client.send(new UpdateApiKeyCommand({ apiKey: k.id, patchOperations: [{ op: 'replace', path: '/enabled', value: 'not-a-boolean' }] }));
        assert.equal(updated.$metadata.httpStatusCode, 200);
        assertLike(body(updated), { createdDate: A.date, enabled: false, id: k.id, lastUpdatedDate: A.date, stageKeys: [], tags: {} });
    });
    it(rec('test_apigateway_extended.py::TestApigatewayApiKeysCrud::test_update_api_key_immutable_field', 'update-api-key-immutable-field'), async () => {
        const k = await createKey();
        assert.deepEqual(await recordedError(t.client.send(new UpdateApiKeyCommand({
            apiKey: k.id,
            patchOperations: [{ op: 'replace', path: '/id', value: 'new-id' }],
        }))), bad("Invalid patch path  '/id' specified for op 'replace'. Must be one of: [/description, /enabled, /name, /customerId]"));
    });
    it(rec('test_apigateway_extended.py::TestApigatewayApiKeysCrud::test_create_usage_plan_with_throttle', 'create-usage-plan-burst-gt-rate'), async () => {
        // A burst above the rate is accepted as given.
        const plan = await t.client.send(new CreateUsagePlanCommand({ name: 'invalid-throttle-burst-gt-rate-1', throttle: { rateLimit: 10, burstLimit: 20 } }));
        assert.equal(plan.$metadata.httpStatusCode, 201);
        assertLike(body(plan), {
            apiStages: [],
            id: A.string,
            name: 'invalid-throttle-burst-gt-rate-1',
            throttle: { burstLimit: 20, rateLimit: 10.0 },
        });
    });
});
//# sourceMappingURL=api-keys.test.js.map