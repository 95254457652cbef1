/**
 * `receive`: the client's request read once into a ClientRequest — method (with
 * X-HTTP-Method-Override), query, headers with the client's casing, and the body up to AWS's 10 MB
 * payload limit (413 plain text "HTTP content length exceeded 10485760 bytes.", OBS1 in
 * aws-behavior.md "Gateway responses").
 */
import type { IncomingMessage } from 'node:http';
import { GatewayError } from './gateway-errors.js';
import type { ClientRequest, InvokeTarget } from './invocation.js';

export const MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

const EMPTY = Buffer.alloc(0);

function readBody(req: IncomingMessage): Promise<Buffer> | Buffer {
  // No Content-Length and no Transfer-Encoding: HTTP/1.1 says there is no body (RFC 9112 §6.3), so
  // the common GET needs no listeners and no extra turn of the event loop.
  if (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined) {
    req.resume();
    return EMPTY;
  }
  if (req.headers['content-length'] === '0') { req.resume(); return EMPTY; }
  return new Promise((resolve, reject) => {
    const tooLarge = (): GatewayError => new GatewayError('REQUEST_TOO_LARGE', { message: `HTTP content length exceeded ${MAX_PAYLOAD_BYTES} bytes.` });
    if (Number(req.headers['content-length'] ?? 0) > MAX_PAYLOAD_BYTES) { req.resume(); reject(tooLarge()); return; }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_PAYLOAD_BYTES) { req.removeAllListeners('data'); req.resume(); reject(tooLarge()); return; }
      chunks.push(c);
    });
    req.on('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * Request headers API Gateway takes for itself: no integration, template, mapping or proxy event ever
 * sees them. The client sent each of these and `$input.params('…')` rendered "" for every one, while
 * Accept, Authorization, Content-Encoding, Via … came through (rec:
 * test_apigateway_integrations.py::TestApiGatewayHeaderRemapping::test_apigateway_header_remapping_aws[AWS]
 * [full-integration]); neither the AWS_PROXY event nor an HTTP_PROXY backend got them either (same
 * class, [AWS_PROXY] and [HTTP_PROXY] [no-param-integration]).
 */
const TAKEN_BY_GATEWAY = new Set([
  'connection', 'content-length', 'content-md5', 'expect', 'max-forwards', 'proxy-authenticate', 'server', 'te',
  'transfer-encoding', 'trailer', 'upgrade', 'www-authenticate',
]);

/**
 * Header names AWS hands on in its own casing, whatever the client sent: `authorization` and
 * `aUThorization` arrive as `Authorization`, `user-Agent` as `User-Agent` (rec:
 * test_apigateway_lambda.py::test_lambda_aws_proxy_integration [invocation-payload-without-trailing-slash],
 * [invocation-payload-with-params-encoding-multi]; rec:
 * test_apigateway_lambda.py::test_lambda_aws_proxy_integration_request_data_mapping
 * [http-proxy-invocation-data-mapping]). Any other name keeps the client's casing (`tEsT-HEADeR`, same
 * recordings).
 */
const CANONICAL_NAMES: Record<string, string> = { authorization: 'Authorization', 'user-agent': 'User-Agent' };

export function parseQuery(raw: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!raw) return out;
  for (const [k, v] of new URLSearchParams(raw)) {
    const list = out.get(k);
    if (list) list.push(v); else out.set(k, [v]);
  }
  return out;
}

/**
 * The request, synchronously when it has no body (the common GET: no extra turn of the event loop),
 * else once its body is read.
 */
export function receive(req: IncomingMessage, target: InvokeTarget, rawQuery: string): ClientRequest | Promise<ClientRequest> {
  const startedAt = Date.now();
  const headers = new Map<string, { name: string; values: string[] }>();
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) {
    const lower = raw[i].toLowerCase();
    if (TAKEN_BY_GATEWAY.has(lower)) continue;
    const h = headers.get(lower);
    if (h) h.values.push(raw[i + 1]); else headers.set(lower, { name: CANONICAL_NAMES[lower] ?? raw[i], values: [raw[i + 1]] });
  }
  const override = headers.get('x-http-method-override')?.values[0];
  const remote = req.socket.remoteAddress ?? '';
  const request: ClientRequest = {
    method: (override ?? req.method ?? 'GET').toUpperCase(),
    target,
    rawQuery,
    query: parseQuery(rawQuery),
    headers,
    body: EMPTY,
    sourceIp: remote.startsWith('::ffff:') ? remote.slice(7) : remote,
    startedAt,
  };
  const body = readBody(req);
  if (!(body instanceof Promise)) return request;
  return body.then((b) => { request.body = b; return request; });
}
