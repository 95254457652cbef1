import { type TlsConfig } from './tls.js';
import { type CredentialStore } from './credentials.js';
import { type AwsEndpoints, type AwsKeys } from './aws-endpoints.js';
export interface Config {
    /** LocalStack drop-in mode (config/localstack.ts): port 4566, /_localstack/health, test/test off loopback. */
    localstack: boolean;
    host: string;
    port: number;
    adminHost: string | undefined;
    adminPort: number | undefined;
    dataDir: string;
    memory: boolean;
    region: string;
    accountId: string;
    awsLimits: boolean;
    logLevel: string;
    sync: 'FULL' | 'NORMAL';
    /** State in PostgreSQL (`postgres://…`), shared by every node pointed at it; unset = SQLite in dataDir. */
    postgres: string | undefined;
    /** Shared counters for throttling, quotas and usage (`redis://host:port`); unset = in-process. */
    redis: string | undefined;
    /** What the data plane does when Redis cannot be reached: refuse (503) or admit uncounted. */
    redisFailure: 'open' | 'closed';
    /** The account-level throttle (GetAccount reports it); unset = AWS's regional default. */
    accountRateLimit: number | undefined;
    accountBurstLimit: number | undefined;
    /** Directory of local Lambda functions (src/lambda/local.ts); unset = none. */
    functions: string | undefined;
    /** Where `--functions` runs Node.js: worker threads (default) or child processes on the Lambda Runtime API (src/runtime/). */
    nodeEnvironments: 'threads' | 'processes';
    /** Remote Lambda Invoke API: a URL, `aws` for AWS's own endpoints, unset = no remote invoker. */
    lambdaEndpoint: string | undefined;
    /** Access log destinations: destinationArn → file path (unmapped ARNs go to stdout). */
    accessLogs: Record<string, string>;
    /** Seed of the canary traffic split's random source (tests); unset = Math.random. */
    canarySeed: number | undefined;
    /** Prometheus metrics at /metrics on the management listener, counted on the request path (src/metrics/). */
    metrics: boolean;
    /** Seconds between a SIGTERM (readiness turns 503) and the listeners closing: time for a load balancer to notice. */
    drainSeconds: number;
    /** Largest control-plane request body accepted (ImportRestApi takes up to 6 MB). */
    maxBodyBytes: number;
    /** HTTPS listener, certificates, truststores, backend CA bundle (src/config/tls.ts). */
    tls: TlsConfig;
    /** Access keys that sign management and AWS_IAM requests (src/config/credentials.ts); prints as a count. */
    credentials: CredentialStore;
    /** Cognito user pool ARN → JWKS file or URL (src/auth/cognito.ts). */
    cognitoJwks: Record<string, string>;
    /** Where AWS service integrations call (src/config/aws-endpoints.ts); none = AWS itself. */
    awsEndpoints: AwsEndpoints;
    /** Keys that sign AWS service calls (TOLLGATE_AWS_ACCESS_KEY_ID…); undefined = the rule in README. */
    awsKeys: AwsKeys | undefined;
}
export declare const USAGE = "Usage: tollgate serve [options]\n\n  --host HOST          listen address (default 127.0.0.1)            TOLLGATE_HOST\n  --port N             listen port (default 4567)                    TOLLGATE_PORT\n  --admin-host HOST    serve the management API on its own listener  TOLLGATE_ADMIN_HOST\n  --admin-port N       port of that listener                         TOLLGATE_ADMIN_PORT\n  --data-dir DIR       state directory (default ./.tollgate)          TOLLGATE_DATA_DIR\n  --memory             keep state in memory only                     TOLLGATE_MEMORY=1\n  --region NAME        region of unsigned requests (default us-east-1) TOLLGATE_REGION\n  --account-id ID      the account (default 000000000000)            TOLLGATE_ACCOUNT_ID\n  --aws-limits         enforce AWS's account and per-API quotas      TOLLGATE_AWS_LIMITS=1\n  --log-level LEVEL    pino level (default info)                     TOLLGATE_LOG_LEVEL\n  --sync FULL|NORMAL   SQLite synchronous mode (default FULL)        TOLLGATE_SYNC\n  --postgres URL       state in PostgreSQL (postgres://\u2026) instead    TOLLGATE_POSTGRES\n  --redis URL          shared counters in Redis (redis://host:port)  TOLLGATE_REDIS\n  --redis-failure open|closed  when Redis is down (default closed)   TOLLGATE_REDIS_FAILURE\n  --account-rate-limit N   account throttle, requests/s (AWS: 10000) TOLLGATE_ACCOUNT_RATE_LIMIT\n  --account-burst-limit N  account burst (AWS: 5000)                 TOLLGATE_ACCOUNT_BURST_LIMIT\n  --functions DIR      serve the Lambda functions in DIR             TOLLGATE_FUNCTIONS\n  --node-environments threads|processes  where they run (default threads) TOLLGATE_NODE_ENVIRONMENTS\n  --lambda-endpoint URL  remote Lambda Invoke API (or 'aws')         TOLLGATE_LAMBDA_ENDPOINT\n  --aws-endpoint [SERVICE=]URL  AWS service integrations' endpoint (repeatable) TOLLGATE_AWS_ENDPOINTS (comma-separated)\n                       (signed with TOLLGATE_AWS_ACCESS_KEY_ID + TOLLGATE_AWS_SECRET_ACCESS_KEY)\n  --access-log ARN=PATH  write a stage's access log to a file (repeatable) TOLLGATE_ACCESS_LOG (comma-separated)\n  --canary-seed N      seed the canary traffic split (tests)         TOLLGATE_CANARY_SEED\n  --localstack         LocalStack drop-in: port 4566, /_localstack/health TOLLGATE_LOCALSTACK=1\n                       (also on when GATEWAY_LISTEN is set or --port is 4566)\n  --metrics on|off     Prometheus metrics at /metrics (default on)    TOLLGATE_METRICS\n  --drain-seconds N    on SIGTERM: not ready, still serving, N s (default 0) TOLLGATE_DRAIN_SECONDS\n  --tls-port N|auto    HTTPS listener (default 4443; 0 = off; auto = any free port;\n                       off by default when --port is 0)             TOLLGATE_TLS_PORT\n  --certificate ARN=CERT.pem,KEY.pem  PEM pair for a certificate ARN (repeatable)\n                                                                     TOLLGATE_CERTIFICATES (';'-separated)\n  --default-certificate CERT.pem,KEY.pem  for unknown names (default: self-signed) TOLLGATE_DEFAULT_CERTIFICATE\n  --truststore s3://BUCKET/KEY=FILE  local file for a truststore URI (repeatable) TOLLGATE_TRUSTSTORES (';'-separated)\n  --backend-ca FILE    extra CA bundle for backends' certificates   TOLLGATE_BACKEND_CA\n  --credentials FILE   access keys that sign requests (SigV4)       TOLLGATE_CREDENTIALS\n                       (also TOLLGATE_ACCESS_KEY_ID + TOLLGATE_SECRET_ACCESS_KEY)\n  --cognito-jwks ARN=PATH|URL  a user pool's JWKS (repeatable)      TOLLGATE_COGNITO_JWKS (';'-separated)\n";
export { ConfigError } from './errors.js';
export declare function loadConfig(argv: string[], env?: NodeJS.ProcessEnv): Config & {
    help: boolean;
};
