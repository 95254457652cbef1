/**
 * The frozen copy of a REST API that CreateDeployment stores and the data plane serves: later edits
 * to the API change nothing deployed until the next deployment (as AWS; cf. LocalStack's
 * freeze_rest_api). Stage settings (variables, method settings) are not in it: they are read live.
 */
import type { StoreReader } from '../../store/store.js';
import type { Model } from './models-defaults.js';
import type { Resource } from './resources.js';
import type { RestApi } from './rest-apis.js';
import type { DeploymentSnapshot } from '../../domain/deployment.js';
import { Kind, apiScope } from '../../domain/kinds.js';
export { type DeploymentSnapshot };

async function bodies<T>(reader: StoreReader, kind: string, scope: string): Promise<T[]> {
  return (await reader.all<T>(kind, scope)).filter((r) => r.scope === scope).map((r) => r.body);
}

export async function takeSnapshot(reader: StoreReader, api: RestApi, region: string): Promise<DeploymentSnapshot> {
  const scope = apiScope(region, api.id);
  return {
    api: {
      id: api.id,
      name: api.name,
      description: api.description,
      version: api.version,
      createdDate: api.createdDate,
      binaryMediaTypes: api.binaryMediaTypes,
      minimumCompressionSize: api.minimumCompressionSize,
      apiKeySource: api.apiKeySource,
      policy: api.policy,
      disableExecuteApiEndpoint: api.disableExecuteApiEndpoint,
      endpointConfiguration: api.endpointConfiguration,
    },
    resources: await bodies<Resource>(reader, Kind.resource, scope),
    models: await bodies<Model>(reader, Kind.model, scope),
    requestValidators: await bodies(reader, Kind.requestValidator, scope),
    authorizers: await bodies(reader, Kind.authorizer, scope),
    gatewayResponses: await bodies(reader, Kind.gatewayResponse, scope),
  };
}
