/**
 * `/metrics` scraped after known traffic shows exact counts (src/metrics/): API Gateway's CloudWatch
 * metrics per API and stage, Method and Resource only where metricsEnabled is on, cache hits and misses,
 * throttled and quota-exceeded requests, Lambda invocations and errors (data plane and Lambda's
 * management Invoke), process metrics; and nothing of it with --metrics off.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { UpdateStageCommand, type PatchOperation } from '@aws-sdk/client-api-gateway';
import { CreateFunctionCommand, InvokeCommand } from '@aws-sdk/client-lambda';
import { raw, startTollgate, type TestServer } from '../helpers/tollgate.js';
import { addResource, deploy, newApi, putMethod, putResponse, type Api } from '../helpers/apis.js';
import { hit, keyedApi, type KeyedApi } from '../helpers/keyed-api.js';
import { lambdaUri, writeFunctions, type FunctionsDir } from '../helpers/functions.js';
import { lambdaClient, NODE_HANDLER, ROLE } from '../helpers/lambda.js';
import { Registry } from 'prom-client';
import { ApiGatewayMetrics, MAX_SERIES } from '../../src/metrics/api-gateway.js';
import type { Served } from '../../src/pipeline/deployments.js';
import type { GatewayAnswer } from '../../src/pipeline/invocation.js';
import type { Method } from '../../src/domain/method.js';
import type { Stage } from '../../src/domain/stage.js';

/** The samples of a scrape: `name{a="x",b="y"}` (labels as printed) → value. */
function samples(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const space = line.lastIndexOf(' ');
    out.set(line.slice(0, space), Number(line.slice(space + 1)));
  }
  return out;
}

const series = (name: string, labels: Record<string, string>): string =>
  Object.keys(labels).length
    ? `${name}{${Object.entries(labels)
        .map(([k, v]) => `${k}="${v}"`)
        .join(',')}}`
    : name;

let t: TestServer;
let fns: FunctionsDir;
let keyed: KeyedApi;
let other: Api;

const patch = (restApiId: string, stageName: string, patchOperations: PatchOperation[]) =>
  t.client.send(new UpdateStageCommand({ restApiId, stageName, patchOperations }));

before(async () => {
  fns = writeFunctions(
    {
      'ok.mjs': "export const handler = async () => ({ statusCode: 200, body: 'ok' });\n",
      'bad.mjs': "export const handler = async () => { throw new Error('bad'); };\n",
    },
    {},
  );
  t = await startTollgate(['--functions', fns.dir]);
  keyed = await keyedApi(t.client, { plan: { quota: { limit: 2, period: 'DAY' } } }); // API "keyed", stage dev
  other = await newApi(t.client, { name: 'other' });
  const mock = { requestTemplates: { 'application/json': '{"statusCode": 200}' } };
  await putMethod(t.client, other, other.root, 'GET', mock);
  await putResponse(t.client, other, other.root, 'GET', '200', { responseTemplates: { 'application/json': '{"at":"$context.requestTimeEpoch"}' } });
  for (const fn of ['ok', 'bad']) {
    const id = await addResource(t.client, other, other.root, fn);
    await putMethod(t.client, other, id, 'GET', { type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: lambdaUri(fn) });
  }
  for (const stage of ['fn', 'cached', 'throttled']) await deploy(t.client, other, stage);
  await patch(other.id, 'cached', [
    { op: 'replace', path: '/cacheClusterEnabled', value: 'true' },
    { op: 'replace', path: '/*/*/caching/enabled', value: 'true' },
  ]);
  await patch(other.id, 'throttled', [
    { op: 'replace', path: '/*/*/throttling/burstLimit', value: '0' },
    { op: 'replace', path: '/*/*/throttling/rateLimit', value: '0' },
  ]);
});
after(async () => {
  await t.close();
  fns.remove();
});

