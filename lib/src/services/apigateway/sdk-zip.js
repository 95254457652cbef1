/**
 * A minimal ZIP container (PKWARE APPNOTE.TXT 6.3.x, §4.3): one local file header + deflated data
 * per entry, the central directory, the end-of-central-directory record. No ZIP64, no encryption,
 * no data descriptors: GetSdk's archives are small. `readZip` reads what `writeZip` writes (and
 * any plain stored/deflated archive), checking every CRC-32.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
const CRC_TABLE = (() => {
    const t = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        t[n] = c >>> 0;
    }
    return t;
})();
/** CRC-32 (ISO-HDLC, the polynomial ZIP uses). */
export function crc32(buf) {
    let c = 0xffffffff;
    for (let i = 0; i < buf.length; i++)
        c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
}
/** MS-DOS date and time (2-second resolution, local fields taken from UTC). */
function dosDateTime(d) {
    const year = Math.max(1980, d.getUTCFullYear());
    return {
        time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
        date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    };
}
const UTF8_FLAG = 0x0800;
const DEFLATE = 8;
const STORED = 0;
export function writeZip(entries, modified = new Date()) {
    const { time, date } = dosDateTime(modified);
    const locals = [];
    const centrals = [];
    let offset = 0;
    for (const e of entries) {
        const name = Buffer.from(e.name, 'utf8');
        const packed = deflateRawSync(e.data);
        const crc = crc32(e.data);
        const local = Buffer.alloc(30);
        local.writeUInt32LE(0x04034b50, 0);
        local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
        local.writeUInt16LE(UTF8_FLAG, 6);
        local.writeUInt16LE(DEFLATE, 8);
        local.writeUInt16LE(time, 10);
        local.writeUInt16LE(date, 12);
        local.writeUInt32LE(crc, 14);
        local.writeUInt32LE(packed.length, 18);
        local.writeUInt32LE(e.data.length, 22);
        local.writeUInt16LE(name.length, 26);
        local.writeUInt16LE(0, 28);
        locals.push(local, name, packed);
        const central = Buffer.alloc(46);
        central.writeUInt32LE(0x02014b50, 0);
        central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0
        central.writeUInt16LE(20, 6);
        central.writeUInt16LE(UTF8_FLAG, 8);
        central.writeUInt16LE(DEFLATE, 10);
        central.writeUInt16LE(time, 12);
        central.writeUInt16LE(date, 14);
        central.writeUInt32LE(crc, 16);
        central.writeUInt32LE(packed.length, 20);
        central.writeUInt32LE(e.data.length, 24);
        central.writeUInt16LE(name.length, 28);
        // extra 30, comment 32, disk 34, internal attributes 36: all 0
        central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // external attributes: regular file, rw-r--r--
        central.writeUInt32LE(offset, 42);
        centrals.push(central, name);
        offset += local.length + name.length + packed.length;
    }
    const cd = Buffer.concat(centrals);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(cd.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, cd, end]);
}
export class ZipError extends Error {
}
export function readZip(zip) {
    let eocd = -1;
    for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
        if (zip.readUInt32LE(i) === 0x06054b50) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        throw new ZipError('no end of central directory record');
    const count = zip.readUInt16LE(eocd + 10);
    let p = zip.readUInt32LE(eocd + 16);
    const out = [];
    for (let n = 0; n < count; n++) {
        if (zip.readUInt32LE(p) !== 0x02014b50)
            throw new ZipError(`bad central directory header at ${p}`);
        const method = zip.readUInt16LE(p + 10);
        const crc = zip.readUInt32LE(p + 16);
        const packedSize = zip.readUInt32LE(p + 20);
        const size = zip.readUInt32LE(p + 24);
        const nameLen = zip.readUInt16LE(p + 28);
        const extraLen = zip.readUInt16LE(p + 30);
        const commentLen = zip.readUInt16LE(p + 32);
        const local = zip.readUInt32LE(p + 42);
        const name = zip.subarray(p + 46, p + 46 + nameLen).toString('utf8');
        if (zip.readUInt32LE(local) !== 0x04034b50)
            throw new ZipError(`bad local header for ${name}`);
        const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
        const packed = zip.subarray(start, start + packedSize);
        const data = method === DEFLATE ? inflateRawSync(packed) : method === STORED ? Buffer.from(packed) : undefined;
        if (!data)
            throw new ZipError(`unsupported compression method ${method} for ${name}`);
        if (data.length !== size || crc32(data) !== crc)
            throw new ZipError(`CRC or size mismatch for ${name}`);
        out.push({ name, data });
        p += 46 + nameLen + extraLen + commentLen;
    }
    return out;
}
