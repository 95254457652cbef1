/**
 * Typed configuration from the command line (`tollgate serve --port …`) and `TOLLGATE_*` variables,
 * validated once at boot. Command-line flags win over the environment.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { loadTlsConfig, TLS_OPTIONS, TLS_USAGE, type TlsConfig } from './tls.js';
import { loadCredentials, type CredentialStore } from './credentials.js';
import { parseCognitoJwks } from './cognito-jwks.js';
import { ConfigError } from './errors.js';
import { envFromConfigFile } from './file.js';
import { LOCALSTACK_PORT, localStackMode, parseGatewayListen, withLocalStackKeys } from './localstack.js';
import { awsKeysFromEnv, parseAwsEndpoints, type AwsEndpoints, type AwsKeys } from './aws-endpoints.js';

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
  /** `json` (pino's lines, default) or `pretty` (one readable line per record, src/shared/log.ts). */
  logFormat: 'json' | 'pretty';
  sync: 'FULL' | 'NORMAL';
  /** State in PostgreSQL (`postgres://…`), shared by every node pointed at it; unset = SQLite in dataDir. */
  postgres: string | undefined;
  /** Shared counters for throttling, quotas and usage (`redis://host:port`); unset = in-process. */
  redis: string | undefined;
  /** What the data plane does when Redis cannot be reached: refuse (503) or admit uncounted. */
  redisFailure: 'open' | 'closed';
  /** How long one Redis command may take before it counts as Redis being down (ms); unset = throttle/redis.ts's default. */
  redisTimeoutMs: number | undefined;
  /** The account-level throttle (GetAccount reports it); unset = AWS's regional default. */
  accountRateLimit: number | undefined;
  accountBurstLimit: number | undefined;
  /** Directory of local Lambda functions (src/lambda/local.ts); unset = none. */
  functions: string | undefined;
  /** Where `--functions` runs Node.js: worker threads (default) or child processes on the Lambda Runtime API (src/runtime/). */
  nodeEnvironments: 'threads' | 'processes';
  /**
   * Whether API Gateway's calls of Lambda's functions need a resource-based policy allowing them (AddPermission
   * for apigateway.amazonaws.com), as on AWS (`enforce`, the default), or run regardless (`off`).
   */
  lambdaPermissions: 'enforce' | 'off';
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
  /** Serving processes (`--workers N|auto`, src/cluster/): 1 = this process serves; more = a primary and N workers on the same ports. */
  workers: number;
  /** Largest control-plane request body accepted (ImportRestApi takes up to 6 MB); a service may set its own (Lambda's). */
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
  /** `--stack PATH`: a project deployed as a stack at start and redeployed on every change (src/stacks/project/). */
  stack: StackOption | undefined;
  /** `--openapi FILE` (repeatable), `--stage`, `--stage-variable`: imported and deployed at start (src/stacks/openapi-files.ts). */
  openapi: OpenApiOption | undefined;
}

export interface OpenApiOption {
  /** Absolute paths, in the order given. */
  files: string[];
  /** --stage NAME (default `dev`). */
  stage: string;
  /** --stage-variable KEY=VALUE, repeatable. */
  variables: Record<string, string>;
}

export interface StackOption {
  /** A template file, a SAM directory, a CDK cloud assembly or a Serverless package (src/stacks/sources/load-project.ts). */
  path: string;
  /** --stack-name; else the project's own name, else the file's. */
  stackName: string | undefined;
  /** --parameter KEY=VALUE, repeatable. */
  parameters: Record<string, string>;
  /** --skip-unsupported: resources of types Tollgate does not serve are skipped, not refused. */
  skipUnsupported: boolean;
}

