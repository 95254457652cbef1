/**
 * Issue 18's "done when", end to end with the clients users have: the AWS CLI v2 (/usr/bin/aws, `lambda
 * create-function --zip-file fileb://…`) and boto3 (python3) each create a Node.js, a Python and a
 * `provided.al2023` function (a bash `bootstrap` on the Lambda Runtime API) from zip files, update the code,
 * publish a version, point an alias at it, grant API Gateway invoke on the alias (add-permission with a
 * SourceArn), invoke it directly, and serve it through a REST API whose AWS_PROXY integration names the alias.
 * The alias keeps running the published code after $LATEST moves on; without the permission the API answers
 * 500. Real interpreters, a real server, nothing stubbed; a missing client (no /usr/bin/aws, no python3 with
 * boto3 on the PATH) is a failure, not a skip.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { addResource, deploy, invokeUrl, newApi, putMethod, rawRequest, type Api } from '../helpers/apis.js';
import { lambdaUri } from '../helpers/functions.js';
import { ROLE, zipOf } from '../helpers/lambda.js';
import { ACCOUNT, sdkClient, startTollgate, type TestServer } from '../helpers/tollgate.js';

const AWS = '/usr/bin/aws';
const run = promisify(execFile);

/** Each runtime's code, answering a proxy response that names the code's generation and the version that ran. */
const CODE: Record<string, (gen: string) => Buffer> = {
  node: (gen) =>
    zipOf({ 'index.mjs': `export const handler = async () => ({ statusCode: 200, body: 'node ${gen} ' + process.env.AWS_LAMBDA_FUNCTION_VERSION });\n` }),
  python: (gen) =>
    zipOf({
      'app.py': `import os\ndef handler(event, context):\n    return {"statusCode": 200, "body": "python ${gen} " + os.environ["AWS_LAMBDA_FUNCTION_VERSION"]}\n`,
    }),
  provided: (gen) =>
    zipOf({
      bootstrap: {
        mode: 0o755,
        text: [
          '#!/bin/bash',
          'set -eu',
          'API="http://${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime"',
          'while true; do',
          '  HEADERS="$(mktemp)"',
          '  curl -sS -D "$HEADERS" "$API/invocation/next" >/dev/null',
          '  ID=$(grep -Fi "Lambda-Runtime-Aws-Request-Id:" "$HEADERS" | tr -d "\\r\\n" | cut -d" " -f2-)',
          `  curl -sS -X POST "$API/invocation/$ID/response" -d "{\\"statusCode\\":200,\\"body\\":\\"provided ${gen} $AWS_LAMBDA_FUNCTION_VERSION\\"}" >/dev/null`,
          'done',
          '',
        ].join('\n'),
      },
    }),
};
const RUNTIMES = [
  { kind: 'node', runtime: 'nodejs20.x', handler: 'index.handler' },
  { kind: 'python', runtime: 'python3.12', handler: 'app.handler' },
  { kind: 'provided', runtime: 'provided.al2023', handler: 'bootstrap' },
] as const;

let t: TestServer;
let work: string;
let env: NodeJS.ProcessEnv;
/** The python3 of the test's PATH that has boto3 (pyenv's shim resolves it; run by its real path under `env`). */
let python: string;

