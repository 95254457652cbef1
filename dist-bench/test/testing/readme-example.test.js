var __addDisposableResource = (this && this.__addDisposableResource) || function (env, value, async) {
    if (value !== null && value !== void 0) {
        if (typeof value !== "object" && typeof value !== "function") throw new TypeError("Object expected.");
        var dispose, inner;
        if (async) {
            if (!Symbol.asyncDispose) throw new TypeError("Symbol.asyncDispose is not defined.");
            dispose = value[Symbol.asyncDispose];
        }
        if (dispose === void 0) {
            if (!Symbol.dispose) throw new TypeError("Symbol.dispose is not defined.");
            dispose = value[Symbol.dispose];
            if (async) inner = dispose;
        }
        if (typeof dispose !== "function") throw new TypeError("Object not disposable.");
        if (inner) dispose = function() { try { inner.call(this); } catch (e) { return Promise.reject(e); } };
        env.stack.push({ value: value, dispose: dispose, async: async });
    }
    else if (async) {
        env.stack.push({ async: true });
    }
    return value;
};
var __disposeResources = (this && this.__disposeResources) || (function (SuppressedError) {
    return function (env) {
        function fail(e) {
            env.error = env.hasError ? new SuppressedError(e, env.error, "An error was suppressed during disposal.") : e;
            env.hasError = true;
        }
        var r, s = 0;
        function next() {
            while (r = env.stack.pop()) {
                try {
                    if (!r.async && s === 1) return s = 0, env.stack.push(r), Promise.resolve().then(next);
                    if (r.dispose) {
                        var result = r.dispose.call(r.value);
                        if (r.async) return s |= 2, Promise.resolve(result).then(next, function(e) { fail(e); return next(); });
                    }
                    else s |= 1;
                }
                catch (e) {
                    fail(e);
                }
            }
            if (s === 1) return env.hasError ? Promise.reject(env.error) : Promise.resolve();
            if (env.hasError) throw env.error;
        }
        return next();
    };
})(typeof SuppressedError === "function" ? SuppressedError : function (error, suppressed, message) {
    var e = new Error(message);
    return e.name = "SuppressedError", e.error = error, e.suppressed = suppressed, e;
});
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { APIGatewayClient, CreateDeploymentCommand, CreateRestApiCommand, GetRestApisCommand, PutIntegrationCommand, PutIntegrationResponseCommand, PutMethodCommand, PutMethodResponseCommand, } from '@aws-sdk/client-api-gateway';
import { startTollgate } from '../../src/testing.js';
describe('with await using', () => {
    it('creates a REST API', async () => {
        const env_1 = { stack: [], error: void 0, hasError: false };
        try {
            const tollgate = __addDisposableResource(env_1, await startTollgate(), true);
            const client = new APIGatewayClient(tollgate.clientConfig);
            const { id } = await client.send(new CreateRestApiCommand({ name: 'demo' }));
            const { items } = await client.send(new GetRestApisCommand({}));
            assert.deepEqual(items?.map((api) => api.id), [id]);
        }
        catch (e_1) {
            env_1.error = e_1;
            env_1.hasError = true;
        }
        finally {
            const result_1 = __disposeResources(env_1);
            if (result_1)
                await result_1;
        }
    });
});
describe('with start and stop', () => {
    let tollgate;
    let client;
    before(async () => {
        tollgate = await startTollgate();
        client = new APIGatewayClient(tollgate.clientConfig);
    });
    after(() => tollgate.stop());
    it('serves a deployed MOCK method', async () => {
        const { id: restApiId, rootResourceId: resourceId } = await client.send(new CreateRestApiCommand({ name: 'pets' }));
        const method = { restApiId, resourceId, httpMethod: 'GET' };
        await client.send(new PutMethodCommand({ ...method, authorizationType: 'NONE' }));
        await client.send(new PutIntegrationCommand({ ...method, type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } }));
        await client.send(new PutMethodResponseCommand({ ...method, statusCode: '200' }));
        await client.send(new PutIntegrationResponseCommand({ ...method, statusCode: '200', responseTemplates: { 'application/json': '{"pets": []}' } }));
        await client.send(new CreateDeploymentCommand({ restApiId, stageName: 'dev' }));
        const res = await fetch(tollgate.invokeUrl(restApiId, 'dev', '/'));
        assert.equal(res.status, 200);
        assert.deepEqual(await res.json(), { pets: [] });
    });
});
//# sourceMappingURL=readme-example.test.js.map