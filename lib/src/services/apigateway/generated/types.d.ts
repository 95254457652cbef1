/** Epoch seconds as parsed from JSON; a Date or epoch seconds when written. */
export type Timestamp = number | Date;
/**
 * Bytes, both ways: src/protocol/parse.ts binds a blob (base64 in JSON, or the raw payload) as a
 * Buffer, and src/protocol/serialize.ts writes a Buffer as it is (payload) or base64 (JSON).
 */
export type Blob = Buffer;
export type AccessAssociationSourceType = "VPCE";
export type ApiKeysFormat = "csv";
export type ApiKeySourceType = "AUTHORIZER" | "HEADER";
export type ApiStatus = "AVAILABLE" | "FAILED" | "PENDING" | "UPDATING";
export type AuthorizerType = "COGNITO_USER_POOLS" | "REQUEST" | "TOKEN";
export type CacheClusterSize = "0.5" | "118" | "13.5" | "1.6" | "237" | "28.4" | "58.2" | "6.1";
export type CacheClusterStatus = "AVAILABLE" | "CREATE_IN_PROGRESS" | "DELETE_IN_PROGRESS" | "FLUSH_IN_PROGRESS" | "NOT_AVAILABLE";
export type ConnectionType = "INTERNET" | "VPC_LINK";
export type ContentHandlingStrategy = "CONVERT_TO_BINARY" | "CONVERT_TO_TEXT";
export type DocumentationPartType = "RESPONSE_BODY" | "RESPONSE" | "METHOD" | "MODEL" | "AUTHORIZER" | "RESPONSE_HEADER" | "RESOURCE" | "PATH_PARAMETER" | "REQUEST_BODY" | "QUERY_PARAMETER" | "API" | "REQUEST_HEADER";
export type DomainNameStatus = "AVAILABLE" | "FAILED" | "PENDING" | "PENDING_CERTIFICATE_REIMPORT" | "PENDING_OWNERSHIP_VERIFICATION" | "UPDATING";
export type EndpointAccessMode = "BASIC" | "STRICT";
export type EndpointType = "PRIVATE" | "EDGE" | "REGIONAL";
export type GatewayResponseType = "REQUEST_TOO_LARGE" | "RESOURCE_NOT_FOUND" | "AUTHORIZER_CONFIGURATION_ERROR" | "MISSING_AUTHENTICATION_TOKEN" | "BAD_REQUEST_BODY" | "INVALID_SIGNATURE" | "INVALID_API_KEY" | "BAD_REQUEST_PARAMETERS" | "AUTHORIZER_FAILURE" | "UNAUTHORIZED" | "INTEGRATION_TIMEOUT" | "ACCESS_DENIED" | "DEFAULT_4XX" | "DEFAULT_5XX" | "WAF_FILTERED" | "QUOTA_EXCEEDED" | "THROTTLED" | "API_CONFIGURATION_ERROR" | "UNSUPPORTED_MEDIA_TYPE" | "INTEGRATION_FAILURE" | "EXPIRED_TOKEN";
export type IntegrationType = "HTTP" | "MOCK" | "AWS_PROXY" | "HTTP_PROXY" | "AWS";
export type IpAddressType = "ipv4" | "dualstack";
export type LocationStatusType = "DOCUMENTED" | "UNDOCUMENTED";
export type Op = "add" | "remove" | "move" | "test" | "replace" | "copy";
export type PutMode = "merge" | "overwrite";
export type QuotaPeriodType = "DAY" | "MONTH" | "WEEK";
export type ResourceOwner = "OTHER_ACCOUNTS" | "SELF";
export type ResponseTransferMode = "BUFFERED" | "STREAM";
export type RoutingMode = "BASE_PATH_MAPPING_ONLY" | "ROUTING_RULE_ONLY" | "ROUTING_RULE_THEN_BASE_PATH_MAPPING";
export type SecurityPolicy = "SecurityPolicy_TLS12_2018_EDGE" | "SecurityPolicy_TLS12_PFS_2025_EDGE" | "SecurityPolicy_TLS13_1_2_2021_06" | "SecurityPolicy_TLS13_1_2_Ext2_FIPS_PQ_2025_09" | "SecurityPolicy_TLS13_1_2_Ext2_PQ_2025_09" | "SecurityPolicy_TLS13_1_2_FIPS_PFS_PQ_2025_09" | "SecurityPolicy_TLS13_1_2_FIPS_PQ_2025_09" | "SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09" | "SecurityPolicy_TLS13_1_2_PQ_2025_09" | "SecurityPolicy_TLS13_1_3_2025_09" | "SecurityPolicy_TLS13_1_3_FIPS_2025_09" | "SecurityPolicy_TLS13_2025_EDGE" | "TLS_1_0" | "TLS_1_2";
export type UnauthorizedCacheControlHeaderStrategy = "FAIL_WITH_403" | "SUCCEED_WITHOUT_RESPONSE_HEADER" | "SUCCEED_WITH_RESPONSE_HEADER";
export type VpcLinkStatus = "AVAILABLE" | "DELETING" | "FAILED" | "PENDING";
export interface AccessLogSettings {
    format?: string;
    destinationArn?: string;
}
export interface Account {
    cloudwatchRoleArn?: string;
    throttleSettings?: ThrottleSettings;
    features?: string[];
    apiKeyVersion?: string;
}
export interface APIGatewayServiceException {
}
export interface ApiKey {
    id?: string;
    value?: string;
    name?: string;
    customerId?: string;
    description?: string;
    enabled?: boolean;
    createdDate?: Timestamp;
    lastUpdatedDate?: Timestamp;
    stageKeys?: string[];
    tags?: Record<string, string>;
}
export interface ApiKeyIds {
    ids?: string[];
    warnings?: string[];
}
export interface ApiKeys {
    warnings?: string[];
    items?: ApiKey[];
    position?: string;
}
export interface ApiStage {
    apiId?: string;
    stage?: string;
    throttle?: Record<string, ThrottleSettings>;
}
export interface Authorizer {
    id?: string;
    name?: string;
    type?: AuthorizerType;
    providerARNs?: string[];
    authType?: string;
    authorizerUri?: string;
    authorizerCredentials?: string;
    identitySource?: string;
    identityValidationExpression?: string;
    authorizerResultTtlInSeconds?: number;
}
export interface Authorizers {
    items?: Authorizer[];
    position?: string;
}
export interface BadRequestException {
    message?: string;
}
export interface BasePathMapping {
    basePath?: string;
    restApiId?: string;
    stage?: string;
}
export interface BasePathMappings {
    items?: BasePathMapping[];
    position?: string;
}
export interface CanarySettings {
    percentTraffic?: number;
    deploymentId?: string;
    stageVariableOverrides?: Record<string, string>;
    useStageCache?: boolean;
}
export interface ClientCertificate {
    clientCertificateId?: string;
    description?: string;
    pemEncodedCertificate?: string;
    createdDate?: Timestamp;
    expirationDate?: Timestamp;
    tags?: Record<string, string>;
}
export interface ClientCertificates {
    items?: ClientCertificate[];
    position?: string;
}
export interface ConflictException {
    message?: string;
}
export interface CreateApiKeyRequest {
    name?: string;
    description?: string;
    enabled?: boolean;
    generateDistinctId?: boolean;
    value?: string;
    stageKeys?: StageKey[];
    customerId?: string;
    tags?: Record<string, string>;
}
export interface CreateAuthorizerRequest {
    restApiId: string;
    name: string;
    type: AuthorizerType;
    providerARNs?: string[];
    authType?: string;
    authorizerUri?: string;
    authorizerCredentials?: string;
    identitySource?: string;
    identityValidationExpression?: string;
    authorizerResultTtlInSeconds?: number;
}
export interface CreateBasePathMappingRequest {
    domainName: string;
    restApiId: string;
    domainNameId?: string;
    basePath?: string;
    stage?: string;
}
export interface CreateDeploymentRequest {
    restApiId: string;
    stageName?: string;
    stageDescription?: string;
    description?: string;
    cacheClusterEnabled?: boolean;
    cacheClusterSize?: CacheClusterSize;
    variables?: Record<string, string>;
    canarySettings?: DeploymentCanarySettings;
    tracingEnabled?: boolean;
}
export interface CreateDocumentationPartRequest {
    restApiId: string;
    location: DocumentationPartLocation;
    properties: string;
}
export interface CreateDocumentationVersionRequest {
    restApiId: string;
    documentationVersion: string;
    stageName?: string;
    description?: string;
}
export interface CreateDomainNameAccessAssociationRequest {
    domainNameArn: string;
    accessAssociationSourceType: AccessAssociationSourceType;
    accessAssociationSource: string;
    tags?: Record<string, string>;
}
export interface CreateDomainNameRequest {
    domainName: string;
    certificateName?: string;
    certificateBody?: string;
    certificatePrivateKey?: string;
    certificateChain?: string;
    certificateArn?: string;
    regionalCertificateName?: string;
    regionalCertificateArn?: string;
    endpointConfiguration?: EndpointConfiguration;
    tags?: Record<string, string>;
    securityPolicy?: SecurityPolicy;
    endpointAccessMode?: EndpointAccessMode;
    mutualTlsAuthentication?: MutualTlsAuthenticationInput;
    ownershipVerificationCertificateArn?: string;
    policy?: string;
    routingMode?: RoutingMode;
}
export interface CreateModelRequest {
    restApiId: string;
    name: string;
    contentType: string;
    description?: string;
    schema?: string;
}
export interface CreateRequestValidatorRequest {
    restApiId: string;
    name?: string;
    validateRequestBody?: boolean;
    validateRequestParameters?: boolean;
}
export interface CreateResourceRequest {
    restApiId: string;
    parentId: string;
    pathPart: string;
}
export interface CreateRestApiRequest {
    name: string;
    description?: string;
    version?: string;
    cloneFrom?: string;
    binaryMediaTypes?: string[];
    minimumCompressionSize?: number;
    apiKeySource?: ApiKeySourceType;
    endpointConfiguration?: EndpointConfiguration;
    policy?: string;
    tags?: Record<string, string>;
    disableExecuteApiEndpoint?: boolean;
    securityPolicy?: SecurityPolicy;
    endpointAccessMode?: EndpointAccessMode;
}
export interface CreateStageRequest {
    restApiId: string;
    stageName: string;
    deploymentId: string;
    description?: string;
    cacheClusterEnabled?: boolean;
    cacheClusterSize?: CacheClusterSize;
    variables?: Record<string, string>;
    documentationVersion?: string;
    canarySettings?: CanarySettings;
    tracingEnabled?: boolean;
    tags?: Record<string, string>;
}
export interface CreateUsagePlanKeyRequest {
    usagePlanId: string;
    keyId: string;
    keyType: string;
}
export interface CreateUsagePlanRequest {
    name: string;
    description?: string;
    apiStages?: ApiStage[];
    throttle?: ThrottleSettings;
    quota?: QuotaSettings;
    tags?: Record<string, string>;
}
export interface CreateVpcLinkRequest {
    name: string;
    targetArns: string[];
    description?: string;
    tags?: Record<string, string>;
}
export interface DeleteApiKeyRequest {
    apiKey: string;
}
export interface DeleteAuthorizerRequest {
    restApiId: string;
    authorizerId: string;
}
export interface DeleteBasePathMappingRequest {
    domainName: string;
    basePath: string;
    domainNameId?: string;
}
export interface DeleteClientCertificateRequest {
    clientCertificateId: string;
}
export interface DeleteDeploymentRequest {
    restApiId: string;
    deploymentId: string;
}
export interface DeleteDocumentationPartRequest {
    restApiId: string;
    documentationPartId: string;
}
export interface DeleteDocumentationVersionRequest {
    restApiId: string;
    documentationVersion: string;
}
export interface DeleteDomainNameAccessAssociationRequest {
    domainNameAccessAssociationArn: string;
}
export interface DeleteDomainNameRequest {
    domainName: string;
    domainNameId?: string;
}
export interface DeleteGatewayResponseRequest {
    restApiId: string;
    responseType: GatewayResponseType;
}
export interface DeleteIntegrationRequest {
    restApiId: string;
    resourceId: string;
    httpMethod: string;
}
export interface DeleteIntegrationResponseRequest {
    restApiId: string;
    resourceId: string;
    httpMethod: string;
    statusCode: string;
}
export interface DeleteMethodRequest {
    restApiId: string;
    resourceId: string;
    httpMethod: string;
}
export interface DeleteMethodResponseRequest {
    restApiId: string;
    resourceId: string;
    httpMethod: string;
    statusCode: string;
}
export interface DeleteModelRequest {
    restApiId: string;
    modelName: string;
}
export interface DeleteRequestValidatorRequest {
    restApiId: string;
    requestValidatorId: string;
}
export interface DeleteResourceRequest {
    restApiId: string;
    resourceId: string;
}
export interface DeleteRestApiRequest {
    restApiId: string;
}
export interface DeleteStageRequest {
    restApiId: string;
    stageName: string;
}
export interface DeleteUsagePlanKeyRequest {
    usagePlanId: string;
    keyId: string;
}
export interface DeleteUsagePlanRequest {
    usagePlanId: string;
}
export interface DeleteVpcLinkRequest {
    vpcLinkId: string;
}
export interface Deployment {
    id?: string;
    description?: string;
    createdDate?: Timestamp;
    apiSummary?: Record<string, Record<string, MethodSnapshot>>;
}
export interface DeploymentCanarySettings {
    percentTraffic?: number;
    stageVariableOverrides?: Record<string, string>;
    useStageCache?: boolean;
}
export interface Deployments {
    items?: Deployment[];
    position?: string;
}
export interface DocumentationPart {
    id?: string;
    location?: DocumentationPartLocation;
    properties?: string;
}
export interface DocumentationPartIds {
    ids?: string[];
    warnings?: string[];
}
export interface DocumentationPartLocation {
    type: DocumentationPartType;
    path?: string;
    method?: string;
    statusCode?: string;
    name?: string;
}
export interface DocumentationParts {
    items?: DocumentationPart[];
    position?: string;
}
export interface DocumentationVersion {
    version?: string;
    createdDate?: Timestamp;
    description?: string;
}
export interface DocumentationVersions {
    items?: DocumentationVersion[];
    position?: string;
}
export interface DomainName {
    domainName?: string;
    domainNameId?: string;
    domainNameArn?: string;
    certificateName?: string;
    certificateArn?: string;
    certificateUploadDate?: Timestamp;
    regionalDomainName?: string;
    regionalHostedZoneId?: string;
    regionalCertificateName?: string;
    regionalCertificateArn?: string;
    distributionDomainName?: string;
    distributionHostedZoneId?: string;
    endpointConfiguration?: EndpointConfiguration;
    domainNameStatus?: DomainNameStatus;
    domainNameStatusMessage?: string;
    securityPolicy?: SecurityPolicy;
    endpointAccessMode?: EndpointAccessMode;
    tags?: Record<string, string>;
    mutualTlsAuthentication?: MutualTlsAuthentication;
    ownershipVerificationCertificateArn?: string;
    managementPolicy?: string;
    policy?: string;
    routingMode?: RoutingMode;
}
export interface DomainNameAccessAssociation {
    domainNameAccessAssociationArn?: string;
    domainNameArn?: string;
    accessAssociationSourceType?: AccessAssociationSourceType;
    accessAssociationSource?: string;
    tags?: Record<string, string>;
}
export interface DomainNameAccessAssociations {
    items?: DomainNameAccessAssociation[];
    position?: string;
}
export interface DomainNames {
    items?: DomainName[];
    position?: string;
}
export interface EndpointConfiguration {
    types?: EndpointType[];
    ipAddressType?: IpAddressType;
    vpcEndpointIds?: string[];
}
export interface ExportResponse {
    contentType?: string;
    contentDisposition?: string;
    body?: Blob;
}
export interface FlushStageAuthorizersCacheRequest {
    restApiId: string;
    stageName: string;
}
export interface FlushStageCacheRequest {
    restApiId: string;
    stageName: string;
}
export interface GatewayResponse {
    responseType?: GatewayResponseType;
    statusCode?: string;
    responseParameters?: Record<string, string>;
    responseTemplates?: Record<string, string>;
    defaultResponse?: boolean;
}
export interface GatewayResponses {
    items?: GatewayResponse[];
    position?: string;
}
export interface GenerateClientCertificateRequest {
    description?: string;
    tags?: Record<string, string>;
}
export interface GetAccountRequest {
}
export interface GetApiKeyRequest {
    apiKey: string;
    includeValue?: boolean;
}
export interface GetApiKeysRequest {
    position?: string;
    limit?: number;
    nameQuery?: string;
    customerId?: string;
    includeValues?: boolean;
}
export interface GetAuthorizerRequest {
    restApiId: string;
    authorizerId: string;
}
export interface GetAuthorizersRequest {
    restApiId: string;
    position?: string;
    limit?: number;
}
export interface GetBasePathMappingRequest {
    domainName: string;
    basePath: string;
    domainNameId?: string;
}
export interface GetBasePathMappingsRequest {
    domainName: string;
    domainNameId?: string;
    position?: string;
    limit?: number;
}
export interface GetClientCertificateRequest {
    clientCertificateId: string;
}
export interface GetClientCertificatesRequest {
    position?: string;
    limit?: number;
}
export interface GetDeploymentRequest {
    restApiId: string;
    deploymentId: string;
    embed?: string[];
}
export interface GetDeploymentsRequest {
    restApiId: string;
    position?: string;
    limit?: number;
}
export interface GetDocumentationPartRequest {
    restApiId: string;
    documentationPartId: string;
}
export interface GetDocumentationPartsRequest {
    restApiId: string;
    type?: DocumentationPartType;
    nameQuery?: string;
    path?: string;
    position?: string;
    limit?: number;
    locationStatus?: LocationStatusType;
}
export interface GetDocumentationVersionRequest {
    restApiId: string;
    documentationVersion: string;
}
export interface GetDocumentationVersionsRequest {
    restApiId: string;
    position?: string;
    limit?: number;
}
export interface GetDomainNameAccessAssociationsRequest {
    position?: string;
    limit?: number;
    resourceOwner?: ResourceOwner;
}
export interface GetDomainNameRequest {
    domainName: string;
    domainNameId?: string;
}
export interface GetDomainNamesRequest {
    position?: string;
    limit?: number;
    resourceOwner?: ResourceOwner;
}
export interface GetExportRequest {
    restApiId: string;
    stageName: string;
    exportType: string;
    /** Every query parameter no other member binds. */
    parameters?: Record<string, string>;
    accepts?: string;
}
export interface GetGatewayResponseRequest {
    restApiId: string;
    responseType: GatewayResponseType;
}
export interface GetGatewayResponsesRequest {
    restApiId: string;
    position?: string;
    limit?: number;
}
export interface GetIntegrationRequest {
    restApiId: string;
    resourceId: string;
    httpMethod: string;
}
export interface GetIntegrationResponseRequest {
    restApiId: string;
    resourceId: string;
    httpMethod: string;
    statusCode: string;
}
export interface GetMethodRequest {
    restApiId: string;
    resourceId: string;
    httpMethod: string;
}
export interface GetMethodResponseRequest {
    restApiId: string;
    resourceId: string;
    httpMethod: string;
    statusCode: string;
}
export interface GetModelRequest {
    restApiId: string;
    modelName: string;
    flatten?: boolean;
}
export interface GetModelsRequest {
    restApiId: string;
    position?: string;
    limit?: number;
}
export interface GetModelTemplateRequest {
    restApiId: string;
    modelName: string;
}
export interface GetRequestValidatorRequest {
    restApiId: string;
    requestValidatorId: string;
}
export interface GetRequestValidatorsRequest {
    restApiId: string;
    position?: string;
    limit?: number;
}
export interface GetResourceRequest {
    restApiId: string;
    resourceId: string;
    embed?: string[];
}
export interface GetResourcesRequest {
    restApiId: string;
    position?: string;
    limit?: number;
    embed?: string[];
}
export interface GetRestApiRequest {
    restApiId: string;
}
export interface GetRestApisRequest {
    position?: string;
    limit?: number;
}
export interface GetSdkRequest {
    restApiId: string;
    stageName: string;
    sdkType: string;
    /** Every query parameter no other member binds. */
    parameters?: Record<string, string>;
}
export interface GetSdkTypeRequest {
    id: string;
}
export interface GetSdkTypesRequest {
    position?: string;
    limit?: number;
}
export interface GetStageRequest {
    restApiId: string;
    stageName: string;
}
export interface GetStagesRequest {
    restApiId: string;
    deploymentId?: string;
}
export interface GetTagsRequest {
    resourceArn: string;
    position?: string;
    limit?: number;
}
export interface GetUsagePlanKeyRequest {
    usagePlanId: string;
    keyId: string;
}
export interface GetUsagePlanKeysRequest {
    usagePlanId: string;
    position?: string;
    limit?: number;
    nameQuery?: string;
}
export interface GetUsagePlanRequest {
    usagePlanId: string;
}
export interface GetUsagePlansRequest {
    position?: string;
    keyId?: string;
    limit?: number;
}
export interface GetUsageRequest {
    usagePlanId: string;
    startDate: string;
    endDate: string;
    keyId?: string;
    position?: string;
    limit?: number;
}
export interface GetVpcLinkRequest {
    vpcLinkId: string;
}
export interface GetVpcLinksRequest {
    position?: string;
    limit?: number;
}
export interface ImportApiKeysRequest {
    body: Blob;
    format: ApiKeysFormat;
    failOnWarnings?: boolean;
}
export interface ImportDocumentationPartsRequest {
    restApiId: string;
    body: Blob;
    mode?: PutMode;
    failOnWarnings?: boolean;
}
export interface ImportRestApiRequest {
    body: Blob;
    failOnWarnings?: boolean;
    /** Every query parameter no other member binds. */
    parameters?: Record<string, string>;
}
export interface Integration {
    type?: IntegrationType;
    httpMethod?: string;
    uri?: string;
    connectionType?: ConnectionType;
    connectionId?: string;
    credentials?: string;
    requestParameters?: Record<string, string>;
    requestTemplates?: Record<string, string | null>;
    passthroughBehavior?: string;
    contentHandling?: ContentHandlingStrategy;
    timeoutInMillis?: number;
    cacheNamespace?: string;
    cacheKeyParameters?: string[];
    integrationResponses?: Record<string, IntegrationResponse>;
    tlsConfig?: TlsConfig;
    responseTransferMode?: ResponseTransferMode;
    integrationTarget?: string;
}
export interface IntegrationResponse {
    statusCode?: string;
    selectionPattern?: string;
    responseParameters?: Record<string, string>;
    responseTemplates?: Record<string, string | null>;
    contentHandling?: ContentHandlingStrategy;
}
export interface LimitExceededException {
    retryAfterSeconds?: string;
    message?: string;
}
export interface Method {
    httpMethod?: string;
    authorizationType?: string;
    authorizerId?: string;
    apiKeyRequired?: boolean;
    requestValidatorId?: string;
    operationName?: string;
    requestParameters?: Record<string, boolean>;
    requestModels?: Record<string, string>;
    methodResponses?: Record<string, MethodResponse>;
    methodIntegration?: Integration;
    authorizationScopes?: string[];
}
export interface MethodResponse {
    statusCode?: string;
    responseParameters?: Record<string, boolean>;
    responseModels?: Record<string, string>;
}
export interface MethodSetting {
    metricsEnabled?: boolean;
    loggingLevel?: string;
    dataTraceEnabled?: boolean;
    throttlingBurstLimit?: number;
    throttlingRateLimit?: number;
    cachingEnabled?: boolean;
    cacheTtlInSeconds?: number;
    cacheDataEncrypted?: boolean;
    requireAuthorizationForCacheControl?: boolean;
    unauthorizedCacheControlHeaderStrategy?: UnauthorizedCacheControlHeaderStrategy;
}
export interface MethodSnapshot {
    authorizationType?: string;
    apiKeyRequired?: boolean;
}
export interface Model {
    id?: string;
    name?: string;
    description?: string;
    schema?: string;
    contentType?: string;
}
export interface Models {
    items?: Model[];
    position?: string;
}
export interface MutualTlsAuthentication {
    truststoreUri?: string;
    truststoreVersion?: string;
    truststoreWarnings?: string[];
}
export interface MutualTlsAuthenticationInput {
    truststoreUri?: string;
    truststoreVersion?: string;
}
export interface NotFoundException {
    message?: string;
}
export interface PatchOperation {
    op?: Op;
    path?: string;
    value?: string;
    from?: string;
}
export interface PutGatewayResponseRequest {
    restApiId: string;
    responseType: GatewayResponseType;
    statusCode?: string;
    responseParameters?: Record<string, string>;
    responseTemplates?: Record<string, string>;
}
export interface PutIntegrationRequest {
    restApiId: string;
    resourceId: string;
    httpMethod: string;
    type: IntegrationType;
    integrationHttpMethod?: string;
    uri?: string;
    connectionType?: ConnectionType;
    connectionId?: string;
    credentials?: string;
    requestParameters?: Record<string, string>;
    requestTemplates?: Record<string, string | null>;
    passthroughBehavior?: string;
    cacheNamespace?: string;
    cacheKeyParameters?: string[];
    contentHandling?: ContentHandlingStrategy;
    timeoutInMillis?: number;
    tlsConfig?: TlsConfig;
    responseTransferMode?: ResponseTransferMode;
    integrationTarget?: string;
}
export interface PutIntegrationResponseRequest {
    restApiId: string;
    resourceId: string;
    httpMethod: string;
    statusCode: string;
    selectionPattern?: string;
    responseParameters?: Record<string, string>;
    responseTemplates?: Record<string, string | null>;
    contentHandling?: ContentHandlingStrategy;
}
export interface PutMethodRequest {
    restApiId: string;
    resourceId: string;
    httpMethod: string;
    authorizationType: string;
    authorizerId?: string;
    apiKeyRequired?: boolean;
    operationName?: string;
    requestParameters?: Record<string, boolean>;
    requestModels?: Record<string, string>;
    requestValidatorId?: string;
    authorizationScopes?: string[];
}
export interface PutMethodResponseRequest {
    restApiId: string;
    resourceId: string;
    httpMethod: string;
    statusCode: string;
    responseParameters?: Record<string, boolean>;
    responseModels?: Record<string, string>;
}
export interface PutRestApiRequest {
    restApiId: string;
    body: Blob;
    mode?: PutMode;
    failOnWarnings?: boolean;
    /** Every query parameter no other member binds. */
    parameters?: Record<string, string>;
}
export interface QuotaSettings {
    limit?: number;
    offset?: number;
    period?: QuotaPeriodType;
}
export interface RejectDomainNameAccessAssociationRequest {
    domainNameAccessAssociationArn: string;
    domainNameArn: string;
}
export interface RequestValidator {
    id?: string;
    name?: string;
    validateRequestBody?: boolean;
    validateRequestParameters?: boolean;
}
export interface RequestValidators {
    items?: RequestValidator[];
    position?: string;
}
export interface Resource {
    id?: string;
    parentId?: string;
    pathPart?: string;
    path?: string;
    resourceMethods?: Record<string, Method>;
}
export interface Resources {
    items?: Resource[];
    position?: string;
}
export interface RestApi {
    id?: string;
    name?: string;
    description?: string;
    createdDate?: Timestamp;
    version?: string;
    warnings?: string[];
    binaryMediaTypes?: string[];
    minimumCompressionSize?: number;
    apiKeySource?: ApiKeySourceType;
    endpointConfiguration?: EndpointConfiguration;
    policy?: string;
    tags?: Record<string, string>;
    disableExecuteApiEndpoint?: boolean;
    rootResourceId?: string;
    securityPolicy?: SecurityPolicy;
    endpointAccessMode?: EndpointAccessMode;
    apiStatus?: ApiStatus;
    apiStatusMessage?: string;
}
export interface RestApis {
    items?: RestApi[];
    position?: string;
}
export interface SdkConfigurationProperty {
    name?: string;
    friendlyName?: string;
    description?: string;
    required?: boolean;
    defaultValue?: string;
}
export interface SdkResponse {
    contentType?: string;
    contentDisposition?: string;
    body?: Blob;
}
export interface SdkType {
    id?: string;
    friendlyName?: string;
    description?: string;
    configurationProperties?: SdkConfigurationProperty[];
}
export interface SdkTypes {
    items?: SdkType[];
}
export interface ServiceUnavailableException {
    retryAfterSeconds?: string;
    message?: string;
}
export interface Stage {
    deploymentId?: string;
    clientCertificateId?: string;
    stageName?: string;
    description?: string;
    cacheClusterEnabled?: boolean;
    cacheClusterSize?: CacheClusterSize;
    cacheClusterStatus?: CacheClusterStatus;
    methodSettings?: Record<string, MethodSetting>;
    variables?: Record<string, string>;
    documentationVersion?: string;
    accessLogSettings?: AccessLogSettings;
    canarySettings?: CanarySettings;
    tracingEnabled?: boolean;
    webAclArn?: string;
    tags?: Record<string, string>;
    createdDate?: Timestamp;
    lastUpdatedDate?: Timestamp;
}
export interface StageKey {
    restApiId?: string;
    stageName?: string;
}
export interface Stages {
    item?: Stage[];
}
export interface TagResourceRequest {
    resourceArn: string;
    tags: Record<string, string>;
}
export interface Tags {
    tags?: Record<string, string>;
}
export interface Template {
    value?: string;
}
export interface TestInvokeAuthorizerRequest {
    restApiId: string;
    authorizerId: string;
    headers?: Record<string, string>;
    multiValueHeaders?: Record<string, string[]>;
    pathWithQueryString?: string;
    body?: string;
    stageVariables?: Record<string, string>;
    additionalContext?: Record<string, string>;
}
export interface TestInvokeAuthorizerResponse {
    clientStatus?: number;
    log?: string;
    latency?: number;
    principalId?: string;
    policy?: string;
    authorization?: Record<string, string[]>;
    claims?: Record<string, string>;
}
export interface TestInvokeMethodRequest {
    restApiId: string;
    resourceId: string;
    httpMethod: string;
    pathWithQueryString?: string;
    body?: string;
    headers?: Record<string, string>;
    multiValueHeaders?: Record<string, string[]>;
    clientCertificateId?: string;
    stageVariables?: Record<string, string>;
}
export interface TestInvokeMethodResponse {
    status?: number;
    body?: string;
    headers?: Record<string, string>;
    multiValueHeaders?: Record<string, string[]>;
    log?: string;
    latency?: number;
}
export interface ThrottleSettings {
    burstLimit?: number;
    rateLimit?: number;
}
export interface TlsConfig {
    insecureSkipVerification?: boolean;
}
export interface TooManyRequestsException {
    retryAfterSeconds?: string;
    message?: string;
}
export interface UnauthorizedException {
    message?: string;
}
export interface UntagResourceRequest {
    resourceArn: string;
    tagKeys: string[];
}
export interface UpdateAccountRequest {
    patchOperations?: PatchOperation[];
}
export interface UpdateApiKeyRequest {
    apiKey: string;
    patchOperations?: PatchOperation[];
}
export interface UpdateAuthorizerRequest {
    restApiId: string;
    authorizerId: string;
    patchOperations?: PatchOperation[];
}
export interface UpdateBasePathMappingRequest {
    domainName: string;
    basePath: string;
    domainNameId?: string;
    patchOperations?: PatchOperation[];
}
export interface UpdateClientCertificateRequest {
    clientCertificateId: string;
    patchOperations?: PatchOperation[];
}
export interface UpdateDeploymentRequest {
    restApiId: string;
    deploymentId: string;
    patchOperations?: PatchOperation[];
}
export interface UpdateDocumentationPartRequest {
    restApiId: string;
    documentationPartId: string;
    patchOperations?: PatchOperation[];
}
export interface UpdateDocumentationVersionRequest {
    restApiId: string;
    documentationVersion: string;
    patchOperations?: PatchOperation[];
}
export interface UpdateDomainNameRequest {
    domainName: string;
    domainNameId?: string;
    patchOperations?: PatchOperation[];
}
export interface UpdateGatewayResponseRequest {
    restApiId: string;
    responseType: GatewayResponseType;
    patchOperations?: PatchOperation[];
}
export interface UpdateIntegrationRequest {
    restApiId: string;
    resourceId: string;
    httpMethod: string;
    patchOperations?: PatchOperation[];
}
export interface UpdateIntegrationResponseRequest {
    restApiId: string;
    resourceId: string;
    httpMethod: string;
    statusCode: string;
    patchOperations?: PatchOperation[];
}
export interface UpdateMethodRequest {
    restApiId: string;
    resourceId: string;
    httpMethod: string;
    patchOperations?: PatchOperation[];
}
export interface UpdateMethodResponseRequest {
    restApiId: string;
    resourceId: string;
    httpMethod: string;
    statusCode: string;
    patchOperations?: PatchOperation[];
}
export interface UpdateModelRequest {
    restApiId: string;
    modelName: string;
    patchOperations?: PatchOperation[];
}
export interface UpdateRequestValidatorRequest {
    restApiId: string;
    requestValidatorId: string;
    patchOperations?: PatchOperation[];
}
export interface UpdateResourceRequest {
    restApiId: string;
    resourceId: string;
    patchOperations?: PatchOperation[];
}
export interface UpdateRestApiRequest {
    restApiId: string;
    patchOperations?: PatchOperation[];
}
export interface UpdateStageRequest {
    restApiId: string;
    stageName: string;
    patchOperations?: PatchOperation[];
}
export interface UpdateUsagePlanRequest {
    usagePlanId: string;
    patchOperations?: PatchOperation[];
}
export interface UpdateUsageRequest {
    usagePlanId: string;
    keyId: string;
    patchOperations?: PatchOperation[];
}
export interface UpdateVpcLinkRequest {
    vpcLinkId: string;
    patchOperations?: PatchOperation[];
}
export interface Usage {
    usagePlanId?: string;
    startDate?: string;
    endDate?: string;
    items?: Record<string, Array<number[]>>;
    position?: string;
}
export interface UsagePlan {
    id?: string;
    name?: string;
    description?: string;
    apiStages?: ApiStage[];
    throttle?: ThrottleSettings;
    quota?: QuotaSettings;
    productCode?: string;
    tags?: Record<string, string>;
}
export interface UsagePlanKey {
    id?: string;
    type?: string;
    value?: string;
    name?: string;
}
export interface UsagePlanKeys {
    items?: UsagePlanKey[];
    position?: string;
}
export interface UsagePlans {
    items?: UsagePlan[];
    position?: string;
}
export interface VpcLink {
    id?: string;
    name?: string;
    description?: string;
    targetArns?: string[];
    status?: VpcLinkStatus;
    statusMessage?: string;
    tags?: Record<string, string>;
}
export interface VpcLinks {
    items?: VpcLink[];
    position?: string;
}
/** Every enum by its name, for checks against the model's values (generated/model.ts `enums`). */
export interface Enums {
    AccessAssociationSourceType: AccessAssociationSourceType;
    ApiKeysFormat: ApiKeysFormat;
    ApiKeySourceType: ApiKeySourceType;
    ApiStatus: ApiStatus;
    AuthorizerType: AuthorizerType;
    CacheClusterSize: CacheClusterSize;
    CacheClusterStatus: CacheClusterStatus;
    ConnectionType: ConnectionType;
    ContentHandlingStrategy: ContentHandlingStrategy;
    DocumentationPartType: DocumentationPartType;
    DomainNameStatus: DomainNameStatus;
    EndpointAccessMode: EndpointAccessMode;
    EndpointType: EndpointType;
    GatewayResponseType: GatewayResponseType;
    IntegrationType: IntegrationType;
    IpAddressType: IpAddressType;
    LocationStatusType: LocationStatusType;
    Op: Op;
    PutMode: PutMode;
    QuotaPeriodType: QuotaPeriodType;
    ResourceOwner: ResourceOwner;
    ResponseTransferMode: ResponseTransferMode;
    RoutingMode: RoutingMode;
    SecurityPolicy: SecurityPolicy;
    UnauthorizedCacheControlHeaderStrategy: UnauthorizedCacheControlHeaderStrategy;
    VpcLinkStatus: VpcLinkStatus;
}
/** Every operation of the service: its input and its output (`void`: the answer has no body). */
export interface Operations {
    CreateApiKey: {
        input: CreateApiKeyRequest;
        output: ApiKey;
    };
    CreateAuthorizer: {
        input: CreateAuthorizerRequest;
        output: Authorizer;
    };
    CreateBasePathMapping: {
        input: CreateBasePathMappingRequest;
        output: BasePathMapping;
    };
    CreateDeployment: {
        input: CreateDeploymentRequest;
        output: Deployment;
    };
    CreateDocumentationPart: {
        input: CreateDocumentationPartRequest;
        output: DocumentationPart;
    };
    CreateDocumentationVersion: {
        input: CreateDocumentationVersionRequest;
        output: DocumentationVersion;
    };
    CreateDomainName: {
        input: CreateDomainNameRequest;
        output: DomainName;
    };
    CreateDomainNameAccessAssociation: {
        input: CreateDomainNameAccessAssociationRequest;
        output: DomainNameAccessAssociation;
    };
    CreateModel: {
        input: CreateModelRequest;
        output: Model;
    };
    CreateRequestValidator: {
        input: CreateRequestValidatorRequest;
        output: RequestValidator;
    };
    CreateResource: {
        input: CreateResourceRequest;
        output: Resource;
    };
    CreateRestApi: {
        input: CreateRestApiRequest;
        output: RestApi;
    };
    CreateStage: {
        input: CreateStageRequest;
        output: Stage;
    };
    CreateUsagePlan: {
        input: CreateUsagePlanRequest;
        output: UsagePlan;
    };
    CreateUsagePlanKey: {
        input: CreateUsagePlanKeyRequest;
        output: UsagePlanKey;
    };
    CreateVpcLink: {
        input: CreateVpcLinkRequest;
        output: VpcLink;
    };
    DeleteApiKey: {
        input: DeleteApiKeyRequest;
        output: void;
    };
    DeleteAuthorizer: {
        input: DeleteAuthorizerRequest;
        output: void;
    };
    DeleteBasePathMapping: {
        input: DeleteBasePathMappingRequest;
        output: void;
    };
    DeleteClientCertificate: {
        input: DeleteClientCertificateRequest;
        output: void;
    };
    DeleteDeployment: {
        input: DeleteDeploymentRequest;
        output: void;
    };
    DeleteDocumentationPart: {
        input: DeleteDocumentationPartRequest;
        output: void;
    };
    DeleteDocumentationVersion: {
        input: DeleteDocumentationVersionRequest;
        output: void;
    };
    DeleteDomainName: {
        input: DeleteDomainNameRequest;
        output: void;
    };
    DeleteDomainNameAccessAssociation: {
        input: DeleteDomainNameAccessAssociationRequest;
        output: void;
    };
    DeleteGatewayResponse: {
        input: DeleteGatewayResponseRequest;
        output: void;
    };
    DeleteIntegration: {
        input: DeleteIntegrationRequest;
        output: void;
    };
    DeleteIntegrationResponse: {
        input: DeleteIntegrationResponseRequest;
        output: void;
    };
    DeleteMethod: {
        input: DeleteMethodRequest;
        output: void;
    };
    DeleteMethodResponse: {
        input: DeleteMethodResponseRequest;
        output: void;
    };
    DeleteModel: {
        input: DeleteModelRequest;
        output: void;
    };
    DeleteRequestValidator: {
        input: DeleteRequestValidatorRequest;
        output: void;
    };
    DeleteResource: {
        input: DeleteResourceRequest;
        output: void;
    };
    DeleteRestApi: {
        input: DeleteRestApiRequest;
        output: void;
    };
    DeleteStage: {
        input: DeleteStageRequest;
        output: void;
    };
    DeleteUsagePlan: {
        input: DeleteUsagePlanRequest;
        output: void;
    };
    DeleteUsagePlanKey: {
        input: DeleteUsagePlanKeyRequest;
        output: void;
    };
    DeleteVpcLink: {
        input: DeleteVpcLinkRequest;
        output: void;
    };
    FlushStageAuthorizersCache: {
        input: FlushStageAuthorizersCacheRequest;
        output: void;
    };
    FlushStageCache: {
        input: FlushStageCacheRequest;
        output: void;
    };
    GenerateClientCertificate: {
        input: GenerateClientCertificateRequest;
        output: ClientCertificate;
    };
    GetAccount: {
        input: GetAccountRequest;
        output: Account;
    };
    GetApiKey: {
        input: GetApiKeyRequest;
        output: ApiKey;
    };
    GetApiKeys: {
        input: GetApiKeysRequest;
        output: ApiKeys;
    };
    GetAuthorizer: {
        input: GetAuthorizerRequest;
        output: Authorizer;
    };
    GetAuthorizers: {
        input: GetAuthorizersRequest;
        output: Authorizers;
    };
    GetBasePathMapping: {
        input: GetBasePathMappingRequest;
        output: BasePathMapping;
    };
    GetBasePathMappings: {
        input: GetBasePathMappingsRequest;
        output: BasePathMappings;
    };
    GetClientCertificate: {
        input: GetClientCertificateRequest;
        output: ClientCertificate;
    };
    GetClientCertificates: {
        input: GetClientCertificatesRequest;
        output: ClientCertificates;
    };
    GetDeployment: {
        input: GetDeploymentRequest;
        output: Deployment;
    };
    GetDeployments: {
        input: GetDeploymentsRequest;
        output: Deployments;
    };
    GetDocumentationPart: {
        input: GetDocumentationPartRequest;
        output: DocumentationPart;
    };
    GetDocumentationParts: {
        input: GetDocumentationPartsRequest;
        output: DocumentationParts;
    };
    GetDocumentationVersion: {
        input: GetDocumentationVersionRequest;
        output: DocumentationVersion;
    };
    GetDocumentationVersions: {
        input: GetDocumentationVersionsRequest;
        output: DocumentationVersions;
    };
    GetDomainName: {
        input: GetDomainNameRequest;
        output: DomainName;
    };
    GetDomainNameAccessAssociations: {
        input: GetDomainNameAccessAssociationsRequest;
        output: DomainNameAccessAssociations;
    };
    GetDomainNames: {
        input: GetDomainNamesRequest;
        output: DomainNames;
    };
    GetExport: {
        input: GetExportRequest;
        output: ExportResponse;
    };
    GetGatewayResponse: {
        input: GetGatewayResponseRequest;
        output: GatewayResponse;
    };
    GetGatewayResponses: {
        input: GetGatewayResponsesRequest;
        output: GatewayResponses;
    };
    GetIntegration: {
        input: GetIntegrationRequest;
        output: Integration;
    };
    GetIntegrationResponse: {
        input: GetIntegrationResponseRequest;
        output: IntegrationResponse;
    };
    GetMethod: {
        input: GetMethodRequest;
        output: Method;
    };
    GetMethodResponse: {
        input: GetMethodResponseRequest;
        output: MethodResponse;
    };
    GetModel: {
        input: GetModelRequest;
        output: Model;
    };
    GetModels: {
        input: GetModelsRequest;
        output: Models;
    };
    GetModelTemplate: {
        input: GetModelTemplateRequest;
        output: Template;
    };
    GetRequestValidator: {
        input: GetRequestValidatorRequest;
        output: RequestValidator;
    };
    GetRequestValidators: {
        input: GetRequestValidatorsRequest;
        output: RequestValidators;
    };
    GetResource: {
        input: GetResourceRequest;
        output: Resource;
    };
    GetResources: {
        input: GetResourcesRequest;
        output: Resources;
    };
    GetRestApi: {
        input: GetRestApiRequest;
        output: RestApi;
    };
    GetRestApis: {
        input: GetRestApisRequest;
        output: RestApis;
    };
    GetSdk: {
        input: GetSdkRequest;
        output: SdkResponse;
    };
    GetSdkType: {
        input: GetSdkTypeRequest;
        output: SdkType;
    };
    GetSdkTypes: {
        input: GetSdkTypesRequest;
        output: SdkTypes;
    };
    GetStage: {
        input: GetStageRequest;
        output: Stage;
    };
    GetStages: {
        input: GetStagesRequest;
        output: Stages;
    };
    GetTags: {
        input: GetTagsRequest;
        output: Tags;
    };
    GetUsage: {
        input: GetUsageRequest;
        output: Usage;
    };
    GetUsagePlan: {
        input: GetUsagePlanRequest;
        output: UsagePlan;
    };
    GetUsagePlanKey: {
        input: GetUsagePlanKeyRequest;
        output: UsagePlanKey;
    };
    GetUsagePlanKeys: {
        input: GetUsagePlanKeysRequest;
        output: UsagePlanKeys;
    };
    GetUsagePlans: {
        input: GetUsagePlansRequest;
        output: UsagePlans;
    };
    GetVpcLink: {
        input: GetVpcLinkRequest;
        output: VpcLink;
    };
    GetVpcLinks: {
        input: GetVpcLinksRequest;
        output: VpcLinks;
    };
    ImportApiKeys: {
        input: ImportApiKeysRequest;
        output: ApiKeyIds;
    };
    ImportDocumentationParts: {
        input: ImportDocumentationPartsRequest;
        output: DocumentationPartIds;
    };
    ImportRestApi: {
        input: ImportRestApiRequest;
        output: RestApi;
    };
    PutGatewayResponse: {
        input: PutGatewayResponseRequest;
        output: GatewayResponse;
    };
    PutIntegration: {
        input: PutIntegrationRequest;
        output: Integration;
    };
    PutIntegrationResponse: {
        input: PutIntegrationResponseRequest;
        output: IntegrationResponse;
    };
    PutMethod: {
        input: PutMethodRequest;
        output: Method;
    };
    PutMethodResponse: {
        input: PutMethodResponseRequest;
        output: MethodResponse;
    };
    PutRestApi: {
        input: PutRestApiRequest;
        output: RestApi;
    };
    RejectDomainNameAccessAssociation: {
        input: RejectDomainNameAccessAssociationRequest;
        output: void;
    };
    TagResource: {
        input: TagResourceRequest;
        output: void;
    };
    TestInvokeAuthorizer: {
        input: TestInvokeAuthorizerRequest;
        output: TestInvokeAuthorizerResponse;
    };
    TestInvokeMethod: {
        input: TestInvokeMethodRequest;
        output: TestInvokeMethodResponse;
    };
    UntagResource: {
        input: UntagResourceRequest;
        output: void;
    };
    UpdateAccount: {
        input: UpdateAccountRequest;
        output: Account;
    };
    UpdateApiKey: {
        input: UpdateApiKeyRequest;
        output: ApiKey;
    };
    UpdateAuthorizer: {
        input: UpdateAuthorizerRequest;
        output: Authorizer;
    };
    UpdateBasePathMapping: {
        input: UpdateBasePathMappingRequest;
        output: BasePathMapping;
    };
    UpdateClientCertificate: {
        input: UpdateClientCertificateRequest;
        output: ClientCertificate;
    };
    UpdateDeployment: {
        input: UpdateDeploymentRequest;
        output: Deployment;
    };
    UpdateDocumentationPart: {
        input: UpdateDocumentationPartRequest;
        output: DocumentationPart;
    };
    UpdateDocumentationVersion: {
        input: UpdateDocumentationVersionRequest;
        output: DocumentationVersion;
    };
    UpdateDomainName: {
        input: UpdateDomainNameRequest;
        output: DomainName;
    };
    UpdateGatewayResponse: {
        input: UpdateGatewayResponseRequest;
        output: GatewayResponse;
    };
    UpdateIntegration: {
        input: UpdateIntegrationRequest;
        output: Integration;
    };
    UpdateIntegrationResponse: {
        input: UpdateIntegrationResponseRequest;
        output: IntegrationResponse;
    };
    UpdateMethod: {
        input: UpdateMethodRequest;
        output: Method;
    };
    UpdateMethodResponse: {
        input: UpdateMethodResponseRequest;
        output: MethodResponse;
    };
    UpdateModel: {
        input: UpdateModelRequest;
        output: Model;
    };
    UpdateRequestValidator: {
        input: UpdateRequestValidatorRequest;
        output: RequestValidator;
    };
    UpdateResource: {
        input: UpdateResourceRequest;
        output: Resource;
    };
    UpdateRestApi: {
        input: UpdateRestApiRequest;
        output: RestApi;
    };
    UpdateStage: {
        input: UpdateStageRequest;
        output: Stage;
    };
    UpdateUsage: {
        input: UpdateUsageRequest;
        output: Usage;
    };
    UpdateUsagePlan: {
        input: UpdateUsagePlanRequest;
        output: UsagePlan;
    };
    UpdateVpcLink: {
        input: UpdateVpcLinkRequest;
        output: VpcLink;
    };
}
export type OperationName = keyof Operations;
