/**
 * TestInvokeMethod: one method of the draft API (no deployment needed) run through the real
 * data-plane pipeline — request validation, integration request, the integration itself (HTTP,
 * MOCK, Lambda…), integration response, method response — and answered as AWS answers it: status,
 * body, headers, multiValueHeaders, latency (ms) and the execution log, line by line in AWS's form
 * (`{date} : Starting execution for request: …` … `Method completed with status: N`; the lines as
 * LocalStack's TEST_INVOKE_TEMPLATE reproduces them, LS-code test_invoke.py).
 *
 * How: a transient compiled deployment is built from the draft (the resource and its ancestors only,
 * so the given path can only reach this method), served on a synthetic stage `test-invoke-stage`
 * with the given stage variables; authorization, API keys, throttling, the cache and access logs are
 * skipped, as test invocations skip them. The values a test invocation shows in `$context`
 * (stage test-invoke-stage, sourceIp test-invoke-source-ip, domainName testPrefix.testDomainName)
 * are the ones real test invocations print (public Lambda handlers that logged their event).
 * Errors (F90): an unknown API or resource → 404 "Invalid Resource identifier specified", an
 * unknown method → 404 "Invalid Method identifier specified".
 */
import type { AwsServices } from './integrations/aws-service.js';
import type { TestInvokeMethodRequest, TestInvokeMethodResult } from '../domain/data-plane-port.js';
import type { LambdaInvoker } from '../lambda/invoker.js';
import type { Logger } from '../shared/log.js';
import type { HttpClient } from './integrations/http-client.js';
/** What a test invocation runs with: the data plane's own HTTP client and Lambda invokers, traced. */
export interface TestInvokeDeps {
    http: HttpClient;
    lambda: LambdaInvoker;
    aws?: AwsServices;
    log: Logger;
}
export declare function testInvokeMethod(rt: TestInvokeDeps, call: TestInvokeMethodRequest): Promise<TestInvokeMethodResult>;
