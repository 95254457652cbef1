/**
 * The CloudFormation client the `tollgate deploy` and `tollgate stacks` commands speak through: the real
 * @aws-sdk/client-cloudformation (SigV4-signed like every management call), pointed at a running Tollgate.
 * - Endpoint: `--endpoint URL`, else AWS_ENDPOINT_URL_CLOUDFORMATION / AWS_ENDPOINT_URL (the SDKs' own variables),
 *   else the local Tollgate the environment configures: http://{TOLLGATE_ADMIN_HOST|TOLLGATE_HOST|127.0.0.1}:
 *   {TOLLGATE_ADMIN_PORT|TOLLGATE_PORT|4567}.
 * - Credentials: TOLLGATE_ACCESS_KEY_ID + TOLLGATE_SECRET_ACCESS_KEY (the keys a server started with the same
 *   environment accepts), else the AWS SDK's default chain (AWS_ACCESS_KEY_ID…, profiles, SSO); on a loopback
 *   endpoint with neither, `test`/`test` (a Tollgate on loopback without --credentials takes any key).
 * - Region: `--region`, else AWS_REGION / AWS_DEFAULT_REGION / TOLLGATE_REGION, else us-east-1.
 */
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { defaultProvider } from '@aws-sdk/credential-provider-node';

export interface Target {
  endpoint: string;
  region: string;
  /** Whether the endpoint is this machine (loopback): the server can read the project's files where they are. */
  local: boolean;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export function targetOf(flags: { endpoint?: string; region?: string }, env: NodeJS.ProcessEnv = process.env): Target {
  const host = env.TOLLGATE_ADMIN_HOST ?? env.TOLLGATE_HOST ?? '127.0.0.1';
  const port = env.TOLLGATE_ADMIN_PORT ?? env.TOLLGATE_PORT ?? '4567';
  const endpoint = (
    flags.endpoint ??
    env.AWS_ENDPOINT_URL_CLOUDFORMATION ??
    env.AWS_ENDPOINT_URL ??
    `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`
  ).replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new CliError(`--endpoint must be a URL, got '${endpoint}'`);
  }
  const region = flags.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? env.TOLLGATE_REGION ?? 'us-east-1';
  return { endpoint, region, local: LOOPBACK.has(url.hostname) };
}

/** A refusal of the command line itself (exit status 2), or of what it was asked (1). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

export interface Keys {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** The keys the command signs with (the header comment's order), for CloudFormation and for S3 (src/cli/s3-upload.ts). */
export function credentialsFor(target: Target, env: NodeJS.ProcessEnv): () => Promise<Keys> {
  if (env.TOLLGATE_ACCESS_KEY_ID && env.TOLLGATE_SECRET_ACCESS_KEY) {
    const keys = { accessKeyId: env.TOLLGATE_ACCESS_KEY_ID, secretAccessKey: env.TOLLGATE_SECRET_ACCESS_KEY };
    return () => Promise.resolve(keys);
  }
  const chain = defaultProvider();
  return async () => {
    try {
      return await chain();
    } catch (e) {
      if (target.local) return { accessKeyId: 'test', secretAccessKey: 'test' };
      throw e;
    }
  };
}

export function cloudFormation(target: Target, env: NodeJS.ProcessEnv = process.env): CloudFormationClient {
  // The SDK's notice that its releases after January 2027 need Node 22 (@aws-sdk/core emitWarningIfUnsupportedVersion)
  // concerns Tollgate's dependencies, not the person deploying: kept off the command's output unless asked for.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  return new CloudFormationClient({ endpoint: target.endpoint, region: target.region, credentials: credentialsFor(target, env), maxAttempts: 2 });
}

/** A call to the server; a server that does not answer is one line naming the endpoint, not a stack. */
export async function reaching<T>(target: Target, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as { cause?: NodeJS.ErrnoException }).cause?.code;
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EHOSTUNREACH') {
      throw new CliError(`no Tollgate answers at ${target.endpoint} (${code}): start one with tollgate serve, or name it with --endpoint`, 1);
    }
    throw e;
  }
}
