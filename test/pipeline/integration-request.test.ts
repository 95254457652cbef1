/**
 * integration-request: the backend call's origin and path. Integration URIs are parsed once per
 * distinct text and the client's query appended as text when the URL parser would leave it as is;
 * everything else goes through a URL object. Either way the backend must get exactly what the URL
 * object gives (the WHATWG rules Node applies: default ports dropped, host lower-cased, path and
 * query percent-encoded), which `reference` below computes the long way for every case.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Integration } from '../../src/domain/integration.js';
import { httpEndpointRequest, type IntegrationRequest } from '../../src/pipeline/integration-request.js';
import { GatewayError } from '../../src/pipeline/gateway-errors.js';
import type { Invocation } from '../../src/pipeline/invocation.js';

function invocation(rawQuery: string, stageVariables: Record<string, string> = {}, pathParameters: Record<string, string> = {}): Invocation {
  return {
    requestId: '11111111-2222-4333-8444-555555555555',
    extendedRequestId: 'e',
    pathParameters,
    stageVariables,
    served: { region: 'us-east-1', accountId: '000000000000', stage: { stageName: 'test' } },
    request: {
      method: 'GET',
      target: { apiId: 'a1b2c3d4e5', stage: 'test', path: '/', basePath: '' },
      rawQuery,
      query: new Map(),
      headers: new Map(),
      body: Buffer.alloc(0),
      sourceIp: '127.0.0.1',
      startedAt: 0,
    },
  } as unknown as Invocation;
}

const ir = (querystring: Record<string, string | string[]> = {}, path: Record<string, string> = {}): IntegrationRequest => ({
  body: Buffer.alloc(0),
  path,
  querystring,
  header: {},
});

/** What the backend must get: the URI through a URL object, the proxy's query set on it, mapped values appended. */
function reference(uri: string, rawQuery: string, mapped: Record<string, string | string[]>): string {
  const url = new URL(uri);
  if (rawQuery) url.search = url.search ? `${url.search}&${rawQuery}` : `?${rawQuery}`;
  for (const [k, v] of Object.entries(mapped)) for (const value of Array.isArray(v) ? v : [v]) url.searchParams.append(k, value);
  return url.toString().replace(/#.*$/, '');
}

describe('httpEndpointRequest: origin and path', () => {
  const uris = [
    'http://127.0.0.1:8080/',
    'http://Backend.Example:80/a/b',
    'https://backend.example:443/x?fixed=1',
    'https://backend.example/x?',
    'http://backend.example/with space/%41?q=a b',
    'http://backend.example/frag#part',
    'http://backend.example',
  ];
  const queries = ['', 'a=1', 'a=1&a=2&b=', 'q=%20encoded+plus', "quote='x'", 'dq="x"', 'sp=a b', 'uni=é', 'lt=<>', 'path=/x?y'];

  it('HTTP_PROXY: the client query is appended exactly as a URL object would', () => {
    for (const uri of uris) {
      for (const q of queries) {
        const r = httpEndpointRequest(invocation(q), { type: 'HTTP_PROXY', uri, httpMethod: 'GET' } as Integration, ir(), true);
        assert.equal(`${r.origin}${r.path}`, reference(uri, q, {}), `${uri} + ${q}`);
      }
    }
  });

  it('HTTP: no client query; mapped query parameters are appended; stage variables and placeholders are filled', () => {
    for (const uri of uris) {
      const r = httpEndpointRequest(invocation('ignored=1'), { type: 'HTTP', uri, httpMethod: 'GET' } as Integration, ir(), false);
      assert.equal(`${r.origin}${r.path}`, reference(uri, '', {}), uri);
      const mapped = { m: 'v w', list: ['1', '2'] };
      const m = httpEndpointRequest(invocation(''), { type: 'HTTP', uri, httpMethod: 'GET' } as Integration, ir(mapped), false);
      assert.equal(`${m.origin}${m.path}`, reference(uri, '', mapped), `${uri} mapped`);
    }
    const uri = 'http://${stageVariables.host}/items/{id}/{rest+}';
    const r = httpEndpointRequest(
      invocation('', { host: 'svc.internal:9000' }, { rest: 'a/b' }),
      { type: 'HTTP', uri, httpMethod: 'GET' } as Integration,
      ir({}, { id: '42' }),
      false,
    );
    assert.equal(r.origin, 'http://svc.internal:9000');
    assert.equal(r.path, '/items/42/a/b');
  });

  it('an integration URI that is not a URL fails the call (a configuration error the pipeline answers 500)', () => {
    // AWS's log line for it (rec: test_apigateway_api.py::TestApigatewayTestInvoke::test_failed_invoke_test_method [test-invoke-failure]).
    assert.throws(
      () => httpEndpointRequest(invocation(''), { type: 'HTTP_PROXY', uri: 'not a url', httpMethod: 'GET' } as Integration, ir(), true),
      (e: unknown) =>
        e instanceof GatewayError &&
        e.type === 'API_CONFIGURATION_ERROR' &&
        (e.cause as Error).message === 'Execution failed due to configuration error: Invalid endpoint address',
    );
  });
});
