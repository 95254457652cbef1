/**
 * Replays test_apigateway_common.py::TestDocumentations: a documentation part and a documentation
 * version created, listed, patched and read back.
 */
import { CreateDocumentationPartCommand, CreateDocumentationVersionCommand, GetDocumentationPartsCommand, GetDocumentationVersionCommand, UpdateDocumentationVersionCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { newApi } from '../helpers/apis.js';
import { A, assertLike, body, rec } from '../helpers/recorded.js';
import { startTollgate } from '../helpers/tollgate.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
describe('TestDocumentations', () => {
    it(rec('test_apigateway_common.py::TestDocumentations::test_documentation_parts_and_versions', 'create-part-response', 'get-parts-response', 'create-version-response', 'update-version-response', 'get-version-response'), async () => {
        const api = await newApi(t.client);
        const part = await t.client.send(new CreateDocumentationPartCommand({ restApiId: api.id, location: { type: 'API' }, properties: JSON.stringify({ foo: 'bar' }) }));
        assert.equal(part.$metadata.httpStatusCode, 201);
        // The SDK hands `properties` back as the JSON text AWS sends; the recording shows it parsed.
        const parsed = (p) => ({ ...p, properties: JSON.parse(p.properties) });
        assertLike(parsed(body(part)), { id: A.shortId, location: { type: 'API' }, properties: { foo: 'bar' } });
        const parts = await t.client.send(new GetDocumentationPartsCommand({ restApiId: api.id }));
        assert.equal(parts.items?.length, 1);
        assertLike(parsed(parts.items[0]), { id: part.id, location: { type: 'API' }, properties: { foo: 'bar' } });
        assertLike(Object.keys(body(parts)), ['items']);
        const version = await t.client.send(new CreateDocumentationVersionCommand({ restApiId: api.id, documentationVersion: 'v123' }));
        assert.equal(version.$metadata.httpStatusCode, 201);
        assertLike(body(version), { createdDate: A.date, version: 'v123' });
        const updated = await t.client.send(new UpdateDocumentationVersionCommand({
            restApiId: api.id,
            documentationVersion: 'v123',
            patchOperations: [{ op: 'replace', path: '/description', value: 'doc version new' }],
        }));
        assert.equal(updated.$metadata.httpStatusCode, 200);
        assertLike(body(updated), { createdDate: A.date, description: 'doc version new', version: 'v123' });
        assertLike(body(await t.client.send(new GetDocumentationVersionCommand({ restApiId: api.id, documentationVersion: 'v123' }))), {
            createdDate: A.date,
            description: 'doc version new',
            version: 'v123',
        });
    });
});
//# sourceMappingURL=common-documentation.test.js.map