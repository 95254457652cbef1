/**
 * AWS::ApiGateway::Stage: CreateStage, then UpdateStage for what CreateStage does not take; updated in
 * place (a new DeploymentId moves the stage, its invoke URL unchanged). Ref: the stage name.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-stage.html
 */
import { bool, required, str, strMap, tagMap, type ResourceType } from '../provider.js';
import { stageOps } from './stage-settings.js';

export const stage: ResourceType = {
  attributes: [],
  replaceOn: ['RestApiId', 'StageName'],
  async create(props, ctx) {
    const restApiId = required(props, 'RestApiId', ctx);
    // CloudFormation names a stage without StageName itself; Tollgate uses the logical id.
    const stageName = str(props, 'StageName') ?? ctx.logicalId;
    await ctx.calls.apigateway('CreateStage', {
      restApiId,
      stageName,
      deploymentId: required(props, 'DeploymentId', ctx),
      description: str(props, 'Description'),
      cacheClusterEnabled: bool(props, 'CacheClusterEnabled'),
      cacheClusterSize: str(props, 'CacheClusterSize') as never,
      variables: strMap(props.Variables),
      documentationVersion: str(props, 'DocumentationVersion'),
      tracingEnabled: bool(props, 'TracingEnabled'),
      tags: tagMap(props.Tags),
    });
    const ops = stageOps({ DeploymentId: props.DeploymentId, Description: props.Description, Variables: props.Variables }, props).filter(
      (o) => !['/cacheClusterEnabled', '/cacheClusterSize', '/tracingEnabled', '/documentationVersion'].includes(o.path!),
    );
    if (ops.length) await ctx.calls.apigateway('UpdateStage', { restApiId, stageName, patchOperations: ops });
    return { physicalId: stageName, attributes: {} };
  },
  async update(props, previous, ctx) {
    const ops = stageOps(previous.props, props);
    const stageName = previous.state.physicalId;
    if (ops.length) await ctx.calls.apigateway('UpdateStage', { restApiId: String(props.RestApiId), stageName, patchOperations: ops });
    return previous.state;
  },
  async delete(state, props, ctx) {
    await ctx.calls.apigateway('DeleteStage', { restApiId: String(props.RestApiId), stageName: state.physicalId });
  },
};
