/**
 * UsagePlan and usage plan key operations through the AWS SDK. Expected values are AWS's recorded
 * answers, numbered as in docs/recorded-facts.md (F34–F42); other texts cite their
 * source in src/services/apigateway/usage-plans.ts and usage-plan-keys.ts.
 */
import {
  CreateApiKeyCommand,
  CreateUsagePlanCommand,
  CreateUsagePlanKeyCommand,
  DeleteApiKeyCommand,
  DeleteUsagePlanCommand,
  DeleteUsagePlanKeyCommand,
  GetTagsCommand,
  GetUsagePlanCommand,
  GetUsagePlanKeyCommand,
  GetUsagePlanKeysCommand,
  GetUsagePlansCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateApiKeyCommand,
  UpdateUsagePlanCommand,
  type CreateUsagePlanCommandInput,
  type PatchOperation,
} from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { apiWithStages, raw, sdkError, startTollgate, type TestServer } from '../../helpers/tollgate.js';

let t: TestServer;
before(async () => {
  t = await startTollgate();
});
after(async () => {
  await t.close();
});

const createPlan = (input: Partial<CreateUsagePlanCommandInput> = {}) => t.client.send(new CreateUsagePlanCommand({ name: 'plan', ...input }));
const update = (usagePlanId: string, patchOperations: PatchOperation[]) => t.client.send(new UpdateUsagePlanCommand({ usagePlanId, patchOperations }));
const getPlan = (usagePlanId: string) => t.client.send(new GetUsagePlanCommand({ usagePlanId }));
const newApi = () => apiWithStages(t.client);
const newKey = (name?: string) => t.client.send(new CreateApiKeyCommand({ name }));
const addKey = (usagePlanId: string, keyId: string, keyType = 'API_KEY') => t.client.send(new CreateUsagePlanKeyCommand({ usagePlanId, keyId, keyType }));
const planKeys = (usagePlanId: string, nameQuery?: string) => t.client.send(new GetUsagePlanKeysCommand({ usagePlanId, nameQuery }));
const bad = (message: string, status = 400) => ({ name: status === 404 ? 'NotFoundException' : 'BadRequestException', message, status });
const PLAN_404 = bad('Invalid Usage Plan ID specified', 404);
const KEY_404 = bad('Invalid API Key identifier specified', 404);

