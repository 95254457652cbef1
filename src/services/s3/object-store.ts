/**
 * Buckets and objects in Tollgate's store (SQLite or PostgreSQL: the entity table every service uses, so they
 * survive restarts and every node of a shared PostgreSQL sees them). An object's bytes are a blob of its bucket
 * keyed by their SHA-256, kept once however many keys name them, and deleted in the transaction that removes
 * the last key naming them (as Lambda's code blobs, src/services/lambda/code-store.ts).
 */
import { createHash } from 'node:crypto';
import type { S3Object } from '../../domain/s3.js';
import { s3Blobs, s3Buckets, s3Objects } from '../../store/collections/index.js';
import type { StoreReader, StoreWriter } from '../../store/store.js';

/** The largest object Tollgate's S3 takes (README "Limits"): enough for any Lambda zip (50 MB uploaded directly). */
export const MAX_OBJECT_BYTES = 64 * 1024 * 1024;

export interface NewObject {
  data: Buffer;
  contentType: string;
  metadata: Record<string, string>;
}

export async function putObject(tx: StoreWriter, bucket: string, key: string, o: NewObject, now = new Date()): Promise<S3Object> {
  const sha256Hex = createHash('sha256').update(o.data).digest('hex');
  const object: S3Object = {
    size: o.data.length,
    etag: `"${createHash('md5').update(o.data).digest('hex')}"`,
    sha256Hex,
    contentType: o.contentType,
    lastModified: now.toISOString(),
    metadata: o.metadata,
  };
  const blobs = s3Blobs.in(tx, bucket);
  if (!(await blobs.has(sha256Hex))) await blobs.insert(sha256Hex, { data: o.data.toString('base64') });
  const objects = s3Objects.in(tx, bucket);
  const previous = await objects.get(key);
  if (previous) await objects.update(key, object);
  else await objects.insert(key, object);
  if (previous && previous.sha256Hex !== sha256Hex) await collectBlob(tx, bucket, previous.sha256Hex);
  return object;
}

/** Deletes a key; whether it was there. */
export async function deleteObject(tx: StoreWriter, bucket: string, key: string): Promise<boolean> {
  const objects = s3Objects.in(tx, bucket);
  const previous = await objects.get(key);
  if (!previous) return false;
  await objects.remove(key);
  await collectBlob(tx, bucket, previous.sha256Hex);
  return true;
}

/** Deletes a blob no key of its bucket names any more. */
async function collectBlob(tx: StoreWriter, bucket: string, sha256Hex: string): Promise<void> {
  for (const o of await s3Objects.in(tx, bucket).list()) if (o.sha256Hex === sha256Hex) return;
  await s3Blobs.in(tx, bucket).remove(sha256Hex);
}

export async function objectData(reader: StoreReader, bucket: string, o: S3Object): Promise<Buffer> {
  const blob = await s3Blobs.in(reader, bucket).get(o.sha256Hex);
  if (!blob) throw new Error(`the content of an object of bucket ${bucket} (${o.sha256Hex}) is missing from the store`);
  return Buffer.from(blob.data, 'base64');
}

export type ObjectRead = { found: true; object: S3Object; data: Buffer } | { found: false; missing: 'bucket' | 'key' };

/** An object and its bytes, or which of bucket and key is missing (Lambda reads code this way: src/services/lambda/code-input.ts). */
export async function readObject(reader: StoreReader, bucket: string, key: string): Promise<ObjectRead> {
  if (!(await s3Buckets.in(reader).has(bucket))) return { found: false, missing: 'bucket' };
  const object = await s3Objects.in(reader, bucket).get(key);
  if (!object) return { found: false, missing: 'key' };
  return { found: true, object, data: await objectData(reader, bucket, object) };
}
