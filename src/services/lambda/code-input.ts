/**
 * The code a CreateFunction / UpdateFunctionCode / PublishLayerVersion names: a zip (ZipFile), or a local
 * directory (S3Bucket `hot-reload`, S3Key an absolute path: the convention LocalStack's users already have,
 * https://docs.localstack.cloud/user-guide/lambda-tools/hot-reloading/), or an object of Tollgate's own S3
 * (src/services/s3/: S3Bucket and S3Key, read as Lambda reads them at the call); a container image is refused clearly.
 */
import type { CodeRef } from '../../domain/lambda/function.js';
import type { StoreReader, StoreWriter } from '../../store/store.js';
import { readObject } from '../s3/object-store.js';
import { putCode } from './code-store.js';
import { invalidParameter } from './errors.js';
import { checkZip } from './zip.js';

export const HOT_RELOAD_BUCKET = 'hot-reload';
/** What Lambda-compatible tools report for a directory's hash (LocalStack's HotReloadingCode.code_sha256). */
export const HOT_RELOAD_SHA = 'hot-reloading-hash-not-available';

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

/** Checks the code of a request (an S3 object is read from `store`); nothing is stored yet (`storeCode` does, in the write transaction). */
export async function checkCode(src: CodeSource, store: StoreReader): Promise<CheckedCode> {
  if (src.ImageUri !== undefined) {
    throw invalidParameter('Tollgate runs Zip functions only: container images (ImageUri, PackageType Image) are not supported');
  }
  if (src.ZipFile !== undefined) return checkedZip(Buffer.isBuffer(src.ZipFile) ? src.ZipFile : Buffer.from(src.ZipFile as Uint8Array));
  if (src.S3Bucket === HOT_RELOAD_BUCKET) {
    const dir = src.S3Key ?? '';
    // LocalStack's text (lambda_service.py assert_hot_reloading_path_absolute); Lambda itself has no such mode.
    if (!dir.startsWith('/')) throw invalidParameter(`When using hot reloading, the archive key has to be an absolute path! Your archive key: ${dir}`);
    return { ref: { hotReloadDir: dir }, codeSha256: HOT_RELOAD_SHA, codeSize: 0 };
  }
  if (src.S3Bucket !== undefined) {
    const read = await readObject(store, src.S3Bucket, src.S3Key ?? '');
    if (read.found) return checkedZip(read.data);
    // Recorded against AWS for a bucket that does not exist (test_lambda_api.snapshot.json in localstack/localstack,
    // TestLambdaFunction::test_lambda_code_location_s3_errors `create-error-wrong-bucket`).
    if (read.missing === 'bucket')
      throw invalidParameter('Error occurred while GetObject. S3 Error Code: NoSuchBucket. S3 Error Message: The specified bucket does not exist');
    // A key that does not exist, as Lambda answers it: reported by Terraform and CloudFormation users (e.g. "Resource handler
    // returned message: \"Error occurred while GetObject. S3 Error Code: NoSuchKey. S3 Error Message: The specified key does
    // not exist. (Service: Lambda, Status Code: 400 …)\""), and moto's lambda models.py `_validate_s3_bucket_and_key`.
    throw invalidParameter('Error occurred while GetObject. S3 Error Code: NoSuchKey. S3 Error Message: The specified key does not exist.');
  }
  // Not recorded: the text LocalStack gives a request with no code (provider.py create_function).
  throw invalidParameter('A ZIP file or S3 bucket is required');
}

async function checkedZip(zip: Buffer): Promise<CheckedCode> {
  const d = await checkZip(zip);
  return { ref: { sha256Hex: d.sha256Hex }, codeSha256: d.codeSha256, codeSize: d.size, zip };
}

export async function storeCode(tx: StoreWriter, region: string, code: CheckedCode): Promise<void> {
  if (code.zip) await putCode(tx, region, code.zip, { sha256Hex: code.ref.sha256Hex!, codeSha256: code.codeSha256, size: code.codeSize });
}