describe('CreateUsagePlan', () => {
  it('answers 201 with apiStages [], id and name only (F34)', async () => {
    const res = await raw(t.app.adminUrl, 'POST', '/usageplans', JSON.stringify({ name: 'usage-plan' }));
    assert.equal(res.status, 201);
    assert.deepEqual(Object.keys(res.json).sort(), ['apiStages', 'id', 'name']);
    assert.deepEqual(res.json.apiStages, []);
    assert.match(res.json.id, /^[a-z0-9]{6}$/);
    assert.equal((await createPlan()).$metadata.httpStatusCode, 201);
  });

  it('echoes quota, throttle with a double rateLimit, stages and tags (F35)', async () => {
    const apiId = await newApi();
    const body = {
      name: 'full',
      description: 'd',
      quota: { limit: 10, period: 'DAY', offset: 0 },
      throttle: { rateLimit: 2, burstLimit: 1 },
      apiStages: [{ apiId, stage: 'dev', throttle: { '/pets/GET': { rateLimit: 1, burstLimit: 1 } } }],
      tags: { team: 'core' },
    };
    const res = await raw(t.app.adminUrl, 'POST', '/usageplans', JSON.stringify(body));
    assert.equal(res.status, 201);
    assert.match(res.text, /"throttle":\{"burstLimit":1,"rateLimit":2\.0\}/);
    assert.deepEqual(res.json.quota, { limit: 10, offset: 0, period: 'DAY' });
    assert.deepEqual(res.json.apiStages, [{ apiId, stage: 'dev', throttle: { '/pets/GET': { burstLimit: 1, rateLimit: 1 } } }]);
    assert.deepEqual(res.json.tags, { team: 'core' });
    assert.equal(res.json.description, 'd');
  });

  it('answers JSON for an integral double in exponent form: 1e21 is 1e+21, not 1e+21.0', async () => {
    const res = await raw(t.app.adminUrl, 'POST', '/usageplans', JSON.stringify({ name: 'big', throttle: { rateLimit: 1e21, burstLimit: 1 } }));
    assert.equal(res.status, 201, res.text);
    assert.match(res.text, /"throttle":\{"burstLimit":1,"rateLimit":1e\+21\}/);
    assert.deepEqual(res.json.throttle, { burstLimit: 1, rateLimit: 1e21 });
    const got = await t.client.send(new GetUsagePlanCommand({ usagePlanId: res.json.id }));
    assert.deepEqual(got.throttle, { burstLimit: 1, rateLimit: 1e21 });
  });

  it('echoes quota.offset as 0 when not given, and allows burst above rate (F35, F36)', async () => {
    const res = await createPlan({ quota: { limit: 5, period: 'WEEK' }, throttle: { rateLimit: 10, burstLimit: 20 } });
    assert.deepEqual(res.quota, { limit: 5, offset: 0, period: 'WEEK' });
    assert.deepEqual(res.throttle, { rateLimit: 10, burstLimit: 20 });
  });

  it("refuses an API stage that is missing or not there, with AWS's unfilled text", async () => {
    const apiId = await newApi();
    const text = bad('Invalid API Stage {api: %s, stage: %s} specified for usageplan %s');
    assert.deepEqual(await sdkError(createPlan({ apiStages: [{ apiId: 'nosuchapi0', stage: 'dev' }] })), text);
    assert.deepEqual(await sdkError(createPlan({ apiStages: [{ apiId, stage: '' }] })), text);
    assert.deepEqual(await sdkError(createPlan({ apiStages: [{ stage: 'dev' }] })), text);
    // The API exists but has no such stage (apiWithStages makes dev, prod and a), alone or after a good one.
    assert.deepEqual(await sdkError(createPlan({ apiStages: [{ apiId, stage: 'nosuchstage' }] })), text);
    assert.deepEqual(
      await sdkError(
        createPlan({
          apiStages: [
            { apiId, stage: 'dev' },
            { apiId, stage: 'nosuchstage' },
          ],
        }),
      ),
      text,
    );
    assert.deepEqual(
      (
        await createPlan({
          apiStages: [
            { apiId, stage: 'a' },
            { apiId, stage: 'a' },
          ],
        })
      ).apiStages,
      [{ apiId, stage: 'a' }],
    );
  });

  it('validates the name, period and tags', async () => {
    const noName = await raw(t.app.adminUrl, 'POST', '/usageplans', '{}');
    assert.equal(noName.status, 400);
    assert.equal(
      noName.json.Message,
      "1 validation error detected: Value null at 'createUsagePlanInput.name' failed to satisfy constraint: Member must not be null",
    );
    const period = await sdkError(createPlan({ quota: { limit: 1, period: 'YEAR' as 'DAY' } }));
    assert.equal(period.name, 'ValidationException');
    assert.match(
      period.message,
      /^1 validation error detected: Value 'YEAR' at 'createUsagePlanInput\.quota\.period' failed to satisfy constraint: Member must satisfy enum value set: \[/,
    );
    const str = await raw(t.app.adminUrl, 'POST', '/usageplans', JSON.stringify({ name: 'x', throttle: { burstLimit: 'many' } }));
    assert.equal(str.headers.get('x-amzn-errortype'), 'SerializationException');
    assert.deepEqual(await sdkError(createPlan({ tags: { 'aws:x': 'y' } })), bad("Invalid tag key. Tag keys cannot start with 'aws:' (case insensitive)"));
  });
});

describe('GetUsagePlan and GetUsagePlans', () => {
  it('Get carries tags {}, list items and Create leave them out (F37)', async () => {
    const plan = await createPlan({ name: 'f37' });
    assert.equal('tags' in plan, false);
    const got = await getPlan(plan.id!);
    assert.deepEqual(got.tags, {});
    assert.equal(got.name, 'f37');
    const all = await t.client.send(new GetUsagePlansCommand({ limit: 500 }));
    const item = all.items!.find((p) => p.id === plan.id)!;
    assert.equal('tags' in item, false);
    const tagged = await createPlan({ tags: { a: 'b' } });
    assert.deepEqual((await t.client.send(new GetUsagePlansCommand({ limit: 500 }))).items!.find((p) => p.id === tagged.id)!.tags, {
      a: 'b',
    });
  });

  it('answers 404 for an unknown plan (F39)', async () => {
    assert.deepEqual(await sdkError(getPlan('nosuch')), PLAN_404);
  });

  it('filters the list by key, and pages', async () => {
    const key = await newKey();
    const a = await createPlan();
    const b = await createPlan();
    await createPlan();
    await addKey(a.id!, key.id!);
    await addKey(b.id!, key.id!);
    assert.deepEqual(
      (await t.client.send(new GetUsagePlansCommand({ keyId: key.id }))).items!.map((p) => p.id),
      [a.id, b.id],
    );
    const first = await t.client.send(new GetUsagePlansCommand({ keyId: key.id, limit: 1 }));
    assert.deepEqual(
      first.items!.map((p) => p.id),
      [a.id],
    );
    const second = await t.client.send(new GetUsagePlansCommand({ keyId: key.id, limit: 1, position: first.position }));
    assert.deepEqual(
      second.items!.map((p) => p.id),
      [b.id],
    );
    assert.equal(second.position, undefined);
    assert.deepEqual((await t.client.send(new GetUsagePlansCommand({ keyId: 'nosuchkey0' }))).items, []);
  });
});

describe('UpdateUsagePlan', () => {
  it('creates throttle and quota on replace, rateLimit as a double, tags {} (F38)', async () => {
    const plan = await createPlan();
    const res = await raw(
      t.app.adminUrl,
      'PATCH',
      `/usageplans/${plan.id}`,
      JSON.stringify({
        patchOperations: [
          { op: 'replace', path: '/throttle/burstLimit', value: '100' },
          { op: 'replace', path: '/throttle/rateLimit', value: '200' },
          { op: 'replace', path: '/quota/period', value: 'MONTH' },
          { op: 'replace', path: '/quota/limit', value: '5000' },
        ],
      }),
    );
    assert.equal(res.status, 200);
    assert.match(res.text, /"throttle":\{"burstLimit":100,"rateLimit":200\.0\}/);
    assert.deepEqual(res.json.quota, { limit: 5000, offset: 0, period: 'MONTH' });
    assert.deepEqual(res.json.tags, {});
    assert.deepEqual((await getPlan(plan.id!)).quota, { limit: 5000, offset: 0, period: 'MONTH' });
  });

  it('answers 404 for an unknown plan (F39)', async () => {
    assert.deepEqual(await sdkError(update('nosuch', [{ op: 'replace', path: '/name', value: 'x' }])), PLAN_404);
  });

  it('refuses removing a stage that is malformed or not in the plan (F40)', async () => {
    const apiId = await newApi();
    const plan = await createPlan({ apiStages: [{ apiId, stage: 'dev' }] });
    assert.deepEqual(await sdkError(update(plan.id!, [{ op: 'remove', path: '/apiStages' }])), bad('Invalid API Stage specified'));
    assert.deepEqual(await sdkError(update(plan.id!, [{ op: 'remove', path: '/apiStages', value: 'fakevalue' }])), bad('Invalid API Stage specified'));
    assert.deepEqual(
      await sdkError(update(plan.id!, [{ op: 'remove', path: '/apiStages', value: 'badapi0000:dev' }])),
      bad(`Invalid API Stage {api: badapi0000, stage: dev} specified for usageplan ${plan.id}`, 404),
    );
    assert.deepEqual(
      await sdkError(update(plan.id!, [{ op: 'remove', path: '/apiStages', value: `${apiId}:fakestagename` }])),
      bad(`Invalid API Stage {api: ${apiId}, stage: fakestagename} specified for usageplan ${plan.id}`, 404),
    );
    assert.deepEqual((await update(plan.id!, [{ op: 'remove', path: '/apiStages', value: `${apiId}:dev` }])).apiStages, []);
  });

  it('adds stages of existing APIs only', async () => {
    const apiId = await newApi();
    const plan = await createPlan();
    const res = await update(plan.id!, [
      { op: 'add', path: '/apiStages', value: `${apiId}:dev` },
      { op: 'add', path: '/apiStages', value: `${apiId}:dev` },
    ]);
    assert.deepEqual(res.apiStages, [{ apiId, stage: 'dev' }]);
    assert.deepEqual(
      await sdkError(update(plan.id!, [{ op: 'add', path: '/apiStages', value: 'nosuchapi0:dev' }])),
      bad(`Invalid API Stage {api: nosuchapi0, stage: dev} specified for usageplan ${plan.id}`, 404),
    );
    assert.deepEqual(
      await sdkError(update(plan.id!, [{ op: 'add', path: '/apiStages', value: `${apiId}:nosuchstage` }])),
      bad(`Invalid API Stage {api: ${apiId}, stage: nosuchstage} specified for usageplan ${plan.id}`, 404),
    );
    assert.deepEqual(await sdkError(update(plan.id!, [{ op: 'add', path: '/apiStages', value: 'x' }])), bad('Invalid API Stage specified'));
    assert.deepEqual((await getPlan(plan.id!)).apiStages, [{ apiId, stage: 'dev' }]);
  });

  it('sets, merges and removes per-method throttles of a stage', async () => {
    const apiId = await newApi();
    const plan = await createPlan({ apiStages: [{ apiId, stage: 'dev' }] });
    const base = `/apiStages/${apiId}:dev/throttle`;
    let res = await update(plan.id!, [{ op: 'replace', path: base, value: '{"/pets/GET":{"rateLimit":1.5,"burstLimit":1}}' }]);
    assert.deepEqual(res.apiStages![0].throttle, { '/pets/GET': { rateLimit: 1.5, burstLimit: 1 } });
    res = await update(plan.id!, [
      { op: 'add', path: base, value: '{"//GET":{"rateLimit":3,"burstLimit":3}}' },
      { op: 'replace', path: `${base}/~1pets/GET/burstLimit`, value: '7' },
      { op: 'add', path: `${base}/~1pets~1{id}/PUT/rateLimit`, value: '0.5' },
    ]);
    assert.deepEqual(res.apiStages![0].throttle, {
      '/pets/GET': { rateLimit: 1.5, burstLimit: 7 },
      '//GET': { rateLimit: 3, burstLimit: 3 },
      '/pets/{id}/PUT': { rateLimit: 0.5 },
    });
    res = await update(plan.id!, [
      { op: 'remove', path: `${base}/~1pets/GET` },
      { op: 'remove', path: `${base}//GET` },
    ]);
    assert.deepEqual(res.apiStages![0].throttle, { '/pets/{id}/PUT': { rateLimit: 0.5 } });
    res = await update(plan.id!, [{ op: 'remove', path: base }]);
    assert.deepEqual(res.apiStages, [{ apiId, stage: 'dev' }]);
  });

  it('refuses bad per-method throttle patches', async () => {
    const apiId = await newApi();
    const plan = await createPlan({ apiStages: [{ apiId, stage: 'dev' }] });
    const base = `/apiStages/${apiId}:dev/throttle`;
    assert.deepEqual(await sdkError(update(plan.id!, [{ op: 'replace', path: base, value: 'not json' }])), bad('Invalid throttle map specified: not json'));
    assert.deepEqual(
      await sdkError(update(plan.id!, [{ op: 'replace', path: base, value: '{"/a/GET":{"burstLimit":1.5}}' }])),
      bad('Invalid throttle map specified: {"/a/GET":{"burstLimit":1.5}}'),
    );
    assert.deepEqual(
      await sdkError(update(plan.id!, [{ op: 'replace', path: `${base}/~1a/GET/rateLimit`, value: 'fast' }])),
      bad('Invalid rate limit specified: fast'),
    );
    assert.deepEqual(
      await sdkError(update(plan.id!, [{ op: 'replace', path: `${base}/~1a/GET` }])),
      bad(`Invalid patch path  '${base}/~1a/GET' specified for op 'replace'. Please choose supported operations`),
    );
    assert.deepEqual(
      await sdkError(update(plan.id!, [{ op: 'replace', path: `/apiStages/${apiId}:prod/throttle`, value: '{}' }])),
      bad(`Invalid API Stage {api: ${apiId}, stage: prod} specified for usageplan ${plan.id}`, 404),
    );
    assert.deepEqual(
      await sdkError(update(plan.id!, [{ op: 'replace', path: `/apiStages/${apiId}:dev/name`, value: 'x' }])),
      bad(`Invalid patch path  '/apiStages/${apiId}:dev/name' specified for op 'replace'. Must be one of: [/apiStages/{apiId:stage}/throttle]`),
    );
  });

  it('updates name, description, productCode, throttle and quota fields, and removes throttle and quota', async () => {
    const plan = await createPlan({ description: 'd', quota: { limit: 1, period: 'DAY' }, throttle: { rateLimit: 1, burstLimit: 1 } });
    let res = await update(plan.id!, [
      { op: 'replace', path: '/name', value: 'renamed' },
      { op: 'replace', path: '/description', value: 'new' },
      { op: 'add', path: '/productCode', value: 'prod-1' },
      { op: 'add', path: '/quota/offset', value: '2' },
      { op: 'replace', path: '/quota/period', value: 'WEEK' },
      { op: 'add', path: '/throttle/rateLimit', value: '0.25' },
    ]);
    assert.deepEqual([res.name, res.description, res.productCode], ['renamed', 'new', 'prod-1']);
    assert.deepEqual(res.quota, { limit: 1, offset: 2, period: 'WEEK' });
    assert.deepEqual(res.throttle, { rateLimit: 0.25, burstLimit: 1 });
    res = await update(plan.id!, [
      { op: 'replace', path: '/productCode', value: 'prod-2' },
      { op: 'replace', path: '/description', value: '' },
    ]);
    assert.equal(res.productCode, 'prod-2');
    assert.equal('description' in res, false);
    res = await update(plan.id!, [
      { op: 'remove', path: '/productCode' },
      { op: 'remove', path: '/throttle' },
      { op: 'remove', path: '/quota' },
    ]);
    for (const k of ['productCode', 'throttle', 'quota']) assert.equal(k in res, false, k);
  });

  it('refuses unknown paths, wrong ops and invalid values, changing nothing', async () => {
    const plan = await createPlan({ name: 'same' });
    const err = await sdkError(update(plan.id!, [{ op: 'replace', path: '/id', value: 'x' }]));
    assert.equal(err.status, 400);
    assert.match(err.message, /^Invalid patch path {2}'\/id' specified for op 'replace'\. Must be one of: \[\/name, \/description, \/productCode, /);
    const cases: [PatchOperation, string][] = [
      [{ op: 'add', path: '/name', value: 'x' }, "Invalid patch path  '/name' specified for op 'add'. Please choose supported operations"],
      [{ op: 'replace', path: '/throttle', value: 'x' }, "Invalid patch path  '/throttle' specified for op 'replace'. Please choose supported operations"],
      [{ op: 'replace', path: '/apiStages', value: 'a:b' }, "Invalid patch path  '/apiStages' specified for op 'replace'. Please choose supported operations"],
      [{ op: 'replace', path: '/quota/period', value: 'YEAR' }, 'Invalid quota period specified: YEAR. Valid options are DAY,WEEK,MONTH'],
      [{ op: 'replace', path: '/quota/limit', value: 'lots' }, 'Invalid quota limit specified: lots'],
      [{ op: 'replace', path: '/throttle/burstLimit', value: '1.5' }, 'Invalid burst limit specified: 1.5'],
      [{ op: 'replace', path: '/throttle/rateLimit', value: '' }, 'Invalid rate limit specified: '],
    ];
    for (const [op, message] of cases) {
      assert.deepEqual(await sdkError(update(plan.id!, [{ op: 'replace', path: '/name', value: 'changed' }, op])), bad(message), op.path);
    }
    assert.equal((await getPlan(plan.id!)).name, 'same');
  });

  it('keeps a key in one plan per API stage when stages are added', async () => {
    const apiId = await newApi();
    const key = await newKey();
    const a = await createPlan({ apiStages: [{ apiId, stage: 'dev' }] });
    const b = await createPlan();
    await addKey(a.id!, key.id!);
    await addKey(b.id!, key.id!);
    assert.deepEqual(await sdkError(update(b.id!, [{ op: 'add', path: '/apiStages', value: `${apiId}:dev` }])), {
      name: 'ConflictException',
      message: `Usage Plan ${b.id} cannot be added because API Key ${key.id} cannot reference multiple Usage Plans with the same API Stage: ${apiId}:dev`,
      status: 409,
    });
    assert.deepEqual((await update(b.id!, [{ op: 'add', path: '/apiStages', value: `${apiId}:prod` }])).apiStages, [{ apiId, stage: 'prod' }]);
  });
});

describe('DeleteUsagePlan', () => {
  it('answers 202 and takes its keys with it', async () => {
    const key = await newKey();
    const plan = await createPlan();
    await addKey(plan.id!, key.id!);
    const res = await t.client.send(new DeleteUsagePlanCommand({ usagePlanId: plan.id }));
    assert.equal(res.$metadata.httpStatusCode, 202);
    assert.deepEqual(await sdkError(getPlan(plan.id!)), PLAN_404);
    assert.deepEqual((await planKeys(plan.id!)).items, []);
    assert.deepEqual((await t.client.send(new GetUsagePlansCommand({ keyId: key.id }))).items, []);
    assert.deepEqual(await sdkError(t.client.send(new DeleteUsagePlanCommand({ usagePlanId: plan.id }))), PLAN_404);
  });
});

describe('CreateUsagePlanKey', () => {
  it('answers 201 with id, name, type and value of the key (F41)', async () => {
    const key = await newKey('my-key');
    const plan = await createPlan();
    const res = await raw(t.app.adminUrl, 'POST', `/usageplans/${plan.id}/keys`, JSON.stringify({ keyId: key.id, keyType: 'API_KEY' }));
    assert.equal(res.status, 201);
    assert.deepEqual(res.json, { id: key.id, name: 'my-key', type: 'API_KEY', value: key.value });
  });

  it('needs an existing plan, an existing key and type API_KEY', async () => {
    const key = await newKey();
    const plan = await createPlan();
    assert.deepEqual(await sdkError(addKey('nosuch', key.id!)), PLAN_404);
    assert.deepEqual(await sdkError(addKey(plan.id!, 'nosuchkey0')), KEY_404);
    assert.deepEqual(await sdkError(addKey(plan.id!, key.id!, 'OTHER')), bad('Invalid key type specified: OTHER. Valid options are API_KEY'));
    const noType = await raw(t.app.adminUrl, 'POST', `/usageplans/${plan.id}/keys`, JSON.stringify({ keyId: key.id }));
    assert.equal(
      noType.json.Message,
      "1 validation error detected: Value null at 'createUsagePlanKeyInput.keyType' failed to satisfy constraint: Member must not be null",
    );
  });

  it('refuses a key twice in a plan, or in two plans with the same API stage', async () => {
    const apiId = await newApi();
    const key = await newKey();
    const a = await createPlan({ apiStages: [{ apiId, stage: 'dev' }] });
    const b = await createPlan({
      apiStages: [
        { apiId, stage: 'prod' },
        { apiId, stage: 'dev' },
      ],
    });
    const c = await createPlan({ apiStages: [{ apiId, stage: 'prod' }] });
    await addKey(a.id!, key.id!);
    assert.deepEqual(await sdkError(addKey(a.id!, key.id!)), {
      name: 'ConflictException',
      message: `Usage Plan ${a.id} already contains API Key ${key.id}`,
      status: 409,
    });
    assert.deepEqual(await sdkError(addKey(b.id!, key.id!)), {
      name: 'ConflictException',
      message: `Usage Plan ${b.id} cannot be added because API Key ${key.id} cannot reference multiple Usage Plans with the same API Stage: ${apiId}:dev`,
      status: 409,
    });
    assert.equal((await addKey(c.id!, key.id!)).id, key.id);
  });
});

describe('GetUsagePlanKey and GetUsagePlanKeys', () => {
  it('filters by a case-sensitive name prefix, drops deleted keys, and lists nothing for an unknown plan (F42)', async () => {
    const plan = await createPlan();
    const k1 = await newKey(`test-key-${randomUUID().slice(0, 6)}`);
    const k2 = await newKey(`test-key-${randomUUID().slice(0, 6)}`);
    const other = await newKey('other');
    for (const k of [k1, k2, other]) await addKey(plan.id!, k.id!);
    const all = await planKeys(plan.id!);
    assert.deepEqual(all.items, [
      { id: other.id, name: 'other', type: 'API_KEY', value: other.value },
      { id: k2.id, name: k2.name, type: 'API_KEY', value: k2.value },
      { id: k1.id, name: k1.name, type: 'API_KEY', value: k1.value },
    ]);
    assert.deepEqual(
      (await planKeys(plan.id!, 'test-key')).items!.map((k) => k.id),
      [k2.id, k1.id],
    );
    assert.deepEqual((await planKeys(plan.id!, 'TEST-key')).items, []);
    assert.deepEqual(
      (await planKeys(plan.id!, k1.name)).items!.map((k) => k.id),
      [k1.id],
    );
    assert.deepEqual((await planKeys(plan.id!, 'nothing')).items, []);
    await t.client.send(new DeleteApiKeyCommand({ apiKey: k1.id }));
    await t.client.send(new DeleteApiKeyCommand({ apiKey: k2.id }));
    assert.deepEqual(
      (await planKeys(plan.id!)).items!.map((k) => k.id),
      [other.id],
    );
    const badPlan = await raw(t.app.adminUrl, 'GET', '/usageplans/bad-id/keys');
    assert.equal(badPlan.status, 200);
    assert.deepEqual(badPlan.json, { item: [] });
  });

  it('pages, and shows a renamed key under its new name', async () => {
    const plan = await createPlan();
    const a = await newKey('a');
    const b = await newKey('b');
    await addKey(plan.id!, a.id!);
    await addKey(plan.id!, b.id!);
    await t.client.send(new UpdateApiKeyCommand({ apiKey: a.id, patchOperations: [{ op: 'replace', path: '/name', value: 'a2' }] }));
    const first = await t.client.send(new GetUsagePlanKeysCommand({ usagePlanId: plan.id, limit: 1 }));
    assert.deepEqual(
      first.items!.map((k) => k.name),
      ['b'],
    );
    const second = await t.client.send(new GetUsagePlanKeysCommand({ usagePlanId: plan.id, limit: 1, position: first.position }));
    assert.deepEqual(
      second.items!.map((k) => k.name),
      ['a2'],
    );
    assert.equal(second.position, undefined);
    const limitNeg = await raw(t.app.adminUrl, 'GET', `/usageplans/${plan.id}/keys?limit=-1`);
    assert.deepEqual(limitNeg.json, { item: [] });
  });

  it('gets one key of a plan, or 404', async () => {
    const plan = await createPlan();
    const key = await newKey('one');
    const outside = await newKey();
    await addKey(plan.id!, key.id!);
    const res = await t.client.send(new GetUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: key.id }));
    assert.deepEqual({ id: res.id, name: res.name, type: res.type, value: res.value }, { id: key.id, name: 'one', type: 'API_KEY', value: key.value });
    assert.deepEqual(await sdkError(t.client.send(new GetUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: outside.id }))), KEY_404);
    assert.deepEqual(await sdkError(t.client.send(new GetUsagePlanKeyCommand({ usagePlanId: 'nosuch', keyId: key.id }))), PLAN_404);
  });
});

