/**
 * Shared by the import-*.test.ts replays of test_apigateway_import.py (and export.test.ts): the OpenAPI
 * inputs the recordings were made with, the walk over an imported API's methods that the recorded test
 * performs, and matchers for what the recordings normalised.
 *
 * The recorded test walks the resources sorted by path and, for every method, records GetMethod,
 * GetMethodResponse('200'), GetIntegration and GetIntegrationResponse('200') as
 * `<prefix>method-<key>`, `…method-response-<key>`, `…integration-<key>`, `…integration-response-<key>`
 * (key: the path without its leading slash, or `root`, then `-<method>`). In every recording the last
 * three are what GetMethod already shows (its `methodResponses['200']`, `methodIntegration`, and that
 * integration's `integrationResponses['200']`), or NotFoundException 404 `Invalid Response status code
 * specified` when there is no such response; `replayMethods` checks all four from the GetMethod value.
 */
import { GetIntegrationCommand, GetIntegrationResponseCommand, GetMethodCommand, GetMethodResponseCommand, GetResourcesCommand, ImportRestApiCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir } from '../services/apigateway/openapi/helpers.js';
import { assertLike, body, Matcher, recordedError } from '../helpers/recorded.js';
/** A LocalStack test input (test/fixtures/openapi/localstack/, see NOTICE.md there). */
export const input = (name) => readFileSync(join(fixturesDir(), 'localstack', name), 'utf8');
/**
 * The Lambda invocation URI standing in for the recorded test's real function: AWS checks an authorizer's
 * URI, so the recordings were made with a real function's ARN (hidden by the transformers).
 */
export const LAMBDA_INVOCATION_ARN = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:test-authorizer-import/invocations';
/** The role standing in for the recorded test's `lambda_su_role`. */
export const ROLE_ARN = 'arn:aws:iam::000000000000:role/lambda-su-role';
/** What LocalStack's transformer wrote `<model-base-url>` for on AWS: a model `$ref`'s base. */
export const MODEL_BASE_URL = 'https://apigateway.amazonaws.com';
/**
 * Binds each recorded placeholder (`<resource-id:1>`, `<authorizer-id:2>` …) to the first value
 * Tollgate answered for it, and checks that every later occurrence answers the same value, and that
 * two placeholders do not share one value.
 */
export class Ids {
    bound = new Map();
    /** The value bound to a placeholder (after it has been matched once). */
    get(name) {
        const v = this.bound.get(name);
        assert.ok(v !== undefined, `placeholder <${name}> not bound yet`);
        return v;
    }
    /** A matcher for the placeholder `<name>`: any string the first time, then that string. */
    m(name) {
        return new Matcher(`<${name}>`, (v) => {
            if (typeof v !== 'string' || v.length === 0)
                return false;
            const seen = this.bound.get(name);
            if (seen !== undefined)
                return seen === v;
            if ([...this.bound.values()].includes(v))
                return false;
            this.bound.set(name, v);
            return true;
        });
    }
    /** A matcher for a string holding placeholders, `'<model-base-url>/restapis/<rest-id:1>/models/Pet'` (bound ones only). */
    t(template) {
        return new Matcher(`template ${template}`, (v) => {
            const expected = template.replace(/<([a-z-]+:\d+)>/g, (_, name) => this.get(name));
            return v === expected;
        });
    }
}
/**
 * A JSON document held in a string (request templates, model schemas …): the recordings show such
 * strings decoded (LocalStack's snapshot parses string values that are JSON), so the text's formatting
 * is not recorded; its content is.
 */
export const json = (expected) => new Matcher(`JSON ${JSON.stringify(expected)}`, (v) => {
    if (typeof v !== 'string')
        return false;
    try {
        assertLike(JSON.parse(v), expected);
        return true;
    }
    catch {
        return false;
    }
});
/** A `required` list, which the recorded test sorted before comparing (SortingTransformer("required")). */
export const sortedList = (expected) => new Matcher(`sorted ${JSON.stringify(expected)}`, (v) => Array.isArray(v) && JSON.stringify([...v].sort()) === JSON.stringify([...expected].sort()));
export const importDoc = (t, doc, extra = {}) => t.client.send(new ImportRestApiCommand({ body: Buffer.from(doc), ...extra }));
/** GetResources, sorted by path as the recorded test sorts them. */
export async function sortedResources(t, restApiId) {
    const out = body(await t.client.send(new GetResourcesCommand({ restApiId })));
    return { ...out, items: [...(out.items ?? [])].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
}
/** The recorded NotFoundException of GetMethodResponse / GetIntegrationResponse for a status without a response. */
const NO_RESPONSE = { Code: 'NotFoundException', Message: 'Invalid Response status code specified', HTTPStatusCode: 404 };
/**
 * The recorded walk: for every method of `resources` (sorted by path), GetMethod must match
 * `expected['<key>']` and the three other calls what it shows (see the file comment). The keys of
 * `expected` must be exactly the walked methods.
 */
export async function replayMethods(t, restApiId, resources, expected) {
    const walked = [];
    for (const r of resources) {
        for (const httpMethod of Object.keys(r.resourceMethods ?? {})) {
            const key = `${r.path === '/' ? 'root' : r.path.slice(1)}-${httpMethod.toLowerCase()}`;
            walked.push(key);
            const want = expected[key];
            assert.ok(want, `no recorded method ${key}`);
            const a = { restApiId, resourceId: r.id, httpMethod };
            assertLike(body(await t.client.send(new GetMethodCommand(a))), want, `$[${key}].method`);
            const methodResponse = want.methodResponses?.['200'];
            const mr = t.client.send(new GetMethodResponseCommand({ ...a, statusCode: '200' }));
            if (methodResponse)
                assertLike(body(await mr), methodResponse, `$[${key}].method-response`);
            else
                assert.deepEqual(await recordedError(mr), NO_RESPONSE, `${key}: method-response`);
            const integration = want.methodIntegration;
            assertLike(body(await t.client.send(new GetIntegrationCommand(a))), integration, `$[${key}].integration`);
            const integrationResponse = integration.integrationResponses?.['200'];
            const ir = t.client.send(new GetIntegrationResponseCommand({ ...a, statusCode: '200' }));
            if (integrationResponse)
                assertLike(body(await ir), integrationResponse, `$[${key}].integration-response`);
            else
                assert.deepEqual(await recordedError(ir), NO_RESPONSE, `${key}: integration-response`);
        }
    }
    assert.deepEqual(walked.sort(), Object.keys(expected).sort(), 'the methods walked');
}
//# sourceMappingURL=import-replay.js.map