describe('/metrics', () => {
  it('counts known traffic exactly', async () => {
    const codes: number[] = [];
    const get = async (apiId: string, stage: string, path: string, key?: string) => codes.push((await hit(t.app.url, apiId, stage, path, key)).status);
    for (let i = 0; i < 3; i++) await get(keyed.apiId, 'dev', '/open');
    for (let i = 0; i < 3; i++) await get(keyed.apiId, 'dev', '/', keyed.value); // quota 2: the third is 429
    await get(keyed.apiId, 'dev', '/'); // no key: 403
    await get(keyed.apiId, 'dev', '/nowhere'); // no such resource: 403 Missing Authentication Token
    await patch(keyed.apiId, 'dev', [{ op: 'replace', path: '/~1open/GET/metrics/enabled', value: 'true' }]);
    for (let i = 0; i < 2; i++) await get(keyed.apiId, 'dev', '/open'); // now with Method and Resource
    await get(keyed.apiId, 'nostage', '/open'); // no such stage: not counted anywhere
    await get(other.id, 'fn', '/ok');
    await get(other.id, 'fn', '/bad'); // a function error through AWS_PROXY: 502
    for (let i = 0; i < 3; i++) await get(other.id, 'cached', '/'); // one miss, two hits
    await get(other.id, 'throttled', '/'); // burst 0: 429
    assert.deepEqual(codes, [200, 200, 200, 200, 200, 429, 403, 403, 200, 200, 403, 200, 502, 200, 200, 200, 429]);

    const lambda = lambdaClient(t.app.adminUrl);
    try {
      await lambda.send(
        new CreateFunctionCommand({ FunctionName: 'managed', Runtime: 'nodejs20.x', Role: ROLE, Handler: 'index.handler', Code: { ZipFile: NODE_HANDLER } }),
      );
      const out = await lambda.send(new InvokeCommand({ FunctionName: 'managed', Payload: Buffer.from('{}') }));
      assert.equal(out.FunctionError, undefined);
    } finally {
      lambda.destroy();
    }

    const scrape = await fetch(`${t.app.adminUrl}/metrics`);
    assert.equal(scrape.status, 200);
    assert.match(scrape.headers.get('content-type')!, /^text\/plain; version=0\.0\.4/);
    const s = samples(await scrape.text());
    const stage = (ApiName: string, Stage: string, Method = '', Resource = '') => ({ ApiName, Stage, Method, Resource });
    const expect = (name: string, labels: Record<string, string>, value: number) => assert.equal(s.get(series(name, labels)), value, series(name, labels));

    const keyedDev = stage('keyed', 'dev');
    const openDetailed = stage('keyed', 'dev', 'GET', '/open');
    expect('apigateway_Count', keyedDev, 8); // 3 + 3 + 1 + 1 before metricsEnabled
    expect('apigateway_Count', openDetailed, 2);
    expect('apigateway_4XXError', keyedDev, 3);
    expect('apigateway_4XXError', openDetailed, 0);
    expect('apigateway_5XXError', keyedDev, 0);
    expect('tollgate_quota_exceeded_requests', keyedDev, 1);
    expect('tollgate_throttled_requests', keyedDev, 0);
    expect('apigateway_Latency_count', keyedDev, 8);
    expect('apigateway_Latency_count', openDetailed, 2);
    expect('apigateway_Latency_bucket', { ...keyedDev, le: '+Inf' }, 8);
    // Those that reached their integration (MOCK's, as its access log's $context.integrationLatency, is there too).
    expect('apigateway_IntegrationLatency_count', keyedDev, 5);

    const fn = stage('other', 'fn');
    expect('apigateway_Count', fn, 2);
    expect('apigateway_5XXError', fn, 1);
    expect('apigateway_IntegrationLatency_count', fn, 2);

    const cached = stage('other', 'cached');
    expect('apigateway_Count', cached, 3);
    expect('apigateway_CacheMissCount', cached, 1);
    expect('apigateway_CacheHitCount', cached, 2);
    expect('apigateway_CacheHitCount', fn, 0);

    const throttled = stage('other', 'throttled');
    expect('apigateway_Count', throttled, 1);
    expect('apigateway_4XXError', throttled, 1);
    expect('tollgate_throttled_requests', throttled, 1);

    assert.equal([...s.keys()].filter((k) => k.includes('nostage')).length, 0);
    expect('lambda_Invocations', { FunctionName: 'ok' }, 1);
    expect('lambda_Errors', { FunctionName: 'ok' }, 0);
    expect('lambda_Invocations', { FunctionName: 'bad' }, 1);
    expect('lambda_Errors', { FunctionName: 'bad' }, 1);
    expect('lambda_Invocations', { FunctionName: 'managed' }, 1);
    assert.ok((s.get('process_cpu_user_seconds_total') ?? 0) > 0, 'process metrics');
    assert.ok(s.has('nodejs_eventloop_lag_seconds'));
    expect('tollgate_metrics_overflow', {}, 0);
  });

  it('keeps at most MAX_SERIES label sets: then a method counts under its stage, a stage under __overflow__', async () => {
    const registry = new Registry();
    const m = new ApiGatewayMetrics(registry);
    const served = (api: string, stage: string, settings: Stage['methodSettings'] = {}) =>
      ({ stage: { stageName: stage, methodSettings: settings }, deployment: { snapshot: { api: { name: api } } } }) as unknown as Served;
    const answer = (s: Served, method?: Method, path?: string) =>
      ({ served: s, status: 200, request: { startedAt: Date.now() }, inv: method ? { method, resource: { path } } : undefined }) as unknown as GatewayAnswer;
    for (let i = 0; i < MAX_SERIES - 1; i++) m.record(answer(served(`api${i}`, 'dev')));
    const detailed = served('last', 'dev', { '*/*': { metricsEnabled: true } as Stage['methodSettings'][string] });
    const get = { httpMethod: 'GET' } as Method;
    m.record(answer(detailed, get, '/x')); // the stage series is the 1000th: no room for its method's
    m.record(answer(served('beyond', 'dev'))); // no room for another stage
    const s = samples(await registry.metrics());
    assert.equal(s.get('apigateway_Count{ApiName="last",Stage="dev",Method="",Resource=""}'), 1);
    assert.equal(s.has('apigateway_Count{ApiName="last",Stage="dev",Method="GET",Resource="/x"}'), false);
    assert.equal(s.get('apigateway_Count{ApiName="__overflow__",Stage="__overflow__",Method="",Resource=""}'), 1);
    assert.equal(s.get('tollgate_metrics_overflow'), 2);
    assert.equal([...s.keys()].filter((k) => k.startsWith('apigateway_Count{')).length, MAX_SERIES + 1);
  });

  it('is not served with --metrics off', async () => {
    const off = await startTollgate(['--metrics', 'off']);
    try {
      const r = await raw(off.app.adminUrl, 'GET', '/metrics');
      assert.equal(r.headers.get('x-amzn-errortype'), 'UnknownOperationException');
    } finally {
      await off.close();
    }
  });
});
