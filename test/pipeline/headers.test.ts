/**
 * Header handling on the data plane, end to end (APIs deployed through the AWS SDK, real sockets, a
 * real backend). Expected behaviour is AWS's as recorded in LS-snap test_apigateway_integrations
 * TestApiGatewayHeaderRemapping (F89 and the "no-param" / "full" integrations around it) and
 * aws-behavior.md "Standard response headers":
 * - HTTP_PROXY answers: Connection, Content-Length, Date and Server come back as x-amzn-Remapped-*,
 *   Transfer-Encoding is dropped, everything else passes;
 * - HTTP (non-proxy) answers: the mapped method response headers, with the longer non-proxy remap list;
 * - requests: hop-by-hop headers never reach a backend; HTTP (non-proxy) sends only mapped headers plus
 *   Accept, User-Agent, X-Amzn-Trace-Id and X-Amzn-Apigateway-Api-Id;
 * - F89: mapping Content-Length or Transfer-Encoding answers 500 InternalServerErrorException;
 * - x-amzn-RequestId and x-amz-apigw-id on every answer; X-Amzn-Trace-Id on HTTP answers but not on
 *   MOCK or HTTP_PROXY answers nor gateway errors (all as recorded);
 * - `$input.params()` does not see the client's hop-by-hop headers (recorded "full" body).
 */
import {
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  type PutIntegrationCommandInput,
} from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Integration } from '../../src/domain/integration.js';
import { GatewayError } from '../../src/pipeline/gateway-errors.js';
import { buildIntegrationRequest } from '../../src/pipeline/integration-request.js';
import type { Invocation } from '../../src/pipeline/invocation.js';
import { startTollgate, type TestServer } from '../helpers/tollgate.js';
import { declaredSources } from '../helpers/apis.js';

let t: TestServer;
let backend: Server;
let backendUrl: string;
let apiId: string;
interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  names: string[];
  body: string;
}
const seen: Seen[] = [];
const FIXED_DATE = 'Tue, 01 Jan 2030 00:00:00 GMT';

function startEcho(): Server {
  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const names = req.rawHeaders
        .filter((_, i) => i % 2 === 0)
        .map((n) => n.toLowerCase())
        .sort();
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, names, body: Buffer.concat(chunks).toString() });
      const path = req.url!.split('?')[0];
      if (path.endsWith('/chunked')) {
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.write('one,');
        setTimeout(() => res.end('two'), 5);
        return;
      }
      const body = JSON.stringify({ got: req.url });
      const extra: Record<string, string> = path.endsWith('/traced') ? { 'X-Amzn-Trace-Id': 'Root=1-backend-own' } : {};
      res.writeHead(200, {
        'Content-Type': 'application/json',
        'Content-Length': String(Buffer.byteLength(body)),
        Date: FIXED_DATE,
        Server: 'my-server',
        Connection: 'keep-alive',
        'X-Custom': 'passes',
        ...extra,
      });
      res.end(body);
    });
  });
}

/** A raw HTTP exchange, for exact header names and for headers fetch would not send. */
function raw(
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
  body?: string,
): Promise<{ status: number; headers: IncomingHttpHeaders; names: string[]; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${t.app.url}/_aws/execute-api/${apiId}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode!,
          headers: res.headers,
          names: res.rawHeaders.filter((_, i) => i % 2 === 0),
          body: Buffer.concat(chunks).toString(),
        }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A request written by hand on a socket: Node's client refuses some of these headers (Trailer). */
function socketRequest(path: string, headerLines: string[]): Promise<{ status: number; head: string }> {
  const { hostname, port } = new URL(t.app.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write([`GET /_aws/execute-api/${apiId}${path} HTTP/1.1`, `Host: ${hostname}:${port}`, ...headerLines, 'Connection: close', '', ''].join('\r\n'));
    });
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('end', () => {
      // Skip interim 1xx answers (Expect: 100-continue).
      const text = Buffer.concat(chunks)
        .toString('latin1')
        .replace(/^(HTTP\/1\.1 1\d\d [^\r]*\r\n(?:[^\r]+\r\n)*\r\n)+/, '');
      const head = text.split('\r\n\r\n')[0];
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]), head });
    });
  });
}

