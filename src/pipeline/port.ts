/**
 * The data plane as the control plane sees it (src/domain/data-plane-port.ts), built by the composition
 * root (src/app.ts) from the data plane's runtime: the stage cache, the authorizer cache, and the
 * pipeline and invokers test invocations run through.
 */
import type { DataPlanePort } from '../domain/data-plane-port.js';
import type { DataRuntime } from './runtime.js';
import { testInvokeAuthorizer } from './test-invoke-authorizer.js';
import { testInvokeMethod } from './test-invoke.js';

export function dataPlanePort(rt: DataRuntime): DataPlanePort {
  return {
    flushStageCache: (apiId, stageName) => rt.cache.flush(apiId, stageName),
    flushAuthorizerCache: (apiId, stageName) => rt.auth.flush(apiId, stageName),
    testInvokeMethod: (req) => testInvokeMethod(rt, req),
    testInvokeAuthorizer: (req) => testInvokeAuthorizer({ lambda: rt.lambda, jwks: rt.auth.jwks }, req),
  };
}
