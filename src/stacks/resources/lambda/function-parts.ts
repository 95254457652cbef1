/**
 * What hangs off a function: AWS::Lambda::Permission, Version, Alias, and AWS::Lambda::LayerVersion.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/AWS_Lambda.html
 */
import { randomBytes } from 'node:crypto';
import { num, required, requiredValue, str, type ProvisionContext, type Props, type ResourceType } from '../provider.js';
import { codeInput } from './code.js';

/** Every property replaces a permission (AddPermission has no update). Ref: its statement id. */
export const permission: ResourceType = {
  attributes: [],
  replaceOn: ['Action', 'FunctionName', 'Principal', 'SourceArn', 'SourceAccount', 'EventSourceToken', 'PrincipalOrgID', 'FunctionUrlAuthType'],
  async create(props, ctx) {
    const sid = `${ctx.stackName}-${ctx.logicalId}-${randomBytes(6).toString('hex')}`.slice(-100);
    await ctx.calls.lambda('AddPermission', {
      FunctionName: required(props, 'FunctionName', ctx),
      StatementId: sid,
      Action: required(props, 'Action', ctx),
      Principal: required(props, 'Principal', ctx),
      SourceArn: str(props, 'SourceArn'),
      SourceAccount: str(props, 'SourceAccount'),
      EventSourceToken: str(props, 'EventSourceToken'),
      PrincipalOrgID: str(props, 'PrincipalOrgID'),
      FunctionUrlAuthType: str(props, 'FunctionUrlAuthType') as never,
    });
    return { physicalId: sid, attributes: {} };
  },
  async delete(state, props, ctx) {
    await ctx.calls.lambda('RemovePermission', { FunctionName: String(props.FunctionName), StatementId: state.physicalId });
  },
};

/** Ref: the version's ARN; Fn::GetAtt Version, FunctionArn. */
export const version: ResourceType = {
  attributes: ['Version', 'FunctionArn'],
  replaceOn: ['FunctionName', 'Description', 'CodeSha256'],
  async create(props, ctx) {
    const v = await ctx.calls.lambda('PublishVersion', {
      FunctionName: required(props, 'FunctionName', ctx),
      Description: str(props, 'Description'),
      CodeSha256: str(props, 'CodeSha256'),
    });
    return { physicalId: v.FunctionArn!, attributes: { Version: v.Version, FunctionArn: v.FunctionArn } };
  },
  async update(_props, previous) {
    return previous.state; // ProvisionedConcurrencyConfig and RuntimePolicy: Tollgate has neither
  },
  async delete(state, props, ctx) {
    await ctx.calls.lambda('DeleteFunction', { FunctionName: String(props.FunctionName), Qualifier: String(state.attributes.Version) });
  },
};

function routing(props: Props, ctx: ProvisionContext) {
  const r = props.RoutingConfig as { AdditionalVersionWeights?: Props[] } | undefined;
  if (!r) return undefined;
  return {
    AdditionalVersionWeights: Object.fromEntries((r.AdditionalVersionWeights ?? []).map((w) => [String(w.FunctionVersion), num(w, 'FunctionWeight', ctx)!])),
  };
}

/** Ref: the alias's ARN; Fn::GetAtt AliasArn. */
export const alias: ResourceType = {
  attributes: ['AliasArn'],
  replaceOn: ['FunctionName', 'Name'],
  async create(props, ctx) {
    const a = await ctx.calls.lambda('CreateAlias', {
      FunctionName: required(props, 'FunctionName', ctx),
      Name: required(props, 'Name', ctx),
      FunctionVersion: required(props, 'FunctionVersion', ctx),
      Description: str(props, 'Description'),
      RoutingConfig: routing(props, ctx),
    });
    return { physicalId: a.AliasArn!, attributes: { AliasArn: a.AliasArn } };
  },
  async update(props, previous, ctx) {
    await ctx.calls.lambda('UpdateAlias', {
      FunctionName: String(props.FunctionName),
      Name: String(props.Name),
      FunctionVersion: str(props, 'FunctionVersion'),
      Description: str(props, 'Description') ?? '',
      RoutingConfig: routing(props, ctx) ?? { AdditionalVersionWeights: {} },
    });
    return previous.state;
  },
  async delete(_state, props, ctx) {
    await ctx.calls.lambda('DeleteAlias', { FunctionName: String(props.FunctionName), Name: String(props.Name) });
  },
};

/** Every property replaces a layer version (a version is immutable). Ref and Fn::GetAtt LayerVersionArn: its ARN. */
export const layerVersion: ResourceType = {
  attributes: ['LayerVersionArn'],
  replaceOn: ['Content', 'CompatibleRuntimes', 'CompatibleArchitectures', 'Description', 'LayerName', 'LicenseInfo'],
  async create(props, ctx) {
    const l = await ctx.calls.lambda('PublishLayerVersion', {
      LayerName: str(props, 'LayerName') ?? `${ctx.logicalId}-${randomBytes(4).toString('hex')}`,
      Content: codeInput(requiredValue<Props>(props, 'Content', ctx), undefined, true),
      Description: str(props, 'Description'),
      CompatibleRuntimes: props.CompatibleRuntimes as never,
      CompatibleArchitectures: props.CompatibleArchitectures as never,
      LicenseInfo: str(props, 'LicenseInfo'),
    });
    return { physicalId: l.LayerVersionArn!, attributes: { LayerVersionArn: l.LayerVersionArn } };
  },
  async delete(state, _props, ctx) {
    // arn:aws:lambda:{region}:{account}:layer:{name}:{version}
    const parts = state.physicalId.split(':');
    await ctx.calls.lambda('DeleteLayerVersion', { LayerName: parts[6], VersionNumber: Number(parts[7]) });
  },
};
