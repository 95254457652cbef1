export interface ZipEntry {
    name: string;
    data: Buffer;
}
/** CRC-32 (ISO-HDLC, the polynomial ZIP uses). */
export declare function crc32(buf: Buffer): number;
export declare function writeZip(entries: ZipEntry[], modified?: Date): Buffer;
export declare class ZipError extends Error {
}
export declare function readZip(zip: Buffer): ZipEntry[];
