/**
 * Tollgate's minimal S3, on the management listener: enough to move code and templates to a deploy (issue 19) —
 * buckets (Create, Head, Delete, List, GetBucketLocation) and objects (Put, Get with a Range, Head, Delete,
 * DeleteObjects, ListObjectsV2 / ListObjects, multipart uploads). Any other S3 operation answers S3's NotImplemented (501).
 *
 * Written by hand rather than generated from S3's Smithy model (scripts/gen-model.ts, src/protocol/) as the other
 * services are: S3's model is the largest AWS publishes (~100 operations, several MB of JSON), and its REST-XML
 * quirks (bucket and key in the path or the Host, subresources named by a bare query key, blob payloads, HEAD
 * answers without a body, errors as `<Error>` with no `…Exception` names) are not what the engine's protocols
 * serve; the dozen operations Tollgate needs are a small router and serializer here.
 *
 * Requests come here only when their SigV4 credential scope names `s3` (the Authorization header, or a presigned
 * URL's X-Amz-Credential): `signedOnly`, so an unsigned request keeps going to the routes of API Gateway and the
 * others. Path style `/{bucket}/{key+}`; virtual-host style when the Host is `{bucket}.localhost[:port]` or
 * `{bucket}.s3.localhost.localstack.cloud[:port]`.
 */
import type { RouteMatch } from '../../protocol/router.js';
import type { HttpResponseParts } from '../../protocol/serialize.js';
import { ServiceError } from '../../protocol/errors.js';
import type { ServedService } from '../served-service.js';
import { CreateBucket, DeleteBucket, GetBucketLocation, HeadBucket, ListBuckets } from './buckets.js';
import type { S3Handler } from './context.js';
import { notImplemented, renderS3Error, s3Error } from './errors.js';
import { ListObjects, ListObjectsV2 } from './list-objects.js';
import { MAX_OBJECT_BYTES } from './object-store.js';
import { AbortMultipartUpload, CompleteMultipartUpload, CreateMultipartUpload, UploadPart } from './multipart.js';
import { DeleteObject, DeleteObjects, GetObject, HeadObject, PutObject } from './objects.js';

const HANDLERS: Record<string, S3Handler> = {
  ListBuckets,
  CreateBucket,
  HeadBucket,
  DeleteBucket,
  GetBucketLocation,
  ListObjects,
  ListObjectsV2,
  PutObject,
  GetObject,
  HeadObject,
  DeleteObject,
  DeleteObjects,
  CreateMultipartUpload,
  UploadPart,
  CompleteMultipartUpload,
  AbortMultipartUpload,
};

/** Query keys that are parameters, not subresources (a subresource key, `?acl` `?uploads` `?tagging`…, names another operation). */
const PARAMETERS = new Set([
  'list-type',
  'prefix',
  'delimiter',
  'max-keys',
  'continuation-token',
  'start-after',
  'encoding-type',
  'fetch-owner',
  'marker',
  'x-id',
  'response-content-type',
  'response-content-disposition',
  'response-content-encoding',
  'response-cache-control',
  'response-content-language',
  'response-expires',
]);

/** The operation a method names on a path; `NotImplemented:…` for S3's others. */
function operationOf(method: string, bucket: string, key: string, query: URLSearchParams): string {
  const sub = [...query.keys()].filter((k) => !PARAMETERS.has(k) && !k.startsWith('X-Amz-'));
  if (!bucket) return method === 'GET' && !sub.length ? 'ListBuckets' : `NotImplemented:${method} /`;
  if (!key) {
    if (method === 'GET' && sub.length === 1 && sub[0] === 'location') return 'GetBucketLocation';
    if (method === 'POST' && sub.length === 1 && sub[0] === 'delete') return 'DeleteObjects';
    if (sub.length) return `NotImplemented:the bucket subresource ?${sub[0]}`;
    if (method === 'GET') return query.get('list-type') === '2' ? 'ListObjectsV2' : 'ListObjects';
    const op = { PUT: 'CreateBucket', HEAD: 'HeadBucket', DELETE: 'DeleteBucket' }[method];
    return op ?? `NotImplemented:${method} on a bucket`;
  }
  const multipart = sub.length === 1 || (sub.length === 2 && sub.includes('partNumber')) ? multipartOf(method, sub) : undefined;
  if (multipart) return multipart;
  if (sub.length) return `NotImplemented:the object subresource ?${sub[0]} (tagging, ACLs, versions, listing parts)`;
  const op = { PUT: 'PutObject', GET: 'GetObject', HEAD: 'HeadObject', DELETE: 'DeleteObject' }[method];
  return op ?? `NotImplemented:${method} on an object`;
}

function multipartOf(method: string, sub: string[]): string | undefined {
  if (method === 'POST' && sub[0] === 'uploads' && sub.length === 1) return 'CreateMultipartUpload';
  if (!sub.includes('uploadId')) return undefined;
  if (sub.length === 2) return method === 'PUT' ? 'UploadPart' : undefined;
  return { POST: 'CompleteMultipartUpload', DELETE: 'AbortMultipartUpload' }[method];
}

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    throw s3Error('InvalidArgument', `Invalid URI: ${s}`);
  }
};

/** The virtual-host forms served: `{bucket}.localhost`, `{bucket}.s3.localhost.localstack.cloud` (any port). */
const VIRTUAL_HOST = /^([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\.(?:s3\.localhost\.localstack\.cloud|localhost)(?::\d+)?$/;

export function s3Service(): ServedService {
  return {
    signingName: 's3',
    signedOnly: true,
    pathOf(host, rawPath) {
      const m = host ? VIRTUAL_HOST.exec(host.toLowerCase()) : null;
      return m ? `/${m[1]}${rawPath}` : rawPath;
    },
    route(method, rawPath, query): RouteMatch {
      const slash = rawPath.indexOf('/', 1);
      const bucket = decode(slash < 0 ? rawPath.slice(1) : rawPath.slice(1, slash));
      const key = slash < 0 ? '' : decode(rawPath.slice(slash + 1));
      return { operation: operationOf(method, bucket, key, query), labels: { Bucket: bucket, Key: key }, staticQueryKeys: [] };
    },
    async invoke(match, req, base): Promise<HttpResponseParts> {
      const handler = HANDLERS[match.operation];
      if (!handler) throw notImplemented(match.operation.replace(/^NotImplemented:/, ''));
      const out = await handler({ bucket: match.labels.Bucket, key: match.labels.Key, query: req.query, headers: req.headers, body: req.body }, base);
      const id = req.requestId ?? base.requestId;
      return { ...out, headers: { ...out.headers, 'x-amz-request-id': id, 'x-amz-id-2': id } };
    },
    renderError: (err, requestId) => renderS3Error(err, requestId),
    call() {
      return Promise.reject(new ServiceError('NotImplementedException', "Tollgate's S3 is not called in-process"));
    },
    // The framing of an aws-chunked upload comes on top of the object's bytes: PutObject checks the decoded size.
    bodyLimit: {
      bytes: MAX_OBJECT_BYTES + 1024 * 1024,
      refuse: () => s3Error('EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size', { MaxSizeAllowed: String(MAX_OBJECT_BYTES) }),
    },
    download: () => Promise.resolve(undefined),
  };
}
