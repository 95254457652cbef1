/**
 * The console's live requests (issue 22; src/edge/live-requests.ts, src/edge/console-api.ts,
 * src/pipeline/trace.ts) through a running Tollgate: data-plane requests made over real sockets, then
 * read back from the list endpoint and from the event stream (fetch, as the page reads it), each trace
 * fetched and its steps, reasons, masking and truncation checked; the ring's bound, the filters, the
 * SigV4 requirement with credentials, and a stream closed by shutdown.
 */
import {
  CreateAuthorizerCommand,
  CreateModelCommand,
  CreateRequestValidatorCommand,
  CreateDeploymentCommand,
  GetResourcesCommand,
  CreateUsagePlanKeyCommand,
  PutMethodResponseCommand,
  PutIntegrationResponseCommand,
  type APIGatewayClient,
} from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { LiveRequests, MAX_TRACE_BYTES, MAX_TRACES } from '../../src/edge/live-requests.js';
import type { GatewayAnswer, InvokeTarget } from '../../src/pipeline/invocation.js';
import { RequestTrace } from '../../src/pipeline/trace.js';
import { addResource, newApi as newApiFor, putMethod, putResponse, type Api } from '../helpers/apis.js';
import { authorizerUri, writeAuthorizerFunctions, type AuthzFunctions } from '../helpers/authorizer-functions.js';
import { startBackend, type Backend } from '../helpers/backend.js';
import { keyedApi, newKey, type KeyedApi } from '../helpers/keyed-api.js';
import { sign } from '../helpers/sigv4.js';
import { SseReader } from '../helpers/sse.js';
import { startTollgate, type TestServer } from '../helpers/tollgate.js';

const PATH = '/_tollgate/console/api/requests';
const BEARER = 'Bearer console-test-secret-token-0123456789';

interface Summary {
  id: string;
  time: string;
  apiId: string | null;
  stage: string | null;
  httpMethod: string;
  path: string;
  resourcePath: string | null;
  status: number;
  latencyMs: number;
  apiKeyId: string | null;
  errorType: string | null;
  reason: string | null;
  traced: boolean;
}
interface Step {
  name: string;
  startMs: number;
  durationMs: number;
  outcome: string;
  detail: Record<string, unknown>;
}
type Trace = Summary & { steps: Step[] };

/** The API under test: keyed MOCK methods (plan rate 1, burst 1), a validated one, an HTTP_PROXY to an echo backend. */
async function buildApi(client: APIGatewayClient, backend: Backend): Promise<KeyedApi & { api: Api }> {
  const k = await keyedApi(client, { plan: { name: 'gold', throttle: { rateLimit: 1, burstLimit: 1 } } });
  const resources = await client.send(new GetResourcesCommand({ restApiId: k.apiId }));
  const rootId = resources.items!.find((r) => r.path === '/')!.id!;
  const api: Api = { id: k.apiId, root: rootId };
  await client.send(
    new CreateModelCommand({
      restApiId: api.id,
      name: 'Pet',
      contentType: 'application/json',
      schema: JSON.stringify({ type: 'object', required: ['name'], properties: { name: { type: 'string' } } }),
    }),
  );
  const validator = await client.send(
    new CreateRequestValidatorCommand({ restApiId: api.id, name: 'all', validateRequestBody: true, validateRequestParameters: true }),
  );
  const validated = await addResource(client, api, rootId, 'validated');
  await putMethod(
    client,
    api,
    validated,
    'POST',
    { type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } },
    { requestValidatorId: validator.id, requestModels: { 'application/json': 'Pet' }, requestParameters: { 'method.request.querystring.q': true } },
  );
  const m = { restApiId: api.id, resourceId: validated, httpMethod: 'POST' };
  await client.send(new PutMethodResponseCommand({ ...m, statusCode: '200' }));
  await client.send(new PutIntegrationResponseCommand({ ...m, statusCode: '200', responseTemplates: { 'application/json': '{"ok": true}' } }));
  const proxy = await addResource(client, api, rootId, 'proxy');
  await putMethod(client, api, proxy, 'ANY', { type: 'HTTP_PROXY', integrationHttpMethod: 'ANY', uri: `${backend.url}/echo` });
  await client.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: 'dev' }));
  return { ...k, api };
}

