/**
 * A function's configuration: built from CreateFunction with Lambda's defaults, changed by
 * UpdateFunctionConfiguration, checked by Lambda's rules. Defaults as Lambda answers them
 * (https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html; the recorded CreateFunction /
 * GetFunction answers in test_lambda_api.snapshot.json in localstack/localstack, TestLambdaFunction::test_function_lifecycle):
 * Timeout 3, MemorySize 128, Description "", Architectures [x86_64], EphemeralStorage 512, TracingConfig
 * PassThrough, SnapStart None/Off, LoggingConfig Text in /aws/lambda/{name}, PackageType Zip, Version $LATEST.
 */
import { createHash, randomUUID } from 'node:crypto';
import { type FunctionConfig, lambdaTimestamp } from '../../domain/lambda/function.js';
import type { ManagementContext } from '../served-service.js';
import { invalidParameter, validationError } from './errors.js';
import type { CreateFunctionRequest, FunctionConfiguration, UpdateFunctionConfigurationRequest } from './generated/types.js';
import { checkRuntime } from './runtimes.js';
import { arnOf } from './resolve.js';
import { enumMembers, enumValue } from './enums.js';

/** Lambda's Role pattern, as its message prints it (test_create_lambda_exceptions `invalid_role_arn_exc`). */
const ROLE_PATTERN = 'arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+';
const ROLE = new RegExp(`^${ROLE_PATTERN}$`);

/** The limits of API_CreateFunction.html: Timeout 1–900 s, MemorySize 128–10,240 MB, EphemeralStorage 512–10,240 MB. */
function checkRange(value: number | undefined, member: string, min: number, max: number, out: string[]): void {
  if (value === undefined) return;
  if (value < min) out.push(`Value '${value}' at '${member}' failed to satisfy constraint: Member must have value greater than or equal to ${min}`);
  if (value > max) out.push(`Value '${value}' at '${member}' failed to satisfy constraint: Member must have value less than or equal to ${max}`);
}

type Settings = Partial<Pick<CreateFunctionRequest, 'Role' | 'Timeout' | 'MemorySize' | 'EphemeralStorage' | 'Architectures' | 'Environment' | 'Runtime'>>;

/** The checks CreateFunction and UpdateFunctionConfiguration share, in Lambda's order. */
export function checkSettings(input: Settings, runtimeRequired: boolean): void {
  const out: string[] = [];
  checkRange(input.Timeout, 'timeout', 1, 900, out);
  checkRange(input.MemorySize, 'memorySize', 128, 10240, out);
  checkRange(input.EphemeralStorage?.Size, 'ephemeralStorage.size', 512, 10240, out);
  if (out.length) throw validationError(out);
  if (input.Architectures && input.Architectures.length > 1) {
    // test_create_lambda_exceptions `multiple_architectures`
    throw validationError([
      `Value '[${input.Architectures.join(', ')}]' at 'architectures' failed to satisfy constraint: Member must have length less than or equal to 1`,
    ]);
  }
  if (input.Environment?.Variables) {
    // API_CreateFunction.html: "the total size of the set does not exceed 4 KB"; text from test_lambda_api.snapshot.json
    // (TestLambdaFunction::test_function_environment_variables_limit … `String measured`).
    const measured = JSON.stringify(input.Environment.Variables);
    if (Buffer.byteLength(measured) > 4096) {
      throw invalidParameter(
        `Lambda was unable to configure your environment variables because the environment variables you have provided exceeded the 4KB limit. String measured: ${measured}`,
      );
    }
  }
  if (input.Role !== undefined && !ROLE.test(input.Role)) {
    throw validationError([`Value '${input.Role}' at 'role' failed to satisfy constraint: Member must satisfy regular expression pattern: ${ROLE_PATTERN}`]);
  }
  if (runtimeRequired || input.Runtime !== undefined) checkRuntime(input.Runtime);
}

/**
 * The runtime version Lambda reports (`arn:aws:lambda:{region}::runtime:{64 hex}`): AWS's hash names the
 * runtime build it runs; Tollgate's is derived from the runtime's name, stable across calls.
 */
const runtimeVersionArn = (region: string, runtime: string): string =>
  `arn:aws:lambda:${region}::runtime:${createHash('sha256').update(runtime).digest('hex')}`;

export interface CodeFacts {
  codeSha256: string;
  codeSize: number;
}

