/**
 * Replays test_apigateway_http.py (recorded against AWS): HTTP and HTTP_PROXY integrations calling an
 * echo backend — what the backend receives (method, headers, query, body), what the client gets back
 * (status, headers), and HTTP_PROXY's request parameter mappings.
 *
 * The recorded backends were Lambda function URLs: an httpbin-style echo answering
 * `{args, data, domain, headers, method, origin, path}` (query values joined with `,`, the JSON body
 * parsed; `trim_x_headers` leaves out the `x-…` headers) and a status echo answering the status its
 * path ends with. Here each is a local HTTP server doing the same, including what the function URL's
 * front adds to requests (`x-amzn-tls-*`, `x-forwarded-*`) and to answers (`x-amzn-RequestId`,
 * `X-Amzn-Trace-Id`, `Connection: keep-alive`).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Agent, createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  CreateDeploymentCommand, CreateResourceCommand, CreateRestApiCommand, PutIntegrationCommand, PutIntegrationResponseCommand,
  PutMethodCommand, PutMethodResponseCommand,
} from '@aws-sdk/client-api-gateway';
import { A, assertLike, rec } from '../helpers/recorded.js';
import { startTollgate, type TestServer } from '../helpers/tollgate.js';

let t: TestServer;
const servers: Server[] = [];

before(async () => { t = await startTollgate(); });
after(async () => {
  await t.close();
  for (const s of servers) { s.closeAllConnections(); s.close(); }
});

/** The request as a function URL's event shows it: lower-cased headers, plus what its front adds. */
function urlEventHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const k = req.rawHeaders[i].toLowerCase();
    headers[k] = headers[k] === undefined ? req.rawHeaders[i + 1] : `${headers[k]},${req.rawHeaders[i + 1]}`;
  }
  const remote = (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
  delete headers.connection; // the connection's own, not the event's
  headers['x-amzn-tls-cipher-suite'] = 'ECDHE-RSA-AES128-GCM-SHA256';
  headers['x-amzn-tls-version'] = 'TLSv1.2';
  headers['x-forwarded-for'] = headers['x-forwarded-for'] ? `${headers['x-forwarded-for']}, ${remote}` : remote;
  headers['x-forwarded-port'] = '443';
  headers['x-forwarded-proto'] = 'https';
  return headers;
}

async function serve(answer: (req: IncomingMessage, body: string) => { status: number; json: unknown }): Promise<string> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const { status, json } = answer(req, Buffer.concat(chunks).toString('utf8'));
      const out = Buffer.from(JSON.stringify(json));
      res.writeHead(status, {
        'Content-Type': 'application/json', 'Content-Length': out.length, Connection: 'keep-alive',
        'x-amzn-RequestId': randomUUID(), 'X-Amzn-Trace-Id': 'Root=1-67890abc-0123456789abcdef01234567;Parent=0123456789abcdef;Sampled=0;Lineage=1:abcdef01:0',
      });
      res.end(out);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

/** The httpbin-style echo function (LocalStack's create_echo_http_server). */
function echoServer(trimXHeaders: boolean): Promise<string> {
  return serve((req, body) => {
    const url = new URL(req.url!, 'http://x');
    const args: Record<string, string> = {};
    for (const [k, v] of url.searchParams) args[k] = args[k] === undefined ? v : `${args[k]},${v}`;
    let data: unknown = body;
    try { data = JSON.parse(body); } catch { /* kept as text */ }
    let headers = urlEventHeaders(req);
    if (trimXHeaders) headers = Object.fromEntries(Object.entries(headers).filter(([k]) => !k.startsWith('x-')));
    return {
      status: 200,
      json: { args, data, domain: headers.host, headers, method: req.method, origin: (req.socket.remoteAddress ?? '').replace(/^::ffff:/, ''), path: url.pathname },
    };
  });
}

