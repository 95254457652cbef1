/**
 * Function and layer code as a template names it, turned into what Lambda's API takes:
 * - `{S3Bucket: 'hot-reload', S3Key: '/abs/dir'}` (the project loaders' local code, src/stacks/template.ts):
 *   a directory is passed as is (Lambda serves it and reloads it on change); a `.zip` file is read and
 *   uploaded as ZipFile;
 * - `{ZipFile: 'source text'}`: CloudFormation's inline code, zipped as `index.js` / `index.py` as
 *   CloudFormation does (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-code.html);
 * - anything else (another bucket, an image) goes to Lambda, which answers as it answers such code.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeZip } from '../../../services/apigateway/sdk-zip.js';
import { resourceErrors } from '../../errors.js';
import { LOCAL_CODE_BUCKET } from '../../template.js';
import type { Props } from '../provider.js';

export interface CodeInput {
  ZipFile?: Buffer;
  S3Bucket?: string;
  S3Key?: string;
  S3ObjectVersion?: string;
  ImageUri?: string;
}

/** A local archive the template names by path. */
function localZip(code: Props): string | undefined {
  const key = code.S3Key;
  if (code.S3Bucket !== LOCAL_CODE_BUCKET || typeof key !== 'string' || !key.toLowerCase().endsWith('.zip')) return undefined;
  try {
    if (statSync(key).isFile()) return key;
  } catch {
    return undefined; // Lambda answers for a path that is not there
  }
  return undefined;
}

/** Every file under `dir`, zipped with paths relative to it (a layer's content: Lambda takes layers as archives only). */
export function zipDirectory(dir: string): Buffer {
  const entries: { name: string; data: Buffer }[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) entries.push({ name: relative(dir, p).split('\\').join('/'), data: readFileSync(p) });
    }
  };
  walk(dir);
  return writeZip(entries, new Date(0));
}

/** `zipDirectories`: a local directory is zipped (layers), not served in place (functions). */
export function codeInput(code: Props | undefined, runtime: string | undefined, zipDirectories = false): CodeInput {
  const c = code ?? {};
  if (zipDirectories && c.S3Bucket === LOCAL_CODE_BUCKET && typeof c.S3Key === 'string' && !localZip(c)) {
    try {
      if (statSync(c.S3Key).isDirectory()) return { ZipFile: zipDirectory(c.S3Key) };
    } catch (e) {
      throw resourceErrors.unreadableCode(c.S3Key, (e as Error).message);
    }
  }
  if (typeof c.ZipFile === 'string') {
    const file = runtime?.startsWith('python') ? 'index.py' : 'index.js';
    return { ZipFile: writeZip([{ name: file, data: Buffer.from(c.ZipFile, 'utf8') }], new Date(0)) };
  }
  const zip = localZip(c);
  if (zip) {
    try {
      return { ZipFile: readFileSync(zip) };
    } catch (e) {
      throw resourceErrors.unreadableCode(zip, (e as Error).message);
    }
  }
  return {
    S3Bucket: c.S3Bucket as string | undefined,
    S3Key: c.S3Key as string | undefined,
    S3ObjectVersion: c.S3ObjectVersion as string | undefined,
    ImageUri: c.ImageUri as string | undefined,
  };
}

/** The code property with a local archive's content hash, so that a rebuilt .zip under the same path is a change. */
export function codeFingerprint(code: unknown): unknown {
  if (!code || typeof code !== 'object') return code;
  const zip = localZip(code as Props);
  if (!zip) return code;
  let sha = 'unreadable';
  try {
    sha = createHash('sha256').update(readFileSync(zip)).digest('hex');
  } catch {
    // unreadable now: create/update reports it
  }
  return { ...(code as Props), ContentSha256: sha };
}
