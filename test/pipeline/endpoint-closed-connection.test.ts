/**
 * A keep-alive connection the endpoint closes just as Tollgate sends a call on it (http-client.ts
 * REPLAYED). The endpoint here answers the first request of each connection and closes the
 * connection on its second one without answering — what a client sees when a server's idle timeout
 * fires as its next request arrives (nodejs/undici#3492), made deterministic: the second call of a
 * test goes out on the connection the first one left idle, and that connection closes under it.
 * Real sockets, no timing.
 *   - To an AWS service (a type AWS DynamoDB GetItem, a POST): sent again on a fresh connection
 *     and answered 200, whether the connection ends with a FIN or a reset;
 *   - to an HTTP backend: a GET is sent again; a POST is not (RFC 9110 §9.2.2) and answers 504.
 */
import assert from 'node:assert/strict';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { addResource, deploy, invokeUrl, newApi, putMethod, putResponse, rawRequest, type Api } from '../helpers/apis.js';
import { startTollgate, type TestServer } from '../helpers/tollgate.js';

interface Seen {
  connection: number;
  /** The request's number on its connection, from 1. */
  nth: number;
  method: string;
  path: string;
  answered: boolean;
}

/**
 * An HTTP/1.1 endpoint on raw sockets: each connection's first request answered `{"ok":true}` (keep-alive),
 * its second closed unanswered — `end` sends a FIN, `reset` a TCP reset.
 */
async function startClosingEndpoint(): Promise<{ url: string; seen: Seen[]; close: 'end' | 'reset'; server: Server }> {
  const state = { url: '', seen: [] as Seen[], close: 'end' as 'end' | 'reset', server: undefined as unknown as Server };
  let connections = 0;
  state.server = createServer((socket: Socket) => {
    const connection = ++connections;
    let nth = 0;
    let buffered = Buffer.alloc(0);
    socket.on('error', () => undefined);
    socket.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      for (;;) {
        const end = buffered.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = buffered.subarray(0, end).toString('latin1');
        const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? 0);
        if (buffered.length < end + 4 + length) return;
        buffered = buffered.subarray(end + 4 + length);
        const [method, path] = head.split(' ');
        nth++;
        const answered = nth === 1;
        state.seen.push({ connection, nth, method, path, answered });
        if (!answered) {
          if (state.close === 'reset') socket.resetAndDestroy();
          else socket.end();
          return;
        }
        const body = '{"ok":true}';
        socket.write(`HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.0\r\nContent-Length: ${body.length}\r\nConnection: keep-alive\r\n\r\n${body}`);
      }
    });
  });
  await new Promise<void>((resolve) => state.server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(state.server.address() as AddressInfo).port}`;
  return state;
}

describe('a keep-alive connection the endpoint closes as a call is sent on it', () => {
  let t: TestServer;
  let endpoint: Awaited<ReturnType<typeof startClosingEndpoint>>;
  let api: Api;
  before(async () => {
    endpoint = await startClosingEndpoint();
    t = await startTollgate(['--aws-endpoint', `dynamodb=${endpoint.url}`]);
    api = await newApi(t.client);
    const item = await addResource(t.client, api, api.root, 'item');
    await putMethod(t.client, api, item, 'GET', {
      type: 'AWS',
      integrationHttpMethod: 'POST',
      uri: 'arn:aws:apigateway:us-east-1:dynamodb:action/GetItem',
      credentials: 'arn:aws:iam::000000000000:role/apigw',
      requestTemplates: { 'application/json': '{"TableName":"t","Key":{"id":{"S":"k1"}}}' },
    });
    await putResponse(t.client, api, item, 'GET', '200');
    for (const method of ['GET', 'POST']) {
      const r = await addResource(t.client, api, api.root, `http-${method.toLowerCase()}`);
      await putMethod(t.client, api, r, method, { type: 'HTTP_PROXY', integrationHttpMethod: method, uri: `${endpoint.url}/backend` });
    }
    await deploy(t.client, api, 'dev');
  });
  after(async () => {
    await t.close();
    await new Promise<void>((resolve) => endpoint.server.close(() => resolve()));
  });

  /** Two calls one after the other (the second on the connection the first left idle): their statuses, and what the endpoint saw of them. */
  async function twoCalls(path: string, method: string): Promise<{ statuses: number[]; seen: Seen[] }> {
    const from = endpoint.seen.length;
    const statuses: number[] = [];
    for (let i = 0; i < 2; i++) statuses.push((await rawRequest(invokeUrl(t.app.url, api, 'dev', path), { method })).status);
    return { statuses, seen: endpoint.seen.slice(from) };
  }

  for (const close of ['end', 'reset'] as const) {
    it(`an AWS service call (POST GetItem) is sent again on a fresh connection, closed by ${close === 'end' ? 'a FIN' : 'a reset'}: 200`, async () => {
      endpoint.close = close;
      const { statuses, seen } = await twoCalls('/item', 'GET');
      assert.deepEqual(statuses, [200, 200]);
      // The first call opens a connection; the second goes out on it, is dropped, and is answered on a new one.
      assert.equal(seen.length, 3);
      assert.deepEqual(
        seen.map((s) => [s.method, s.path, s.nth, s.answered]),
        [
          ['POST', '/?Action=GetItem', 1, true],
          ['POST', '/?Action=GetItem', 2, false],
          ['POST', '/?Action=GetItem', 1, true],
        ],
      );
      assert.equal(seen[1].connection, seen[0].connection);
      assert.notEqual(seen[2].connection, seen[1].connection);
    });
  }

  it('an HTTP backend: a GET is sent again (200), a POST is not (504)', async () => {
    endpoint.close = 'end';
    const get = await twoCalls('/http-get', 'GET');
    assert.deepEqual(get.statuses, [200, 200]);
    assert.deepEqual(
      get.seen.map((s) => [s.method, s.nth, s.answered]),
      [
        ['GET', 1, true],
        ['GET', 2, false],
        ['GET', 1, true],
      ],
    );
    const post = await twoCalls('/http-post', 'POST');
    assert.deepEqual(post.statuses, [200, 504]);
    assert.deepEqual(
      post.seen.map((s) => [s.method, s.nth, s.answered]),
      [
        ['POST', 1, true],
        ['POST', 2, false],
      ],
    );
  });
});
