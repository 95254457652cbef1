/**
 * Code kept by Tollgate: each zip once in the store (kind lambdaCode, keyed by its hex SHA-256), so that it
 * survives restarts and every node on a shared PostgreSQL can run every function; unpacked on demand into
 * the code cache (`{dataDir}/lambda-code/{sha256}`; a zip's content names it, whatever its region) for the runner. A blob no function, version or layer
 * version refers to any more is deleted in the same transaction as the last reference.
 */
import { randomUUID } from 'node:crypto';
import { rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { codeScope, Kind } from '../../domain/kinds.js';
import { serviceException } from './errors.js';
import { unpackZip } from './zip.js';
/** Stores a checked zip (once per content). */
export async function putCode(tx, region, zip, d) {
    if (await tx.get(Kind.lambdaCode, codeScope(region), d.sha256Hex))
        return;
    await tx.insert(Kind.lambdaCode, codeScope(region), d.sha256Hex, { zip: zip.toString('base64'), size: zip.length });
}
export async function getCode(store, region, sha256Hex) {
    const blob = await store.get(Kind.lambdaCode, codeScope(region), sha256Hex);
    return blob && Buffer.from(blob.zip, 'base64');
}
/** Deletes the region's blobs nothing refers to any more (after a delete or an update of code). */
export async function collectCode(tx, region) {
    const used = new Set();
    for (const kind of [Kind.lambdaFunction, Kind.lambdaVersion]) {
        for (const r of await tx.all(kind, region)) {
            // A function keeps the layers it was given even after their versions are deleted (API_DeleteLayerVersion.html).
            for (const hex of [r.body.code.sha256Hex, ...(r.body.code.layers ?? [])])
                if (hex)
                    used.add(hex);
        }
    }
    for (const r of await tx.all(Kind.lambdaLayerVersion, region))
        used.add(r.body.sha256Hex);
    for (const r of await tx.all(Kind.lambdaCode, codeScope(region)))
        if (!used.has(r.id))
            await tx.delete(Kind.lambdaCode, codeScope(region), r.id);
}
const exists = (path) => stat(path).then(() => true, () => false);
/**
 * The directory holding a version's code, unpacked if it is not yet: the user's own directory for hot
 * reload. Unpacked beside its final name, then renamed, so a runner never sees half a directory (and two
 * nodes or invocations unpacking at once both end with one complete copy).
 */
export async function codeDir(store, cacheDir, region, code) {
    if (code.hotReloadDir)
        return code.hotReloadDir;
    const dir = join(cacheDir, code.sha256Hex);
    if (await exists(dir))
        return dir;
    const zip = await getCode(store, region, code.sha256Hex);
    if (!zip)
        throw serviceException(`The code of this function (${code.sha256Hex}) is missing from the store`);
    const tmp = `${dir}.tmp-${randomUUID()}`;
    try {
        await unpackZip(zip, tmp);
        await rename(tmp, dir);
    }
    catch (e) {
        await rm(tmp, { recursive: true, force: true });
        if (!(await exists(dir)))
            throw e;
    }
    return dir;
}
//# sourceMappingURL=code-store.js.map