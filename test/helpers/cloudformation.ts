/** The real CloudFormation SDK client against a Tollgate's management endpoint, as the tests use it (no retries). */
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';

export function cloudFormationClient(endpoint: string, region = 'us-east-1'): CloudFormationClient {
  return new CloudFormationClient({ endpoint, region, credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' }, maxAttempts: 1 });
}