before(async () => {
  t = await startTollgate();
  python = (await run('python3', ['-c', 'import boto3, sys; print(sys.executable)'])).stdout.trim();
  work = mkdtempSync(join(tmpdir(), 'tollgate-lambda-clients-'));
  writeFileSync(join(work, 'config'), '');
  writeFileSync(join(work, 'credentials'), '');
  env = {
    PATH: '/usr/bin:/bin',
    HOME: work,
    LANG: 'C.UTF-8',
    AWS_ACCESS_KEY_ID: 'AKIDCLITEST',
    AWS_SECRET_ACCESS_KEY: 'cli-secret',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_CONFIG_FILE: join(work, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(work, 'credentials'),
    AWS_PAGER: '',
    AWS_EC2_METADATA_DISABLED: 'true',
  };
});
after(async () => {
  await t?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** What each client did, in the same shape: the answers the test checks. */
interface Flow {
  created: { CodeSha256: string; Runtime: string };
  published: { Version: string };
  alias: { AliasArn: string; FunctionVersion: string };
  permission: { Statement: string };
  invoked: { StatusCode: number; ExecutedVersion: string; body: string };
}

/** `aws --endpoint-url URL lambda ARGS…`, its JSON answer; a non-zero exit fails the test with the CLI's words. */
async function aws(...args: string[]): Promise<any> {
  const { stdout } = await run(AWS, ['--endpoint-url', t.app.adminUrl, '--output', 'json', 'lambda', ...args], { env, timeout: 120_000 });
  return stdout.trim() ? JSON.parse(stdout) : undefined;
}

async function viaCli(name: string, r: (typeof RUNTIMES)[number], sourceArn: string): Promise<Flow> {
  const file = (gen: string): string => {
    const path = join(work, `${name}-${gen}.zip`);
    writeFileSync(path, CODE[r.kind](gen));
    return `fileb://${path}`;
  };
  const created = await aws(
    'create-function',
    '--function-name',
    name,
    '--runtime',
    r.runtime,
    '--handler',
    r.handler,
    '--role',
    ROLE,
    '--zip-file',
    file('v1'),
  );
  await aws('update-function-code', '--function-name', name, '--zip-file', file('v2'));
  const published = await aws('publish-version', '--function-name', name);
  const alias = await aws('create-alias', '--function-name', name, '--name', 'live', '--function-version', published.Version);
  await aws('update-function-code', '--function-name', name, '--zip-file', file('v3'));
  const permission = await aws(
    'add-permission',
    ...['--function-name', name, '--qualifier', 'live', '--statement-id', 'apigw', '--action', 'lambda:InvokeFunction'],
    ...['--principal', 'apigateway.amazonaws.com', '--source-arn', sourceArn],
  );
  const out = join(work, `${name}-out.json`);
  const answer = await aws('invoke', '--function-name', name, '--qualifier', 'live', '--cli-binary-format', 'raw-in-base64-out', '--payload', '{}', out);
  return { created, published, alias, permission, invoked: { ...answer, body: JSON.parse(readFileSync(out, 'utf8')).body } };
}

/** The same sequence through boto3, in one python3 process. */
const BOTO3 = `
import base64, json, sys, boto3
endpoint, name, runtime, handler, role, source_arn, v1, v2, v3 = sys.argv[1:]
lam = boto3.client("lambda", endpoint_url=endpoint, region_name="us-east-1")
strip = lambda r: {k: v for k, v in r.items() if k != "ResponseMetadata"}
read = lambda p: open(p, "rb").read()
created = strip(lam.create_function(FunctionName=name, Runtime=runtime, Handler=handler, Role=role, Code={"ZipFile": read(v1)}))
lam.update_function_code(FunctionName=name, ZipFile=read(v2))
published = strip(lam.publish_version(FunctionName=name))
alias = strip(lam.create_alias(FunctionName=name, Name="live", FunctionVersion=published["Version"]))
lam.update_function_code(FunctionName=name, ZipFile=read(v3))
permission = strip(lam.add_permission(FunctionName=name, Qualifier="live", StatementId="apigw", Action="lambda:InvokeFunction",
                                      Principal="apigateway.amazonaws.com", SourceArn=source_arn))
r = lam.invoke(FunctionName=name, Qualifier="live", Payload=b"{}")
invoked = {"StatusCode": r["StatusCode"], "ExecutedVersion": r["ExecutedVersion"], "body": json.loads(r["Payload"].read())["body"]}
print(json.dumps({"created": created, "published": published, "alias": alias, "permission": permission, "invoked": invoked}, default=str))
`;

async function viaBoto3(name: string, r: (typeof RUNTIMES)[number], sourceArn: string): Promise<Flow> {
  const zips = ['v1', 'v2', 'v3'].map((gen) => {
    const path = join(work, `${name}-${gen}.zip`);
    writeFileSync(path, CODE[r.kind](gen));
    return path;
  });
  const script = join(work, 'flow.py');
  writeFileSync(script, BOTO3);
  const { stdout } = await run(python, [script, t.app.adminUrl, name, r.runtime, r.handler, ROLE, sourceArn, ...zips], { env, timeout: 120_000 });
  return JSON.parse(stdout) as Flow;
}

/** A REST API whose GET /{name} is an AWS_PROXY integration of the function's `live` alias. */
async function apiFor(name: string): Promise<Api> {
  // A client of its own: a shared one's keep-alive socket may be closed by the server (5 s idle) while a
  // long CLI or python run goes on, and reused at that very moment.
  const client = sdkClient(t.app.adminUrl);
  try {
    const api = await newApi(client, { name });
    const res = await addResource(client, api, api.root, name);
    await putMethod(client, api, res, 'GET', { type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: lambdaUri(`${name}:live`) });
    await deploy(client, api, 'prod');
    return api;
  } finally {
    client.destroy();
  }
}

for (const client of ['aws-cli', 'boto3'] as const) {
  describe(`Lambda functions from zips with ${client}`, () => {
    for (const r of RUNTIMES) {
      it(`${r.runtime}: create, update, publish, alias, permission, invoke, and a REST API on the alias`, async () => {
        const name = `${client}-${r.kind}`;
        const api = await apiFor(name);
        const url = invokeUrl(t.app.url, api, 'prod', `/${name}`);
        const sourceArn = `arn:aws:execute-api:us-east-1:${ACCOUNT}:${api.id}/*/GET/${name}`;
        const flow = client === 'aws-cli' ? await viaCli(name, r, sourceArn) : await viaBoto3(name, r, sourceArn);
        assert.equal(flow.created.Runtime, r.runtime);
        assert.match(flow.created.CodeSha256, /^[A-Za-z0-9+/]{43}=$/);
        assert.equal(flow.published.Version, '1');
        assert.equal(flow.alias.FunctionVersion, '1');
        assert.equal(flow.alias.AliasArn, `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}:live`);
        assert.deepEqual(JSON.parse(flow.permission.Statement).Condition, { ArnLike: { 'AWS:SourceArn': sourceArn } });
        // The alias runs the published code (v2), not $LATEST's v3.
        assert.deepEqual(flow.invoked, { StatusCode: 200, ExecutedVersion: '1', body: `${r.kind} v2 1` });
        const res = await rawRequest(url);
        assert.equal(res.status, 200, res.text);
        assert.equal(res.text, `${r.kind} v2 1`);
      });
    }

    it('without the permission, the REST API answers 500', async () => {
      const name = `${client}-unpermitted`;
      const api = await apiFor(name);
      const zip = join(work, `${name}.zip`);
      writeFileSync(zip, CODE.node('v1'));
      if (client === 'aws-cli') {
        await aws(
          'create-function',
          '--function-name',
          name,
          '--runtime',
          'nodejs20.x',
          '--handler',
          'index.handler',
          '--role',
          ROLE,
          '--zip-file',
          `fileb://${zip}`,
        );
        await aws('publish-version', '--function-name', name);
        await aws('create-alias', '--function-name', name, '--name', 'live', '--function-version', '1');
      } else {
        const script = join(work, 'bare.py');
        writeFileSync(
          script,
          [
            'import sys, boto3',
            'lam = boto3.client("lambda", endpoint_url=sys.argv[1], region_name="us-east-1")',
            `lam.create_function(FunctionName=sys.argv[2], Runtime="nodejs20.x", Handler="index.handler", Role="${ROLE}", Code={"ZipFile": open(sys.argv[3], "rb").read()})`,
            'lam.publish_version(FunctionName=sys.argv[2])',
            'lam.create_alias(FunctionName=sys.argv[2], Name="live", FunctionVersion="1")',
            '',
          ].join('\n'),
        );
        await run(python, [script, t.app.adminUrl, name, zip], { env, timeout: 120_000 });
      }
      const res = await rawRequest(invokeUrl(t.app.url, api, 'prod', `/${name}`));
      assert.equal(res.status, 500);
      assert.deepEqual(res.json(), { message: 'Internal server error' });
    });
  });
}
