/**
 * A region's settings and shared things: AWS::ApiGateway::Account, ClientCertificate, VpcLink.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-account.html
 */
import { createHash } from 'node:crypto';
import { tagMap, str, requiredValue, type ResourceType } from '../provider.js';
import { replaceOps } from './patch.js';

/** The account's CloudWatch role; deleting the resource leaves the setting as it is, as CloudFormation does. Ref: a generated id. */
export const account: ResourceType = {
  attributes: [],
  replaceOn: [],
  async create(props, ctx) {
    const role = str(props, 'CloudWatchRoleArn');
    if (role !== undefined) await ctx.calls.apigateway('UpdateAccount', { patchOperations: [{ op: 'replace', path: '/cloudwatchRoleArn', value: role }] });
    return { physicalId: createHash('sha256').update(`${ctx.stackName}/${ctx.logicalId}`).digest('hex').slice(0, 12), attributes: {} };
  },
  async update(props, previous, ctx) {
    const ops = replaceOps(previous.props, props, [['CloudWatchRoleArn', '/cloudwatchRoleArn']]);
    if (ops.length) await ctx.calls.apigateway('UpdateAccount', { patchOperations: ops });
    return previous.state;
  },
  async delete() {},
};

/** Ref: its id. */
export const clientCertificate: ResourceType = {
  attributes: [],
  replaceOn: [],
  async create(props, ctx) {
    const c = await ctx.calls.apigateway('GenerateClientCertificate', { description: str(props, 'Description'), tags: tagMap(props.Tags) });
    return { physicalId: c.clientCertificateId!, attributes: {} };
  },
  async update(props, previous, ctx) {
    const ops = replaceOps(previous.props, props, [['Description', '/description']]);
    if (ops.length) await ctx.calls.apigateway('UpdateClientCertificate', { clientCertificateId: previous.state.physicalId, patchOperations: ops });
    return previous.state;
  },
  async delete(state, _props, ctx) {
    await ctx.calls.apigateway('DeleteClientCertificate', { clientCertificateId: state.physicalId });
  },
};

/** Ref and Fn::GetAtt VpcLinkId: its id. */
export const vpcLink: ResourceType = {
  attributes: ['VpcLinkId'],
  replaceOn: ['TargetArns'],
  async create(props, ctx) {
    const l = await ctx.calls.apigateway('CreateVpcLink', {
      name: str(props, 'Name') ?? ctx.logicalId,
      description: str(props, 'Description'),
      targetArns: requiredValue<string[]>(props, 'TargetArns', ctx),
      tags: tagMap(props.Tags),
    });
    return { physicalId: l.id!, attributes: { VpcLinkId: l.id } };
  },
  async update(props, previous, ctx) {
    const ops = replaceOps(previous.props, props, [
      ['Name', '/name'],
      ['Description', '/description'],
    ]);
    if (ops.length) await ctx.calls.apigateway('UpdateVpcLink', { vpcLinkId: previous.state.physicalId, patchOperations: ops });
    return previous.state;
  },
  async delete(state, _props, ctx) {
    await ctx.calls.apigateway('DeleteVpcLink', { vpcLinkId: state.physicalId });
  },
};
