/**
 * Lambda's code zips: checked on upload (limits, readable, no entry escaping the code directory) and
 * unpacked for the runner. yauzl reads them: it refuses absolute paths and `..` segments in entry names
 * (zip-slip) and entries whose data disagrees with their declared sizes.
 *
 * Limits and texts, recorded against AWS (test_lambda_api.snapshot.json in localstack/localstack,
 * TestLambdaSizeLimits, TestLambdaFunction::test_create_lambda_exceptions `invalid_zip_exc`):
 * - zipped over 50 MB: 413 RequestEntityTooLargeException "Zipped size must be smaller than 52428800 bytes";
 * - unzipped over 250 MB: 400 InvalidParameterValueException "Unzipped size must be smaller than 262144000 bytes";
 * - not a zip: 400 InvalidParameterValueException "Could not unzip uploaded file. Please check your file, then try to upload again.".
 * An entry escaping the directory gets the last text too: Lambda's answer to one is not recorded, and Tollgate
 * must not write outside its code directory.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import yauzl from 'yauzl';
import { invalidParameter, ServiceError } from './errors.js';
export const ZIPPED_LIMIT = 52_428_800;
export const UNZIPPED_LIMIT = 262_144_000;
export const UNZIP_FAILED = 'Could not unzip uploaded file. Please check your file, then try to upload again.';
export function digest(zip) {
    const h = createHash('sha256').update(zip).digest();
    return { codeSha256: h.toString('base64'), sha256Hex: h.toString('hex'), size: zip.length };
}
function drain(stream) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        stream.on('data', (c) => chunks.push(c));
        stream.on('end', () => resolve(Buffer.concat(chunks)));
        stream.on('error', reject);
    });
}
/** Unix permission bits of an entry (zips made on Unix keep them in the high half of the external attributes). */
const modeOf = (entry) => (entry.externalFileAttributes >>> 16) & 0o777;
/** Every entry in order, its data inflated and checked against its sizes; a directory is named with a trailing `/`. */
async function walk(zip, sink) {
    const file = await yauzl.fromBufferPromise(zip, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false });
    let unzipped = 0;
    try {
        for (;;) {
            const entry = await new Promise((resolve, reject) => {
                file.once('entry', resolve);
                file.once('end', () => resolve(undefined));
                file.once('error', reject);
                file.readEntry();
            });
            file.removeAllListeners('entry').removeAllListeners('end').removeAllListeners('error');
            if (!entry)
                return;
            unzipped += entry.uncompressedSize;
            if (unzipped >= UNZIPPED_LIMIT)
                throw invalidParameter(`Unzipped size must be smaller than ${UNZIPPED_LIMIT} bytes`);
            if (entry.fileName.endsWith('/')) {
                await sink(entry.fileName, Buffer.alloc(0), modeOf(entry));
                continue;
            }
            if (entry.isEncrypted())
                throw new Error('encrypted entry');
            await sink(entry.fileName, await drain(await file.openReadStreamPromise(entry)), modeOf(entry));
        }
    }
    finally {
        file.close();
    }
}
/** Checks an uploaded zip; throws Lambda's error for anything it would refuse. */
export async function checkZip(zip) {
    if (zip.length > ZIPPED_LIMIT)
        throw new ServiceError('RequestEntityTooLargeException', `Zipped size must be smaller than ${ZIPPED_LIMIT} bytes`);
    try {
        await walk(zip, async () => undefined);
    }
    catch (e) {
        if (e instanceof ServiceError)
            throw e;
        throw invalidParameter(UNZIP_FAILED);
    }
    return digest(zip);
}
/** Unpacks a checked zip into `dir` (which must not exist yet), keeping the entries' permission bits. */
export async function unpackZip(zip, dir) {
    await mkdir(dir, { recursive: true });
    await walk(zip, async (name, data, mode) => {
        const path = join(dir, name);
        if (name.endsWith('/')) {
            await mkdir(path, { recursive: true });
            return;
        }
        await mkdir(dirname(path), { recursive: true });
        // Lambda runs code as a user that can read every file; executables (a `bootstrap`) keep their x bits.
        await writeFile(path, data, { mode: (mode || 0o644) | 0o444 });
    });
}
