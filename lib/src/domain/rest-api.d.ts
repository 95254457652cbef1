/** A REST API (the entity CreateRestApi stores). */
import type { Tags } from './tags.js';
export interface EndpointConfiguration {
    types?: string[];
    ipAddressType?: string;
    vpcEndpointIds?: string[];
}
export interface RestApi {
    id: string;
    name: string;
    description?: string;
    createdDate: number;
    version?: string;
    warnings?: string[];
    binaryMediaTypes?: string[];
    minimumCompressionSize?: number;
    apiKeySource: string;
    endpointConfiguration: EndpointConfiguration;
    policy?: string;
    tags: Tags;
    disableExecuteApiEndpoint: boolean;
    rootResourceId: string;
    securityPolicy?: string;
    endpointAccessMode?: string;
}
