import { authorizers } from './collections.js';
import { getApi } from './rest-apis.js';
export const testInvokeAuthorizerHandlers = {
    async TestInvokeAuthorizer(input, ctx) {
        await getApi(ctx.store, ctx, input.restApiId);
        // Not recorded; the text of GetAuthorizer's unknown id (collections.ts authorizerNotFound).
        const authorizer = await authorizers.in(ctx.store, ctx.region, input.restApiId).getOrThrow(input.authorizerId);
        return ctx.dataPlane.testInvokeAuthorizer({ region: ctx.region, accountId: ctx.accountId, input, authorizer });
    },
};
