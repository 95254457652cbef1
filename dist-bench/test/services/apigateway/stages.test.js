/**
 * Stages through the AWS SDK. Expected values are AWS's recorded answers (peer-localstack F71–F78;
 * LS-snap test_apigateway_common TestStages, test_apigateway_canary TestStageCrudCanary), every
 * UpdateStage path of aws-behavior.md's PATCH table accepted and refused.
 */
import { CreateDeploymentCommand, CreateDocumentationVersionCommand, CreateRestApiCommand, CreateStageCommand, DeleteStageCommand, FlushStageAuthorizersCacheCommand, FlushStageCacheCommand, GetStageCommand, GetStagesCommand, GetTagsCommand, PutIntegrationCommand, PutMethodCommand, TagResourceCommand, UntagResourceCommand, UpdateStageCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ACCOUNT, raw, sdkError, startTollgate } from '../../helpers/tollgate.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
/** An API with GET / on MOCK and one deployment. */
async function apiWithDeployment(server = t) {
    const api = await server.client.send(new CreateRestApiCommand({ name: 's' }));
    const a = { restApiId: api.id, resourceId: api.rootResourceId, httpMethod: 'GET' };
    await server.client.send(new PutMethodCommand({ ...a, authorizationType: 'NONE' }));
    await server.client.send(new PutIntegrationCommand({ ...a, type: 'MOCK' }));
    const d = await server.client.send(new CreateDeploymentCommand({ restApiId: api.id }));
    return { id: api.id, d1: d.id };
}
/** A documentation version of the API: a stage may only name an existing one (F71 creates it first). */
const docVersion = (api, documentationVersion) => t.client.send(new CreateDocumentationVersionCommand({ restApiId: api.id, documentationVersion }));
const deploy = async (api, input = {}) => (await t.client.send(new CreateDeploymentCommand({ restApiId: api.id, ...input }))).id;
const createStage = (api, input = {}) => t.client.send(new CreateStageCommand({ restApiId: api.id, stageName: 's1', deploymentId: api.d1, ...input }));
const update = (api, patchOperations, stageName = 's1') => t.client.send(new UpdateStageCommand({ restApiId: api.id, stageName, patchOperations }));
const get = (api, stageName = 's1') => t.client.send(new GetStageCommand({ restApiId: api.id, stageName }));
const strip = (r) => {
    const { $metadata: _m, createdDate: _c, lastUpdatedDate: _l, ...rest } = r;
    return rest;
};
const bad = (message) => ({ name: 'BadRequestException', message, status: 400 });
/** AWS's list of valid paths as its error prints it (F73, recorded verbatim). */
const PATHS = '[/deploymentId, /description, /cacheClusterEnabled, /cacheClusterSize, /clientCertificateId, /accessLogSettings, /accessLogSettings/destinationArn, /accessLogSettings/format, /{resourcePath}/{httpMethod}/metrics/enabled, /{resourcePath}/{httpMethod}/logging/dataTrace, /{resourcePath}/{httpMethod}/logging/loglevel, /{resourcePath}/{httpMethod}/throttling/burstLimit/{resourcePath}/{httpMethod}/throttling/rateLimit/{resourcePath}/{httpMethod}/caching/ttlInSeconds, /{resourcePath}/{httpMethod}/caching/enabled, /{resourcePath}/{httpMethod}/caching/dataEncrypted, /{resourcePath}/{httpMethod}/caching/requireAuthorizationForCacheControl, /{resourcePath}/{httpMethod}/caching/unauthorizedCacheControlHeaderStrategy, /*/*/metrics/enabled, /*/*/logging/dataTrace, /*/*/logging/loglevel, /*/*/throttling/burstLimit /*/*/throttling/rateLimit /*/*/caching/ttlInSeconds, /*/*/caching/enabled, /*/*/caching/dataEncrypted, /*/*/caching/requireAuthorizationForCacheControl, /*/*/caching/unauthorizedCacheControlHeaderStrategy, /variables/{variable_name}, /tracingEnabled]';
const invalidPath = (p) => bad(`Invalid method setting path: ${p}. Must be one of: ${PATHS}`);
/** A new method-settings entry (F74). */
const DEFAULTS = {
    cacheDataEncrypted: false,
    cacheTtlInSeconds: 300,
    cachingEnabled: false,
    dataTraceEnabled: false,
    metricsEnabled: false,
    requireAuthorizationForCacheControl: true,
    throttlingBurstLimit: 5000,
    throttlingRateLimit: 10000,
    unauthorizedCacheControlHeaderStrategy: 'SUCCEED_WITH_RESPONSE_HEADER',
};
describe('CreateStage', () => {
    it('answers 201 with AWS defaults, description and documentationVersion (F71)', async () => {
        const api = await apiWithDeployment();
        await docVersion(api, 'v123');
        const res = await createStage(api, { description: 'my stage', documentationVersion: 'v123' });
        assert.equal(res.$metadata.httpStatusCode, 201);
        assert.ok(res.createdDate instanceof Date && res.lastUpdatedDate instanceof Date);
        assert.deepEqual(strip(res), {
            cacheClusterEnabled: false,
            cacheClusterStatus: 'NOT_AVAILABLE',
            deploymentId: api.d1,
            description: 'my stage',
            documentationVersion: 'v123',
            methodSettings: {},
            stageName: 's1',
            tracingEnabled: false,
        });
    });
    it('echoes variables, and tags only when there are some', async () => {
        const api = await apiWithDeployment();
        const res = await createStage(api, { variables: { testVar: 'default' }, tags: {} });
        assert.deepEqual(res.variables, { testVar: 'default' });
        assert.equal('tags' in res, false);
        const tagged = await createStage(api, { stageName: 's2', tags: { team: 'core' }, variables: {} });
        assert.deepEqual(tagged.tags, { team: 'core' });
        assert.equal('variables' in tagged, false);
        assert.deepEqual((await get(api, 's2')).tags, { team: 'core' });
        // A stage without tags has no tags key on Get either (F71; LS-snap get-stage).
        assert.equal('tags' in (await get(api, 's1')), false);
    });
    it('takes cache, tracing and canary settings (LS-snap canary create-stage)', async () => {
        const api = await apiWithDeployment();
        const d2 = await deploy(api);
        const res = await createStage(api, {
            cacheClusterEnabled: true,
            tracingEnabled: true,
            variables: { testVar: 'default' },
            canarySettings: { deploymentId: d2, percentTraffic: 50, stageVariableOverrides: { testVar: 'canary' } },
        });
        assert.equal(res.cacheClusterEnabled, true);
        assert.equal(res.cacheClusterSize, '0.5');
        assert.equal(res.cacheClusterStatus, 'AVAILABLE');
        assert.equal(res.tracingEnabled, true);
        assert.deepEqual(res.canarySettings, {
            deploymentId: d2,
            percentTraffic: 50,
            stageVariableOverrides: { testVar: 'canary' },
            useStageCache: false,
        });
        const own = await createStage(api, { stageName: 's2', canarySettings: { percentTraffic: 10 } });
        assert.deepEqual(own.canarySettings, { deploymentId: api.d1, percentTraffic: 10, useStageCache: false });
        // percentTraffic travels as a double (10.0), like AWS's 50.0.
        const wire = await raw(t.app.adminUrl, 'GET', `/restapis/${api.id}/stages/s2`);
        assert.match(wire.text, /"percentTraffic":10\.0/);
    });
    it('refuses what AWS refuses', async () => {
        const api = await apiWithDeployment();
        await createStage(api);
        assert.deepEqual(await sdkError(createStage(api)), { name: 'ConflictException', message: 'Stage already exists', status: 409 });
        // aws/chalice#1839 (CreateStage), LS-snap canary bad-canary-deployment-id (canary).
        assert.deepEqual(await sdkError(createStage(api, { stageName: 's2', deploymentId: 'nope00' })), bad('Deployment id does not exist'));
        assert.deepEqual(await sdkError(createStage(api, { stageName: 's3', canarySettings: { deploymentId: 'deploy' } })), bad('Deployment id does not exist'));
        assert.deepEqual(await sdkError(createStage(api, { stageName: 'has space' })), bad('Stage name only allows a-zA-Z0-9_-'));
        assert.deepEqual(await sdkError(createStage(api, { stageName: 'x'.repeat(129) })), bad('Stage name only allows a-zA-Z0-9_-'));
        assert.equal((await createStage(api, { stageName: `a-_${'x'.repeat(125)}` })).stageName.length, 128);
        assert.deepEqual(await sdkError(createStage(api, { stageName: 's4', variables: { 'bad-name': 'v' } })), bad("Invalid stage variable name: bad-name.  Please use names with alphanumeric characters and the symbol '_', at most 64 characters."));
        assert.deepEqual(await sdkError(createStage(api, { stageName: 's4', variables: { v: 'has space' } })), bad("Invalid stage variable value: has space.  Please use values with alphanumeric characters and the symbols ' ', -', '.', '_', ':', '/', '?', '&', '=', and ','."));
        assert.equal((await sdkError(createStage(api, { stageName: 's4', variables: { v: 'x'.repeat(513) } }))).status, 400);
        const many = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`v${i}`, 'x']));
        assert.deepEqual(await sdkError(createStage(api, { stageName: 's4', variables: many })), bad('Too many stage variables. A stage can have at most 100 variables'));
        assert.equal((await createStage(api, { stageName: 's5', variables: Object.fromEntries(Object.entries(many).slice(0, 100)) })).stageName, 's5');
        assert.deepEqual(await sdkError(createStage(api, { stageName: 's4', tags: { 'aws:x': 'y' } })), bad("Invalid tag key. Tag keys cannot start with 'aws:' (case insensitive)"));
        assert.deepEqual(await sdkError(createStage(api, { stageName: 's4', canarySettings: { percentTraffic: -1 } })), bad('Invalid canary percentTraffic specified. Must be between 0.0 and 100.0'));
        assert.deepEqual(await sdkError(t.client.send(new CreateStageCommand({ restApiId: 'nosuchapi1', stageName: 's', deploymentId: 'x' }))), {
            name: 'NotFoundException',
            message: `Invalid API identifier specified ${ACCOUNT}:nosuchapi1`,
            status: 404,
        });
    });
    it('keeps stage tags in one place with GetTags, TagResource and UntagResource', async () => {
        const api = await apiWithDeployment();
        await createStage(api, { tags: { a: '1' } });
        const arn = `arn:aws:apigateway:us-east-1::/restapis/${api.id}/stages/s1`;
        assert.deepEqual((await t.client.send(new GetTagsCommand({ resourceArn: arn }))).tags, { a: '1' });
        await t.client.send(new TagResourceCommand({ resourceArn: arn, tags: { b: '2' } }));
        assert.deepEqual((await get(api)).tags, { a: '1', b: '2' });
        await t.client.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: ['a', 'b'] }));
        assert.deepEqual((await t.client.send(new GetTagsCommand({ resourceArn: arn }))).tags, {});
        assert.equal('tags' in (await get(api)), false);
        // Stage tags are not patchable through UpdateStage (F73).
        assert.deepEqual(await sdkError(update(api, [{ op: 'replace', path: '/tags/tag1', value: 'value1' }])), invalidPath('/tags/tag1'));
    });
    it('enforces 10 stages per API with --aws-limits', async () => {
        const limited = await startTollgate(['--aws-limits']);
        try {
            const api = await apiWithDeployment(limited);
            for (let i = 0; i < 10; i++)
                await limited.client.send(new CreateStageCommand({ restApiId: api.id, stageName: `s${i}`, deploymentId: api.d1 }));
            assert.deepEqual(await sdkError(limited.client.send(new CreateStageCommand({ restApiId: api.id, stageName: 's10', deploymentId: api.d1 }))), {
                name: 'LimitExceededException',
                message: 'Maximum number of Stages for this API has been reached: 10',
                status: 429,
            });
            assert.equal((await sdkError(limited.client.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: 's10' })))).status, 429);
        }
        finally {
            await limited.close();
        }
    });
});
describe('GetStage', () => {
    it('answers the stage, and 404 for an unknown stage or API', async () => {
        const api = await apiWithDeployment();
        await createStage(api, { description: 'd' });
        assert.equal((await get(api)).description, 'd');
        // Real AWS writes "stage" in lower case (awslabs/aws-api-gateway-developer-portal#310).
        assert.deepEqual(await sdkError(get(api, 'nope')), {
            name: 'NotFoundException',
            message: 'Invalid stage identifier specified',
            status: 404,
        });
        assert.deepEqual(await sdkError(get(api, 'S1')), {
            name: 'NotFoundException',
            message: 'Invalid stage identifier specified',
            status: 404,
        });
        assert.equal((await sdkError(t.client.send(new GetStageCommand({ restApiId: 'nosuchapi1', stageName: 's1' })))).name, 'NotFoundException');
    });
});
describe('GetStages', () => {
    it('lists under `item`, unpaginated, filtered by deploymentId (F72)', async () => {
        const api = await apiWithDeployment();
        const d2 = await deploy(api);
        await createStage(api, { stageName: 'a' });
        await createStage(api, { stageName: 'b', deploymentId: d2, canarySettings: { deploymentId: api.d1 } });
        await createStage(api, { stageName: 'c' });
        const all = await t.client.send(new GetStagesCommand({ restApiId: api.id }));
        assert.deepEqual(all.item.map((s) => s.stageName), ['a', 'b', 'c']);
        const byD1 = await t.client.send(new GetStagesCommand({ restApiId: api.id, deploymentId: api.d1 }));
        assert.deepEqual(byD1.item.map((s) => s.stageName), ['a', 'c']);
        const wire = await raw(t.app.adminUrl, 'GET', `/restapis/${api.id}/stages?deploymentId=${d2}&limit=1`);
        assert.equal(wire.status, 200);
        assert.deepEqual(Object.keys(wire.json), ['item']);
        assert.deepEqual(wire.json.item.map((s) => s.stageName), ['b']);
        assert.deepEqual((await t.client.send(new GetStagesCommand({ restApiId: api.id, deploymentId: 'nope00' }))).item, []);
        assert.equal((await sdkError(t.client.send(new GetStagesCommand({ restApiId: 'nosuchapi1' })))).status, 404);
    });
});
describe('UpdateStage', () => {
    it('refuses unknown paths with AWS list (F73)', async () => {
        const api = await apiWithDeployment();
        await docVersion(api, 'v123');
        await createStage(api, { description: 'my stage', documentationVersion: 'v123' });
        assert.deepEqual(await sdkError(update(api, [{ op: 'replace', path: '/documentation_version', value: '123' }])), invalidPath('/documentation_version'));
        assert.deepEqual(await sdkError(update(api, [{ op: 'replace', path: '/tags/tag1', value: 'value1' }])), invalidPath('/tags/tag1'));
        assert.deepEqual(await sdkError(update(api, [{ op: 'remove', path: '/stageName' }])), invalidPath('/stageName'));
        assert.deepEqual(await sdkError(update(api, [{ op: 'replace', path: '/variables/', value: 'x' }])), invalidPath('/variables/'));
    });
    it('updates description, variables, tracing and method settings as recorded (LS-snap test_create_update_stages)', async () => {
        const api = await apiWithDeployment();
        await docVersion(api, 'v123');
        await createStage(api, { description: 'my stage', documentationVersion: 'v123' });
        const res = await update(api, [
            { op: 'replace', path: '/description', value: 'stage new' },
            { op: 'replace', path: '/variables/var1', value: 'test' },
            { op: 'replace', path: '/variables/var2', value: 'test2' },
            { op: 'replace', path: '/*/*/throttling/burstLimit', value: '123' },
            { op: 'replace', path: '/*/*/caching/enabled', value: 'true' },
            { op: 'replace', path: '/tracingEnabled', value: 'true' },
            { op: 'replace', path: '/test/GET/throttling/burstLimit', value: '124' },
        ]);
        const expected = {
            cacheClusterEnabled: false,
            cacheClusterStatus: 'NOT_AVAILABLE',
            deploymentId: api.d1,
            description: 'stage new',
            documentationVersion: 'v123',
            methodSettings: {
                '*/*': { ...DEFAULTS, cachingEnabled: true, throttlingBurstLimit: 123 },
                'test/GET': { ...DEFAULTS, cachingEnabled: true, throttlingBurstLimit: 124 },
            },
            stageName: 's1',
            tracingEnabled: true,
            variables: { var1: 'test', var2: 'test2' },
        };
        assert.deepEqual(strip(res), expected);
        assert.deepEqual(strip(await get(api)), expected);
        // */* changes do not flow down to an existing entry (update-stage-override).
        const over = await update(api, [{ op: 'replace', path: '/*/*/throttling/burstLimit', value: '100' }]);
        assert.equal(over.methodSettings['*/*'].throttlingBurstLimit, 100);
        assert.equal(over.methodSettings['test/GET'].throttlingBurstLimit, 124);
        // throttlingRateLimit is a double on the wire (10000.0).
        const wire = await raw(t.app.adminUrl, 'GET', `/restapis/${api.id}/stages/s1`);
        assert.match(wire.text, /"throttlingRateLimit":10000\.0/);
    });
    it('sets every method setting, and refuses bad values', async () => {
        const api = await apiWithDeployment();
        await createStage(api);
        const p = (s) => `/*/*/${s}`;
        const res = await update(api, [
            { op: 'replace', path: p('metrics/enabled'), value: 'true' },
            { op: 'replace', path: p('logging/dataTrace'), value: 'TRUE' },
            { op: 'replace', path: p('logging/loglevel'), value: 'INFO' },
            { op: 'replace', path: p('throttling/burstLimit'), value: '7' },
            { op: 'replace', path: p('throttling/rateLimit'), value: '12.5' },
            { op: 'replace', path: p('caching/ttlInSeconds'), value: '60' },
            { op: 'replace', path: p('caching/enabled'), value: 'true' },
            { op: 'replace', path: p('caching/dataEncrypted'), value: 'true' },
            { op: 'replace', path: p('caching/requireAuthorizationForCacheControl'), value: 'false' },
            { op: 'replace', path: p('caching/unauthorizedCacheControlHeaderStrategy'), value: 'FAIL_WITH_403' },
        ]);
        assert.deepEqual(res.methodSettings, {
            '*/*': {
                metricsEnabled: true,
                dataTraceEnabled: true,
                loggingLevel: 'INFO',
                throttlingBurstLimit: 7,
                throttlingRateLimit: 12.5,
                cacheTtlInSeconds: 60,
                cachingEnabled: true,
                cacheDataEncrypted: true,
                requireAuthorizationForCacheControl: false,
                unauthorizedCacheControlHeaderStrategy: 'FAIL_WITH_403',
            },
        });
        assert.equal((await update(api, [{ op: 'replace', path: p('metrics/enabled'), value: 'yes' }])).methodSettings['*/*'].metricsEnabled, false);
        const refusals = [
            ['logging/loglevel', 'DEBUG', 'Invalid logging level specified: DEBUG. Valid options are OFF,ERROR,INFO'],
            ['throttling/burstLimit', 'x', 'Invalid throttling burst limit specified: x'],
            ['throttling/rateLimit', 'fast', 'Invalid throttling rate limit specified: fast'],
            ['caching/ttlInSeconds', '3601', 'Invalid cache ttl specified: 3601'],
            [
                'caching/unauthorizedCacheControlHeaderStrategy',
                'NOPE',
                'Invalid unauthorized cache control header strategy specified: NOPE. Valid options are FAIL_WITH_403,SUCCEED_WITH_RESPONSE_HEADER,SUCCEED_WITHOUT_RESPONSE_HEADER',
            ],
        ];
        for (const [setting, value, message] of refusals) {
            assert.deepEqual(await sdkError(update(api, [{ op: 'replace', path: p(setting), value }])), bad(message), setting);
        }
        for (const op of ['add', 'remove']) {
            assert.deepEqual(await sdkError(update(api, [{ op, path: p('metrics/enabled'), value: 'true' }])), bad(`Invalid ${op} operation with path: /*/*/metrics/enabled`));
        }
        assert.deepEqual(await sdkError(update(api, [{ op: 'replace', path: '/*/*/metrics/nope', value: 'true' }])), invalidPath('/*/*/metrics/nope'));
    });
    it("takes Terraform's -1 throttle limits (aws_api_gateway_method_settings defaults) and reads them back", async () => {
        const api = await apiWithDeployment();
        await createStage(api);
        const res = await update(api, [
            { op: 'replace', path: '/~1/GET/throttling/burstLimit', value: '-1' },
            { op: 'replace', path: '/~1/GET/throttling/rateLimit', value: '-1.000000' },
        ]);
        assert.deepEqual(res.methodSettings, { '~1/GET': { ...DEFAULTS, throttlingBurstLimit: -1, throttlingRateLimit: -1 } });
        assert.deepEqual(await sdkError(update(api, [{ op: 'replace', path: '/~1/GET/throttling/rateLimit', value: '-2' }])), bad('Invalid throttling rate limit specified: -2'));
    });
    it('keys method settings by the resource part as sent, and refuses ANY and half wildcards', async () => {
        const api = await apiWithDeployment();
        await createStage(api);
        const res = await update(api, [
            { op: 'replace', path: '/~1pets~1{id}/POST/metrics/enabled', value: 'true' },
            { op: 'replace', path: '/a/b/{proxy+}/DELETE/caching/ttlInSeconds', value: '10' },
            { op: 'replace', path: '/~1/GET/logging/dataTrace', value: 'true' },
        ]);
        assert.deepEqual(Object.keys(res.methodSettings).sort(), ['a/b/{proxy+}/DELETE', '~1/GET', '~1pets~1{id}/POST']);
        // No */* entry: the new entries start from AWS's defaults.
        assert.deepEqual(res.methodSettings['~1pets~1{id}/POST'], { ...DEFAULTS, metricsEnabled: true });
        // serverless-heaven/serverless-aws-alias#80: AWS refuses ANY; only the double wildcard works.
        for (const path of [
            '/profile/ANY/logging/loglevel',
            '/lit/*/caching/enabled',
            '/*/GET/caching/enabled',
            '//GET/metrics/enabled',
            '/x/get/metrics/enabled',
        ]) {
            assert.deepEqual(await sdkError(update(api, [{ op: 'replace', path, value: 'INFO' }])), invalidPath(path), path);
        }
    });
    it('removes whole method-setting entries, or says there is none (F74)', async () => {
        const api = await apiWithDeployment();
        await docVersion(api, 'v123');
        await createStage(api, { description: 'my stage', documentationVersion: 'v123' });
        assert.deepEqual(await sdkError(update(api, [{ op: 'remove', path: '/*/*' }])), bad('Cannot remove method setting */* because there is no method setting for this method '));
        const set = await update(api, [{ op: 'replace', path: '/*/*/caching/enabled', value: 'true' }]);
        assert.deepEqual(set.methodSettings, { '*/*': { ...DEFAULTS, cachingEnabled: true } });
        const reset = await update(api, [{ op: 'remove', path: '/*/*' }]);
        assert.deepEqual(reset.methodSettings, {});
        assert.deepEqual((await get(api)).methodSettings, {});
        assert.deepEqual(await sdkError(update(api, [{ op: 'remove', path: '/test/GET' }])), bad('Cannot remove method setting test/GET because there is no method setting for this method '));
        await update(api, [{ op: 'replace', path: '/test/GET/metrics/enabled', value: 'true' }]);
        assert.deepEqual((await update(api, [{ op: 'remove', path: '/test/GET' }])).methodSettings, {});
        assert.deepEqual(await sdkError(update(api, [{ op: 'replace', path: '/*/*', value: '{}' }])), invalidPath('/*/*'));
    });
    it('replaces the whole /methodSettings map from JSON', async () => {
        const api = await apiWithDeployment();
        await createStage(api);
        const res = await update(api, [
            {
                op: 'replace',
                path: '/methodSettings',
                value: JSON.stringify({ '*/*': { metricsEnabled: true }, 'pets/GET': { throttlingRateLimit: 5 } }),
            },
        ]);
        assert.deepEqual(res.methodSettings, {
            '*/*': { ...DEFAULTS, metricsEnabled: true },
            'pets/GET': { ...DEFAULTS, throttlingRateLimit: 5 },
        });
        assert.deepEqual(await sdkError(update(api, [{ op: 'replace', path: '/methodSettings', value: 'nope' }])), bad('Invalid methodSettings specified: nope'));
        assert.deepEqual(await sdkError(update(api, [{ op: 'replace', path: '/methodSettings', value: '{"x/ANY":{}}' }])), invalidPath('/x/ANY'));
        assert.deepEqual(await sdkError(update(api, [{ op: 'replace', path: '/methodSettings', value: '{"*/*":{"metricsEnabled":"yes"}}' }])), bad('Invalid methodSettings specified: metricsEnabled'));
        // The strategy is one of the model's values here too, as on its own patch path.
        const strategy = (v) => JSON.stringify({ '*/*': { unauthorizedCacheControlHeaderStrategy: v } });
        assert.deepEqual(await sdkError(update(api, [{ op: 'replace', path: '/methodSettings', value: strategy('SOMETIMES') }])), bad('Invalid methodSettings specified: unauthorizedCacheControlHeaderStrategy'));
        const ok = await update(api, [{ op: 'replace', path: '/methodSettings', value: strategy('FAIL_WITH_403') }]);
        assert.equal(ok.methodSettings?.['*/*'].unauthorizedCacheControlHeaderStrategy, 'FAIL_WITH_403');
    });
    it('manages access log settings (F75)', async () => {
        const api = await apiWithDeployment();
        await createStage(api);
        const arn = 'arn:aws:logs:us-east-1:000000000000:log-group:access';
        const res = await update(api, [
            { op: 'add', path: '/accessLogSettings/destinationArn', value: arn },
            { op: 'replace', path: '/accessLogSettings/format', value: '$context.requestId' },
        ]);
        assert.deepEqual(res.accessLogSettings, { destinationArn: arn, format: '$context.requestId' });
        const pathsText = 'Invalid accessLogSettings path. Must be one of : [/accessLogSettings/destinationArn, /accessLogSettings/format]';
        assert.deepEqual(await sdkError(update(api, [{ op: 'add', path: '/accessLogSettings/badPath', value: 'x' }])), bad(pathsText));
        assert.deepEqual(await sdkError(update(api, [{ op: 'replace', path: '/accessLogSettings/badPath', value: 'x' }])), bad(pathsText));
        assert.deepEqual(await sdkError(update(api, [{ op: 'replace', path: '/accessLogSettings', value: 'x' }])), bad(pathsText));
        assert.deepEqual(await sdkError(update(api, [{ op: 'remove', path: '/accessLogSettings/destinationArn' }])), bad('Cannot remove method setting accessLogSettings/destinationArn because there is no method setting for this method '));
        assert.deepEqual(await sdkError(update(api, [{ op: 'replace', path: '/accessLogSettings/format', value: '' }])), bad('Access Log value must not be empty'));
        assert.deepEqual(await sdkError(update(api, [{ op: 'move', path: '/accessLogSettings/format', from: '/description' }])), bad('Invalid move operation with path: /accessLogSettings/format'));
        const removed = await update(api, [{ op: 'remove', path: '/accessLogSettings' }]);
        assert.equal('accessLogSettings' in removed, false);
    });
    it('creates and edits a canary by patch (F77; LS-snap test_create_canary_deployment_by_stage_update)', async () => {
        const api = await apiWithDeployment();
        const d2 = await deploy(api);
        await createStage(api, { variables: { testVar: 'default' } });
        const withDeployment = await update(api, [{ op: 'replace', path: '/canarySettings/deploymentId', value: d2 }]);
        assert.deepEqual(withDeployment.canarySettings, { deploymentId: d2, percentTraffic: 0, useStageCache: false });
        const wire = await raw(t.app.adminUrl, 'GET', `/restapis/${api.id}/stages/s1`);
        assert.match(wire.text, /"percentTraffic":0\.0/);
        assert.equal('canarySettings' in (await update(api, [{ op: 'remove', path: '/canarySettings' }])), false);
        const withPercent = await update(api, [{ op: 'replace', path: '/canarySettings/percentTraffic', value: '50' }]);
        assert.deepEqual(withPercent.canarySettings, { deploymentId: api.d1, percentTraffic: 50, useStageCache: false });
        const more = await update(api, [
            { op: 'replace', path: '/canarySettings/useStageCache', value: 'true' },
            { op: 'replace', path: '/canarySettings/stageVariableOverrides/testVar', value: 'canary' },
        ]);
        assert.deepEqual(more.canarySettings, {
            deploymentId: api.d1,
            percentTraffic: 50,
            stageVariableOverrides: { testVar: 'canary' },
            useStageCache: true,
        });
        const updated = await update(api, [{ op: 'replace', path: '/canarySettings/stageVariableOverrides/testVar', value: 'updated' }]);
        assert.deepEqual(updated.canarySettings.stageVariableOverrides, { testVar: 'updated' });
        const whole = await update(api, [{ op: 'replace', path: '/canarySettings/stageVariableOverrides', value: '{"a":"1","b":"2"}' }]);
        assert.deepEqual(whole.canarySettings.stageVariableOverrides, { a: '1', b: '2' });
        assert.deepEqual(await get(api).then((s) => s.canarySettings), whole.canarySettings);
    });
    it('removes one canary override by name (AWS guide, update-canary-deployment.html)', async () => {
        const api = await apiWithDeployment();
        await createStage(api, { canarySettings: { percentTraffic: 10, stageVariableOverrides: { var1: 'a', var2: 'b' } } });
        const one = await update(api, [{ op: 'remove', path: '/canarySettings/stageVariableOverrides/var1' }]);
        assert.deepEqual(one.canarySettings, {
            deploymentId: api.d1,
            percentTraffic: 10,
            stageVariableOverrides: { var2: 'b' },
            useStageCache: false,
        });
        // An override that is not there, and then the last one: accepted (not recorded).
        await update(api, [{ op: 'remove', path: '/canarySettings/stageVariableOverrides/nope' }]);
        const none = await update(api, [{ op: 'remove', path: '/canarySettings/stageVariableOverrides/var2' }]);
        assert.deepEqual(none.canarySettings, { deploymentId: api.d1, percentTraffic: 10, useStageCache: false });
        assert.deepEqual((await get(api)).canarySettings, none.canarySettings);
    });
    it('refuses canary patches as AWS does (LS-snap test_update_stage_canary_deployment_validation)', async () => {
        const api = await apiWithDeployment();
        await createStage(api, { canarySettings: { percentTraffic: 50, stageVariableOverrides: { testVar: 'canary' } } });
        await createStage(api, { stageName: 'dev2' });
        const cases = [
            [
                { op: 'remove', path: '/canarySettings/stageVariableOverrides' },
                's1',
                bad('Cannot remove method setting canarySettings/stageVariableOverrides because there is no method setting for this method '),
            ],
            [
                { op: 'remove', path: '/canarySettings/badPath' },
                's1',
                bad('Cannot remove method setting canarySettings/badPath because there is no method setting for this method '),
            ],
            [{ op: 'replace', path: '/canarySettings', value: 'test' }, 's1', invalidPath('/canarySettings')],
            [{ op: 'replace', path: '/canarySettings/badPath', value: 'badPath' }, 's1', invalidPath('/canarySettings/badPath')],
            [{ op: 'add', path: '/canarySettings/deploymentId', value: api.d1 }, 'dev2', bad('Invalid add operation with path: /canarySettings/deploymentId')],
            [{ op: 'replace', path: '/canarySettings/deploymentId', value: 'deploy' }, 'dev2', bad('Deployment id does not exist')],
            [{ op: 'remove', path: '/canarySettings/percentTraffic' }, 's1', bad('Invalid remove operation with path: /canarySettings/percentTraffic')],
            [
                { op: 'replace', path: '/canarySettings/percentTraffic', value: '100.5' },
                's1',
                bad('Invalid canary percentTraffic specified. Must be between 0.0 and 100.0'),
            ],
            [
                { op: 'replace', path: '/canarySettings/percentTraffic', value: 'half' },
                's1',
                bad('Invalid canary percentTraffic specified. Must be between 0.0 and 100.0'),
            ],
            [
                { op: 'replace', path: '/canarySettings/stageVariableOverrides/x', value: 'a b' },
                's1',
                bad("Invalid stage variable value: a b.  Please use values with alphanumeric characters and the symbols ' ', -', '.', '_', ':', '/', '?', '&', '=', and ','."),
            ],
            [{ op: 'replace', path: '/canarySettings/stageVariableOverrides', value: '[1]' }, 's1', bad('Invalid stageVariableOverrides specified: [1]')],
        ];
        for (const [op, stage, expected] of cases)
            assert.deepEqual(await sdkError(update(api, [op], stage)), expected, JSON.stringify(op));
        // Nothing changed.
        assert.deepEqual((await get(api)).canarySettings, {
            deploymentId: api.d1,
            percentTraffic: 50,
            stageVariableOverrides: { testVar: 'canary' },
            useStageCache: false,
        });
    });
    it('promotes a canary with copy operations (F78; LS-snap test_update_stage_with_copy_ops)', async () => {
        const api = await apiWithDeployment();
        await t.client.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: 'dev', variables: { testVar: 'test', testVar2: 'test2' } }));
        const dev = (await get(api, 'dev')).deploymentId;
        assert.deepEqual(await sdkError(update(api, [
            { op: 'copy', path: '/canarySettings/stageVariableOverrides', from: '/variables' },
            { op: 'copy', path: '/canarySettings/deploymentId', from: '/deploymentId' },
        ], 'dev')), bad('Invalid copy operation with path: /canarySettings/stageVariableOverrides and from /variables. Valid copy:path are [/deploymentId, /variables] and valid copy:from are [/canarySettings/deploymentId, /canarySettings/stageVariableOverrides]'));
        const promote = [
            { op: 'copy', from: '/canarySettings/stageVariableOverrides', path: '/variables' },
            { op: 'copy', from: '/canarySettings/deploymentId', path: '/deploymentId' },
        ];
        assert.deepEqual(await sdkError(update(api, promote, 'dev')), bad('Promotion not available. Canary does not exist.'));
        const withCopy = await update(api, [{ op: 'replace', value: '0.0', path: '/canarySettings/percentTraffic' }, ...promote.slice().reverse()], 'dev');
        assert.deepEqual(withCopy.canarySettings, { deploymentId: dev, percentTraffic: 0, useStageCache: false });
        assert.equal(withCopy.deploymentId, dev);
        assert.deepEqual(withCopy.variables, { testVar: 'test', testVar2: 'test2' });
        const canary = await deploy(api, {
            stageName: 'dev',
            canarySettings: { percentTraffic: 50, stageVariableOverrides: { testVar: 'override' } },
        });
        const before = await get(api, 'dev');
        assert.deepEqual(before.canarySettings, {
            deploymentId: canary,
            percentTraffic: 50,
            stageVariableOverrides: { testVar: 'override' },
            useStageCache: false,
        });
        assert.equal(before.deploymentId, dev);
        const promoted = await update(api, [{ op: 'replace', value: '0.0', path: '/canarySettings/percentTraffic' }, ...promote.slice().reverse()], 'dev');
        assert.deepEqual(strip(promoted), {
            cacheClusterEnabled: false,
            cacheClusterStatus: 'NOT_AVAILABLE',
            methodSettings: {},
            stageName: 'dev',
            tracingEnabled: false,
            canarySettings: { deploymentId: canary, percentTraffic: 0, stageVariableOverrides: { testVar: 'override' }, useStageCache: false },
            deploymentId: canary,
            variables: { testVar: 'override', testVar2: 'test2' },
        });
        assert.deepEqual(await sdkError(update(api, [{ op: 'copy', path: '/deploymentId', from: '/canarySettings/stageVariableOverrides' }], 'dev')), bad('Invalid copy operation with path: /deploymentId and from /canarySettings/stageVariableOverrides. Valid copy:path are [/deploymentId, /variables] and valid copy:from are [/canarySettings/deploymentId, /canarySettings/stageVariableOverrides]'));
    });
    it('replaces and removes stage variables', async () => {
        const api = await apiWithDeployment();
        await createStage(api, { variables: { a: '1', b: '2' } });
        const res = await update(api, [
            { op: 'replace', path: '/variables/a', value: 'x' },
            { op: 'remove', path: '/variables/b' },
            { op: 'remove', path: '/variables/absent' },
        ]);
        assert.deepEqual(res.variables, { a: 'x' });
        assert.deepEqual((await update(api, [{ op: 'replace', path: '/variables', value: '{"c":"3"}' }])).variables, { c: '3' });
        assert.equal('variables' in (await update(api, [{ op: 'remove', path: '/variables' }])), false);
        assert.deepEqual(await sdkError(update(api, [{ op: 'replace', path: '/variables/a', value: '' }])), bad("Invalid stage variable value: .  Please use values with alphanumeric characters and the symbols ' ', -', '.', '_', ':', '/', '?', '&', '=', and ','."));
        assert.deepEqual(await sdkError(update(api, [{ op: 'replace', path: '/variables/a-b', value: 'v' }])), bad("Invalid stage variable name: a-b.  Please use names with alphanumeric characters and the symbol '_', at most 64 characters."));
        assert.deepEqual(await sdkError(update(api, [{ op: 'add', path: '/variables/a', value: 'v' }])), bad('Invalid add operation with path: /variables/a'));
        assert.deepEqual(await sdkError(update(api, [{ op: 'add', path: '/variables', value: '{}' }])), bad('Invalid add operation with path: /variables'));
        assert.deepEqual(await sdkError(update(api, [{ op: 'replace', path: '/variables', value: 'x=1' }])), bad('Invalid variables specified: x=1'));
    });
    it('replaces the stage members and checks what they name', async () => {
        const api = await apiWithDeployment();
        const d2 = await deploy(api);
        await docVersion(api, 'v1');
        await docVersion(api, 'v2');
        await createStage(api, { description: 'd', documentationVersion: 'v1' });
        await t.app.store.write((tx) => tx.insert('clientcertificate', 'us-east-1', 'cert01', { clientCertificateId: 'cert01', tags: {} }));
        const res = await update(api, [
            { op: 'replace', path: '/deploymentId', value: d2 },
            { op: 'replace', path: '/cacheClusterEnabled', value: 'true' },
            { op: 'replace', path: '/cacheClusterSize', value: '6.1' },
            { op: 'replace', path: '/clientCertificateId', value: 'cert01' },
            { op: 'replace', path: '/documentationVersion', value: 'v2' },
            { op: 'replace', path: '/tracingEnabled', value: 'true' },
            { op: 'replace', path: '/description', value: 'e' },
        ]);
        assert.deepEqual(strip(res), {
            cacheClusterEnabled: true,
            cacheClusterSize: '6.1',
            cacheClusterStatus: 'AVAILABLE',
            clientCertificateId: 'cert01',
            deploymentId: d2,
            description: 'e',
            documentationVersion: 'v2',
            methodSettings: {},
            stageName: 's1',
            tracingEnabled: true,
        });
        const cleared = await update(api, [
            { op: 'replace', path: '/cacheClusterEnabled', value: 'false' },
            { op: 'replace', path: '/clientCertificateId', value: '' },
            { op: 'replace', path: '/description', value: '' },
            { op: 'replace', path: '/documentationVersion', value: '' },
        ]);
        assert.equal(cleared.cacheClusterStatus, 'NOT_AVAILABLE');
        assert.equal(cleared.cacheClusterEnabled, false);
        for (const k of ['clientCertificateId', 'description', 'documentationVersion'])
            assert.equal(k in cleared, false, k);
        assert.deepEqual(await sdkError(update(api, [{ op: 'replace', path: '/deploymentId', value: 'nope00' }])), bad('Deployment id does not exist'));
        assert.deepEqual(await sdkError(update(api, [{ op: 'replace', path: '/clientCertificateId', value: 'nope00' }])), bad('Invalid Client Certificate identifier specified'));
        assert.deepEqual(await sdkError(update(api, [{ op: 'replace', path: '/cacheClusterSize', value: '7' }])), bad('Invalid cache cluster size specified: 7. Valid options are 0.5,1.6,6.1,13.5,28.4,58.2,118,237'));
        for (const path of ['/description', '/deploymentId', '/tracingEnabled', '/methodSettings']) {
            assert.deepEqual(await sdkError(update(api, [{ op: 'remove', path }])), bad(`Invalid remove operation with path: ${path}`), path);
        }
        assert.deepEqual(await sdkError(update(api, [{ op: 'add', path: '/description', value: 'x' }])), bad('Invalid add operation with path: /description'));
    });
    it('applies all operations or none, refreshes lastUpdatedDate, and answers 404 for unknown stages', async () => {
        const api = await apiWithDeployment();
        const created = await createStage(api, { description: 'before' });
        assert.equal((await sdkError(update(api, [
            { op: 'replace', path: '/description', value: 'after' },
            { op: 'replace', path: '/deploymentId', value: 'nope00' },
        ]))).status, 400);
        assert.equal((await get(api)).description, 'before');
        await new Promise((r) => setTimeout(r, 1100));
        const res = await update(api, [{ op: 'replace', path: '/description', value: 'after' }]);
        assert.ok(res.lastUpdatedDate.getTime() > created.lastUpdatedDate.getTime());
        assert.equal(res.createdDate.getTime(), created.createdDate.getTime());
        assert.deepEqual(await sdkError(update(api, [], 'nope')), {
            name: 'NotFoundException',
            message: 'Invalid stage identifier specified',
            status: 404,
        });
        assert.equal((await sdkError(t.client.send(new UpdateStageCommand({ restApiId: 'nosuchapi1', stageName: 's1', patchOperations: [] })))).status, 404);
    });
});
describe('DeleteStage', () => {
    it('answers 202, then 404', async () => {
        const api = await apiWithDeployment();
        await createStage(api);
        assert.equal((await t.client.send(new DeleteStageCommand({ restApiId: api.id, stageName: 's1' }))).$metadata.httpStatusCode, 202);
        assert.equal((await sdkError(get(api))).status, 404);
        assert.deepEqual(await sdkError(t.client.send(new DeleteStageCommand({ restApiId: api.id, stageName: 's1' }))), {
            name: 'NotFoundException',
            message: 'Invalid stage identifier specified',
            status: 404,
        });
    });
});
describe('FlushStageCache and FlushStageAuthorizersCache', () => {
    it('answer 202 for a stage, 404 otherwise', async () => {
        const api = await apiWithDeployment();
        await createStage(api);
        assert.equal((await t.client.send(new FlushStageCacheCommand({ restApiId: api.id, stageName: 's1' }))).$metadata.httpStatusCode, 202);
        assert.equal((await t.client.send(new FlushStageAuthorizersCacheCommand({ restApiId: api.id, stageName: 's1' }))).$metadata.httpStatusCode, 202);
        assert.deepEqual(await sdkError(t.client.send(new FlushStageCacheCommand({ restApiId: api.id, stageName: 'nope' }))), {
            name: 'NotFoundException',
            message: 'Invalid stage identifier specified',
            status: 404,
        });
        assert.equal((await sdkError(t.client.send(new FlushStageAuthorizersCacheCommand({ restApiId: api.id, stageName: 'nope' })))).status, 404);
        assert.equal((await sdkError(t.client.send(new FlushStageCacheCommand({ restApiId: 'nosuchapi1', stageName: 's1' })))).status, 404);
    });
});
//# sourceMappingURL=stages.test.js.map