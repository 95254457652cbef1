import { InvokerRouter } from '../lambda/invoker.js';
import { LambdaInvokeApi } from '../lambda/invoke-api.js';
import { LocalFunctions } from '../lambda/local.js';
import { RemoteInvoker } from '../lambda/remote.js';
import { AccessLogger } from './access-log.js';
import { Authorization } from './authorize.js';
import { StageCache } from './cache.js';
import { DeploymentRegistry, seededRandom } from './deployments.js';
import { AwsSigner } from './integrations/aws/aws-signer.js';
/** `observe` wraps each Lambda invoker (the metrics count invocations through it, src/metrics/lambda.ts). */
export function buildDataRuntime(config, store, http, log, observe = (invoker) => invoker) {
    const local = config.functions
        ? observe(new LocalFunctions({ dir: config.functions, region: config.region, accountId: config.accountId, log, nodeEnvironments: config.nodeEnvironments }))
        : undefined;
    const remote = config.lambdaEndpoint
        ? observe(new RemoteInvoker({ endpoint: config.lambdaEndpoint === 'aws' ? undefined : config.lambdaEndpoint }))
        : undefined;
    if (local)
        log.info({ dir: local.dir, functions: [...local.functions.keys()] }, 'local Lambda functions');
    const lambda = new InvokerRouter(local, remote, config.accountId);
    const accessLog = new AccessLogger(config.accessLogs, log);
    const rt = {
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
