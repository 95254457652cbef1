/** The plan of an OpenAPI import (plan.ts builds it, import.ts writes it). */
import type { StoredGatewayResponse } from '../../../domain/gateway-response.js';
import type { Authorizer, AuthorizerType } from '../../../domain/authorizer.js';
import type { Integration } from '../../../domain/integration.js';
import type { Method } from '../../../domain/method.js';
import type { DocumentationPartLocation } from '../../../domain/documentation-part.js';

export type BasePathMode = 'ignore' | 'prepend' | 'split';

export interface PlanOptions {
  basepath: BasePathMode;
  ignoreDocumentation: boolean;
  region: string;
  accountId: string;
}

export interface PlanModel {
  name: string;
  description?: string;
  schema: string;
  contentType: string;
  refs: string[];
}
export type PlanAuthorizer = Omit<Authorizer, 'id'>;
export interface PlanValidator {
  name: string;
  validateRequestBody: boolean;
  validateRequestParameters: boolean;
}
export interface PlanMethod extends Omit<Method, 'authorizerId' | 'requestValidatorId' | 'methodIntegration'> {
  authorizerName?: string;
  validatorName?: string;
  methodIntegration?: Omit<Integration, 'cacheNamespace'> & { cacheNamespace?: string };
}
export interface PlanResource {
  path: string;
  parentPath?: string;
  pathPart?: string;
  methods: Record<string, PlanMethod>;
}
export interface PlanDocumentationPart {
  location: DocumentationPartLocation;
  properties: string;
}

export interface Plan {
  /** Stands for the API id in model URLs and the policy until the API exists. */
  token: string;
  title?: string;
  description?: string;
  version?: string;
  api: {
    binaryMediaTypes?: string[];
    minimumCompressionSize?: number;
    apiKeySource?: string;
    policy?: string;
    disableExecuteApiEndpoint?: boolean;
    vpcEndpointIds?: string[];
  };
  /** Parent paths before their children. */
  resources: PlanResource[];
  models: PlanModel[];
  authorizers: PlanAuthorizer[];
  validators: PlanValidator[];
  gatewayResponses: StoredGatewayResponse[];
  documentationParts?: PlanDocumentationPart[];
  warnings: string[];
  errors: string[];
}

/** What a security scheme stands for in a method's authorization. */
export interface SchemeInfo {
  kind: 'authorizer' | 'iam' | 'apikey' | 'none';
  authorizerType?: AuthorizerType;
}
