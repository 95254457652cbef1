/**
 * API Gateway's operation table: every operation of the model maps to a handler; those Tollgate does
 * not implement yet answer NotImplementedException naming the operation (and are listed as such in
 * the README's coverage table, checked by test/services/apigateway/coverage.test.ts). APIGATEWAY is the service
 * the control server serves: this model and this table (the boot check: src/protocol/service.ts).
 */
import { APIGATEWAY_MODEL } from './generated/model.js';
import { completeHandlers } from '../../protocol/service.js';
import { apiKeyHandlers } from './api-keys.js';
import { integrationHandlers } from './integrations.js';
import { methodHandlers } from './methods.js';
import { resourceHandlers } from './resources.js';
import { restApiHandlers } from './rest-apis.js';
import { tagHandlers } from './tags.js';
import { accountHandlers } from './account.js';
import { basePathMappingHandlers } from './base-path-mappings.js';
import { clientCertificateHandlers } from './client-certificates.js';
import { domainNameHandlers } from './domain-names.js';
import { usagePlanKeyHandlers } from './usage-plan-keys.js';
import { usagePlanHandlers } from './usage-plans.js';
import { usageHandlers } from './usage.js';
import { modelHandlers } from './models.js';
import { requestValidatorHandlers } from './request-validators.js';
import { authorizerHandlers } from './authorizers.js';
import { gatewayResponseHandlers } from './gateway-responses.js';
import { deploymentHandlers } from './deployments.js';
import { stageHandlers } from './stages.js';
import { vpcLinkHandlers } from './vpc-links.js';
import { documentationPartHandlers } from './documentation-parts.js';
import { documentationVersionHandlers } from './documentation-versions.js';
import { domainNameAccessAssociationHandlers } from './domain-name-access-associations.js';
import { exportHandlers } from './openapi/export.js';
import { openApiImportHandlers } from './openapi/import.js';
import { sdkHandlers } from './sdks.js';
import { testInvokeHandlers } from './test-invoke.js';
import { testInvokeAuthorizerHandlers } from './test-invoke-authorizer.js';
/**
 * Every family's table; a typed family (`Handlers`) is checked against the generated Operations where
 * it is declared, an untyped one (`HandlerTable`) is not checked yet.
 */
const FAMILIES = {
    ...domainNameHandlers,
    ...basePathMappingHandlers,
    ...clientCertificateHandlers,
    ...accountHandlers,
    ...restApiHandlers,
    ...resourceHandlers,
    ...methodHandlers,
    ...integrationHandlers,
    ...tagHandlers,
    ...apiKeyHandlers,
    ...usagePlanHandlers,
    ...usagePlanKeyHandlers,
    ...usageHandlers,
    ...modelHandlers,
    ...requestValidatorHandlers,
    ...authorizerHandlers,
    ...gatewayResponseHandlers,
    ...deploymentHandlers,
    ...stageHandlers,
    ...vpcLinkHandlers,
    ...documentationPartHandlers,
    ...documentationVersionHandlers,
    ...domainNameAccessAssociationHandlers,
    ...exportHandlers,
    ...openApiImportHandlers,
    ...sdkHandlers,
    ...testInvokeHandlers,
    ...testInvokeAuthorizerHandlers,
};
export const IMPLEMENTED = FAMILIES;
export const APIGATEWAY = { model: APIGATEWAY_MODEL, handlers: IMPLEMENTED };
/** The complete table, as the server runs it: IMPLEMENTED, and NotImplementedException for the rest. */
export function buildHandlers() {
    return completeHandlers(APIGATEWAY);
}
