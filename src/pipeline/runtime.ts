/**
 * What the data plane needs beyond the store, built once from the configuration: the Lambda invoker
 * (local functions, remote Invoke API, or both), the Lambda Invoke API for the local functions, the
 * stage cache, the access logger and the canary's random source. The control plane reaches the
 * same objects through its port (data/port.ts, built in src/app.ts): FlushStageCache empties the cache,
 * TestInvokeMethod runs the pipeline with the same invokers.
 */
import type { Config } from '../config/options.js';
import { InvokerRouter, type LambdaInvoker } from '../lambda/invoker.js';
import { LambdaInvokeApi } from '../lambda/invoke-api.js';
import { LocalFunctions } from '../lambda/local.js';
import { RemoteInvoker } from '../lambda/remote.js';
import type { Logger } from '../shared/log.js';
import type { Store } from '../store/store.js';
import { AccessLogger } from './access-log.js';
import { Authorization } from './authorize.js';
import { StageCache } from './cache.js';
import { DeploymentRegistry, seededRandom } from './deployments.js';
import type { AwsServices } from './integrations/aws-service.js';
import { AwsSigner } from './integrations/aws/aws-signer.js';
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

/**
 * `stored`: the functions of Lambda's management API (src/services/lambda/stored-functions.ts), handed in by the
 * composition root; API Gateway reaches them after the local ones and before the remote endpoint.
 */
export function buildDataRuntime(config: Config, store: Store, http: HttpClient, log: Logger, stored?: LambdaInvoker): DataRuntime {
  const local = config.functions
    ? new LocalFunctions({ dir: config.functions, region: config.region, accountId: config.accountId, log, nodeEnvironments: config.nodeEnvironments })
    : undefined;
  const remote = config.lambdaEndpoint ? new RemoteInvoker({ endpoint: config.lambdaEndpoint === 'aws' ? undefined : config.lambdaEndpoint }) : undefined;
  if (local) log.info({ dir: local.dir, functions: [...local.functions.keys()] }, 'local Lambda functions');
  const lambda = new InvokerRouter(local, remote, config.accountId, stored);
  const accessLog = new AccessLogger(config.accessLogs, log);
  const rt: DataRuntime = {
    registry: new DeploymentRegistry(store, config.accountId, config.canarySeed === undefined ? Math.random : seededRandom(config.canarySeed)),
    http,
    log,
    lambda,
    aws: { endpoints: config.awsEndpoints, signer: new AwsSigner(config.awsKeys) },
    lambdaApi: new LambdaInvokeApi(local, config.region, config.accountId, log, config.credentials),
    cache: new StageCache(),
    accessLog,
    auth: new Authorization({ lambda, credentials: config.credentials, cognitoJwks: config.cognitoJwks, log }),
    async close() {
      await lambda.close();
      await accessLog.close();
    },
  };
  return rt;
}
