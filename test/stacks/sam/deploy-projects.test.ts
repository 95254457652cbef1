/**
 * The projects of test/fixtures/stacks/ end to end: read by loadProject, the SAM ones transformed by
 * transformServerless, deployed by the stack engine (src/stacks/engine/) into a running Tollgate, and their APIs
 * called over HTTP, the functions running the projects' own code from disk. The CDK assembly and the Serverless
 * package come from the real toolchains (scripts/stack-fixtures.sh).
 */
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { GetApiKeyCommand } from '@aws-sdk/client-api-gateway';
import { transformServerless } from '../../../src/stacks/sam/transform.js';
import { StackEngine } from '../../../src/stacks/engine/stack-engine.js';
import { loadProject } from '../../../src/stacks/sources/load-project.js';
import { startTollgate, type TestServer } from '../../helpers/tollgate.js';
import { invoke } from '../engine/templates.js';

const FIXTURES = resolve('test/fixtures/stacks');

describe('stacks from real projects: deployed and served', () => {
  let t: TestServer;
  let engine: StackEngine;
  before(async () => {
    t = await startTollgate(['--memory']);
    const { region, accountId } = t.app.stacks.deps;
    engine = new StackEngine({
      ...t.app.stacks.deps,
      transform: (template) => transformServerless(template, { region, accountId, stackName: '', partition: 'aws' }),
    });
  });
  after(() => t.close());

  async function deploy(path: string, stackName: string): Promise<(logicalId: string) => string> {
    const project = loadProject(path);
    const stack = await engine.deploy({ stackName: project.stackName ?? stackName, template: project.template });
    assert.equal(stack.status, 'CREATE_COMPLETE', stack.reason);
    return (logicalId) => stack.resources[logicalId].physicalId;
  }
  const get = async (url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> => {
    const res = await fetch(url, { headers });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body };
  };

  it('SAM hello-world: GET /hello on the implicit API, Prod stage', async () => {
    const id = await deploy(join(FIXTURES, 'sam/hello-world'), 'hello-world');
    const res = await get(invoke(t.app.url, id('ServerlessRestApi'), 'Prod', '/hello'));
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(res.body, { message: 'hello world' });

    // The same project again: the transform writes the same ids (the deployment's hash included), so nothing moves.
    const project = loadProject(join(FIXTURES, 'sam/hello-world'));
    const before = await engine.describe('hello-world');
    const again = await engine.deploy({ stackName: 'hello-world', template: project.template });
    assert.equal(again.status, 'UPDATE_COMPLETE', again.reason);
    const ids = (s: typeof again): Record<string, string> => Object.fromEntries(Object.entries(s.resources).map(([k, r]) => [k, r.physicalId]));
    assert.deepEqual(ids(again), ids(before));
    await engine.delete('hello-world');
    assert.equal(await engine.get('hello-world'), undefined);
  });

  it('SAM auth-api: the TOKEN authorizer and the API key guard /items, REQUEST guards /items/{id}, /health is open', async () => {
    const id = await deploy(join(FIXTURES, 'sam/auth-api'), 'auth-api');
    const api = id('MyApi');
    const key = await t.client.send(new GetApiKeyCommand({ apiKey: id('MyApiApiKey'), includeValue: true }));
    const url = (path: string): string => invoke(t.app.url, api, 'dev', path);
    assert.equal((await get(url('/health'))).status, 200);
    assert.equal((await get(url('/items'), { Authorization: 'allow' })).status, 403, 'no API key');
    assert.equal((await get(url('/items'), { 'x-api-key': key.value! })).status, 401, 'no token');
    assert.equal((await get(url('/items'), { 'x-api-key': key.value!, Authorization: 'deny' })).status, 403);
    const ok = await get(url('/items'), { 'x-api-key': key.value!, Authorization: 'allow' });
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    assert.equal(ok.body.principal, 'fixture-user');
    const byId = await get(url('/items/7'), { 'x-api-key': key.value!, 'X-User': 'allow' });
    assert.equal(byId.status, 200, JSON.stringify(byId.body));
    assert.equal(byId.body.id, '7');
  });

  it('SAM openapi: the inline OpenAPI body with its Lambda routes, the DefinitionUri file with its mock', async () => {
    const id = await deploy(join(FIXTURES, 'sam/openapi'), 'openapi');
    const pets = await get(invoke(t.app.url, id('PetsApi'), 'v1', '/pets'));
    assert.equal(pets.status, 200, JSON.stringify(pets.body));
    assert.deepEqual(pets.body, { greeting: 'hi', method: 'GET', pets: [] });
    const status = await get(invoke(t.app.url, id('StaticApi'), 'prod', '/status'));
    assert.deepEqual([status.status, status.body], [200, { status: 'up' }]);
  });

  it('CDK (cdk synth): LambdaRestApi, a MockIntegration, an API key with its usage plan, a token authorizer', async () => {
    const id = await deploy(join(FIXTURES, 'cdk'), 'cdk');
    const proxy = await get(invoke(t.app.url, id('ProxyApi0DF2D7AE'), 'prod', '/any/path'));
    assert.equal(proxy.status, 200, JSON.stringify(proxy.body));
    assert.deepEqual(proxy.body, { from: 'cdk', path: '/any/path', method: 'GET' });
    const shop = (path: string): string => invoke(t.app.url, id('ShopApi00D66BBD'), 'v1', path);
    assert.deepEqual((await get(shop('/mock'))).body, { mocked: true });
    assert.equal((await get(shop('/items'))).status, 403, 'the API key is required');
    assert.equal((await get(shop('/items'), { 'x-api-key': 'tollgate-cdk-fixture-key-0001' })).status, 200);
    assert.equal((await get(shop('/private'), { Authorization: 'deny' })).status, 403);
    assert.equal((await get(shop('/private'), { Authorization: 'allow' })).status, 200);
  });

  it('Serverless Framework (serverless package): the http events on stage dev', async () => {
    const id = await deploy(join(FIXTURES, 'serverless'), 'sls');
    const res = await get(invoke(t.app.url, id('ApiGatewayRestApi'), 'dev', '/hello'));
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(res.body, { from: 'serverless', path: '/hello', id: null });
  });
});
