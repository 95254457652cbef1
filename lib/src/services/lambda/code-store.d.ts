import type { CodeRef } from '../../domain/lambda/function.js';
import type { StoreReader, StoreWriter } from '../../store/store.js';
import { type ZipDigest } from './zip.js';
/** Stores a checked zip (once per content). */
export declare function putCode(tx: StoreWriter, region: string, zip: Buffer, d: ZipDigest): Promise<void>;
export declare function getCode(store: StoreReader, region: string, sha256Hex: string): Promise<Buffer | undefined>;
/** Deletes the region's blobs nothing refers to any more (after a delete or an update of code). */
export declare function collectCode(tx: StoreWriter, region: string): Promise<void>;
/**
 * The directory holding a version's code, unpacked if it is not yet: the user's own directory for hot
 * reload. Unpacked beside its final name, then renamed, so a runner never sees half a directory (and two
 * nodes or invocations unpacking at once both end with one complete copy).
 */
export declare function codeDir(store: StoreReader, cacheDir: string, region: string, code: CodeRef): Promise<string>;
