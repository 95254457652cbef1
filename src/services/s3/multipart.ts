/**
 * Multipart uploads, as the AWS CLI's `aws s3 cp` and `aws cloudformation package` send a file over their 8 MiB
 * threshold (https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpuoverview.html): CreateMultipartUpload
 * (`POST /{bucket}/{key}?uploads`), UploadPart (`PUT …?partNumber=N&uploadId=U`), CompleteMultipartUpload
 * (`POST …?uploadId=U`, the parts listed in order), AbortMultipartUpload (`DELETE …?uploadId=U`). Parts wait in
 * the store; completing joins them into one object (within MAX_OBJECT_BYTES) whose ETag is S3's multipart form,
 * the MD5 of the parts' MD5s followed by `-{parts}`. ListParts and ListMultipartUploads answer NotImplemented.
 */
import { createHash, randomUUID } from 'node:crypto';
import { s3Buckets, s3Objects, s3Parts, s3Uploads } from '../../store/collections/index.js';
import type { StoreReader } from '../../store/store.js';
import { decodeAwsChunked, isAwsChunked } from './aws-chunked.js';
import { S3_XMLNS, xmlAnswer, type S3Handler, type S3Request } from './context.js';
import { noSuchBucket, s3Error } from './errors.js';
import { MAX_OBJECT_BYTES, putObject } from './object-store.js';
import { contentTypeOf, header, metadataOf } from './objects.js';
import { elementTexts, xmlText } from './xml.js';

const noSuchUpload = (uploadId: string) =>
  s3Error('NoSuchUpload', 'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.', {
    UploadId: uploadId,
  });

const partId = (n: number): string => String(n).padStart(5, '0');

async function requireUpload(reader: StoreReader, req: S3Request): Promise<string> {
  if (!(await s3Buckets.in(reader).has(req.bucket))) throw noSuchBucket(req.bucket);
  const uploadId = req.query.get('uploadId') ?? '';
  const upload = await s3Uploads.in(reader, req.bucket).get(uploadId);
  if (!upload || upload.key !== req.key) throw noSuchUpload(uploadId);
  return uploadId;
}

export const CreateMultipartUpload: S3Handler = async (req, ctx) => {
  const uploadId = randomUUID().replace(/-/g, '');
  await ctx.store.write(async (tx) => {
    if (!(await s3Buckets.in(tx).has(req.bucket))) throw noSuchBucket(req.bucket);
    await s3Uploads
      .in(tx, req.bucket)
      .insert(uploadId, { key: req.key, contentType: contentTypeOf(req.headers), metadata: metadataOf(req.headers), initiated: new Date().toISOString() });
  });
  return xmlAnswer(
    `<InitiateMultipartUploadResult xmlns="${S3_XMLNS}"><Bucket>${xmlText(req.bucket)}</Bucket><Key>${xmlText(req.key)}</Key><UploadId>${uploadId}</UploadId></InitiateMultipartUploadResult>`,
  );
};

export const UploadPart: S3Handler = async (req, ctx) => {
  const n = Number(req.query.get('partNumber'));
  // S3's part numbers: 1 to 10,000 (API_UploadPart.html).
  if (!Number.isInteger(n) || n < 1 || n > 10_000)
    throw s3Error('InvalidArgument', 'Part number must be an integer between 1 and 10000, inclusive', { ArgumentName: 'partNumber' });
  const chunked = isAwsChunked(header(req.headers, 'x-amz-content-sha256'), header(req.headers, 'content-encoding'));
  const data = chunked ? decodeAwsChunked(req.body) : req.body;
  if (data.length > MAX_OBJECT_BYTES)
    throw s3Error('EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size', { MaxSizeAllowed: String(MAX_OBJECT_BYTES) });
  const etag = `"${createHash('md5').update(data).digest('hex')}"`;
  await ctx.store.write(async (tx) => {
    const uploadId = await requireUpload(tx, req);
    const parts = s3Parts.in(tx, req.bucket, uploadId);
    const part = { etag, size: data.length, data: data.toString('base64') };
    if (await parts.has(partId(n))) await parts.update(partId(n), part);
    else await parts.insert(partId(n), part);
  });
  return { status: 200, headers: { ETag: etag }, body: '' };
};

export const CompleteMultipartUpload: S3Handler = async (req, ctx) => {
  const listed = elementTexts(req.body.toString('utf8'), 'Part', true).map((p) => ({
    n: Number(elementTexts(p, 'PartNumber')[0]),
    etag: elementTexts(p, 'ETag')[0]?.trim(),
  }));
  if (!listed.length) throw s3Error('MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema');
  const etag = await ctx.store.write(async (tx) => {
    const uploadId = await requireUpload(tx, req);
    const upload = (await s3Uploads.in(tx, req.bucket).get(uploadId))!;
    const parts = s3Parts.in(tx, req.bucket, uploadId);
    const chunks: Buffer[] = [];
    const md5s: Buffer[] = [];
    let last = 0;
    for (const { n, etag: given } of listed) {
      // "The list of parts was not in ascending order. The parts list must be specified in order by part number." (ErrorResponses.html, InvalidPartOrder)
      if (!(n > last))
        throw s3Error('InvalidPartOrder', 'The list of parts was not in ascending order. The parts list must be specified in order by part number.');
      last = n;
      const part = await parts.get(partId(n));
      const quoted = given && (given.startsWith('"') ? given : `"${given}"`);
      if (!part || (quoted !== undefined && quoted !== part.etag)) {
        throw s3Error(
          'InvalidPart',
          "One or more of the specified parts could not be found. The part might not have been uploaded, or the specified entity tag might not have matched the part's entity tag.",
          { PartNumber: String(n) },
        );
      }
      chunks.push(Buffer.from(part.data, 'base64'));
      md5s.push(Buffer.from(part.etag.slice(1, -1), 'hex'));
    }
    const data = Buffer.concat(chunks);
    if (data.length > MAX_OBJECT_BYTES)
      throw s3Error('EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size', { MaxSizeAllowed: String(MAX_OBJECT_BYTES) });
    const object = await putObject(tx, req.bucket, req.key, { data, contentType: upload.contentType, metadata: upload.metadata });
    const multipartEtag = `"${createHash('md5').update(Buffer.concat(md5s)).digest('hex')}-${listed.length}"`;
    await s3Objects.in(tx, req.bucket).update(req.key, { ...object, etag: multipartEtag });
    await s3Uploads.in(tx, req.bucket).removeTree(uploadId);
    return multipartEtag;
  });
  return xmlAnswer(
    `<CompleteMultipartUploadResult xmlns="${S3_XMLNS}"><Location>/${xmlText(req.bucket)}/${xmlText(req.key)}</Location><Bucket>${xmlText(req.bucket)}</Bucket><Key>${xmlText(req.key)}</Key><ETag>${xmlText(etag)}</ETag></CompleteMultipartUploadResult>`,
  );
};

export const AbortMultipartUpload: S3Handler = async (req, ctx) => {
  await ctx.store.write(async (tx) => {
    const uploadId = await requireUpload(tx, req);
    await s3Uploads.in(tx, req.bucket).removeTree(uploadId);
  });
  return { status: 204, headers: {}, body: '' };
};