async function resource(parentId: string, pathPart: string): Promise<string> {
  return (await t.client.send(new CreateResourceCommand({ restApiId: apiId, parentId, pathPart }))).id!;
}
async function method(
  resourceId: string,
  httpMethod: string,
  integration: Partial<PutIntegrationCommandInput>,
  responseParameters?: Record<string, string>,
  body?: string,
): Promise<void> {
  await t.client.send(
    new PutMethodCommand({
      restApiId: apiId,
      resourceId,
      httpMethod,
      authorizationType: 'NONE',
      requestParameters: declaredSources(integration.requestParameters, undefined),
    }),
  );
  await t.client.send(new PutIntegrationCommand({ restApiId: apiId, resourceId, httpMethod, type: 'MOCK', ...integration }));
  if (integration.type === 'HTTP_PROXY') return;
  await t.client.send(
    new PutMethodResponseCommand({
      restApiId: apiId,
      resourceId,
      httpMethod,
      statusCode: '200',
      responseParameters: responseParameters && Object.fromEntries(Object.keys(responseParameters).map((k) => [k, false])),
    }),
  );
  await t.client.send(
    new PutIntegrationResponseCommand({
      restApiId: apiId,
      resourceId,
      httpMethod,
      statusCode: '200',
      responseParameters,
      responseTemplates: body === undefined ? undefined : { 'application/json': body },
    }),
  );
}
const mock = { requestTemplates: { 'application/json': '{"statusCode": 200}' } };
const statics = (headers: string[], prefix: string): Record<string, string> =>
  Object.fromEntries(headers.map((h) => [`method.response.header.${h}`, `'${prefix}${h}'`]));

/** The headers of the recording's "full" integration response mapping. */
const REMAPPED_NON_PROXY = [
  'Authorization',
  'Connection',
  'Content-Length',
  'Content-MD5',
  'Date',
  'Expect',
  'Host',
  'Max-Forwards',
  'Proxy-Authenticate',
  'Server',
  'Trailer',
  'Upgrade',
  'User-Agent',
  'WWW-Authenticate',
];
const PASSED_NON_PROXY = [
  'Accept',
  'Accept-Charset',
  'Accept-Encoding',
  'Age',
  'Content-Encoding',
  'Content-Type',
  'Pragma',
  'Range',
  'Referer',
  'TE',
  'Via',
  'Warn',
];

/** Client headers `$input.params` does not see, and some it does (rec: test_apigateway_integrations.py::TestApiGatewayHeaderRemapping::test_apigateway_header_remapping_http[HTTP] [full-integration]). */
const PARAMS_HIDDEN = ['Connection', 'Content-MD5', 'Max-Forwards', 'Proxy-Authenticate', 'Server', 'TE', 'WWW-Authenticate'];
const PARAMS_SEEN = ['Accept-Charset', 'Authorization', 'Date', 'Via', 'Warn'];

