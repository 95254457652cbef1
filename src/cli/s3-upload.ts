/**
 * `tollgate deploy --endpoint URL` to a Tollgate on another machine: the server cannot read the project's files,
 * so the code they name travels as AWS's does, through S3 (`aws cloudformation package`,
 * https://docs.aws.amazon.com/cli/latest/reference/cloudformation/package.html). Each local code directory is
 * zipped here (a `.zip` is taken as it is), put in the server's own S3 (src/services/s3/) in a bucket of the
 * command's, `tollgate-deploy-{region}` (created if missing), under its content's SHA-256 (an unchanged
 * directory is neither uploaded again nor seen as a change), and the template names it by S3Bucket/S3Key
 * (SAM: Bucket/Key) instead of its path. Requests are SigV4-signed for `s3` with the command's credentials.
 */
import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { SignatureV4 } from '@smithy/signature-v4';
import { zipDirectory } from '../stacks/resources/lambda/code.js';
import { LOCAL_CODE_BUCKET, type Template } from '../stacks/template.js';
import { CliError, type Keys, type Target } from './client.js';

/** The code properties that may name a local path: CloudFormation's (S3Bucket/S3Key) and SAM's (Bucket/Key). */
const CODE_PROPERTIES: [property: string, bucket: string, key: string][] = [
  ['Code', 'S3Bucket', 'S3Key'],
  ['Content', 'S3Bucket', 'S3Key'],
  ['CodeUri', 'Bucket', 'Key'],
  ['ContentUri', 'Bucket', 'Key'],
];

export const deployBucket = (region: string): string => `tollgate-deploy-${region}`;

const bytes = (d: string | ArrayBuffer | ArrayBufferView): Buffer =>
  typeof d === 'string' ? Buffer.from(d) : ArrayBuffer.isView(d) ? Buffer.from(d.buffer, d.byteOffset, d.byteLength) : Buffer.from(d);

/** The hash constructor smithy's signer takes (`new Sha256()` hashes, `new Sha256(key)` HMACs). */
class Sha256 {
  readonly #h: Hash | Hmac;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.#h = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret));
  }
  update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.#h.update(bytes(data));
  }
  digest(): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(this.#h.digest()));
  }
}

interface S3Call {
  method: string;
  path: string;
  body?: Buffer;
  headers?: Record<string, string>;
}

/** A minimal S3 client: one signed request, its status and text. */
function s3Client(target: Target, credentials: () => Promise<Keys>) {
  const base = new URL(target.endpoint);
  const signer = new SignatureV4({ service: 's3', region: target.region, credentials, sha256: Sha256, uriEscapePath: false });
  return async (c: S3Call): Promise<{ status: number; text: string }> => {
    const body = c.body ?? Buffer.alloc(0);
    const signed = await signer.sign({
      method: c.method,
      protocol: base.protocol,
      hostname: base.hostname,
      port: base.port ? Number(base.port) : undefined,
      path: `${base.pathname.replace(/\/$/, '')}${c.path}`,
      query: {},
      headers: { host: base.host, 'x-amz-content-sha256': createHash('sha256').update(body).digest('hex'), ...c.headers },
      body,
    });
    const res = await fetch(new URL(`${base.pathname.replace(/\/$/, '')}${c.path}`, base), {
      method: c.method,
      headers: signed.headers,
      body: c.method === 'PUT' ? new Uint8Array(body) : undefined,
    });
    return { status: res.status, text: await res.text() };
  };
}

/** The archive of a local code path: a `.zip` as it is, a directory zipped. */
function archiveOf(id: string, path: string): Buffer {
  try {
    return statSync(path).isDirectory() ? zipDirectory(path) : readFileSync(path);
  } catch (e) {
    throw new CliError(`${id}: cannot read its code at ${path}: ${(e as Error).message}`, 1);
  }
}

const failed = (what: string, r: { status: number; text: string }): CliError =>
  new CliError(`${what}: the server answered ${r.status} ${/<Message>([^<]*)<\/Message>/.exec(r.text)?.[1] ?? r.text.slice(0, 200)}`, 1);

/**
 * Uploads the local code of `template` (the hot-reload form the project loaders wrote) and rewrites it, in place,
 * to the uploaded objects. Returns the logical ids whose code was uploaded.
 */
export async function uploadLocalCode(template: Template, target: Target, credentials: () => Promise<Keys>): Promise<string[]> {
  const send = s3Client(target, credentials);
  const bucket = deployBucket(target.region);
  let bucketReady = false;
  const uploaded: string[] = [];
  for (const [id, resource] of Object.entries(template.Resources)) {
    const props = resource.Properties ?? {};
    for (const [property, bucketName, keyName] of CODE_PROPERTIES) {
      const code = props[property] as Record<string, unknown> | undefined;
      if (!code || typeof code !== 'object' || code[bucketName] !== LOCAL_CODE_BUCKET || typeof code[keyName] !== 'string') continue;
      const zip = archiveOf(id, code[keyName]);
      const key = `code/${createHash('sha256').update(zip).digest('hex')}.zip`;
      if (!bucketReady) {
        const head = await send({ method: 'HEAD', path: `/${bucket}` });
        if (head.status === 404) {
          const config =
            target.region === 'us-east-1'
              ? undefined
              : Buffer.from(`<CreateBucketConfiguration><LocationConstraint>${target.region}</LocationConstraint></CreateBucketConfiguration>`);
          const made = await send({ method: 'PUT', path: `/${bucket}`, body: config });
          if (made.status !== 200) throw failed(`creating the bucket ${bucket}`, made);
        } else if (head.status !== 200) throw failed(`reaching the bucket ${bucket}`, head);
        bucketReady = true;
      }
      if ((await send({ method: 'HEAD', path: `/${bucket}/${key}` })).status !== 200) {
        const put = await send({ method: 'PUT', path: `/${bucket}/${key}`, body: zip, headers: { 'content-type': 'application/zip' } });
        if (put.status !== 200) throw failed(`uploading the code of ${id}`, put);
      }
      props[property] = { [bucketName]: bucket, [keyName]: key };
      uploaded.push(id);
    }
  }
  return uploaded;
}
