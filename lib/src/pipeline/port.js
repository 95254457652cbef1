import { testInvokeAuthorizer } from './test-invoke-authorizer.js';
import { testInvokeMethod } from './test-invoke.js';
export function dataPlanePort(rt) {
    return {
        flushStageCache: (apiId, stageName) => rt.cache.flush(apiId, stageName),
        flushAuthorizerCache: (apiId, stageName) => rt.auth.flush(apiId, stageName),
        testInvokeMethod: (req) => testInvokeMethod(rt, req),
        testInvokeAuthorizer: (req) => testInvokeAuthorizer({ lambda: rt.lambda, jwks: rt.auth.jwks }, req),
    };
}