describe('live requests: list, stream and traces', () => {
  let t: TestServer;
  let backend: Backend;
  let a: KeyedApi & { api: Api };
  let base: string;
  const call = (path: string, init: RequestInit = {}): Promise<Response> => fetch(`${t.app.url}/_aws/execute-api/${a.apiId}/dev${path}`, init);
  const getJson = async <T>(url: string): Promise<{ status: number; body: T; text: string }> => {
    const res = await fetch(url);
    const text = await res.text();
    return { status: res.status, body: JSON.parse(text) as T, text };
  };

  before(async () => {
    t = await startTollgate();
    backend = await startBackend();
    a = await buildApi(t.client, backend);
    base = `${t.app.adminUrl}${PATH}`;
  });
  after(async () => {
    await t?.close();
    await backend?.close();
  });

  it('without a watcher: summaries with reasons, no traces', async () => {
    const res = await call('/');
    assert.equal(res.status, 403);
    await res.text();
    const { body } = await getJson<{ requests: Summary[] }>(`${base}?limit=1`);
    assert.equal(body.requests.length, 1);
    const s = body.requests[0];
    assert.equal(s.id, res.headers.get('x-amzn-requestid'));
    assert.deepEqual(
      {
        apiId: s.apiId,
        stage: s.stage,
        httpMethod: s.httpMethod,
        path: s.path,
        resourcePath: s.resourcePath,
        status: s.status,
        errorType: s.errorType,
        traced: s.traced,
      },
      { apiId: a.apiId, stage: 'dev', httpMethod: 'GET', path: '/', resourcePath: '/', status: 403, errorType: 'INVALID_API_KEY', traced: false },
    );
    assert.equal(s.reason, 'No API key in x-api-key; the method requires one');
    assert.ok(!Number.isNaN(Date.parse(s.time)));
    assert.equal(typeof s.latencyMs, 'number');
    const missing = await getJson<{ message: string }>(`${base}/${s.id}`);
    assert.equal(missing.status, 404);
    assert.equal(missing.body.message, `No trace for request id ${s.id}`);
  });

  it('with a watcher: each answer is an event, each trace has its steps, reasons, masks and cuts', async () => {
    const stream = await SseReader.open(`${base}/stream`);
    assert.equal(stream.status, 200);
    assert.match(stream.contentType ?? '', /^text\/event-stream/);
    await stream.until(() => stream.comments.length > 0); // the stream is open: tracing is on
    const secretHeaders = { 'x-api-key': a.value, Authorization: BEARER, Cookie: 'session=cookie-secret-value-42' };
    const plan: [string, RequestInit, number][] = [
      ['/', { headers: secretHeaders }, 200],
      ['/', { headers: secretHeaders }, 429], // the plan's bucket (rate 1, burst 1) is empty now
      ['/nope', {}, 403],
      ['/validated?q=1', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"nom": 1}' }, 400],
      ['/validated', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name": "rex"}' }, 400],
      ['/proxy', { method: 'POST', headers: { ...secretHeaders, 'content-type': 'text/plain' }, body: `${a.value} ${'x'.repeat(10_000)}` }, 200],
    ];
    const ids: string[] = [];
    for (const [path, init, status] of plan) {
      const res = await call(path, init);
      await res.arrayBuffer();
      assert.equal(res.status, status, path);
      ids.push(res.headers.get('x-amzn-requestid')!);
    }
    await stream.until(() => stream.events.length >= plan.length);
    const events = stream.events.map((e) => ({ event: e.event, s: JSON.parse(e.data) as Summary }));
    assert.deepEqual(
      events.map((e) => [e.event, e.s.id, e.s.status, e.s.errorType, e.s.traced]),
      plan.map(([, , status], i) => [
        'request',
        ids[i],
        status,
        [null, 'THROTTLED', 'MISSING_AUTHENTICATION_TOKEN', 'BAD_REQUEST_BODY', 'BAD_REQUEST_PARAMETERS', null][i],
        true,
      ]),
    );
    assert.deepEqual(
      events.map((e) => e.s.reason),
      [
        null,
        "Usage plan 'gold' rate limit: bucket empty (rate 1/s, burst 1)",
        'No resource of the deployment matches the path /nope (API Gateway answers a missing route as a missing authentication token)',
        `Request body does not match the method's model: [object has missing required properties (["name"])]`,
        'Missing required request parameters: [q]',
        null,
      ],
    );
    assert.equal(events[0].s.apiKeyId, a.keyId);
    const traces: Trace[] = [];
    const texts: string[] = [stream.events.map((e) => e.data).join('\n')];
    for (const id of ids) {
      const r = await getJson<Trace>(`${base}/${id}`);
      assert.equal(r.status, 200);
      traces.push(r.body);
      texts.push(r.text);
    }
    texts.push((await getJson<unknown>(`${base}?limit=500`)).text);
    const names = (tr: Trace): string => tr.steps.map((s) => `${s.name}:${s.outcome}`).join(' ');
    assert.equal(
      names(traces[0]),
      'route:ok authorizer:skip apiKey:ok quota:skip throttle:ok validation:skip integrationRequest:ok endpoint:ok integrationResponse:ok methodResponse:ok',
    );
    assert.equal(names(traces[1]), 'route:ok authorizer:skip apiKey:ok quota:skip throttle:fail gatewayResponse:ok');
    assert.equal(names(traces[2]), 'route:fail gatewayResponse:ok');
    assert.equal(names(traces[3]), 'route:ok authorizer:skip apiKey:skip quota:skip throttle:ok validation:fail gatewayResponse:ok');
    assert.equal(
      names(traces[5]),
      'route:ok authorizer:skip apiKey:skip quota:skip throttle:ok validation:skip integrationRequest:ok endpoint:ok integrationResponse:skip methodResponse:ok',
    );
    // Timings: each step starts where the previous one ended.
    for (const tr of traces) {
      for (let i = 1; i < tr.steps.length; i++) assert.ok(tr.steps[i].startMs >= tr.steps[i - 1].startMs, `${tr.id} step ${i}`);
      for (const s of tr.steps) assert.ok(s.durationMs >= 0);
    }
    const step = (tr: Trace, name: string): Step => tr.steps.find((s) => s.name === name)!;
    assert.deepEqual(step(traces[0], 'route').detail.resourcePath, '/');
    assert.deepEqual(step(traces[0], 'apiKey').detail, { required: true, apiKeyId: a.keyId, usagePlanId: a.planId, usagePlanName: 'gold' });
    assert.equal(step(traces[0], 'integrationResponse').detail.statusCode, '200');
    assert.equal(step(traces[0], 'methodResponse').detail.status, 200);
    assert.equal(step(traces[1], 'throttle').detail.reason, "Usage plan 'gold' rate limit: bucket empty (rate 1/s, burst 1)");
    assert.equal(step(traces[1], 'gatewayResponse').detail.status, 429);
    // The proxied request: headers masked, the echoed body masked and cut at 4 KiB.
    const ir = step(traces[5], 'integrationRequest').detail;
    const headers = ir.headers as Record<string, string>;
    assert.equal(headers['x-api-key'], '****');
    assert.equal(headers.Authorization, '****');
    assert.equal(headers.Cookie, '****');
    assert.equal(ir.truncated, true);
    assert.equal(ir.bodyBytes, a.value.length + 1 + 10_000);
    assert.equal((ir.body as string).length, 4096); // masked (the key's value became ****), then cut
    assert.ok((ir.body as string).startsWith('**** xxx'));
    const endpoint = step(traces[5], 'endpoint').detail;
    assert.equal(endpoint.status, 200);
    assert.equal(endpoint.truncated, true);
    // No answer of the console carries a secret.
    for (const text of texts) {
      assert.ok(!text.includes(a.value), 'the API key value');
      assert.ok(!text.includes('console-test-secret-token'), 'the Authorization header');
      assert.ok(!text.includes('cookie-secret-value'), 'the cookie');
    }
    stream.close();
  });

  it('filters the list and the stream by API, stage, status and key', async () => {
    const onlyErrors = await SseReader.open(`${base}/stream?status=4xx&apiId=${a.apiId}`);
    const only429 = await SseReader.open(`${base}/stream?status=429`);
    await onlyErrors.until(() => onlyErrors.comments.length > 0);
    await only429.until(() => only429.comments.length > 0);
    await new Promise((r) => setTimeout(r, 1100)); // the plan's bucket refills
    for (const [path, headers] of [
      ['/open', {}],
      ['/', {}],
      ['/', { 'x-api-key': a.value }],
      ['/', { 'x-api-key': a.value }],
    ] as const) {
      const r = await call(path, { headers });
      await r.arrayBuffer();
    }
    await onlyErrors.until(() => onlyErrors.events.length >= 2);
    await only429.until(() => only429.events.length >= 1);
    assert.deepEqual(
      onlyErrors.events.map((e) => (JSON.parse(e.data) as Summary).status),
      [403, 429],
    );
    assert.deepEqual(
      only429.events.map((e) => (JSON.parse(e.data) as Summary).status),
      [429],
    );
    onlyErrors.close();
    only429.close();
    const list = async (q: string): Promise<Summary[]> => (await getJson<{ requests: Summary[] }>(`${base}?${q}`)).body.requests;
    assert.ok((await list('status=429')).every((s) => s.status === 429));
    assert.ok((await list('status=429')).length >= 2);
    assert.ok((await list('status=2xx')).every((s) => s.status >= 200 && s.status < 300));
    assert.deepEqual(await list('apiId=nosuchapi'), []);
    assert.deepEqual(await list(`apiId=${a.apiId}&stage=other`), []);
    const keyed = await list(`apiKeyId=${a.keyId}`);
    assert.ok(keyed.length >= 2 && keyed.every((s) => s.apiKeyId === a.keyId));
    const bad = await getJson<{ message: string }>(`${base}?status=teapot`);
    assert.equal(bad.status, 400);
    assert.match(bad.body.message, /Invalid status filter 'teapot'/);
  });

  it('sends a stream at most its `rate` events a second, each with its trace, and counts the rest in `dropped` events', async () => {
    for (const rate of ['0', '1001', '1.5', 'many']) {
      const bad = await getJson<{ message: string }>(`${base}/stream?rate=${rate}`);
      assert.equal(bad.status, 400, rate);
      assert.match(bad.body.message, /Invalid rate .*from 1 to 1000/);
    }
    const stream = await SseReader.open(`${base}/stream?rate=1&apiId=${a.apiId}&stage=dev`);
    await stream.until(() => stream.comments.length > 0);
    const ids = await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const r = await call(`/open?burst=${i}`);
        await r.arrayBuffer();
        return r.headers.get('x-amzn-requestid')!;
      }),
    );
    // Every request is either an event or counted in a `dropped` event (told within a second or two).
    const sent = (): Summary[] => stream.events.filter((e) => e.event === 'request').map((e) => JSON.parse(e.data) as Summary);
    const told = (): number => stream.events.filter((e) => e.event === 'dropped').reduce((n, e) => n + (JSON.parse(e.data) as { dropped: number }).dropped, 0);
    await stream.until(() => sent().length + told() >= ids.length, 5000);
    assert.equal(sent().length + told(), ids.length);
    assert.ok(sent().length >= 1);
    const dropped = stream.events.find((e) => e.event === 'dropped');
    if (dropped) assert.deepEqual(Object.keys(JSON.parse(dropped.data) as object), ['dropped', 'overRate', 'slowClient', 'ms', 'rate']);
    // What was sent opens into its trace (a row over the rate is not sent untraced instead).
    for (const s of sent()) {
      assert.ok(ids.includes(s.id));
      assert.equal(s.traced, true);
      assert.equal((await getJson<Summary>(`${base}/${s.id}`)).status, 200);
    }
    stream.close();
  });

  it('keeps the last 500 summaries, newest first', async () => {
    for (let i = 0; i < 510; i += 10) {
      await Promise.all(
        Array.from({ length: 10 }, async (_, j) => {
          const r = await call(`/open?i=${i + j}`);
          await r.arrayBuffer();
        }),
      );
    }
    const { body } = await getJson<{ requests: Summary[] }>(`${base}?limit=1000`);
    assert.equal(body.requests.length, 500);
    const times = body.requests.map((s) => Date.parse(s.time));
    for (let i = 1; i < times.length; i++) assert.ok(times[i] <= times[i - 1]);
  });
});

