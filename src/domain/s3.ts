/**
 * Tollgate's minimal S3 (src/services/s3/): buckets, the objects in them, and the objects' bytes. The
 * store keeps JSON bodies: an object's entity holds its metadata only (listing a bucket reads no bytes);
 * its content is a blob of the bucket, keyed by its hex SHA-256 (kept once per bucket however many keys
 * name it), as Lambda's code blobs are (src/services/lambda/code-store.ts).
 */

export interface S3Bucket {
  /** The region it was created in (its LocationConstraint, else the request's). */
  region: string;
  /** ISO 8601, as ListBuckets answers CreationDate. */
  creationDate: string;
}

export interface S3Object {
  size: number;
  /** The quoted hex MD5 of the content, as S3 answers a single-part upload's ETag. */
  etag: string;
  /** The blob holding the bytes (hex SHA-256 of the content). */
  sha256Hex: string;
  contentType: string;
  /** ISO 8601, to the millisecond. */
  lastModified: string;
  /** `x-amz-meta-*` headers, lower-cased names without the prefix. */
  metadata: Record<string, string>;
}

/** An object's bytes, base64 (the store keeps JSON bodies). */
export interface S3Blob {
  data: string;
}

/** A multipart upload in progress: what the object will be given when it completes. */
export interface S3Upload {
  key: string;
  contentType: string;
  metadata: Record<string, string>;
  initiated: string;
}

/** One uploaded part (its bytes base64: parts are not shared). */
export interface S3Part {
  etag: string;
  size: number;
  data: string;
}

/** Scope of the buckets: S3's bucket names are one namespace, whatever the region. */
export const S3_SCOPE = 's3';