/** The status echo function (LocalStack's create_status_code_echo_server): the status its path ends with. */
function statusServer(): Promise<string> {
  return serve((req, body) => {
    const status = Number(new URL(req.url!, 'http://x').pathname.split('/').pop());
    return { status, json: { message: body, status_code: status } };
  });
}

/**
 * The fixture create_rest_api_with_integration: a REGIONAL API, one resource with a method (its
 * mapped `method.request.*` parameters declared), the integration, a 200 method response and a 200
 * integration response rendering `$input.json('$')`, deployed to `test`.
 */
async function apiWithIntegration(o: {
  uri: string; type: 'HTTP' | 'HTTP_PROXY'; pathPart?: string; requestParameters?: Record<string, string>; resourceMethod?: string;
}): Promise<string> {
  const api = await t.client.send(new CreateRestApiCommand({ name: 'test-apigw', endpointConfiguration: { types: ['REGIONAL'] } }));
  const restApiId = api.id!;
  const resourceId = (await t.client.send(new CreateResourceCommand({ restApiId, parentId: api.rootResourceId, pathPart: o.pathPart ?? 'test' }))).id!;
  const httpMethod = o.resourceMethod ?? 'POST';
  const params = o.requestParameters ?? {};
  await t.client.send(new PutMethodCommand({
    restApiId, resourceId, httpMethod, authorizationType: 'NONE', apiKeyRequired: false,
    requestParameters: Object.fromEntries(Object.values(params).map((v) => [v, true])),
  }));
  await t.client.send(new PutIntegrationCommand({
    restApiId, resourceId, httpMethod, integrationHttpMethod: 'POST', type: o.type, uri: o.uri, requestTemplates: {}, requestParameters: params,
  }));
  await t.client.send(new PutMethodResponseCommand({ restApiId, resourceId, httpMethod, statusCode: '200' }));
  await t.client.send(new PutIntegrationResponseCommand({
    restApiId, resourceId, httpMethod, statusCode: '200', responseTemplates: { 'application/json': "$input.json('$')" },
  }));
  await t.client.send(new CreateDeploymentCommand({ restApiId, stageName: 'test' }));
  return restApiId;
}

const url = (apiId: string, path: string): string => `${t.app.url}/_aws/execute-api/${apiId}/test${path}`;

/** What Python's requests sends besides the test's own headers. */
const REQUESTS_DEFAULTS = { 'Accept-Encoding': 'gzip, deflate', Accept: '*/*', 'User-Agent': 'python-requests/2.32.3', Connection: 'keep-alive' };
const BODY = '{"message": "hello world"}'; // json.dumps's separators
const agent = new Agent({ keepAlive: true });
after(() => agent.destroy());

/** One request as Python's requests would send it (its default headers, keep-alive), over node:http. */
function post(target: string, headers: Record<string, string>, body: string | null = BODY): Promise<{ status: number; headers: Record<string, string>; json: any }> {
  const all: Record<string, string> = { ...REQUESTS_DEFAULTS };
  for (const [k, v] of Object.entries(headers)) {
    for (const d of Object.keys(all)) if (d.toLowerCase() === k.toLowerCase()) delete all[d];
    all[k] = v;
  }
  all['Content-Length'] = String(Buffer.byteLength(body ?? ''));
  return new Promise((resolve, reject) => {
    const req = request(target, { method: 'POST', headers: all, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const out: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
        resolve({ status: res.statusCode!, headers: out, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      });
    });
    req.on('error', reject);
    req.end(body ?? undefined);
  });
}

const NUM = A.match(/^\d+$/);
const TRACE = A.match(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24}/);

