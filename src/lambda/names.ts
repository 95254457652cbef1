/**
 * Lambda function references as API Gateway and the Invoke API accept them
 * (docs.aws.amazon.com/lambda/latest/api/API_Invoke.html, FunctionName):
 *   `my-function`, `my-function:v1`, `123456789012:function:my-function[:v1]` (partial ARN),
 *   `arn:aws:lambda:us-west-2:123456789012:function:my-function[:v1]`;
 * and the integration URI that names one (DG:set-up-lambda-proxy-integrations):
 *   `arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{function}/invocations`.
 */

export interface FunctionRef {
  /** The bare function name (`[A-Za-z0-9-_]{1,64}`). */
  name: string;
  /** Version or alias after the last `:`, if any. */
  qualifier?: string;
  /** From a full ARN only. */
  region?: string;
  /** From a full or partial ARN only. */
  accountId?: string;
}

const NAME = '[A-Za-z0-9_-]{1,64}';
const QUALIFIER = '(?:\\$LATEST|[A-Za-z0-9_-]{1,128})';
const FULL_ARN = new RegExp(`^arn:aws[a-z-]*:lambda:([a-z0-9-]+):(\\d{12}):function:(${NAME})(?::(${QUALIFIER}))?$`);
const PARTIAL_ARN = new RegExp(`^(\\d{12}):function:(${NAME})(?::(${QUALIFIER}))?$`);
const BARE = new RegExp(`^(${NAME})(?::(${QUALIFIER}))?$`);

export function parseFunctionRef(s: string): FunctionRef | undefined {
  let m = FULL_ARN.exec(s);
  if (m) return { region: m[1], accountId: m[2], name: m[3], qualifier: m[4] };
  m = PARTIAL_ARN.exec(s);
  if (m) return { accountId: m[1], name: m[2], qualifier: m[3] };
  m = BARE.exec(s);
  if (m) return { name: m[1], qualifier: m[2] };
  return undefined;
}

export function functionArn(region: string, accountId: string, name: string, qualifier?: string): string {
  return `arn:aws:lambda:${region}:${accountId}:function:${name}${qualifier ? `:${qualifier}` : ''}`;
}

export interface LambdaUri {
  /** The region in the apigateway ARN (where API Gateway calls Lambda). */
  region: string;
  /** The function part as written (name, partial or full ARN, with its qualifier). */
  functionName: string;
  ref: FunctionRef;
}

const LAMBDA_URI = /^arn:aws[a-z-]*:apigateway:([a-z0-9-]+):lambda:path\/2015-03-31\/functions\/(.+)\/invocations$/;

/** `${stageVariables.name}` anywhere in a URI, resolved before parsing (DG:stage-variables). */
export function withStageVariables(uri: string, vars: Record<string, string>): string {
  return uri.replace(/\$\{stageVariables\.([A-Za-z0-9_]+)\}/g, (_m, name: string) => vars[name] ?? '');
}

/** The Lambda function an integration URI names, or undefined when the URI is not a Lambda invocation. */
export function parseLambdaUri(uri: string): LambdaUri | undefined {
  const m = LAMBDA_URI.exec(uri);
  if (!m) return undefined;
  let functionName = m[2];
  try {
    functionName = decodeURIComponent(functionName);
  } catch {
    /* keep as written */
  }
  const ref = parseFunctionRef(functionName);
  if (!ref) return undefined;
  return { region: ref.region ?? m[1], functionName, ref };
}