describe('DeleteUsagePlanKey', () => {
  it('answers 202 and removes the key from the plan only', async () => {
    const plan = await createPlan();
    const key = await newKey('stays');
    await addKey(plan.id!, key.id!);
    const res = await t.client.send(new DeleteUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: key.id }));
    assert.equal(res.$metadata.httpStatusCode, 202);
    assert.deepEqual((await planKeys(plan.id!)).items, []);
    assert.equal((await t.client.send(new GetUsagePlansCommand({ keyId: key.id }))).items!.length, 0);
    assert.deepEqual(await sdkError(t.client.send(new DeleteUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: key.id }))), KEY_404);
    assert.deepEqual(await sdkError(t.client.send(new DeleteUsagePlanKeyCommand({ usagePlanId: 'nosuch', keyId: key.id }))), PLAN_404);
    assert.equal((await addKey(plan.id!, key.id!)).name, 'stays');
  });
});

describe('Usage plan tags', () => {
  it('agree between Create, Get, GetTags, TagResource and UntagResource', async () => {
    const plan = await createPlan({ tags: { a: '1' } });
    const arn = `arn:aws:apigateway:us-east-1::/usageplans/${plan.id}`;
    assert.deepEqual((await t.client.send(new GetTagsCommand({ resourceArn: arn }))).tags, { a: '1' });
    await t.client.send(new TagResourceCommand({ resourceArn: arn, tags: { b: '2' } }));
    assert.deepEqual((await getPlan(plan.id!)).tags, { a: '1', b: '2' });
    await t.client.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: ['a', 'b'] }));
    assert.deepEqual((await t.client.send(new GetTagsCommand({ resourceArn: arn }))).tags, {});
    assert.deepEqual((await update(plan.id!, [{ op: 'replace', path: '/name', value: 'n' }])).tags, {});
    assert.deepEqual(
      await sdkError(t.client.send(new TagResourceCommand({ resourceArn: 'arn:aws:apigateway:us-east-1::/usageplans/nosuch', tags: { a: 'b' } }))),
      PLAN_404,
    );
  });
});
