/**
 * The ZIP container GetSdk answers (src/services/apigateway/sdk-zip.ts): CRC-32 check value, write/read round
 * trip, and the checks readZip makes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { crc32, readZip, writeZip, ZipError } from '../../../../src/services/apigateway/sdk-zip.js';
describe('sdk-zip', () => {
    it('CRC-32 gives the standard check value (CRC-32/ISO-HDLC of "123456789" is 0xCBF43926)', () => {
        assert.equal(crc32(Buffer.from('123456789')), 0xcbf43926);
        assert.equal(crc32(Buffer.alloc(0)), 0);
    });
    it('reads back what it writes: names (UTF-8), contents, empty files', () => {
        const entries = [
            { name: 'dir/a.js', data: Buffer.from('export const a = 1;\n'.repeat(100)) },
            { name: 'dir/é.md', data: Buffer.from('ünïcode') },
            { name: 'empty.txt', data: Buffer.alloc(0) },
        ];
        const zip = writeZip(entries, new Date('2024-04-15T21:43:26Z'));
        assert.equal(zip.readUInt32LE(0), 0x04034b50);
        assert.equal(zip.readUInt32LE(zip.length - 22), 0x06054b50);
        assert.deepEqual(readZip(zip), entries);
        // The DOS time/date fields of the first local header: 21:43:26 on 2024-04-15.
        assert.equal(zip.readUInt16LE(10), (21 << 11) | (43 << 5) | 13);
        assert.equal(zip.readUInt16LE(12), ((2024 - 1980) << 9) | (4 << 5) | 15);
    });
    it('refuses a corrupted archive: a wrong CRC, or no end record', () => {
        const zip = writeZip([{ name: 'a', data: Buffer.from('hello') }]);
        const bad = Buffer.from(zip);
        bad.writeUInt32LE((bad.readUInt32LE(14) ^ 1) >>> 0, 14); // local header CRC is not read; the central one is
        const cdCrc = bad.readUInt32LE(bad.length - 22 + 16) + 16; // central directory offset + 16
        bad.writeUInt32LE((bad.readUInt32LE(cdCrc) ^ 1) >>> 0, cdCrc);
        assert.throws(() => readZip(bad), ZipError);
        assert.throws(() => readZip(Buffer.from('not a zip at all, definitely not')), ZipError);
    });
});
//# sourceMappingURL=sdk-zip.test.js.map