/**
 * What the data plane needs beyond the store, built once from the configuration: the Lambda invoker
 * (the stored functions app.ts hands in, a remote Invoke API, or both), the Lambda Invoke API for the
 * `--functions` folder's functions, the
 * stage cache, the access logger and the canary's random source. The control plane reaches the
 * same objects through its port (data/port.ts, built in src/app.ts): FlushStageCache empties the cache,
 * TestInvokeMethod runs the pipeline with the same invokers.
 */
import type { Config } from '../config/options.js';
import { InvokerRouter, type LambdaInvoker, type LocalRuntime } from '../lambda/invoker.js';
import { LambdaInvokeApi } from '../lambda/invoke-api.js';
import { RemoteInvoker } from '../lambda/remote.js';
import type { Logger } from '../shared/log.js';
import type { Store } from '../store/store.js';
import { AccessLogger } from './access-log.js';
import { Authorization } from './authorize.js';
import { StageCache } from './cache.js';
import { DeploymentRegistry, seededRandom } from './deployments.js';
import type { AwsServices } from './integrations/aws-service.js';
import { AwsSigner } from './integrations/aws/aws-signer.js';
import { RoleCredentials } from './integrations/aws/role-credentials.js';
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

/** The Lambda functions the composition root (src/app.ts) hands the data plane. */
export interface DataLambda {
  /** Lambda's management API's functions, the `--functions` shortcut's among them (src/services/lambda/stored-functions.ts). */
  stored?: LambdaInvoker;
  /** Whether a name is one of the `--functions` folder's: the main listener's Invoke API answers those. */
  local?: (name: string) => boolean;
}

function awsServices(config: Config, http: HttpClient): AwsServices {
  const signer = new AwsSigner(config.awsKeys);
  return { endpoints: config.awsEndpoints, signer, roles: new RoleCredentials(config.awsEndpoints, signer, http) };
}

/**
 * API Gateway reaches the stored functions first, then the remote endpoint. `observe` wraps the remote
 * invoker (the metrics count its invocations, src/metrics/lambda.ts; the stored functions are counted
 * at their runner, which app.ts wraps).
 */
export function buildDataRuntime(
  config: Config,
  store: Store,
  http: HttpClient,
  log: Logger,
  functions: DataLambda = {},
  observe: <T extends LambdaInvoker>(invoker: T) => T = (invoker) => invoker,
): DataRuntime {
  const remote = config.lambdaEndpoint
    ? observe(new RemoteInvoker({ endpoint: config.lambdaEndpoint === 'aws' ? undefined : config.lambdaEndpoint }))
    : undefined;
  const { stored, local } = functions;
  const lambda = new InvokerRouter(undefined, remote, config.accountId, stored);
  // The main listener's Invoke API serves the folder's functions, through the same invoker.
  const localApi: LocalRuntime | undefined = stored && local ? { has: local, invoke: (req) => stored.invoke(req), close: () => Promise.resolve() } : undefined;
  const accessLog = new AccessLogger(config.accessLogs, log);
  const rt: DataRuntime = {
    registry: new DeploymentRegistry(store, config.accountId, config.canarySeed === undefined ? Math.random : seededRandom(config.canarySeed)),
    http,
    log,
    lambda,
    aws: awsServices(config, http),
    lambdaApi: new LambdaInvokeApi(localApi, config.region, config.accountId, log, config.credentials),
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
