/**
 * The code a CreateFunction / UpdateFunctionCode / PublishLayerVersion names: a zip (ZipFile), or a local
 * directory (S3Bucket `hot-reload`, S3Key an absolute path: the convention LocalStack's users already have,
 * https://docs.localstack.cloud/user-guide/lambda-tools/hot-reloading/). Tollgate has no S3, so any other
 * bucket answers as Lambda answers a bucket that does not exist; a container image is refused clearly.
 */
import type { CodeRef } from '../../domain/lambda/function.js';
import type { StoreWriter } from '../../store/store.js';
export declare const HOT_RELOAD_BUCKET = "hot-reload";
/** What Lambda-compatible tools report for a directory's hash (LocalStack's HotReloadingCode.code_sha256). */
export declare const HOT_RELOAD_SHA = "hot-reloading-hash-not-available";
export interface CodeSource {
    ZipFile?: Uint8Array | string;
    S3Bucket?: string;
    S3Key?: string;
    ImageUri?: string;
}
export interface CheckedCode {
    ref: CodeRef;
    codeSha256: string;
    codeSize: number;
    /** The zip to store, once the whole request has passed its checks. */
    zip?: Buffer;
}
/** Checks the code of a request; nothing is stored yet (`storeCode` does, in the write transaction). */
export declare function checkCode(src: CodeSource): Promise<CheckedCode>;
export declare function storeCode(tx: StoreWriter, region: string, code: CheckedCode): Promise<void>;
