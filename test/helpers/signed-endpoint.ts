/**
 * A test endpoint for an AWS service npm has no emulator of: it refuses any request whose SigV4
 * signature is not the one the AWS SDK's own signer (@smithy/signature-v4) computes for it with the
 * known keys, service and region (403 SignatureDoesNotMatch, as AWS answers), and hands the verified
 * request to the service's handler. Given the service's signing name, it also refuses a signature scoped
 * to another service, with AWS's answer to that. The protocol checks the services share are here too: a
 * JSON-protocol call (`X-Amz-Target: {prefix}.{Operation}` and the service's `application/x-amz-json-1.x`
 * Content-Type) and a query-protocol call (`Action=…` in the query string or a form-encoded body, answered
 * in XML, or JSON when the Accept header asks for it).
 */
import { SignatureV4 } from '@smithy/signature-v4';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LOCAL_KEYS, type Emulator } from './aws-services.js';
import { Sha256 } from './sigv4.js';

export interface VerifiedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: Buffer;
  /** The signature's access key, region and service. */
  scope: { accessKeyId: string; region: string; service: string };
}

export interface ServiceAnswer {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

/** What the endpoint saw: every request, and those it refused. */
export interface SignedEndpoint extends Emulator {
  received: VerifiedRequest[];
  refused: { reason: string }[];
}

/**
 * The keys the endpoints know: the local keys Tollgate signs with by default, and any a test adds —
 * an STS endpoint's issued session credentials (helpers/sts-endpoint.ts), an IAM caller's own keys.
 */
export const KNOWN_KEYS = new Map<string, { secretAccessKey: string; sessionToken?: string }>([[LOCAL_KEYS.accessKeyId, LOCAL_KEYS]]);

const AUTH = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/;

async function verify(req: IncomingMessage, body: Buffer, url: URL): Promise<VerifiedRequest | string> {
  const m = AUTH.exec(req.headers.authorization ?? '');
  if (!m) return 'no SigV4 Authorization header';
  const [, accessKeyId, , region, service, signedHeaders] = m;
  const known = KNOWN_KEYS.get(accessKeyId);
  if (!known) return `unknown access key ${accessKeyId}`;
  // A session's keys are good only with its token (AWS: 403 InvalidClientTokenId / SignatureDoesNotMatch).
  if (known.sessionToken !== undefined && req.headers['x-amz-security-token'] !== known.sessionToken) return 'missing or wrong security token';
  const amzDate = String(req.headers['x-amz-date'] ?? '');
  const signingDate = new Date(amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));
  if (Number.isNaN(signingDate.getTime())) return 'no X-Amz-Date';
  const headers: Record<string, string> = {};
  for (const name of signedHeaders.split(';')) headers[name] = String(req.headers[name] ?? '');
  const query: Record<string, string | string[]> = {};
  for (const [k, v] of url.searchParams) {
    const prev = query[k];
    query[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  const credentials = { accessKeyId, secretAccessKey: known.secretAccessKey, sessionToken: known.sessionToken };
  const signer = new SignatureV4({ credentials, region, service, sha256: Sha256, uriEscapePath: service !== 's3' });
  const expected = await signer.sign(
    { method: req.method!, protocol: 'http:', hostname: url.hostname, port: Number(url.port), path: url.pathname, query, headers, body },
    { signingDate },
  );
  if (expected.headers.authorization !== req.headers.authorization) return 'SignatureDoesNotMatch';
  const all: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) all[k] = Array.isArray(v) ? v.join(', ') : String(v);
  return { method: req.method!, path: url.pathname, query: url.searchParams, headers: all, body, scope: { accessKeyId, region, service } };
}

/**
 * The operation of a JSON-protocol call, or the service's refusal: dynalite and kinesalite, which copy
 * DynamoDB's and Kinesis's answers, refuse another Content-Type with 404 UnknownOperationException and
 * an unknown target with 400 UnknownOperationException.
 */
export function jsonOperation(r: VerifiedRequest, targetPrefix: string, contentType: string): { operation: string; input: any } | ServiceAnswer {
  const error = (status: number, body: object): ServiceAnswer => ({ status, headers: { 'Content-Type': contentType }, body: JSON.stringify(body) });
  if ((r.headers['content-type'] ?? '').split(';')[0].trim() !== contentType) return error(404, { __type: 'UnknownOperationException' });
  const target = r.headers['x-amz-target'] ?? '';
  if (!target.startsWith(`${targetPrefix}.`)) return error(400, { __type: 'UnknownOperationException' });
  let input: unknown;
  try {
    input = JSON.parse(r.body.length ? r.body.toString('utf8') : '{}');
  } catch {
    return error(400, { __type: 'SerializationException' });
  }
  return { operation: target.slice(targetPrefix.length + 1), input };
}

/** A query-protocol call's parameters: the query string's, then a form-encoded body's. */
export function queryParameters(r: VerifiedRequest): URLSearchParams {
  const out = new URLSearchParams(r.query);
  if ((r.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded'))
    for (const [k, v] of new URLSearchParams(r.body.toString('utf8'))) out.append(k, v);
  return out;
}

/** Whether a query-protocol caller asked for JSON (`Accept: application/json`), as API Gateway does by default. */
export const wantsJson = (r: VerifiedRequest): boolean => (r.headers.accept ?? '').includes('application/json');

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `{a: {b: 'x'}}` as `<a><b>x</b></a>`; null members are left out, as the query protocol's XML does. */
export function xml(value: Record<string, unknown>): string {
  let out = '';
  for (const [k, v] of Object.entries(value)) {
    if (v === null || v === undefined) continue;
    out += `<${k}>${typeof v === 'object' ? xml(v as Record<string, unknown>) : escapeXml(String(v))}</${k}>`;
  }
  return out;
}

/**
 * A query-protocol answer: `<{Action}Response xmlns="…"><{Action}Result>…</…><ResponseMetadata>…` or, to
 * a caller accepting JSON, `{"{Action}Response": {"{Action}Result": …, "ResponseMetadata": …}}` with the
 * members the XML leaves out as null.
 */
export function queryAnswer(r: VerifiedRequest, action: string, xmlns: string, result: Record<string, unknown>): ServiceAnswer {
  const metadata = { RequestId: crypto.randomUUID() };
  if (wantsJson(r))
    return {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ [`${action}Response`]: { [`${action}Result`]: result, ResponseMetadata: metadata } }),
    };
  const body = `<${action}Response xmlns="${xmlns}">${xml({ [`${action}Result`]: result, ResponseMetadata: metadata })}</${action}Response>`;
  return { status: 200, headers: { 'Content-Type': 'text/xml' }, body };
}

/** A query-protocol error, in XML or JSON as the caller accepts. */
export function queryError(r: VerifiedRequest, status: number, code: string, message: string): ServiceAnswer {
  const error = { Type: 'Sender', Code: code, Message: message };
  const RequestId = crypto.randomUUID();
  if (wantsJson(r)) return { status, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ Error: error, RequestId }) };
  return { status, headers: { 'Content-Type': 'text/xml' }, body: `<ErrorResponse>${xml({ Error: error, RequestId })}</ErrorResponse>` };
}

