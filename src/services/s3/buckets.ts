/**
 * CreateBucket, HeadBucket, DeleteBucket, ListBuckets, GetBucketLocation
 * (https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateBucket.html and its siblings).
 */
import { s3Buckets, s3Objects, s3Uploads } from '../../store/collections/index.js';
import { S3_XMLNS, xmlAnswer, type S3Handler } from './context.js';
import { invalidBucketName, noSuchBucket, s3Error } from './errors.js';
import { elementTexts, xmlText } from './xml.js';

/**
 * S3's bucket naming rules (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html): 3 to 63
 * characters, lower-case letters, digits, dots and hyphens, beginning and ending with a letter or digit, no two
 * adjacent dots, not formatted as an IP address.
 */
export function validBucketName(name: string): boolean {
  return /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(name) && !name.includes('..') && !/^\d+\.\d+\.\d+\.\d+$/.test(name);
}

export const CreateBucket: S3Handler = async (req, ctx) => {
  if (!validBucketName(req.bucket)) throw invalidBucketName(req.bucket);
  const region = elementTexts(req.body.toString('utf8'), 'LocationConstraint')[0] || ctx.region;
  await ctx.store.write(async (tx) => {
    const buckets = s3Buckets.in(tx);
    if (await buckets.has(req.bucket)) {
      // "Amazon S3 returns this error in all AWS Regions except in the North Virginia Region. For legacy compatibility, if you
      // re-create an existing bucket that you already own in the North Virginia Region, Amazon S3 returns 200 OK" (ErrorResponses.html).
      if (ctx.region === 'us-east-1') return;
      throw s3Error('BucketAlreadyOwnedByYou', 'Your previous request to create the named bucket succeeded and you already own it.', {
        BucketName: req.bucket,
      });
    }
    await buckets.insert(req.bucket, { region, creationDate: new Date().toISOString() });
  });
  return { status: 200, headers: { Location: `/${req.bucket}` }, body: '' };
};

export const HeadBucket: S3Handler = async (req, ctx) => {
  const bucket = await s3Buckets.in(ctx.store).get(req.bucket);
  if (!bucket) throw noSuchBucket(req.bucket);
  return { status: 200, headers: { 'x-amz-bucket-region': bucket.region }, body: '' };
};

export const DeleteBucket: S3Handler = async (req, ctx) => {
  await ctx.store.write(async (tx) => {
    const buckets = s3Buckets.in(tx);
    if (!(await buckets.has(req.bucket))) throw noSuchBucket(req.bucket);
    if ((await s3Objects.in(tx, req.bucket).count()) > 0) {
      throw s3Error('BucketNotEmpty', 'The bucket you tried to delete is not empty', { BucketName: req.bucket });
    }
    // Uploads never completed go with the bucket (Tollgate's choice: not recorded for S3).
    const uploads = s3Uploads.in(tx, req.bucket);
    for (const r of await uploads.rows()) await uploads.removeTree(r.id);
    await buckets.remove(req.bucket);
  });
  return { status: 204, headers: {}, body: '' };
};

export const ListBuckets: S3Handler = async (_req, ctx) => {
  const rows = (await s3Buckets.in(ctx.store).rows()).sort((a, b) => (a.id < b.id ? -1 : 1));
  const buckets = rows
    .map(
      (r) => `<Bucket><Name>${xmlText(r.id)}</Name><CreationDate>${r.body.creationDate}</CreationDate><BucketRegion>${r.body.region}</BucketRegion></Bucket>`,
    )
    .join('');
  return xmlAnswer(
    `<ListAllMyBucketsResult xmlns="${S3_XMLNS}"><Owner><ID>${ctx.accountId}</ID><DisplayName>tollgate</DisplayName></Owner><Buckets>${buckets}</Buckets></ListAllMyBucketsResult>`,
  );
};

/** us-east-1 is the empty LocationConstraint (API_GetBucketLocation.html: "Buckets in Region us-east-1 have a LocationConstraint of null"). */
export const GetBucketLocation: S3Handler = async (req, ctx) => {
  const bucket = await s3Buckets.in(ctx.store).get(req.bucket);
  if (!bucket) throw noSuchBucket(req.bucket);
  const region = bucket.region === 'us-east-1' ? '' : bucket.region;
  return xmlAnswer(`<LocationConstraint xmlns="${S3_XMLNS}">${region}</LocationConstraint>`);
};
