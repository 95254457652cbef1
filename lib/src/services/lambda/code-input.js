import { putCode } from './code-store.js';
import { invalidParameter } from './errors.js';
import { checkZip } from './zip.js';
export const HOT_RELOAD_BUCKET = 'hot-reload';
/** What Lambda-compatible tools report for a directory's hash (LocalStack's HotReloadingCode.code_sha256). */
export const HOT_RELOAD_SHA = 'hot-reloading-hash-not-available';
/** Checks the code of a request; nothing is stored yet (`storeCode` does, in the write transaction). */
export async function checkCode(src) {
    if (src.ImageUri !== undefined) {
        throw invalidParameter('Tollgate runs Zip functions only: container images (ImageUri, PackageType Image) are not supported');
    }
    if (src.ZipFile !== undefined) {
        const zip = Buffer.isBuffer(src.ZipFile) ? src.ZipFile : Buffer.from(src.ZipFile);
        const d = await checkZip(zip);
        return { ref: { sha256Hex: d.sha256Hex }, codeSha256: d.codeSha256, codeSize: d.size, zip };
    }
    if (src.S3Bucket === HOT_RELOAD_BUCKET) {
        const dir = src.S3Key ?? '';
        // LocalStack's text (lambda_service.py assert_hot_reloading_path_absolute); Lambda itself has no such mode.
        if (!dir.startsWith('/'))
            throw invalidParameter(`When using hot reloading, the archive key has to be an absolute path! Your archive key: ${dir}`);
        return { ref: { hotReloadDir: dir }, codeSha256: HOT_RELOAD_SHA, codeSize: 0 };
    }
    if (src.S3Bucket !== undefined) {
        // Recorded against AWS for a bucket that does not exist (test_lambda_api.snapshot.json in localstack/localstack,
        // TestLambdaFunction::test_lambda_code_location_s3_errors `create-error-wrong-bucket`).
        throw invalidParameter('Error occurred while GetObject. S3 Error Code: NoSuchBucket. S3 Error Message: The specified bucket does not exist');
    }
    // Not recorded: the text LocalStack gives a request with no code (provider.py create_function).
    throw invalidParameter('A ZIP file or S3 bucket is required');
}
export async function storeCode(tx, region, code) {
    if (code.zip)
        await putCode(tx, region, code.zip, { sha256Hex: code.ref.sha256Hex, codeSha256: code.codeSha256, size: code.codeSize });
}