async function withLambda(type: 'HTTP' | 'HTTP_PROXY'): Promise<void> {
  const apiId = await apiWithIntegration({ uri: await echoServer(false), type });
  assertLike({ rest_api_id: apiId }, { rest_api_id: A.id });
  const r = await post(url(apiId, '/test'), { 'Content-Type': 'application/json', accept: 'application/xml', 'user-Agent': 'test/integration' });
  assert.equal(r.status, 200);
  const host = r.json.headers.host;
  const sent = type === 'HTTP'
    // HTTP sends only its own headers: JSON accepted, API Gateway as the caller ...
    ? { accept: 'application/json', 'user-agent': `AmazonAPIGateway_${apiId}` }
    // ... HTTP_PROXY forwards the client's.
    : { accept: 'application/xml', 'accept-encoding': 'gzip, deflate', 'user-agent': 'test/integration' };
  assertLike(r.json, {
    args: {},
    data: { message: 'hello world' },
    domain: host,
    headers: {
      ...sent,
      'content-length': '26',
      'content-type': 'application/json',
      host: A.string,
      'x-amzn-apigateway-api-id': apiId,
      'x-amzn-tls-cipher-suite': A.string,
      'x-amzn-tls-version': A.string,
      'x-amzn-trace-id': A.string,
      'x-forwarded-for': A.string,
      'x-forwarded-port': A.string,
      'x-forwarded-proto': A.string,
    },
    method: 'POST',
    origin: A.string,
    path: '/',
  });
  const common = { connection: 'keep-alive', 'content-length': NUM, 'content-type': 'application/json', date: A.string, 'x-amz-apigw-id': A.string, 'x-amzn-requestid': A.uuid };
  assertLike(r.headers, type === 'HTTP'
    ? { ...common, 'x-amzn-trace-id': TRACE }
    // The backend's own x-amzn-RequestId, Connection, Content-Length and Date come back remapped; its trace id passes.
    : {
      ...common, 'x-amzn-remapped-connection': 'keep-alive', 'x-amzn-remapped-content-length': r.headers['content-length'],
      'x-amzn-remapped-date': A.string, 'x-amzn-remapped-x-amzn-requestid': A.uuid, 'x-amzn-trace-id': A.string,
    });
}

describe('test_http_integration_with_lambda', () => {
  it(rec('test_apigateway_http.py::test_http_integration_with_lambda[HTTP]', 'api_id', 'http-invocation-lambda-url'), () => withLambda('HTTP'));
  it(rec('test_apigateway_http.py::test_http_integration_with_lambda[HTTP_PROXY]', 'api_id', 'http-invocation-lambda-url'), () => withLambda('HTTP_PROXY'));
});

async function statusPassthrough(type: 'HTTP' | 'HTTP_PROXY'): Promise<void> {
  const apiId = await apiWithIntegration({
    uri: `${await statusServer()}{map}`, type, pathPart: '{map+}', requestParameters: { 'integration.request.path.map': 'method.request.path.map' },
  });
  const ok = await post(url(apiId, '/status/200'), {}, null);
  assertLike({ body: ok.json, status_code: ok.status }, { body: { message: '', status_code: 200 }, status_code: 200 });
  // HTTP answers with its one (default) integration response, 200; HTTP_PROXY passes the 400 on.
  const other = await post(url(apiId, '/status/400'), {}, null);
  assertLike({ body: other.json, status_code: other.status }, { body: { message: '', status_code: 400 }, status_code: type === 'HTTP' ? 200 : 400 });
}

describe('test_http_integration_invoke_status_code_passthrough', () => {
  it(rec('test_apigateway_http.py::test_http_integration_invoke_status_code_passthrough[HTTP]', 'matching-response', 'non-matching-response'), () => statusPassthrough('HTTP'));
  it(rec('test_apigateway_http.py::test_http_integration_invoke_status_code_passthrough[HTTP_PROXY]', 'matching-response', 'non-matching-response'), () => statusPassthrough('HTTP_PROXY'));
});

