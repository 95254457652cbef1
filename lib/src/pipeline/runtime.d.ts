/**
 * What the data plane needs beyond the store, built once from the configuration: the Lambda invoker
 * (local functions, remote Invoke API, or both), the Lambda Invoke API for the local functions, the
 * stage cache, the access logger and the canary's random source. The control plane reaches the
 * same objects through its port (data/port.ts, built in src/app.ts): FlushStageCache empties the cache,
 * TestInvokeMethod runs the pipeline with the same invokers.
 */
import type { Config } from '../config/options.js';
import { type LambdaInvoker } from '../lambda/invoker.js';
import { LambdaInvokeApi } from '../lambda/invoke-api.js';
import type { Logger } from '../shared/log.js';
import type { Store } from '../store/store.js';
import { AccessLogger } from './access-log.js';
import { Authorization } from './authorize.js';
import { StageCache } from './cache.js';
import { DeploymentRegistry } from './deployments.js';
import type { AwsServices } from './integrations/aws-service.js';
import type { HttpClient } from './integrations/http-client.js';
export interface DataRuntime {
    registry: DeploymentRegistry;
    http: HttpClient;
    log: Logger;
    lambda: LambdaInvoker;
    /** AWS service integrations: endpoints and the SigV4 signer (integrations/aws-service.ts). */
    aws: AwsServices;
    lambdaApi: LambdaInvokeApi;
    cache: StageCache;
    accessLog: AccessLogger;
    /** Authorizers (and their cache), IAM and resource policies (data/authorize.ts). */
    auth: Authorization;
    close(): Promise<void>;
}
/** `observe` wraps each Lambda invoker (the metrics count invocations through it, src/metrics/lambda.ts). */
export declare function buildDataRuntime(config: Config, store: Store, http: HttpClient, log: Logger, observe?: <T extends LambdaInvoker>(invoker: T) => T): DataRuntime;