before(async () => {
  t = await startTollgate();
  backend = startEcho();
  await new Promise<void>((resolve) => backend.listen(0, '127.0.0.1', resolve));
  backendUrl = `http://127.0.0.1:${(backend.address() as AddressInfo).port}`;
  const api = await t.client.send(new CreateRestApiCommand({ name: 'headers', endpointConfiguration: { types: ['REGIONAL'] } }));
  apiId = api.id!;
  const root = api.rootResourceId!;

  // HTTP_PROXY, greedy.
  const proxy = await resource(root, 'proxy');
  await method(await resource(proxy, '{proxy+}'), 'ANY', {
    type: 'HTTP_PROXY',
    integrationHttpMethod: 'ANY',
    uri: `${backendUrl}/{proxy}`,
    requestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy' },
  });
  // HTTP non-proxy without any mapping ("no-param"), and with the recording's request mappings ("full").
  await method(await resource(root, 'no-param'), 'GET', { type: 'HTTP', integrationHttpMethod: 'POST', uri: `${backendUrl}/post` });
  await method(
    await resource(root, 'full'),
    'POST',
    {
      type: 'HTTP',
      integrationHttpMethod: 'POST',
      uri: `${backendUrl}/post`,
      requestParameters: {
        'integration.request.header.Accept': "'text/html'",
        'integration.request.header.Authorization': "'request_params_authorization'",
        'integration.request.header.Content-MD5': "'request_params_Content-MD5'",
        'integration.request.header.Max-Forwards': "'2'",
        'integration.request.header.Server': "'https://example.com/page'",
        'integration.request.header.User-Agent': "'Override-Agent'",
        'integration.request.header.WWW-Authenticate': "'Basic YWxhZGRpbjpvcGVuc2VzYW1l'",
        'integration.request.header.X-Auth': 'method.request.header.Authorization',
        // Mapped, but never sent to an HTTP backend (recorded for the first four).
        'integration.request.header.Expect': "'200-ok'",
        'integration.request.header.Proxy-Authenticate': '\'Basic realm="x"\'',
        'integration.request.header.TE': "'gzip'",
        'integration.request.header.Via': "'othersite.net'",
        'integration.request.header.Connection': "'keep-alive'",
        'integration.request.header.Upgrade': "'HTTP/2.0'",
      },
    },
    {
      ...statics(REMAPPED_NON_PROXY, 'response_param_'),
      ...statics(PASSED_NON_PROXY, 'response_param_'),
      ...statics(['Transfer-Encoding'], ''),
      'method.response.header.X-Ok': "'yes'",
    },
  );
  // MOCK: the four headers every type remaps.
  await method(
    await resource(root, 'mock'),
    'GET',
    mock,
    { ...statics(['Connection', 'Content-Length', 'Date', 'Server'], 'mock_'), 'method.response.header.X-Ok': "'yes'" },
    '{"mock":true}',
  );
  // MOCK rendering the client's headers through $input.params (the recording's "full" request template).
  await method(
    await resource(root, 'params'),
    'GET',
    mock,
    undefined,
    `{${[...PARAMS_HIDDEN, ...PARAMS_SEEN].map((h) => `"${h}": "$input.params('${h}')"`).join(', ')}}`,
  );
  // F89: Content-Length / Transfer-Encoding mappings, for each type Tollgate serves.
  const illegal = await resource(root, 'illegal');
  for (const [type, extra] of [
    ['MOCK', mock],
    ['HTTP', { integrationHttpMethod: 'POST', uri: `${backendUrl}/post` }],
    ['HTTP_PROXY', { integrationHttpMethod: 'POST', uri: `${backendUrl}/post` }],
  ] as const) {
    const parent = await resource(illegal, type.toLowerCase());
    for (const [pathPart, name, value] of [
      ['cl', 'Content-Length', "'0'"],
      ['te', 'Transfer-Encoding', "'deflate'"],
      ['lower', 'content-length', "'12'"],
    ]) {
      await method(
        await resource(parent, pathPart),
        'GET',
        { type, ...extra, requestParameters: { [`integration.request.header.${name}`]: value } },
        undefined,
        '{}',
      );
    }
  }
  await t.client.send(new CreateDeploymentCommand({ restApiId: apiId, stageName: 'test' }));
});
after(async () => {
  await t.close();
  backend.closeAllConnections();
  await new Promise<void>((resolve) => backend.close(() => resolve()));
});

const TRACE = /^Root=1-[0-9a-f]{8}-[0-9a-f]{24}$/;