const OPTIONS = {
  host: { type: 'string' },
  port: { type: 'string' },
  'admin-host': { type: 'string' },
  'admin-port': { type: 'string' },
  'data-dir': { type: 'string' },
  memory: { type: 'boolean' },
  region: { type: 'string' },
  'account-id': { type: 'string' },
  'aws-limits': { type: 'boolean' },
  'log-level': { type: 'string' },
  'log-format': { type: 'string' },
  sync: { type: 'string' },
  postgres: { type: 'string' },
  redis: { type: 'string' },
  'redis-failure': { type: 'string' },
  'redis-timeout': { type: 'string' },
  'account-rate-limit': { type: 'string' },
  'account-burst-limit': { type: 'string' },
  functions: { type: 'string' },
  'node-environments': { type: 'string' },
  'lambda-permissions': { type: 'string' },
  'lambda-endpoint': { type: 'string' },
  'aws-endpoint': { type: 'string', multiple: true },
  'access-log': { type: 'string', multiple: true },
  'canary-seed': { type: 'string' },
  'drain-seconds': { type: 'string' },
  workers: { type: 'string' },
  metrics: { type: 'string' },
  localstack: { type: 'boolean' },
  config: { type: 'string' },
  ...TLS_OPTIONS,
  credentials: { type: 'string' },
  'cognito-jwks': { type: 'string', multiple: true },
  stack: { type: 'string' },
  'stack-name': { type: 'string' },
  parameter: { type: 'string', multiple: true },
  'skip-unsupported': { type: 'boolean' },
  openapi: { type: 'string', multiple: true },
  stage: { type: 'string' },
  'stage-variable': { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

export const USAGE = `Usage: tollgate serve [options]
       tollgate --version

  --config FILE        settings from a YAML file (keys = flag names; flags > environment > file) TOLLGATE_CONFIG

  --host HOST          listen address (default 127.0.0.1)            TOLLGATE_HOST
  --port N             listen port (default 4567)                    TOLLGATE_PORT
  --admin-host HOST    serve the management API on its own listener  TOLLGATE_ADMIN_HOST
  --admin-port N       port of that listener                         TOLLGATE_ADMIN_PORT
  --data-dir DIR       state directory (default ./.tollgate)          TOLLGATE_DATA_DIR
  --memory             keep state in memory only                     TOLLGATE_MEMORY=1
  --region NAME        region of unsigned requests (default us-east-1) TOLLGATE_REGION
  --account-id ID      the account (default 000000000000)            TOLLGATE_ACCOUNT_ID
  --aws-limits         enforce AWS's account and per-API quotas      TOLLGATE_AWS_LIMITS=1
  --log-level LEVEL    pino level (default info)                     TOLLGATE_LOG_LEVEL
  --log-format json|pretty  JSON lines (default) or readable ones    TOLLGATE_LOG_FORMAT
  --sync FULL|NORMAL   SQLite synchronous mode (default FULL)        TOLLGATE_SYNC
  --postgres URL       state in PostgreSQL (postgres://…) instead    TOLLGATE_POSTGRES
  --redis URL          shared counters in Redis (redis://host:port)  TOLLGATE_REDIS
  --redis-failure open|closed  when Redis is down (default closed)   TOLLGATE_REDIS_FAILURE
  --redis-timeout MS   a Redis command slower than this is a failure (default 1000) TOLLGATE_REDIS_TIMEOUT
  --account-rate-limit N   account throttle, requests/s (AWS: 10000) TOLLGATE_ACCOUNT_RATE_LIMIT
  --account-burst-limit N  account burst (AWS: 5000)                 TOLLGATE_ACCOUNT_BURST_LIMIT
  --functions DIR      serve the Lambda functions in DIR             TOLLGATE_FUNCTIONS
  --node-environments threads|processes  where they run (default threads) TOLLGATE_NODE_ENVIRONMENTS
  --lambda-permissions enforce|off  API Gateway needs AddPermission to invoke a function (default enforce) TOLLGATE_LAMBDA_PERMISSIONS
  --lambda-endpoint URL  remote Lambda Invoke API (or 'aws')         TOLLGATE_LAMBDA_ENDPOINT
  --aws-endpoint [SERVICE=]URL  AWS service integrations' endpoint (repeatable) TOLLGATE_AWS_ENDPOINTS (comma-separated)
                       (signed with TOLLGATE_AWS_ACCESS_KEY_ID + TOLLGATE_AWS_SECRET_ACCESS_KEY)
  --access-log ARN=PATH  write a stage's access log to a file (repeatable) TOLLGATE_ACCESS_LOG (comma-separated)
  --canary-seed N      seed the canary traffic split (tests)         TOLLGATE_CANARY_SEED
  --localstack         LocalStack drop-in: port 4566, /_localstack/health TOLLGATE_LOCALSTACK=1
                       (also on when GATEWAY_LISTEN is set or --port is 4566)
  --metrics on|off     Prometheus metrics at /metrics (default on)    TOLLGATE_METRICS
  --drain-seconds N    on SIGTERM: not ready, still serving, N s (default 0) TOLLGATE_DRAIN_SECONDS
  --workers N|auto     serving processes on the same ports, one shared state (default 1; auto = one per core) TOLLGATE_WORKERS
${TLS_USAGE}  --credentials FILE   access keys that sign requests (SigV4)       TOLLGATE_CREDENTIALS
                       (also TOLLGATE_ACCESS_KEY_ID + TOLLGATE_SECRET_ACCESS_KEY)
  --cognito-jwks ARN=PATH|URL  a user pool's JWKS (repeatable)      TOLLGATE_COGNITO_JWKS (';'-separated)
  --stack PATH         deploy a project (CloudFormation, SAM, CDK cloud assembly, Serverless package) as a
                       stack at start, and redeploy it on every change of its template or code
  --stack-name NAME    the stack's name (default: the project's, else the file's)
  --parameter KEY=VALUE  a template parameter (repeatable)
  --skip-unsupported   skip resources of types Tollgate does not serve instead of refusing the deploy
  --openapi FILE       import an OpenAPI file and deploy it at start (repeatable; an API of the same
                       title is overwritten, not duplicated)                TOLLGATE_OPENAPI (comma-separated)
  --stage NAME         the stage --openapi deploys to (default dev)       TOLLGATE_STAGE
  --stage-variable KEY=VALUE  a variable of that stage (repeatable)       TOLLGATE_STAGE_VARIABLES (comma-separated)
`;

export { ConfigError } from './errors.js';

function accessLogs(flags: string[] | undefined, env: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = flags?.length ? flags : env ? env.split(',').filter((e) => e.trim() !== '') : [];
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    if (eq <= 0 || eq === entry.length - 1) throw new ConfigError(`--access-log takes ARN=PATH, got '${entry}'`);
    out[entry.slice(0, eq).trim()] = resolve(entry.slice(eq + 1).trim());
  }
  return out;
}

function nodeEnvironments(v: string | undefined): 'threads' | 'processes' {
  if (v === undefined || v === 'threads' || v === 'processes') return v ?? 'threads';
  throw new ConfigError(`--node-environments must be threads or processes, not '${v}'`);
}

function lambdaPermissions(v: string | undefined): 'enforce' | 'off' {
  if (v === undefined || v === 'enforce' || v === 'off') return v ?? 'enforce';
  throw new ConfigError(`--lambda-permissions must be enforce or off, not '${v}'`);
}

function lambdaEndpoint(v: string | undefined): string | undefined {
  if (v === undefined || v === '') return undefined;
  if (v === 'aws') return v;
  try {
    new URL(v);
  } catch {
    throw new ConfigError(`--lambda-endpoint must be a URL or 'aws', got '${v}'`);
  }
  return v;
}

function port(v: string | undefined, name: string): number | undefined {
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ConfigError(`${name} must be a port number, got '${v}'`);
  return n;
}

function nonNegative(v: string | undefined, name: string, integer: boolean): number | undefined {
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n)))
    throw new ConfigError(`${name} must be a non-negative ${integer ? 'integer' : 'number'}, got '${v}'`);
  return n;
}

