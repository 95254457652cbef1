/**
 * AWS::ApiGateway::Resource: every property replaces it. Ref: the resource id; Fn::GetAtt ResourceId.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-resource.html
 */
import { required, type ResourceType } from '../provider.js';

export const resource: ResourceType = {
  attributes: ['ResourceId'],
  replaceOn: ['ParentId', 'PathPart', 'RestApiId'],
  async create(props, ctx) {
    const r = await ctx.calls.apigateway('CreateResource', {
      restApiId: required(props, 'RestApiId', ctx),
      parentId: required(props, 'ParentId', ctx),
      pathPart: required(props, 'PathPart', ctx),
    });
    return { physicalId: r.id!, attributes: { ResourceId: r.id } };
  },
  async delete(state, props, ctx) {
    await ctx.calls.apigateway('DeleteResource', { restApiId: String(props.RestApiId), resourceId: state.physicalId });
  },
};