describe('HTTP_PROXY: answers', () => {
  it('remaps Connection, Content-Length, Date and Server to x-amzn-Remapped-*, passes the rest', async () => {
    const r = await raw('/test/proxy/plain');
    assert.equal(r.status, 200);
    assert.equal(r.body, JSON.stringify({ got: '/plain' }));
    assert.equal(r.headers['x-amzn-remapped-server'], 'my-server');
    assert.equal(r.headers['x-amzn-remapped-date'], FIXED_DATE);
    assert.equal(r.headers['x-amzn-remapped-connection'], 'keep-alive');
    assert.equal(r.headers['x-amzn-remapped-content-length'], String(r.body.length));
    assert.ok(r.names.includes('x-amzn-Remapped-Content-Length'), "AWS's casing");
    // The answer's own framing and date are Tollgate's, not the backend's.
    assert.equal(r.headers['content-length'], String(r.body.length));
    assert.notEqual(r.headers.date, FIXED_DATE);
    assert.equal(r.headers.server, undefined);
    assert.equal(r.headers['x-custom'], 'passes');
    assert.equal(r.headers['content-type'], 'application/json');
  });

  it('drops Transfer-Encoding: a chunked backend answer arrives with a Content-Length', async () => {
    const r = await raw('/test/proxy/chunked');
    assert.equal(r.body, 'one,two');
    assert.equal(r.headers['transfer-encoding'], undefined);
    assert.equal(r.headers['content-length'], '7');
    assert.equal(r.headers['x-amzn-remapped-content-length'], undefined);
  });
});

describe('HTTP_PROXY: requests', () => {
  it("hop-by-hop and the other recorded headers never reach the backend; the rest does, with AWS's additions", async () => {
    const before = seen.length;
    // The recording's client headers (LS-snap TestApiGatewayHeaderRemapping; the request of its `invoke_api`), less
    // Transfer-Encoding (a body framing this bodiless request can't have), plus RFC 9110's others.
    const r = await socketRequest('/test/proxy/hop?x=1', [
      'Keep-Alive: timeout=5',
      'TE: trailers',
      'Trailer: Expires',
      'Upgrade: h2c',
      'Expect: 100-continue',
      'Proxy-Authorization: Basic cHJveHk=',
      'Proxy-Authenticate: Basic',
      'Max-Forwards: 2',
      'Content-MD5: request_Content-MD5',
      'Server: https://example.com/',
      'WWW-Authenticate: Basic',
      'Via: 1.1 p.example.net',
      'X-Custom: v',
      'Authorization: Bearer token',
      'User-Agent: client/1.0',
      'Pragma: cache',
      'Content-Type: application/json',
    ]);
    assert.equal(r.status, 200, r.head);
    assert.equal(seen.length, before + 1);
    const got = seen.at(-1)!;
    assert.equal(got.url, '/hop?x=1');
    // What arrived, by name (connection is undici's own keep-alive to the backend).
    assert.deepEqual(
      got.names.filter((n) => n !== 'connection'),
      ['accept', 'authorization', 'content-type', 'host', 'pragma', 'user-agent', 'x-amzn-apigateway-api-id', 'x-amzn-trace-id', 'x-custom', 'x-forwarded-for'],
    );
    // The caller named (rec: test_apigateway_http.py::test_http_integration_with_lambda[HTTP_PROXY] [http-invocation-lambda-url]).
    assert.equal(got.headers['x-forwarded-for'], '127.0.0.1');
    assert.equal(got.headers.host, new URL(backendUrl).host);
    assert.equal(got.headers.authorization, 'Bearer token');
    assert.equal(got.headers['user-agent'], 'client/1.0');
    assert.equal(got.headers.accept, 'application/json');
    assert.equal(got.headers['x-amzn-apigateway-api-id'], apiId);
    assert.match(String(got.headers['x-amzn-trace-id']), TRACE);
    assert.notEqual(got.headers.connection, 'upgrade');
  });
});

