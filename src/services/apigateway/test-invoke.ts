/**
 * TestInvokeMethod: the control plane finds the method of the draft API (errors F90: an unknown API
 * or resource → 404 "Invalid Resource identifier specified", an unknown method → 404 "Invalid Method
 * identifier specified") and freezes the API as a deployment would; the data plane runs it through its
 * pipeline (src/pipeline/test-invoke.ts, through ctx.dataPlane).
 */
import { Kind, apiScope } from '../../domain/kinds.js';
import type { Resource } from '../../domain/resource.js';
import type { RestApi } from '../../domain/rest-api.js';
import { takeSnapshot } from './deployment-snapshot.js';
import { type Handlers } from './context.js';
import { methodNotFound } from './methods.js';
import { resourceNotFound } from './resources.js';

export const testInvokeHandlers: Handlers = {
  async TestInvokeMethod(input, ctx) {
    const api = await ctx.store.get<RestApi>(Kind.restApi, ctx.region, input.restApiId);
    if (!api) throw resourceNotFound();
    const resource = await ctx.store.get<Resource>(Kind.resource, apiScope(ctx.region, input.restApiId), input.resourceId);
    if (!resource) throw resourceNotFound();
    // An ANY method answers for any verb (rec: test_apigateway_api.py::TestApigatewayTestInvoke::test_failed_invoke_test_method [test-invoke-failure]: ANY tested as GET).
    const methodKey = resource.resourceMethods?.[input.httpMethod] ? input.httpMethod : resource.resourceMethods?.ANY ? 'ANY' : undefined;
    if (!methodKey) throw methodNotFound();
    const snapshot = await takeSnapshot(ctx.store, api, ctx.region);
    return ctx.dataPlane.testInvokeMethod({ region: ctx.region, accountId: ctx.accountId, input, snapshot, resource, methodKey });
  },
};
