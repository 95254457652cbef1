/**
 * A request to Tollgate's S3 signed as an SDK signs one (@smithy/signature-v4 with `uriEscapePath: false`: the path
 * as sent; the payload's SHA-256 in x-amz-content-sha256 unless the headers give another value).
 */
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { SignatureV4 } from '@smithy/signature-v4';
import { Sha256 } from './sigv4.js';

export const S3_TEST_KEY = { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' };

export async function s3Request(
  endpoint: string,
  method: string,
  path: string,
  body?: Buffer,
  headers: Record<string, string> = {},
  credentials = S3_TEST_KEY,
): Promise<Response> {
  const url = new URL(endpoint + path);
  const signer = new SignatureV4({ service: 's3', region: 'us-east-1', credentials, sha256: Sha256, uriEscapePath: false });
  const query: Record<string, string> = {};
  url.searchParams.forEach((v, k) => (query[k] = v));
  const req = await signer.sign({
    method,
    protocol: url.protocol,
    hostname: url.hostname,
    port: Number(url.port),
    path: url.pathname,
    query,
    headers: {
      host: url.host,
      'x-amz-content-sha256': createHash('sha256')
        .update(body ?? '')
        .digest('hex'),
      ...headers,
    },
    body,
  });
  return fetch(url, { method, headers: req.headers, body: body && new Uint8Array(body) });
}

/** A GET in virtual-host style: signed for `host` (the bucket in it), sent to 127.0.0.1 with that Host header. */
export async function s3VirtualHostGet(port: number, host: string, path: string, credentials = S3_TEST_KEY): Promise<{ status: number; body: string }> {
  const signer = new SignatureV4({ service: 's3', region: 'us-east-1', credentials, sha256: Sha256, uriEscapePath: false });
  const hostHeader = `${host}:${port}`;
  const req = await signer.sign({
    method: 'GET',
    protocol: 'http:',
    hostname: host,
    port,
    path,
    query: {},
    headers: { host: hostHeader, 'x-amz-content-sha256': createHash('sha256').update('').digest('hex') },
  });
  return new Promise((resolve, reject) => {
    const r = request({ host: '127.0.0.1', port, path, method: 'GET', headers: req.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
    });
    r.on('error', reject);
    r.end();
  });
}