describe('HTTP (non-proxy): requests', () => {
  it('sends only Accept, Host, User-Agent and AWS\'s ids when nothing is mapped (recorded "no-param-integration")', async () => {
    const r = await raw('/test/no-param', {
      'X-Custom': 'v',
      Authorization: 'Bearer token',
      Accept: 'text/html',
      'Content-Type': 'application/json',
      'User-Agent': 'client/1.0',
    });
    assert.equal(r.status, 200);
    const got = seen.at(-1)!;
    assert.equal(got.method, 'POST');
    assert.deepEqual(
      got.names.filter((n) => n !== 'connection'),
      ['accept', 'content-length', 'host', 'user-agent', 'x-amzn-apigateway-api-id', 'x-amzn-trace-id'],
    );
    assert.equal(got.headers.accept, 'application/json');
    assert.equal(got.headers['content-length'], '0');
    assert.equal(got.headers['user-agent'], `AmazonAPIGateway_${apiId}`);
    assert.equal(got.headers['x-amzn-apigateway-api-id'], apiId);
    // The trace id the backend got is the one the client gets back.
    assert.equal(got.headers['x-amzn-trace-id'], r.headers['x-amzn-trace-id']);
  });

  // A mapped Upgrade is sent, as AWS sent it (rec: test_apigateway_integrations.py::TestApiGatewayHeaderRemapping::test_apigateway_header_remapping_http[HTTP] [full-integration]).
  it('sends mapped headers, overriding the defaults, Upgrade too, but never Expect, Proxy-Authenticate, TE, Via or Connection', async () => {
    const r = await raw('/test/full', { Authorization: 'Bearer token', 'X-Custom': 'v', 'Content-Type': 'text/plain' }, 'POST', 'hello');
    assert.equal(r.status, 200);
    const got = seen.at(-1)!;
    assert.equal(got.body, 'hello');
    assert.deepEqual(
      got.names.filter((n) => n !== 'connection'),
      [
        'accept',
        'authorization',
        'content-length',
        'content-md5',
        'content-type',
        'host',
        'max-forwards',
        'server',
        'upgrade',
        'user-agent',
        'www-authenticate',
        'x-amzn-apigateway-api-id',
        'x-amzn-trace-id',
        'x-auth',
      ],
    );
    assert.equal(got.headers.upgrade, 'HTTP/2.0');
    assert.equal(got.headers.accept, 'text/html');
    assert.equal(got.headers.authorization, 'request_params_authorization');
    assert.equal(got.headers['x-auth'], 'Bearer token');
    assert.equal(got.headers['user-agent'], 'Override-Agent');
    assert.equal(got.headers['max-forwards'], '2');
    // The client's Content-Type goes along with a method that has a body.
    assert.equal(got.headers['content-type'], 'text/plain');
    assert.notEqual(got.headers.connection, 'upgrade');
  });
});

describe('HTTP (non-proxy) and MOCK: answers', () => {
  it("HTTP remaps the recording's fourteen headers, drops Transfer-Encoding and passes the others", async () => {
    const r = await raw('/test/full', {}, 'POST', '{}');
    assert.equal(r.status, 200);
    for (const h of REMAPPED_NON_PROXY) {
      assert.ok(r.names.includes(`x-amzn-Remapped-${h}`), h);
      assert.equal(r.headers[`x-amzn-remapped-${h.toLowerCase()}`], `response_param_${h}`, h);
    }
    for (const h of PASSED_NON_PROXY) assert.equal(r.headers[h.toLowerCase()], `response_param_${h}`, h);
    assert.equal(r.headers['transfer-encoding'], undefined);
    assert.equal(r.headers['x-ok'], 'yes');
    assert.equal(r.headers['content-length'], String(Buffer.byteLength(r.body)));
    assert.notEqual(r.headers.date, 'response_param_Date');
    assert.equal(r.headers.host, undefined);
    assert.equal(r.headers.authorization, undefined);
    // The backend's own headers are not passed on: only mapped ones are.
    assert.equal(r.headers['x-custom'], undefined);
    assert.match(String(r.headers['x-amzn-trace-id']), TRACE);
  });

  it('MOCK remaps Connection, Content-Length, Date and Server', async () => {
    const r = await raw('/test/mock');
    assert.equal(r.status, 200);
    assert.equal(r.body, '{"mock":true}');
    for (const h of ['Connection', 'Content-Length', 'Date', 'Server']) assert.equal(r.headers[`x-amzn-remapped-${h.toLowerCase()}`], `mock_${h}`, h);
    assert.equal(r.headers['content-length'], String(r.body.length));
    assert.equal(r.headers.server, undefined);
    assert.equal(r.headers['x-ok'], 'yes');
  });
});

