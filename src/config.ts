/**
 * Typed configuration from the command line (`tollgate serve --port …`) and `TOLLGATE_*` variables,
 * validated once at boot. Command-line flags win over the environment.
 */
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';

export interface Config {
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
  /** Largest control-plane request body accepted (ImportRestApi takes up to 6 MB). */
  maxBodyBytes: number;
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
  sync: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const USAGE = `Usage: tollgate serve [options]

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
  --sync FULL|NORMAL   SQLite synchronous mode (default FULL)        TOLLGATE_SYNC
`;

export class ConfigError extends Error {}

function port(v: string | undefined, name: string): number | undefined {
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ConfigError(`${name} must be a port number, got '${v}'`);
  return n;
}

const truthy = (v: string | undefined): boolean => v === '1' || v === 'true' || v === 'yes';

export function loadConfig(argv: string[], env: NodeJS.ProcessEnv = process.env): Config & { help: boolean } {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (e) {
    throw new ConfigError((e as Error).message);
  }
  const region = values.region ?? env.TOLLGATE_REGION ?? 'us-east-1';
  if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) throw new ConfigError(`--region '${region}' is not a region name`);
  const accountId = values['account-id'] ?? env.TOLLGATE_ACCOUNT_ID ?? '000000000000';
  if (!/^\d{12}$/.test(accountId)) throw new ConfigError('--account-id must be 12 digits');
  const sync = (values.sync ?? env.TOLLGATE_SYNC ?? 'FULL').toUpperCase();
  if (sync !== 'FULL' && sync !== 'NORMAL') throw new ConfigError('--sync must be FULL or NORMAL');
  return {
    help: values.help ?? false,
    host: values.host ?? env.TOLLGATE_HOST ?? '127.0.0.1',
    port: port(values.port ?? env.TOLLGATE_PORT, '--port') ?? 4567,
    adminHost: values['admin-host'] ?? env.TOLLGATE_ADMIN_HOST,
    adminPort: port(values['admin-port'] ?? env.TOLLGATE_ADMIN_PORT, '--admin-port'),
    dataDir: resolve(values['data-dir'] ?? env.TOLLGATE_DATA_DIR ?? join(process.cwd(), '.tollgate')),
    memory: values.memory ?? truthy(env.TOLLGATE_MEMORY),
    region,
    accountId,
    awsLimits: values['aws-limits'] ?? truthy(env.TOLLGATE_AWS_LIMITS),
    logLevel: values['log-level'] ?? env.TOLLGATE_LOG_LEVEL ?? 'info',
    sync,
    maxBodyBytes: 10 * 1024 * 1024,
  };
}
