/**
 * Resources through the AWS SDK; expected texts are AWS's recordings (peer-localstack F54–F57).
 */
import { CreateResourceCommand, CreateRestApiCommand, DeleteResourceCommand, GetResourceCommand, GetResourcesCommand, PutMethodCommand, UpdateResourceCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sdkError, startTollgate } from '../../helpers/tollgate.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
async function newApi() {
    const api = await t.client.send(new CreateRestApiCommand({ name: 'res' }));
    return { id: api.id, root: api.rootResourceId };
}
const createResource = (restApiId, parentId, pathPart) => t.client.send(new CreateResourceCommand({ restApiId, parentId, pathPart }));
describe('CreateResource', () => {
    it('creates a child with its path (F55)', async () => {
        const api = await newApi();
        const pets = await createResource(api.id, api.root, 'pets');
        assert.equal(pets.$metadata.httpStatusCode, 201);
        assert.match(pets.id, /^[a-z0-9]{6}$/);
        assert.deepEqual({ parentId: pets.parentId, path: pets.path, pathPart: pets.pathPart }, { parentId: api.root, path: '/pets', pathPart: 'pets' });
        const pet = await createResource(api.id, pets.id, '{petId}');
        assert.equal(pet.path, '/pets/{petId}');
    });
    it("refuses a path part outside AWS's charset, and takes moto's valid names (test_create_resource__validate_name)", async () => {
        const api = await newApi();
        const text = "Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning and the end and an optional plus sign before the closing brace.";
        for (const part of ['/users', 'users/', 'users/{user_id}', 'us{er', 'us+er']) {
            assert.deepEqual(await sdkError(createResource(api.id, api.root, part)), { name: 'BadRequestException', message: text, status: 400 }, part);
        }
        // Each variable under a parent of its own: siblings may hold one variable path part only.
        for (const [i, part] of ['users', '{user_id}', '{proxy+}', '{pro:xy+}', 'us:er_0-9'].entries()) {
            const parent = await createResource(api.id, api.root, `p${i}`);
            const r = await createResource(api.id, parent.id, part);
            assert.equal(r.path, `/p${i}/${part}`);
        }
    });
    it('enforces the variable and greedy rules (F57)', async () => {
        const api = await newApi();
        const proxy = await createResource(api.id, api.root, '{proxy+}');
        assert.deepEqual(await sdkError(createResource(api.id, api.root, '{dynamic}')), {
            name: 'BadRequestException',
            message: 'A sibling ({proxy+}) of this resource already has a variable path part -- only one is allowed',
            status: 400,
        });
        for (const part of ['child', '{child}']) {
            assert.deepEqual(await sdkError(createResource(api.id, proxy.id, part)), {
                name: 'BadRequestException',
                message: 'Cannot create a child of a resource with a greedy path variable: {proxy+}',
                status: 400,
            });
        }
        const parent = await createResource(api.id, api.root, 'parent');
        assert.equal((await createResource(api.id, parent.id, '{child+}')).path, '/parent/{child+}');
    });
    it('refuses a duplicate name and bad characters, and unknown parents or APIs', async () => {
        const api = await newApi();
        await createResource(api.id, api.root, 'pets');
        assert.deepEqual(await sdkError(createResource(api.id, api.root, 'pets')), {
            name: 'ConflictException',
            message: 'Another resource with the same parent already has this name: pets',
            status: 409,
        });
        assert.equal((await sdkError(createResource(api.id, api.root, 'a b'))).name, 'BadRequestException');
        assert.equal((await sdkError(createResource(api.id, api.root, '{x'))).name, 'BadRequestException');
        assert.deepEqual(await sdkError(createResource(api.id, 'nope12', 'x')), {
            name: 'NotFoundException',
            message: 'Invalid Resource identifier specified',
            status: 404,
        });
        assert.equal((await sdkError(createResource('nosuchapi1', api.root, 'x'))).status, 404);
    });
});
describe('GetResource and GetResources', () => {
    it('lists the tree; methods as empty objects unless embedded (F49, F54)', async () => {
        const api = await newApi();
        const pets = await createResource(api.id, api.root, 'pets');
        await t.client.send(new PutMethodCommand({ restApiId: api.id, resourceId: pets.id, httpMethod: 'GET', authorizationType: 'NONE' }));
        const plain = await t.client.send(new GetResourcesCommand({ restApiId: api.id }));
        assert.deepEqual(plain.items.map((r) => r.path), ['/', '/pets']);
        assert.deepEqual(plain.items[0], { id: api.root, path: '/' });
        assert.deepEqual(plain.items[1].resourceMethods, { GET: {} });
        const embedded = await t.client.send(new GetResourcesCommand({ restApiId: api.id, embed: ['methods'] }));
        assert.deepEqual(embedded.items[1].resourceMethods, { GET: { httpMethod: 'GET', authorizationType: 'NONE', apiKeyRequired: false } });
        const one = await t.client.send(new GetResourceCommand({ restApiId: api.id, resourceId: pets.id, embed: ['methods'] }));
        assert.equal(one.resourceMethods.GET.authorizationType, 'NONE');
        assert.equal((await sdkError(t.client.send(new GetResourceCommand({ restApiId: api.id, resourceId: 'nope12' })))).status, 404);
    });
    it('pages with limit and position', async () => {
        const api = await newApi();
        for (let i = 0; i < 5; i++)
            await createResource(api.id, api.root, `r${i}`);
        const first = await t.client.send(new GetResourcesCommand({ restApiId: api.id, limit: 4 }));
        assert.equal(first.items.length, 4);
        assert.ok(first.position);
        const second = await t.client.send(new GetResourcesCommand({ restApiId: api.id, limit: 4, position: first.position }));
        assert.deepEqual(second.items.map((r) => r.path), ['/r3', '/r4']);
        assert.equal(second.position, undefined);
    });
});
describe('UpdateResource', () => {
    it('renames and moves a subtree, recomputing paths', async () => {
        const api = await newApi();
        const a = await createResource(api.id, api.root, 'a');
        const b = await createResource(api.id, api.root, 'b');
        const c = await createResource(api.id, a.id, 'c');
        const moved = await t.client.send(new UpdateResourceCommand({
            restApiId: api.id,
            resourceId: a.id,
            patchOperations: [
                { op: 'replace', path: '/parentId', value: b.id },
                { op: 'replace', path: '/pathPart', value: 'aa' },
            ],
        }));
        assert.equal(moved.path, '/b/aa');
        assert.equal((await t.client.send(new GetResourceCommand({ restApiId: api.id, resourceId: c.id }))).path, '/b/aa/c');
    });
    it('answers AWS texts for bad paths, ops, clashes, cycles and the root (F56)', async () => {
        const api = await newApi();
        const pets = await createResource(api.id, api.root, 'pets');
        const other = await createResource(api.id, api.root, 'other');
        const child = await createResource(api.id, pets.id, 'child');
        const upd = (resourceId, op, path, value) => t.client.send(new UpdateResourceCommand({ restApiId: api.id, resourceId, patchOperations: [{ op, path, value }] }));
        assert.deepEqual(await sdkError(upd(pets.id, 'replace', '/invalid', 'x')), {
            name: 'BadRequestException',
            message: "Invalid patch path  '/invalid' specified for op 'replace'. Must be one of: [/parentId, /pathPart]",
            status: 400,
        });
        for (const op of ['add', 'remove']) {
            assert.deepEqual(await sdkError(upd(pets.id, op, '/pathPart', 'x')), {
                name: 'BadRequestException',
                message: `Invalid patch path  '/pathPart' specified for op '${op}'. Please choose supported operations`,
                status: 400,
            });
        }
        assert.deepEqual(await sdkError(upd(other.id, 'replace', '/pathPart', 'pets')), {
            name: 'ConflictException',
            message: 'Another resource with the same parent already has this name: pets',
            status: 409,
        });
        assert.deepEqual(await sdkError(upd(pets.id, 'replace', '/parentId', child.id)), {
            name: 'BadRequestException',
            message: 'Resources cannot be cyclical.',
            status: 400,
        });
        assert.deepEqual(await sdkError(upd(api.root, 'replace', '/pathPart', 'x')), {
            name: 'BadRequestException',
            message: 'Root resource cannot update its pathPart.',
            status: 400,
        });
        assert.deepEqual(await sdkError(upd(api.root, 'replace', '/parentId', pets.id)), {
            name: 'BadRequestException',
            message: 'Root resource cannot update its parentId.',
            status: 400,
        });
    });
});
describe('DeleteResource', () => {
    it('cascades to children (F55) and keeps the root', async () => {
        const api = await newApi();
        const parent = await createResource(api.id, api.root, 'parent');
        const child = await createResource(api.id, parent.id, 'child');
        const res = await t.client.send(new DeleteResourceCommand({ restApiId: api.id, resourceId: parent.id }));
        assert.equal(res.$metadata.httpStatusCode, 202);
        assert.deepEqual(await sdkError(t.client.send(new DeleteResourceCommand({ restApiId: api.id, resourceId: child.id }))), {
            name: 'NotFoundException',
            message: 'Invalid Resource identifier specified',
            status: 404,
        });
        assert.equal((await sdkError(t.client.send(new DeleteResourceCommand({ restApiId: api.id, resourceId: api.root })))).name, 'BadRequestException');
        const left = await t.client.send(new GetResourcesCommand({ restApiId: api.id }));
        assert.deepEqual(left.items.map((r) => r.path), ['/']);
    });
});
//# sourceMappingURL=resources.test.js.map