export function newConfig(
  ctx: ManagementContext,
  name: string,
  input: CreateFunctionRequest,
  code: CodeFacts,
  layers: FunctionConfig['Layers'],
): FunctionConfig {
  return {
    FunctionName: name,
    FunctionArn: arnOf(ctx, name),
    Runtime: input.Runtime,
    Role: input.Role,
    Handler: input.Handler,
    CodeSize: code.codeSize,
    Description: input.Description ?? '',
    Timeout: input.Timeout ?? 3,
    MemorySize: input.MemorySize ?? 128,
    LastModified: lambdaTimestamp(),
    CodeSha256: code.codeSha256,
    Version: '$LATEST',
    Environment: { Variables: input.Environment?.Variables ?? {} },
    TracingConfig: { Mode: input.TracingConfig?.Mode ?? 'PassThrough' },
    RevisionId: randomUUID(),
    ...(layers?.length ? { Layers: layers } : {}),
    State: 'Active',
    LastUpdateStatus: 'Successful',
    PackageType: 'Zip',
    Architectures: input.Architectures ?? ['x86_64'],
    EphemeralStorage: { Size: input.EphemeralStorage?.Size ?? 512 },
    SnapStart: { ApplyOn: input.SnapStart?.ApplyOn ?? 'None', OptimizationStatus: 'Off' },
    LoggingConfig: { LogFormat: input.LoggingConfig?.LogFormat ?? 'Text', LogGroup: input.LoggingConfig?.LogGroup ?? `/aws/lambda/${name}` },
    ...(input.Runtime ? { RuntimeVersionConfig: { RuntimeVersionArn: runtimeVersionArn(ctx.region, input.Runtime) } } : {}),
    ...(input.DeadLetterConfig?.TargetArn ? { DeadLetterConfig: { TargetArn: input.DeadLetterConfig.TargetArn } } : {}),
    ...(input.KMSKeyArn ? { KMSKeyArn: input.KMSKeyArn } : {}),
  };
}

/** UpdateFunctionConfiguration: the members given replace the stored ones; a new RevisionId and LastModified. */
export function updatedConfig(
  ctx: ManagementContext,
  c: FunctionConfig,
  input: UpdateFunctionConfigurationRequest,
  layers: FunctionConfig['Layers'],
): FunctionConfig {
  const runtime = input.Runtime ?? c.Runtime;
  const next: FunctionConfig = {
    ...c,
    Role: input.Role ?? c.Role,
    Handler: input.Handler ?? c.Handler,
    Description: input.Description ?? c.Description,
    Timeout: input.Timeout ?? c.Timeout,
    MemorySize: input.MemorySize ?? c.MemorySize,
    Runtime: runtime,
    Environment: input.Environment ? { Variables: input.Environment.Variables ?? {} } : c.Environment,
    TracingConfig: input.TracingConfig?.Mode ? { Mode: input.TracingConfig.Mode } : c.TracingConfig,
    EphemeralStorage: input.EphemeralStorage ? { Size: input.EphemeralStorage.Size } : c.EphemeralStorage,
    SnapStart: input.SnapStart ? { ApplyOn: input.SnapStart.ApplyOn ?? 'None', OptimizationStatus: 'Off' } : c.SnapStart,
    LoggingConfig: input.LoggingConfig ? { ...c.LoggingConfig, ...input.LoggingConfig } : c.LoggingConfig,
    LastModified: lambdaTimestamp(),
    RevisionId: randomUUID(),
  };
  if (runtime) next.RuntimeVersionConfig = { RuntimeVersionArn: runtimeVersionArn(ctx.region, runtime) };
  if (input.Layers) {
    if (layers?.length) next.Layers = layers;
    else delete next.Layers;
  }
  return next;
}

/**
 * The answer of an update while Lambda applies it: `LastUpdateStatus: InProgress` (recorded, test_function_lifecycle
 * `update_func_conf_response` and `update_code_response`); the stored configuration reads Successful at once.
 */
export function inProgressView(c: FunctionConfig): FunctionConfiguration {
  // `Creating` is not in the model's LastUpdateStatusReasonCode enum, yet it is what Lambda answered.
  const code = 'Creating' as FunctionConfiguration['LastUpdateStatusReasonCode'];
  return { ...configView(c), LastUpdateStatus: 'InProgress', LastUpdateStatusReason: 'The function is being created.', LastUpdateStatusReasonCode: code };
}

/**
 * A stored configuration as the API answers it. The domain type spells the model's enums (Runtime,
 * TracingMode, …) as strings, since src/domain/ does not import a service's generated types; they were
 * checked against the model when stored, and are narrowed back here (enums.ts).
 */
export function configView(c: FunctionConfig): FunctionConfiguration {
  const { TracingConfig: tracing, SnapStart: snapStart, LoggingConfig: logging } = c;
  return {
    ...c,
    Runtime: enumValue('Runtime', c.Runtime),
    TracingConfig: { Mode: enumValue('TracingMode', tracing.Mode) },
    Architectures: enumMembers('Architecture', c.Architectures),
    SnapStart: {
      ApplyOn: enumValue('SnapStartApplyOn', snapStart.ApplyOn),
      OptimizationStatus: enumValue('SnapStartOptimizationStatus', snapStart.OptimizationStatus),
    },
    LoggingConfig: {
      ...logging,
      LogFormat: enumValue('LogFormat', logging.LogFormat),
      ApplicationLogLevel: enumValue('ApplicationLogLevel', logging.ApplicationLogLevel),
      SystemLogLevel: enumValue('SystemLogLevel', logging.SystemLogLevel),
    },
  };
}

/** CreateFunction's answer: `State: Pending` while Lambda creates it (recorded, test_function_lifecycle `create_response`). */
export function pendingView(c: FunctionConfig): FunctionConfiguration {
  const { LastUpdateStatus: _, ...rest } = configView(c);
  return { ...rest, State: 'Pending', StateReason: 'The function is being created.', StateReasonCode: 'Creating' };
}