describe('live requests: quota, and the quota reason', () => {
  let t: TestServer;
  before(async () => {
    t = await startTollgate();
  });
  after(() => t?.close());

  it('names the usage plan whose quota is used up', async () => {
    const k = await keyedApi(t.client, { plan: { name: 'tiny', quota: { limit: 1, period: 'DAY' } } });
    const url = `${t.app.url}/_aws/execute-api/${k.apiId}/dev/`;
    assert.equal((await fetch(url, { headers: { 'x-api-key': k.value } })).status, 200);
    const over = await fetch(url, { headers: { 'x-api-key': k.value } });
    assert.equal(over.status, 429);
    const { requests } = (await (await fetch(`${t.app.adminUrl}${PATH}?limit=1`)).json()) as { requests: Summary[] };
    assert.deepEqual([requests[0].errorType, requests[0].reason], ['QUOTA_EXCEEDED', "Usage plan 'tiny' quota exceeded: 1 requests per DAY"]);
    // A key in no plan of this stage, and a disabled key: said so, by id.
    const stray = await newKey(t.client);
    assert.equal((await fetch(url, { headers: { 'x-api-key': stray.value } })).status, 403);
    const disabled = await newKey(t.client, undefined, false);
    await t.client.send(new CreateUsagePlanKeyCommand({ usagePlanId: k.planId, keyId: disabled.keyId, keyType: 'API_KEY' }));
    assert.equal((await fetch(url, { headers: { 'x-api-key': disabled.value } })).status, 403);
    const last = ((await (await fetch(`${t.app.adminUrl}${PATH}?limit=2`)).json()) as { requests: Summary[] }).requests;
    assert.deepEqual(
      last.map((s) => s.reason),
      [`API key ${disabled.keyId} is disabled`, `API key ${stray.keyId} is in no usage plan of API ${k.apiId} stage dev`],
    );
  });
});