export async function startSignedEndpoint(handle: (r: VerifiedRequest) => ServiceAnswer, options: { service?: string } = {}): Promise<SignedEndpoint> {
  const received: VerifiedRequest[] = [];
  const refused: { reason: string }[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      // Concatenated, not resolved: a path of `//` is a path here, not a host.
      const url = new URL(`http://${req.headers.host}${req.url}`);
      void verify(req, Buffer.concat(chunks), url).then((v) => {
        if (typeof v === 'string') {
          refused.push({ reason: v });
          const message = 'The request signature we calculated does not match the signature you provided.';
          res.writeHead(403, { 'Content-Type': 'text/xml' });
          res.end(`<ErrorResponse><Error><Type>Sender</Type><Code>SignatureDoesNotMatch</Code><Message>${message}</Message></Error></ErrorResponse>`);
          return;
        }
        if (options.service !== undefined && v.scope.service !== options.service) {
          refused.push({ reason: `scoped to ${v.scope.service}` });
          res.writeHead(403, { 'Content-Type': 'application/x-amz-json-1.1' });
          res.end(JSON.stringify({ __type: 'InvalidSignatureException', message: `Credential should be scoped to correct service: '${options.service}'. ` }));
          return;
        }
        received.push(v);
        const a = handle(v);
        res.writeHead(a.status, { ...a.headers, 'x-amzn-RequestId': crypto.randomUUID() });
        res.end(a.body);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    refused,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
