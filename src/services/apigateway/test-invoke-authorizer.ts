/**
 * TestInvokeAuthorizer: the control plane finds the authorizer of the draft API; the data plane runs it
 * (src/pipeline/test-invoke-authorizer.ts, through ctx.dataPlane), with no deployment and no cache.
 */
import type { Authorizer } from '../../domain/authorizer.js';
import { Kind, apiScope } from '../../domain/kinds.js';
import { notFound } from './errors.js';
import { type Handlers } from './context.js';
import { getApi } from './rest-apis.js';

export const testInvokeAuthorizerHandlers: Handlers = {
  async TestInvokeAuthorizer(input, ctx) {
    await getApi(ctx.store, ctx, input.restApiId);
    const authorizer = await ctx.store.get<Authorizer>(Kind.authorizer, apiScope(ctx.region, input.restApiId), input.authorizerId);
    // Not recorded; the text of GetAuthorizer's unknown id.
    if (!authorizer) throw notFound('Invalid Authorizer identifier specified');
    return ctx.dataPlane.testInvokeAuthorizer({ region: ctx.region, accountId: ctx.accountId, input, authorizer });
  },
};
