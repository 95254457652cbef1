/**
 * Documentation versions through the AWS SDK. Recorded shapes: LS-snap test_apigateway_common
 * TestDocumentations (create-version-response, update-version-response, get-version-response); the
 * 404 text is the one deliveryhero/serverless-aws-documentation matches against AWS's answer.
 */
import {
  CreateDeploymentCommand,
  CreateDocumentationPartCommand,
  CreateDocumentationVersionCommand,
  CreateRestApiCommand,
  CreateStageCommand,
  DeleteDocumentationVersionCommand,
  GetDocumentationVersionCommand,
  GetDocumentationVersionsCommand,
  GetStageCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  UpdateDocumentationPartCommand,
  UpdateDocumentationVersionCommand,
  UpdateStageCommand,
  type PatchOperation,
} from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiScope } from '../../../src/domain/kinds.js';
import type { DocumentationVersion } from '../../../src/domain/documentation-version.js';
import { ACCOUNT, sdkError, startTollgate, type TestServer } from '../../helpers/tollgate.js';

let t: TestServer;
before(async () => {
  t = await startTollgate();
});
after(async () => {
  await t.close();
});

const newApi = async (): Promise<string> => (await t.client.send(new CreateRestApiCommand({ name: 'docs' }))).id!;
/** An API with GET / on MOCK, one deployment and stage `s1`. */
async function apiWithStage(): Promise<{ id: string; deploymentId: string }> {
  const api = await t.client.send(new CreateRestApiCommand({ name: 'v' }));
  const m = { restApiId: api.id!, resourceId: api.rootResourceId!, httpMethod: 'GET' };
  await t.client.send(new PutMethodCommand({ ...m, authorizationType: 'NONE' }));
  await t.client.send(new PutIntegrationCommand({ ...m, type: 'MOCK' }));
  const d = await t.client.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: 's1' }));
  return { id: api.id!, deploymentId: d.id! };
}
const create = (restApiId: string, documentationVersion: string, extra: { description?: string; stageName?: string } = {}) =>
  t.client.send(new CreateDocumentationVersionCommand({ restApiId, documentationVersion, ...extra }));
const get = (restApiId: string, documentationVersion: string) => t.client.send(new GetDocumentationVersionCommand({ restApiId, documentationVersion }));
const update = (restApiId: string, documentationVersion: string, patchOperations: PatchOperation[]) =>
  t.client.send(new UpdateDocumentationVersionCommand({ restApiId, documentationVersion, patchOperations }));
const strip = <T extends { $metadata?: unknown; createdDate?: unknown }>(r: T) => {
  const { $metadata: _m, createdDate: _c, ...rest } = r;
  return rest;
};
const stored = (apiId: string, version: string) => t.app.store.get<DocumentationVersion>('documentationversion', apiScope('us-east-1', apiId), version);

const bad = (message: string) => ({ name: 'BadRequestException', message, status: 400 });
const apiNotFound = (id: string) => ({
  name: 'NotFoundException',
  message: `Invalid API identifier specified ${ACCOUNT}:${id}`,
  status: 404,
});
const VERSION_NOT_FOUND = { name: 'NotFoundException', message: 'Invalid Documentation version specified', status: 404 };