describe('live requests: 5XX reasons', () => {
  let t: TestServer;
  before(async () => {
    t = await startTollgate();
  });
  after(() => t?.close());

  it('says why an integration failed: a refused connection', async () => {
    const api = await newApiFor(t.client);
    const refused = await addResource(t.client, api, api.root, 'refused');
    // Port 9 (discard) on 127.0.0.1: nothing listens there in the test environment; the connection is refused.
    await putMethod(t.client, api, refused, 'GET', { type: 'HTTP_PROXY', integrationHttpMethod: 'GET', uri: 'http://127.0.0.1:9/x' });
    await t.client.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: 'dev' }));
    const stream = await SseReader.open(`${t.app.adminUrl}${PATH}/stream`);
    await stream.until(() => stream.comments.length > 0);
    const res = await fetch(`${t.app.url}/_aws/execute-api/${api.id}/dev/refused`);
    await res.arrayBuffer();
    assert.ok(res.status >= 500, String(res.status));
    await stream.until(() => stream.events.length >= 1);
    const s = JSON.parse(stream.events[0].data) as Summary;
    assert.equal(s.errorType, 'INTEGRATION_FAILURE');
    assert.match(s.reason ?? '', /ECONNREFUSED/);
    const trace = (await (await fetch(`${t.app.adminUrl}${PATH}/${s.id}`)).json()) as Trace;
    assert.deepEqual(trace.steps.map((x) => `${x.name}:${x.outcome}`).slice(-3), ['integrationRequest:ok', 'endpoint:fail', 'gatewayResponse:ok']);
    stream.close();
  });
});

