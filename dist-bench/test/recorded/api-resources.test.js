/**
 * Replays AWS's recorded answers for Resource operations
 * (test_apigateway_api.py::TestApiGatewayApiResource): every expected value below is what AWS answered
 * to the same request; ids were normalised by the recording, so they are matched by identity here.
 */
import { CreateResourceCommand, CreateRestApiCommand, DeleteResourceCommand, GetResourceCommand, GetResourcesCommand, UpdateResourceCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertLike, body, rec, recordedError } from '../helpers/recorded.js';
import { startTollgate } from '../helpers/tollgate.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
async function newApi(description) {
    const api = await t.client.send(new CreateRestApiCommand({ name: 'resources', description }));
    return { apiId: api.id, rootId: api.rootResourceId };
}
const createResource = (restApiId, parentId, pathPart) => t.client.send(new CreateResourceCommand({ restApiId, parentId, pathPart }));
const updateResource = (restApiId, resourceId, patchOperations) => t.client.send(new UpdateResourceCommand({ restApiId, resourceId, patchOperations }));
const deleteResource = (restApiId, resourceId) => t.client.send(new DeleteResourceCommand({ restApiId, resourceId }));
/** GetResources sorted by path, as the recorded tests sort it before comparing. */
async function resourcesByPath(restApiId) {
    const res = await t.client.send(new GetResourcesCommand({ restApiId }));
    assert.equal(res.$metadata.httpStatusCode, 200);
    return { items: [...(res.items ?? [])].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
}
const root = (id) => ({ id, path: '/' });
const child = (id, parentId, path, pathPart) => ({ id, parentId, path, pathPart });
const notFoundResource = { Code: 'NotFoundException', Message: 'Invalid Resource identifier specified', HTTPStatusCode: 404 };
const badRequest = (Message) => ({ Code: 'BadRequestException', Message, HTTPStatusCode: 400 });
const conflict = (Message) => ({ Code: 'ConflictException', Message, HTTPStatusCode: 409 });
describe('Resource (recorded)', () => {
    it(rec('test_apigateway_api.py::TestApiGatewayApiResource::test_resource_lifecycle', 'rest-api-root-resource', 'create-resource', 'rest-api-resources-after-create', 'create-subresource', 'rest-api-resources-after-create-sub', 'update-path-part', 'get-resp-after-update-path-part', 'del-resource', 'rest-api-resources-after-delete'), async () => {
        const { apiId, rootId } = await newApi('testing resource lifecycle');
        assertLike(await resourcesByPath(apiId), { items: [root(rootId)] });
        const pets = await createResource(apiId, rootId, 'pets');
        assert.equal(pets.$metadata.httpStatusCode, 201);
        assertLike(body(pets), child(pets.id, rootId, '/pets', 'pets'));
        assertLike(await resourcesByPath(apiId), { items: [root(rootId), child(pets.id, rootId, '/pets', 'pets')] });
        const sub = await createResource(apiId, pets.id, 'subpets');
        assert.equal(sub.$metadata.httpStatusCode, 201);
        assertLike(body(sub), child(sub.id, pets.id, '/pets/subpets', 'subpets'));
        assertLike(await resourcesByPath(apiId), {
            items: [root(rootId), child(pets.id, rootId, '/pets', 'pets'), child(sub.id, pets.id, '/pets/subpets', 'subpets')],
        });
        const dogs = child(pets.id, rootId, '/dogs', 'dogs');
        const updated = await updateResource(apiId, pets.id, [{ op: 'replace', path: '/pathPart', value: 'dogs' }]);
        assert.equal(updated.$metadata.httpStatusCode, 200);
        assertLike(body(updated), dogs);
        assertLike(body(await t.client.send(new GetResourceCommand({ restApiId: apiId, resourceId: pets.id }))), dogs);
        const deleted = await deleteResource(apiId, pets.id);
        assert.equal(deleted.$metadata.httpStatusCode, 202);
        assertLike(body(deleted), {});
        // Deleting a resource deletes its children.
        assertLike(await resourcesByPath(apiId), { items: [root(rootId)] });
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiResource::test_update_resource_behaviour', 'nonexistent-resource', 'invalid-path-part', 'invalid-parent-id', 'create-subresource', 'create-subresource-child', 'existing-future-sibling-path', 'update-parent-id-to-subresource-id', 'update-parent-id-to-root-id', 'update-path-already-exists', 'resources-after-deletion', 'remove-unsupported', 'add-unsupported'), async () => {
        const { apiId, rootId } = await newApi('testing resource behaviour');
        const pets = (await createResource(apiId, rootId, 'pets')).id;
        assert.deepEqual(await recordedError(updateResource(apiId, 'fake-resource', [{ op: 'replace', path: '/pathPart', value: 'dogs' }])), notFoundResource);
        assert.deepEqual(await recordedError(updateResource(apiId, pets, [{ op: 'replace', path: '/invalid', value: 'dogs' }])), badRequest("Invalid patch path  '/invalid' specified for op 'replace'. Must be one of: [/parentId, /pathPart]"));
        assert.deepEqual(await recordedError(updateResource(apiId, pets, [{ op: 'replace', path: '/parentId', value: 'fake-parent-id' }])), notFoundResource);
        const sub = await createResource(apiId, pets, 'subpets');
        assert.equal(sub.$metadata.httpStatusCode, 201);
        assertLike(body(sub), child(sub.id, pets, '/pets/subpets', 'subpets'));
        const subChild = await createResource(apiId, sub.id, 'pets');
        assertLike(body(subChild), child(subChild.id, sub.id, '/pets/subpets/pets', 'pets'));
        // Moving /pets/subpets/pets under the root would give a second /pets.
        assert.deepEqual(await recordedError(updateResource(apiId, subChild.id, [{ op: 'replace', path: '/parentId', value: rootId }])), conflict('Another resource with the same parent already has this name: pets'));
        await deleteResource(apiId, subChild.id);
        assert.deepEqual(await recordedError(updateResource(apiId, pets, [{ op: 'replace', path: '/parentId', value: sub.id }])), badRequest('Resources cannot be cyclical.'));
        const moved = await updateResource(apiId, sub.id, [{ op: 'replace', path: '/parentId', value: rootId }]);
        assert.equal(moved.$metadata.httpStatusCode, 200);
        assertLike(body(moved), child(sub.id, rootId, '/subpets', 'subpets'));
        assert.deepEqual(await recordedError(updateResource(apiId, sub.id, [{ op: 'replace', path: '/pathPart', value: 'pets' }])), conflict('Another resource with the same parent already has this name: pets'));
        // /subpets moved out from under /pets, so deleting /pets leaves it.
        await deleteResource(apiId, pets);
        assertLike(await resourcesByPath(apiId), { items: [root(rootId), child(sub.id, rootId, '/subpets', 'subpets')] });
        assert.deepEqual(await recordedError(updateResource(apiId, sub.id, [{ op: 'remove', path: '/pathPart' }])), badRequest("Invalid patch path  '/pathPart' specified for op 'remove'. Please choose supported operations"));
        assert.deepEqual(await recordedError(updateResource(apiId, sub.id, [{ op: 'add', path: '/pathPart', value: 'added-pets' }])), badRequest("Invalid patch path  '/pathPart' specified for op 'add'. Please choose supported operations"));
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiResource::test_update_resource_on_root', 'update-root-path-part', 'update-root-parent'), async () => {
        const { apiId, rootId } = await newApi('testing resource behaviour');
        assert.deepEqual(await recordedError(updateResource(apiId, rootId, [{ op: 'replace', path: '/pathPart', value: 'dogs' }])), badRequest('Root resource cannot update its pathPart.'));
        assert.deepEqual(await recordedError(updateResource(apiId, rootId, [{ op: 'replace', path: '/parentId', value: rootId }])), badRequest('Root resource cannot update its parentId.'));
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiResource::test_delete_resource', 'delete-resource', 'get-resources', 'delete-subresource'), async () => {
        const { apiId, rootId } = await newApi('testing resource behaviour');
        const pets = (await createResource(apiId, rootId, 'pets')).id;
        const sub = (await createResource(apiId, pets, 'subpets')).id;
        const deleted = await deleteResource(apiId, pets);
        assert.equal(deleted.$metadata.httpStatusCode, 202);
        assertLike(body(deleted), {});
        assertLike(await resourcesByPath(apiId), { items: [root(rootId)] });
        // The child went with its parent.
        assert.deepEqual(await recordedError(deleteResource(apiId, sub)), notFoundResource);
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiResource::test_create_resource_parent_invalid', 'wrong-resource-parent-id'), async () => {
        const { apiId } = await newApi('testing resource parent');
        assert.deepEqual(await recordedError(createResource(apiId, 'fake-resource-id', 'subpets')), notFoundResource);
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiResource::test_create_proxy_resource', 'create-base-proxy-resource', 'create-proxy-sibling-resource', 'create-proxy-sibling-proxy-child-resource', 'create-proxy-sibling-static-child-resource', 'create-static-child-proxy-resource', 'all-resources', 'create-proxy-sibling-dynamic-child-resource', 'create-dynamic-child-proxy-resource', 'all-resources-2'), async () => {
        const { apiId, rootId } = await newApi('testing resource proxy');
        const baseProxy = await createResource(apiId, rootId, '{proxy+}');
        assert.equal(baseProxy.$metadata.httpStatusCode, 201);
        assertLike(body(baseProxy), child(baseProxy.id, rootId, '/{proxy+}', '{proxy+}'));
        // A static sibling of a greedy resource is allowed (the recorded step is only its new id).
        const parent = await createResource(apiId, rootId, 'parent');
        assert.match(parent.id, /^[a-z0-9]{6,10}$/);
        const parentProxy = await createResource(apiId, parent.id, '{proxy+}');
        assertLike(body(parentProxy), child(parentProxy.id, parent.id, '/parent/{proxy+}', '{proxy+}'));
        const staticChild = await createResource(apiId, parent.id, 'child');
        assertLike(body(staticChild), child(staticChild.id, parent.id, '/parent/child', 'child'));
        const staticChildProxy = await createResource(apiId, staticChild.id, '{proxy+}');
        assertLike(body(staticChildProxy), child(staticChildProxy.id, staticChild.id, '/parent/child/{proxy+}', '{proxy+}'));
        const common = [
            root(rootId),
            child(parent.id, rootId, '/parent', 'parent'),
            child(staticChild.id, parent.id, '/parent/child', 'child'),
            child(staticChildProxy.id, staticChild.id, '/parent/child/{proxy+}', '{proxy+}'),
        ];
        assertLike(await resourcesByPath(apiId), {
            items: [...common, child(parentProxy.id, parent.id, '/parent/{proxy+}', '{proxy+}'), child(baseProxy.id, rootId, '/{proxy+}', '{proxy+}')],
        });
        // With /parent/{proxy+} gone, a (non-greedy) variable sibling may take its place.
        await deleteResource(apiId, parentProxy.id);
        const dynamicChild = await createResource(apiId, parent.id, '{child}');
        assert.equal(dynamicChild.$metadata.httpStatusCode, 201);
        assertLike(body(dynamicChild), child(dynamicChild.id, parent.id, '/parent/{child}', '{child}'));
        const dynamicChildProxy = await createResource(apiId, dynamicChild.id, '{proxy+}');
        assertLike(body(dynamicChildProxy), child(dynamicChildProxy.id, dynamicChild.id, '/parent/{child}/{proxy+}', '{proxy+}'));
        assertLike(await resourcesByPath(apiId), {
            items: [
                ...common,
                child(dynamicChild.id, parent.id, '/parent/{child}', '{child}'),
                child(dynamicChildProxy.id, dynamicChild.id, '/parent/{child}/{proxy+}', '{proxy+}'),
                child(baseProxy.id, rootId, '/{proxy+}', '{proxy+}'),
            ],
        });
    });
    it(rec('test_apigateway_api.py::TestApiGatewayApiResource::test_create_proxy_resource_validation', 'create-base-proxy-resource', 'create-proxy-dynamic-sibling-resource', 'create-proxy-static-child-resource', 'create-proxy-dynamic-child-resource', 'create-greedy-child-resource'), async () => {
        const { apiId, rootId } = await newApi('testing resource proxy');
        const baseProxy = await createResource(apiId, rootId, '{proxy+}');
        assertLike(body(baseProxy), child(baseProxy.id, rootId, '/{proxy+}', '{proxy+}'));
        assert.deepEqual(await recordedError(createResource(apiId, rootId, '{dynamic}')), badRequest('A sibling ({proxy+}) of this resource already has a variable path part -- only one is allowed'));
        const greedyParent = badRequest('Cannot create a child of a resource with a greedy path variable: {proxy+}');
        assert.deepEqual(await recordedError(createResource(apiId, baseProxy.id, 'child')), greedyParent);
        assert.deepEqual(await recordedError(createResource(apiId, baseProxy.id, '{child}')), greedyParent);
        const parent = (await createResource(apiId, rootId, 'parent')).id;
        const greedy = await createResource(apiId, parent, '{child+}');
        assert.equal(greedy.$metadata.httpStatusCode, 201);
        assertLike(body(greedy), child(greedy.id, parent, '/parent/{child+}', '{child+}'));
    });
});
//# sourceMappingURL=api-resources.test.js.map