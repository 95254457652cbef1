/**
 * The resource types Tollgate provisions, by CloudFormation type name. A type not here (and not inert,
 * inert.ts) is refused before anything changes, unless the deploy skips unsupported resources.
 */
import { account, clientCertificate, vpcLink } from './apigateway/account.js';
import { authorizer, documentationPart, documentationVersion, gatewayResponse, model, requestValidator } from './apigateway/api-parts.js';
import { deployment } from './apigateway/deployment.js';
import { basePathMapping, domainName } from './apigateway/domains.js';
import { method } from './apigateway/method.js';
import { resource } from './apigateway/resource.js';
import { restApi } from './apigateway/rest-api.js';
import { stage } from './apigateway/stage.js';
import { apiKey, usagePlan, usagePlanKey } from './apigateway/usage.js';
import { inertType, isInert } from './inert.js';
import { lambdaFunction } from './lambda/function.js';
import { alias, layerVersion, permission, version } from './lambda/function-parts.js';
import type { ResourceType } from './provider.js';

const TYPES: Record<string, ResourceType> = {
  'AWS::ApiGateway::RestApi': restApi,
  'AWS::ApiGateway::Resource': resource,
  'AWS::ApiGateway::Method': method,
  'AWS::ApiGateway::Deployment': deployment,
  'AWS::ApiGateway::Stage': stage,
  'AWS::ApiGateway::Model': model,
  'AWS::ApiGateway::RequestValidator': requestValidator,
  'AWS::ApiGateway::Authorizer': authorizer,
  'AWS::ApiGateway::GatewayResponse': gatewayResponse,
  'AWS::ApiGateway::ApiKey': apiKey,
  'AWS::ApiGateway::UsagePlan': usagePlan,
  'AWS::ApiGateway::UsagePlanKey': usagePlanKey,
  'AWS::ApiGateway::DomainName': domainName,
  'AWS::ApiGateway::BasePathMapping': basePathMapping,
  'AWS::ApiGateway::ClientCertificate': clientCertificate,
  'AWS::ApiGateway::DocumentationPart': documentationPart,
  'AWS::ApiGateway::DocumentationVersion': documentationVersion,
  'AWS::ApiGateway::VpcLink': vpcLink,
  'AWS::ApiGateway::Account': account,
  'AWS::Lambda::Function': lambdaFunction,
  'AWS::Lambda::Permission': permission,
  'AWS::Lambda::Version': version,
  'AWS::Lambda::Alias': alias,
  'AWS::Lambda::LayerVersion': layerVersion,
};

/** The type's provisioning, or undefined when Tollgate does not serve it. */
export function resourceType(type: string): ResourceType | undefined {
  return TYPES[type] ?? (isInert(type) ? inertType(type) : undefined);
}

export const SUPPORTED_TYPES: readonly string[] = Object.keys(TYPES);
