/**
 * TestInvokeAuthorizer: the control plane finds the authorizer of the draft API; the data plane runs it
 * (src/pipeline/test-invoke-authorizer.ts, through ctx.dataPlane), with no deployment and no cache.
 */
import type { Handlers } from './context.js';
export declare const testInvokeAuthorizerHandlers: Handlers;
