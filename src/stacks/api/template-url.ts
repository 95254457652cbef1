/**
 * A TemplateURL read from Tollgate's own S3 (src/services/s3/): `aws cloudformation deploy --s3-bucket B` uploads a
 * template over 51,200 bytes and names it by the S3 client's endpoint, path style (`{endpoint}/{bucket}/{key}`);
 * AWS's own forms name the bucket in the path (`https://s3[.region].amazonaws.com/{bucket}/{key}`) or in the host
 * (`https://{bucket}.s3[.region].amazonaws.com/{key}`, https://docs.aws.amazon.com/AmazonS3/latest/userguide/VirtualHosting.html).
 * Whatever the host, the object is this server's: there is no other S3 to read from.
 */
import { readObject } from '../../services/s3/object-store.js';
import type { StoreReader } from '../../store/store.js';
import { apiErrors } from './errors.js';

export async function templateAt(templateUrl: string, store: StoreReader): Promise<string> {
  let url: URL;
  try {
    url = new URL(templateUrl);
  } catch {
    throw apiErrors.templateUrl(templateUrl, 'TemplateURL must be a URL');
  }
  const path = url.pathname.split('/').slice(1).map(decodeURIComponent);
  const virtual = /^(.+)\.s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com$/.exec(url.hostname)?.[1];
  const [bucket, key] = virtual ? [virtual, path.join('/')] : [path[0] ?? '', path.slice(1).join('/')];
  const read = await readObject(store, bucket, key);
  if (read.found) return read.data.toString('utf8');
  // S3's own texts for the missing bucket or key (ErrorResponses.html).
  throw apiErrors.templateUrl(templateUrl, read.missing === 'bucket' ? 'The specified bucket does not exist' : 'The specified key does not exist.');
}