async function integrationMethod(type: 'HTTP' | 'HTTP_PROXY'): Promise<void> {
  const apiId = await apiWithIntegration({ uri: await echoServer(true), type, resourceMethod: 'ANY' });
  assertLike({ rest_api_id: apiId }, { rest_api_id: A.id });
  // The recorded test sends POST each time (its loop variable names the step only).
  for (let i = 0; i < 3; i++) {
    const r = await post(url(apiId, '/test'), { 'Content-Type': 'application/json', Accept: 'application/json', 'user-Agent': 'test/integration' });
    assert.equal(r.status, 200);
    assertLike(r.json, {
      args: {},
      data: { message: 'hello world' },
      domain: r.json.headers.host,
      headers: {
        accept: 'application/json',
        ...(type === 'HTTP' ? { 'user-agent': `AmazonAPIGateway_${apiId}` } : { 'accept-encoding': 'gzip, deflate', 'user-agent': 'test/integration' }),
        'content-length': NUM,
        'content-type': 'application/json',
        host: A.string,
      },
      method: 'POST',
      origin: A.string,
      path: '/',
    });
  }
}

describe('test_http_integration_method', () => {
  it(rec('test_apigateway_http.py::test_http_integration_method[HTTP]', 'api_id', 'http-invocation-lambda-url-post', 'http-invocation-lambda-url-put', 'http-invocation-lambda-url-get'), () => integrationMethod('HTTP'));
  it(rec('test_apigateway_http.py::test_http_integration_method[HTTP_PROXY]', 'api_id', 'http-invocation-lambda-url-post', 'http-invocation-lambda-url-put', 'http-invocation-lambda-url-get'), () => integrationMethod('HTTP_PROXY'));
});

it(rec('test_apigateway_http.py::test_http_proxy_integration_request_data_mappings', 'api_id', 'http-proxy-invocation'), async () => {
  const echo = await echoServer(true);
  const apiId = await apiWithIntegration({
    // Path parameters cannot stand in the query part directly: they go through mapped path variables.
    uri: `${echo}?testVar={pathVar}&testQs={qsVar}`,
    type: 'HTTP_PROXY',
    pathPart: '{pathVariable}',
    requestParameters: {
      'integration.request.header.headerVar': 'method.request.header.foobar',
      'integration.request.path.qsVar': 'method.request.querystring.testVar',
      'integration.request.path.pathVar': 'method.request.path.pathVariable',
      'integration.request.querystring.queryString': 'method.request.querystring.testQueryString',
      'integration.request.querystring.testQs': 'method.request.querystring.testQueryString',
      'integration.request.querystring.testEmptyQs': 'method.request.header.emptyheader',
    },
  });
  assertLike({ rest_api_id: apiId }, { rest_api_id: A.id });
  const r = await post(url(apiId, '/foobar?testQueryString=foo&testVar=bar'), {
    'Content-Type': 'application/json', Accept: 'application/json', foobar: 'mapped-value', 'user-Agent': 'test/integration', headerVar: 'request-value',
  });
  assert.equal(r.status, 200);
  assertLike(r.json, {
    // The URI's query first, then the client's, then the mapped ones; a mapping from a missing header adds nothing.
    args: { queryString: 'foo', testQs: 'bar,foo', testQueryString: 'foo', testVar: 'foobar,bar' },
    data: { message: 'hello world' },
    domain: r.json.headers.host,
    headers: {
      accept: 'application/json',
      'accept-encoding': 'gzip, deflate',
      'content-length': '26',
      'content-type': 'application/json',
      foobar: 'mapped-value',
      headervar: 'mapped-value',
      host: A.string,
      'user-agent': 'test/integration',
    },
    method: 'POST',
    origin: A.string,
    path: '/',
  });
  assertLike(r.headers, {
    connection: 'keep-alive', 'content-length': NUM, 'content-type': 'application/json', date: A.string, 'x-amz-apigw-id': A.string,
    'x-amzn-remapped-connection': 'keep-alive', 'x-amzn-remapped-content-length': r.headers['content-length'], 'x-amzn-remapped-date': A.string,
    'x-amzn-remapped-x-amzn-requestid': A.uuid, 'x-amzn-requestid': A.uuid, 'x-amzn-trace-id': A.string,
  });
});
