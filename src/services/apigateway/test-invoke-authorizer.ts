/**
 * TestInvokeAuthorizer: the control plane finds the authorizer of the draft API; the data plane runs it
 * (src/pipeline/test-invoke-authorizer.ts, through ctx.dataPlane), with no deployment and no cache.
 */
import type { Handlers } from './context.js';
import { authorizers } from './collections.js';
import { getApi } from './rest-apis.js';
import { withoutNulls } from './test-invoke.js';

export const testInvokeAuthorizerHandlers: Handlers = {
  async TestInvokeAuthorizer(input, ctx) {
    await getApi(ctx.store, ctx, input.restApiId);
    // Not recorded; the text of GetAuthorizer's unknown id (collections.ts authorizerNotFound).
    const authorizer = await authorizers.in(ctx.store, ctx.region, input.restApiId).getOrThrow(input.authorizerId);
    return ctx.dataPlane.testInvokeAuthorizer({
      region: ctx.region,
      accountId: ctx.accountId,
      // Null values are absent ones (test-invoke.ts withoutNulls).
      input: {
        ...input,
        headers: withoutNulls(input.headers),
        stageVariables: withoutNulls(input.stageVariables),
        additionalContext: withoutNulls(input.additionalContext),
      },
      authorizer,
    });
  },
};
