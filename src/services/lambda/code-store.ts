/**
 * Code kept by Tollgate: each zip once in the store (kind lambdaCode, keyed by its hex SHA-256), so that it
 * survives restarts and every node on a shared PostgreSQL can run every function; unpacked on demand into
 * the code cache (`{dataDir}/lambda-code/{sha256}`; a zip's content names it, whatever its region) for the runner. A blob no function, version or layer
 * version refers to any more is deleted in the same transaction as the last reference.
 */
import { randomUUID } from 'node:crypto';
import { rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { CodeRef } from '../../domain/lambda/function.js';
import { lambdaCode, lambdaFunctions, lambdaLayerVersions, lambdaVersions } from '../../store/collections/index.js';
import type { StoreReader, StoreWriter } from '../../store/store.js';
import { serviceException } from './errors.js';
import { unpackZip, type ZipDigest } from './zip.js';

/** Stores a checked zip (once per content). */
export async function putCode(tx: StoreWriter, region: string, zip: Buffer, d: ZipDigest): Promise<void> {
  const blobs = lambdaCode.in(tx, region);
  if (await blobs.has(d.sha256Hex)) return;
  await blobs.insert(d.sha256Hex, { zip: zip.toString('base64'), size: zip.length });
}

export async function getCode(store: StoreReader, region: string, sha256Hex: string): Promise<Buffer | undefined> {
  const blob = await lambdaCode.in(store, region).get(sha256Hex);
  return blob && Buffer.from(blob.zip, 'base64');
}

/** Deletes the region's blobs nothing refers to any more (after a delete or an update of code). */
export async function collectCode(tx: StoreWriter, region: string): Promise<void> {
  const used = new Set<string>();
  // Every version of every function, and every layer's versions, of the region: scans across the scopes below it.
  const versions = [...(await lambdaFunctions.in(tx, region).list()), ...(await lambdaVersions.under(tx, region)).map((r) => r.body)];
  for (const v of versions) {
    // A function keeps the layers it was given even after their versions are deleted (API_DeleteLayerVersion.html).
    for (const hex of [v.code.sha256Hex, ...(v.code.layers ?? [])]) if (hex) used.add(hex);
  }
  for (const r of await lambdaLayerVersions.under(tx, region)) used.add(r.body.sha256Hex);
  const blobs = lambdaCode.in(tx, region);
  for (const r of await blobs.rows()) if (!used.has(r.id)) await blobs.remove(r.id);
}

/**
 * Code directories this process found complete: nothing of Tollgate's removes one (a sha names one content for
 * good), so a warm invocation skips the stat (an fs round trip through libuv's thread pool per invocation).
 */
const unpacked = new Set<string>();

const exists = (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false,
  );

/**
 * The directory holding a version's code, unpacked if it is not yet: the user's own directory for hot
 * reload. Unpacked beside its final name, then renamed, so a runner never sees half a directory (and two
 * nodes or invocations unpacking at once both end with one complete copy).
 */
export async function codeDir(store: StoreReader, cacheDir: string, region: string, code: CodeRef): Promise<string> {
  if (code.hotReloadDir) return code.hotReloadDir;
  const dir = join(cacheDir, code.sha256Hex!);
  if (unpacked.has(dir)) return dir;
  if (await exists(dir)) {
    unpacked.add(dir);
    return dir;
  }
  const zip = await getCode(store, region, code.sha256Hex!);
  if (!zip) throw serviceException(`The code of this function (${code.sha256Hex}) is missing from the store`);
  const tmp = `${dir}.tmp-${randomUUID()}`;
  try {
    await unpackZip(zip, tmp);
    await rename(tmp, dir);
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    if (!(await exists(dir))) throw e;
  }
  unpacked.add(dir);
  return dir;
}
