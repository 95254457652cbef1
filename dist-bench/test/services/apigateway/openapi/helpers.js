/** Shared helpers of the OpenAPI import tests: fixtures, SDK calls, resource listings. */
import { GetResourcesCommand, GetRestApisCommand, ImportRestApiCommand, PutRestApiCommand, } from '@aws-sdk/client-api-gateway';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
/** test/fixtures/openapi, found from the compiled file (dist/test/…) or the working directory. */
export function fixturesDir() {
    for (const start of [dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
        let dir = start;
        for (let i = 0; i < 8; i++) {
            const candidate = join(dir, 'test', 'fixtures', 'openapi');
            if (existsSync(join(candidate, 'NOTICE.md')))
                return candidate;
            dir = dirname(dir);
        }
    }
    throw new Error('test/fixtures/openapi not found');
}
export const fixture = (name) => readFileSync(join(fixturesDir(), name), 'utf8');
export const fixtureJson = (name) => JSON.parse(fixture(name));
const bytes = (doc) => Buffer.from(typeof doc === 'string' ? doc : JSON.stringify(doc));
export function importApi(t, doc, extra = {}) {
    return t.client.send(new ImportRestApiCommand({ body: bytes(doc), ...extra }));
}
export function putApi(t, restApiId, doc, extra = {}) {
    return t.client.send(new PutRestApiCommand({ restApiId, body: bytes(doc), ...extra }));
}
export async function resources(t, restApiId, embed = false) {
    const out = [];
    let position;
    do {
        const page = await t.client.send(new GetResourcesCommand({ restApiId, limit: 500, position, embed: embed ? ['methods'] : undefined }));
        out.push(...(page.items ?? []));
        position = page.position;
    } while (position);
    return out;
}
export async function paths(t, restApiId) {
    return (await resources(t, restApiId)).map((r) => r.path).sort();
}
/** `{path: [METHOD, …]}` of an API, methods sorted. */
export async function methodMap(t, restApiId) {
    const out = {};
    for (const r of await resources(t, restApiId))
        out[r.path] = Object.keys(r.resourceMethods ?? {}).sort();
    return out;
}
export async function apiCount(t) {
    return (await t.client.send(new GetRestApisCommand({ limit: 500 }))).items?.length ?? 0;
}
/** A minimal valid Swagger 2.0 document with the given paths. */
export const swagger = (paths, extra = {}) => ({
    swagger: '2.0',
    info: { title: 'swagger-doc', version: '1' },
    paths,
    ...extra,
});
/** A minimal valid OpenAPI 3.0 document with the given paths. */
export const oas3 = (paths, extra = {}) => ({
    openapi: '3.0.1',
    info: { title: 'oas3-doc', version: '1' },
    paths,
    ...extra,
});
export const MOCK = {
    type: 'mock',
    requestTemplates: { 'application/json': '{"statusCode": 200}' },
    responses: { default: { statusCode: '200', responseTemplates: { 'application/json': '{"ok": true}' } } },
};
/** An operation answered by a MOCK integration. */
export const mockOp = (extra = {}) => ({
    responses: { 200: { description: 'ok' } },
    'x-amazon-apigateway-integration': MOCK,
    ...extra,
});
//# sourceMappingURL=helpers.js.map