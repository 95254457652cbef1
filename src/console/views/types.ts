/** The shapes the views read, as API Gateway's and Lambda's JSON carries them (only the members shown). */
export interface RestApi {
  id: string;
  name: string;
  description?: string;
  createdDate?: number;
  apiKeySource?: string;
  endpointConfiguration?: { types?: string[] };
  version?: string;
}

export interface Integration {
  type?: string;
  httpMethod?: string;
  uri?: string;
  connectionType?: string;
  credentials?: string;
  passthroughBehavior?: string;
  contentHandling?: string;
  timeoutInMillis?: number;
  requestParameters?: Record<string, string>;
  requestTemplates?: Record<string, string>;
  integrationResponses?: Record<string, IntegrationResponse>;
}

export interface IntegrationResponse {
  statusCode: string;
  selectionPattern?: string;
  responseParameters?: Record<string, string>;
  responseTemplates?: Record<string, string>;
  contentHandling?: string;
}

export interface Method {
  httpMethod: string;
  authorizationType?: string;
  authorizerId?: string;
  apiKeyRequired?: boolean;
  requestValidatorId?: string;
  operationName?: string;
  requestParameters?: Record<string, boolean>;
  requestModels?: Record<string, string>;
  methodResponses?: Record<string, { statusCode: string; responseParameters?: Record<string, boolean>; responseModels?: Record<string, string> }>;
  methodIntegration?: Integration;
}

export interface Resource {
  id: string;
  parentId?: string;
  path: string;
  pathPart?: string;
  resourceMethods?: Record<string, Method>;
}

export interface Stage {
  stageName: string;
  deploymentId?: string;
  description?: string;
  variables?: Record<string, string>;
  methodSettings?: Record<string, Record<string, unknown>>;
  canarySettings?: { deploymentId?: string; percentTraffic?: number; stageVariableOverrides?: Record<string, string>; useStageCache?: boolean };
  cacheClusterEnabled?: boolean;
  tracingEnabled?: boolean;
  createdDate?: number;
  lastUpdatedDate?: number;
}

export interface Deployment {
  id: string;
  description?: string;
  createdDate?: number;
}

export interface Model {
  id: string;
  name: string;
  contentType?: string;
  description?: string;
  schema?: string;
}

export interface Validator {
  id: string;
  name?: string;
  validateRequestBody?: boolean;
  validateRequestParameters?: boolean;
}

export interface Authorizer {
  id: string;
  name: string;
  type?: string;
  identitySource?: string;
  authorizerUri?: string;
  authorizerResultTtlInSeconds?: number;
  providerARNs?: string[];
}

export interface GatewayResponse {
  responseType: string;
  statusCode?: string;
  defaultResponse?: boolean;
  responseParameters?: Record<string, string>;
  responseTemplates?: Record<string, string>;
}