describe('F89: a mapping that sets Content-Length or Transfer-Encoding', () => {
  for (const type of ['mock', 'http', 'http_proxy']) {
    for (const path of ['cl', 'te', 'lower']) {
      it(`${type.toUpperCase()} /${path}: 500 Internal server error, InternalServerErrorException, the backend never called`, async () => {
        const before = seen.length;
        const r = await raw(`/test/illegal/${type}/${path}`);
        assert.equal(r.status, 500);
        // Recorded: Content-Length 36, i.e. AWS's spaced form.
        assert.equal(r.body, '{"message": "Internal server error"}');
        assert.equal(r.headers['x-amzn-errortype'], 'InternalServerErrorException');
        assert.equal(r.headers['content-type'], 'application/json');
        assert.equal(r.headers['content-length'], '36');
        assert.ok(r.headers['x-amzn-requestid']);
        assert.ok(r.headers['x-amz-apigw-id']);
        assert.equal(r.headers['x-amzn-trace-id'], undefined);
        assert.equal(seen.length, before);
      });
    }
  }
});

describe('standard headers on every data-plane answer', () => {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  const APIGW_ID = /^[A-Za-z0-9+/]{15}=$/;
  const CASES: [string, string, number, boolean][] = [
    // MOCK: no trace id (rec: test_apigateway_common.py::TestApiGatewayCommon::test_invocation_trace_id [normal-req-headers-MOCK]).
    ['MOCK success', '/test/mock', 200, false],
    ['HTTP success', '/test/no-param', 200, true],
    ['HTTP_PROXY success', '/test/proxy/plain', 200, false],
    ['gateway error (403 Missing Authentication Token)', '/test/nowhere', 403, false],
    ['gateway error (500, F89)', '/test/illegal/mock/cl', 500, false],
    ['unknown stage (403 Forbidden)', '/nostage/mock', 403, false],
  ];
  for (const [name, path, status, traced] of CASES) {
    it(`${name}: x-amzn-RequestId, x-amz-apigw-id${traced ? ', X-Amzn-Trace-Id' : '; no X-Amzn-Trace-Id (recorded)'}`, async () => {
      const [a, b] = [await raw(path), await raw(path)];
      for (const r of [a, b]) {
        assert.equal(r.status, status);
        assert.match(String(r.headers['x-amzn-requestid']), UUID);
        assert.match(String(r.headers['x-amz-apigw-id']), APIGW_ID);
        assert.ok(r.names.includes('x-amzn-RequestId') && r.names.includes('x-amz-apigw-id'), "AWS's casing");
        if (traced) {
          assert.match(String(r.headers['x-amzn-trace-id']), TRACE);
          assert.ok(r.names.includes('X-Amzn-Trace-Id'));
        } else {
          assert.equal(r.headers['x-amzn-trace-id'], undefined);
        }
        assert.ok(r.headers['content-type']);
      }
      assert.notEqual(a.headers['x-amzn-requestid'], b.headers['x-amzn-requestid']);
      assert.notEqual(a.headers['x-amz-apigw-id'], b.headers['x-amz-apigw-id']);
    });
  }

  it("an HTTP_PROXY backend's own X-Amzn-Trace-Id passes through", async () => {
    const r = await raw('/test/proxy/traced');
    assert.equal(r.headers['x-amzn-trace-id'], 'Root=1-backend-own');
  });
});