describe('CreateDocumentationVersion', () => {
  it('answers 201 {createdDate, version} and keeps a snapshot of the parts it does not return (LS-snap create-version-response)', async () => {
    const api = await newApi();
    const part = await t.client.send(new CreateDocumentationPartCommand({ restApiId: api, location: { type: 'API' }, properties: '{"foo":"bar"}' }));
    const res = await create(api, 'v123');
    assert.equal(res.$metadata.httpStatusCode, 201);
    assert.ok(res.createdDate instanceof Date);
    assert.deepEqual(strip(res), { version: 'v123' });
    // The snapshot is the parts at that moment: a later change to a part does not reach it.
    await t.client.send(
      new UpdateDocumentationPartCommand({
        restApiId: api,
        documentationPartId: part.id,
        patchOperations: [{ op: 'replace', path: '/properties', value: '{"foo":"baz"}' }],
      }),
    );
    assert.deepEqual((await stored(api, 'v123'))?.parts, [{ id: part.id, location: { type: 'API' }, properties: '{"foo":"bar"}' }]);
    assert.deepEqual((await stored(api, 'v124'))?.parts, undefined);
    const withDescription = await create(api, 'v124', { description: 'second' });
    assert.deepEqual(strip(withDescription), { version: 'v124', description: 'second' });
    assert.deepEqual((await stored(api, 'v124'))?.parts, [{ id: part.id, location: { type: 'API' }, properties: '{"foo":"baz"}' }]);
  });

  it('points the stage named by stageName at the new version', async () => {
    const api = await apiWithStage();
    await create(api.id, 'v1', { stageName: 's1' });
    assert.equal((await t.client.send(new GetStageCommand({ restApiId: api.id, stageName: 's1' }))).documentationVersion, 'v1');
    assert.deepEqual(await sdkError(create(api.id, 'v2', { stageName: 'nostage' })), {
      name: 'NotFoundException',
      message: 'Invalid stage identifier specified',
      status: 404,
    });
    assert.deepEqual(await sdkError(get(api.id, 'v2')), VERSION_NOT_FOUND);
  });

  it('refuses a taken version and an unknown API', async () => {
    const api = await newApi();
    await create(api, 'v1');
    assert.deepEqual(await sdkError(create(api, 'v1')), {
      name: 'ConflictException',
      message: 'Documentation version already exists',
      status: 409,
    });
    assert.deepEqual(await sdkError(create('nosuchapi1', 'v1')), apiNotFound('nosuchapi1'));
    assert.deepEqual(await sdkError(t.client.send(new CreateDocumentationVersionCommand({ restApiId: api, documentationVersion: undefined }))), {
      name: 'ValidationException',
      status: 400,
      message:
        "1 validation error detected: Value null at 'createDocumentationVersionInput.documentationVersion' failed to satisfy constraint: Member must not be null",
    });
  });
});

describe('GetDocumentationVersion', () => {
  it('answers the version, and 404 "Invalid Documentation version specified" for an unknown version or API', async () => {
    const api = await newApi();
    await create(api, 'v1', { description: 'd' });
    const res = await get(api, 'v1');
    assert.equal(res.$metadata.httpStatusCode, 200);
    assert.deepEqual(strip(res), { version: 'v1', description: 'd' });
    assert.ok(res.createdDate instanceof Date);
    assert.deepEqual(await sdkError(get(api, 'v9')), VERSION_NOT_FOUND);
    assert.deepEqual(await sdkError(get('nosuchapi1', 'v1')), VERSION_NOT_FOUND);
  });
});

describe('GetDocumentationVersions', () => {
  it('lists the versions in creation order, in pages, without the snapshots', async () => {
    const api = await newApi();
    assert.deepEqual((await t.client.send(new GetDocumentationVersionsCommand({ restApiId: api }))).items, []);
    await t.client.send(new CreateDocumentationPartCommand({ restApiId: api, location: { type: 'API' }, properties: '{}' }));
    for (const v of ['a', 'b', 'c']) await create(api, v);
    const first = await t.client.send(new GetDocumentationVersionsCommand({ restApiId: api, limit: 2 }));
    assert.deepEqual(first.items!.map(strip), [{ version: 'a' }, { version: 'b' }]);
    assert.ok(first.position);
    const second = await t.client.send(new GetDocumentationVersionsCommand({ restApiId: api, limit: 2, position: first.position }));
    assert.deepEqual(second.items!.map(strip), [{ version: 'c' }]);
    assert.equal(second.position, undefined);
    assert.deepEqual(await sdkError(t.client.send(new GetDocumentationVersionsCommand({ restApiId: 'nosuchapi1' }))), apiNotFound('nosuchapi1'));
  });
});

