/** A method of a resource, with its method responses and integration. */
import type { Integration } from './integration.js';
export interface MethodResponse {
    statusCode: string;
    responseParameters?: Record<string, boolean>;
    responseModels?: Record<string, string>;
}
export interface Method {
    httpMethod: string;
    authorizationType: string;
    authorizerId?: string;
    apiKeyRequired: boolean;
    requestValidatorId?: string;
    operationName?: string;
    requestParameters?: Record<string, boolean>;
    requestModels?: Record<string, string>;
    methodResponses?: Record<string, MethodResponse>;
    methodIntegration?: Integration;
    authorizationScopes?: string[];
}
