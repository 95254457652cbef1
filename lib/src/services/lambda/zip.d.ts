export declare const ZIPPED_LIMIT = 52428800;
export declare const UNZIPPED_LIMIT = 262144000;
export declare const UNZIP_FAILED = "Could not unzip uploaded file. Please check your file, then try to upload again.";
export interface ZipDigest {
    /** base64(sha256(zip)): Lambda's CodeSha256. */
    codeSha256: string;
    /** The same digest in hex: the blob's id in the store and its directory in the code cache. */
    sha256Hex: string;
    size: number;
}
export declare function digest(zip: Buffer): ZipDigest;
/** Checks an uploaded zip; throws Lambda's error for anything it would refuse. */
export declare function checkZip(zip: Buffer): Promise<ZipDigest>;
/** Unpacks a checked zip into `dir` (which must not exist yet), keeping the entries' permission bits. */
export declare function unpackZip(zip: Buffer, dir: string): Promise<void>;
