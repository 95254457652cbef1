/**
 * AWS::ApiGateway::Deployment: CreateDeployment, with `StageName` creating (or moving) that stage and
 * `StageDescription` its settings. A deployment is a snapshot: the engine replaces it when anything of
 * its RestApi changed in the same deploy (stack-engine.ts), as CDK's hashed logical ids intend.
 * Ref: the deployment id; Fn::GetAtt DeploymentId.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-deployment.html
 */
import { bool, required, str, strMap, type ProvisionContext, type Props, type ResourceType } from '../provider.js';
import { replaceOps } from './patch.js';
import { methodSettingOps, stageDescriptionSettings, stageOps } from './stage-settings.js';

async function describeStage(restApiId: string, stageName: string, d: Props, ctx: ProvisionContext): Promise<void> {
  const ops = [
    ...stageOps(
      {},
      {
        Description: d.Description,
        ClientCertificateId: d.ClientCertificateId,
        AccessLogSetting: d.AccessLogSetting,
        DocumentationVersion: d.DocumentationVersion,
      },
    ),
    ...methodSettingOps(stageDescriptionSettings(d)),
  ];
  if (ops.length) await ctx.calls.apigateway('UpdateStage', { restApiId, stageName, patchOperations: ops });
}

export const deployment: ResourceType = {
  attributes: ['DeploymentId'],
  replaceOn: ['RestApiId', 'StageName', 'StageDescription', 'DeploymentCanarySettings'],
  async create(props, ctx) {
    const restApiId = required(props, 'RestApiId', ctx);
    const stageName = str(props, 'StageName');
    const d = (props.StageDescription ?? {}) as Props;
    const dep = await ctx.calls.apigateway('CreateDeployment', {
      restApiId,
      stageName,
      description: str(props, 'Description'),
      stageDescription: stageName ? str(d, 'Description') : undefined,
      cacheClusterEnabled: stageName ? bool(d, 'CacheClusterEnabled') : undefined,
      cacheClusterSize: stageName ? (str(d, 'CacheClusterSize') as never) : undefined,
      variables: stageName ? strMap(d.Variables) : undefined,
      tracingEnabled: stageName ? bool(d, 'TracingEnabled') : undefined,
    });
    if (stageName && props.StageDescription) await describeStage(restApiId, stageName, d, ctx);
    return { physicalId: dep.id!, attributes: { DeploymentId: dep.id } };
  },
  async update(props, previous, ctx) {
    const ops = replaceOps(previous.props, props, [['Description', '/description']]);
    if (ops.length)
      await ctx.calls.apigateway('UpdateDeployment', { restApiId: String(props.RestApiId), deploymentId: previous.state.physicalId, patchOperations: ops });
    return previous.state;
  },
  async restore(old, current, ctx) {
    const stageName = str(old.props, 'StageName');
    if (!stageName || str(current.props, 'StageName') !== stageName) return;
    await ctx.calls.apigateway('UpdateStage', {
      restApiId: String(old.props.RestApiId),
      stageName,
      patchOperations: [{ op: 'replace', path: '/deploymentId', value: old.state.physicalId }],
    });
  },
  async delete(state, props, ctx) {
    const restApiId = String(props.RestApiId);
    const stageName = str(props, 'StageName');
    // The stage this deployment created goes with it, unless a newer deployment has moved it (a replacement).
    if (stageName) {
      const stages = await ctx.calls.apigateway('GetStages', { restApiId });
      if (stages.item?.some((s) => s.stageName === stageName && s.deploymentId === state.physicalId)) {
        await ctx.calls.apigateway('DeleteStage', { restApiId, stageName });
      }
    }
    await ctx.calls.apigateway('DeleteDeployment', { restApiId, deploymentId: state.physicalId });
  },
};
