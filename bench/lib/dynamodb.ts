/**
 * The DynamoDB GetItem setup the AWS service integration benchmarks share (bench/aws-integrations.ts,
 * bench/instructions.ts `--targets aws`): dynalite in a child process with one table and one item, a
 * caller that signs DynamoDB calls as the AWS SDK does, and an API whose `GET /item` is the same
 * GetItem through Tollgate (`dynamodb:action/GetItem`, a request template, the answer passed through).
 */
import { spawn } from 'node:child_process';
import {
  APIGatewayClient,
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
} from '@aws-sdk/client-api-gateway';
import { Hash } from '@smithy/core/serde';
import { SignatureV4 } from '@smithy/signature-v4';
import { Pool } from 'undici';
import { freePort } from '../../test/helpers/process.js';
import { children, waitFor } from './processes.js';

const KEYS = { accessKeyId: 'test', secretAccessKey: 'test' };
const TABLE = 'bench';
export const GET_ITEM = JSON.stringify({ TableName: TABLE, Key: { id: { S: 'k1' } } });

/** One HTTP exchange: status and body. */
export type Call = () => Promise<{ status: number; body: string }>;

export async function exchange(pool: Pool, path: string, method: string, headers: Record<string, string>, body?: string) {
  const r = await pool.request({ path, method, headers, body });
  return { status: r.statusCode, body: await r.body.text() };
}

/** A DynamoDB call signed as the SDK signs it (one signer kept), over a keep-alive pool of `connections`. */
export function dynamodbCaller(url: string, connections: number): (target: string, payload: string) => Promise<{ status: number; body: string }> {
  const u = new URL(url);
  const pool = new Pool(u.origin, { connections });
  const signer = new SignatureV4({ credentials: KEYS, region: 'us-east-1', service: 'dynamodb', sha256: Hash.bind(null, 'sha256') });
  return async (target, payload) => {
    const signed = await signer.sign({
      method: 'POST',
      protocol: 'http:',
      hostname: u.hostname,
      port: Number(u.port),
      path: '/',
      headers: { host: u.host, 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': `DynamoDB_20120810.${target}` },
      body: payload,
    });
    return exchange(pool, '/', 'POST', signed.headers, payload);
  };
}

/** dynalite on a free port (`cmd` prefixes the command, e.g. `taskset -c 1`), its table made and its item put: its URL. */
export async function startDynalite(connections: number, cmd: string[] = []): Promise<string> {
  const port = await freePort();
  const script = `require('dynalite')({ createTableMs: 0 }).listen(${port}, '127.0.0.1')`;
  const argv = [...cmd, process.execPath, '-e', script];
  children.push(spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'ignore', 'inherit'] }));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(url);
  const ddb = dynamodbCaller(url, connections);
  const attributes = { AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }] };
  const created = await ddb(
    'CreateTable',
    JSON.stringify({ TableName: TABLE, ...attributes, ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } }),
  );
  if (created.status !== 200) throw new Error(`CreateTable: ${created.body}`);
  const put = await ddb('PutItem', JSON.stringify({ TableName: TABLE, Item: { id: { S: 'k1' }, name: { S: 'tollgate-bench' }, n: { N: '42' } } }));
  if (put.status !== 200) throw new Error(`PutItem: ${put.body}`);
  return url;
}

/** GET /item → dynamodb:action/GetItem on the Tollgate at `url`: the path of the invoke URL. */
export async function setupDynamoApi(url: string): Promise<string> {
  const client = new APIGatewayClient({ endpoint: url, region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
  const api = await client.send(new CreateRestApiCommand({ name: 'bench-aws' }));
  const id = api.id!;
  const resourceId = (await client.send(new CreateResourceCommand({ restApiId: id, parentId: api.rootResourceId!, pathPart: 'item' }))).id!;
  const ids = { restApiId: id, resourceId, httpMethod: 'GET' };
  await client.send(new PutMethodCommand({ ...ids, authorizationType: 'NONE' }));
  await client.send(
    new PutIntegrationCommand({
      ...ids,
      type: 'AWS',
      integrationHttpMethod: 'POST',
      uri: 'arn:aws:apigateway:us-east-1:dynamodb:action/GetItem',
      credentials: 'arn:aws:iam::000000000000:role/bench',
      requestTemplates: { 'application/json': GET_ITEM },
    }),
  );
  await client.send(new PutMethodResponseCommand({ ...ids, statusCode: '200' }));
  await client.send(new PutIntegrationResponseCommand({ ...ids, statusCode: '200' }));
  await client.send(new CreateDeploymentCommand({ restApiId: id, stageName: 'bench' }));
  client.destroy();
  return `/_aws/execute-api/${id}/bench/item`;
}