describe('$input.params and hop-by-hop headers', () => {
  it('hop-by-hop headers render empty through $input.params; Host, Via, Date, Authorization do not', async () => {
    const sent: Record<string, string> = {
      Connection: 'keep-alive',
      'Content-MD5': 'request_Content-MD5',
      'Max-Forwards': '2',
      'Proxy-Authenticate': 'Basic',
      Server: 'https://example.com/',
      TE: 'deflate',
      'WWW-Authenticate': 'Basic YWxhZGRpbjpvcGVuc2VzYW1l',
      'Accept-Charset': 'UTF-8',
      Authorization: 'Unauthorized',
      Date: 'request_Date',
      Via: 'p.example.net',
      Warn: '299 localStack/0.0',
    };
    const r = await raw('/test/params', sent);
    assert.equal(r.status, 200);
    const got = JSON.parse(r.body) as Record<string, string>;
    for (const h of PARAMS_HIDDEN) assert.equal(got[h], '', h);
    for (const h of PARAMS_SEEN) assert.equal(got[h], sent[h], h);
  });
});

describe('F89 by integration type (buildIntegrationRequest, before any backend is called)', () => {
  const inv = {
    requestId: 'r',
    extendedRequestId: 'e',
    pathParameters: {},
    stageVariables: {},
    // The stage's API as deployed: no binary media types, so bodies stay text (src/pipeline/binary.ts).
    served: { deployment: { snapshot: { api: {} } } },
    request: {
      method: 'GET',
      target: { apiId: 'a1b2c3d4e5', stage: 'test', path: '/', basePath: '' },
      rawQuery: '',
      query: new Map(),
      headers: new Map(),
      body: Buffer.alloc(0),
      sourceIp: '127.0.0.1',
      startedAt: 0,
    },
  } as unknown as Invocation;
  const integration = (type: string, header: string): Integration => ({
    type,
    timeoutInMillis: 29000,
    cacheKeyParameters: [],
    requestParameters: { [`integration.request.header.${header}`]: "'v'" },
  });
  const refused = (type: string, header: string, proxy: boolean): boolean => {
    try {
      buildIntegrationRequest(inv, integration(type, header), proxy);
      return false;
    } catch (e) {
      assert.ok(e instanceof GatewayError);
      assert.equal(e.type, 'API_CONFIGURATION_ERROR');
      return true;
    }
  };
  const AWS_ONLY = ['Authorization', 'Connection', 'Expect', 'Proxy-Authenticate', 'TE'];

  it('Content-Length and Transfer-Encoding are refused for every type, in any casing', () => {
    for (const [type, proxy] of [
      ['MOCK', false],
      ['HTTP', false],
      ['HTTP_PROXY', true],
      ['AWS', false],
      ['AWS_PROXY', true],
    ] as const) {
      for (const h of ['Content-Length', 'Transfer-Encoding', 'content-length', 'TRANSFER-ENCODING']) assert.ok(refused(type, h, proxy), `${type} ${h}`);
    }
  });

  it('Authorization, Connection, Expect, Proxy-Authenticate and TE are refused for AWS and AWS_PROXY only', () => {
    for (const h of AWS_ONLY) {
      assert.ok(refused('AWS', h, false), `AWS ${h}`);
      assert.ok(refused('AWS_PROXY', h, true), `AWS_PROXY ${h}`);
      for (const [type, proxy] of [
        ['MOCK', false],
        ['HTTP', false],
        ['HTTP_PROXY', true],
      ] as const)
        assert.ok(!refused(type, h, proxy), `${type} ${h}`);
    }
  });
});
