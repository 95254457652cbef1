/**
 * The round trip: export → ImportRestApi → deploy → export gives the same document: paths,
 * methods, integrations and their templates, method and integration responses, models, validators,
 * authorizers, gateway responses and binary media types. Only what names the API itself differs
 * (the host / server URL carries the new API's id).
 */
import { CreateDeploymentCommand, GetExportCommand, ImportRestApiCommand } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTollgate } from '../../../helpers/tollgate.js';
import { bodyJson, buildPetApi } from './fixture.js';
let t;
let f;
before(async () => {
    t = await startTollgate();
    f = await buildPetApi(t.client, { version: '3.1' });
});
after(async () => {
    await t.close();
});
async function exported(restApiId, exportType, accepts = 'application/json') {
    const res = await t.client.send(new GetExportCommand({ restApiId, stageName: 'dev', exportType, accepts, parameters: { extensions: 'apigateway' } }));
    return Buffer.from(res.body);
}
/** The document without what names the API (its id is in host / servers[].url). */
function comparable(doc) {
    const copy = structuredClone(doc);
    delete copy.host;
    for (const s of copy.servers ?? [])
        delete s.url;
    return copy;
}
for (const [exportType, accepts] of [
    ['swagger', 'application/json'],
    ['oas30', 'application/json'],
    ['oas30', 'application/yaml'],
]) {
    describe(`round trip ${exportType} (${accepts})`, () => {
        it('export → import → deploy → export gives the same document', async () => {
            const first = await exported(f.id, exportType, accepts);
            const imported = await t.client.send(new ImportRestApiCommand({ body: first, failOnWarnings: true }));
            assert.notEqual(imported.id, f.id);
            assert.equal(imported.name, 'PetStore');
            assert.equal(imported.version, '3.1');
            await t.client.send(new CreateDeploymentCommand({ restApiId: imported.id, stageName: 'dev' }));
            const again = bodyJson(await exported(imported.id, exportType));
            const original = bodyJson(await exported(f.id, exportType));
            assert.deepEqual(comparable(again), comparable(original));
            // The parts the issue names are all there (and so compared above).
            const paths = original.paths;
            assert.ok(paths['/pets'].get['x-amazon-apigateway-integration'].responses['4\\d{2}']);
            assert.ok(original['x-amazon-apigateway-request-validators'].all);
            assert.ok(original['x-amazon-apigateway-gateway-responses'].DEFAULT_4XX);
            assert.deepEqual(original['x-amazon-apigateway-binary-media-types'], ['image/png']);
            const schemes = exportType === 'swagger' ? original.securityDefinitions : original.components.securitySchemes;
            assert.deepEqual(Object.keys(schemes).sort(), ['api_key', 'requestAuth', 'sigv4', 'tokenAuth']);
        });
    });
}
//# sourceMappingURL=round-trip.test.js.map