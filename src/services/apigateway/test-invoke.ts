/**
 * TestInvokeMethod: the control plane finds the method of the draft API (errors F90: an unknown API
 * or resource → 404 "Invalid Resource identifier specified", an unknown method → 404 "Invalid Method
 * identifier specified") and freezes the API as a deployment would; the data plane runs it through its
 * pipeline (src/pipeline/test-invoke.ts, through ctx.dataPlane).
 */
import { takeSnapshot } from './deployment-snapshot.js';
import type { Handlers } from './context.js';
import { resourceNotFound, resources, restApis } from './collections.js';
import { methodNotFound } from './methods.js';

/**
 * A test invocation's string map (headers, stage variables, additionalContext) without its JSON-null
 * values: the parser keeps a null map value, as AWS stores a null template (F67), but a header, stage
 * variable or context value that is null is one the simulated request does not have (AWS's answer is
 * not recorded; tags.ts drops a null tag value the same way). Passed on, a null reached the data
 * plane's string methods: TestInvokeAuthorizer answered 500 (masking a null identity for the log), and
 * TestInvokeMethod's `Accept: null` failed the invocation inside (its content negotiation split it).
 */
export function withoutNulls(map: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!map) return map;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(map)) if (typeof v === 'string') out[k] = v;
  return out;
}

export const testInvokeHandlers: Handlers = {
  async TestInvokeMethod(input, ctx) {
    // An unknown API answers as an unknown resource (F90).
    const api = await restApis.in(ctx.store, ctx.region).getOrThrow(input.restApiId, resourceNotFound);
    const resource = await resources.in(ctx.store, ctx.region, input.restApiId).getOrThrow(input.resourceId);
    // An ANY method answers for any verb (rec: test_apigateway_api.py::TestApigatewayTestInvoke::test_failed_invoke_test_method [test-invoke-failure]: ANY tested as GET).
    const methodKey = resource.resourceMethods?.[input.httpMethod] ? input.httpMethod : resource.resourceMethods?.ANY ? 'ANY' : undefined;
    if (!methodKey) throw methodNotFound();
    const snapshot = await takeSnapshot(ctx.store, api, ctx.region);
    return ctx.dataPlane.testInvokeMethod({
      region: ctx.region,
      accountId: ctx.accountId,
      input: { ...input, headers: withoutNulls(input.headers), stageVariables: withoutNulls(input.stageVariables) },
      snapshot,
      resource,
      methodKey,
    });
  },
};