describe('UpdateDocumentationVersion', () => {
  it('replaces /description (LS-snap update-version-response, get-version-response)', async () => {
    const api = await newApi();
    const created = await create(api, 'v123');
    const res = await update(api, 'v123', [{ op: 'replace', path: '/description', value: 'doc version new' }]);
    assert.deepEqual(strip(res), { version: 'v123', description: 'doc version new' });
    assert.deepEqual(res.createdDate, created.createdDate);
    assert.deepEqual(strip(await get(api, 'v123')), { version: 'v123', description: 'doc version new' });
    assert.deepEqual(strip(await update(api, 'v123', [{ op: 'replace', path: '/description', value: '' }])), { version: 'v123' });
  });

  it('refuses other paths and ops, an unknown version and an unknown API', async () => {
    const api = await newApi();
    await create(api, 'v1');
    assert.deepEqual(
      await sdkError(update(api, 'v1', [{ op: 'replace', path: '/version', value: 'v2' }])),
      bad("Invalid patch path  '/version' specified for op 'replace'. Must be one of: [/description]"),
    );
    assert.deepEqual(
      await sdkError(update(api, 'v1', [{ op: 'add', path: '/description', value: 'x' }])),
      bad("Invalid patch path  '/description' specified for op 'add'. Please choose supported operations"),
    );
    assert.deepEqual(await sdkError(update(api, 'v9', [{ op: 'replace', path: '/description', value: 'x' }])), VERSION_NOT_FOUND);
    assert.deepEqual(await sdkError(update('nosuchapi1', 'v1', [{ op: 'replace', path: '/description', value: 'x' }])), VERSION_NOT_FOUND);
  });
});

describe('DeleteDocumentationVersion', () => {
  it('answers 202, then 404; an unknown API gets the API 404', async () => {
    const api = await newApi();
    await create(api, 'v1');
    assert.deepEqual(
      await sdkError(t.client.send(new DeleteDocumentationVersionCommand({ restApiId: 'nosuchapi1', documentationVersion: 'v1' }))),
      apiNotFound('nosuchapi1'),
    );
    const res = await t.client.send(new DeleteDocumentationVersionCommand({ restApiId: api, documentationVersion: 'v1' }));
    assert.equal(res.$metadata.httpStatusCode, 202);
    assert.deepEqual(await sdkError(t.client.send(new DeleteDocumentationVersionCommand({ restApiId: api, documentationVersion: 'v1' }))), VERSION_NOT_FOUND);
    assert.equal(await stored(api, 'v1'), undefined);
    // The version string is free again.
    assert.equal((await create(api, 'v1')).version, 'v1');
  });
});

describe('Stages and documentation versions', () => {
  it('CreateStage and UpdateStage only take a version of the API (not recorded: 400 with the version text)', async () => {
    const api = await apiWithStage();
    const refused = bad('Invalid Documentation version specified');
    assert.deepEqual(
      await sdkError(t.client.send(new CreateStageCommand({ restApiId: api.id, stageName: 's2', deploymentId: api.deploymentId, documentationVersion: 'v1' }))),
      refused,
    );
    assert.deepEqual(
      await sdkError(
        t.client.send(
          new UpdateStageCommand({
            restApiId: api.id,
            stageName: 's1',
            patchOperations: [{ op: 'replace', path: '/documentationVersion', value: 'v1' }],
          }),
        ),
      ),
      refused,
    );
    await create(api.id, 'v1');
    const other = await newApi();
    await create(other, 'v2');
    const s2 = await t.client.send(new CreateStageCommand({ restApiId: api.id, stageName: 's2', deploymentId: api.deploymentId, documentationVersion: 'v1' }));
    assert.equal(s2.documentationVersion, 'v1');
    const s1 = await t.client.send(
      new UpdateStageCommand({
        restApiId: api.id,
        stageName: 's1',
        patchOperations: [{ op: 'replace', path: '/documentationVersion', value: 'v1' }],
      }),
    );
    assert.equal(s1.documentationVersion, 'v1');
    // Another API's version is not this API's.
    assert.deepEqual(
      await sdkError(
        t.client.send(
          new UpdateStageCommand({
            restApiId: api.id,
            stageName: 's1',
            patchOperations: [{ op: 'replace', path: '/documentationVersion', value: 'v2' }],
          }),
        ),
      ),
      refused,
    );
    const cleared = await t.client.send(
      new UpdateStageCommand({
        restApiId: api.id,
        stageName: 's1',
        patchOperations: [{ op: 'replace', path: '/documentationVersion', value: '' }],
      }),
    );
    assert.equal('documentationVersion' in cleared, false);
  });
});
