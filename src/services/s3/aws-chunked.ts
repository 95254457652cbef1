/**
 * The `aws-chunked` content encoding an SDK may upload with (`x-amz-content-sha256: STREAMING-…`,
 * https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-streaming.html): `hex-size[;chunk-signature=…]\r\n`, the
 * bytes, `\r\n`, …, a chunk of size 0, then trailing headers (`x-amz-checksum-crc32:…`) and an empty line.
 * Decoded to the object's bytes. The seed signature (the request's) is verified by the listener; the chunks'
 * own signatures are not (README "S3": the body of a captured streaming upload could be replaced within the
 * signature's 5 minutes).
 */
import { s3Error } from './errors.js';

export const isAwsChunked = (contentSha256: string | undefined, contentEncoding: string | undefined): boolean =>
  (contentSha256?.startsWith('STREAMING-') ?? false) || /(^|,)\s*aws-chunked\s*(,|$)/.test(contentEncoding ?? '');

const incomplete = (): Error => s3Error('IncompleteBody', 'You did not provide the number of bytes specified by the Content-Length HTTP header');

export function decodeAwsChunked(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = body.indexOf('\r\n', at);
    if (eol < 0) throw incomplete();
    const size = parseInt(body.subarray(at, eol).toString('latin1').split(';')[0], 16);
    if (!Number.isFinite(size) || size < 0) throw s3Error('InvalidArgument', 'Invalid chunk size in the aws-chunked body');
    at = eol + 2;
    if (size === 0) return Buffer.concat(parts); // trailers, if any, follow: their checksum is the client's
    if (at + size + 2 > body.length) throw incomplete();
    parts.push(body.subarray(at, at + size));
    at += size + 2;
  }
}
