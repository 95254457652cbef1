/**
 * Lambda's management API under test: the unmodified @aws-sdk/client-lambda pointed at a running Tollgate,
 * and zips made in the test (fflate), with Unix permission bits where a file must be executable.
 */
import { LambdaClient } from '@aws-sdk/client-lambda';
import { zipSync, type Zippable } from 'fflate';
import { createHash } from 'node:crypto';
import { after, before } from 'node:test';
import { startTollgate, type TestServer } from './tollgate.js';

export const ROLE = 'arn:aws:iam::000000000000:role/lambda-role';

export function lambdaClient(endpoint: string, region = 'us-east-1'): LambdaClient {
  return new LambdaClient({ endpoint, region, credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' }, maxAttempts: 1 });
}

/** A zip of `files` (path → text, or text with a Unix mode such as 0o755). */
export function zipOf(files: Record<string, string | { text: string; mode: number }>): Buffer {
  const entries: Zippable = {};
  for (const [path, f] of Object.entries(files)) {
    const text = typeof f === 'string' ? f : f.text;
    const mode = typeof f === 'string' ? 0o644 : f.mode;
    // External attributes: Unix mode in the high 16 bits, a regular file (0o100000); os 3 = Unix.
    entries[path] = [Buffer.from(text), { os: 3, attrs: ((0o100000 | mode) << 16) >>> 0 }];
  }
  return Buffer.from(zipSync(entries));
}

/** Lambda's CodeSha256: base64 of the zip's SHA-256. */
export const codeSha256 = (zip: Buffer): string => createHash('sha256').update(zip).digest('base64');

export const NODE_HANDLER = zipOf({ 'index.mjs': 'export const handler = async (event) => ({ statusCode: 200, body: JSON.stringify(event) });\n' });

/**
 * A Tollgate for the tests of one file and a Lambda client on it: started before them, closed after; `use`
 * receives both once started (the file keeps them in its own variables).
 */
export function lambdaServerForFile(use: (t: TestServer, lambda: LambdaClient) => void): void {
  let t: TestServer | undefined;
  let lambda: LambdaClient | undefined;
  before(async () => {
    t = await startTollgate();
    lambda = lambdaClient(t.app.adminUrl);
    use(t, lambda);
  });
  after(async () => {
    lambda?.destroy();
    await t?.close();
  });
}

/** A function's ARN in the tests' account and region, with a qualifier if one is given. */
export const functionArn = (name: string, qualifier?: string): string =>
  `arn:aws:lambda:us-east-1:000000000000:function:${name}${qualifier ? `:${qualifier}` : ''}`;
