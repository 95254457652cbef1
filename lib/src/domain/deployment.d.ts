/** A deployment: the frozen copy of a REST API that stages serve. */
import type { Authorizer } from './authorizer.js';
import type { StoredGatewayResponse } from './gateway-response.js';
import type { Model } from './model.js';
import type { RequestValidator } from './request-validator.js';
import type { Resource } from './resource.js';
import type { RestApi } from './rest-api.js';
export interface DeploymentSnapshot {
    api: Pick<RestApi, 'id' | 'name' | 'description' | 'version' | 'createdDate' | 'binaryMediaTypes' | 'minimumCompressionSize' | 'apiKeySource' | 'policy' | 'disableExecuteApiEndpoint' | 'endpointConfiguration'>;
    resources: Resource[];
    models: Model[];
    requestValidators: RequestValidator[];
    authorizers: Authorizer[];
    /** Only the types the API customised (PutGatewayResponse); defaults are in the catalogue. */
    gatewayResponses: StoredGatewayResponse[];
}
export interface Deployment {
    id: string;
    description?: string;
    createdDate: number;
    /** The frozen API the data plane serves for this deployment; never returned. */
    snapshot: DeploymentSnapshot;
}
