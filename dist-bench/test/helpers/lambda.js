/**
 * Lambda's management API under test: the unmodified @aws-sdk/client-lambda pointed at a running Tollgate,
 * and zips made in the test (fflate), with Unix permission bits where a file must be executable.
 */
import { LambdaClient } from '@aws-sdk/client-lambda';
import { zipSync } from 'fflate';
import { createHash } from 'node:crypto';
export const ROLE = 'arn:aws:iam::000000000000:role/lambda-role';
export function lambdaClient(endpoint, region = 'us-east-1') {
    return new LambdaClient({ endpoint, region, credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' }, maxAttempts: 1 });
}
/** A zip of `files` (path → text, or text with a Unix mode such as 0o755). */
export function zipOf(files) {
    const entries = {};
    for (const [path, f] of Object.entries(files)) {
        const text = typeof f === 'string' ? f : f.text;
        const mode = typeof f === 'string' ? 0o644 : f.mode;
        // External attributes: Unix mode in the high 16 bits, a regular file (0o100000); os 3 = Unix.
        entries[path] = [Buffer.from(text), { os: 3, attrs: ((0o100000 | mode) << 16) >>> 0 }];
    }
    return Buffer.from(zipSync(entries));
}
/** Lambda's CodeSha256: base64 of the zip's SHA-256. */
export const codeSha256 = (zip) => createHash('sha256').update(zip).digest('base64');
export const NODE_HANDLER = zipOf({ 'index.mjs': 'export const handler = async (event) => ({ statusCode: 200, body: JSON.stringify(event) });\n' });
//# sourceMappingURL=lambda.js.map