/**
 * TestInvokeMethod: the control plane finds the method of the draft API (errors F90: an unknown API
 * or resource → 404 "Invalid Resource identifier specified", an unknown method → 404 "Invalid Method
 * identifier specified") and freezes the API as a deployment would; the data plane runs it through its
 * pipeline (src/pipeline/test-invoke.ts, through ctx.dataPlane).
 */
import { takeSnapshot } from './deployment-snapshot.js';
import { resourceNotFound, resources, restApis } from './collections.js';
import { methodNotFound } from './methods.js';
export const testInvokeHandlers = {
    async TestInvokeMethod(input, ctx) {
        // An unknown API answers as an unknown resource (F90).
        const api = await restApis.in(ctx.store, ctx.region).getOrThrow(input.restApiId, resourceNotFound);
        const resource = await resources.in(ctx.store, ctx.region, input.restApiId).getOrThrow(input.resourceId);
        // An ANY method answers for any verb (rec: test_apigateway_api.py::TestApigatewayTestInvoke::test_failed_invoke_test_method [test-invoke-failure]: ANY tested as GET).
        const methodKey = resource.resourceMethods?.[input.httpMethod] ? input.httpMethod : resource.resourceMethods?.ANY ? 'ANY' : undefined;
        if (!methodKey)
            throw methodNotFound();
        const snapshot = await takeSnapshot(ctx.store, api, ctx.region);
        return ctx.dataPlane.testInvokeMethod({ region: ctx.region, accountId: ctx.accountId, input, snapshot, resource, methodKey });
    },
};
