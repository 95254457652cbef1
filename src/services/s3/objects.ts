/**
 * PutObject, GetObject (with a Range), HeadObject, DeleteObject, DeleteObjects
 * (https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html and its siblings): single-part objects up to
 * MAX_OBJECT_BYTES, their Content-Type and `x-amz-meta-*` kept, the ETag the quoted hex MD5 of the content.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { S3Object } from '../../domain/s3.js';
import { s3Buckets, s3Objects } from '../../store/collections/index.js';
import type { StoreReader } from '../../store/store.js';
import { decodeAwsChunked, isAwsChunked } from './aws-chunked.js';
import { S3_XMLNS, xmlAnswer, type S3Handler } from './context.js';
import { noSuchBucket, noSuchKey, notImplemented, s3Error } from './errors.js';
import { deleteObject, MAX_OBJECT_BYTES, objectData, putObject } from './object-store.js';
import { elementTexts, xmlText } from './xml.js';

export const header = (h: IncomingHttpHeaders, name: string): string | undefined => {
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
};

async function requireBucket(reader: StoreReader, bucket: string): Promise<void> {
  if (!(await s3Buckets.in(reader).has(bucket))) throw noSuchBucket(bucket);
}

/** S3's limit on a key: 1,024 bytes of UTF-8 (https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html). */
function checkKey(key: string): void {
  if (Buffer.byteLength(key) > 1024) throw s3Error('KeyTooLongError', 'Your key is too long', { Key: key });
}

/** `x-amz-meta-*` headers, by their name without the prefix. */
export function metadataOf(headers: IncomingHttpHeaders): Record<string, string> {
  const metadata: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (name.startsWith('x-amz-meta-') && value !== undefined) metadata[name.slice('x-amz-meta-'.length)] = Array.isArray(value) ? value.join(',') : value;
  }
  return metadata;
}

/** S3's default for an upload without one (API_PutObject.html, Content-Type: "binary/octet-stream" when not given). */
export const contentTypeOf = (headers: IncomingHttpHeaders): string => header(headers, 'content-type') ?? 'binary/octet-stream';

export const PutObject: S3Handler = async (req, ctx) => {
  if (header(req.headers, 'x-amz-copy-source') !== undefined) throw notImplemented('CopyObject');
  checkKey(req.key);
  const data = isAwsChunked(header(req.headers, 'x-amz-content-sha256'), header(req.headers, 'content-encoding')) ? decodeAwsChunked(req.body) : req.body;
  if (data.length > MAX_OBJECT_BYTES)
    throw s3Error('EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size', { MaxSizeAllowed: String(MAX_OBJECT_BYTES) });
  const metadata = metadataOf(req.headers);
  const contentType = contentTypeOf(req.headers);
  const object = await ctx.store.write(async (tx) => {
    await requireBucket(tx, req.bucket);
    return putObject(tx, req.bucket, req.key, { data, contentType, metadata });
  });
  return { status: 200, headers: { ETag: object.etag }, body: '' };
};

function objectHeaders(o: S3Object): Record<string, string> {
  const h: Record<string, string> = {
    'Content-Type': o.contentType,
    ETag: o.etag,
    'Last-Modified': new Date(o.lastModified).toUTCString(),
    'Accept-Ranges': 'bytes',
  };
  for (const [k, v] of Object.entries(o.metadata)) h[`x-amz-meta-${k}`] = v;
  return h;
}

async function findObject(reader: StoreReader, bucket: string, key: string): Promise<S3Object> {
  await requireBucket(reader, bucket);
  const o = await s3Objects.in(reader, bucket).get(key);
  if (!o) throw noSuchKey(key);
  return o;
}

/** One `bytes=` range (RFC 9110 §14.1.2) as [first, last], or undefined for a header S3 ignores (several ranges). */
function rangeOf(value: string | undefined, size: number): [number, number] | undefined {
  const m = value && /^bytes=(\d*)-(\d*)$/.exec(value.trim());
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  const [first, last] = m[1] === '' ? [Math.max(0, size - Number(m[2])), size - 1] : [Number(m[1]), m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1)];
  if (first >= size || first > last || (m[1] === '' && Number(m[2]) === 0)) {
    throw s3Error('InvalidRange', 'The requested range is not satisfiable', { RangeRequested: value, ActualObjectSize: String(size) });
  }
  return [first, last];
}

export const GetObject: S3Handler = async (req, ctx) => {
  const o = await findObject(ctx.store, req.bucket, req.key);
  const data = await objectData(ctx.store, req.bucket, o);
  const headers = objectHeaders(o);
  // GetObject's response-* parameters override the answer's headers (API_GetObject.html).
  for (const [q, h] of [
    ['response-content-type', 'Content-Type'],
    ['response-content-disposition', 'Content-Disposition'],
    ['response-content-encoding', 'Content-Encoding'],
    ['response-cache-control', 'Cache-Control'],
  ]) {
    const v = req.query.get(q);
    if (v !== null) headers[h] = v;
  }
  const range = rangeOf(header(req.headers, 'range'), o.size);
  if (!range) return { status: 200, headers, body: data };
  return { status: 206, headers: { ...headers, 'Content-Range': `bytes ${range[0]}-${range[1]}/${o.size}` }, body: data.subarray(range[0], range[1] + 1) };
};

/** HeadObject: GetObject's headers, Content-Length the object's size (the listener sends no body for a HEAD). */
export const HeadObject: S3Handler = async (req, ctx) => {
  const o = await findObject(ctx.store, req.bucket, req.key);
  return { status: 200, headers: { ...objectHeaders(o), 'Content-Length': String(o.size) }, body: '' };
};

/** Deleting a key that is not there succeeds as well (API_DeleteObject.html); a bucket that is not there does not. */
export const DeleteObject: S3Handler = async (req, ctx) => {
  await ctx.store.write(async (tx) => {
    await requireBucket(tx, req.bucket);
    await deleteObject(tx, req.bucket, req.key);
  });
  return { status: 204, headers: {}, body: '' };
};

/** DeleteObjects (`POST /{bucket}?delete`, what `aws s3 rm --recursive` sends): every key deleted, or reported deleted in Quiet mode. */
export const DeleteObjects: S3Handler = async (req, ctx) => {
  const xml = req.body.toString('utf8');
  if (!xml.includes('<Delete')) throw s3Error('MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema');
  const keys = elementTexts(xml, 'Object', true).map((o) => elementTexts(o, 'Key')[0] ?? '');
  const quiet = elementTexts(xml, 'Quiet')[0] === 'true';
  await ctx.store.write(async (tx) => {
    await requireBucket(tx, req.bucket);
    for (const key of keys) await deleteObject(tx, req.bucket, key);
  });
  const deleted = quiet ? '' : keys.map((k) => `<Deleted><Key>${xmlText(k)}</Key></Deleted>`).join('');
  return xmlAnswer(`<DeleteResult xmlns="${S3_XMLNS}">${deleted}</DeleteResult>`);
};
