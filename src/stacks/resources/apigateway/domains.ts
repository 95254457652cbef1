/**
 * Custom domains: AWS::ApiGateway::DomainName and BasePathMapping.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-domainname.html
 */
import { required, str, tagMap, type Props, type ResourceType } from '../provider.js';
import { replaceOps } from './patch.js';

/** Ref: the domain name; Fn::GetAtt its endpoint names and hosted zones, and its ARN. */
export const domainName: ResourceType = {
  attributes: ['DistributionDomainName', 'DistributionHostedZoneId', 'RegionalDomainName', 'RegionalHostedZoneId', 'DomainNameArn'],
  replaceOn: ['DomainName'],
  async create(props, ctx) {
    const mtls = props.MutualTlsAuthentication as Props | undefined;
    const ec = props.EndpointConfiguration as Props | undefined;
    const d = await ctx.calls.apigateway('CreateDomainName', {
      domainName: required(props, 'DomainName', ctx),
      certificateArn: str(props, 'CertificateArn'),
      regionalCertificateArn: str(props, 'RegionalCertificateArn'),
      endpointConfiguration: ec ? { types: ec.Types as never } : undefined,
      securityPolicy: str(props, 'SecurityPolicy') as never,
      mutualTlsAuthentication: mtls ? { truststoreUri: str(mtls, 'TruststoreUri'), truststoreVersion: str(mtls, 'TruststoreVersion') } : undefined,
      ownershipVerificationCertificateArn: str(props, 'OwnershipVerificationCertificateArn'),
      tags: tagMap(props.Tags),
    });
    return {
      physicalId: d.domainName!,
      attributes: {
        DistributionDomainName: d.distributionDomainName,
        DistributionHostedZoneId: d.distributionHostedZoneId,
        RegionalDomainName: d.regionalDomainName,
        RegionalHostedZoneId: d.regionalHostedZoneId,
        DomainNameArn: d.domainNameArn ?? `arn:aws:apigateway:${ctx.region}::/domainnames/${d.domainName}`,
      },
    };
  },
  async update(props, previous, ctx) {
    const ops = replaceOps(previous.props, props, [
      ['CertificateArn', '/certificateArn'],
      ['RegionalCertificateArn', '/regionalCertificateArn'],
      ['SecurityPolicy', '/securityPolicy'],
    ]);
    if (ops.length) await ctx.calls.apigateway('UpdateDomainName', { domainName: previous.state.physicalId, patchOperations: ops });
    return previous.state;
  },
  async delete(state, _props, ctx) {
    await ctx.calls.apigateway('DeleteDomainName', { domainName: state.physicalId });
  },
};

/** An empty base path is stored as `(none)`, as API Gateway names it. */
const basePathOf = (props: Props): string => str(props, 'BasePath') || '(none)';

export const basePathMapping: ResourceType = {
  attributes: [],
  replaceOn: ['DomainName', 'BasePath'],
  async create(props, ctx) {
    const domain = required(props, 'DomainName', ctx);
    const m = await ctx.calls.apigateway('CreateBasePathMapping', {
      domainName: domain,
      basePath: str(props, 'BasePath') || undefined,
      restApiId: required(props, 'RestApiId', ctx),
      stage: str(props, 'Stage'),
    });
    return { physicalId: `${domain}/${m.basePath ?? basePathOf(props)}`, attributes: {} };
  },
  async update(props, previous, ctx) {
    const ops = replaceOps(previous.props, props, [
      ['RestApiId', '/restapiId'],
      ['Stage', '/stage'],
    ]);
    if (ops.length)
      await ctx.calls.apigateway('UpdateBasePathMapping', { domainName: String(props.DomainName), basePath: basePathOf(props), patchOperations: ops });
    return previous.state;
  },
  async delete(_state, props, ctx) {
    await ctx.calls.apigateway('DeleteBasePathMapping', { domainName: String(props.DomainName), basePath: basePathOf(props) });
  },
};
