/**
 * The frozen copy of a REST API that CreateDeployment stores and the data plane serves: later edits
 * to the API change nothing deployed until the next deployment (as AWS; cf. LocalStack's
 * freeze_rest_api). Stage settings (variables, method settings) are not in it: they are read live.
 */
import type { StoreReader } from '../../store/store.js';
import type { DeploymentSnapshot } from '../../domain/deployment.js';
import type { RestApi } from '../../domain/rest-api.js';
import { authorizers, gatewayResponses, models, requestValidators, resources } from './collections.js';

export async function takeSnapshot(reader: StoreReader, api: RestApi, region: string): Promise<DeploymentSnapshot> {
  const scope = [region, api.id] as const;
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
    resources: await resources.in(reader, ...scope).list(),
    models: await models.in(reader, ...scope).list(),
    requestValidators: await requestValidators.in(reader, ...scope).list(),
    authorizers: await authorizers.in(reader, ...scope).list(),
    gatewayResponses: await gatewayResponses.in(reader, ...scope).list(),
  };
}