describe('live requests: a Lambda authorizer', () => {
  let t: TestServer;
  let fns: AuthzFunctions;
  before(async () => {
    fns = writeAuthorizerFunctions();
    t = await startTollgate(['--functions', fns.dir]);
  });
  after(async () => {
    await t?.close();
    fns?.remove();
  });

  it('traces its result and its cache hit, and explains a 401 and a 403', async () => {
    const api = await newApiFor(t.client);
    const a = await t.client.send(
      new CreateAuthorizerCommand({
        restApiId: api.id,
        name: 'cached',
        type: 'TOKEN',
        authorizerUri: authorizerUri('authz'),
        identitySource: 'method.request.header.Authorization',
        authorizerResultTtlInSeconds: 300,
      }),
    );
    await putMethod(
      t.client,
      api,
      api.root,
      'GET',
      { requestTemplates: { 'application/json': '{"statusCode": 200}' } },
      { authorizationType: 'CUSTOM', authorizerId: a.id },
    );
    await putResponse(t.client, api, api.root, 'GET', '200', { responseTemplates: { 'application/json': '{}' } });
    await t.client.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: 'dev' }));
    const stream = await SseReader.open(`${t.app.adminUrl}${PATH}/stream`);
    await stream.until(() => stream.comments.length > 0);
    const url = `${t.app.url}/_aws/execute-api/${api.id}/dev/`;
    const statuses: number[] = [];
    for (const headers of [{ Authorization: 'allow' }, { Authorization: 'allow' }, { Authorization: 'deny' }, {}] as Record<string, string>[]) {
      const r = await fetch(url, { headers });
      await r.arrayBuffer();
      statuses.push(r.status);
    }
    assert.deepEqual(statuses, [200, 200, 403, 401]);
    await stream.until(() => stream.events.length >= 4);
    const summaries = stream.events.map((e) => JSON.parse(e.data) as Summary);
    const traces = await Promise.all(summaries.map(async (x) => (await (await fetch(`${t.app.adminUrl}${PATH}/${x.id}`)).json()) as Trace));
    const authz = traces.map((tr) => tr.steps.find((x) => x.name === 'authorizer')!);
    assert.deepEqual(
      authz.map((x) => x.outcome),
      ['ok', 'cached', 'fail', 'fail'],
    );
    assert.equal(authz[0].detail.principalId, 'user-allow');
    assert.equal(authz[0].detail.authorizerName, 'cached');
    assert.equal(authz[1].detail.cacheHit, true);
    assert.deepEqual(
      summaries.slice(2).map((x) => [x.errorType, x.reason]),
      [
        ['ACCESS_DENIED', 'User is not authorized to access this resource with an explicit deny'],
        ['UNAUTHORIZED', "The authorizer's identity source is missing or the caller is not authenticated"],
      ],
    );
    stream.close();
  });
});

describe('live requests with credentials configured', () => {
  const SECRET = 'console-Secret/Value+7';
  let dir: string;
  let t: TestServer;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tollgate-console-'));
    writeFileSync(
      join(dir, 'credentials.json'),
      JSON.stringify({ AKIDCONSOLE: { secretAccessKey: SECRET, principalArn: 'arn:aws:iam::000000000000:user/console' } }),
    );
    t = await startTollgate(['--credentials', join(dir, 'credentials.json')]);
  });
  after(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses an unsigned call as the management API does, and answers a signed one', async () => {
    const url = `${t.app.adminUrl}${PATH}`;
    for (const u of [url, `${url}/stream`, `${url}/some-id`]) {
      const res = await fetch(u);
      assert.equal(res.status, 403, u);
      assert.equal(res.headers.get('x-amzn-errortype'), 'MissingAuthenticationTokenException');
      assert.deepEqual(await res.json(), { message: 'Missing Authentication Token' });
    }
    const signer = { accessKeyId: 'AKIDCONSOLE', secretAccessKey: SECRET, region: 'us-east-1', service: 'apigateway' };
    const signed = await sign(`${url}?limit=5`, {}, signer);
    const ok = await fetch(signed.url, { headers: signed.headers });
    assert.equal(ok.status, 200);
    assert.deepEqual(await ok.json(), { requests: [] });
    const wrong = await sign(url, {}, { ...signer, secretAccessKey: 'not-it' });
    const refused = await fetch(wrong.url, { headers: wrong.headers });
    assert.equal(refused.status, 403);
    assert.equal(refused.headers.get('x-amzn-errortype'), 'InvalidSignatureException');
    const stream = await sign(`${url}/stream`, {}, signer);
    const reader = await SseReader.open(stream.url, stream.headers);
    assert.equal(reader.status, 200);
    reader.close();
  });
});

