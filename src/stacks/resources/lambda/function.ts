/**
 * AWS::Lambda::Function: CreateFunction; updated in place with UpdateFunctionCode (code only) and
 * UpdateFunctionConfiguration (the rest), so a code change leaves the API untouched. Ref: the function's
 * name; Fn::GetAtt Arn. A name not given is generated as CloudFormation generates it: stack name,
 * logical id, a random suffix (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-function.html).
 */
import { randomBytes } from 'node:crypto';
import type { CreateFunctionRequest } from '../../../services/lambda/generated/types.js';
import { num, required, requiredValue, str, tagMap, type ProvisionContext, type Props, type ResourceType } from '../provider.js';
import { codeFingerprint, codeInput } from './code.js';

const CONFIG = [
  'Handler',
  'Runtime',
  'Role',
  'Description',
  'Environment',
  'MemorySize',
  'Timeout',
  'Layers',
  'TracingConfig',
  'EphemeralStorage',
  'LoggingConfig',
  'DeadLetterConfig',
  'VpcConfig',
  'KmsKeyArn',
  'ImageConfig',
  'SnapStart',
  'FileSystemConfigs',
];

function generatedName(ctx: ProvisionContext): string {
  const suffix = randomBytes(9)
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, 'X')
    .slice(0, 12)
    .toUpperCase();
  const head = `${ctx.stackName}-${ctx.logicalId}`.slice(0, 64 - 13);
  return `${head}-${suffix}`;
}

function configuration(props: Props, ctx: ProvisionContext): Omit<CreateFunctionRequest, 'FunctionName' | 'Code' | 'Role'> {
  const env = props.Environment as { Variables?: Record<string, unknown> } | undefined;
  return {
    Handler: str(props, 'Handler'),
    Runtime: str(props, 'Runtime') as never,
    Description: str(props, 'Description') ?? '',
    Timeout: num(props, 'Timeout', ctx),
    MemorySize: num(props, 'MemorySize', ctx),
    Environment: env ? { Variables: Object.fromEntries(Object.entries(env.Variables ?? {}).map(([k, v]) => [k, String(v)])) } : undefined,
    Layers: props.Layers as string[] | undefined,
    TracingConfig: props.TracingConfig as never,
    EphemeralStorage: props.EphemeralStorage ? { Size: num(props.EphemeralStorage as Props, 'Size', ctx)! } : undefined,
    LoggingConfig: props.LoggingConfig as never,
    DeadLetterConfig: props.DeadLetterConfig as never,
    VpcConfig: props.VpcConfig as never,
    KMSKeyArn: str(props, 'KmsKeyArn'),
    ImageConfig: props.ImageConfig as never,
    SnapStart: props.SnapStart as never,
    FileSystemConfigs: props.FileSystemConfigs as never,
  };
}

async function concurrency(name: string, props: Props, ctx: ProvisionContext): Promise<void> {
  const n = num(props, 'ReservedConcurrentExecutions', ctx);
  if (n === undefined) await ctx.calls.lambda('DeleteFunctionConcurrency', { FunctionName: name });
  else await ctx.calls.lambda('PutFunctionConcurrency', { FunctionName: name, ReservedConcurrentExecutions: n });
}

const changed = (a: Props, b: Props, keys: string[]): boolean => keys.some((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));

export const lambdaFunction: ResourceType = {
  attributes: ['Arn'],
  replaceOn: ['FunctionName', 'PackageType'],
  fingerprint: (props) => ({ ...props, Code: codeFingerprint(props.Code) }),
  async create(props, ctx) {
    const fn = await ctx.calls.lambda('CreateFunction', {
      FunctionName: str(props, 'FunctionName') ?? generatedName(ctx),
      Role: required(props, 'Role', ctx),
      Code: codeInput(requiredValue<Props>(props, 'Code', ctx), str(props, 'Runtime')),
      PackageType: str(props, 'PackageType') as never,
      Architectures: props.Architectures as never,
      Tags: tagMap(props.Tags),
      ...configuration(props, ctx),
    });
    if (props.ReservedConcurrentExecutions !== undefined) await concurrency(fn.FunctionName!, props, ctx);
    return { physicalId: fn.FunctionName!, attributes: { Arn: fn.FunctionArn } };
  },
  async update(props, previous, ctx) {
    const name = previous.state.physicalId;
    const prev = previous.props;
    // `prev` is what the last deploy stored: fingerprinted already (a local archive's hash in Code).
    if (changed(prev, lambdaFunction.fingerprint!(props), ['Code', 'Architectures'])) {
      await ctx.calls.lambda('UpdateFunctionCode', {
        FunctionName: name,
        ...codeInput(props.Code as Props, str(props, 'Runtime')),
        Architectures: props.Architectures as never,
      });
    }
    if (changed(prev, props, CONFIG))
      await ctx.calls.lambda('UpdateFunctionConfiguration', { FunctionName: name, Role: str(props, 'Role'), ...configuration(props, ctx) });
    if (changed(prev, props, ['ReservedConcurrentExecutions'])) await concurrency(name, props, ctx);
    return previous.state;
  },
  async delete(state, _props, ctx) {
    await ctx.calls.lambda('DeleteFunction', { FunctionName: state.physicalId });
  },
};
