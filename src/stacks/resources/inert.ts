/**
 * AWS::IAM::* and AWS::Logs::* are accepted and provision nothing: Tollgate's functions run with the
 * caller's machine's rights and log to its own log, but templates name roles and log groups everywhere
 * (SAM's generated roles, CDK's log groups). Their Ref values and ARNs are deterministic (the stack and
 * logical id), in the forms IAM and CloudWatch Logs use:
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-role.html#aws-resource-iam-role-return-values
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-logs-loggroup.html#aws-resource-logs-loggroup-return-values
 */
import { createHash } from 'node:crypto';
import { str, type ProvisionContext, type Props, type Provisioned, type ResourceType } from './provider.js';

/** `{stack}-{logicalId}-{12 characters}`, the same for the same stack and logical id. */
function stableName(ctx: ProvisionContext, max = 64): string {
  const suffix = createHash('sha256').update(`${ctx.region}/${ctx.stackName}/${ctx.logicalId}`).digest('hex').slice(0, 12).toUpperCase();
  return `${`${ctx.stackName}-${ctx.logicalId}`.slice(0, max - 13)}-${suffix}`;
}

type Describe = (props: Props, ctx: ProvisionContext) => Provisioned;

const iamPath = (props: Props): string => str(props, 'Path') ?? '/';

const DESCRIBE: Record<string, Describe> = {
  'AWS::IAM::Role': (p, c) => {
    const name = str(p, 'RoleName') ?? stableName(c);
    const id = `AROA${createHash('sha256').update(name).digest('hex').slice(0, 17).toUpperCase()}`;
    return { physicalId: name, attributes: { Arn: `arn:aws:iam::${c.accountId}:role${iamPath(p)}${name}`, RoleId: id } };
  },
  'AWS::IAM::User': (p, c) => {
    const name = str(p, 'UserName') ?? stableName(c);
    return { physicalId: name, attributes: { Arn: `arn:aws:iam::${c.accountId}:user${iamPath(p)}${name}` } };
  },
  'AWS::IAM::Group': (p, c) => {
    const name = str(p, 'GroupName') ?? stableName(c);
    return { physicalId: name, attributes: { Arn: `arn:aws:iam::${c.accountId}:group${iamPath(p)}${name}` } };
  },
  'AWS::IAM::ManagedPolicy': (p, c) => {
    const arn = `arn:aws:iam::${c.accountId}:policy${iamPath(p)}${str(p, 'ManagedPolicyName') ?? stableName(c)}`;
    return { physicalId: arn, attributes: { PolicyArn: arn } };
  },
  'AWS::IAM::InstanceProfile': (p, c) => {
    const name = str(p, 'InstanceProfileName') ?? stableName(c);
    return { physicalId: name, attributes: { Arn: `arn:aws:iam::${c.accountId}:instance-profile${iamPath(p)}${name}` } };
  },
  'AWS::Logs::LogGroup': (p, c) => {
    const name = str(p, 'LogGroupName') ?? stableName(c, 512);
    return { physicalId: name, attributes: { Arn: `arn:aws:logs:${c.region}:${c.accountId}:log-group:${name}:*` } };
  },
};

/** Any other IAM or Logs type (a Policy, a subscription filter): its Ref is a stable generated id. */
const generic: Describe = (_p, c) => ({ physicalId: stableName(c), attributes: {} });

const ATTRIBUTES: Record<string, string[]> = {
  'AWS::IAM::Role': ['Arn', 'RoleId'],
  'AWS::IAM::User': ['Arn'],
  'AWS::IAM::Group': ['Arn'],
  'AWS::IAM::ManagedPolicy': ['PolicyArn'],
  'AWS::IAM::InstanceProfile': ['Arn'],
  'AWS::Logs::LogGroup': ['Arn'],
};

/** `AWS::CDK::Metadata` is CDK's record of the constructs used (every CDK template has it): nothing to provision. */
export function isInert(type: string): boolean {
  return type.startsWith('AWS::IAM::') || type.startsWith('AWS::Logs::') || type === 'AWS::CDK::Metadata';
}

export function inertType(type: string): ResourceType {
  const describe = DESCRIBE[type] ?? generic;
  return {
    attributes: ATTRIBUTES[type] ?? [],
    replaceOn: [],
    create: async (props, ctx) => describe(props, ctx),
    update: async (props, _previous, ctx) => describe(props, ctx),
    delete: async () => {},
  };
}

/** The value every Ref and Fn::GetAtt of a skipped (unsupported) resource resolves to (README "Stacks"). */
export function placeholder(logicalId: string): string {
  return `tollgate-unsupported-${logicalId}`;
}

export function skippedType(): ResourceType {
  return {
    attributes: [],
    replaceOn: [],
    create: async (_props, ctx) => ({ physicalId: placeholder(ctx.logicalId), attributes: {} }),
    update: async (_props, previous) => previous.state,
    delete: async () => {},
  };
}