describe('live requests at shutdown', () => {
  it('an open stream ends when the server closes, without holding the close up', async () => {
    const t = await startTollgate();
    const stream = await SseReader.open(`${t.app.adminUrl}${PATH}/stream`);
    await stream.until(() => stream.comments.length > 0);
    await t.close();
    await stream.ended();
    assert.equal(stream.done, true);
  });
});

describe('live requests: a stream whose client does not read', () => {
  it('drops and counts its events instead of buffering them, and says so once the client reads again', async () => {
    const live = new LiveRequests();
    // No cap on the rate (the API allows at most MAX_RATE): this is about a client that does not read.
    const server = createServer((req, res) => void live.open(res, {}, Infinity));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    const socket = connect(port, '127.0.0.1');
    socket.write('GET /stream HTTP/1.1\r\nHost: x\r\n\r\n');
    await once(socket, 'data');
    socket.pause(); // the client stops reading: the kernel's buffers fill, then the server's
    const answer = (i: number): GatewayAnswer =>
      ({
        status: 200,
        requestId: `r${i}`,
        // Untraced, as a request that started before the stream opened.
        request: { method: 'GET', target: { apiId: 'api', stage: 'dev', path: `/${'p'.repeat(2000)}` }, startedAt: 0 },
        inv: undefined,
        error: undefined,
        trace: undefined,
      }) as unknown as GatewayAnswer;
    let i = 0;
    // Events of ~2.3 kB, a batch per turn of the event loop, until the server has dropped some.
    while (live.stats().dropped === 0 && i < 200_000) {
      for (let j = 0; j < 500; j++) live.record(answer(i++));
      await new Promise((r) => setImmediate(r));
      await new Promise((r) => setImmediate(r));
    }
    const { dropped } = live.stats();
    assert.ok(dropped > 0, `dropped after ${i} events`);
    // Bounded: what waits for the client stays near the cap, however many more events come.
    for (let j = 0; j < 2000; j++) live.record(answer(i++));
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    assert.ok(live.stats().dropped >= dropped + 2000);
    // The client reads again: the stream goes on, and tells what it lost.
    let text = '';
    socket.on('data', (c: Buffer) => {
      text = (text + c.toString('latin1')).slice(-20_000);
    });
    socket.resume();
    await new Promise((r) => setTimeout(r, 300));
    live.record(answer(i));
    const deadline = Date.now() + 10_000;
    while (!/: dropped \d+ events/.test(text) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.match(text, /: dropped \d+ events \(the client read too slowly\)/);
    // And in the next `dropped` event, as dropped while the client read too slowly (not over a rate: this stream has none).
    const told = (): { dropped: number; overRate: number; slowClient: number; rate: number | null } | undefined => {
      const m = /event: dropped\ndata: (.*)\n\n/.exec(text);
      return m ? (JSON.parse(m[1]) as { dropped: number; overRate: number; slowClient: number; rate: number | null }) : undefined;
    };
    while (!told() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const d = told();
    assert.ok(d && d.slowClient > 0 && d.dropped === d.slowClient, JSON.stringify(d));
    assert.deepEqual([d.overRate, d.rate], [0, null]);
    live.close();
    socket.destroy();
    await new Promise((r) => server.close(r));
  });
});

/** A stream's response as LiveRequests writes it: what it was written, kept as text. */
function sink(): { res: ServerResponse; text: () => string } {
  let text = '';
  const res = { writableLength: 0, writeHead: () => res, write: (t: string) => ((text += t), true), on: () => res, end: () => res };
  return { res: res as unknown as ServerResponse, text: () => text };
}
const turn = (): Promise<void> => new Promise((r) => setImmediate(r));
/** The data lines of the events named `event` in a stream's text. */
const data = (text: string, event = 'request'): string[] =>
  text
    .split('\n\n')
    .filter((block) => block.startsWith(`event: ${event}\n`))
    .map((block) => block.slice(block.indexOf('\ndata: ') + 7));
const ids = (text: string): string[] => data(text).map((d) => (JSON.parse(d) as Summary).id);

describe("live requests: a stream's rate", () => {
  const record = (live: LiveRequests, id: string, status: number, traced = true, startedAt = Date.now()): void =>
    live.record({
      status,
      requestId: id,
      request: { method: 'GET', target: { apiId: 'api', stage: 'dev', path: '/' }, startedAt },
      inv: undefined,
      error: undefined,
      trace: traced ? new RequestTrace(new Map()) : undefined,
    } as unknown as GatewayAnswer);
  const until = async (ready: () => boolean, what: string): Promise<void> => {
    const deadline = Date.now() + 10_000;
    while (!ready()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  it('caps the events after the filter, keeps only their traces, stops tracing at the cap and tells the rest once a second', async () => {
    const live = new LiveRequests();
    const [all, limited] = [sink(), sink()];
    live.open(all.res, {}, 10);
    live.open(limited.res, { status: { exact: 429 } }, 5);
    assert.equal(live.tracing, true);
    // 40 answers of 200 and, among them, 4 of 429, in one turn.
    const recorded: string[] = [];
    for (let i = 0; i < 44; i++) {
      recorded.push(`r${i}`);
      record(live, `r${i}`, i % 11 === 10 ? 429 : 200);
    }
    await turn();
    // The unfiltered stream: its first 10 (a second's burst), the rest over its rate.
    assert.deepEqual(ids(all.text()), recorded.slice(0, 10));
    // The stream filtered to 429: all four, the 200s it does not match having taken none of its room.
    assert.deepEqual(ids(limited.text()), ['r10', 'r21', 'r32', 'r43']);
    assert.equal(live.stats().overRate, 34);
    // Traces are kept for what was sent; the others' are not (their rows say so).
    assert.equal(live.stats().traces, 10 + 4);
    assert.equal(live.trace('r9')?.traced, true);
    assert.equal(live.trace('r43')?.traced, true);
    assert.equal(live.trace('r11'), undefined);
    assert.deepEqual(
      live.list({}, 44).map((s) => s.traced),
      recorded.map((_, i) => i < 10 || i % 11 === 10).reverse(),
    );
    // The 429 stream has room for one more: requests are still traced; once it has none, they are not.
    assert.equal(live.tracing, true);
    record(live, 'r44', 429);
    await turn();
    assert.deepEqual(ids(limited.text()), ['r10', 'r21', 'r32', 'r43', 'r44']);
    assert.equal(live.tracing, false);
    // The buckets refill (a tenth of the rate every 100 ms): tracing again. A request that started while
    // every stream was at its rate, and was not traced, is not sent as a row that cannot open: it is counted.
    await until(() => live.tracing, 'a refill');
    record(live, 'r45', 200, false, Date.now() + 1);
    await turn();
    assert.equal(ids(all.text()).length, 10);
    assert.equal(live.stats().overRate, 34 + 1 + 1);
    // Told once a second: all of the unfiltered stream's 36, then a 0 once nothing more was dropped; the
    // filtered stream dropped nothing and is told nothing.
    const told = (): { dropped: number; overRate: number; slowClient: number; ms: number; rate: number }[] =>
      data(all.text(), 'dropped').map((d) => JSON.parse(d) as { dropped: number; overRate: number; slowClient: number; ms: number; rate: number });
    await until(() => told().at(-1)?.dropped === 0, 'the dropped events');
    const reports = told();
    assert.equal(
      reports.reduce((n, r) => n + r.dropped, 0),
      36,
    );
    for (const r of reports) assert.deepEqual([r.overRate, r.slowClient, r.ms, r.rate], [r.dropped, 0, 1000, 10]);
    assert.deepEqual(data(limited.text(), 'dropped'), []);
    // After the 0, nothing more is told until something is dropped again.
    const before = all.text();
    await new Promise((r) => setTimeout(r, 1200));
    assert.equal(all.text(), before);
    live.close();
    assert.equal(live.tracing, false);
  });

  it('traces a request at its start only if a stream with room could be sent it: its API and stage filters match', async () => {
    const live = new LiveRequests();
    const target = (apiId: string, stage: string): InvokeTarget => ({ apiId, stage, path: '/', basePath: `/${stage}` });
    const [one, errors] = [sink(), sink()];
    live.open(one.res, { apiId: 'a', stage: 'dev' }, 1);
    assert.equal(live.traces(target('a', 'dev')), true);
    assert.equal(live.traces(target('a', 'prod')), false);
    assert.equal(live.traces(target('b', 'dev')), false);
    // A stream filtered by status only (known at the end) may be sent any request: every one is traced.
    live.open(errors.res, { status: { class: 4 } }, 1);
    assert.equal(live.traces(target('b', 'prod')), true);
    // Both at their rate (one event each): nothing is traced until the buckets refill.
    record(live, 'e1', 404);
    await turn();
    assert.equal(live.traces(target('b', 'prod')), false);
    assert.equal(live.traces(target('a', 'dev')), true);
    live.record({
      status: 200,
      requestId: 'a1',
      request: { method: 'GET', target: target('a', 'dev'), startedAt: Date.now() },
      inv: undefined,
      error: undefined,
      trace: new RequestTrace(new Map()),
    } as unknown as GatewayAnswer);
    await turn();
    assert.deepEqual(ids(one.text()), ['a1']);
    assert.deepEqual(ids(errors.text()), ['e1']);
    assert.equal(live.traces(target('a', 'dev')), false);
    live.close();
  });

  it('without a stream, traces nothing and keeps no trace', async () => {
    const live = new LiveRequests();
    assert.equal(live.tracing, false);
    record(live, 'x', 200); // a trace begun while the last stream was open
    await turn();
    assert.equal(live.stats().traces, 0);
    assert.equal(live.list({}, 1)[0].traced, false);
  });
});

describe('live requests: the trace store', () => {
  it('keeps the newest MAX_TRACES traces sent to a stream, fewer when their bytes pass MAX_TRACE_BYTES, and finds each by id', async () => {
    const live = new LiveRequests();
    live.open(sink().res, {}, Infinity);
    const record = (id: string, bytes?: number): void => {
      const trace = new RequestTrace(new Map());
      trace.step('route', 'ok', { n: id });
      if (bytes !== undefined) trace.bytes = bytes;
      live.record({
        status: 200,
        requestId: id,
        request: { method: 'GET', target: { apiId: 'api', stage: 'dev', path: '/' }, startedAt: Date.now() },
        inv: undefined,
        error: undefined,
        trace,
      } as unknown as GatewayAnswer);
    };
    for (let i = 0; i < MAX_TRACES + 50; i++) record(`r${i}`);
    await turn(); // kept when the turn's events are written
    assert.equal(live.stats().traces, MAX_TRACES);
    assert.equal(live.trace('r49'), undefined);
    assert.deepEqual(
      live.trace('r50')?.steps.map((s) => [s.name, s.outcome, s.detail]),
      [['route', 'ok', { n: 'r50' }]],
    );
    assert.equal(live.trace(`r${MAX_TRACES + 49}`)?.id, `r${MAX_TRACES + 49}`);
    // Traces of 1 MiB each (as counted): the oldest go, small or large, until the rest fit in 8 MiB.
    for (let i = 0; i < 20; i++) record(`big${i}`, 1024 * 1024);
    await turn();
    assert.deepEqual(live.stats().traces, MAX_TRACE_BYTES / (1024 * 1024));
    assert.equal(live.stats().traceBytes, MAX_TRACE_BYTES);
    assert.equal(live.trace(`r${MAX_TRACES + 49}`), undefined);
    assert.equal(live.trace('big11'), undefined);
    assert.equal(live.trace('big12')?.id, 'big12');
    assert.equal(live.trace('big19')?.traced, true);
    live.close();
  });
});

describe('live requests: the streams of one turn', () => {
  it("writes a turn's events once per stream at its end; a stream opened during the turn gets the later ones only", async () => {
    const live = new LiveRequests();
    const record = (id: string, status: number, error?: { type: string; reason: string }): void =>
      live.record({
        status,
        requestId: id,
        // Untraced, as requests that started before the streams opened (one that started after would have been traced).
        request: { method: 'GET', target: { apiId: 'api', stage: 'dev', path: '/p"q' }, startedAt: Date.now() - 1000 },
        inv: error ? { resource: { path: '/{x}' }, apiKey: { id: 'key1' } } : undefined,
        error,
        trace: undefined,
      } as unknown as GatewayAnswer);
    const [a, b, errors] = [sink(), sink(), sink()];
    live.open(a.res, {});
    live.open(errors.res, { status: { class: 4 } });
    record('r1', 200);
    live.open(b.res, {});
    record('r2', 404);
    record('r3', 429, { type: 'THROTTLED', reason: 'A "quoted"\tbucket' });
    assert.doesNotMatch(a.text(), /event: request/); // nothing written before the turn ends
    await turn();
    assert.deepEqual(ids(a.text()), ['r1', 'r2', 'r3']);
    assert.deepEqual(ids(b.text()), ['r2', 'r3']);
    assert.deepEqual(ids(errors.text()), ['r2', 'r3']);
    // Each event's data is the list's summary, byte for byte (the event is written without a Summary object).
    assert.deepEqual(
      data(a.text()),
      live
        .list({}, 3)
        .reverse()
        .map((x) => JSON.stringify(x)),
    );
    assert.equal((JSON.parse(data(a.text())[2]) as Summary).reason, 'A "quoted"\tbucket');
    live.close();
  });
});
