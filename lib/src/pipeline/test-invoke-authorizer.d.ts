import { type JwksStore } from '../auth/cognito.js';
import type { TestInvokeAuthorizerRequest, TestInvokeAuthorizerResult } from '../domain/data-plane-port.js';
import type { LambdaInvoker } from '../lambda/invoker.js';
/** What a test invocation runs with: the data plane's Lambda invokers and user pool keys. */
export interface TestInvokeAuthorizerDeps {
    lambda: LambdaInvoker;
    jwks: JwksStore;
}
export declare function testInvokeAuthorizer(rt: TestInvokeAuthorizerDeps, call: TestInvokeAuthorizerRequest): Promise<TestInvokeAuthorizerResult>;
