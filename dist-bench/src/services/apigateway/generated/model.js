export const APIGATEWAY_MODEL = {
    "service": "apigateway",
    "sdkVersion": "3.1142.0",
    "operations": {
        "CreateApiKey": {
            "method": "POST",
            "uri": "/apikeys",
            "code": 201,
            "input": "CreateApiKeyRequest",
            "output": "ApiKey"
        },
        "CreateAuthorizer": {
            "method": "POST",
            "uri": "/restapis/{restApiId}/authorizers",
            "code": 201,
            "input": "CreateAuthorizerRequest",
            "output": "Authorizer"
        },
        "CreateBasePathMapping": {
            "method": "POST",
            "uri": "/domainnames/{domainName}/basepathmappings",
            "code": 201,
            "input": "CreateBasePathMappingRequest",
            "output": "BasePathMapping"
        },
        "CreateDeployment": {
            "method": "POST",
            "uri": "/restapis/{restApiId}/deployments",
            "code": 201,
            "input": "CreateDeploymentRequest",
            "output": "Deployment"
        },
        "CreateDocumentationPart": {
            "method": "POST",
            "uri": "/restapis/{restApiId}/documentation/parts",
            "code": 201,
            "input": "CreateDocumentationPartRequest",
            "output": "DocumentationPart"
        },
        "CreateDocumentationVersion": {
            "method": "POST",
            "uri": "/restapis/{restApiId}/documentation/versions",
            "code": 201,
            "input": "CreateDocumentationVersionRequest",
            "output": "DocumentationVersion"
        },
        "CreateDomainName": {
            "method": "POST",
            "uri": "/domainnames",
            "code": 201,
            "input": "CreateDomainNameRequest",
            "output": "DomainName"
        },
        "CreateDomainNameAccessAssociation": {
            "method": "POST",
            "uri": "/domainnameaccessassociations",
            "code": 201,
            "input": "CreateDomainNameAccessAssociationRequest",
            "output": "DomainNameAccessAssociation"
        },
        "CreateModel": {
            "method": "POST",
            "uri": "/restapis/{restApiId}/models",
            "code": 201,
            "input": "CreateModelRequest",
            "output": "Model"
        },
        "CreateRequestValidator": {
            "method": "POST",
            "uri": "/restapis/{restApiId}/requestvalidators",
            "code": 201,
            "input": "CreateRequestValidatorRequest",
            "output": "RequestValidator"
        },
        "CreateResource": {
            "method": "POST",
            "uri": "/restapis/{restApiId}/resources/{parentId}",
            "code": 201,
            "input": "CreateResourceRequest",
            "output": "Resource"
        },
        "CreateRestApi": {
            "method": "POST",
            "uri": "/restapis",
            "code": 201,
            "input": "CreateRestApiRequest",
            "output": "RestApi"
        },
        "CreateStage": {
            "method": "POST",
            "uri": "/restapis/{restApiId}/stages",
            "code": 201,
            "input": "CreateStageRequest",
            "output": "Stage"
        },
        "CreateUsagePlan": {
            "method": "POST",
            "uri": "/usageplans",
            "code": 201,
            "input": "CreateUsagePlanRequest",
            "output": "UsagePlan"
        },
        "CreateUsagePlanKey": {
            "method": "POST",
            "uri": "/usageplans/{usagePlanId}/keys",
            "code": 201,
            "input": "CreateUsagePlanKeyRequest",
            "output": "UsagePlanKey"
        },
        "CreateVpcLink": {
            "method": "POST",
            "uri": "/vpclinks",
            "code": 202,
            "input": "CreateVpcLinkRequest",
            "output": "VpcLink"
        },
        "DeleteApiKey": {
            "method": "DELETE",
            "uri": "/apikeys/{apiKey}",
            "code": 202,
            "input": "DeleteApiKeyRequest",
            "output": "Unit"
        },
        "DeleteAuthorizer": {
            "method": "DELETE",
            "uri": "/restapis/{restApiId}/authorizers/{authorizerId}",
            "code": 202,
            "input": "DeleteAuthorizerRequest",
            "output": "Unit"
        },
        "DeleteBasePathMapping": {
            "method": "DELETE",
            "uri": "/domainnames/{domainName}/basepathmappings/{basePath}",
            "code": 202,
            "input": "DeleteBasePathMappingRequest",
            "output": "Unit"
        },
        "DeleteClientCertificate": {
            "method": "DELETE",
            "uri": "/clientcertificates/{clientCertificateId}",
            "code": 202,
            "input": "DeleteClientCertificateRequest",
            "output": "Unit"
        },
        "DeleteDeployment": {
            "method": "DELETE",
            "uri": "/restapis/{restApiId}/deployments/{deploymentId}",
            "code": 202,
            "input": "DeleteDeploymentRequest",
            "output": "Unit"
        },
        "DeleteDocumentationPart": {
            "method": "DELETE",
            "uri": "/restapis/{restApiId}/documentation/parts/{documentationPartId}",
            "code": 202,
            "input": "DeleteDocumentationPartRequest",
            "output": "Unit"
        },
        "DeleteDocumentationVersion": {
            "method": "DELETE",
            "uri": "/restapis/{restApiId}/documentation/versions/{documentationVersion}",
            "code": 202,
            "input": "DeleteDocumentationVersionRequest",
            "output": "Unit"
        },
        "DeleteDomainName": {
            "method": "DELETE",
            "uri": "/domainnames/{domainName}",
            "code": 202,
            "input": "DeleteDomainNameRequest",
            "output": "Unit"
        },
        "DeleteDomainNameAccessAssociation": {
            "method": "DELETE",
            "uri": "/domainnameaccessassociations/{domainNameAccessAssociationArn}",
            "code": 202,
            "input": "DeleteDomainNameAccessAssociationRequest",
            "output": "Unit"
        },
        "DeleteGatewayResponse": {
            "method": "DELETE",
            "uri": "/restapis/{restApiId}/gatewayresponses/{responseType}",
            "code": 202,
            "input": "DeleteGatewayResponseRequest",
            "output": "Unit"
        },
        "DeleteIntegration": {
            "method": "DELETE",
            "uri": "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration",
            "code": 204,
            "input": "DeleteIntegrationRequest",
            "output": "Unit"
        },
        "DeleteIntegrationResponse": {
            "method": "DELETE",
            "uri": "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration/responses/{statusCode}",
            "code": 204,
            "input": "DeleteIntegrationResponseRequest",
            "output": "Unit"
        },
        "DeleteMethod": {
            "method": "DELETE",
            "uri": "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}",
            "code": 204,
            "input": "DeleteMethodRequest",
            "output": "Unit"
        },
        "DeleteMethodResponse": {
            "method": "DELETE",
            "uri": "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/responses/{statusCode}",
            "code": 204,
            "input": "DeleteMethodResponseRequest",
            "output": "Unit"
        },
        "DeleteModel": {
            "method": "DELETE",
            "uri": "/restapis/{restApiId}/models/{modelName}",
            "code": 202,
            "input": "DeleteModelRequest",
            "output": "Unit"
        },
        "DeleteRequestValidator": {
            "method": "DELETE",
            "uri": "/restapis/{restApiId}/requestvalidators/{requestValidatorId}",
            "code": 202,
            "input": "DeleteRequestValidatorRequest",
            "output": "Unit"
        },
        "DeleteResource": {
            "method": "DELETE",
            "uri": "/restapis/{restApiId}/resources/{resourceId}",
            "code": 202,
            "input": "DeleteResourceRequest",
            "output": "Unit"
        },
        "DeleteRestApi": {
            "method": "DELETE",
            "uri": "/restapis/{restApiId}",
            "code": 202,
            "input": "DeleteRestApiRequest",
            "output": "Unit"
        },
        "DeleteStage": {
            "method": "DELETE",
            "uri": "/restapis/{restApiId}/stages/{stageName}",
            "code": 202,
            "input": "DeleteStageRequest",
            "output": "Unit"
        },
        "DeleteUsagePlan": {
            "method": "DELETE",
            "uri": "/usageplans/{usagePlanId}",
            "code": 202,
            "input": "DeleteUsagePlanRequest",
            "output": "Unit"
        },
        "DeleteUsagePlanKey": {
            "method": "DELETE",
            "uri": "/usageplans/{usagePlanId}/keys/{keyId}",
            "code": 202,
            "input": "DeleteUsagePlanKeyRequest",
            "output": "Unit"
        },
        "DeleteVpcLink": {
            "method": "DELETE",
            "uri": "/vpclinks/{vpcLinkId}",
            "code": 202,
            "input": "DeleteVpcLinkRequest",
            "output": "Unit"
        },
        "FlushStageAuthorizersCache": {
            "method": "DELETE",
            "uri": "/restapis/{restApiId}/stages/{stageName}/cache/authorizers",
            "code": 202,
            "input": "FlushStageAuthorizersCacheRequest",
            "output": "Unit"
        },
        "FlushStageCache": {
            "method": "DELETE",
            "uri": "/restapis/{restApiId}/stages/{stageName}/cache/data",
            "code": 202,
            "input": "FlushStageCacheRequest",
            "output": "Unit"
        },
        "GenerateClientCertificate": {
            "method": "POST",
            "uri": "/clientcertificates",
            "code": 201,
            "input": "GenerateClientCertificateRequest",
            "output": "ClientCertificate"
        },
        "GetAccount": {
            "method": "GET",
            "uri": "/account",
            "code": 200,
            "input": "GetAccountRequest",
            "output": "Account"
        },
        "GetApiKey": {
            "method": "GET",
            "uri": "/apikeys/{apiKey}",
            "code": 200,
            "input": "GetApiKeyRequest",
            "output": "ApiKey"
        },
        "GetApiKeys": {
            "method": "GET",
            "uri": "/apikeys",
            "code": 200,
            "input": "GetApiKeysRequest",
            "output": "ApiKeys"
        },
        "GetAuthorizer": {
            "method": "GET",
            "uri": "/restapis/{restApiId}/authorizers/{authorizerId}",
            "code": 200,
            "input": "GetAuthorizerRequest",
            "output": "Authorizer"
        },
        "GetAuthorizers": {
            "method": "GET",
            "uri": "/restapis/{restApiId}/authorizers",
            "code": 200,
            "input": "GetAuthorizersRequest",
            "output": "Authorizers"
        },
        "GetBasePathMapping": {
            "method": "GET",
            "uri": "/domainnames/{domainName}/basepathmappings/{basePath}",
            "code": 200,
            "input": "GetBasePathMappingRequest",
            "output": "BasePathMapping"
        },
        "GetBasePathMappings": {
            "method": "GET",
            "uri": "/domainnames/{domainName}/basepathmappings",
            "code": 200,
            "input": "GetBasePathMappingsRequest",
            "output": "BasePathMappings"
        },
        "GetClientCertificate": {
            "method": "GET",
            "uri": "/clientcertificates/{clientCertificateId}",
            "code": 200,
            "input": "GetClientCertificateRequest",
            "output": "ClientCertificate"
        },
        "GetClientCertificates": {
            "method": "GET",
            "uri": "/clientcertificates",
            "code": 200,
            "input": "GetClientCertificatesRequest",
            "output": "ClientCertificates"
        },
        "GetDeployment": {
            "method": "GET",
            "uri": "/restapis/{restApiId}/deployments/{deploymentId}",
            "code": 200,
            "input": "GetDeploymentRequest",
            "output": "Deployment"
        },
        "GetDeployments": {
            "method": "GET",
            "uri": "/restapis/{restApiId}/deployments",
            "code": 200,
            "input": "GetDeploymentsRequest",
            "output": "Deployments"
        },
        "GetDocumentationPart": {
            "method": "GET",
            "uri": "/restapis/{restApiId}/documentation/parts/{documentationPartId}",
            "code": 200,
            "input": "GetDocumentationPartRequest",
            "output": "DocumentationPart"
        },
        "GetDocumentationParts": {
            "method": "GET",
            "uri": "/restapis/{restApiId}/documentation/parts",
            "code": 200,
            "input": "GetDocumentationPartsRequest",
            "output": "DocumentationParts"
        },
        "GetDocumentationVersion": {
            "method": "GET",
            "uri": "/restapis/{restApiId}/documentation/versions/{documentationVersion}",
            "code": 200,
            "input": "GetDocumentationVersionRequest",
            "output": "DocumentationVersion"
        },
        "GetDocumentationVersions": {
            "method": "GET",
            "uri": "/restapis/{restApiId}/documentation/versions",
            "code": 200,
            "input": "GetDocumentationVersionsRequest",
            "output": "DocumentationVersions"
        },
        "GetDomainName": {
            "method": "GET",
            "uri": "/domainnames/{domainName}",
            "code": 200,
            "input": "GetDomainNameRequest",
            "output": "DomainName"
        },
        "GetDomainNameAccessAssociations": {
            "method": "GET",
            "uri": "/domainnameaccessassociations",
            "code": 200,
            "input": "GetDomainNameAccessAssociationsRequest",
            "output": "DomainNameAccessAssociations"
        },
        "GetDomainNames": {
            "method": "GET",
            "uri": "/domainnames",
            "code": 200,
            "input": "GetDomainNamesRequest",
            "output": "DomainNames"
        },
        "GetExport": {
            "method": "GET",
            "uri": "/restapis/{restApiId}/stages/{stageName}/exports/{exportType}",
            "code": 200,
            "input": "GetExportRequest",
            "output": "ExportResponse"
        },
        "GetGatewayResponse": {
            "method": "GET",
            "uri": "/restapis/{restApiId}/gatewayresponses/{responseType}",
            "code": 200,
            "input": "GetGatewayResponseRequest",
            "output": "GatewayResponse"
        },
        "GetGatewayResponses": {
            "method": "GET",
            "uri": "/restapis/{restApiId}/gatewayresponses",
            "code": 200,
            "input": "GetGatewayResponsesRequest",
            "output": "GatewayResponses"
        },
        "GetIntegration": {
            "method": "GET",
            "uri": "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration",
            "code": 200,
            "input": "GetIntegrationRequest",
            "output": "Integration"
        },
        "GetIntegrationResponse": {
            "method": "GET",
            "uri": "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration/responses/{statusCode}",
            "code": 200,
            "input": "GetIntegrationResponseRequest",
            "output": "IntegrationResponse"
        },
        "GetMethod": {
            "method": "GET",
            "uri": "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}",
            "code": 200,
            "input": "GetMethodRequest",
            "output": "Method"
        },
        "GetMethodResponse": {
            "method": "GET",
            "uri": "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/responses/{statusCode}",
            "code": 200,
            "input": "GetMethodResponseRequest",
            "output": "MethodResponse"
        },
        "GetModel": {
            "method": "GET",
            "uri": "/restapis/{restApiId}/models/{modelName}",
            "code": 200,
            "input": "GetModelRequest",
            "output": "Model"
        },
        "GetModels": {
            "method": "GET",
            "uri": "/restapis/{restApiId}/models",
            "code": 200,
            "input": "GetModelsRequest",
            "output": "Models"
        },
        "GetModelTemplate": {
            "method": "GET",
            "uri": "/restapis/{restApiId}/models/{modelName}/default_template",
            "code": 200,
            "input": "GetModelTemplateRequest",
            "output": "Template"
        },
        "GetRequestValidator": {
            "method": "GET",
            "uri": "/restapis/{restApiId}/requestvalidators/{requestValidatorId}",
            "code": 200,
            "input": "GetRequestValidatorRequest",
            "output": "RequestValidator"
        },
        "GetRequestValidators": {
            "method": "GET",
            "uri": "/restapis/{restApiId}/requestvalidators",
            "code": 200,
            "input": "GetRequestValidatorsRequest",
            "output": "RequestValidators"
        },
        "GetResource": {
            "method": "GET",
            "uri": "/restapis/{restApiId}/resources/{resourceId}",
            "code": 200,
            "input": "GetResourceRequest",
            "output": "Resource"
        },
        "GetResources": {
            "method": "GET",
            "uri": "/restapis/{restApiId}/resources",
            "code": 200,
            "input": "GetResourcesRequest",
            "output": "Resources"
        },
        "GetRestApi": {
            "method": "GET",
            "uri": "/restapis/{restApiId}",
            "code": 200,
            "input": "GetRestApiRequest",
            "output": "RestApi"
        },
        "GetRestApis": {
            "method": "GET",
            "uri": "/restapis",
            "code": 200,
            "input": "GetRestApisRequest",
            "output": "RestApis"
        },
        "GetSdk": {
            "method": "GET",
            "uri": "/restapis/{restApiId}/stages/{stageName}/sdks/{sdkType}",
            "code": 200,
            "input": "GetSdkRequest",
            "output": "SdkResponse"
        },
        "GetSdkType": {
            "method": "GET",
            "uri": "/sdktypes/{id}",
            "code": 200,
            "input": "GetSdkTypeRequest",
            "output": "SdkType"
        },
        "GetSdkTypes": {
            "method": "GET",
            "uri": "/sdktypes",
            "code": 200,
            "input": "GetSdkTypesRequest",
            "output": "SdkTypes"
        },
        "GetStage": {
            "method": "GET",
            "uri": "/restapis/{restApiId}/stages/{stageName}",
            "code": 200,
            "input": "GetStageRequest",
            "output": "Stage"
        },
        "GetStages": {
            "method": "GET",
            "uri": "/restapis/{restApiId}/stages",
            "code": 200,
            "input": "GetStagesRequest",
            "output": "Stages"
        },
        "GetTags": {
            "method": "GET",
            "uri": "/tags/{resourceArn}",
            "code": 200,
            "input": "GetTagsRequest",
            "output": "Tags"
        },
        "GetUsage": {
            "method": "GET",
            "uri": "/usageplans/{usagePlanId}/usage",
            "code": 200,
            "input": "GetUsageRequest",
            "output": "Usage"
        },
        "GetUsagePlan": {
            "method": "GET",
            "uri": "/usageplans/{usagePlanId}",
            "code": 200,
            "input": "GetUsagePlanRequest",
            "output": "UsagePlan"
        },
        "GetUsagePlanKey": {
            "method": "GET",
            "uri": "/usageplans/{usagePlanId}/keys/{keyId}",
            "code": 200,
            "input": "GetUsagePlanKeyRequest",
            "output": "UsagePlanKey"
        },
        "GetUsagePlanKeys": {
            "method": "GET",
            "uri": "/usageplans/{usagePlanId}/keys",
            "code": 200,
            "input": "GetUsagePlanKeysRequest",
            "output": "UsagePlanKeys"
        },
        "GetUsagePlans": {
            "method": "GET",
            "uri": "/usageplans",
            "code": 200,
            "input": "GetUsagePlansRequest",
            "output": "UsagePlans"
        },
        "GetVpcLink": {
            "method": "GET",
            "uri": "/vpclinks/{vpcLinkId}",
            "code": 200,
            "input": "GetVpcLinkRequest",
            "output": "VpcLink"
        },
        "GetVpcLinks": {
            "method": "GET",
            "uri": "/vpclinks",
            "code": 200,
            "input": "GetVpcLinksRequest",
            "output": "VpcLinks"
        },
        "ImportApiKeys": {
            "method": "POST",
            "uri": "/apikeys?mode=import",
            "code": 201,
            "input": "ImportApiKeysRequest",
            "output": "ApiKeyIds"
        },
        "ImportDocumentationParts": {
            "method": "PUT",
            "uri": "/restapis/{restApiId}/documentation/parts",
            "code": 200,
            "input": "ImportDocumentationPartsRequest",
            "output": "DocumentationPartIds"
        },
        "ImportRestApi": {
            "method": "POST",
            "uri": "/restapis?mode=import",
            "code": 201,
            "input": "ImportRestApiRequest",
            "output": "RestApi"
        },
        "PutGatewayResponse": {
            "method": "PUT",
            "uri": "/restapis/{restApiId}/gatewayresponses/{responseType}",
            "code": 201,
            "input": "PutGatewayResponseRequest",
            "output": "GatewayResponse"
        },
        "PutIntegration": {
            "method": "PUT",
            "uri": "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration",
            "code": 201,
            "input": "PutIntegrationRequest",
            "output": "Integration"
        },
        "PutIntegrationResponse": {
            "method": "PUT",
            "uri": "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration/responses/{statusCode}",
            "code": 201,
            "input": "PutIntegrationResponseRequest",
            "output": "IntegrationResponse"
        },
        "PutMethod": {
            "method": "PUT",
            "uri": "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}",
            "code": 201,
            "input": "PutMethodRequest",
            "output": "Method"
        },
        "PutMethodResponse": {
            "method": "PUT",
            "uri": "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/responses/{statusCode}",
            "code": 201,
            "input": "PutMethodResponseRequest",
            "output": "MethodResponse"
        },
        "PutRestApi": {
            "method": "PUT",
            "uri": "/restapis/{restApiId}",
            "code": 200,
            "input": "PutRestApiRequest",
            "output": "RestApi"
        },
        "RejectDomainNameAccessAssociation": {
            "method": "POST",
            "uri": "/rejectdomainnameaccessassociations",
            "code": 202,
            "input": "RejectDomainNameAccessAssociationRequest",
            "output": "Unit"
        },
        "TagResource": {
            "method": "PUT",
            "uri": "/tags/{resourceArn}",
            "code": 204,
            "input": "TagResourceRequest",
            "output": "Unit"
        },
        "TestInvokeAuthorizer": {
            "method": "POST",
            "uri": "/restapis/{restApiId}/authorizers/{authorizerId}",
            "code": 200,
            "input": "TestInvokeAuthorizerRequest",
            "output": "TestInvokeAuthorizerResponse"
        },
        "TestInvokeMethod": {
            "method": "POST",
            "uri": "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}",
            "code": 200,
            "input": "TestInvokeMethodRequest",
            "output": "TestInvokeMethodResponse"
        },
        "UntagResource": {
            "method": "DELETE",
            "uri": "/tags/{resourceArn}",
            "code": 204,
            "input": "UntagResourceRequest",
            "output": "Unit"
        },
        "UpdateAccount": {
            "method": "PATCH",
            "uri": "/account",
            "code": 200,
            "input": "UpdateAccountRequest",
            "output": "Account"
        },
        "UpdateApiKey": {
            "method": "PATCH",
            "uri": "/apikeys/{apiKey}",
            "code": 200,
            "input": "UpdateApiKeyRequest",
            "output": "ApiKey"
        },
        "UpdateAuthorizer": {
            "method": "PATCH",
            "uri": "/restapis/{restApiId}/authorizers/{authorizerId}",
            "code": 200,
            "input": "UpdateAuthorizerRequest",
            "output": "Authorizer"
        },
        "UpdateBasePathMapping": {
            "method": "PATCH",
            "uri": "/domainnames/{domainName}/basepathmappings/{basePath}",
            "code": 200,
            "input": "UpdateBasePathMappingRequest",
            "output": "BasePathMapping"
        },
        "UpdateClientCertificate": {
            "method": "PATCH",
            "uri": "/clientcertificates/{clientCertificateId}",
            "code": 200,
            "input": "UpdateClientCertificateRequest",
            "output": "ClientCertificate"
        },
        "UpdateDeployment": {
            "method": "PATCH",
            "uri": "/restapis/{restApiId}/deployments/{deploymentId}",
            "code": 200,
            "input": "UpdateDeploymentRequest",
            "output": "Deployment"
        },
        "UpdateDocumentationPart": {
            "method": "PATCH",
            "uri": "/restapis/{restApiId}/documentation/parts/{documentationPartId}",
            "code": 200,
            "input": "UpdateDocumentationPartRequest",
            "output": "DocumentationPart"
        },
        "UpdateDocumentationVersion": {
            "method": "PATCH",
            "uri": "/restapis/{restApiId}/documentation/versions/{documentationVersion}",
            "code": 200,
            "input": "UpdateDocumentationVersionRequest",
            "output": "DocumentationVersion"
        },
        "UpdateDomainName": {
            "method": "PATCH",
            "uri": "/domainnames/{domainName}",
            "code": 200,
            "input": "UpdateDomainNameRequest",
            "output": "DomainName"
        },
        "UpdateGatewayResponse": {
            "method": "PATCH",
            "uri": "/restapis/{restApiId}/gatewayresponses/{responseType}",
            "code": 200,
            "input": "UpdateGatewayResponseRequest",
            "output": "GatewayResponse"
        },
        "UpdateIntegration": {
            "method": "PATCH",
            "uri": "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration",
            "code": 200,
            "input": "UpdateIntegrationRequest",
            "output": "Integration"
        },
        "UpdateIntegrationResponse": {
            "method": "PATCH",
            "uri": "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/integration/responses/{statusCode}",
            "code": 200,
            "input": "UpdateIntegrationResponseRequest",
            "output": "IntegrationResponse"
        },
        "UpdateMethod": {
            "method": "PATCH",
            "uri": "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}",
            "code": 200,
            "input": "UpdateMethodRequest",
            "output": "Method"
        },
        "UpdateMethodResponse": {
            "method": "PATCH",
            "uri": "/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}/responses/{statusCode}",
            "code": 201,
            "input": "UpdateMethodResponseRequest",
            "output": "MethodResponse"
        },
        "UpdateModel": {
            "method": "PATCH",
            "uri": "/restapis/{restApiId}/models/{modelName}",
            "code": 200,
            "input": "UpdateModelRequest",
            "output": "Model"
        },
        "UpdateRequestValidator": {
            "method": "PATCH",
            "uri": "/restapis/{restApiId}/requestvalidators/{requestValidatorId}",
            "code": 200,
            "input": "UpdateRequestValidatorRequest",
            "output": "RequestValidator"
        },
        "UpdateResource": {
            "method": "PATCH",
            "uri": "/restapis/{restApiId}/resources/{resourceId}",
            "code": 200,
            "input": "UpdateResourceRequest",
            "output": "Resource"
        },
        "UpdateRestApi": {
            "method": "PATCH",
            "uri": "/restapis/{restApiId}",
            "code": 200,
            "input": "UpdateRestApiRequest",
            "output": "RestApi"
        },
        "UpdateStage": {
            "method": "PATCH",
            "uri": "/restapis/{restApiId}/stages/{stageName}",
            "code": 200,
            "input": "UpdateStageRequest",
            "output": "Stage"
        },
        "UpdateUsage": {
            "method": "PATCH",
            "uri": "/usageplans/{usagePlanId}/keys/{keyId}/usage",
            "code": 200,
            "input": "UpdateUsageRequest",
            "output": "Usage"
        },
        "UpdateUsagePlan": {
            "method": "PATCH",
            "uri": "/usageplans/{usagePlanId}",
            "code": 200,
            "input": "UpdateUsagePlanRequest",
            "output": "UsagePlan"
        },
        "UpdateVpcLink": {
            "method": "PATCH",
            "uri": "/vpclinks/{vpcLinkId}",
            "code": 200,
            "input": "UpdateVpcLinkRequest",
            "output": "VpcLink"
        }
    },
    "shapes": {
        "AccessLogSettings": {
            "members": {
                "format": {
                    "t": "string"
                },
                "destinationArn": {
                    "t": "string"
                }
            },
            "required": []
        },
        "Account": {
            "members": {
                "cloudwatchRoleArn": {
                    "t": "string"
                },
                "throttleSettings": {
                    "t": "structure",
                    "shape": "ThrottleSettings"
                },
                "features": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                },
                "apiKeyVersion": {
                    "t": "string"
                }
            },
            "required": []
        },
        "APIGatewayServiceException": {
            "members": {},
            "required": []
        },
        "ApiKey": {
            "members": {
                "id": {
                    "t": "string"
                },
                "value": {
                    "t": "string"
                },
                "name": {
                    "t": "string"
                },
                "customerId": {
                    "t": "string"
                },
                "description": {
                    "t": "string"
                },
                "enabled": {
                    "t": "boolean"
                },
                "createdDate": {
                    "t": "timestamp"
                },
                "lastUpdatedDate": {
                    "t": "timestamp"
                },
                "stageKeys": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                },
                "tags": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": []
        },
        "ApiKeyIds": {
            "members": {
                "ids": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                },
                "warnings": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": []
        },
        "ApiKeys": {
            "members": {
                "warnings": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                },
                "items": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "ApiKey"
                    },
                    "name": "item"
                },
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                }
            },
            "required": []
        },
        "ApiStage": {
            "members": {
                "apiId": {
                    "t": "string"
                },
                "stage": {
                    "t": "string"
                },
                "throttle": {
                    "t": "map",
                    "member": {
                        "t": "structure",
                        "shape": "ThrottleSettings"
                    }
                }
            },
            "required": []
        },
        "Authorizer": {
            "members": {
                "id": {
                    "t": "string"
                },
                "name": {
                    "t": "string"
                },
                "type": {
                    "t": "string",
                    "enum": "AuthorizerType"
                },
                "providerARNs": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                },
                "authType": {
                    "t": "string"
                },
                "authorizerUri": {
                    "t": "string"
                },
                "authorizerCredentials": {
                    "t": "string"
                },
                "identitySource": {
                    "t": "string"
                },
                "identityValidationExpression": {
                    "t": "string"
                },
                "authorizerResultTtlInSeconds": {
                    "t": "integer"
                }
            },
            "required": []
        },
        "Authorizers": {
            "members": {
                "items": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "Authorizer"
                    },
                    "name": "item"
                },
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                }
            },
            "required": []
        },
        "BadRequestException": {
            "members": {
                "message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "BasePathMapping": {
            "members": {
                "basePath": {
                    "t": "string"
                },
                "restApiId": {
                    "t": "string"
                },
                "stage": {
                    "t": "string"
                }
            },
            "required": []
        },
        "BasePathMappings": {
            "members": {
                "items": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "BasePathMapping"
                    },
                    "name": "item"
                },
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                }
            },
            "required": []
        },
        "CanarySettings": {
            "members": {
                "percentTraffic": {
                    "t": "double"
                },
                "deploymentId": {
                    "t": "string"
                },
                "stageVariableOverrides": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                },
                "useStageCache": {
                    "t": "boolean"
                }
            },
            "required": []
        },
        "ClientCertificate": {
            "members": {
                "clientCertificateId": {
                    "t": "string"
                },
                "description": {
                    "t": "string"
                },
                "pemEncodedCertificate": {
                    "t": "string"
                },
                "createdDate": {
                    "t": "timestamp"
                },
                "expirationDate": {
                    "t": "timestamp"
                },
                "tags": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": []
        },
        "ClientCertificates": {
            "members": {
                "items": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "ClientCertificate"
                    },
                    "name": "item"
                },
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                }
            },
            "required": []
        },
        "ConflictException": {
            "members": {
                "message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "CreateApiKeyRequest": {
            "members": {
                "name": {
                    "t": "string"
                },
                "description": {
                    "t": "string"
                },
                "enabled": {
                    "t": "boolean"
                },
                "generateDistinctId": {
                    "t": "boolean"
                },
                "value": {
                    "t": "string"
                },
                "stageKeys": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "StageKey"
                    }
                },
                "customerId": {
                    "t": "string"
                },
                "tags": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": []
        },
        "CreateAuthorizerRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "name": {
                    "t": "string"
                },
                "type": {
                    "t": "string",
                    "enum": "AuthorizerType"
                },
                "providerARNs": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                },
                "authType": {
                    "t": "string"
                },
                "authorizerUri": {
                    "t": "string"
                },
                "authorizerCredentials": {
                    "t": "string"
                },
                "identitySource": {
                    "t": "string"
                },
                "identityValidationExpression": {
                    "t": "string"
                },
                "authorizerResultTtlInSeconds": {
                    "t": "integer"
                }
            },
            "required": [
                "restApiId",
                "name",
                "type"
            ]
        },
        "CreateBasePathMappingRequest": {
            "members": {
                "domainName": {
                    "t": "string",
                    "loc": "label"
                },
                "restApiId": {
                    "t": "string"
                },
                "domainNameId": {
                    "t": "string",
                    "loc": "query",
                    "name": "domainNameId"
                },
                "basePath": {
                    "t": "string"
                },
                "stage": {
                    "t": "string"
                }
            },
            "required": [
                "domainName",
                "restApiId"
            ]
        },
        "CreateDeploymentRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "stageName": {
                    "t": "string"
                },
                "stageDescription": {
                    "t": "string"
                },
                "description": {
                    "t": "string"
                },
                "cacheClusterEnabled": {
                    "t": "boolean"
                },
                "cacheClusterSize": {
                    "t": "string",
                    "enum": "CacheClusterSize"
                },
                "variables": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                },
                "canarySettings": {
                    "t": "structure",
                    "shape": "DeploymentCanarySettings"
                },
                "tracingEnabled": {
                    "t": "boolean"
                }
            },
            "required": [
                "restApiId"
            ]
        },
        "CreateDocumentationPartRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "location": {
                    "t": "structure",
                    "shape": "DocumentationPartLocation"
                },
                "properties": {
                    "t": "string"
                }
            },
            "required": [
                "restApiId",
                "location",
                "properties"
            ]
        },
        "CreateDocumentationVersionRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "documentationVersion": {
                    "t": "string"
                },
                "stageName": {
                    "t": "string"
                },
                "description": {
                    "t": "string"
                }
            },
            "required": [
                "restApiId",
                "documentationVersion"
            ]
        },
        "CreateDomainNameAccessAssociationRequest": {
            "members": {
                "domainNameArn": {
                    "t": "string"
                },
                "accessAssociationSourceType": {
                    "t": "string",
                    "enum": "AccessAssociationSourceType"
                },
                "accessAssociationSource": {
                    "t": "string"
                },
                "tags": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": [
                "domainNameArn",
                "accessAssociationSourceType",
                "accessAssociationSource"
            ]
        },
        "CreateDomainNameRequest": {
            "members": {
                "domainName": {
                    "t": "string"
                },
                "certificateName": {
                    "t": "string"
                },
                "certificateBody": {
                    "t": "string"
                },
                "certificatePrivateKey": {
                    "t": "string"
                },
                "certificateChain": {
                    "t": "string"
                },
                "certificateArn": {
                    "t": "string"
                },
                "regionalCertificateName": {
                    "t": "string"
                },
                "regionalCertificateArn": {
                    "t": "string"
                },
                "endpointConfiguration": {
                    "t": "structure",
                    "shape": "EndpointConfiguration"
                },
                "tags": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                },
                "securityPolicy": {
                    "t": "string",
                    "enum": "SecurityPolicy"
                },
                "endpointAccessMode": {
                    "t": "string",
                    "enum": "EndpointAccessMode"
                },
                "mutualTlsAuthentication": {
                    "t": "structure",
                    "shape": "MutualTlsAuthenticationInput"
                },
                "ownershipVerificationCertificateArn": {
                    "t": "string"
                },
                "policy": {
                    "t": "string"
                },
                "routingMode": {
                    "t": "string",
                    "enum": "RoutingMode"
                }
            },
            "required": [
                "domainName"
            ]
        },
        "CreateModelRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "name": {
                    "t": "string"
                },
                "contentType": {
                    "t": "string"
                },
                "description": {
                    "t": "string"
                },
                "schema": {
                    "t": "string"
                }
            },
            "required": [
                "restApiId",
                "name",
                "contentType"
            ]
        },
        "CreateRequestValidatorRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "name": {
                    "t": "string"
                },
                "validateRequestBody": {
                    "t": "boolean"
                },
                "validateRequestParameters": {
                    "t": "boolean"
                }
            },
            "required": [
                "restApiId"
            ]
        },
        "CreateResourceRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "parentId": {
                    "t": "string",
                    "loc": "label"
                },
                "pathPart": {
                    "t": "string"
                }
            },
            "required": [
                "restApiId",
                "parentId",
                "pathPart"
            ]
        },
        "CreateRestApiRequest": {
            "members": {
                "name": {
                    "t": "string"
                },
                "description": {
                    "t": "string"
                },
                "version": {
                    "t": "string"
                },
                "cloneFrom": {
                    "t": "string"
                },
                "binaryMediaTypes": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                },
                "minimumCompressionSize": {
                    "t": "integer"
                },
                "apiKeySource": {
                    "t": "string",
                    "enum": "ApiKeySourceType"
                },
                "endpointConfiguration": {
                    "t": "structure",
                    "shape": "EndpointConfiguration"
                },
                "policy": {
                    "t": "string"
                },
                "tags": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                },
                "disableExecuteApiEndpoint": {
                    "t": "boolean"
                },
                "securityPolicy": {
                    "t": "string",
                    "enum": "SecurityPolicy"
                },
                "endpointAccessMode": {
                    "t": "string",
                    "enum": "EndpointAccessMode"
                }
            },
            "required": [
                "name"
            ]
        },
        "CreateStageRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "stageName": {
                    "t": "string"
                },
                "deploymentId": {
                    "t": "string"
                },
                "description": {
                    "t": "string"
                },
                "cacheClusterEnabled": {
                    "t": "boolean"
                },
                "cacheClusterSize": {
                    "t": "string",
                    "enum": "CacheClusterSize"
                },
                "variables": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                },
                "documentationVersion": {
                    "t": "string"
                },
                "canarySettings": {
                    "t": "structure",
                    "shape": "CanarySettings"
                },
                "tracingEnabled": {
                    "t": "boolean"
                },
                "tags": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": [
                "restApiId",
                "stageName",
                "deploymentId"
            ]
        },
        "CreateUsagePlanKeyRequest": {
            "members": {
                "usagePlanId": {
                    "t": "string",
                    "loc": "label"
                },
                "keyId": {
                    "t": "string"
                },
                "keyType": {
                    "t": "string"
                }
            },
            "required": [
                "usagePlanId",
                "keyId",
                "keyType"
            ]
        },
        "CreateUsagePlanRequest": {
            "members": {
                "name": {
                    "t": "string"
                },
                "description": {
                    "t": "string"
                },
                "apiStages": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "ApiStage"
                    }
                },
                "throttle": {
                    "t": "structure",
                    "shape": "ThrottleSettings"
                },
                "quota": {
                    "t": "structure",
                    "shape": "QuotaSettings"
                },
                "tags": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": [
                "name"
            ]
        },
        "CreateVpcLinkRequest": {
            "members": {
                "name": {
                    "t": "string"
                },
                "targetArns": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                },
                "description": {
                    "t": "string"
                },
                "tags": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": [
                "name",
                "targetArns"
            ]
        },
        "DeleteApiKeyRequest": {
            "members": {
                "apiKey": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "apiKey"
            ]
        },
        "DeleteAuthorizerRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "authorizerId": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "restApiId",
                "authorizerId"
            ]
        },
        "DeleteBasePathMappingRequest": {
            "members": {
                "domainName": {
                    "t": "string",
                    "loc": "label"
                },
                "basePath": {
                    "t": "string",
                    "loc": "label"
                },
                "domainNameId": {
                    "t": "string",
                    "loc": "query",
                    "name": "domainNameId"
                }
            },
            "required": [
                "domainName",
                "basePath"
            ]
        },
        "DeleteClientCertificateRequest": {
            "members": {
                "clientCertificateId": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "clientCertificateId"
            ]
        },
        "DeleteDeploymentRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "deploymentId": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "restApiId",
                "deploymentId"
            ]
        },
        "DeleteDocumentationPartRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "documentationPartId": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "restApiId",
                "documentationPartId"
            ]
        },
        "DeleteDocumentationVersionRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "documentationVersion": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "restApiId",
                "documentationVersion"
            ]
        },
        "DeleteDomainNameAccessAssociationRequest": {
            "members": {
                "domainNameAccessAssociationArn": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "domainNameAccessAssociationArn"
            ]
        },
        "DeleteDomainNameRequest": {
            "members": {
                "domainName": {
                    "t": "string",
                    "loc": "label"
                },
                "domainNameId": {
                    "t": "string",
                    "loc": "query",
                    "name": "domainNameId"
                }
            },
            "required": [
                "domainName"
            ]
        },
        "DeleteGatewayResponseRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "responseType": {
                    "t": "string",
                    "enum": "GatewayResponseType",
                    "loc": "label"
                }
            },
            "required": [
                "restApiId",
                "responseType"
            ]
        },
        "DeleteIntegrationRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "resourceId": {
                    "t": "string",
                    "loc": "label"
                },
                "httpMethod": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "restApiId",
                "resourceId",
                "httpMethod"
            ]
        },
        "DeleteIntegrationResponseRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "resourceId": {
                    "t": "string",
                    "loc": "label"
                },
                "httpMethod": {
                    "t": "string",
                    "loc": "label"
                },
                "statusCode": {
                    "t": "string",
                    "pattern": "[1-5]\\d\\d",
                    "loc": "label"
                }
            },
            "required": [
                "restApiId",
                "resourceId",
                "httpMethod",
                "statusCode"
            ]
        },
        "DeleteMethodRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "resourceId": {
                    "t": "string",
                    "loc": "label"
                },
                "httpMethod": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "restApiId",
                "resourceId",
                "httpMethod"
            ]
        },
        "DeleteMethodResponseRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "resourceId": {
                    "t": "string",
                    "loc": "label"
                },
                "httpMethod": {
                    "t": "string",
                    "loc": "label"
                },
                "statusCode": {
                    "t": "string",
                    "pattern": "[1-5]\\d\\d",
                    "loc": "label"
                }
            },
            "required": [
                "restApiId",
                "resourceId",
                "httpMethod",
                "statusCode"
            ]
        },
        "DeleteModelRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "modelName": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "restApiId",
                "modelName"
            ]
        },
        "DeleteRequestValidatorRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "requestValidatorId": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "restApiId",
                "requestValidatorId"
            ]
        },
        "DeleteResourceRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "resourceId": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "restApiId",
                "resourceId"
            ]
        },
        "DeleteRestApiRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "restApiId"
            ]
        },
        "DeleteStageRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "stageName": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "restApiId",
                "stageName"
            ]
        },
        "DeleteUsagePlanKeyRequest": {
            "members": {
                "usagePlanId": {
                    "t": "string",
                    "loc": "label"
                },
                "keyId": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "usagePlanId",
                "keyId"
            ]
        },
        "DeleteUsagePlanRequest": {
            "members": {
                "usagePlanId": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "usagePlanId"
            ]
        },
        "DeleteVpcLinkRequest": {
            "members": {
                "vpcLinkId": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "vpcLinkId"
            ]
        },
        "Deployment": {
            "members": {
                "id": {
                    "t": "string"
                },
                "description": {
                    "t": "string"
                },
                "createdDate": {
                    "t": "timestamp"
                },
                "apiSummary": {
                    "t": "map",
                    "member": {
                        "t": "map",
                        "member": {
                            "t": "structure",
                            "shape": "MethodSnapshot"
                        }
                    }
                }
            },
            "required": []
        },
        "DeploymentCanarySettings": {
            "members": {
                "percentTraffic": {
                    "t": "double"
                },
                "stageVariableOverrides": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                },
                "useStageCache": {
                    "t": "boolean"
                }
            },
            "required": []
        },
        "Deployments": {
            "members": {
                "items": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "Deployment"
                    },
                    "name": "item"
                },
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                }
            },
            "required": []
        },
        "DocumentationPart": {
            "members": {
                "id": {
                    "t": "string"
                },
                "location": {
                    "t": "structure",
                    "shape": "DocumentationPartLocation"
                },
                "properties": {
                    "t": "string"
                }
            },
            "required": []
        },
        "DocumentationPartIds": {
            "members": {
                "ids": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                },
                "warnings": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": []
        },
        "DocumentationPartLocation": {
            "members": {
                "type": {
                    "t": "string",
                    "enum": "DocumentationPartType"
                },
                "path": {
                    "t": "string"
                },
                "method": {
                    "t": "string"
                },
                "statusCode": {
                    "t": "string"
                },
                "name": {
                    "t": "string"
                }
            },
            "required": [
                "type"
            ]
        },
        "DocumentationParts": {
            "members": {
                "items": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "DocumentationPart"
                    },
                    "name": "item"
                },
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                }
            },
            "required": []
        },
        "DocumentationVersion": {
            "members": {
                "version": {
                    "t": "string"
                },
                "createdDate": {
                    "t": "timestamp"
                },
                "description": {
                    "t": "string"
                }
            },
            "required": []
        },
        "DocumentationVersions": {
            "members": {
                "items": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "DocumentationVersion"
                    },
                    "name": "item"
                },
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                }
            },
            "required": []
        },
        "DomainName": {
            "members": {
                "domainName": {
                    "t": "string"
                },
                "domainNameId": {
                    "t": "string"
                },
                "domainNameArn": {
                    "t": "string"
                },
                "certificateName": {
                    "t": "string"
                },
                "certificateArn": {
                    "t": "string"
                },
                "certificateUploadDate": {
                    "t": "timestamp"
                },
                "regionalDomainName": {
                    "t": "string"
                },
                "regionalHostedZoneId": {
                    "t": "string"
                },
                "regionalCertificateName": {
                    "t": "string"
                },
                "regionalCertificateArn": {
                    "t": "string"
                },
                "distributionDomainName": {
                    "t": "string"
                },
                "distributionHostedZoneId": {
                    "t": "string"
                },
                "endpointConfiguration": {
                    "t": "structure",
                    "shape": "EndpointConfiguration"
                },
                "domainNameStatus": {
                    "t": "string",
                    "enum": "DomainNameStatus"
                },
                "domainNameStatusMessage": {
                    "t": "string"
                },
                "securityPolicy": {
                    "t": "string",
                    "enum": "SecurityPolicy"
                },
                "endpointAccessMode": {
                    "t": "string",
                    "enum": "EndpointAccessMode"
                },
                "tags": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                },
                "mutualTlsAuthentication": {
                    "t": "structure",
                    "shape": "MutualTlsAuthentication"
                },
                "ownershipVerificationCertificateArn": {
                    "t": "string"
                },
                "managementPolicy": {
                    "t": "string"
                },
                "policy": {
                    "t": "string"
                },
                "routingMode": {
                    "t": "string",
                    "enum": "RoutingMode"
                }
            },
            "required": []
        },
        "DomainNameAccessAssociation": {
            "members": {
                "domainNameAccessAssociationArn": {
                    "t": "string"
                },
                "domainNameArn": {
                    "t": "string"
                },
                "accessAssociationSourceType": {
                    "t": "string",
                    "enum": "AccessAssociationSourceType"
                },
                "accessAssociationSource": {
                    "t": "string"
                },
                "tags": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": []
        },
        "DomainNameAccessAssociations": {
            "members": {
                "items": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "DomainNameAccessAssociation"
                    },
                    "name": "item"
                },
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                }
            },
            "required": []
        },
        "DomainNames": {
            "members": {
                "items": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "DomainName"
                    },
                    "name": "item"
                },
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                }
            },
            "required": []
        },
        "EndpointConfiguration": {
            "members": {
                "types": {
                    "t": "list",
                    "member": {
                        "t": "string",
                        "enum": "EndpointType"
                    }
                },
                "ipAddressType": {
                    "t": "string",
                    "enum": "IpAddressType"
                },
                "vpcEndpointIds": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": []
        },
        "ExportResponse": {
            "members": {
                "contentType": {
                    "t": "string",
                    "loc": "header",
                    "name": "Content-Type"
                },
                "contentDisposition": {
                    "t": "string",
                    "loc": "header",
                    "name": "Content-Disposition"
                },
                "body": {
                    "t": "blob",
                    "loc": "payload"
                }
            },
            "required": []
        },
        "FlushStageAuthorizersCacheRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "stageName": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "restApiId",
                "stageName"
            ]
        },
        "FlushStageCacheRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "stageName": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "restApiId",
                "stageName"
            ]
        },
        "GatewayResponse": {
            "members": {
                "responseType": {
                    "t": "string",
                    "enum": "GatewayResponseType"
                },
                "statusCode": {
                    "t": "string"
                },
                "responseParameters": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                },
                "responseTemplates": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                },
                "defaultResponse": {
                    "t": "boolean"
                }
            },
            "required": []
        },
        "GatewayResponses": {
            "members": {
                "items": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "GatewayResponse"
                    },
                    "name": "item"
                },
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                }
            },
            "required": []
        },
        "GenerateClientCertificateRequest": {
            "members": {
                "description": {
                    "t": "string"
                },
                "tags": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": []
        },
        "GetAccountRequest": {
            "members": {},
            "required": []
        },
        "GetApiKeyRequest": {
            "members": {
                "apiKey": {
                    "t": "string",
                    "loc": "label"
                },
                "includeValue": {
                    "t": "boolean",
                    "loc": "query",
                    "name": "includeValue"
                }
            },
            "required": [
                "apiKey"
            ]
        },
        "GetApiKeysRequest": {
            "members": {
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                },
                "limit": {
                    "t": "integer",
                    "loc": "query",
                    "name": "limit"
                },
                "nameQuery": {
                    "t": "string",
                    "loc": "query",
                    "name": "name"
                },
                "customerId": {
                    "t": "string",
                    "loc": "query",
                    "name": "customerId"
                },
                "includeValues": {
                    "t": "boolean",
                    "loc": "query",
                    "name": "includeValues"
                }
            },
            "required": []
        },
        "GetAuthorizerRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "authorizerId": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "restApiId",
                "authorizerId"
            ]
        },
        "GetAuthorizersRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                },
                "limit": {
                    "t": "integer",
                    "loc": "query",
                    "name": "limit"
                }
            },
            "required": [
                "restApiId"
            ]
        },
        "GetBasePathMappingRequest": {
            "members": {
                "domainName": {
                    "t": "string",
                    "loc": "label"
                },
                "basePath": {
                    "t": "string",
                    "loc": "label"
                },
                "domainNameId": {
                    "t": "string",
                    "loc": "query",
                    "name": "domainNameId"
                }
            },
            "required": [
                "domainName",
                "basePath"
            ]
        },
        "GetBasePathMappingsRequest": {
            "members": {
                "domainName": {
                    "t": "string",
                    "loc": "label"
                },
                "domainNameId": {
                    "t": "string",
                    "loc": "query",
                    "name": "domainNameId"
                },
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                },
                "limit": {
                    "t": "integer",
                    "loc": "query",
                    "name": "limit"
                }
            },
            "required": [
                "domainName"
            ]
        },
        "GetClientCertificateRequest": {
            "members": {
                "clientCertificateId": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "clientCertificateId"
            ]
        },
        "GetClientCertificatesRequest": {
            "members": {
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                },
                "limit": {
                    "t": "integer",
                    "loc": "query",
                    "name": "limit"
                }
            },
            "required": []
        },
        "GetDeploymentRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "deploymentId": {
                    "t": "string",
                    "loc": "label"
                },
                "embed": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    },
                    "loc": "query",
                    "name": "embed"
                }
            },
            "required": [
                "restApiId",
                "deploymentId"
            ]
        },
        "GetDeploymentsRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                },
                "limit": {
                    "t": "integer",
                    "loc": "query",
                    "name": "limit"
                }
            },
            "required": [
                "restApiId"
            ]
        },
        "GetDocumentationPartRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "documentationPartId": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "restApiId",
                "documentationPartId"
            ]
        },
        "GetDocumentationPartsRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "type": {
                    "t": "string",
                    "enum": "DocumentationPartType",
                    "loc": "query",
                    "name": "type"
                },
                "nameQuery": {
                    "t": "string",
                    "loc": "query",
                    "name": "name"
                },
                "path": {
                    "t": "string",
                    "loc": "query",
                    "name": "path"
                },
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                },
                "limit": {
                    "t": "integer",
                    "loc": "query",
                    "name": "limit"
                },
                "locationStatus": {
                    "t": "string",
                    "enum": "LocationStatusType",
                    "loc": "query",
                    "name": "locationStatus"
                }
            },
            "required": [
                "restApiId"
            ]
        },
        "GetDocumentationVersionRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "documentationVersion": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "restApiId",
                "documentationVersion"
            ]
        },
        "GetDocumentationVersionsRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                },
                "limit": {
                    "t": "integer",
                    "loc": "query",
                    "name": "limit"
                }
            },
            "required": [
                "restApiId"
            ]
        },
        "GetDomainNameAccessAssociationsRequest": {
            "members": {
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                },
                "limit": {
                    "t": "integer",
                    "loc": "query",
                    "name": "limit"
                },
                "resourceOwner": {
                    "t": "string",
                    "enum": "ResourceOwner",
                    "loc": "query",
                    "name": "resourceOwner"
                }
            },
            "required": []
        },
        "GetDomainNameRequest": {
            "members": {
                "domainName": {
                    "t": "string",
                    "loc": "label"
                },
                "domainNameId": {
                    "t": "string",
                    "loc": "query",
                    "name": "domainNameId"
                }
            },
            "required": [
                "domainName"
            ]
        },
        "GetDomainNamesRequest": {
            "members": {
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                },
                "limit": {
                    "t": "integer",
                    "loc": "query",
                    "name": "limit"
                },
                "resourceOwner": {
                    "t": "string",
                    "enum": "ResourceOwner",
                    "loc": "query",
                    "name": "resourceOwner"
                }
            },
            "required": []
        },
        "GetExportRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "stageName": {
                    "t": "string",
                    "loc": "label"
                },
                "exportType": {
                    "t": "string",
                    "loc": "label"
                },
                "parameters": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    },
                    "loc": "queryParams"
                },
                "accepts": {
                    "t": "string",
                    "loc": "header",
                    "name": "Accept"
                }
            },
            "required": [
                "restApiId",
                "stageName",
                "exportType"
            ]
        },
        "GetGatewayResponseRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "responseType": {
                    "t": "string",
                    "enum": "GatewayResponseType",
                    "loc": "label"
                }
            },
            "required": [
                "restApiId",
                "responseType"
            ]
        },
        "GetGatewayResponsesRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                },
                "limit": {
                    "t": "integer",
                    "loc": "query",
                    "name": "limit"
                }
            },
            "required": [
                "restApiId"
            ]
        },
        "GetIntegrationRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "resourceId": {
                    "t": "string",
                    "loc": "label"
                },
                "httpMethod": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "restApiId",
                "resourceId",
                "httpMethod"
            ]
        },
        "GetIntegrationResponseRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "resourceId": {
                    "t": "string",
                    "loc": "label"
                },
                "httpMethod": {
                    "t": "string",
                    "loc": "label"
                },
                "statusCode": {
                    "t": "string",
                    "pattern": "[1-5]\\d\\d",
                    "loc": "label"
                }
            },
            "required": [
                "restApiId",
                "resourceId",
                "httpMethod",
                "statusCode"
            ]
        },
        "GetMethodRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "resourceId": {
                    "t": "string",
                    "loc": "label"
                },
                "httpMethod": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "restApiId",
                "resourceId",
                "httpMethod"
            ]
        },
        "GetMethodResponseRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "resourceId": {
                    "t": "string",
                    "loc": "label"
                },
                "httpMethod": {
                    "t": "string",
                    "loc": "label"
                },
                "statusCode": {
                    "t": "string",
                    "pattern": "[1-5]\\d\\d",
                    "loc": "label"
                }
            },
            "required": [
                "restApiId",
                "resourceId",
                "httpMethod",
                "statusCode"
            ]
        },
        "GetModelRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "modelName": {
                    "t": "string",
                    "loc": "label"
                },
                "flatten": {
                    "t": "boolean",
                    "loc": "query",
                    "name": "flatten"
                }
            },
            "required": [
                "restApiId",
                "modelName"
            ]
        },
        "GetModelsRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                },
                "limit": {
                    "t": "integer",
                    "loc": "query",
                    "name": "limit"
                }
            },
            "required": [
                "restApiId"
            ]
        },
        "GetModelTemplateRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "modelName": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "restApiId",
                "modelName"
            ]
        },
        "GetRequestValidatorRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "requestValidatorId": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "restApiId",
                "requestValidatorId"
            ]
        },
        "GetRequestValidatorsRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                },
                "limit": {
                    "t": "integer",
                    "loc": "query",
                    "name": "limit"
                }
            },
            "required": [
                "restApiId"
            ]
        },
        "GetResourceRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "resourceId": {
                    "t": "string",
                    "loc": "label"
                },
                "embed": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    },
                    "loc": "query",
                    "name": "embed"
                }
            },
            "required": [
                "restApiId",
                "resourceId"
            ]
        },
        "GetResourcesRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                },
                "limit": {
                    "t": "integer",
                    "loc": "query",
                    "name": "limit"
                },
                "embed": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    },
                    "loc": "query",
                    "name": "embed"
                }
            },
            "required": [
                "restApiId"
            ]
        },
        "GetRestApiRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "restApiId"
            ]
        },
        "GetRestApisRequest": {
            "members": {
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                },
                "limit": {
                    "t": "integer",
                    "loc": "query",
                    "name": "limit"
                }
            },
            "required": []
        },
        "GetSdkRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "stageName": {
                    "t": "string",
                    "loc": "label"
                },
                "sdkType": {
                    "t": "string",
                    "loc": "label"
                },
                "parameters": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    },
                    "loc": "queryParams"
                }
            },
            "required": [
                "restApiId",
                "stageName",
                "sdkType"
            ]
        },
        "GetSdkTypeRequest": {
            "members": {
                "id": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "id"
            ]
        },
        "GetSdkTypesRequest": {
            "members": {
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                },
                "limit": {
                    "t": "integer",
                    "loc": "query",
                    "name": "limit"
                }
            },
            "required": []
        },
        "GetStageRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "stageName": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "restApiId",
                "stageName"
            ]
        },
        "GetStagesRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "deploymentId": {
                    "t": "string",
                    "loc": "query",
                    "name": "deploymentId"
                }
            },
            "required": [
                "restApiId"
            ]
        },
        "GetTagsRequest": {
            "members": {
                "resourceArn": {
                    "t": "string",
                    "loc": "label"
                },
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                },
                "limit": {
                    "t": "integer",
                    "loc": "query",
                    "name": "limit"
                }
            },
            "required": [
                "resourceArn"
            ]
        },
        "GetUsagePlanKeyRequest": {
            "members": {
                "usagePlanId": {
                    "t": "string",
                    "loc": "label"
                },
                "keyId": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "usagePlanId",
                "keyId"
            ]
        },
        "GetUsagePlanKeysRequest": {
            "members": {
                "usagePlanId": {
                    "t": "string",
                    "loc": "label"
                },
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                },
                "limit": {
                    "t": "integer",
                    "loc": "query",
                    "name": "limit"
                },
                "nameQuery": {
                    "t": "string",
                    "loc": "query",
                    "name": "name"
                }
            },
            "required": [
                "usagePlanId"
            ]
        },
        "GetUsagePlanRequest": {
            "members": {
                "usagePlanId": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "usagePlanId"
            ]
        },
        "GetUsagePlansRequest": {
            "members": {
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                },
                "keyId": {
                    "t": "string",
                    "loc": "query",
                    "name": "keyId"
                },
                "limit": {
                    "t": "integer",
                    "loc": "query",
                    "name": "limit"
                }
            },
            "required": []
        },
        "GetUsageRequest": {
            "members": {
                "usagePlanId": {
                    "t": "string",
                    "loc": "label"
                },
                "startDate": {
                    "t": "string",
                    "loc": "query",
                    "name": "startDate"
                },
                "endDate": {
                    "t": "string",
                    "loc": "query",
                    "name": "endDate"
                },
                "keyId": {
                    "t": "string",
                    "loc": "query",
                    "name": "keyId"
                },
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                },
                "limit": {
                    "t": "integer",
                    "loc": "query",
                    "name": "limit"
                }
            },
            "required": [
                "usagePlanId",
                "startDate",
                "endDate"
            ]
        },
        "GetVpcLinkRequest": {
            "members": {
                "vpcLinkId": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "vpcLinkId"
            ]
        },
        "GetVpcLinksRequest": {
            "members": {
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                },
                "limit": {
                    "t": "integer",
                    "loc": "query",
                    "name": "limit"
                }
            },
            "required": []
        },
        "ImportApiKeysRequest": {
            "members": {
                "body": {
                    "t": "blob",
                    "loc": "payload"
                },
                "format": {
                    "t": "string",
                    "enum": "ApiKeysFormat",
                    "loc": "query",
                    "name": "format"
                },
                "failOnWarnings": {
                    "t": "boolean",
                    "loc": "query",
                    "name": "failonwarnings"
                }
            },
            "required": [
                "body",
                "format"
            ]
        },
        "ImportDocumentationPartsRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "body": {
                    "t": "blob",
                    "loc": "payload"
                },
                "mode": {
                    "t": "string",
                    "enum": "PutMode",
                    "loc": "query",
                    "name": "mode"
                },
                "failOnWarnings": {
                    "t": "boolean",
                    "loc": "query",
                    "name": "failonwarnings"
                }
            },
            "required": [
                "restApiId",
                "body"
            ]
        },
        "ImportRestApiRequest": {
            "members": {
                "body": {
                    "t": "blob",
                    "loc": "payload"
                },
                "failOnWarnings": {
                    "t": "boolean",
                    "loc": "query",
                    "name": "failonwarnings"
                },
                "parameters": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    },
                    "loc": "queryParams"
                }
            },
            "required": [
                "body"
            ]
        },
        "Integration": {
            "members": {
                "type": {
                    "t": "string",
                    "enum": "IntegrationType"
                },
                "httpMethod": {
                    "t": "string"
                },
                "uri": {
                    "t": "string"
                },
                "connectionType": {
                    "t": "string",
                    "enum": "ConnectionType"
                },
                "connectionId": {
                    "t": "string"
                },
                "credentials": {
                    "t": "string"
                },
                "requestParameters": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                },
                "requestTemplates": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                },
                "passthroughBehavior": {
                    "t": "string"
                },
                "contentHandling": {
                    "t": "string",
                    "enum": "ContentHandlingStrategy"
                },
                "timeoutInMillis": {
                    "t": "integer"
                },
                "cacheNamespace": {
                    "t": "string"
                },
                "cacheKeyParameters": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                },
                "integrationResponses": {
                    "t": "map",
                    "member": {
                        "t": "structure",
                        "shape": "IntegrationResponse"
                    }
                },
                "tlsConfig": {
                    "t": "structure",
                    "shape": "TlsConfig"
                },
                "responseTransferMode": {
                    "t": "string",
                    "enum": "ResponseTransferMode"
                },
                "integrationTarget": {
                    "t": "string"
                }
            },
            "required": []
        },
        "IntegrationResponse": {
            "members": {
                "statusCode": {
                    "t": "string"
                },
                "selectionPattern": {
                    "t": "string"
                },
                "responseParameters": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                },
                "responseTemplates": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                },
                "contentHandling": {
                    "t": "string",
                    "enum": "ContentHandlingStrategy"
                }
            },
            "required": []
        },
        "LimitExceededException": {
            "members": {
                "retryAfterSeconds": {
                    "t": "string",
                    "loc": "header",
                    "name": "Retry-After"
                },
                "message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "Method": {
            "members": {
                "httpMethod": {
                    "t": "string"
                },
                "authorizationType": {
                    "t": "string"
                },
                "authorizerId": {
                    "t": "string"
                },
                "apiKeyRequired": {
                    "t": "boolean"
                },
                "requestValidatorId": {
                    "t": "string"
                },
                "operationName": {
                    "t": "string"
                },
                "requestParameters": {
                    "t": "map",
                    "member": {
                        "t": "boolean"
                    }
                },
                "requestModels": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                },
                "methodResponses": {
                    "t": "map",
                    "member": {
                        "t": "structure",
                        "shape": "MethodResponse"
                    }
                },
                "methodIntegration": {
                    "t": "structure",
                    "shape": "Integration"
                },
                "authorizationScopes": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": []
        },
        "MethodResponse": {
            "members": {
                "statusCode": {
                    "t": "string"
                },
                "responseParameters": {
                    "t": "map",
                    "member": {
                        "t": "boolean"
                    }
                },
                "responseModels": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": []
        },
        "MethodSetting": {
            "members": {
                "metricsEnabled": {
                    "t": "boolean"
                },
                "loggingLevel": {
                    "t": "string"
                },
                "dataTraceEnabled": {
                    "t": "boolean"
                },
                "throttlingBurstLimit": {
                    "t": "integer"
                },
                "throttlingRateLimit": {
                    "t": "double"
                },
                "cachingEnabled": {
                    "t": "boolean"
                },
                "cacheTtlInSeconds": {
                    "t": "integer"
                },
                "cacheDataEncrypted": {
                    "t": "boolean"
                },
                "requireAuthorizationForCacheControl": {
                    "t": "boolean"
                },
                "unauthorizedCacheControlHeaderStrategy": {
                    "t": "string",
                    "enum": "UnauthorizedCacheControlHeaderStrategy"
                }
            },
            "required": []
        },
        "MethodSnapshot": {
            "members": {
                "authorizationType": {
                    "t": "string"
                },
                "apiKeyRequired": {
                    "t": "boolean"
                }
            },
            "required": []
        },
        "Model": {
            "members": {
                "id": {
                    "t": "string"
                },
                "name": {
                    "t": "string"
                },
                "description": {
                    "t": "string"
                },
                "schema": {
                    "t": "string"
                },
                "contentType": {
                    "t": "string"
                }
            },
            "required": []
        },
        "Models": {
            "members": {
                "items": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "Model"
                    },
                    "name": "item"
                },
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                }
            },
            "required": []
        },
        "MutualTlsAuthentication": {
            "members": {
                "truststoreUri": {
                    "t": "string"
                },
                "truststoreVersion": {
                    "t": "string"
                },
                "truststoreWarnings": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": []
        },
        "MutualTlsAuthenticationInput": {
            "members": {
                "truststoreUri": {
                    "t": "string"
                },
                "truststoreVersion": {
                    "t": "string"
                }
            },
            "required": []
        },
        "NotFoundException": {
            "members": {
                "message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "PatchOperation": {
            "members": {
                "op": {
                    "t": "string",
                    "enum": "Op"
                },
                "path": {
                    "t": "string"
                },
                "value": {
                    "t": "string"
                },
                "from": {
                    "t": "string"
                }
            },
            "required": []
        },
        "PutGatewayResponseRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "responseType": {
                    "t": "string",
                    "enum": "GatewayResponseType",
                    "loc": "label"
                },
                "statusCode": {
                    "t": "string",
                    "pattern": "[1-5]\\d\\d"
                },
                "responseParameters": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                },
                "responseTemplates": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": [
                "restApiId",
                "responseType"
            ]
        },
        "PutIntegrationRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "resourceId": {
                    "t": "string",
                    "loc": "label"
                },
                "httpMethod": {
                    "t": "string",
                    "loc": "label",
                    "name": "requestHttpMethod"
                },
                "type": {
                    "t": "string",
                    "enum": "IntegrationType"
                },
                "integrationHttpMethod": {
                    "t": "string",
                    "name": "httpMethod"
                },
                "uri": {
                    "t": "string"
                },
                "connectionType": {
                    "t": "string",
                    "enum": "ConnectionType"
                },
                "connectionId": {
                    "t": "string"
                },
                "credentials": {
                    "t": "string"
                },
                "requestParameters": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                },
                "requestTemplates": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                },
                "passthroughBehavior": {
                    "t": "string"
                },
                "cacheNamespace": {
                    "t": "string"
                },
                "cacheKeyParameters": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                },
                "contentHandling": {
                    "t": "string",
                    "enum": "ContentHandlingStrategy"
                },
                "timeoutInMillis": {
                    "t": "integer"
                },
                "tlsConfig": {
                    "t": "structure",
                    "shape": "TlsConfig"
                },
                "responseTransferMode": {
                    "t": "string",
                    "enum": "ResponseTransferMode"
                },
                "integrationTarget": {
                    "t": "string"
                }
            },
            "required": [
                "restApiId",
                "resourceId",
                "httpMethod",
                "type"
            ]
        },
        "PutIntegrationResponseRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "resourceId": {
                    "t": "string",
                    "loc": "label"
                },
                "httpMethod": {
                    "t": "string",
                    "loc": "label"
                },
                "statusCode": {
                    "t": "string",
                    "pattern": "[1-5]\\d\\d",
                    "loc": "label"
                },
                "selectionPattern": {
                    "t": "string"
                },
                "responseParameters": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                },
                "responseTemplates": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                },
                "contentHandling": {
                    "t": "string",
                    "enum": "ContentHandlingStrategy"
                }
            },
            "required": [
                "restApiId",
                "resourceId",
                "httpMethod",
                "statusCode"
            ]
        },
        "PutMethodRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "resourceId": {
                    "t": "string",
                    "loc": "label"
                },
                "httpMethod": {
                    "t": "string",
                    "loc": "label"
                },
                "authorizationType": {
                    "t": "string"
                },
                "authorizerId": {
                    "t": "string"
                },
                "apiKeyRequired": {
                    "t": "boolean"
                },
                "operationName": {
                    "t": "string"
                },
                "requestParameters": {
                    "t": "map",
                    "member": {
                        "t": "boolean"
                    }
                },
                "requestModels": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                },
                "requestValidatorId": {
                    "t": "string"
                },
                "authorizationScopes": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": [
                "restApiId",
                "resourceId",
                "httpMethod",
                "authorizationType"
            ]
        },
        "PutMethodResponseRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "resourceId": {
                    "t": "string",
                    "loc": "label"
                },
                "httpMethod": {
                    "t": "string",
                    "loc": "label"
                },
                "statusCode": {
                    "t": "string",
                    "pattern": "[1-5]\\d\\d",
                    "loc": "label"
                },
                "responseParameters": {
                    "t": "map",
                    "member": {
                        "t": "boolean"
                    }
                },
                "responseModels": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": [
                "restApiId",
                "resourceId",
                "httpMethod",
                "statusCode"
            ]
        },
        "PutRestApiRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "body": {
                    "t": "blob",
                    "loc": "payload"
                },
                "mode": {
                    "t": "string",
                    "enum": "PutMode",
                    "loc": "query",
                    "name": "mode"
                },
                "failOnWarnings": {
                    "t": "boolean",
                    "loc": "query",
                    "name": "failonwarnings"
                },
                "parameters": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    },
                    "loc": "queryParams"
                }
            },
            "required": [
                "restApiId",
                "body"
            ]
        },
        "QuotaSettings": {
            "members": {
                "limit": {
                    "t": "integer"
                },
                "offset": {
                    "t": "integer"
                },
                "period": {
                    "t": "string",
                    "enum": "QuotaPeriodType"
                }
            },
            "required": []
        },
        "RejectDomainNameAccessAssociationRequest": {
            "members": {
                "domainNameAccessAssociationArn": {
                    "t": "string",
                    "loc": "query",
                    "name": "domainNameAccessAssociationArn"
                },
                "domainNameArn": {
                    "t": "string",
                    "loc": "query",
                    "name": "domainNameArn"
                }
            },
            "required": [
                "domainNameAccessAssociationArn",
                "domainNameArn"
            ]
        },
        "RequestValidator": {
            "members": {
                "id": {
                    "t": "string"
                },
                "name": {
                    "t": "string"
                },
                "validateRequestBody": {
                    "t": "boolean"
                },
                "validateRequestParameters": {
                    "t": "boolean"
                }
            },
            "required": []
        },
        "RequestValidators": {
            "members": {
                "items": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "RequestValidator"
                    },
                    "name": "item"
                },
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                }
            },
            "required": []
        },
        "Resource": {
            "members": {
                "id": {
                    "t": "string"
                },
                "parentId": {
                    "t": "string"
                },
                "pathPart": {
                    "t": "string"
                },
                "path": {
                    "t": "string"
                },
                "resourceMethods": {
                    "t": "map",
                    "member": {
                        "t": "structure",
                        "shape": "Method"
                    }
                }
            },
            "required": []
        },
        "Resources": {
            "members": {
                "items": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "Resource"
                    },
                    "name": "item"
                },
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                }
            },
            "required": []
        },
        "RestApi": {
            "members": {
                "id": {
                    "t": "string"
                },
                "name": {
                    "t": "string"
                },
                "description": {
                    "t": "string"
                },
                "createdDate": {
                    "t": "timestamp"
                },
                "version": {
                    "t": "string"
                },
                "warnings": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                },
                "binaryMediaTypes": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                },
                "minimumCompressionSize": {
                    "t": "integer"
                },
                "apiKeySource": {
                    "t": "string",
                    "enum": "ApiKeySourceType"
                },
                "endpointConfiguration": {
                    "t": "structure",
                    "shape": "EndpointConfiguration"
                },
                "policy": {
                    "t": "string"
                },
                "tags": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                },
                "disableExecuteApiEndpoint": {
                    "t": "boolean"
                },
                "rootResourceId": {
                    "t": "string"
                },
                "securityPolicy": {
                    "t": "string",
                    "enum": "SecurityPolicy"
                },
                "endpointAccessMode": {
                    "t": "string",
                    "enum": "EndpointAccessMode"
                },
                "apiStatus": {
                    "t": "string",
                    "enum": "ApiStatus"
                },
                "apiStatusMessage": {
                    "t": "string"
                }
            },
            "required": []
        },
        "RestApis": {
            "members": {
                "items": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "RestApi"
                    },
                    "name": "item"
                },
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                }
            },
            "required": []
        },
        "SdkConfigurationProperty": {
            "members": {
                "name": {
                    "t": "string"
                },
                "friendlyName": {
                    "t": "string"
                },
                "description": {
                    "t": "string"
                },
                "required": {
                    "t": "boolean"
                },
                "defaultValue": {
                    "t": "string"
                }
            },
            "required": []
        },
        "SdkResponse": {
            "members": {
                "contentType": {
                    "t": "string",
                    "loc": "header",
                    "name": "Content-Type"
                },
                "contentDisposition": {
                    "t": "string",
                    "loc": "header",
                    "name": "Content-Disposition"
                },
                "body": {
                    "t": "blob",
                    "loc": "payload"
                }
            },
            "required": []
        },
        "SdkType": {
            "members": {
                "id": {
                    "t": "string"
                },
                "friendlyName": {
                    "t": "string"
                },
                "description": {
                    "t": "string"
                },
                "configurationProperties": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "SdkConfigurationProperty"
                    }
                }
            },
            "required": []
        },
        "SdkTypes": {
            "members": {
                "items": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "SdkType"
                    },
                    "name": "item"
                }
            },
            "required": []
        },
        "ServiceUnavailableException": {
            "members": {
                "retryAfterSeconds": {
                    "t": "string",
                    "loc": "header",
                    "name": "Retry-After"
                },
                "message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "Stage": {
            "members": {
                "deploymentId": {
                    "t": "string"
                },
                "clientCertificateId": {
                    "t": "string"
                },
                "stageName": {
                    "t": "string"
                },
                "description": {
                    "t": "string"
                },
                "cacheClusterEnabled": {
                    "t": "boolean"
                },
                "cacheClusterSize": {
                    "t": "string",
                    "enum": "CacheClusterSize"
                },
                "cacheClusterStatus": {
                    "t": "string",
                    "enum": "CacheClusterStatus"
                },
                "methodSettings": {
                    "t": "map",
                    "member": {
                        "t": "structure",
                        "shape": "MethodSetting"
                    }
                },
                "variables": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                },
                "documentationVersion": {
                    "t": "string"
                },
                "accessLogSettings": {
                    "t": "structure",
                    "shape": "AccessLogSettings"
                },
                "canarySettings": {
                    "t": "structure",
                    "shape": "CanarySettings"
                },
                "tracingEnabled": {
                    "t": "boolean"
                },
                "webAclArn": {
                    "t": "string"
                },
                "tags": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                },
                "createdDate": {
                    "t": "timestamp"
                },
                "lastUpdatedDate": {
                    "t": "timestamp"
                }
            },
            "required": []
        },
        "StageKey": {
            "members": {
                "restApiId": {
                    "t": "string"
                },
                "stageName": {
                    "t": "string"
                }
            },
            "required": []
        },
        "Stages": {
            "members": {
                "item": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "Stage"
                    }
                }
            },
            "required": []
        },
        "TagResourceRequest": {
            "members": {
                "resourceArn": {
                    "t": "string",
                    "loc": "label"
                },
                "tags": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": [
                "resourceArn",
                "tags"
            ]
        },
        "Tags": {
            "members": {
                "tags": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": []
        },
        "Template": {
            "members": {
                "value": {
                    "t": "string"
                }
            },
            "required": []
        },
        "TestInvokeAuthorizerRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "authorizerId": {
                    "t": "string",
                    "loc": "label"
                },
                "headers": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                },
                "multiValueHeaders": {
                    "t": "map",
                    "member": {
                        "t": "list",
                        "member": {
                            "t": "string"
                        }
                    }
                },
                "pathWithQueryString": {
                    "t": "string"
                },
                "body": {
                    "t": "string"
                },
                "stageVariables": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                },
                "additionalContext": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": [
                "restApiId",
                "authorizerId"
            ]
        },
        "TestInvokeAuthorizerResponse": {
            "members": {
                "clientStatus": {
                    "t": "integer"
                },
                "log": {
                    "t": "string"
                },
                "latency": {
                    "t": "integer"
                },
                "principalId": {
                    "t": "string"
                },
                "policy": {
                    "t": "string"
                },
                "authorization": {
                    "t": "map",
                    "member": {
                        "t": "list",
                        "member": {
                            "t": "string"
                        }
                    }
                },
                "claims": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": []
        },
        "TestInvokeMethodRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "resourceId": {
                    "t": "string",
                    "loc": "label"
                },
                "httpMethod": {
                    "t": "string",
                    "loc": "label"
                },
                "pathWithQueryString": {
                    "t": "string"
                },
                "body": {
                    "t": "string"
                },
                "headers": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                },
                "multiValueHeaders": {
                    "t": "map",
                    "member": {
                        "t": "list",
                        "member": {
                            "t": "string"
                        }
                    }
                },
                "clientCertificateId": {
                    "t": "string"
                },
                "stageVariables": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": [
                "restApiId",
                "resourceId",
                "httpMethod"
            ]
        },
        "TestInvokeMethodResponse": {
            "members": {
                "status": {
                    "t": "integer"
                },
                "body": {
                    "t": "string"
                },
                "headers": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                },
                "multiValueHeaders": {
                    "t": "map",
                    "member": {
                        "t": "list",
                        "member": {
                            "t": "string"
                        }
                    }
                },
                "log": {
                    "t": "string"
                },
                "latency": {
                    "t": "integer"
                }
            },
            "required": []
        },
        "ThrottleSettings": {
            "members": {
                "burstLimit": {
                    "t": "integer"
                },
                "rateLimit": {
                    "t": "double"
                }
            },
            "required": []
        },
        "TlsConfig": {
            "members": {
                "insecureSkipVerification": {
                    "t": "boolean"
                }
            },
            "required": []
        },
        "TooManyRequestsException": {
            "members": {
                "retryAfterSeconds": {
                    "t": "string",
                    "loc": "header",
                    "name": "Retry-After"
                },
                "message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "UnauthorizedException": {
            "members": {
                "message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "Unit": {
            "members": {},
            "required": []
        },
        "UntagResourceRequest": {
            "members": {
                "resourceArn": {
                    "t": "string",
                    "loc": "label"
                },
                "tagKeys": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    },
                    "loc": "query",
                    "name": "tagKeys"
                }
            },
            "required": [
                "resourceArn",
                "tagKeys"
            ]
        },
        "UpdateAccountRequest": {
            "members": {
                "patchOperations": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "PatchOperation"
                    }
                }
            },
            "required": []
        },
        "UpdateApiKeyRequest": {
            "members": {
                "apiKey": {
                    "t": "string",
                    "loc": "label"
                },
                "patchOperations": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "PatchOperation"
                    }
                }
            },
            "required": [
                "apiKey"
            ]
        },
        "UpdateAuthorizerRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "authorizerId": {
                    "t": "string",
                    "loc": "label"
                },
                "patchOperations": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "PatchOperation"
                    }
                }
            },
            "required": [
                "restApiId",
                "authorizerId"
            ]
        },
        "UpdateBasePathMappingRequest": {
            "members": {
                "domainName": {
                    "t": "string",
                    "loc": "label"
                },
                "basePath": {
                    "t": "string",
                    "loc": "label"
                },
                "domainNameId": {
                    "t": "string",
                    "loc": "query",
                    "name": "domainNameId"
                },
                "patchOperations": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "PatchOperation"
                    }
                }
            },
            "required": [
                "domainName",
                "basePath"
            ]
        },
        "UpdateClientCertificateRequest": {
            "members": {
                "clientCertificateId": {
                    "t": "string",
                    "loc": "label"
                },
                "patchOperations": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "PatchOperation"
                    }
                }
            },
            "required": [
                "clientCertificateId"
            ]
        },
        "UpdateDeploymentRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "deploymentId": {
                    "t": "string",
                    "loc": "label"
                },
                "patchOperations": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "PatchOperation"
                    }
                }
            },
            "required": [
                "restApiId",
                "deploymentId"
            ]
        },
        "UpdateDocumentationPartRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "documentationPartId": {
                    "t": "string",
                    "loc": "label"
                },
                "patchOperations": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "PatchOperation"
                    }
                }
            },
            "required": [
                "restApiId",
                "documentationPartId"
            ]
        },
        "UpdateDocumentationVersionRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "documentationVersion": {
                    "t": "string",
                    "loc": "label"
                },
                "patchOperations": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "PatchOperation"
                    }
                }
            },
            "required": [
                "restApiId",
                "documentationVersion"
            ]
        },
        "UpdateDomainNameRequest": {
            "members": {
                "domainName": {
                    "t": "string",
                    "loc": "label"
                },
                "domainNameId": {
                    "t": "string",
                    "loc": "query",
                    "name": "domainNameId"
                },
                "patchOperations": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "PatchOperation"
                    }
                }
            },
            "required": [
                "domainName"
            ]
        },
        "UpdateGatewayResponseRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "responseType": {
                    "t": "string",
                    "enum": "GatewayResponseType",
                    "loc": "label"
                },
                "patchOperations": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "PatchOperation"
                    }
                }
            },
            "required": [
                "restApiId",
                "responseType"
            ]
        },
        "UpdateIntegrationRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "resourceId": {
                    "t": "string",
                    "loc": "label"
                },
                "httpMethod": {
                    "t": "string",
                    "loc": "label"
                },
                "patchOperations": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "PatchOperation"
                    }
                }
            },
            "required": [
                "restApiId",
                "resourceId",
                "httpMethod"
            ]
        },
        "UpdateIntegrationResponseRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "resourceId": {
                    "t": "string",
                    "loc": "label"
                },
                "httpMethod": {
                    "t": "string",
                    "loc": "label"
                },
                "statusCode": {
                    "t": "string",
                    "pattern": "[1-5]\\d\\d",
                    "loc": "label"
                },
                "patchOperations": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "PatchOperation"
                    }
                }
            },
            "required": [
                "restApiId",
                "resourceId",
                "httpMethod",
                "statusCode"
            ]
        },
        "UpdateMethodRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "resourceId": {
                    "t": "string",
                    "loc": "label"
                },
                "httpMethod": {
                    "t": "string",
                    "loc": "label"
                },
                "patchOperations": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "PatchOperation"
                    }
                }
            },
            "required": [
                "restApiId",
                "resourceId",
                "httpMethod"
            ]
        },
        "UpdateMethodResponseRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "resourceId": {
                    "t": "string",
                    "loc": "label"
                },
                "httpMethod": {
                    "t": "string",
                    "loc": "label"
                },
                "statusCode": {
                    "t": "string",
                    "pattern": "[1-5]\\d\\d",
                    "loc": "label"
                },
                "patchOperations": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "PatchOperation"
                    }
                }
            },
            "required": [
                "restApiId",
                "resourceId",
                "httpMethod",
                "statusCode"
            ]
        },
        "UpdateModelRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "modelName": {
                    "t": "string",
                    "loc": "label"
                },
                "patchOperations": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "PatchOperation"
                    }
                }
            },
            "required": [
                "restApiId",
                "modelName"
            ]
        },
        "UpdateRequestValidatorRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "requestValidatorId": {
                    "t": "string",
                    "loc": "label"
                },
                "patchOperations": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "PatchOperation"
                    }
                }
            },
            "required": [
                "restApiId",
                "requestValidatorId"
            ]
        },
        "UpdateResourceRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "resourceId": {
                    "t": "string",
                    "loc": "label"
                },
                "patchOperations": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "PatchOperation"
                    }
                }
            },
            "required": [
                "restApiId",
                "resourceId"
            ]
        },
        "UpdateRestApiRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "patchOperations": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "PatchOperation"
                    }
                }
            },
            "required": [
                "restApiId"
            ]
        },
        "UpdateStageRequest": {
            "members": {
                "restApiId": {
                    "t": "string",
                    "loc": "label"
                },
                "stageName": {
                    "t": "string",
                    "loc": "label"
                },
                "patchOperations": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "PatchOperation"
                    }
                }
            },
            "required": [
                "restApiId",
                "stageName"
            ]
        },
        "UpdateUsagePlanRequest": {
            "members": {
                "usagePlanId": {
                    "t": "string",
                    "loc": "label"
                },
                "patchOperations": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "PatchOperation"
                    }
                }
            },
            "required": [
                "usagePlanId"
            ]
        },
        "UpdateUsageRequest": {
            "members": {
                "usagePlanId": {
                    "t": "string",
                    "loc": "label"
                },
                "keyId": {
                    "t": "string",
                    "loc": "label"
                },
                "patchOperations": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "PatchOperation"
                    }
                }
            },
            "required": [
                "usagePlanId",
                "keyId"
            ]
        },
        "UpdateVpcLinkRequest": {
            "members": {
                "vpcLinkId": {
                    "t": "string",
                    "loc": "label"
                },
                "patchOperations": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "PatchOperation"
                    }
                }
            },
            "required": [
                "vpcLinkId"
            ]
        },
        "Usage": {
            "members": {
                "usagePlanId": {
                    "t": "string"
                },
                "startDate": {
                    "t": "string"
                },
                "endDate": {
                    "t": "string"
                },
                "items": {
                    "t": "map",
                    "member": {
                        "t": "list",
                        "member": {
                            "t": "list",
                            "member": {
                                "t": "integer"
                            }
                        }
                    },
                    "name": "values"
                },
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                }
            },
            "required": []
        },
        "UsagePlan": {
            "members": {
                "id": {
                    "t": "string"
                },
                "name": {
                    "t": "string"
                },
                "description": {
                    "t": "string"
                },
                "apiStages": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "ApiStage"
                    }
                },
                "throttle": {
                    "t": "structure",
                    "shape": "ThrottleSettings"
                },
                "quota": {
                    "t": "structure",
                    "shape": "QuotaSettings"
                },
                "productCode": {
                    "t": "string"
                },
                "tags": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": []
        },
        "UsagePlanKey": {
            "members": {
                "id": {
                    "t": "string"
                },
                "type": {
                    "t": "string"
                },
                "value": {
                    "t": "string"
                },
                "name": {
                    "t": "string"
                }
            },
            "required": []
        },
        "UsagePlanKeys": {
            "members": {
                "items": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "UsagePlanKey"
                    },
                    "name": "item"
                },
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                }
            },
            "required": []
        },
        "UsagePlans": {
            "members": {
                "items": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "UsagePlan"
                    },
                    "name": "item"
                },
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                }
            },
            "required": []
        },
        "VpcLink": {
            "members": {
                "id": {
                    "t": "string"
                },
                "name": {
                    "t": "string"
                },
                "description": {
                    "t": "string"
                },
                "targetArns": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                },
                "status": {
                    "t": "string",
                    "enum": "VpcLinkStatus"
                },
                "statusMessage": {
                    "t": "string"
                },
                "tags": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": []
        },
        "VpcLinks": {
            "members": {
                "items": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "VpcLink"
                    },
                    "name": "item"
                },
                "position": {
                    "t": "string",
                    "loc": "query",
                    "name": "position"
                }
            },
            "required": []
        }
    },
    "errors": {
        "BadRequestException": 400,
        "ConflictException": 409,
        "LimitExceededException": 429,
        "NotFoundException": 404,
        "ServiceUnavailableException": 503,
        "TooManyRequestsException": 429,
        "UnauthorizedException": 401
    },
    "enums": {
        "AccessAssociationSourceType": [
            "VPCE"
        ],
        "ApiKeysFormat": [
            "csv"
        ],
        "ApiKeySourceType": [
            "AUTHORIZER",
            "HEADER"
        ],
        "ApiStatus": [
            "AVAILABLE",
            "FAILED",
            "PENDING",
            "UPDATING"
        ],
        "AuthorizerType": [
            "COGNITO_USER_POOLS",
            "REQUEST",
            "TOKEN"
        ],
        "CacheClusterSize": [
            "0.5",
            "118",
            "13.5",
            "1.6",
            "237",
            "28.4",
            "58.2",
            "6.1"
        ],
        "CacheClusterStatus": [
            "AVAILABLE",
            "CREATE_IN_PROGRESS",
            "DELETE_IN_PROGRESS",
            "FLUSH_IN_PROGRESS",
            "NOT_AVAILABLE"
        ],
        "ConnectionType": [
            "INTERNET",
            "VPC_LINK"
        ],
        "ContentHandlingStrategy": [
            "CONVERT_TO_BINARY",
            "CONVERT_TO_TEXT"
        ],
        "DocumentationPartType": [
            "RESPONSE_BODY",
            "RESPONSE",
            "METHOD",
            "MODEL",
            "AUTHORIZER",
            "RESPONSE_HEADER",
            "RESOURCE",
            "PATH_PARAMETER",
            "REQUEST_BODY",
            "QUERY_PARAMETER",
            "API",
            "REQUEST_HEADER"
        ],
        "DomainNameStatus": [
            "AVAILABLE",
            "FAILED",
            "PENDING",
            "PENDING_CERTIFICATE_REIMPORT",
            "PENDING_OWNERSHIP_VERIFICATION",
            "UPDATING"
        ],
        "EndpointAccessMode": [
            "BASIC",
            "STRICT"
        ],
        "EndpointType": [
            "PRIVATE",
            "EDGE",
            "REGIONAL"
        ],
        "GatewayResponseType": [
            "REQUEST_TOO_LARGE",
            "RESOURCE_NOT_FOUND",
            "AUTHORIZER_CONFIGURATION_ERROR",
            "MISSING_AUTHENTICATION_TOKEN",
            "BAD_REQUEST_BODY",
            "INVALID_SIGNATURE",
            "INVALID_API_KEY",
            "BAD_REQUEST_PARAMETERS",
            "AUTHORIZER_FAILURE",
            "UNAUTHORIZED",
            "INTEGRATION_TIMEOUT",
            "ACCESS_DENIED",
            "DEFAULT_4XX",
            "DEFAULT_5XX",
            "WAF_FILTERED",
            "QUOTA_EXCEEDED",
            "THROTTLED",
            "API_CONFIGURATION_ERROR",
            "UNSUPPORTED_MEDIA_TYPE",
            "INTEGRATION_FAILURE",
            "EXPIRED_TOKEN"
        ],
        "IntegrationType": [
            "HTTP",
            "MOCK",
            "AWS_PROXY",
            "HTTP_PROXY",
            "AWS"
        ],
        "IpAddressType": [
            "ipv4",
            "dualstack"
        ],
        "LocationStatusType": [
            "DOCUMENTED",
            "UNDOCUMENTED"
        ],
        "Op": [
            "add",
            "remove",
            "move",
            "test",
            "replace",
            "copy"
        ],
        "PutMode": [
            "merge",
            "overwrite"
        ],
        "QuotaPeriodType": [
            "DAY",
            "MONTH",
            "WEEK"
        ],
        "ResourceOwner": [
            "OTHER_ACCOUNTS",
            "SELF"
        ],
        "ResponseTransferMode": [
            "BUFFERED",
            "STREAM"
        ],
        "RoutingMode": [
            "BASE_PATH_MAPPING_ONLY",
            "ROUTING_RULE_ONLY",
            "ROUTING_RULE_THEN_BASE_PATH_MAPPING"
        ],
        "SecurityPolicy": [
            "SecurityPolicy_TLS12_2018_EDGE",
            "SecurityPolicy_TLS12_PFS_2025_EDGE",
            "SecurityPolicy_TLS13_1_2_2021_06",
            "SecurityPolicy_TLS13_1_2_Ext2_FIPS_PQ_2025_09",
            "SecurityPolicy_TLS13_1_2_Ext2_PQ_2025_09",
            "SecurityPolicy_TLS13_1_2_FIPS_PFS_PQ_2025_09",
            "SecurityPolicy_TLS13_1_2_FIPS_PQ_2025_09",
            "SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09",
            "SecurityPolicy_TLS13_1_2_PQ_2025_09",
            "SecurityPolicy_TLS13_1_3_2025_09",
            "SecurityPolicy_TLS13_1_3_FIPS_2025_09",
            "SecurityPolicy_TLS13_2025_EDGE",
            "TLS_1_0",
            "TLS_1_2"
        ],
        "UnauthorizedCacheControlHeaderStrategy": [
            "FAIL_WITH_403",
            "SUCCEED_WITHOUT_RESPONSE_HEADER",
            "SUCCEED_WITH_RESPONSE_HEADER"
        ],
        "VpcLinkStatus": [
            "AVAILABLE",
            "DELETING",
            "FAILED",
            "PENDING"
        ]
    }
};
//# sourceMappingURL=model.js.map