/**
 * Tollgate's SigV4 signer (src/pipeline/integrations/aws/sigv4.ts) against the AWS SDK's own
 * (@smithy/signature-v4, as AWS service integrations used it before): the same request, keys, scope and
 * date must give the same headers — Authorization included — for paths, queries, headers and bodies of
 * every shape the integrations send (S3's unescaped paths, repeated query names, mapped headers with odd
 * whitespace or casing, unsignable headers, session tokens, a caller's own X-Amz-Content-Sha256).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Hash } from '@smithy/core/serde';
import { SignatureV4 } from '@smithy/signature-v4';
import { signV4, type SignableRequest, type SigningKeys } from '../../src/pipeline/integrations/aws/sigv4.js';

const sha256 = Hash.bind(null, 'sha256');

async function sdkHeaders(req: SignableRequest, keys: SigningKeys, service: string, region: string, date: Date): Promise<Record<string, string>> {
  const signer = new SignatureV4({ credentials: keys, region, service, sha256, uriEscapePath: service !== 's3', applyChecksum: true });
  const [hostname, port] = req.host.split(':');
  const signed = await signer.sign(
    {
      method: req.method,
      protocol: 'http:',
      hostname,
      port: port ? Number(port) : undefined,
      path: req.path,
      query: req.query,
      headers: { ...req.headers, host: req.host },
      body: req.body,
    },
    { signingDate: date },
  );
  return signed.headers;
}

const KEYS: SigningKeys = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const SESSION: SigningKeys = { accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 'secret/with+chars', sessionToken: 'FwoGZXIvYXdzEBYaD token' };

const cases: { name: string; service: string; req: SignableRequest; keys?: SigningKeys }[] = [
  {
    name: 'DynamoDB JSON call',
    service: 'dynamodb',
    req: {
      method: 'POST',
      host: '127.0.0.1:8000',
      path: '/',
      query: {},
      headers: {
        Accept: 'application/json',
        'X-Amz-Target': 'DynamoDB_20120810.GetItem',
        'Content-Type': 'application/x-amz-json-1.0',
        'User-Agent': 'AmazonAPIGateway_abc',
        'X-Amzn-Trace-Id': 'Root=1-x',
      },
      body: Buffer.from('{"TableName":"t","Key":{"id":{"S":"k1"}}}'),
    },
  },
  {
    name: 'query protocol with an action, repeated and unsafe names',
    service: 'sqs',
    req: {
      method: 'GET',
      host: 'sqs.us-east-1.amazonaws.com',
      path: '/000000000000/queue name',
      query: { Action: 'SendMessage', MessageBody: "héllo wörld!'()*~", 'Attr.1': ['b', 'a', 'a c'], 'X-Amz-Signature': 'dropped', empty: '' },
      headers: { accept: 'application/json' },
      body: undefined,
    },
  },
  {
    name: 'path with dot segments, double slashes and encoded characters',
    service: 'states',
    req: { method: 'POST', host: 'localhost:4566', path: '/a/./b/../c//d%20e/', query: {}, headers: {}, body: Buffer.alloc(0) },
  },
  {
    name: 'S3 signs the path as sent',
    service: 's3',
    req: {
      method: 'PUT',
      host: '127.0.0.1:4569',
      path: '/bucket/folder/my%20key%2Bplus.png',
      query: { 'response-content-type': 'image/png' },
      headers: { 'Content-Type': 'image/png' },
      body: Buffer.from([0, 1, 2, 255]),
    },
  },
  {
    name: 'header values folded, unsignable and generated headers, mixed casing',
    service: 'execute-api',
    req: {
      method: 'DELETE',
      host: 'example.com',
      path: '/',
      query: { b: '2', a: '1' },
      headers: {
        'X-Custom': '  spaced\t\tvalue  with  runs ',
        'x-multi': 'line\r\nbreak',
        Date: 'Mon, 07 Dec 2026 10:00:00 GMT',
        Authorization: 'old',
        'x-amz-date': '19700101T000000Z',
        'Cache-Control': 'no-cache',
        'Proxy-Thing': 'p',
        'Sec-Fetch-Mode': 'cors',
        Connection: 'keep-alive',
        Expect: '100-continue',
        Zeta: 'last',
      },
      body: Buffer.from('x'),
    },
  },
  {
    name: 'a session token, and a caller-given payload hash',
    service: 'events',
    keys: SESSION,
    req: {
      method: 'POST',
      host: 'events.eu-west-1.amazonaws.com',
      path: '/',
      query: {},
      headers: { 'X-Amz-Content-Sha256': 'UNSIGNED-PAYLOAD', 'Content-Type': 'application/x-amz-json-1.1' },
      body: Buffer.from('{}'),
    },
  },
  {
    name: 'a header spelt twice, in two casings (the one that sorts last is signed)',
    service: 'sqs',
    req: {
      method: 'POST',
      host: '127.0.0.1:9324',
      path: '/000000000000/q',
      query: {},
      headers: { 'x-custom': 'lower', 'X-Custom': 'upper', 'X-Other': 'b', 'x-other': 'a' },
      body: Buffer.from('Action=SendMessage'),
    },
  },
];

for (const c of cases) {
  test(`SigV4 matches the AWS SDK's signer: ${c.name}`, async () => {
    for (const iso of ['2026-12-07T19:42:45.123Z', '2015-08-30T12:36:00.000Z', '2026-12-31T23:59:59.999Z']) {
      const date = new Date(iso);
      const keys = c.keys ?? KEYS;
      const ours = signV4(c.req, keys, { region: 'us-east-1', service: c.service, uriEscapePath: c.service !== 's3' }, date.getTime());
      const theirs = await sdkHeaders(c.req, keys, c.service, 'us-east-1', date);
      assert.deepEqual(ours, theirs, iso);
    }
  });
}

test('SigV4: the signing key depends on the day, region, service and secret (no stale cached key)', () => {
  const req = cases[0].req;
  const at = Date.parse('2026-12-07T10:00:00Z');
  const sig = (keys: SigningKeys, region: string, service: string, ms: number): string =>
    /Signature=([0-9a-f]{64})/.exec(signV4(req, keys, { region, service, uriEscapePath: true }, ms).authorization)![1];
  const base = sig(KEYS, 'us-east-1', 'dynamodb', at);
  assert.equal(sig(KEYS, 'us-east-1', 'dynamodb', at), base);
  const others = [
    sig(KEYS, 'us-east-1', 'dynamodb', at + 86_400_000),
    sig(KEYS, 'eu-west-1', 'dynamodb', at),
    sig(KEYS, 'us-east-1', 'kinesis', at),
    sig({ ...KEYS, secretAccessKey: 'other' }, 'us-east-1', 'dynamodb', at),
  ];
  assert.equal(new Set([base, ...others]).size, 5);
});
