/**
 * The frozen copy of a REST API that CreateDeployment stores and the data plane serves: later edits
 * to the API change nothing deployed until the next deployment (as AWS; cf. LocalStack's
 * freeze_rest_api). Stage settings (variables, method settings) are not in it: they are read live.
 */
import type { StoreReader } from '../store/store.js';
import { apiScope } from './context.js';
import type { Model } from './models-defaults.js';
import type { Resource } from './resources.js';
import type { RestApi } from './rest-apis.js';

export interface DeploymentSnapshot {
  api: Pick<RestApi, 'id' | 'name' | 'description' | 'version' | 'createdDate' | 'binaryMediaTypes' | 'minimumCompressionSize' | 'apiKeySource' | 'policy' | 'disableExecuteApiEndpoint' | 'endpointConfiguration'>;
  resources: Resource[];
  models: Model[];
  requestValidators: { id: string; name?: string; validateRequestBody: boolean; validateRequestParameters: boolean }[];
  authorizers: Record<string, unknown>[];
  /** Only the types the API customised (PutGatewayResponse); defaults are known to the data plane. */
  gatewayResponses: Record<string, unknown>[];
}

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
    resources: await bodies<Resource>(reader, 'resource', scope),
    models: await bodies<Model>(reader, 'model', scope),
    requestValidators: await bodies(reader, 'requestvalidator', scope),
    authorizers: await bodies(reader, 'authorizer', scope),
    gatewayResponses: await bodies(reader, 'gatewayresponse', scope),
  };
}
