/**
 * ListObjectsV2 (`GET /{bucket}?list-type=2`) and ListObjects (`GET /{bucket}`): keys in UTF-8 binary order
 * (API_ListObjectsV2.html: "Objects are returned sorted in an ascending order of the respective key names"),
 * Prefix, Delimiter (CommonPrefixes, each counted once against MaxKeys), MaxKeys (default and cap 1,000),
 * ContinuationToken / StartAfter (V2), Marker (V1), EncodingType=url (what the AWS CLI asks for: keys, prefixes
 * and the delimiter percent-encoded).
 */
import type { S3Object } from '../../domain/s3.js';
import { s3Buckets, s3Objects } from '../../store/collections/index.js';
import { S3_XMLNS, xmlAnswer, type S3Handler, type S3Request } from './context.js';
import { noSuchBucket, s3Error } from './errors.js';
import { xmlText } from './xml.js';

interface Listing {
  contents: [string, S3Object][];
  prefixes: string[];
  truncated: boolean;
  /** The last key or common prefix listed: where the next page starts after. */
  last: string | undefined;
}

const utf8Order = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

function list(rows: [string, S3Object][], prefix: string, delimiter: string, after: string, maxKeys: number): Listing {
  const out: Listing = { contents: [], prefixes: [], truncated: false, last: undefined };
  let count = 0;
  for (const [key, o] of rows) {
    if (!key.startsWith(prefix) || utf8Order(key, after) <= 0) continue;
    const cut = delimiter ? key.indexOf(delimiter, prefix.length) : -1;
    const common = cut >= 0 ? key.slice(0, cut + delimiter.length) : undefined;
    // A page that ended at a common prefix resumes after every key under it.
    if (common !== undefined && (common === out.prefixes.at(-1) || common === after)) continue;
    if (count === maxKeys) {
      out.truncated = true;
      break;
    }
    count++;
    if (common !== undefined) out.prefixes.push(common);
    else out.contents.push([key, o]);
    out.last = common ?? key;
  }
  return out;
}

function maxKeysOf(q: URLSearchParams): number {
  const v = q.get('max-keys');
  if (v === null) return 1000;
  if (!/^\d+$/.test(v))
    throw s3Error('InvalidArgument', 'Provided max-keys not an integer or within integer range', { ArgumentName: 'max-keys', ArgumentValue: v });
  return Math.min(Number(v), 1000);
}

async function listing(req: S3Request, ctx: Parameters<S3Handler>[1], after: string) {
  if (!(await s3Buckets.in(ctx.store).has(req.bucket))) throw noSuchBucket(req.bucket);
  const rows = (await s3Objects.in(ctx.store, req.bucket).rows()).map((r) => [r.id, r.body] as [string, S3Object]).sort((a, b) => utf8Order(a[0], b[0]));
  const q = req.query;
  const maxKeys = maxKeysOf(q);
  const prefix = q.get('prefix') ?? '';
  const delimiter = q.get('delimiter') ?? '';
  const encode = q.get('encoding-type') === 'url';
  const text = (s: string): string => xmlText(encode ? encodeURIComponent(s) : s);
  const l = list(rows, prefix, delimiter, after, maxKeys);
  const contents = l.contents
    .map(
      ([k, o]) =>
        `<Contents><Key>${text(k)}</Key><LastModified>${o.lastModified}</LastModified><ETag>${xmlText(o.etag)}</ETag><Size>${o.size}</Size><StorageClass>STANDARD</StorageClass></Contents>`,
    )
    .join('');
  const prefixes = l.prefixes.map((p) => `<CommonPrefixes><Prefix>${text(p)}</Prefix></CommonPrefixes>`).join('');
  const head =
    `<Name>${xmlText(req.bucket)}</Name><Prefix>${text(prefix)}</Prefix>` +
    (delimiter ? `<Delimiter>${text(delimiter)}</Delimiter>` : '') +
    `<MaxKeys>${maxKeys}</MaxKeys>` +
    (encode ? '<EncodingType>url</EncodingType>' : '') +
    `<IsTruncated>${l.truncated}</IsTruncated>`;
  return { l, head, body: contents + prefixes, text };
}

const token = (after: string): string => Buffer.from(after, 'utf8').toString('base64');

export const ListObjectsV2: S3Handler = async (req, ctx) => {
  const continuation = req.query.get('continuation-token');
  let after = req.query.get('start-after') ?? '';
  if (continuation !== null) {
    after = Buffer.from(continuation, 'base64').toString('utf8');
    if (token(after) !== continuation) throw s3Error('InvalidArgument', 'The continuation token provided is incorrect', { ArgumentName: 'continuation-token' });
  }
  const { l, head, body, text } = await listing(req, ctx, after);
  const keyCount = l.contents.length + l.prefixes.length;
  const extra =
    (continuation !== null ? `<ContinuationToken>${xmlText(continuation)}</ContinuationToken>` : '') +
    (l.truncated && l.last !== undefined ? `<NextContinuationToken>${token(l.last)}</NextContinuationToken>` : '') +
    (req.query.get('start-after') ? `<StartAfter>${text(req.query.get('start-after')!)}</StartAfter>` : '');
  return xmlAnswer(`<ListBucketResult xmlns="${S3_XMLNS}">${head}<KeyCount>${keyCount}</KeyCount>${extra}${body}</ListBucketResult>`);
};

/** V1: Marker; NextMarker only with a Delimiter (API_ListObjects.html: "returned only if you have the delimiter request parameter specified"). */
export const ListObjects: S3Handler = async (req, ctx) => {
  const marker = req.query.get('marker') ?? '';
  const { l, head, body, text } = await listing(req, ctx, marker);
  const next = l.truncated && req.query.get('delimiter') && l.last !== undefined ? `<NextMarker>${text(l.last)}</NextMarker>` : '';
  return xmlAnswer(`<ListBucketResult xmlns="${S3_XMLNS}">${head}<Marker>${text(marker)}</Marker>${next}${body}</ListBucketResult>`);
};
