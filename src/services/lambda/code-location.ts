/**
 * Where a function's or layer version's zip can be downloaded: GetFunction's `Code.Location` and
 * GetLayerVersion's `Content.Location`. Lambda answers a presigned S3 URL, valid for 10 minutes
 * (https://docs.aws.amazon.com/lambda/latest/api/API_FunctionCodeLocation.html: "A presigned URL that you can
 * use to download the deployment package"), with `RepositoryType: S3`. Tollgate keeps the zips in its store,
 * so the URL is one of its management listener: `{origin}/_tollgate/lambda/code/{region}/{sha256}.zip`, served
 * without a signature as a presigned URL is; the content's SHA-256 in it is the capability (a URL cannot be
 * guessed without the zip), and it does not expire.
 */
import type { HttpResponseParts } from '../../protocol/serialize.js';
import type { ManagementContext } from '../served-service.js';
import { getCode } from './code-store.js';

const PREFIX = '/_tollgate/lambda/code/';
const PATH = /^\/_tollgate\/lambda\/code\/([a-z0-9-]{1,32})\/([0-9a-f]{64})\.zip$/;

/** The download URL of a zip kept in the store; undefined when the request told no origin (no Host header). */
export function codeUrl(ctx: ManagementContext, sha256Hex: string): string | undefined {
  return ctx.origin && `${ctx.origin}${PREFIX}${ctx.region}/${sha256Hex}.zip`;
}

/** Serves `GET {PREFIX}{region}/{sha256}.zip`: the zip, or S3's NoSuchKey for one the store does not hold. */
export async function downloadCode(path: string, ctx: ManagementContext): Promise<HttpResponseParts | undefined> {
  if (!path.startsWith(PREFIX)) return undefined;
  const m = PATH.exec(path);
  const zip = m ? await getCode(ctx.store, m[1], m[2]) : undefined;
  if (zip) return { status: 200, headers: { 'Content-Type': 'application/zip' }, body: zip };
  // S3's answer for a key it does not have (https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html).
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>${m ? `${m[1]}/${m[2]}.zip` : ''}</Key></Error>`;
  return { status: 404, headers: { 'Content-Type': 'application/xml' }, body: xml };
}
