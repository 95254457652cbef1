/**
 * Stacks through Tollgate's S3 (issue 19): CreateStack with a TemplateURL naming an object of it (path style, as
 * `aws cloudformation deploy --s3-bucket` names the template it uploads), whose AWS::Lambda::Function takes its
 * Code from S3Bucket/S3Key; the function runs that zip. A TemplateURL naming no object is refused before anything.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CloudFormationClient, CreateStackCommand, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import { s3Request } from '../../helpers/s3.js';
import { lambdaClient, ROLE, zipOf } from '../../helpers/lambda.js';
import { sdkError, startTollgate, type TestServer } from '../../helpers/tollgate.js';
import { cloudFormationClient } from '../../helpers/cloudformation.js';

let t: TestServer;
let lambda: LambdaClient;
let cfn: CloudFormationClient;
before(async () => {
  t = await startTollgate();
  lambda = lambdaClient(t.app.adminUrl);
  cfn = cloudFormationClient(t.app.adminUrl);
});
after(async () => {
  lambda?.destroy();
  cfn?.destroy();
  await t?.close();
});

const put = async (path: string, body?: Buffer): Promise<void> => assert.equal((await s3Request(t.app.adminUrl, 'PUT', path, body)).status, 200);

describe('a stack from S3', () => {
  it('creates a stack from a TemplateURL, its function from S3Bucket/S3Key', async () => {
    await put('/templates');
    await put('/templates/fn.zip', zipOf({ 'index.mjs': "export const handler = async () => ({ via: 'template in s3' });\n" }));
    const template = {
      Resources: {
        Fn: {
          Type: 'AWS::Lambda::Function',
          Properties: {
            FunctionName: 'stack-from-s3',
            Runtime: 'nodejs22.x',
            Handler: 'index.handler',
            Role: ROLE,
            Code: { S3Bucket: 'templates', S3Key: 'fn.zip' },
          },
        },
      },
    };
    await put('/templates/dir/stack.json', Buffer.from(JSON.stringify(template)));
    await cfn.send(new CreateStackCommand({ StackName: 'from-s3', TemplateURL: `${t.app.adminUrl}/templates/dir/stack.json` }));
    let status: string | undefined;
    for (let i = 0; i < 100; i++) {
      status = (await cfn.send(new DescribeStacksCommand({ StackName: 'from-s3' }))).Stacks?.[0]?.StackStatus;
      if (!status?.endsWith('_IN_PROGRESS')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(status, 'CREATE_COMPLETE');
    const out = await lambda.send(new InvokeCommand({ FunctionName: 'stack-from-s3' }));
    assert.deepEqual(JSON.parse(Buffer.from(out.Payload!).toString()), { via: 'template in s3' });
  });

  it('refuses a TemplateURL that names no object', async () => {
    const err = await sdkError(cfn.send(new CreateStackCommand({ StackName: 'nothing', TemplateURL: 'https://templates.s3.amazonaws.com/none.json' })));
    assert.equal(err.name, 'ValidationError');
    assert.match(err.message, /^S3 error: The specified key does not exist\./);
  });
});