/**
 * `--redis-timeout MS`, at least 1. 0 is refused: it is no "no timeout" but ioredis's timer of 0 ms on
 * every command (ioredis 6 sets its commandTimeout whenever it is a number, built/Redis.js), so every
 * request would find Redis "down" and `--redis-failure` would decide them all.
 */
function redisTimeout(v: string | undefined): number | undefined {
  const n = nonNegative(v, '--redis-timeout', true);
  if (n === 0) throw new ConfigError(`--redis-timeout must be a whole number of milliseconds from 1, got '${v}'`);
  return n;
}

/** `KEY=VALUE` pairs (CloudFormation's parameter keys are alphanumeric). */
export function parameterPairs(entries: string[] | undefined, flag = '--parameter'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of entries ?? []) {
    const eq = entry.indexOf('=');
    if (eq <= 0) throw new ConfigError(`${flag} takes KEY=VALUE, got '${entry}'`);
    out[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  return out;
}

function stackOption(values: { stack?: string; 'stack-name'?: string; parameter?: string[]; 'skip-unsupported'?: boolean }): StackOption | undefined {
  if (values.stack === undefined) {
    if (values['stack-name'] !== undefined || values.parameter?.length || values['skip-unsupported']) {
      throw new ConfigError('--stack-name, --parameter and --skip-unsupported go with --stack PATH');
    }
    return undefined;
  }
  return {
    path: resolve(values.stack),
    stackName: values['stack-name'],
    parameters: parameterPairs(values.parameter),
    skipUnsupported: values['skip-unsupported'] ?? false,
  };
}

function openApiOption(values: { openapi?: string[]; stage?: string; 'stage-variable'?: string[] }, env: NodeJS.ProcessEnv): OpenApiOption | undefined {
  const list = (flags: string[] | undefined, v: string | undefined): string[] =>
    flags?.length
      ? flags
      : (v ?? '')
          .split(',')
          .map((e) => e.trim())
          .filter((e) => e !== '');
  const files = list(values.openapi, env.TOLLGATE_OPENAPI);
  const stage = values.stage ?? env.TOLLGATE_STAGE;
  const variables = list(values['stage-variable'], env.TOLLGATE_STAGE_VARIABLES);
  if (!files.length) {
    if (values.stage !== undefined || values['stage-variable']?.length) throw new ConfigError('--stage and --stage-variable go with --openapi FILE');
    return undefined;
  }
  // The stage's name is CreateDeployment's to check (its own BadRequestException, src/stacks/openapi-files.ts).
  return { files: files.map((f) => resolve(f)), stage: stage ?? 'dev', variables: parameterPairs(variables, '--stage-variable') };
}

function onOff(v: string | undefined, name: string, fallback: boolean): boolean {
  if (v === undefined || v === '') return fallback;
  const lower = v.toLowerCase();
  if (lower === 'on' || lower === 'true' || lower === '1') return true;
  if (lower === 'off' || lower === 'false' || lower === '0') return false;
  throw new ConfigError(`${name} must be on or off, got '${v}'`);
}

/** The most workers accepted: far above any core count this runs on, low enough to catch a typo. */
const MAX_WORKERS = 256;

/**
 * `--workers N|auto`: `auto` is os.availableParallelism() (Node's advice for the size of a cluster,
 * https://nodejs.org/docs/latest-v20.x/api/os.html#osavailableparallelism). Several workers need a store
 * that processes share (a SQLite file or PostgreSQL): `--memory` keeps the state inside one process.
 */
function workers(v: string | undefined, memory: boolean): number {
  if (v === undefined || v === '') return 1;
  const n = v === 'auto' ? availableParallelism() : Number(v);
  if (!Number.isInteger(n) || n < 1 || n > MAX_WORKERS) throw new ConfigError(`--workers must be auto or a whole number from 1 to ${MAX_WORKERS}, got '${v}'`);
  if (n > 1 && memory)
    throw new ConfigError(`--workers ${v} (${n} processes) cannot share --memory state, which lives inside one process: use --data-dir (SQLite) or --postgres`);
  return n;
}

function logFormat(v: string | undefined): 'json' | 'pretty' {
  if (v === undefined || v === '') return 'json';
  if (v === 'json' || v === 'pretty') return v;
  throw new ConfigError(`--log-format must be json or pretty, got '${v}'`);
}

const truthy = (v: string | undefined): boolean => v === '1' || v === 'true' || v === 'yes';

export function loadConfig(argv: string[], env: NodeJS.ProcessEnv = process.env): Config & { help: boolean } {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (e) {
    throw new ConfigError((e as Error).message);
  }
  // --config FILE: its settings under the environment's, which are under the flags' (config/file.ts).
  const configFile = values.config ?? env.TOLLGATE_CONFIG;
  if (configFile) env = { ...envFromConfigFile(configFile, new Set(Object.keys(OPTIONS))), ...env };
  const region = values.region ?? env.TOLLGATE_REGION ?? 'us-east-1';
  if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) throw new ConfigError(`--region '${region}' is not a region name`);
  const accountId = values['account-id'] ?? env.TOLLGATE_ACCOUNT_ID ?? '000000000000';
  if (!/^\d{12}$/.test(accountId)) throw new ConfigError('--account-id must be 12 digits');
  const sync = (values.sync ?? env.TOLLGATE_SYNC ?? 'FULL').toUpperCase();
  if (sync !== 'FULL' && sync !== 'NORMAL') throw new ConfigError('--sync must be FULL or NORMAL');
  const postgres = (values.postgres ?? env.TOLLGATE_POSTGRES) || undefined;
  if (postgres !== undefined && !/^postgres(ql)?:\/\//.test(postgres)) throw new ConfigError('--postgres must be a postgres:// or postgresql:// URL');
  const memory = values.memory ?? truthy(env.TOLLGATE_MEMORY);
  if (postgres !== undefined && memory) throw new ConfigError('--memory and --postgres exclude each other: state is either in memory or in PostgreSQL');
  const redis = values.redis ?? env.TOLLGATE_REDIS ?? undefined;
  if (redis !== undefined && redis !== '' && !/^rediss?:\/\//.test(redis)) throw new ConfigError(`--redis must be a redis:// or rediss:// URL, got '${redis}'`);
  const redisFailure = (values['redis-failure'] ?? env.TOLLGATE_REDIS_FAILURE ?? 'closed').toLowerCase();
  if (redisFailure !== 'open' && redisFailure !== 'closed') throw new ConfigError('--redis-failure must be open or closed');
  // LocalStack drop-in mode (config/localstack.ts): its port, GATEWAY_LISTEN, test/test off loopback.
  const requestedPort = port(values.port ?? env.TOLLGATE_PORT, '--port');
  const localstack = localStackMode(values.localstack ?? truthy(env.TOLLGATE_LOCALSTACK), env, requestedPort);
  const gatewayListen = localstack && env.GATEWAY_LISTEN ? parseGatewayListen(env.GATEWAY_LISTEN) : undefined;
  const mainPort = requestedPort ?? (localstack ? (gatewayListen?.port ?? LOCALSTACK_PORT) : 4567);
  const host = values.host ?? env.TOLLGATE_HOST ?? gatewayListen?.host ?? '127.0.0.1';
  const adminHost = values['admin-host'] ?? env.TOLLGATE_ADMIN_HOST;
  const adminPort = port(values['admin-port'] ?? env.TOLLGATE_ADMIN_PORT, '--admin-port');
  const credentialsFile = values.credentials ?? env.TOLLGATE_CREDENTIALS;
  const credentialsEnv = localstack ? withLocalStackKeys(env, adminPort !== undefined ? (adminHost ?? '127.0.0.1') : host, credentialsFile) : env;
  return {
    help: values.help ?? false,
    localstack,
    host,
    port: mainPort,
    adminHost,
    adminPort,
    dataDir: resolve(values['data-dir'] ?? env.TOLLGATE_DATA_DIR ?? join(process.cwd(), '.tollgate')),
    memory,
    region,
    accountId,
    awsLimits: values['aws-limits'] ?? truthy(env.TOLLGATE_AWS_LIMITS),
    logLevel: values['log-level'] ?? env.TOLLGATE_LOG_LEVEL ?? 'info',
    logFormat: logFormat(values['log-format'] ?? env.TOLLGATE_LOG_FORMAT),
    sync,
    postgres,
    redis: redis || undefined,
    redisFailure,
    redisTimeoutMs: redisTimeout(values['redis-timeout'] ?? env.TOLLGATE_REDIS_TIMEOUT),
    accountRateLimit: nonNegative(values['account-rate-limit'] ?? env.TOLLGATE_ACCOUNT_RATE_LIMIT, '--account-rate-limit', false),
    accountBurstLimit: nonNegative(values['account-burst-limit'] ?? env.TOLLGATE_ACCOUNT_BURST_LIMIT, '--account-burst-limit', true),
    functions: (values.functions ?? env.TOLLGATE_FUNCTIONS) ? resolve((values.functions ?? env.TOLLGATE_FUNCTIONS)!) : undefined,
    nodeEnvironments: nodeEnvironments(values['node-environments'] ?? env.TOLLGATE_NODE_ENVIRONMENTS),
    lambdaPermissions: lambdaPermissions(values['lambda-permissions'] ?? env.TOLLGATE_LAMBDA_PERMISSIONS),
    lambdaEndpoint: lambdaEndpoint(values['lambda-endpoint'] ?? env.TOLLGATE_LAMBDA_ENDPOINT),
    accessLogs: accessLogs(values['access-log'], env.TOLLGATE_ACCESS_LOG),
    canarySeed: nonNegative(values['canary-seed'] ?? env.TOLLGATE_CANARY_SEED, '--canary-seed', true),
    metrics: onOff(values.metrics ?? env.TOLLGATE_METRICS, '--metrics', true),
    drainSeconds: nonNegative(values['drain-seconds'] ?? env.TOLLGATE_DRAIN_SECONDS, '--drain-seconds', false) ?? 0,
    workers: workers(values.workers ?? env.TOLLGATE_WORKERS, memory),
    maxBodyBytes: 10 * 1024 * 1024,
    tls: loadTlsConfig(values, env, mainPort),
    credentials: loadCredentials(credentialsFile, credentialsEnv, accountId),
    cognitoJwks: parseCognitoJwks(values['cognito-jwks'], env.TOLLGATE_COGNITO_JWKS),
    awsEndpoints: parseAwsEndpoints(values['aws-endpoint'], env.TOLLGATE_AWS_ENDPOINTS),
    awsKeys: awsKeysFromEnv(env),
    stack: stackOption(values),
    openapi: openApiOption(values, env),
  };
}
