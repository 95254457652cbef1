/** Epoch seconds as parsed from JSON; a Date or epoch seconds when written. */
export type Timestamp = number | Date;
/**
 * Bytes, both ways: src/protocol/parse.ts binds a blob (base64 in JSON, or the raw payload) as a
 * Buffer, and src/protocol/serialize.ts writes a Buffer as it is (payload) or base64 (JSON).
 */
export type Blob = Buffer;
export type ApplicationLogLevel = "DEBUG" | "ERROR" | "FATAL" | "INFO" | "TRACE" | "WARN";
export type Architecture = "x86_64" | "arm64";
export type CapacityProviderPredefinedMetricType = "LambdaCapacityProviderAverageCPUUtilization";
export type CapacityProviderScalingMode = "Auto" | "Manual";
export type CapacityProviderState = "Active" | "Deleting" | "Failed" | "Pending";
export type CodeSigningPolicy = "Enforce" | "Warn";
export type DirectS3Read = "AUTO" | "DISABLED" | "ENABLED";
export type EventSourceMappingMetric = "ErrorCount" | "EventCount" | "KafkaMetrics";
export type EventSourceMappingSystemLogLevel = "DEBUG" | "INFO" | "WARN";
export type EventSourcePosition = "AT_TIMESTAMP" | "LATEST" | "TRIM_HORIZON";
export type EventType = "CallbackFailed" | "CallbackStarted" | "CallbackSucceeded" | "CallbackTimedOut" | "ChainedInvokeFailed" | "ChainedInvokeStarted" | "ChainedInvokeStopped" | "ChainedInvokeSucceeded" | "ChainedInvokeTimedOut" | "ContextFailed" | "ContextStarted" | "ContextSucceeded" | "ExecutionFailed" | "ExecutionStarted" | "ExecutionStopped" | "ExecutionSucceeded" | "ExecutionTimedOut" | "InvocationCompleted" | "StepFailed" | "StepStarted" | "StepSucceeded" | "WaitCancelled" | "WaitStarted" | "WaitSucceeded";
export type ExecutionStatus = "FAILED" | "RUNNING" | "STOPPED" | "SUCCEEDED" | "TIMED_OUT";
export type FullDocument = "Default" | "UpdateLookup";
export type FunctionResponseType = "ReportBatchItemFailures";
export type FunctionUrlAuthType = "AWS_IAM" | "NONE";
export type FunctionVersion = "ALL";
export type FunctionVersionLatestPublished = "LATEST_PUBLISHED";
export type InvocationType = "DryRun" | "Event" | "RequestResponse";
export type InvokeMode = "BUFFERED" | "RESPONSE_STREAM";
export type KafkaSchemaRegistryAuthType = "BASIC_AUTH" | "CLIENT_CERTIFICATE_TLS_AUTH" | "SERVER_ROOT_CA_CERTIFICATE";
export type KafkaSchemaValidationAttribute = "KEY" | "VALUE";
export type LastUpdateStatus = "Failed" | "InProgress" | "Successful";
export type LastUpdateStatusReasonCode = "CapacityProviderScalingLimitExceeded" | "DependencyError" | "DisabledKMSKey" | "DisallowedByVpcEncryptionControl" | "EC2RequestLimitExceeded" | "EFSIOError" | "EFSMountConnectivityError" | "EFSMountFailure" | "EFSMountTimeout" | "EniLimitExceeded" | "FunctionError" | "FunctionError.ExtensionInitError" | "FunctionError.InitResourceExhausted" | "FunctionError.InitTimeout" | "FunctionError.InvalidEntryPoint" | "FunctionError.InvalidWorkingDirectory" | "FunctionError.PermissionDenied" | "FunctionError.RuntimeInitError" | "FunctionError.TooManyExtensions" | "ImageAccessDenied" | "ImageDeleted" | "InsufficientCapacity" | "InsufficientRolePermissions" | "InternalError" | "InvalidConfiguration" | "InvalidImage" | "InvalidRuntime" | "InvalidSecurityGroup" | "InvalidStateKMSKey" | "InvalidSubnet" | "InvalidZipFileException" | "KMSKeyAccessDenied" | "KMSKeyNotFound" | "ServiceQuotaExceededException" | "SubnetOutOfIPAddresses" | "VcpuLimitExceeded";
export type LogFormat = "JSON" | "Text";
export type LogType = "None" | "Tail";
export type OperationAction = "CANCEL" | "FAIL" | "RETRY" | "START" | "SUCCEED";
export type OperationStatus = "CANCELLED" | "FAILED" | "PENDING" | "READY" | "STARTED" | "STOPPED" | "SUCCEEDED" | "TIMED_OUT";
export type OperationType = "CALLBACK" | "CHAINED_INVOKE" | "CONTEXT" | "EXECUTION" | "STEP" | "WAIT";
export type PackageType = "Image" | "Zip";
export type PropagateTagsMode = "Explicit" | "None";
export type ProvisionedConcurrencyStatusEnum = "FAILED" | "IN_PROGRESS" | "READY";
export type RecursiveLoop = "Allow" | "Terminate";
export type ResponseStreamingInvocationType = "DryRun" | "RequestResponse";
export type Runtime = "dotnet10" | "dotnet6" | "dotnet8" | "dotnetcore1.0" | "dotnetcore2.0" | "dotnetcore2.1" | "dotnetcore3.1" | "go1.x" | "java11" | "java11.al2023" | "java17" | "java17.al2023" | "java21" | "java25" | "java8" | "java8.al2" | "java8.al2023" | "nodejs" | "nodejs10.x" | "nodejs12.x" | "nodejs14.x" | "nodejs16.x" | "nodejs18.x" | "nodejs20.x" | "nodejs22.x" | "nodejs24.x" | "nodejs26.x" | "nodejs4.3" | "nodejs4.3-edge" | "nodejs6.10" | "nodejs8.10" | "provided" | "provided.al2" | "provided.al2023" | "python2.7" | "python3.10" | "python3.11" | "python3.12" | "python3.13" | "python3.14" | "python3.15" | "python3.6" | "python3.7" | "python3.8" | "python3.9" | "ruby2.5" | "ruby2.7" | "ruby3.2" | "ruby3.3" | "ruby3.4" | "ruby4.0";
export type S3ObjectStorageMode = "COPY" | "REFERENCE";
export type SchemaRegistryEventRecordFormat = "JSON" | "SOURCE";
export type SnapStartApplyOn = "None" | "PublishedVersions";
export type SnapStartOptimizationStatus = "Off" | "On";
export type SourceAccessType = "BASIC_AUTH" | "CLIENT_CERTIFICATE_TLS_AUTH" | "SASL_SCRAM_256_AUTH" | "SASL_SCRAM_512_AUTH" | "SERVER_ROOT_CA_CERTIFICATE" | "VIRTUAL_HOST" | "VPC_SECURITY_GROUP" | "VPC_SUBNET";
export type State = "Active" | "ActiveNonInvocable" | "Deactivated" | "Deactivating" | "Deleting" | "Failed" | "Inactive" | "Pending";
export type StateReasonCode = "CapacityProviderScalingLimitExceeded" | "Creating" | "DependencyError" | "DisabledKMSKey" | "DisallowedByVpcEncryptionControl" | "DrainingDurableExecutions" | "EC2RequestLimitExceeded" | "EFSIOError" | "EFSMountConnectivityError" | "EFSMountFailure" | "EFSMountTimeout" | "EniLimitExceeded" | "FunctionError" | "FunctionError.ExtensionInitError" | "FunctionError.InitResourceExhausted" | "FunctionError.InitTimeout" | "FunctionError.InvalidEntryPoint" | "FunctionError.InvalidWorkingDirectory" | "FunctionError.PermissionDenied" | "FunctionError.RuntimeInitError" | "FunctionError.TooManyExtensions" | "Idle" | "ImageAccessDenied" | "ImageDeleted" | "InsufficientCapacity" | "InsufficientRolePermissions" | "InternalError" | "InvalidConfiguration" | "InvalidImage" | "InvalidRuntime" | "InvalidSecurityGroup" | "InvalidStateKMSKey" | "InvalidSubnet" | "InvalidZipFileException" | "KMSKeyAccessDenied" | "KMSKeyNotFound" | "Restoring" | "ServiceQuotaExceededException" | "SubnetOutOfIPAddresses" | "VcpuLimitExceeded";
export type SystemLogLevel = "DEBUG" | "INFO" | "WARN";
export type TenantIsolationMode = "PER_TENANT";
export type TracingMode = "Active" | "PassThrough";
export type UpdateRuntimeOn = "Auto" | "FunctionUpdate" | "Manual";
export interface AccountLimit {
    TotalCodeSize?: number;
    CodeSizeUnzipped?: number;
    CodeSizeZipped?: number;
    ConcurrentExecutions?: number;
    UnreservedConcurrentExecutions?: number;
}
export interface AccountUsage {
    TotalCodeSize?: number;
    FunctionCount?: number;
}
export interface AddLayerVersionPermissionRequest {
    LayerName: string;
    VersionNumber: number;
    StatementId: string;
    Action: string;
    Principal: string;
    OrganizationId?: string;
    RevisionId?: string;
}
export interface AddLayerVersionPermissionResponse {
    Statement?: string;
    RevisionId?: string;
}
export interface AddPermissionRequest {
    FunctionName: string;
    StatementId: string;
    Action: string;
    Principal: string;
    SourceArn?: string;
    FunctionUrlAuthType?: FunctionUrlAuthType;
    InvokedViaFunctionUrl?: boolean;
    SourceAccount?: string;
    EventSourceToken?: string;
    Qualifier?: string;
    RevisionId?: string;
    PrincipalOrgID?: string;
}
export interface AddPermissionResponse {
    Statement?: string;
}
export interface AliasConfiguration {
    AliasArn?: string;
    Name?: string;
    FunctionVersion?: string;
    Description?: string;
    RoutingConfig?: AliasRoutingConfiguration;
    RevisionId?: string;
}
export interface AliasLimitExceededException {
    Type?: string;
    message?: string;
}
export interface AliasRoutingConfiguration {
    AdditionalVersionWeights?: Record<string, number>;
}
export interface AllowedPublishers {
    SigningProfileVersionArns: string[];
}
export interface AmazonManagedKafkaEventSourceConfig {
    ConsumerGroupId?: string;
    SchemaRegistryConfig?: KafkaSchemaRegistryConfig;
}
export interface CallbackDetails {
    CallbackId?: string;
    Result?: string;
    Error?: ErrorObject;
}
export interface CallbackFailedDetails {
    Error: EventError;
}
export interface CallbackOptions {
    TimeoutSeconds?: number;
    HeartbeatTimeoutSeconds?: number;
}
export interface CallbackStartedDetails {
    CallbackId: string;
    HeartbeatTimeout?: number;
    Timeout?: number;
}
export interface CallbackSucceededDetails {
    Result: EventResult;
}
export interface CallbackTimedOutDetails {
    Error: EventError;
}
export interface CallbackTimeoutException {
    Type?: string;
    Message?: string;
}
export interface CapacityProvider {
    CapacityProviderArn: string;
    State: CapacityProviderState;
    VpcConfig: CapacityProviderVpcConfig;
    PermissionsConfig: CapacityProviderPermissionsConfig;
    InstanceRequirements?: InstanceRequirements;
    CapacityProviderScalingConfig?: CapacityProviderScalingConfig;
    KmsKeyArn?: string;
    LastModified?: string;
    PropagateTags?: PropagateTags;
    TelemetryConfig?: CapacityProviderTelemetryConfig;
}
export interface CapacityProviderConfig {
    LambdaManagedInstancesCapacityProviderConfig: LambdaManagedInstancesCapacityProviderConfig;
}
export interface CapacityProviderLimitExceededException {
    Type?: string;
    message?: string;
}
export interface CapacityProviderLoggingConfig {
    SystemLogLevel?: SystemLogLevel;
    LogGroup?: string;
}
export interface CapacityProviderPermissionsConfig {
    CapacityProviderOperatorRoleArn: string;
}
export interface CapacityProviderScalingConfig {
    MaxVCpuCount?: number;
    ScalingMode?: CapacityProviderScalingMode;
    ScalingPolicies?: TargetTrackingScalingPolicy[];
}
export interface CapacityProviderTelemetryConfig {
    LoggingConfig?: CapacityProviderLoggingConfig;
}
export interface CapacityProviderVpcConfig {
    SubnetIds: string[];
    SecurityGroupIds: string[];
}
export interface ChainedInvokeDetails {
    Result?: string;
    Error?: ErrorObject;
}
export interface ChainedInvokeFailedDetails {
    Error: EventError;
}
export interface ChainedInvokeOptions {
    FunctionName: string;
    TenantId?: string;
}
export interface ChainedInvokeStartedDetails {
    FunctionName: string;
    TenantId?: string;
    Input?: EventInput;
    ExecutedVersion?: string;
    DurableExecutionArn?: string;
}
export interface ChainedInvokeStoppedDetails {
    Error: EventError;
}
export interface ChainedInvokeSucceededDetails {
    Result: EventResult;
}
export interface ChainedInvokeTimedOutDetails {
    Error: EventError;
}
export interface CheckpointDurableExecutionRequest {
    DurableExecutionArn: string;
    CheckpointToken: string;
    Updates?: OperationUpdate[];
    ClientToken?: string;
}
export interface CheckpointDurableExecutionResponse {
    NewExecutionState: CheckpointUpdatedExecutionState;
    CheckpointToken?: string;
}
export interface CheckpointUpdatedExecutionState {
    Operations?: Operation[];
    NextMarker?: string;
}
export interface CodeArtifactUserDeletedException {
    Type?: string;
    message?: string;
}
export interface CodeArtifactUserFailedException {
    Type?: string;
    message?: string;
}
export interface CodeArtifactUserPendingException {
    Type?: string;
    message?: string;
}
export interface CodeSigningConfig {
    CodeSigningConfigId: string;
    CodeSigningConfigArn: string;
    AllowedPublishers: AllowedPublishers;
    CodeSigningPolicies: CodeSigningPolicies;
    LastModified: string;
    Description?: string;
}
export interface CodeSigningConfigNotFoundException {
    Type?: string;
    Message?: string;
}
export interface CodeSigningPolicies {
    UntrustedArtifactOnDeployment?: CodeSigningPolicy;
}
export interface CodeStorageExceededException {
    Type?: string;
    message?: string;
}
export interface CodeVerificationFailedException {
    Type?: string;
    Message?: string;
}
export interface Concurrency {
    ReservedConcurrentExecutions?: number;
}
export interface ContextDetails {
    ReplayChildren?: boolean;
    Result?: string;
    Error?: ErrorObject;
}
export interface ContextFailedDetails {
    Error: EventError;
}
export interface ContextOptions {
    ReplayChildren?: boolean;
}
export interface ContextStartedDetails {
}
export interface ContextSucceededDetails {
    Result: EventResult;
}
export interface Cors {
    AllowCredentials?: boolean;
    AllowHeaders?: string[];
    AllowMethods?: string[];
    AllowOrigins?: string[];
    ExposeHeaders?: string[];
    MaxAge?: number;
}
export interface CreateAliasRequest {
    FunctionName: string;
    Name: string;
    FunctionVersion: string;
    Description?: string;
    RoutingConfig?: AliasRoutingConfiguration;
}
export interface CreateCapacityProviderRequest {
    CapacityProviderName: string;
    VpcConfig: CapacityProviderVpcConfig;
    PermissionsConfig: CapacityProviderPermissionsConfig;
    InstanceRequirements?: InstanceRequirements;
    CapacityProviderScalingConfig?: CapacityProviderScalingConfig;
    KmsKeyArn?: string;
    Tags?: Record<string, string>;
    PropagateTags?: PropagateTags;
    TelemetryConfig?: CapacityProviderTelemetryConfig;
}
export interface CreateCapacityProviderResponse {
    CapacityProvider: CapacityProvider;
}
export interface CreateCodeSigningConfigRequest {
    AllowedPublishers: AllowedPublishers;
    Description?: string;
    CodeSigningPolicies?: CodeSigningPolicies;
    Tags?: Record<string, string>;
}
export interface CreateCodeSigningConfigResponse {
    CodeSigningConfig: CodeSigningConfig;
}
export interface CreateEventSourceMappingRequest {
    FunctionName: string;
    EventSourceArn?: string;
    Enabled?: boolean;
    BatchSize?: number;
    FilterCriteria?: FilterCriteria;
    KMSKeyArn?: string;
    MetricsConfig?: EventSourceMappingMetricsConfig;
    LoggingConfig?: EventSourceMappingLoggingConfig;
    ScalingConfig?: ScalingConfig;
    MaximumBatchingWindowInSeconds?: number;
    ParallelizationFactor?: number;
    StartingPosition?: EventSourcePosition;
    StartingPositionTimestamp?: Timestamp;
    DestinationConfig?: DestinationConfig;
    MaximumRecordAgeInSeconds?: number;
    BisectBatchOnFunctionError?: boolean;
    MaximumRetryAttempts?: number;
    Tags?: Record<string, string>;
    TumblingWindowInSeconds?: number;
    Topics?: string[];
    Queues?: string[];
    SourceAccessConfigurations?: SourceAccessConfiguration[];
    SelfManagedEventSource?: SelfManagedEventSource;
    FunctionResponseTypes?: FunctionResponseType[];
    AmazonManagedKafkaEventSourceConfig?: AmazonManagedKafkaEventSourceConfig;
    SelfManagedKafkaEventSourceConfig?: SelfManagedKafkaEventSourceConfig;
    DocumentDBEventSourceConfig?: DocumentDBEventSourceConfig;
    ProvisionedPollerConfig?: ProvisionedPollerConfig;
}
export interface CreateFunctionRequest {
    FunctionName: string;
    Role: string;
    Code: FunctionCode;
    Runtime?: Runtime;
    Handler?: string;
    Description?: string;
    Timeout?: number;
    MemorySize?: number;
    Publish?: boolean;
    PublishTo?: FunctionVersionLatestPublished;
    VpcConfig?: VpcConfig;
    PackageType?: PackageType;
    DeadLetterConfig?: DeadLetterConfig;
    Environment?: Environment;
    KMSKeyArn?: string;
    TracingConfig?: TracingConfig;
    Tags?: Record<string, string>;
    Layers?: string[];
    FileSystemConfigs?: FileSystemConfig[];
    CodeSigningConfigArn?: string;
    ImageConfig?: ImageConfig;
    Architectures?: Architecture[];
    EphemeralStorage?: EphemeralStorage;
    SnapStart?: SnapStart;
    LoggingConfig?: LoggingConfig;
    TenancyConfig?: TenancyConfig;
    CapacityProviderConfig?: CapacityProviderConfig;
    DurableConfig?: DurableConfig;
}
export interface CreateFunctionUrlConfigRequest {
    FunctionName: string;
    AuthType: FunctionUrlAuthType;
    Qualifier?: string;
    Cors?: Cors;
    InvokeMode?: InvokeMode;
}
export interface CreateFunctionUrlConfigResponse {
    FunctionUrl: string;
    FunctionArn: string;
    AuthType: FunctionUrlAuthType;
    CreationTime: string;
    Cors?: Cors;
    InvokeMode?: InvokeMode;
}
export interface DeadLetterConfig {
    TargetArn?: string;
}
export interface DeleteAliasRequest {
    FunctionName: string;
    Name: string;
}
export interface DeleteCapacityProviderRequest {
    CapacityProviderName: string;
}
export interface DeleteCapacityProviderResponse {
    CapacityProvider: CapacityProvider;
}
export interface DeleteCodeSigningConfigRequest {
    CodeSigningConfigArn: string;
}
export interface DeleteCodeSigningConfigResponse {
}
export interface DeleteEventSourceMappingRequest {
    UUID: string;
}
export interface DeleteFunctionCodeSigningConfigRequest {
    FunctionName: string;
}
export interface DeleteFunctionConcurrencyRequest {
    FunctionName: string;
}
export interface DeleteFunctionEventInvokeConfigRequest {
    FunctionName: string;
    Qualifier?: string;
}
export interface DeleteFunctionRequest {
    FunctionName: string;
    Qualifier?: string;
}
export interface DeleteFunctionResponse {
    StatusCode?: number;
}
export interface DeleteFunctionUrlConfigRequest {
    FunctionName: string;
    Qualifier?: string;
}
export interface DeleteLayerVersionRequest {
    LayerName: string;
    VersionNumber: number;
}
export interface DeleteProvisionedConcurrencyConfigRequest {
    FunctionName: string;
    Qualifier: string;
}
export interface DeleteResourcePolicyRequest {
    ResourceArn: string;
    RevisionId?: string;
}
export interface DestinationConfig {
    OnSuccess?: OnSuccess;
    OnFailure?: OnFailure;
}
export interface DocumentDBEventSourceConfig {
    DatabaseName?: string;
    CollectionName?: string;
    FullDocument?: FullDocument;
}
export interface DurableConfig {
    KMSKeyArn?: string;
    RetentionPeriodInDays?: number;
    ExecutionTimeout?: number;
}
export interface DurableExecutionAlreadyStartedException {
    Type?: string;
    Message?: string;
}
export interface EC2AccessDeniedException {
    Type?: string;
    Message?: string;
}
export interface EC2ThrottledException {
    Type?: string;
    Message?: string;
}
export interface EC2UnexpectedException {
    Type?: string;
    Message?: string;
    EC2ErrorCode?: string;
}
export interface EFSIOException {
    Type?: string;
    Message?: string;
}
export interface EFSMountConnectivityException {
    Type?: string;
    Message?: string;
}
export interface EFSMountFailureException {
    Type?: string;
    Message?: string;
}
export interface EFSMountTimeoutException {
    Type?: string;
    Message?: string;
}
export interface ENILimitReachedException {
    Type?: string;
    Message?: string;
}
export interface ENINotReadyException {
    Type?: string;
    Message?: string;
}
export interface Environment {
    Variables?: Record<string, string>;
}
export interface EnvironmentError {
    ErrorCode?: string;
    Message?: string;
}
export interface EnvironmentResponse {
    Variables?: Record<string, string>;
    Error?: EnvironmentError;
}
export interface EphemeralStorage {
    Size: number;
}
export interface ErrorObject {
    ErrorMessage?: string;
    ErrorType?: string;
    ErrorData?: string;
    StackTrace?: string[];
}
export interface Event {
    EventType?: EventType;
    SubType?: string;
    EventId?: number;
    Id?: string;
    Name?: string;
    EventTimestamp?: Timestamp;
    ParentId?: string;
    ExecutionStartedDetails?: ExecutionStartedDetails;
    ExecutionSucceededDetails?: ExecutionSucceededDetails;
    ExecutionFailedDetails?: ExecutionFailedDetails;
    ExecutionTimedOutDetails?: ExecutionTimedOutDetails;
    ExecutionStoppedDetails?: ExecutionStoppedDetails;
    ContextStartedDetails?: ContextStartedDetails;
    ContextSucceededDetails?: ContextSucceededDetails;
    ContextFailedDetails?: ContextFailedDetails;
    WaitStartedDetails?: WaitStartedDetails;
    WaitSucceededDetails?: WaitSucceededDetails;
    WaitCancelledDetails?: WaitCancelledDetails;
    StepStartedDetails?: StepStartedDetails;
    StepSucceededDetails?: StepSucceededDetails;
    StepFailedDetails?: StepFailedDetails;
    ChainedInvokeStartedDetails?: ChainedInvokeStartedDetails;
    ChainedInvokeSucceededDetails?: ChainedInvokeSucceededDetails;
    ChainedInvokeFailedDetails?: ChainedInvokeFailedDetails;
    ChainedInvokeTimedOutDetails?: ChainedInvokeTimedOutDetails;
    ChainedInvokeStoppedDetails?: ChainedInvokeStoppedDetails;
    CallbackStartedDetails?: CallbackStartedDetails;
    CallbackSucceededDetails?: CallbackSucceededDetails;
    CallbackFailedDetails?: CallbackFailedDetails;
    CallbackTimedOutDetails?: CallbackTimedOutDetails;
    InvocationCompletedDetails?: InvocationCompletedDetails;
}
export interface EventError {
    Payload?: ErrorObject;
    Truncated?: boolean;
}
export interface EventInput {
    Payload?: string;
    Truncated?: boolean;
}
export interface EventResult {
    Payload?: string;
    Truncated?: boolean;
}
export interface EventSourceMappingConfiguration {
    UUID?: string;
    StartingPosition?: EventSourcePosition;
    StartingPositionTimestamp?: Timestamp;
    BatchSize?: number;
    MaximumBatchingWindowInSeconds?: number;
    ParallelizationFactor?: number;
    EventSourceArn?: string;
    FilterCriteria?: FilterCriteria;
    FilterCriteriaError?: FilterCriteriaError;
    KMSKeyArn?: string;
    MetricsConfig?: EventSourceMappingMetricsConfig;
    LoggingConfig?: EventSourceMappingLoggingConfig;
    ScalingConfig?: ScalingConfig;
    FunctionArn?: string;
    LastModified?: Timestamp;
    LastProcessingResult?: string;
    State?: string;
    StateTransitionReason?: string;
    DestinationConfig?: DestinationConfig;
    Topics?: string[];
    Queues?: string[];
    SourceAccessConfigurations?: SourceAccessConfiguration[];
    SelfManagedEventSource?: SelfManagedEventSource;
    MaximumRecordAgeInSeconds?: number;
    BisectBatchOnFunctionError?: boolean;
    MaximumRetryAttempts?: number;
    TumblingWindowInSeconds?: number;
    FunctionResponseTypes?: FunctionResponseType[];
    AmazonManagedKafkaEventSourceConfig?: AmazonManagedKafkaEventSourceConfig;
    SelfManagedKafkaEventSourceConfig?: SelfManagedKafkaEventSourceConfig;
    DocumentDBEventSourceConfig?: DocumentDBEventSourceConfig;
    EventSourceMappingArn?: string;
    ProvisionedPollerConfig?: ProvisionedPollerConfig;
}
export interface EventSourceMappingLoggingConfig {
    SystemLogLevel?: EventSourceMappingSystemLogLevel;
}
export interface EventSourceMappingMetricsConfig {
    Metrics?: EventSourceMappingMetric[];
}
export interface Execution {
    DurableExecutionArn: string;
    DurableExecutionName: string;
    FunctionArn: string;
    Status: ExecutionStatus;
    StartTimestamp: Timestamp;
    EndTimestamp?: Timestamp;
    KMSKeyArn?: string;
}
export interface ExecutionDetails {
    InputPayload?: string;
}
export interface ExecutionFailedDetails {
    Error: EventError;
}
export interface ExecutionStartedDetails {
    Input: EventInput;
    ExecutionTimeout: number;
}
export interface ExecutionStoppedDetails {
    Error: EventError;
}
export interface ExecutionSucceededDetails {
    Result: EventResult;
}
export interface ExecutionTimedOutDetails {
    Error?: EventError;
}
export interface FileSystemConfig {
    Arn: string;
    LocalMountPath: string;
    S3FilesConfig?: S3FilesConfig;
}
export interface Filter {
    Pattern?: string;
}
export interface FilterCriteria {
    Filters?: Filter[];
}
export interface FilterCriteriaError {
    ErrorCode?: string;
    Message?: string;
}
export interface FunctionCode {
    ZipFile?: Blob;
    S3Bucket?: string;
    S3Key?: string;
    S3ObjectVersion?: string;
    S3ObjectStorageMode?: S3ObjectStorageMode;
    ImageUri?: string;
    SourceKMSKeyArn?: string;
}
export interface FunctionCodeLocation {
    RepositoryType?: string;
    Location?: string;
    ImageUri?: string;
    ResolvedImageUri?: string;
    ResolvedS3Object?: ResolvedS3Object;
    SourceKMSKeyArn?: string;
    Error?: FunctionCodeLocationError;
}
export interface FunctionCodeLocationError {
    ErrorCode?: string;
    Message?: string;
}
export interface FunctionConfiguration {
    FunctionName?: string;
    FunctionArn?: string;
    Runtime?: Runtime;
    Role?: string;
    Handler?: string;
    CodeSize?: number;
    Description?: string;
    Timeout?: number;
    MemorySize?: number;
    LastModified?: string;
    CodeSha256?: string;
    Version?: string;
    VpcConfig?: VpcConfigResponse;
    DeadLetterConfig?: DeadLetterConfig;
    Environment?: EnvironmentResponse;
    KMSKeyArn?: string;
    TracingConfig?: TracingConfigResponse;
    MasterArn?: string;
    RevisionId?: string;
    Layers?: Layer[];
    State?: State;
    StateReason?: string;
    StateReasonCode?: StateReasonCode;
    LastUpdateStatus?: LastUpdateStatus;
    LastUpdateStatusReason?: string;
    LastUpdateStatusReasonCode?: LastUpdateStatusReasonCode;
    FileSystemConfigs?: FileSystemConfig[];
    SigningProfileVersionArn?: string;
    SigningJobArn?: string;
    PackageType?: PackageType;
    ImageConfigResponse?: ImageConfigResponse;
    Architectures?: Architecture[];
    EphemeralStorage?: EphemeralStorage;
    SnapStart?: SnapStartResponse;
    RuntimeVersionConfig?: RuntimeVersionConfig;
    LoggingConfig?: LoggingConfig;
    TenancyConfig?: TenancyConfig;
    CapacityProviderConfig?: CapacityProviderConfig;
    ConfigSha256?: string;
    DurableConfig?: DurableConfig;
}
export interface FunctionEventInvokeConfig {
    LastModified?: Timestamp;
    FunctionArn?: string;
    MaximumRetryAttempts?: number;
    MaximumEventAgeInSeconds?: number;
    DestinationConfig?: DestinationConfig;
}
export interface FunctionScalingConfig {
    MinExecutionEnvironments?: number;
    MaxExecutionEnvironments?: number;
}
export interface FunctionUrlConfig {
    FunctionUrl: string;
    FunctionArn: string;
    CreationTime: string;
    LastModifiedTime: string;
    AuthType: FunctionUrlAuthType;
    Cors?: Cors;
    InvokeMode?: InvokeMode;
}
export interface FunctionVersionsByCapacityProviderListItem {
    FunctionArn: string;
    State: State;
}
export interface FunctionVersionsPerCapacityProviderLimitExceededException {
    Type?: string;
    message?: string;
}
export interface GetAccountSettingsRequest {
}
export interface GetAccountSettingsResponse {
    AccountLimit?: AccountLimit;
    AccountUsage?: AccountUsage;
}
export interface GetAliasRequest {
    FunctionName: string;
    Name: string;
}
export interface GetCapacityProviderRequest {
    CapacityProviderName: string;
}
export interface GetCapacityProviderResponse {
    CapacityProvider: CapacityProvider;
}
export interface GetCodeSigningConfigRequest {
    CodeSigningConfigArn: string;
}
export interface GetCodeSigningConfigResponse {
    CodeSigningConfig: CodeSigningConfig;
}
export interface GetDurableExecutionHistoryRequest {
    DurableExecutionArn: string;
    IncludeExecutionData?: boolean;
    MaxItems?: number;
    Marker?: string;
    ReverseOrder?: boolean;
}
export interface GetDurableExecutionHistoryResponse {
    Events: Event[];
    NextMarker?: string;
}
export interface GetDurableExecutionRequest {
    DurableExecutionArn: string;
    IncludeExecutionData?: boolean;
}
export interface GetDurableExecutionResponse {
    DurableExecutionArn: string;
    DurableExecutionName: string;
    FunctionArn: string;
    StartTimestamp: Timestamp;
    Status: ExecutionStatus;
    InputPayload?: string;
    Result?: string;
    Error?: ErrorObject;
    EndTimestamp?: Timestamp;
    Version?: string;
    TraceHeader?: TraceHeader;
    ExecutionDataIncluded?: boolean;
    DurableConfig?: DurableConfig;
}
export interface GetDurableExecutionStateRequest {
    DurableExecutionArn: string;
    CheckpointToken: string;
    Marker?: string;
    MaxItems?: number;
}
export interface GetDurableExecutionStateResponse {
    Operations: Operation[];
    NextMarker?: string;
}
export interface GetEventSourceMappingRequest {
    UUID: string;
}
export interface GetFunctionCodeSigningConfigRequest {
    FunctionName: string;
}
export interface GetFunctionCodeSigningConfigResponse {
    CodeSigningConfigArn: string;
    FunctionName: string;
}
export interface GetFunctionConcurrencyRequest {
    FunctionName: string;
}
export interface GetFunctionConcurrencyResponse {
    ReservedConcurrentExecutions?: number;
}
export interface GetFunctionConfigurationRequest {
    FunctionName: string;
    Qualifier?: string;
}
export interface GetFunctionEventInvokeConfigRequest {
    FunctionName: string;
    Qualifier?: string;
}
export interface GetFunctionRecursionConfigRequest {
    FunctionName: string;
}
export interface GetFunctionRecursionConfigResponse {
    RecursiveLoop?: RecursiveLoop;
}
export interface GetFunctionRequest {
    FunctionName: string;
    Qualifier?: string;
}
export interface GetFunctionResponse {
    Configuration?: FunctionConfiguration;
    Code?: FunctionCodeLocation;
    Tags?: Record<string, string>;
    TagsError?: TagsError;
    Concurrency?: Concurrency;
}
export interface GetFunctionScalingConfigRequest {
    FunctionName: string;
    Qualifier: string;
}
export interface GetFunctionScalingConfigResponse {
    FunctionArn?: string;
    AppliedFunctionScalingConfig?: FunctionScalingConfig;
    RequestedFunctionScalingConfig?: FunctionScalingConfig;
}
export interface GetFunctionUrlConfigRequest {
    FunctionName: string;
    Qualifier?: string;
}
export interface GetFunctionUrlConfigResponse {
    FunctionUrl: string;
    FunctionArn: string;
    AuthType: FunctionUrlAuthType;
    CreationTime: string;
    LastModifiedTime: string;
    Cors?: Cors;
    InvokeMode?: InvokeMode;
}
export interface GetLayerVersionByArnRequest {
    Arn: string;
}
export interface GetLayerVersionPolicyRequest {
    LayerName: string;
    VersionNumber: number;
}
export interface GetLayerVersionPolicyResponse {
    Policy?: string;
    RevisionId?: string;
}
export interface GetLayerVersionRequest {
    LayerName: string;
    VersionNumber: number;
}
export interface GetLayerVersionResponse {
    Content?: LayerVersionContentOutput;
    LayerArn?: string;
    LayerVersionArn?: string;
    Description?: string;
    CreatedDate?: string;
    Version?: number;
    CompatibleArchitectures?: Architecture[];
    CompatibleRuntimes?: Runtime[];
    LicenseInfo?: string;
}
export interface GetPolicyRequest {
    FunctionName: string;
    Qualifier?: string;
}
export interface GetPolicyResponse {
    Policy?: string;
    RevisionId?: string;
}
export interface GetProvisionedConcurrencyConfigRequest {
    FunctionName: string;
    Qualifier: string;
}
export interface GetProvisionedConcurrencyConfigResponse {
    RequestedProvisionedConcurrentExecutions?: number;
    AvailableProvisionedConcurrentExecutions?: number;
    AllocatedProvisionedConcurrentExecutions?: number;
    Status?: ProvisionedConcurrencyStatusEnum;
    StatusReason?: string;
    LastModified?: string;
}
export interface GetResourcePolicyRequest {
    ResourceArn: string;
}
export interface GetResourcePolicyResponse {
    Policy?: string;
    RevisionId?: string;
}
export interface GetRuntimeManagementConfigRequest {
    FunctionName: string;
    Qualifier?: string;
}
export interface GetRuntimeManagementConfigResponse {
    UpdateRuntimeOn?: UpdateRuntimeOn;
    FunctionArn?: string;
    RuntimeVersionArn?: string;
}
export interface ImageConfig {
    EntryPoint?: string[];
    Command?: string[];
    WorkingDirectory?: string;
}
export interface ImageConfigError {
    ErrorCode?: string;
    Message?: string;
}
export interface ImageConfigResponse {
    ImageConfig?: ImageConfig;
    Error?: ImageConfigError;
}
export interface InstanceRequirements {
    Architectures?: Architecture[];
    AllowedInstanceTypes?: string[];
    ExcludedInstanceTypes?: string[];
}
export interface InvalidCodeSignatureException {
    Type?: string;
    Message?: string;
}
export interface InvalidParameterValueException {
    Type?: string;
    message?: string;
}
export interface InvalidRequestContentException {
    Type?: string;
    message?: string;
}
export interface InvalidRuntimeException {
    Type?: string;
    Message?: string;
}
export interface InvalidSecurityGroupIDException {
    Type?: string;
    Message?: string;
}
export interface InvalidSubnetIDException {
    Type?: string;
    Message?: string;
}
export interface InvalidZipFileException {
    Type?: string;
    Message?: string;
}
export interface InvocationCompletedDetails {
    StartTimestamp: Timestamp;
    EndTimestamp: Timestamp;
    RequestId: string;
    Error?: EventError;
}
export interface InvocationRequest {
    FunctionName: string;
    InvocationType?: InvocationType;
    LogType?: LogType;
    ClientContext?: string;
    DurableExecutionName?: string;
    Payload?: Blob;
    Qualifier?: string;
    TenantId?: string;
}
export interface InvocationResponse {
    StatusCode?: number;
    FunctionError?: string;
    LogResult?: string;
    Payload?: Blob;
    ExecutedVersion?: string;
    DurableExecutionArn?: string;
}
export interface InvokeAsyncRequest {
    FunctionName: string;
    InvokeArgs: Blob;
}
export interface InvokeAsyncResponse {
    Status?: number;
}
export interface InvokeResponseStreamUpdate {
    Payload?: Blob;
}
export interface InvokeWithResponseStreamCompleteEvent {
    ErrorCode?: string;
    ErrorDetails?: string;
    LogResult?: string;
}
export interface InvokeWithResponseStreamRequest {
    FunctionName: string;
    LogType?: LogType;
    ClientContext?: string;
    Qualifier?: string;
    Payload?: Blob;
    TenantId?: string;
    InvocationType?: ResponseStreamingInvocationType;
}
export interface InvokeWithResponseStreamResponse {
    StatusCode?: number;
    ExecutedVersion?: string;
    EventStream?: InvokeWithResponseStreamResponseEvent;
    ResponseStreamContentType?: string;
}
export interface InvokeWithResponseStreamResponseEvent {
    PayloadChunk?: InvokeResponseStreamUpdate;
    InvokeComplete?: InvokeWithResponseStreamCompleteEvent;
}
export interface KafkaSchemaRegistryAccessConfig {
    Type?: KafkaSchemaRegistryAuthType;
    URI?: string;
}
export interface KafkaSchemaRegistryConfig {
    SchemaRegistryURI?: string;
    EventRecordFormat?: SchemaRegistryEventRecordFormat;
    AccessConfigs?: KafkaSchemaRegistryAccessConfig[];
    SchemaValidationConfigs?: KafkaSchemaValidationConfig[];
}
export interface KafkaSchemaValidationConfig {
    Attribute?: KafkaSchemaValidationAttribute;
}
export interface KMSAccessDeniedException {
    Type?: string;
    Message?: string;
}
export interface KMSDisabledException {
    Type?: string;
    Message?: string;
}
export interface KMSInvalidStateException {
    Type?: string;
    Message?: string;
}
export interface KMSNotFoundException {
    Type?: string;
    Message?: string;
}
export interface LambdaManagedInstancesCapacityProviderConfig {
    CapacityProviderArn: string;
    PerExecutionEnvironmentMaxConcurrency?: number;
    ExecutionEnvironmentMemoryGiBPerVCpu?: number;
}
export interface LambdaServiceException {
}
export interface Layer {
    Arn?: string;
    CodeSize?: number;
    SigningProfileVersionArn?: string;
    SigningJobArn?: string;
}
export interface LayersListItem {
    LayerName?: string;
    LayerArn?: string;
    LatestMatchingVersion?: LayerVersionsListItem;
}
export interface LayerVersionContentInput {
    S3Bucket?: string;
    S3Key?: string;
    S3ObjectVersion?: string;
    S3ObjectStorageMode?: S3ObjectStorageMode;
    ZipFile?: Blob;
}
export interface LayerVersionContentOutput {
    Location?: string;
    CodeSha256?: string;
    CodeSize?: number;
    SigningProfileVersionArn?: string;
    SigningJobArn?: string;
    ResolvedS3Object?: ResolvedS3Object;
}
export interface LayerVersionsListItem {
    LayerVersionArn?: string;
    Version?: number;
    Description?: string;
    CreatedDate?: string;
    CompatibleArchitectures?: Architecture[];
    CompatibleRuntimes?: Runtime[];
    LicenseInfo?: string;
}
export interface ListAliasesRequest {
    FunctionName: string;
    FunctionVersion?: string;
    Marker?: string;
    MaxItems?: number;
}
export interface ListAliasesResponse {
    NextMarker?: string;
    Aliases?: AliasConfiguration[];
}
export interface ListCapacityProvidersRequest {
    State?: CapacityProviderState;
    Marker?: string;
    MaxItems?: number;
}
export interface ListCapacityProvidersResponse {
    CapacityProviders: CapacityProvider[];
    NextMarker?: string;
}
export interface ListCodeSigningConfigsRequest {
    Marker?: string;
    MaxItems?: number;
}
export interface ListCodeSigningConfigsResponse {
    NextMarker?: string;
    CodeSigningConfigs?: CodeSigningConfig[];
}
export interface ListDurableExecutionsByFunctionRequest {
    FunctionName: string;
    Qualifier?: string;
    DurableExecutionName?: string;
    Statuses?: ExecutionStatus[];
    StartedAfter?: Timestamp;
    StartedBefore?: Timestamp;
    ReverseOrder?: boolean;
    Marker?: string;
    MaxItems?: number;
}
export interface ListDurableExecutionsByFunctionResponse {
    DurableExecutions?: Execution[];
    NextMarker?: string;
}
export interface ListEventSourceMappingsRequest {
    EventSourceArn?: string;
    FunctionName?: string;
    Marker?: string;
    MaxItems?: number;
}
export interface ListEventSourceMappingsResponse {
    NextMarker?: string;
    EventSourceMappings?: EventSourceMappingConfiguration[];
}
export interface ListFunctionEventInvokeConfigsRequest {
    FunctionName: string;
    Marker?: string;
    MaxItems?: number;
}
export interface ListFunctionEventInvokeConfigsResponse {
    FunctionEventInvokeConfigs?: FunctionEventInvokeConfig[];
    NextMarker?: string;
}
export interface ListFunctionsByCodeSigningConfigRequest {
    CodeSigningConfigArn: string;
    Marker?: string;
    MaxItems?: number;
}
export interface ListFunctionsByCodeSigningConfigResponse {
    NextMarker?: string;
    FunctionArns?: string[];
}
export interface ListFunctionsRequest {
    MasterRegion?: string;
    FunctionVersion?: FunctionVersion;
    Marker?: string;
    MaxItems?: number;
}
export interface ListFunctionsResponse {
    NextMarker?: string;
    Functions?: FunctionConfiguration[];
}
export interface ListFunctionUrlConfigsRequest {
    FunctionName: string;
    Marker?: string;
    MaxItems?: number;
}
export interface ListFunctionUrlConfigsResponse {
    FunctionUrlConfigs: FunctionUrlConfig[];
    NextMarker?: string;
}
export interface ListFunctionVersionsByCapacityProviderRequest {
    CapacityProviderName: string;
    Marker?: string;
    MaxItems?: number;
}
export interface ListFunctionVersionsByCapacityProviderResponse {
    CapacityProviderArn: string;
    FunctionVersions: FunctionVersionsByCapacityProviderListItem[];
    NextMarker?: string;
}
export interface ListLayersRequest {
    CompatibleArchitecture?: Architecture;
    CompatibleRuntime?: Runtime;
    Marker?: string;
    MaxItems?: number;
}
export interface ListLayersResponse {
    NextMarker?: string;
    Layers?: LayersListItem[];
}
export interface ListLayerVersionsRequest {
    LayerName: string;
    CompatibleArchitecture?: Architecture;
    CompatibleRuntime?: Runtime;
    Marker?: string;
    MaxItems?: number;
}
export interface ListLayerVersionsResponse {
    NextMarker?: string;
    LayerVersions?: LayerVersionsListItem[];
}
export interface ListProvisionedConcurrencyConfigsRequest {
    FunctionName: string;
    Marker?: string;
    MaxItems?: number;
}
export interface ListProvisionedConcurrencyConfigsResponse {
    ProvisionedConcurrencyConfigs?: ProvisionedConcurrencyConfigListItem[];
    NextMarker?: string;
}
export interface ListTagsRequest {
    Resource: string;
}
export interface ListTagsResponse {
    Tags?: Record<string, string>;
}
export interface ListVersionsByFunctionRequest {
    FunctionName: string;
    Marker?: string;
    MaxItems?: number;
}
export interface ListVersionsByFunctionResponse {
    NextMarker?: string;
    Versions?: FunctionConfiguration[];
}
export interface LoggingConfig {
    LogFormat?: LogFormat;
    ApplicationLogLevel?: ApplicationLogLevel;
    SystemLogLevel?: SystemLogLevel;
    LogGroup?: string;
}
export interface ModeNotSupportedException {
    Type?: string;
    message?: string;
}
export interface NoPublishedVersionException {
    Type?: string;
    Message?: string;
}
export interface OnFailure {
    Destination?: string;
}
export interface OnSuccess {
    Destination?: string;
}
export interface Operation {
    Id: string;
    Type: OperationType;
    StartTimestamp: Timestamp;
    Status: OperationStatus;
    ParentId?: string;
    Name?: string;
    SubType?: string;
    EndTimestamp?: Timestamp;
    ExecutionDetails?: ExecutionDetails;
    ContextDetails?: ContextDetails;
    StepDetails?: StepDetails;
    WaitDetails?: WaitDetails;
    CallbackDetails?: CallbackDetails;
    ChainedInvokeDetails?: ChainedInvokeDetails;
}
export interface OperationUpdate {
    Id: string;
    Type: OperationType;
    Action: OperationAction;
    ParentId?: string;
    Name?: string;
    SubType?: string;
    Payload?: string;
    Error?: ErrorObject;
    ContextOptions?: ContextOptions;
    StepOptions?: StepOptions;
    WaitOptions?: WaitOptions;
    CallbackOptions?: CallbackOptions;
    ChainedInvokeOptions?: ChainedInvokeOptions;
}
export interface PolicyLengthExceededException {
    Type?: string;
    message?: string;
}
export interface PreconditionFailedException {
    Type?: string;
    message?: string;
}
export interface PropagateTags {
    Mode?: PropagateTagsMode;
    ExplicitTags?: Record<string, string>;
}
export interface ProvisionedConcurrencyConfigListItem {
    FunctionArn?: string;
    RequestedProvisionedConcurrentExecutions?: number;
    AvailableProvisionedConcurrentExecutions?: number;
    AllocatedProvisionedConcurrentExecutions?: number;
    Status?: ProvisionedConcurrencyStatusEnum;
    StatusReason?: string;
    LastModified?: string;
}
export interface ProvisionedConcurrencyConfigNotFoundException {
    Type?: string;
    message?: string;
}
export interface ProvisionedPollerConfig {
    MinimumPollers?: number;
    MaximumPollers?: number;
    PollerGroupName?: string;
}
export interface PublicPolicyException {
    Type?: string;
    Message?: string;
}
export interface PublishLayerVersionRequest {
    LayerName: string;
    Content: LayerVersionContentInput;
    Description?: string;
    CompatibleArchitectures?: Architecture[];
    CompatibleRuntimes?: Runtime[];
    LicenseInfo?: string;
}
export interface PublishLayerVersionResponse {
    Content?: LayerVersionContentOutput;
    LayerArn?: string;
    LayerVersionArn?: string;
    Description?: string;
    CreatedDate?: string;
    Version?: number;
    CompatibleArchitectures?: Architecture[];
    CompatibleRuntimes?: Runtime[];
    LicenseInfo?: string;
}
export interface PublishVersionRequest {
    FunctionName: string;
    CodeSha256?: string;
    Description?: string;
    RevisionId?: string;
    PublishTo?: FunctionVersionLatestPublished;
}
export interface PutFunctionCodeSigningConfigRequest {
    CodeSigningConfigArn: string;
    FunctionName: string;
}
export interface PutFunctionCodeSigningConfigResponse {
    CodeSigningConfigArn: string;
    FunctionName: string;
}
export interface PutFunctionConcurrencyRequest {
    FunctionName: string;
    ReservedConcurrentExecutions: number;
}
export interface PutFunctionEventInvokeConfigRequest {
    FunctionName: string;
    Qualifier?: string;
    MaximumRetryAttempts?: number;
    MaximumEventAgeInSeconds?: number;
    DestinationConfig?: DestinationConfig;
}
export interface PutFunctionRecursionConfigRequest {
    FunctionName: string;
    RecursiveLoop: RecursiveLoop;
}
export interface PutFunctionRecursionConfigResponse {
    RecursiveLoop?: RecursiveLoop;
}
export interface PutFunctionScalingConfigRequest {
    FunctionName: string;
    Qualifier: string;
    FunctionScalingConfig?: FunctionScalingConfig;
}
export interface PutFunctionScalingConfigResponse {
    FunctionState?: State;
}
export interface PutProvisionedConcurrencyConfigRequest {
    FunctionName: string;
    Qualifier: string;
    ProvisionedConcurrentExecutions: number;
}
export interface PutProvisionedConcurrencyConfigResponse {
    RequestedProvisionedConcurrentExecutions?: number;
    AllocatedProvisionedConcurrentExecutions?: number;
    AvailableProvisionedConcurrentExecutions?: number;
    Status?: ProvisionedConcurrencyStatusEnum;
    StatusReason?: string;
    LastModified?: string;
}
export interface PutResourcePolicyRequest {
    ResourceArn: string;
    Policy: string;
    RevisionId?: string;
}
export interface PutResourcePolicyResponse {
    Policy?: string;
    RevisionId?: string;
}
export interface PutRuntimeManagementConfigRequest {
    FunctionName: string;
    UpdateRuntimeOn: UpdateRuntimeOn;
    Qualifier?: string;
    RuntimeVersionArn?: string;
}
export interface PutRuntimeManagementConfigResponse {
    UpdateRuntimeOn: UpdateRuntimeOn;
    FunctionArn: string;
    RuntimeVersionArn?: string;
}
export interface RecursiveInvocationException {
    Type?: string;
    Message?: string;
}
export interface RemoveLayerVersionPermissionRequest {
    LayerName: string;
    VersionNumber: number;
    StatementId: string;
    RevisionId?: string;
}
export interface RemovePermissionRequest {
    FunctionName: string;
    StatementId: string;
    Qualifier?: string;
    RevisionId?: string;
}
export interface RequestTooLargeException {
    Type?: string;
    message?: string;
}
export interface ResolvedS3Object {
    S3Bucket?: string;
    S3Key?: string;
    S3ObjectVersion?: string;
}
export interface ResourceConflictException {
    Type?: string;
    message?: string;
}
export interface ResourceInUseException {
    Type?: string;
    Message?: string;
}
export interface ResourceNotFoundException {
    Type?: string;
    Message?: string;
}
export interface ResourceNotReadyException {
    Type?: string;
    message?: string;
}
export interface RetryDetails {
    CurrentAttempt?: number;
    NextAttemptDelaySeconds?: number;
}
export interface RuntimeVersionConfig {
    RuntimeVersionArn?: string;
    Error?: RuntimeVersionError;
}
export interface RuntimeVersionError {
    ErrorCode?: string;
    Message?: string;
}
export interface S3FilesConfig {
    DirectS3Read?: DirectS3Read;
}
export interface S3FilesMountConnectivityException {
    Type?: string;
    Message?: string;
}
export interface S3FilesMountFailureException {
    Type?: string;
    Message?: string;
}
export interface S3FilesMountTimeoutException {
    Type?: string;
    Message?: string;
}
export interface ScalingConfig {
    MaximumConcurrency?: number;
}
export interface SelfManagedEventSource {
    Endpoints?: Record<string, string[]>;
}
export interface SelfManagedKafkaEventSourceConfig {
    ConsumerGroupId?: string;
    SchemaRegistryConfig?: KafkaSchemaRegistryConfig;
}
export interface SendDurableExecutionCallbackFailureRequest {
    CallbackId: string;
    Error?: ErrorObject;
}
export interface SendDurableExecutionCallbackFailureResponse {
}
export interface SendDurableExecutionCallbackHeartbeatRequest {
    CallbackId: string;
}
export interface SendDurableExecutionCallbackHeartbeatResponse {
}
export interface SendDurableExecutionCallbackSuccessRequest {
    CallbackId: string;
    Result?: Blob;
}
export interface SendDurableExecutionCallbackSuccessResponse {
}
export interface SerializedRequestEntityTooLargeException {
    Type?: string;
    message?: string;
}
export interface ServiceException {
    Type?: string;
    Message?: string;
}
export interface ServiceQuotaExceededException {
    Type?: string;
    Message?: string;
}
export interface SnapStart {
    ApplyOn?: SnapStartApplyOn;
}
export interface SnapStartException {
    Type?: string;
    Message?: string;
}
export interface SnapStartNotReadyException {
    Type?: string;
    Message?: string;
}
export interface SnapStartRegenerationFailureException {
    Type?: string;
    Message?: string;
}
export interface SnapStartResponse {
    ApplyOn?: SnapStartApplyOn;
    OptimizationStatus?: SnapStartOptimizationStatus;
}
export interface SnapStartTimeoutException {
    Type?: string;
    Message?: string;
}
export interface SourceAccessConfiguration {
    Type?: SourceAccessType;
    URI?: string;
}
export interface StepDetails {
    Attempt?: number;
    NextAttemptTimestamp?: Timestamp;
    Result?: string;
    Error?: ErrorObject;
}
export interface StepFailedDetails {
    Error: EventError;
    RetryDetails: RetryDetails;
}
export interface StepOptions {
    NextAttemptDelaySeconds?: number;
}
export interface StepStartedDetails {
}
export interface StepSucceededDetails {
    Result: EventResult;
    RetryDetails: RetryDetails;
}
export interface StopDurableExecutionRequest {
    DurableExecutionArn: string;
    Error?: ErrorObject;
}
export interface StopDurableExecutionResponse {
    StopTimestamp: Timestamp;
}
export interface SubnetIPAddressLimitReachedException {
    Type?: string;
    Message?: string;
}
export interface TagResourceRequest {
    Resource: string;
    Tags: Record<string, string>;
}
export interface TagsError {
    ErrorCode: string;
    Message: string;
}
export interface TargetTrackingScalingPolicy {
    PredefinedMetricType: CapacityProviderPredefinedMetricType;
    TargetValue: number;
}
export interface TenancyConfig {
    TenantIsolationMode: TenantIsolationMode;
}
export interface TooManyRequestsException {
    retryAfterSeconds?: string;
    Type?: string;
    message?: string;
    Reason?: string;
}
export interface TraceHeader {
    XAmznTraceId?: string;
}
export interface TracingConfig {
    Mode?: TracingMode;
}
export interface TracingConfigResponse {
    Mode?: TracingMode;
}
export interface UnsupportedMediaTypeException {
    Type?: string;
    message?: string;
}
export interface UntagResourceRequest {
    Resource: string;
    TagKeys: string[];
}
export interface UpdateAliasRequest {
    FunctionName: string;
    Name: string;
    FunctionVersion?: string;
    Description?: string;
    RoutingConfig?: AliasRoutingConfiguration;
    RevisionId?: string;
}
export interface UpdateCapacityProviderRequest {
    CapacityProviderName: string;
    CapacityProviderScalingConfig?: CapacityProviderScalingConfig;
    PropagateTags?: PropagateTags;
    TelemetryConfig?: CapacityProviderTelemetryConfig;
}
export interface UpdateCapacityProviderResponse {
    CapacityProvider: CapacityProvider;
}
export interface UpdateCodeSigningConfigRequest {
    CodeSigningConfigArn: string;
    Description?: string;
    AllowedPublishers?: AllowedPublishers;
    CodeSigningPolicies?: CodeSigningPolicies;
}
export interface UpdateCodeSigningConfigResponse {
    CodeSigningConfig: CodeSigningConfig;
}
export interface UpdateEventSourceMappingRequest {
    UUID: string;
    FunctionName?: string;
    Enabled?: boolean;
    BatchSize?: number;
    FilterCriteria?: FilterCriteria;
    KMSKeyArn?: string;
    MetricsConfig?: EventSourceMappingMetricsConfig;
    LoggingConfig?: EventSourceMappingLoggingConfig;
    ScalingConfig?: ScalingConfig;
    MaximumBatchingWindowInSeconds?: number;
    ParallelizationFactor?: number;
    DestinationConfig?: DestinationConfig;
    MaximumRecordAgeInSeconds?: number;
    BisectBatchOnFunctionError?: boolean;
    MaximumRetryAttempts?: number;
    TumblingWindowInSeconds?: number;
    SourceAccessConfigurations?: SourceAccessConfiguration[];
    FunctionResponseTypes?: FunctionResponseType[];
    AmazonManagedKafkaEventSourceConfig?: AmazonManagedKafkaEventSourceConfig;
    SelfManagedKafkaEventSourceConfig?: SelfManagedKafkaEventSourceConfig;
    DocumentDBEventSourceConfig?: DocumentDBEventSourceConfig;
    ProvisionedPollerConfig?: ProvisionedPollerConfig;
}
export interface UpdateFunctionCodeRequest {
    FunctionName: string;
    ZipFile?: Blob;
    S3Bucket?: string;
    S3Key?: string;
    S3ObjectVersion?: string;
    S3ObjectStorageMode?: S3ObjectStorageMode;
    ImageUri?: string;
    Architectures?: Architecture[];
    Publish?: boolean;
    PublishTo?: FunctionVersionLatestPublished;
    DryRun?: boolean;
    RevisionId?: string;
    SourceKMSKeyArn?: string;
}
export interface UpdateFunctionConfigurationRequest {
    FunctionName: string;
    Role?: string;
    Handler?: string;
    Description?: string;
    Timeout?: number;
    MemorySize?: number;
    VpcConfig?: VpcConfig;
    Environment?: Environment;
    Runtime?: Runtime;
    DeadLetterConfig?: DeadLetterConfig;
    KMSKeyArn?: string;
    TracingConfig?: TracingConfig;
    RevisionId?: string;
    Layers?: string[];
    FileSystemConfigs?: FileSystemConfig[];
    ImageConfig?: ImageConfig;
    EphemeralStorage?: EphemeralStorage;
    SnapStart?: SnapStart;
    LoggingConfig?: LoggingConfig;
    CapacityProviderConfig?: CapacityProviderConfig;
    DurableConfig?: DurableConfig;
}
export interface UpdateFunctionEventInvokeConfigRequest {
    FunctionName: string;
    Qualifier?: string;
    MaximumRetryAttempts?: number;
    MaximumEventAgeInSeconds?: number;
    DestinationConfig?: DestinationConfig;
}
export interface UpdateFunctionUrlConfigRequest {
    FunctionName: string;
    Qualifier?: string;
    AuthType?: FunctionUrlAuthType;
    Cors?: Cors;
    InvokeMode?: InvokeMode;
}
export interface UpdateFunctionUrlConfigResponse {
    FunctionUrl: string;
    FunctionArn: string;
    AuthType: FunctionUrlAuthType;
    CreationTime: string;
    LastModifiedTime: string;
    Cors?: Cors;
    InvokeMode?: InvokeMode;
}
export interface VpcConfig {
    SubnetIds?: string[];
    SecurityGroupIds?: string[];
    Ipv6AllowedForDualStack?: boolean;
}
export interface VpcConfigResponse {
    SubnetIds?: string[];
    SecurityGroupIds?: string[];
    VpcId?: string;
    Ipv6AllowedForDualStack?: boolean;
}
export interface WaitCancelledDetails {
    Error?: EventError;
}
export interface WaitDetails {
    ScheduledEndTimestamp?: Timestamp;
}
export interface WaitOptions {
    WaitSeconds?: number;
}
export interface WaitStartedDetails {
    Duration: number;
    ScheduledEndTimestamp: Timestamp;
}
export interface WaitSucceededDetails {
    Duration?: number;
}
/** Every enum by its name, for checks against the model's values (generated/model.ts `enums`). */
export interface Enums {
    ApplicationLogLevel: ApplicationLogLevel;
    Architecture: Architecture;
    CapacityProviderPredefinedMetricType: CapacityProviderPredefinedMetricType;
    CapacityProviderScalingMode: CapacityProviderScalingMode;
    CapacityProviderState: CapacityProviderState;
    CodeSigningPolicy: CodeSigningPolicy;
    DirectS3Read: DirectS3Read;
    EventSourceMappingMetric: EventSourceMappingMetric;
    EventSourceMappingSystemLogLevel: EventSourceMappingSystemLogLevel;
    EventSourcePosition: EventSourcePosition;
    EventType: EventType;
    ExecutionStatus: ExecutionStatus;
    FullDocument: FullDocument;
    FunctionResponseType: FunctionResponseType;
    FunctionUrlAuthType: FunctionUrlAuthType;
    FunctionVersion: FunctionVersion;
    FunctionVersionLatestPublished: FunctionVersionLatestPublished;
    InvocationType: InvocationType;
    InvokeMode: InvokeMode;
    KafkaSchemaRegistryAuthType: KafkaSchemaRegistryAuthType;
    KafkaSchemaValidationAttribute: KafkaSchemaValidationAttribute;
    LastUpdateStatus: LastUpdateStatus;
    LastUpdateStatusReasonCode: LastUpdateStatusReasonCode;
    LogFormat: LogFormat;
    LogType: LogType;
    OperationAction: OperationAction;
    OperationStatus: OperationStatus;
    OperationType: OperationType;
    PackageType: PackageType;
    PropagateTagsMode: PropagateTagsMode;
    ProvisionedConcurrencyStatusEnum: ProvisionedConcurrencyStatusEnum;
    RecursiveLoop: RecursiveLoop;
    ResponseStreamingInvocationType: ResponseStreamingInvocationType;
    Runtime: Runtime;
    S3ObjectStorageMode: S3ObjectStorageMode;
    SchemaRegistryEventRecordFormat: SchemaRegistryEventRecordFormat;
    SnapStartApplyOn: SnapStartApplyOn;
    SnapStartOptimizationStatus: SnapStartOptimizationStatus;
    SourceAccessType: SourceAccessType;
    State: State;
    StateReasonCode: StateReasonCode;
    SystemLogLevel: SystemLogLevel;
    TenantIsolationMode: TenantIsolationMode;
    TracingMode: TracingMode;
    UpdateRuntimeOn: UpdateRuntimeOn;
}
/** Every operation of the service: its input and its output (`void`: the answer has no body). */
export interface Operations {
    AddLayerVersionPermission: {
        input: AddLayerVersionPermissionRequest;
        output: AddLayerVersionPermissionResponse;
    };
    AddPermission: {
        input: AddPermissionRequest;
        output: AddPermissionResponse;
    };
    CheckpointDurableExecution: {
        input: CheckpointDurableExecutionRequest;
        output: CheckpointDurableExecutionResponse;
    };
    CreateAlias: {
        input: CreateAliasRequest;
        output: AliasConfiguration;
    };
    CreateCapacityProvider: {
        input: CreateCapacityProviderRequest;
        output: CreateCapacityProviderResponse;
    };
    CreateCodeSigningConfig: {
        input: CreateCodeSigningConfigRequest;
        output: CreateCodeSigningConfigResponse;
    };
    CreateEventSourceMapping: {
        input: CreateEventSourceMappingRequest;
        output: EventSourceMappingConfiguration;
    };
    CreateFunction: {
        input: CreateFunctionRequest;
        output: FunctionConfiguration;
    };
    CreateFunctionUrlConfig: {
        input: CreateFunctionUrlConfigRequest;
        output: CreateFunctionUrlConfigResponse;
    };
    DeleteAlias: {
        input: DeleteAliasRequest;
        output: void;
    };
    DeleteCapacityProvider: {
        input: DeleteCapacityProviderRequest;
        output: DeleteCapacityProviderResponse;
    };
    DeleteCodeSigningConfig: {
        input: DeleteCodeSigningConfigRequest;
        output: DeleteCodeSigningConfigResponse;
    };
    DeleteEventSourceMapping: {
        input: DeleteEventSourceMappingRequest;
        output: EventSourceMappingConfiguration;
    };
    DeleteFunction: {
        input: DeleteFunctionRequest;
        output: DeleteFunctionResponse;
    };
    DeleteFunctionCodeSigningConfig: {
        input: DeleteFunctionCodeSigningConfigRequest;
        output: void;
    };
    DeleteFunctionConcurrency: {
        input: DeleteFunctionConcurrencyRequest;
        output: void;
    };
    DeleteFunctionEventInvokeConfig: {
        input: DeleteFunctionEventInvokeConfigRequest;
        output: void;
    };
    DeleteFunctionUrlConfig: {
        input: DeleteFunctionUrlConfigRequest;
        output: void;
    };
    DeleteLayerVersion: {
        input: DeleteLayerVersionRequest;
        output: void;
    };
    DeleteProvisionedConcurrencyConfig: {
        input: DeleteProvisionedConcurrencyConfigRequest;
        output: void;
    };
    DeleteResourcePolicy: {
        input: DeleteResourcePolicyRequest;
        output: void;
    };
    GetAccountSettings: {
        input: GetAccountSettingsRequest;
        output: GetAccountSettingsResponse;
    };
    GetAlias: {
        input: GetAliasRequest;
        output: AliasConfiguration;
    };
    GetCapacityProvider: {
        input: GetCapacityProviderRequest;
        output: GetCapacityProviderResponse;
    };
    GetCodeSigningConfig: {
        input: GetCodeSigningConfigRequest;
        output: GetCodeSigningConfigResponse;
    };
    GetDurableExecution: {
        input: GetDurableExecutionRequest;
        output: GetDurableExecutionResponse;
    };
    GetDurableExecutionHistory: {
        input: GetDurableExecutionHistoryRequest;
        output: GetDurableExecutionHistoryResponse;
    };
    GetDurableExecutionState: {
        input: GetDurableExecutionStateRequest;
        output: GetDurableExecutionStateResponse;
    };
    GetEventSourceMapping: {
        input: GetEventSourceMappingRequest;
        output: EventSourceMappingConfiguration;
    };
    GetFunction: {
        input: GetFunctionRequest;
        output: GetFunctionResponse;
    };
    GetFunctionCodeSigningConfig: {
        input: GetFunctionCodeSigningConfigRequest;
        output: GetFunctionCodeSigningConfigResponse;
    };
    GetFunctionConcurrency: {
        input: GetFunctionConcurrencyRequest;
        output: GetFunctionConcurrencyResponse;
    };
    GetFunctionConfiguration: {
        input: GetFunctionConfigurationRequest;
        output: FunctionConfiguration;
    };
    GetFunctionEventInvokeConfig: {
        input: GetFunctionEventInvokeConfigRequest;
        output: FunctionEventInvokeConfig;
    };
    GetFunctionRecursionConfig: {
        input: GetFunctionRecursionConfigRequest;
        output: GetFunctionRecursionConfigResponse;
    };
    GetFunctionScalingConfig: {
        input: GetFunctionScalingConfigRequest;
        output: GetFunctionScalingConfigResponse;
    };
    GetFunctionUrlConfig: {
        input: GetFunctionUrlConfigRequest;
        output: GetFunctionUrlConfigResponse;
    };
    GetLayerVersion: {
        input: GetLayerVersionRequest;
        output: GetLayerVersionResponse;
    };
    GetLayerVersionByArn: {
        input: GetLayerVersionByArnRequest;
        output: GetLayerVersionResponse;
    };
    GetLayerVersionPolicy: {
        input: GetLayerVersionPolicyRequest;
        output: GetLayerVersionPolicyResponse;
    };
    GetPolicy: {
        input: GetPolicyRequest;
        output: GetPolicyResponse;
    };
    GetProvisionedConcurrencyConfig: {
        input: GetProvisionedConcurrencyConfigRequest;
        output: GetProvisionedConcurrencyConfigResponse;
    };
    GetResourcePolicy: {
        input: GetResourcePolicyRequest;
        output: GetResourcePolicyResponse;
    };
    GetRuntimeManagementConfig: {
        input: GetRuntimeManagementConfigRequest;
        output: GetRuntimeManagementConfigResponse;
    };
    Invoke: {
        input: InvocationRequest;
        output: InvocationResponse;
    };
    InvokeAsync: {
        input: InvokeAsyncRequest;
        output: InvokeAsyncResponse;
    };
    InvokeWithResponseStream: {
        input: InvokeWithResponseStreamRequest;
        output: InvokeWithResponseStreamResponse;
    };
    ListAliases: {
        input: ListAliasesRequest;
        output: ListAliasesResponse;
    };
    ListCapacityProviders: {
        input: ListCapacityProvidersRequest;
        output: ListCapacityProvidersResponse;
    };
    ListCodeSigningConfigs: {
        input: ListCodeSigningConfigsRequest;
        output: ListCodeSigningConfigsResponse;
    };
    ListDurableExecutionsByFunction: {
        input: ListDurableExecutionsByFunctionRequest;
        output: ListDurableExecutionsByFunctionResponse;
    };
    ListEventSourceMappings: {
        input: ListEventSourceMappingsRequest;
        output: ListEventSourceMappingsResponse;
    };
    ListFunctionEventInvokeConfigs: {
        input: ListFunctionEventInvokeConfigsRequest;
        output: ListFunctionEventInvokeConfigsResponse;
    };
    ListFunctions: {
        input: ListFunctionsRequest;
        output: ListFunctionsResponse;
    };
    ListFunctionsByCodeSigningConfig: {
        input: ListFunctionsByCodeSigningConfigRequest;
        output: ListFunctionsByCodeSigningConfigResponse;
    };
    ListFunctionUrlConfigs: {
        input: ListFunctionUrlConfigsRequest;
        output: ListFunctionUrlConfigsResponse;
    };
    ListFunctionVersionsByCapacityProvider: {
        input: ListFunctionVersionsByCapacityProviderRequest;
        output: ListFunctionVersionsByCapacityProviderResponse;
    };
    ListLayers: {
        input: ListLayersRequest;
        output: ListLayersResponse;
    };
    ListLayerVersions: {
        input: ListLayerVersionsRequest;
        output: ListLayerVersionsResponse;
    };
    ListProvisionedConcurrencyConfigs: {
        input: ListProvisionedConcurrencyConfigsRequest;
        output: ListProvisionedConcurrencyConfigsResponse;
    };
    ListTags: {
        input: ListTagsRequest;
        output: ListTagsResponse;
    };
    ListVersionsByFunction: {
        input: ListVersionsByFunctionRequest;
        output: ListVersionsByFunctionResponse;
    };
    PublishLayerVersion: {
        input: PublishLayerVersionRequest;
        output: PublishLayerVersionResponse;
    };
    PublishVersion: {
        input: PublishVersionRequest;
        output: FunctionConfiguration;
    };
    PutFunctionCodeSigningConfig: {
        input: PutFunctionCodeSigningConfigRequest;
        output: PutFunctionCodeSigningConfigResponse;
    };
    PutFunctionConcurrency: {
        input: PutFunctionConcurrencyRequest;
        output: Concurrency;
    };
    PutFunctionEventInvokeConfig: {
        input: PutFunctionEventInvokeConfigRequest;
        output: FunctionEventInvokeConfig;
    };
    PutFunctionRecursionConfig: {
        input: PutFunctionRecursionConfigRequest;
        output: PutFunctionRecursionConfigResponse;
    };
    PutFunctionScalingConfig: {
        input: PutFunctionScalingConfigRequest;
        output: PutFunctionScalingConfigResponse;
    };
    PutProvisionedConcurrencyConfig: {
        input: PutProvisionedConcurrencyConfigRequest;
        output: PutProvisionedConcurrencyConfigResponse;
    };
    PutResourcePolicy: {
        input: PutResourcePolicyRequest;
        output: PutResourcePolicyResponse;
    };
    PutRuntimeManagementConfig: {
        input: PutRuntimeManagementConfigRequest;
        output: PutRuntimeManagementConfigResponse;
    };
    RemoveLayerVersionPermission: {
        input: RemoveLayerVersionPermissionRequest;
        output: void;
    };
    RemovePermission: {
        input: RemovePermissionRequest;
        output: void;
    };
    SendDurableExecutionCallbackFailure: {
        input: SendDurableExecutionCallbackFailureRequest;
        output: SendDurableExecutionCallbackFailureResponse;
    };
    SendDurableExecutionCallbackHeartbeat: {
        input: SendDurableExecutionCallbackHeartbeatRequest;
        output: SendDurableExecutionCallbackHeartbeatResponse;
    };
    SendDurableExecutionCallbackSuccess: {
        input: SendDurableExecutionCallbackSuccessRequest;
        output: SendDurableExecutionCallbackSuccessResponse;
    };
    StopDurableExecution: {
        input: StopDurableExecutionRequest;
        output: StopDurableExecutionResponse;
    };
    TagResource: {
        input: TagResourceRequest;
        output: void;
    };
    UntagResource: {
        input: UntagResourceRequest;
        output: void;
    };
    UpdateAlias: {
        input: UpdateAliasRequest;
        output: AliasConfiguration;
    };
    UpdateCapacityProvider: {
        input: UpdateCapacityProviderRequest;
        output: UpdateCapacityProviderResponse;
    };
    UpdateCodeSigningConfig: {
        input: UpdateCodeSigningConfigRequest;
        output: UpdateCodeSigningConfigResponse;
    };
    UpdateEventSourceMapping: {
        input: UpdateEventSourceMappingRequest;
        output: EventSourceMappingConfiguration;
    };
    UpdateFunctionCode: {
        input: UpdateFunctionCodeRequest;
        output: FunctionConfiguration;
    };
    UpdateFunctionConfiguration: {
        input: UpdateFunctionConfigurationRequest;
        output: FunctionConfiguration;
    };
    UpdateFunctionEventInvokeConfig: {
        input: UpdateFunctionEventInvokeConfigRequest;
        output: FunctionEventInvokeConfig;
    };
    UpdateFunctionUrlConfig: {
        input: UpdateFunctionUrlConfigRequest;
        output: UpdateFunctionUrlConfigResponse;
    };
}
export type OperationName = keyof Operations;
