export const LAMBDA_MODEL = {
    "service": "lambda",
    "sdkVersion": "3.1142.0",
    "operations": {
        "AddLayerVersionPermission": {
            "method": "POST",
            "uri": "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy",
            "code": 201,
            "input": "AddLayerVersionPermissionRequest",
            "output": "AddLayerVersionPermissionResponse"
        },
        "AddPermission": {
            "method": "POST",
            "uri": "/2015-03-31/functions/{FunctionName}/policy",
            "code": 201,
            "input": "AddPermissionRequest",
            "output": "AddPermissionResponse"
        },
        "CheckpointDurableExecution": {
            "method": "POST",
            "uri": "/2025-12-01/durable-executions/{DurableExecutionArn}/checkpoint",
            "code": 200,
            "input": "CheckpointDurableExecutionRequest",
            "output": "CheckpointDurableExecutionResponse"
        },
        "CreateAlias": {
            "method": "POST",
            "uri": "/2015-03-31/functions/{FunctionName}/aliases",
            "code": 201,
            "input": "CreateAliasRequest",
            "output": "AliasConfiguration"
        },
        "CreateCapacityProvider": {
            "method": "POST",
            "uri": "/2025-11-30/capacity-providers",
            "code": 202,
            "input": "CreateCapacityProviderRequest",
            "output": "CreateCapacityProviderResponse"
        },
        "CreateCodeSigningConfig": {
            "method": "POST",
            "uri": "/2020-04-22/code-signing-configs",
            "code": 201,
            "input": "CreateCodeSigningConfigRequest",
            "output": "CreateCodeSigningConfigResponse"
        },
        "CreateEventSourceMapping": {
            "method": "POST",
            "uri": "/2015-03-31/event-source-mappings",
            "code": 202,
            "input": "CreateEventSourceMappingRequest",
            "output": "EventSourceMappingConfiguration"
        },
        "CreateFunction": {
            "method": "POST",
            "uri": "/2015-03-31/functions",
            "code": 201,
            "input": "CreateFunctionRequest",
            "output": "FunctionConfiguration"
        },
        "CreateFunctionUrlConfig": {
            "method": "POST",
            "uri": "/2021-10-31/functions/{FunctionName}/url",
            "code": 201,
            "input": "CreateFunctionUrlConfigRequest",
            "output": "CreateFunctionUrlConfigResponse"
        },
        "DeleteAlias": {
            "method": "DELETE",
            "uri": "/2015-03-31/functions/{FunctionName}/aliases/{Name}",
            "code": 204,
            "input": "DeleteAliasRequest",
            "output": "Unit"
        },
        "DeleteCapacityProvider": {
            "method": "DELETE",
            "uri": "/2025-11-30/capacity-providers/{CapacityProviderName}",
            "code": 202,
            "input": "DeleteCapacityProviderRequest",
            "output": "DeleteCapacityProviderResponse"
        },
        "DeleteCodeSigningConfig": {
            "method": "DELETE",
            "uri": "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}",
            "code": 204,
            "input": "DeleteCodeSigningConfigRequest",
            "output": "DeleteCodeSigningConfigResponse"
        },
        "DeleteEventSourceMapping": {
            "method": "DELETE",
            "uri": "/2015-03-31/event-source-mappings/{UUID}",
            "code": 202,
            "input": "DeleteEventSourceMappingRequest",
            "output": "EventSourceMappingConfiguration"
        },
        "DeleteFunction": {
            "method": "DELETE",
            "uri": "/2015-03-31/functions/{FunctionName}",
            "code": 200,
            "input": "DeleteFunctionRequest",
            "output": "DeleteFunctionResponse"
        },
        "DeleteFunctionCodeSigningConfig": {
            "method": "DELETE",
            "uri": "/2020-06-30/functions/{FunctionName}/code-signing-config",
            "code": 204,
            "input": "DeleteFunctionCodeSigningConfigRequest",
            "output": "Unit"
        },
        "DeleteFunctionConcurrency": {
            "method": "DELETE",
            "uri": "/2017-10-31/functions/{FunctionName}/concurrency",
            "code": 204,
            "input": "DeleteFunctionConcurrencyRequest",
            "output": "Unit"
        },
        "DeleteFunctionEventInvokeConfig": {
            "method": "DELETE",
            "uri": "/2019-09-25/functions/{FunctionName}/event-invoke-config",
            "code": 204,
            "input": "DeleteFunctionEventInvokeConfigRequest",
            "output": "Unit"
        },
        "DeleteFunctionUrlConfig": {
            "method": "DELETE",
            "uri": "/2021-10-31/functions/{FunctionName}/url",
            "code": 204,
            "input": "DeleteFunctionUrlConfigRequest",
            "output": "Unit"
        },
        "DeleteLayerVersion": {
            "method": "DELETE",
            "uri": "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}",
            "code": 204,
            "input": "DeleteLayerVersionRequest",
            "output": "Unit"
        },
        "DeleteProvisionedConcurrencyConfig": {
            "method": "DELETE",
            "uri": "/2019-09-30/functions/{FunctionName}/provisioned-concurrency",
            "code": 204,
            "input": "DeleteProvisionedConcurrencyConfigRequest",
            "output": "Unit"
        },
        "DeleteResourcePolicy": {
            "method": "DELETE",
            "uri": "/2026-07-09/resource-policy/{ResourceArn}",
            "code": 204,
            "input": "DeleteResourcePolicyRequest",
            "output": "Unit"
        },
        "GetAccountSettings": {
            "method": "GET",
            "uri": "/2016-08-19/account-settings",
            "code": 200,
            "input": "GetAccountSettingsRequest",
            "output": "GetAccountSettingsResponse"
        },
        "GetAlias": {
            "method": "GET",
            "uri": "/2015-03-31/functions/{FunctionName}/aliases/{Name}",
            "code": 200,
            "input": "GetAliasRequest",
            "output": "AliasConfiguration"
        },
        "GetCapacityProvider": {
            "method": "GET",
            "uri": "/2025-11-30/capacity-providers/{CapacityProviderName}",
            "code": 200,
            "input": "GetCapacityProviderRequest",
            "output": "GetCapacityProviderResponse"
        },
        "GetCodeSigningConfig": {
            "method": "GET",
            "uri": "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}",
            "code": 200,
            "input": "GetCodeSigningConfigRequest",
            "output": "GetCodeSigningConfigResponse"
        },
        "GetDurableExecution": {
            "method": "GET",
            "uri": "/2025-12-01/durable-executions/{DurableExecutionArn}",
            "code": 200,
            "input": "GetDurableExecutionRequest",
            "output": "GetDurableExecutionResponse"
        },
        "GetDurableExecutionHistory": {
            "method": "GET",
            "uri": "/2025-12-01/durable-executions/{DurableExecutionArn}/history",
            "code": 200,
            "input": "GetDurableExecutionHistoryRequest",
            "output": "GetDurableExecutionHistoryResponse"
        },
        "GetDurableExecutionState": {
            "method": "GET",
            "uri": "/2025-12-01/durable-executions/{DurableExecutionArn}/state",
            "code": 200,
            "input": "GetDurableExecutionStateRequest",
            "output": "GetDurableExecutionStateResponse"
        },
        "GetEventSourceMapping": {
            "method": "GET",
            "uri": "/2015-03-31/event-source-mappings/{UUID}",
            "code": 200,
            "input": "GetEventSourceMappingRequest",
            "output": "EventSourceMappingConfiguration"
        },
        "GetFunction": {
            "method": "GET",
            "uri": "/2015-03-31/functions/{FunctionName}",
            "code": 200,
            "input": "GetFunctionRequest",
            "output": "GetFunctionResponse"
        },
        "GetFunctionCodeSigningConfig": {
            "method": "GET",
            "uri": "/2020-06-30/functions/{FunctionName}/code-signing-config",
            "code": 200,
            "input": "GetFunctionCodeSigningConfigRequest",
            "output": "GetFunctionCodeSigningConfigResponse"
        },
        "GetFunctionConcurrency": {
            "method": "GET",
            "uri": "/2019-09-30/functions/{FunctionName}/concurrency",
            "code": 200,
            "input": "GetFunctionConcurrencyRequest",
            "output": "GetFunctionConcurrencyResponse"
        },
        "GetFunctionConfiguration": {
            "method": "GET",
            "uri": "/2015-03-31/functions/{FunctionName}/configuration",
            "code": 200,
            "input": "GetFunctionConfigurationRequest",
            "output": "FunctionConfiguration"
        },
        "GetFunctionEventInvokeConfig": {
            "method": "GET",
            "uri": "/2019-09-25/functions/{FunctionName}/event-invoke-config",
            "code": 200,
            "input": "GetFunctionEventInvokeConfigRequest",
            "output": "FunctionEventInvokeConfig"
        },
        "GetFunctionRecursionConfig": {
            "method": "GET",
            "uri": "/2024-08-31/functions/{FunctionName}/recursion-config",
            "code": 200,
            "input": "GetFunctionRecursionConfigRequest",
            "output": "GetFunctionRecursionConfigResponse"
        },
        "GetFunctionScalingConfig": {
            "method": "GET",
            "uri": "/2025-11-30/functions/{FunctionName}/function-scaling-config",
            "code": 200,
            "input": "GetFunctionScalingConfigRequest",
            "output": "GetFunctionScalingConfigResponse"
        },
        "GetFunctionUrlConfig": {
            "method": "GET",
            "uri": "/2021-10-31/functions/{FunctionName}/url",
            "code": 200,
            "input": "GetFunctionUrlConfigRequest",
            "output": "GetFunctionUrlConfigResponse"
        },
        "GetLayerVersion": {
            "method": "GET",
            "uri": "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}",
            "code": 200,
            "input": "GetLayerVersionRequest",
            "output": "GetLayerVersionResponse"
        },
        "GetLayerVersionByArn": {
            "method": "GET",
            "uri": "/2018-10-31/layers?find=LayerVersion",
            "code": 200,
            "input": "GetLayerVersionByArnRequest",
            "output": "GetLayerVersionResponse"
        },
        "GetLayerVersionPolicy": {
            "method": "GET",
            "uri": "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy",
            "code": 200,
            "input": "GetLayerVersionPolicyRequest",
            "output": "GetLayerVersionPolicyResponse"
        },
        "GetPolicy": {
            "method": "GET",
            "uri": "/2015-03-31/functions/{FunctionName}/policy",
            "code": 200,
            "input": "GetPolicyRequest",
            "output": "GetPolicyResponse"
        },
        "GetProvisionedConcurrencyConfig": {
            "method": "GET",
            "uri": "/2019-09-30/functions/{FunctionName}/provisioned-concurrency",
            "code": 200,
            "input": "GetProvisionedConcurrencyConfigRequest",
            "output": "GetProvisionedConcurrencyConfigResponse"
        },
        "GetResourcePolicy": {
            "method": "GET",
            "uri": "/2026-07-09/resource-policy/{ResourceArn}",
            "code": 200,
            "input": "GetResourcePolicyRequest",
            "output": "GetResourcePolicyResponse"
        },
        "GetRuntimeManagementConfig": {
            "method": "GET",
            "uri": "/2021-07-20/functions/{FunctionName}/runtime-management-config",
            "code": 200,
            "input": "GetRuntimeManagementConfigRequest",
            "output": "GetRuntimeManagementConfigResponse"
        },
        "Invoke": {
            "method": "POST",
            "uri": "/2015-03-31/functions/{FunctionName}/invocations",
            "code": 200,
            "input": "InvocationRequest",
            "output": "InvocationResponse"
        },
        "InvokeAsync": {
            "method": "POST",
            "uri": "/2014-11-13/functions/{FunctionName}/invoke-async",
            "code": 202,
            "input": "InvokeAsyncRequest",
            "output": "InvokeAsyncResponse"
        },
        "InvokeWithResponseStream": {
            "method": "POST",
            "uri": "/2021-11-15/functions/{FunctionName}/response-streaming-invocations",
            "code": 200,
            "input": "InvokeWithResponseStreamRequest",
            "output": "InvokeWithResponseStreamResponse"
        },
        "ListAliases": {
            "method": "GET",
            "uri": "/2015-03-31/functions/{FunctionName}/aliases",
            "code": 200,
            "input": "ListAliasesRequest",
            "output": "ListAliasesResponse"
        },
        "ListCapacityProviders": {
            "method": "GET",
            "uri": "/2025-11-30/capacity-providers",
            "code": 200,
            "input": "ListCapacityProvidersRequest",
            "output": "ListCapacityProvidersResponse"
        },
        "ListCodeSigningConfigs": {
            "method": "GET",
            "uri": "/2020-04-22/code-signing-configs",
            "code": 200,
            "input": "ListCodeSigningConfigsRequest",
            "output": "ListCodeSigningConfigsResponse"
        },
        "ListDurableExecutionsByFunction": {
            "method": "GET",
            "uri": "/2025-12-01/functions/{FunctionName}/durable-executions",
            "code": 200,
            "input": "ListDurableExecutionsByFunctionRequest",
            "output": "ListDurableExecutionsByFunctionResponse"
        },
        "ListEventSourceMappings": {
            "method": "GET",
            "uri": "/2015-03-31/event-source-mappings",
            "code": 200,
            "input": "ListEventSourceMappingsRequest",
            "output": "ListEventSourceMappingsResponse"
        },
        "ListFunctionEventInvokeConfigs": {
            "method": "GET",
            "uri": "/2019-09-25/functions/{FunctionName}/event-invoke-config/list",
            "code": 200,
            "input": "ListFunctionEventInvokeConfigsRequest",
            "output": "ListFunctionEventInvokeConfigsResponse"
        },
        "ListFunctions": {
            "method": "GET",
            "uri": "/2015-03-31/functions",
            "code": 200,
            "input": "ListFunctionsRequest",
            "output": "ListFunctionsResponse"
        },
        "ListFunctionsByCodeSigningConfig": {
            "method": "GET",
            "uri": "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}/functions",
            "code": 200,
            "input": "ListFunctionsByCodeSigningConfigRequest",
            "output": "ListFunctionsByCodeSigningConfigResponse"
        },
        "ListFunctionUrlConfigs": {
            "method": "GET",
            "uri": "/2021-10-31/functions/{FunctionName}/urls",
            "code": 200,
            "input": "ListFunctionUrlConfigsRequest",
            "output": "ListFunctionUrlConfigsResponse"
        },
        "ListFunctionVersionsByCapacityProvider": {
            "method": "GET",
            "uri": "/2025-11-30/capacity-providers/{CapacityProviderName}/function-versions",
            "code": 200,
            "input": "ListFunctionVersionsByCapacityProviderRequest",
            "output": "ListFunctionVersionsByCapacityProviderResponse"
        },
        "ListLayers": {
            "method": "GET",
            "uri": "/2018-10-31/layers",
            "code": 200,
            "input": "ListLayersRequest",
            "output": "ListLayersResponse"
        },
        "ListLayerVersions": {
            "method": "GET",
            "uri": "/2018-10-31/layers/{LayerName}/versions",
            "code": 200,
            "input": "ListLayerVersionsRequest",
            "output": "ListLayerVersionsResponse"
        },
        "ListProvisionedConcurrencyConfigs": {
            "method": "GET",
            "uri": "/2019-09-30/functions/{FunctionName}/provisioned-concurrency?List=ALL",
            "code": 200,
            "input": "ListProvisionedConcurrencyConfigsRequest",
            "output": "ListProvisionedConcurrencyConfigsResponse"
        },
        "ListTags": {
            "method": "GET",
            "uri": "/2017-03-31/tags/{Resource}",
            "code": 200,
            "input": "ListTagsRequest",
            "output": "ListTagsResponse"
        },
        "ListVersionsByFunction": {
            "method": "GET",
            "uri": "/2015-03-31/functions/{FunctionName}/versions",
            "code": 200,
            "input": "ListVersionsByFunctionRequest",
            "output": "ListVersionsByFunctionResponse"
        },
        "PublishLayerVersion": {
            "method": "POST",
            "uri": "/2018-10-31/layers/{LayerName}/versions",
            "code": 201,
            "input": "PublishLayerVersionRequest",
            "output": "PublishLayerVersionResponse"
        },
        "PublishVersion": {
            "method": "POST",
            "uri": "/2015-03-31/functions/{FunctionName}/versions",
            "code": 201,
            "input": "PublishVersionRequest",
            "output": "FunctionConfiguration"
        },
        "PutFunctionCodeSigningConfig": {
            "method": "PUT",
            "uri": "/2020-06-30/functions/{FunctionName}/code-signing-config",
            "code": 200,
            "input": "PutFunctionCodeSigningConfigRequest",
            "output": "PutFunctionCodeSigningConfigResponse"
        },
        "PutFunctionConcurrency": {
            "method": "PUT",
            "uri": "/2017-10-31/functions/{FunctionName}/concurrency",
            "code": 200,
            "input": "PutFunctionConcurrencyRequest",
            "output": "Concurrency"
        },
        "PutFunctionEventInvokeConfig": {
            "method": "PUT",
            "uri": "/2019-09-25/functions/{FunctionName}/event-invoke-config",
            "code": 200,
            "input": "PutFunctionEventInvokeConfigRequest",
            "output": "FunctionEventInvokeConfig"
        },
        "PutFunctionRecursionConfig": {
            "method": "PUT",
            "uri": "/2024-08-31/functions/{FunctionName}/recursion-config",
            "code": 200,
            "input": "PutFunctionRecursionConfigRequest",
            "output": "PutFunctionRecursionConfigResponse"
        },
        "PutFunctionScalingConfig": {
            "method": "PUT",
            "uri": "/2025-11-30/functions/{FunctionName}/function-scaling-config",
            "code": 202,
            "input": "PutFunctionScalingConfigRequest",
            "output": "PutFunctionScalingConfigResponse"
        },
        "PutProvisionedConcurrencyConfig": {
            "method": "PUT",
            "uri": "/2019-09-30/functions/{FunctionName}/provisioned-concurrency",
            "code": 202,
            "input": "PutProvisionedConcurrencyConfigRequest",
            "output": "PutProvisionedConcurrencyConfigResponse"
        },
        "PutResourcePolicy": {
            "method": "PUT",
            "uri": "/2026-07-09/resource-policy/{ResourceArn}",
            "code": 200,
            "input": "PutResourcePolicyRequest",
            "output": "PutResourcePolicyResponse"
        },
        "PutRuntimeManagementConfig": {
            "method": "PUT",
            "uri": "/2021-07-20/functions/{FunctionName}/runtime-management-config",
            "code": 200,
            "input": "PutRuntimeManagementConfigRequest",
            "output": "PutRuntimeManagementConfigResponse"
        },
        "RemoveLayerVersionPermission": {
            "method": "DELETE",
            "uri": "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy/{StatementId}",
            "code": 204,
            "input": "RemoveLayerVersionPermissionRequest",
            "output": "Unit"
        },
        "RemovePermission": {
            "method": "DELETE",
            "uri": "/2015-03-31/functions/{FunctionName}/policy/{StatementId}",
            "code": 204,
            "input": "RemovePermissionRequest",
            "output": "Unit"
        },
        "SendDurableExecutionCallbackFailure": {
            "method": "POST",
            "uri": "/2025-12-01/durable-execution-callbacks/{CallbackId}/fail",
            "code": 200,
            "input": "SendDurableExecutionCallbackFailureRequest",
            "output": "SendDurableExecutionCallbackFailureResponse"
        },
        "SendDurableExecutionCallbackHeartbeat": {
            "method": "POST",
            "uri": "/2025-12-01/durable-execution-callbacks/{CallbackId}/heartbeat",
            "code": 200,
            "input": "SendDurableExecutionCallbackHeartbeatRequest",
            "output": "SendDurableExecutionCallbackHeartbeatResponse"
        },
        "SendDurableExecutionCallbackSuccess": {
            "method": "POST",
            "uri": "/2025-12-01/durable-execution-callbacks/{CallbackId}/succeed",
            "code": 200,
            "input": "SendDurableExecutionCallbackSuccessRequest",
            "output": "SendDurableExecutionCallbackSuccessResponse"
        },
        "StopDurableExecution": {
            "method": "POST",
            "uri": "/2025-12-01/durable-executions/{DurableExecutionArn}/stop",
            "code": 200,
            "input": "StopDurableExecutionRequest",
            "output": "StopDurableExecutionResponse"
        },
        "TagResource": {
            "method": "POST",
            "uri": "/2017-03-31/tags/{Resource}",
            "code": 204,
            "input": "TagResourceRequest",
            "output": "Unit"
        },
        "UntagResource": {
            "method": "DELETE",
            "uri": "/2017-03-31/tags/{Resource}",
            "code": 204,
            "input": "UntagResourceRequest",
            "output": "Unit"
        },
        "UpdateAlias": {
            "method": "PUT",
            "uri": "/2015-03-31/functions/{FunctionName}/aliases/{Name}",
            "code": 200,
            "input": "UpdateAliasRequest",
            "output": "AliasConfiguration"
        },
        "UpdateCapacityProvider": {
            "method": "PUT",
            "uri": "/2025-11-30/capacity-providers/{CapacityProviderName}",
            "code": 202,
            "input": "UpdateCapacityProviderRequest",
            "output": "UpdateCapacityProviderResponse"
        },
        "UpdateCodeSigningConfig": {
            "method": "PUT",
            "uri": "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}",
            "code": 200,
            "input": "UpdateCodeSigningConfigRequest",
            "output": "UpdateCodeSigningConfigResponse"
        },
        "UpdateEventSourceMapping": {
            "method": "PUT",
            "uri": "/2015-03-31/event-source-mappings/{UUID}",
            "code": 202,
            "input": "UpdateEventSourceMappingRequest",
            "output": "EventSourceMappingConfiguration"
        },
        "UpdateFunctionCode": {
            "method": "PUT",
            "uri": "/2015-03-31/functions/{FunctionName}/code",
            "code": 200,
            "input": "UpdateFunctionCodeRequest",
            "output": "FunctionConfiguration"
        },
        "UpdateFunctionConfiguration": {
            "method": "PUT",
            "uri": "/2015-03-31/functions/{FunctionName}/configuration",
            "code": 200,
            "input": "UpdateFunctionConfigurationRequest",
            "output": "FunctionConfiguration"
        },
        "UpdateFunctionEventInvokeConfig": {
            "method": "POST",
            "uri": "/2019-09-25/functions/{FunctionName}/event-invoke-config",
            "code": 200,
            "input": "UpdateFunctionEventInvokeConfigRequest",
            "output": "FunctionEventInvokeConfig"
        },
        "UpdateFunctionUrlConfig": {
            "method": "PUT",
            "uri": "/2021-10-31/functions/{FunctionName}/url",
            "code": 200,
            "input": "UpdateFunctionUrlConfigRequest",
            "output": "UpdateFunctionUrlConfigResponse"
        }
    },
    "shapes": {
        "AccountLimit": {
            "members": {
                "TotalCodeSize": {
                    "t": "integer"
                },
                "CodeSizeUnzipped": {
                    "t": "integer"
                },
                "CodeSizeZipped": {
                    "t": "integer"
                },
                "ConcurrentExecutions": {
                    "t": "integer"
                },
                "UnreservedConcurrentExecutions": {
                    "t": "integer"
                }
            },
            "required": []
        },
        "AccountUsage": {
            "members": {
                "TotalCodeSize": {
                    "t": "integer"
                },
                "FunctionCount": {
                    "t": "integer"
                }
            },
            "required": []
        },
        "AddLayerVersionPermissionRequest": {
            "members": {
                "LayerName": {
                    "t": "string",
                    "loc": "label"
                },
                "VersionNumber": {
                    "t": "integer",
                    "loc": "label"
                },
                "StatementId": {
                    "t": "string"
                },
                "Action": {
                    "t": "string"
                },
                "Principal": {
                    "t": "string"
                },
                "OrganizationId": {
                    "t": "string"
                },
                "RevisionId": {
                    "t": "string",
                    "loc": "query",
                    "name": "RevisionId"
                }
            },
            "required": [
                "LayerName",
                "VersionNumber",
                "StatementId",
                "Action",
                "Principal"
            ]
        },
        "AddLayerVersionPermissionResponse": {
            "members": {
                "Statement": {
                    "t": "string"
                },
                "RevisionId": {
                    "t": "string"
                }
            },
            "required": []
        },
        "AddPermissionRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "StatementId": {
                    "t": "string"
                },
                "Action": {
                    "t": "string"
                },
                "Principal": {
                    "t": "string"
                },
                "SourceArn": {
                    "t": "string"
                },
                "FunctionUrlAuthType": {
                    "t": "string",
                    "enum": "FunctionUrlAuthType"
                },
                "InvokedViaFunctionUrl": {
                    "t": "boolean"
                },
                "SourceAccount": {
                    "t": "string"
                },
                "EventSourceToken": {
                    "t": "string"
                },
                "Qualifier": {
                    "t": "string",
                    "loc": "query",
                    "name": "Qualifier"
                },
                "RevisionId": {
                    "t": "string"
                },
                "PrincipalOrgID": {
                    "t": "string"
                }
            },
            "required": [
                "FunctionName",
                "StatementId",
                "Action",
                "Principal"
            ]
        },
        "AddPermissionResponse": {
            "members": {
                "Statement": {
                    "t": "string"
                }
            },
            "required": []
        },
        "AliasConfiguration": {
            "members": {
                "AliasArn": {
                    "t": "string"
                },
                "Name": {
                    "t": "string"
                },
                "FunctionVersion": {
                    "t": "string"
                },
                "Description": {
                    "t": "string"
                },
                "RoutingConfig": {
                    "t": "structure",
                    "shape": "AliasRoutingConfiguration"
                },
                "RevisionId": {
                    "t": "string"
                }
            },
            "required": []
        },
        "AliasLimitExceededException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "AliasRoutingConfiguration": {
            "members": {
                "AdditionalVersionWeights": {
                    "t": "map",
                    "member": {
                        "t": "double"
                    }
                }
            },
            "required": []
        },
        "AllowedPublishers": {
            "members": {
                "SigningProfileVersionArns": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": [
                "SigningProfileVersionArns"
            ]
        },
        "AmazonManagedKafkaEventSourceConfig": {
            "members": {
                "ConsumerGroupId": {
                    "t": "string"
                },
                "SchemaRegistryConfig": {
                    "t": "structure",
                    "shape": "KafkaSchemaRegistryConfig"
                }
            },
            "required": []
        },
        "CallbackDetails": {
            "members": {
                "CallbackId": {
                    "t": "string"
                },
                "Result": {
                    "t": "string"
                },
                "Error": {
                    "t": "structure",
                    "shape": "ErrorObject"
                }
            },
            "required": []
        },
        "CallbackFailedDetails": {
            "members": {
                "Error": {
                    "t": "structure",
                    "shape": "EventError"
                }
            },
            "required": [
                "Error"
            ]
        },
        "CallbackOptions": {
            "members": {
                "TimeoutSeconds": {
                    "t": "integer"
                },
                "HeartbeatTimeoutSeconds": {
                    "t": "integer"
                }
            },
            "required": []
        },
        "CallbackStartedDetails": {
            "members": {
                "CallbackId": {
                    "t": "string"
                },
                "HeartbeatTimeout": {
                    "t": "integer"
                },
                "Timeout": {
                    "t": "integer"
                }
            },
            "required": [
                "CallbackId"
            ]
        },
        "CallbackSucceededDetails": {
            "members": {
                "Result": {
                    "t": "structure",
                    "shape": "EventResult"
                }
            },
            "required": [
                "Result"
            ]
        },
        "CallbackTimedOutDetails": {
            "members": {
                "Error": {
                    "t": "structure",
                    "shape": "EventError"
                }
            },
            "required": [
                "Error"
            ]
        },
        "CallbackTimeoutException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "CapacityProvider": {
            "members": {
                "CapacityProviderArn": {
                    "t": "string"
                },
                "State": {
                    "t": "string",
                    "enum": "CapacityProviderState"
                },
                "VpcConfig": {
                    "t": "structure",
                    "shape": "CapacityProviderVpcConfig"
                },
                "PermissionsConfig": {
                    "t": "structure",
                    "shape": "CapacityProviderPermissionsConfig"
                },
                "InstanceRequirements": {
                    "t": "structure",
                    "shape": "InstanceRequirements"
                },
                "CapacityProviderScalingConfig": {
                    "t": "structure",
                    "shape": "CapacityProviderScalingConfig"
                },
                "KmsKeyArn": {
                    "t": "string"
                },
                "LastModified": {
                    "t": "string"
                },
                "PropagateTags": {
                    "t": "structure",
                    "shape": "PropagateTags"
                },
                "TelemetryConfig": {
                    "t": "structure",
                    "shape": "CapacityProviderTelemetryConfig"
                }
            },
            "required": [
                "CapacityProviderArn",
                "State",
                "VpcConfig",
                "PermissionsConfig"
            ]
        },
        "CapacityProviderConfig": {
            "members": {
                "LambdaManagedInstancesCapacityProviderConfig": {
                    "t": "structure",
                    "shape": "LambdaManagedInstancesCapacityProviderConfig"
                }
            },
            "required": [
                "LambdaManagedInstancesCapacityProviderConfig"
            ]
        },
        "CapacityProviderLimitExceededException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "CapacityProviderLoggingConfig": {
            "members": {
                "SystemLogLevel": {
                    "t": "string",
                    "enum": "SystemLogLevel"
                },
                "LogGroup": {
                    "t": "string"
                }
            },
            "required": []
        },
        "CapacityProviderPermissionsConfig": {
            "members": {
                "CapacityProviderOperatorRoleArn": {
                    "t": "string"
                }
            },
            "required": [
                "CapacityProviderOperatorRoleArn"
            ]
        },
        "CapacityProviderScalingConfig": {
            "members": {
                "MaxVCpuCount": {
                    "t": "integer"
                },
                "ScalingMode": {
                    "t": "string",
                    "enum": "CapacityProviderScalingMode"
                },
                "ScalingPolicies": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "TargetTrackingScalingPolicy"
                    }
                }
            },
            "required": []
        },
        "CapacityProviderTelemetryConfig": {
            "members": {
                "LoggingConfig": {
                    "t": "structure",
                    "shape": "CapacityProviderLoggingConfig"
                }
            },
            "required": []
        },
        "CapacityProviderVpcConfig": {
            "members": {
                "SubnetIds": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                },
                "SecurityGroupIds": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": [
                "SubnetIds",
                "SecurityGroupIds"
            ]
        },
        "ChainedInvokeDetails": {
            "members": {
                "Result": {
                    "t": "string"
                },
                "Error": {
                    "t": "structure",
                    "shape": "ErrorObject"
                }
            },
            "required": []
        },
        "ChainedInvokeFailedDetails": {
            "members": {
                "Error": {
                    "t": "structure",
                    "shape": "EventError"
                }
            },
            "required": [
                "Error"
            ]
        },
        "ChainedInvokeOptions": {
            "members": {
                "FunctionName": {
                    "t": "string"
                },
                "TenantId": {
                    "t": "string"
                }
            },
            "required": [
                "FunctionName"
            ]
        },
        "ChainedInvokeStartedDetails": {
            "members": {
                "FunctionName": {
                    "t": "string"
                },
                "TenantId": {
                    "t": "string"
                },
                "Input": {
                    "t": "structure",
                    "shape": "EventInput"
                },
                "ExecutedVersion": {
                    "t": "string"
                },
                "DurableExecutionArn": {
                    "t": "string"
                }
            },
            "required": [
                "FunctionName"
            ]
        },
        "ChainedInvokeStoppedDetails": {
            "members": {
                "Error": {
                    "t": "structure",
                    "shape": "EventError"
                }
            },
            "required": [
                "Error"
            ]
        },
        "ChainedInvokeSucceededDetails": {
            "members": {
                "Result": {
                    "t": "structure",
                    "shape": "EventResult"
                }
            },
            "required": [
                "Result"
            ]
        },
        "ChainedInvokeTimedOutDetails": {
            "members": {
                "Error": {
                    "t": "structure",
                    "shape": "EventError"
                }
            },
            "required": [
                "Error"
            ]
        },
        "CheckpointDurableExecutionRequest": {
            "members": {
                "DurableExecutionArn": {
                    "t": "string",
                    "loc": "label"
                },
                "CheckpointToken": {
                    "t": "string"
                },
                "Updates": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "OperationUpdate"
                    }
                },
                "ClientToken": {
                    "t": "string"
                }
            },
            "required": [
                "DurableExecutionArn",
                "CheckpointToken"
            ]
        },
        "CheckpointDurableExecutionResponse": {
            "members": {
                "NewExecutionState": {
                    "t": "structure",
                    "shape": "CheckpointUpdatedExecutionState"
                },
                "CheckpointToken": {
                    "t": "string"
                }
            },
            "required": [
                "NewExecutionState"
            ]
        },
        "CheckpointUpdatedExecutionState": {
            "members": {
                "Operations": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "Operation"
                    }
                },
                "NextMarker": {
                    "t": "string"
                }
            },
            "required": []
        },
        "CodeArtifactUserDeletedException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "CodeArtifactUserFailedException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "CodeArtifactUserPendingException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "CodeSigningConfig": {
            "members": {
                "CodeSigningConfigId": {
                    "t": "string"
                },
                "CodeSigningConfigArn": {
                    "t": "string"
                },
                "AllowedPublishers": {
                    "t": "structure",
                    "shape": "AllowedPublishers"
                },
                "CodeSigningPolicies": {
                    "t": "structure",
                    "shape": "CodeSigningPolicies"
                },
                "LastModified": {
                    "t": "string"
                },
                "Description": {
                    "t": "string"
                }
            },
            "required": [
                "CodeSigningConfigId",
                "CodeSigningConfigArn",
                "AllowedPublishers",
                "CodeSigningPolicies",
                "LastModified"
            ]
        },
        "CodeSigningConfigNotFoundException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "CodeSigningPolicies": {
            "members": {
                "UntrustedArtifactOnDeployment": {
                    "t": "string",
                    "enum": "CodeSigningPolicy"
                }
            },
            "required": []
        },
        "CodeStorageExceededException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "CodeVerificationFailedException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "Concurrency": {
            "members": {
                "ReservedConcurrentExecutions": {
                    "t": "integer"
                }
            },
            "required": []
        },
        "ContextDetails": {
            "members": {
                "ReplayChildren": {
                    "t": "boolean"
                },
                "Result": {
                    "t": "string"
                },
                "Error": {
                    "t": "structure",
                    "shape": "ErrorObject"
                }
            },
            "required": []
        },
        "ContextFailedDetails": {
            "members": {
                "Error": {
                    "t": "structure",
                    "shape": "EventError"
                }
            },
            "required": [
                "Error"
            ]
        },
        "ContextOptions": {
            "members": {
                "ReplayChildren": {
                    "t": "boolean"
                }
            },
            "required": []
        },
        "ContextStartedDetails": {
            "members": {},
            "required": []
        },
        "ContextSucceededDetails": {
            "members": {
                "Result": {
                    "t": "structure",
                    "shape": "EventResult"
                }
            },
            "required": [
                "Result"
            ]
        },
        "Cors": {
            "members": {
                "AllowCredentials": {
                    "t": "boolean"
                },
                "AllowHeaders": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                },
                "AllowMethods": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                },
                "AllowOrigins": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                },
                "ExposeHeaders": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                },
                "MaxAge": {
                    "t": "integer"
                }
            },
            "required": []
        },
        "CreateAliasRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "Name": {
                    "t": "string"
                },
                "FunctionVersion": {
                    "t": "string"
                },
                "Description": {
                    "t": "string"
                },
                "RoutingConfig": {
                    "t": "structure",
                    "shape": "AliasRoutingConfiguration"
                }
            },
            "required": [
                "FunctionName",
                "Name",
                "FunctionVersion"
            ]
        },
        "CreateCapacityProviderRequest": {
            "members": {
                "CapacityProviderName": {
                    "t": "string"
                },
                "VpcConfig": {
                    "t": "structure",
                    "shape": "CapacityProviderVpcConfig"
                },
                "PermissionsConfig": {
                    "t": "structure",
                    "shape": "CapacityProviderPermissionsConfig"
                },
                "InstanceRequirements": {
                    "t": "structure",
                    "shape": "InstanceRequirements"
                },
                "CapacityProviderScalingConfig": {
                    "t": "structure",
                    "shape": "CapacityProviderScalingConfig"
                },
                "KmsKeyArn": {
                    "t": "string"
                },
                "Tags": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                },
                "PropagateTags": {
                    "t": "structure",
                    "shape": "PropagateTags"
                },
                "TelemetryConfig": {
                    "t": "structure",
                    "shape": "CapacityProviderTelemetryConfig"
                }
            },
            "required": [
                "CapacityProviderName",
                "VpcConfig",
                "PermissionsConfig"
            ]
        },
        "CreateCapacityProviderResponse": {
            "members": {
                "CapacityProvider": {
                    "t": "structure",
                    "shape": "CapacityProvider"
                }
            },
            "required": [
                "CapacityProvider"
            ]
        },
        "CreateCodeSigningConfigRequest": {
            "members": {
                "AllowedPublishers": {
                    "t": "structure",
                    "shape": "AllowedPublishers"
                },
                "Description": {
                    "t": "string"
                },
                "CodeSigningPolicies": {
                    "t": "structure",
                    "shape": "CodeSigningPolicies"
                },
                "Tags": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": [
                "AllowedPublishers"
            ]
        },
        "CreateCodeSigningConfigResponse": {
            "members": {
                "CodeSigningConfig": {
                    "t": "structure",
                    "shape": "CodeSigningConfig"
                }
            },
            "required": [
                "CodeSigningConfig"
            ]
        },
        "CreateEventSourceMappingRequest": {
            "members": {
                "FunctionName": {
                    "t": "string"
                },
                "EventSourceArn": {
                    "t": "string"
                },
                "Enabled": {
                    "t": "boolean"
                },
                "BatchSize": {
                    "t": "integer"
                },
                "FilterCriteria": {
                    "t": "structure",
                    "shape": "FilterCriteria"
                },
                "KMSKeyArn": {
                    "t": "string"
                },
                "MetricsConfig": {
                    "t": "structure",
                    "shape": "EventSourceMappingMetricsConfig"
                },
                "LoggingConfig": {
                    "t": "structure",
                    "shape": "EventSourceMappingLoggingConfig"
                },
                "ScalingConfig": {
                    "t": "structure",
                    "shape": "ScalingConfig"
                },
                "MaximumBatchingWindowInSeconds": {
                    "t": "integer"
                },
                "ParallelizationFactor": {
                    "t": "integer"
                },
                "StartingPosition": {
                    "t": "string",
                    "enum": "EventSourcePosition"
                },
                "StartingPositionTimestamp": {
                    "t": "timestamp"
                },
                "DestinationConfig": {
                    "t": "structure",
                    "shape": "DestinationConfig"
                },
                "MaximumRecordAgeInSeconds": {
                    "t": "integer"
                },
                "BisectBatchOnFunctionError": {
                    "t": "boolean"
                },
                "MaximumRetryAttempts": {
                    "t": "integer"
                },
                "Tags": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                },
                "TumblingWindowInSeconds": {
                    "t": "integer"
                },
                "Topics": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                },
                "Queues": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                },
                "SourceAccessConfigurations": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "SourceAccessConfiguration"
                    }
                },
                "SelfManagedEventSource": {
                    "t": "structure",
                    "shape": "SelfManagedEventSource"
                },
                "FunctionResponseTypes": {
                    "t": "list",
                    "member": {
                        "t": "string",
                        "enum": "FunctionResponseType"
                    }
                },
                "AmazonManagedKafkaEventSourceConfig": {
                    "t": "structure",
                    "shape": "AmazonManagedKafkaEventSourceConfig"
                },
                "SelfManagedKafkaEventSourceConfig": {
                    "t": "structure",
                    "shape": "SelfManagedKafkaEventSourceConfig"
                },
                "DocumentDBEventSourceConfig": {
                    "t": "structure",
                    "shape": "DocumentDBEventSourceConfig"
                },
                "ProvisionedPollerConfig": {
                    "t": "structure",
                    "shape": "ProvisionedPollerConfig"
                }
            },
            "required": [
                "FunctionName"
            ]
        },
        "CreateFunctionRequest": {
            "members": {
                "FunctionName": {
                    "t": "string"
                },
                "Role": {
                    "t": "string"
                },
                "Code": {
                    "t": "structure",
                    "shape": "FunctionCode"
                },
                "Runtime": {
                    "t": "string",
                    "enum": "Runtime"
                },
                "Handler": {
                    "t": "string"
                },
                "Description": {
                    "t": "string"
                },
                "Timeout": {
                    "t": "integer"
                },
                "MemorySize": {
                    "t": "integer"
                },
                "Publish": {
                    "t": "boolean"
                },
                "PublishTo": {
                    "t": "string",
                    "enum": "FunctionVersionLatestPublished"
                },
                "VpcConfig": {
                    "t": "structure",
                    "shape": "VpcConfig"
                },
                "PackageType": {
                    "t": "string",
                    "enum": "PackageType"
                },
                "DeadLetterConfig": {
                    "t": "structure",
                    "shape": "DeadLetterConfig"
                },
                "Environment": {
                    "t": "structure",
                    "shape": "Environment"
                },
                "KMSKeyArn": {
                    "t": "string"
                },
                "TracingConfig": {
                    "t": "structure",
                    "shape": "TracingConfig"
                },
                "Tags": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                },
                "Layers": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                },
                "FileSystemConfigs": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "FileSystemConfig"
                    }
                },
                "CodeSigningConfigArn": {
                    "t": "string"
                },
                "ImageConfig": {
                    "t": "structure",
                    "shape": "ImageConfig"
                },
                "Architectures": {
                    "t": "list",
                    "member": {
                        "t": "string",
                        "enum": "Architecture"
                    }
                },
                "EphemeralStorage": {
                    "t": "structure",
                    "shape": "EphemeralStorage"
                },
                "SnapStart": {
                    "t": "structure",
                    "shape": "SnapStart"
                },
                "LoggingConfig": {
                    "t": "structure",
                    "shape": "LoggingConfig"
                },
                "TenancyConfig": {
                    "t": "structure",
                    "shape": "TenancyConfig"
                },
                "CapacityProviderConfig": {
                    "t": "structure",
                    "shape": "CapacityProviderConfig"
                },
                "DurableConfig": {
                    "t": "structure",
                    "shape": "DurableConfig"
                }
            },
            "required": [
                "FunctionName",
                "Role",
                "Code"
            ]
        },
        "CreateFunctionUrlConfigRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "AuthType": {
                    "t": "string",
                    "enum": "FunctionUrlAuthType"
                },
                "Qualifier": {
                    "t": "string",
                    "loc": "query",
                    "name": "Qualifier"
                },
                "Cors": {
                    "t": "structure",
                    "shape": "Cors"
                },
                "InvokeMode": {
                    "t": "string",
                    "enum": "InvokeMode"
                }
            },
            "required": [
                "FunctionName",
                "AuthType"
            ]
        },
        "CreateFunctionUrlConfigResponse": {
            "members": {
                "FunctionUrl": {
                    "t": "string"
                },
                "FunctionArn": {
                    "t": "string"
                },
                "AuthType": {
                    "t": "string",
                    "enum": "FunctionUrlAuthType"
                },
                "CreationTime": {
                    "t": "string"
                },
                "Cors": {
                    "t": "structure",
                    "shape": "Cors"
                },
                "InvokeMode": {
                    "t": "string",
                    "enum": "InvokeMode"
                }
            },
            "required": [
                "FunctionUrl",
                "FunctionArn",
                "AuthType",
                "CreationTime"
            ]
        },
        "DeadLetterConfig": {
            "members": {
                "TargetArn": {
                    "t": "string"
                }
            },
            "required": []
        },
        "DeleteAliasRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "Name": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "FunctionName",
                "Name"
            ]
        },
        "DeleteCapacityProviderRequest": {
            "members": {
                "CapacityProviderName": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "CapacityProviderName"
            ]
        },
        "DeleteCapacityProviderResponse": {
            "members": {
                "CapacityProvider": {
                    "t": "structure",
                    "shape": "CapacityProvider"
                }
            },
            "required": [
                "CapacityProvider"
            ]
        },
        "DeleteCodeSigningConfigRequest": {
            "members": {
                "CodeSigningConfigArn": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "CodeSigningConfigArn"
            ]
        },
        "DeleteCodeSigningConfigResponse": {
            "members": {},
            "required": []
        },
        "DeleteEventSourceMappingRequest": {
            "members": {
                "UUID": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "UUID"
            ]
        },
        "DeleteFunctionCodeSigningConfigRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "FunctionName"
            ]
        },
        "DeleteFunctionConcurrencyRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "FunctionName"
            ]
        },
        "DeleteFunctionEventInvokeConfigRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "Qualifier": {
                    "t": "string",
                    "loc": "query",
                    "name": "Qualifier"
                }
            },
            "required": [
                "FunctionName"
            ]
        },
        "DeleteFunctionRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "Qualifier": {
                    "t": "string",
                    "loc": "query",
                    "name": "Qualifier"
                }
            },
            "required": [
                "FunctionName"
            ]
        },
        "DeleteFunctionResponse": {
            "members": {
                "StatusCode": {
                    "t": "integer",
                    "loc": "responseCode"
                }
            },
            "required": []
        },
        "DeleteFunctionUrlConfigRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "Qualifier": {
                    "t": "string",
                    "loc": "query",
                    "name": "Qualifier"
                }
            },
            "required": [
                "FunctionName"
            ]
        },
        "DeleteLayerVersionRequest": {
            "members": {
                "LayerName": {
                    "t": "string",
                    "loc": "label"
                },
                "VersionNumber": {
                    "t": "integer",
                    "loc": "label"
                }
            },
            "required": [
                "LayerName",
                "VersionNumber"
            ]
        },
        "DeleteProvisionedConcurrencyConfigRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "Qualifier": {
                    "t": "string",
                    "loc": "query",
                    "name": "Qualifier"
                }
            },
            "required": [
                "FunctionName",
                "Qualifier"
            ]
        },
        "DeleteResourcePolicyRequest": {
            "members": {
                "ResourceArn": {
                    "t": "string",
                    "loc": "label"
                },
                "RevisionId": {
                    "t": "string",
                    "loc": "query",
                    "name": "RevisionId"
                }
            },
            "required": [
                "ResourceArn"
            ]
        },
        "DestinationConfig": {
            "members": {
                "OnSuccess": {
                    "t": "structure",
                    "shape": "OnSuccess"
                },
                "OnFailure": {
                    "t": "structure",
                    "shape": "OnFailure"
                }
            },
            "required": []
        },
        "DocumentDBEventSourceConfig": {
            "members": {
                "DatabaseName": {
                    "t": "string"
                },
                "CollectionName": {
                    "t": "string"
                },
                "FullDocument": {
                    "t": "string",
                    "enum": "FullDocument"
                }
            },
            "required": []
        },
        "DurableConfig": {
            "members": {
                "KMSKeyArn": {
                    "t": "string"
                },
                "RetentionPeriodInDays": {
                    "t": "integer"
                },
                "ExecutionTimeout": {
                    "t": "integer"
                }
            },
            "required": []
        },
        "DurableExecutionAlreadyStartedException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "EC2AccessDeniedException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "EC2ThrottledException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "EC2UnexpectedException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                },
                "EC2ErrorCode": {
                    "t": "string"
                }
            },
            "required": []
        },
        "EFSIOException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "EFSMountConnectivityException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "EFSMountFailureException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "EFSMountTimeoutException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "ENILimitReachedException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "ENINotReadyException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "Environment": {
            "members": {
                "Variables": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": []
        },
        "EnvironmentError": {
            "members": {
                "ErrorCode": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "EnvironmentResponse": {
            "members": {
                "Variables": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                },
                "Error": {
                    "t": "structure",
                    "shape": "EnvironmentError"
                }
            },
            "required": []
        },
        "EphemeralStorage": {
            "members": {
                "Size": {
                    "t": "integer"
                }
            },
            "required": [
                "Size"
            ]
        },
        "ErrorObject": {
            "members": {
                "ErrorMessage": {
                    "t": "string"
                },
                "ErrorType": {
                    "t": "string"
                },
                "ErrorData": {
                    "t": "string"
                },
                "StackTrace": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": []
        },
        "Event": {
            "members": {
                "EventType": {
                    "t": "string",
                    "enum": "EventType"
                },
                "SubType": {
                    "t": "string"
                },
                "EventId": {
                    "t": "integer"
                },
                "Id": {
                    "t": "string"
                },
                "Name": {
                    "t": "string"
                },
                "EventTimestamp": {
                    "t": "timestamp"
                },
                "ParentId": {
                    "t": "string"
                },
                "ExecutionStartedDetails": {
                    "t": "structure",
                    "shape": "ExecutionStartedDetails"
                },
                "ExecutionSucceededDetails": {
                    "t": "structure",
                    "shape": "ExecutionSucceededDetails"
                },
                "ExecutionFailedDetails": {
                    "t": "structure",
                    "shape": "ExecutionFailedDetails"
                },
                "ExecutionTimedOutDetails": {
                    "t": "structure",
                    "shape": "ExecutionTimedOutDetails"
                },
                "ExecutionStoppedDetails": {
                    "t": "structure",
                    "shape": "ExecutionStoppedDetails"
                },
                "ContextStartedDetails": {
                    "t": "structure",
                    "shape": "ContextStartedDetails"
                },
                "ContextSucceededDetails": {
                    "t": "structure",
                    "shape": "ContextSucceededDetails"
                },
                "ContextFailedDetails": {
                    "t": "structure",
                    "shape": "ContextFailedDetails"
                },
                "WaitStartedDetails": {
                    "t": "structure",
                    "shape": "WaitStartedDetails"
                },
                "WaitSucceededDetails": {
                    "t": "structure",
                    "shape": "WaitSucceededDetails"
                },
                "WaitCancelledDetails": {
                    "t": "structure",
                    "shape": "WaitCancelledDetails"
                },
                "StepStartedDetails": {
                    "t": "structure",
                    "shape": "StepStartedDetails"
                },
                "StepSucceededDetails": {
                    "t": "structure",
                    "shape": "StepSucceededDetails"
                },
                "StepFailedDetails": {
                    "t": "structure",
                    "shape": "StepFailedDetails"
                },
                "ChainedInvokeStartedDetails": {
                    "t": "structure",
                    "shape": "ChainedInvokeStartedDetails"
                },
                "ChainedInvokeSucceededDetails": {
                    "t": "structure",
                    "shape": "ChainedInvokeSucceededDetails"
                },
                "ChainedInvokeFailedDetails": {
                    "t": "structure",
                    "shape": "ChainedInvokeFailedDetails"
                },
                "ChainedInvokeTimedOutDetails": {
                    "t": "structure",
                    "shape": "ChainedInvokeTimedOutDetails"
                },
                "ChainedInvokeStoppedDetails": {
                    "t": "structure",
                    "shape": "ChainedInvokeStoppedDetails"
                },
                "CallbackStartedDetails": {
                    "t": "structure",
                    "shape": "CallbackStartedDetails"
                },
                "CallbackSucceededDetails": {
                    "t": "structure",
                    "shape": "CallbackSucceededDetails"
                },
                "CallbackFailedDetails": {
                    "t": "structure",
                    "shape": "CallbackFailedDetails"
                },
                "CallbackTimedOutDetails": {
                    "t": "structure",
                    "shape": "CallbackTimedOutDetails"
                },
                "InvocationCompletedDetails": {
                    "t": "structure",
                    "shape": "InvocationCompletedDetails"
                }
            },
            "required": []
        },
        "EventError": {
            "members": {
                "Payload": {
                    "t": "structure",
                    "shape": "ErrorObject"
                },
                "Truncated": {
                    "t": "boolean"
                }
            },
            "required": []
        },
        "EventInput": {
            "members": {
                "Payload": {
                    "t": "string"
                },
                "Truncated": {
                    "t": "boolean"
                }
            },
            "required": []
        },
        "EventResult": {
            "members": {
                "Payload": {
                    "t": "string"
                },
                "Truncated": {
                    "t": "boolean"
                }
            },
            "required": []
        },
        "EventSourceMappingConfiguration": {
            "members": {
                "UUID": {
                    "t": "string"
                },
                "StartingPosition": {
                    "t": "string",
                    "enum": "EventSourcePosition"
                },
                "StartingPositionTimestamp": {
                    "t": "timestamp"
                },
                "BatchSize": {
                    "t": "integer"
                },
                "MaximumBatchingWindowInSeconds": {
                    "t": "integer"
                },
                "ParallelizationFactor": {
                    "t": "integer"
                },
                "EventSourceArn": {
                    "t": "string"
                },
                "FilterCriteria": {
                    "t": "structure",
                    "shape": "FilterCriteria"
                },
                "FilterCriteriaError": {
                    "t": "structure",
                    "shape": "FilterCriteriaError"
                },
                "KMSKeyArn": {
                    "t": "string"
                },
                "MetricsConfig": {
                    "t": "structure",
                    "shape": "EventSourceMappingMetricsConfig"
                },
                "LoggingConfig": {
                    "t": "structure",
                    "shape": "EventSourceMappingLoggingConfig"
                },
                "ScalingConfig": {
                    "t": "structure",
                    "shape": "ScalingConfig"
                },
                "FunctionArn": {
                    "t": "string"
                },
                "LastModified": {
                    "t": "timestamp"
                },
                "LastProcessingResult": {
                    "t": "string"
                },
                "State": {
                    "t": "string"
                },
                "StateTransitionReason": {
                    "t": "string"
                },
                "DestinationConfig": {
                    "t": "structure",
                    "shape": "DestinationConfig"
                },
                "Topics": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                },
                "Queues": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                },
                "SourceAccessConfigurations": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "SourceAccessConfiguration"
                    }
                },
                "SelfManagedEventSource": {
                    "t": "structure",
                    "shape": "SelfManagedEventSource"
                },
                "MaximumRecordAgeInSeconds": {
                    "t": "integer"
                },
                "BisectBatchOnFunctionError": {
                    "t": "boolean"
                },
                "MaximumRetryAttempts": {
                    "t": "integer"
                },
                "TumblingWindowInSeconds": {
                    "t": "integer"
                },
                "FunctionResponseTypes": {
                    "t": "list",
                    "member": {
                        "t": "string",
                        "enum": "FunctionResponseType"
                    }
                },
                "AmazonManagedKafkaEventSourceConfig": {
                    "t": "structure",
                    "shape": "AmazonManagedKafkaEventSourceConfig"
                },
                "SelfManagedKafkaEventSourceConfig": {
                    "t": "structure",
                    "shape": "SelfManagedKafkaEventSourceConfig"
                },
                "DocumentDBEventSourceConfig": {
                    "t": "structure",
                    "shape": "DocumentDBEventSourceConfig"
                },
                "EventSourceMappingArn": {
                    "t": "string"
                },
                "ProvisionedPollerConfig": {
                    "t": "structure",
                    "shape": "ProvisionedPollerConfig"
                }
            },
            "required": []
        },
        "EventSourceMappingLoggingConfig": {
            "members": {
                "SystemLogLevel": {
                    "t": "string",
                    "enum": "EventSourceMappingSystemLogLevel"
                }
            },
            "required": []
        },
        "EventSourceMappingMetricsConfig": {
            "members": {
                "Metrics": {
                    "t": "list",
                    "member": {
                        "t": "string",
                        "enum": "EventSourceMappingMetric"
                    }
                }
            },
            "required": []
        },
        "Execution": {
            "members": {
                "DurableExecutionArn": {
                    "t": "string"
                },
                "DurableExecutionName": {
                    "t": "string"
                },
                "FunctionArn": {
                    "t": "string"
                },
                "Status": {
                    "t": "string",
                    "enum": "ExecutionStatus"
                },
                "StartTimestamp": {
                    "t": "timestamp"
                },
                "EndTimestamp": {
                    "t": "timestamp"
                },
                "KMSKeyArn": {
                    "t": "string"
                }
            },
            "required": [
                "DurableExecutionArn",
                "DurableExecutionName",
                "FunctionArn",
                "Status",
                "StartTimestamp"
            ]
        },
        "ExecutionDetails": {
            "members": {
                "InputPayload": {
                    "t": "string"
                }
            },
            "required": []
        },
        "ExecutionFailedDetails": {
            "members": {
                "Error": {
                    "t": "structure",
                    "shape": "EventError"
                }
            },
            "required": [
                "Error"
            ]
        },
        "ExecutionStartedDetails": {
            "members": {
                "Input": {
                    "t": "structure",
                    "shape": "EventInput"
                },
                "ExecutionTimeout": {
                    "t": "integer"
                }
            },
            "required": [
                "Input",
                "ExecutionTimeout"
            ]
        },
        "ExecutionStoppedDetails": {
            "members": {
                "Error": {
                    "t": "structure",
                    "shape": "EventError"
                }
            },
            "required": [
                "Error"
            ]
        },
        "ExecutionSucceededDetails": {
            "members": {
                "Result": {
                    "t": "structure",
                    "shape": "EventResult"
                }
            },
            "required": [
                "Result"
            ]
        },
        "ExecutionTimedOutDetails": {
            "members": {
                "Error": {
                    "t": "structure",
                    "shape": "EventError"
                }
            },
            "required": []
        },
        "FileSystemConfig": {
            "members": {
                "Arn": {
                    "t": "string"
                },
                "LocalMountPath": {
                    "t": "string"
                },
                "S3FilesConfig": {
                    "t": "structure",
                    "shape": "S3FilesConfig"
                }
            },
            "required": [
                "Arn",
                "LocalMountPath"
            ]
        },
        "Filter": {
            "members": {
                "Pattern": {
                    "t": "string"
                }
            },
            "required": []
        },
        "FilterCriteria": {
            "members": {
                "Filters": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "Filter"
                    }
                }
            },
            "required": []
        },
        "FilterCriteriaError": {
            "members": {
                "ErrorCode": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "FunctionCode": {
            "members": {
                "ZipFile": {
                    "t": "blob"
                },
                "S3Bucket": {
                    "t": "string"
                },
                "S3Key": {
                    "t": "string"
                },
                "S3ObjectVersion": {
                    "t": "string"
                },
                "S3ObjectStorageMode": {
                    "t": "string",
                    "enum": "S3ObjectStorageMode"
                },
                "ImageUri": {
                    "t": "string"
                },
                "SourceKMSKeyArn": {
                    "t": "string"
                }
            },
            "required": []
        },
        "FunctionCodeLocation": {
            "members": {
                "RepositoryType": {
                    "t": "string"
                },
                "Location": {
                    "t": "string"
                },
                "ImageUri": {
                    "t": "string"
                },
                "ResolvedImageUri": {
                    "t": "string"
                },
                "ResolvedS3Object": {
                    "t": "structure",
                    "shape": "ResolvedS3Object"
                },
                "SourceKMSKeyArn": {
                    "t": "string"
                },
                "Error": {
                    "t": "structure",
                    "shape": "FunctionCodeLocationError"
                }
            },
            "required": []
        },
        "FunctionCodeLocationError": {
            "members": {
                "ErrorCode": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "FunctionConfiguration": {
            "members": {
                "FunctionName": {
                    "t": "string"
                },
                "FunctionArn": {
                    "t": "string"
                },
                "Runtime": {
                    "t": "string",
                    "enum": "Runtime"
                },
                "Role": {
                    "t": "string"
                },
                "Handler": {
                    "t": "string"
                },
                "CodeSize": {
                    "t": "integer"
                },
                "Description": {
                    "t": "string"
                },
                "Timeout": {
                    "t": "integer"
                },
                "MemorySize": {
                    "t": "integer"
                },
                "LastModified": {
                    "t": "string"
                },
                "CodeSha256": {
                    "t": "string"
                },
                "Version": {
                    "t": "string"
                },
                "VpcConfig": {
                    "t": "structure",
                    "shape": "VpcConfigResponse"
                },
                "DeadLetterConfig": {
                    "t": "structure",
                    "shape": "DeadLetterConfig"
                },
                "Environment": {
                    "t": "structure",
                    "shape": "EnvironmentResponse"
                },
                "KMSKeyArn": {
                    "t": "string"
                },
                "TracingConfig": {
                    "t": "structure",
                    "shape": "TracingConfigResponse"
                },
                "MasterArn": {
                    "t": "string"
                },
                "RevisionId": {
                    "t": "string"
                },
                "Layers": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "Layer"
                    }
                },
                "State": {
                    "t": "string",
                    "enum": "State"
                },
                "StateReason": {
                    "t": "string"
                },
                "StateReasonCode": {
                    "t": "string",
                    "enum": "StateReasonCode"
                },
                "LastUpdateStatus": {
                    "t": "string",
                    "enum": "LastUpdateStatus"
                },
                "LastUpdateStatusReason": {
                    "t": "string"
                },
                "LastUpdateStatusReasonCode": {
                    "t": "string",
                    "enum": "LastUpdateStatusReasonCode"
                },
                "FileSystemConfigs": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "FileSystemConfig"
                    }
                },
                "SigningProfileVersionArn": {
                    "t": "string"
                },
                "SigningJobArn": {
                    "t": "string"
                },
                "PackageType": {
                    "t": "string",
                    "enum": "PackageType"
                },
                "ImageConfigResponse": {
                    "t": "structure",
                    "shape": "ImageConfigResponse"
                },
                "Architectures": {
                    "t": "list",
                    "member": {
                        "t": "string",
                        "enum": "Architecture"
                    }
                },
                "EphemeralStorage": {
                    "t": "structure",
                    "shape": "EphemeralStorage"
                },
                "SnapStart": {
                    "t": "structure",
                    "shape": "SnapStartResponse"
                },
                "RuntimeVersionConfig": {
                    "t": "structure",
                    "shape": "RuntimeVersionConfig"
                },
                "LoggingConfig": {
                    "t": "structure",
                    "shape": "LoggingConfig"
                },
                "TenancyConfig": {
                    "t": "structure",
                    "shape": "TenancyConfig"
                },
                "CapacityProviderConfig": {
                    "t": "structure",
                    "shape": "CapacityProviderConfig"
                },
                "ConfigSha256": {
                    "t": "string"
                },
                "DurableConfig": {
                    "t": "structure",
                    "shape": "DurableConfig"
                }
            },
            "required": []
        },
        "FunctionEventInvokeConfig": {
            "members": {
                "LastModified": {
                    "t": "timestamp"
                },
                "FunctionArn": {
                    "t": "string"
                },
                "MaximumRetryAttempts": {
                    "t": "integer"
                },
                "MaximumEventAgeInSeconds": {
                    "t": "integer"
                },
                "DestinationConfig": {
                    "t": "structure",
                    "shape": "DestinationConfig"
                }
            },
            "required": []
        },
        "FunctionScalingConfig": {
            "members": {
                "MinExecutionEnvironments": {
                    "t": "integer"
                },
                "MaxExecutionEnvironments": {
                    "t": "integer"
                }
            },
            "required": []
        },
        "FunctionUrlConfig": {
            "members": {
                "FunctionUrl": {
                    "t": "string"
                },
                "FunctionArn": {
                    "t": "string"
                },
                "CreationTime": {
                    "t": "string"
                },
                "LastModifiedTime": {
                    "t": "string"
                },
                "AuthType": {
                    "t": "string",
                    "enum": "FunctionUrlAuthType"
                },
                "Cors": {
                    "t": "structure",
                    "shape": "Cors"
                },
                "InvokeMode": {
                    "t": "string",
                    "enum": "InvokeMode"
                }
            },
            "required": [
                "FunctionUrl",
                "FunctionArn",
                "CreationTime",
                "LastModifiedTime",
                "AuthType"
            ]
        },
        "FunctionVersionsByCapacityProviderListItem": {
            "members": {
                "FunctionArn": {
                    "t": "string"
                },
                "State": {
                    "t": "string",
                    "enum": "State"
                }
            },
            "required": [
                "FunctionArn",
                "State"
            ]
        },
        "FunctionVersionsPerCapacityProviderLimitExceededException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "GetAccountSettingsRequest": {
            "members": {},
            "required": []
        },
        "GetAccountSettingsResponse": {
            "members": {
                "AccountLimit": {
                    "t": "structure",
                    "shape": "AccountLimit"
                },
                "AccountUsage": {
                    "t": "structure",
                    "shape": "AccountUsage"
                }
            },
            "required": []
        },
        "GetAliasRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "Name": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "FunctionName",
                "Name"
            ]
        },
        "GetCapacityProviderRequest": {
            "members": {
                "CapacityProviderName": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "CapacityProviderName"
            ]
        },
        "GetCapacityProviderResponse": {
            "members": {
                "CapacityProvider": {
                    "t": "structure",
                    "shape": "CapacityProvider"
                }
            },
            "required": [
                "CapacityProvider"
            ]
        },
        "GetCodeSigningConfigRequest": {
            "members": {
                "CodeSigningConfigArn": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "CodeSigningConfigArn"
            ]
        },
        "GetCodeSigningConfigResponse": {
            "members": {
                "CodeSigningConfig": {
                    "t": "structure",
                    "shape": "CodeSigningConfig"
                }
            },
            "required": [
                "CodeSigningConfig"
            ]
        },
        "GetDurableExecutionHistoryRequest": {
            "members": {
                "DurableExecutionArn": {
                    "t": "string",
                    "loc": "label"
                },
                "IncludeExecutionData": {
                    "t": "boolean",
                    "loc": "query",
                    "name": "IncludeExecutionData"
                },
                "MaxItems": {
                    "t": "integer",
                    "loc": "query",
                    "name": "MaxItems"
                },
                "Marker": {
                    "t": "string",
                    "loc": "query",
                    "name": "Marker"
                },
                "ReverseOrder": {
                    "t": "boolean",
                    "loc": "query",
                    "name": "ReverseOrder"
                }
            },
            "required": [
                "DurableExecutionArn"
            ]
        },
        "GetDurableExecutionHistoryResponse": {
            "members": {
                "Events": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "Event"
                    }
                },
                "NextMarker": {
                    "t": "string"
                }
            },
            "required": [
                "Events"
            ]
        },
        "GetDurableExecutionRequest": {
            "members": {
                "DurableExecutionArn": {
                    "t": "string",
                    "loc": "label"
                },
                "IncludeExecutionData": {
                    "t": "boolean",
                    "loc": "query",
                    "name": "IncludeExecutionData"
                }
            },
            "required": [
                "DurableExecutionArn"
            ]
        },
        "GetDurableExecutionResponse": {
            "members": {
                "DurableExecutionArn": {
                    "t": "string"
                },
                "DurableExecutionName": {
                    "t": "string"
                },
                "FunctionArn": {
                    "t": "string"
                },
                "StartTimestamp": {
                    "t": "timestamp"
                },
                "Status": {
                    "t": "string",
                    "enum": "ExecutionStatus"
                },
                "InputPayload": {
                    "t": "string"
                },
                "Result": {
                    "t": "string"
                },
                "Error": {
                    "t": "structure",
                    "shape": "ErrorObject"
                },
                "EndTimestamp": {
                    "t": "timestamp"
                },
                "Version": {
                    "t": "string"
                },
                "TraceHeader": {
                    "t": "structure",
                    "shape": "TraceHeader"
                },
                "ExecutionDataIncluded": {
                    "t": "boolean"
                },
                "DurableConfig": {
                    "t": "structure",
                    "shape": "DurableConfig"
                }
            },
            "required": [
                "DurableExecutionArn",
                "DurableExecutionName",
                "FunctionArn",
                "StartTimestamp",
                "Status"
            ]
        },
        "GetDurableExecutionStateRequest": {
            "members": {
                "DurableExecutionArn": {
                    "t": "string",
                    "loc": "label"
                },
                "CheckpointToken": {
                    "t": "string",
                    "loc": "query",
                    "name": "CheckpointToken"
                },
                "Marker": {
                    "t": "string",
                    "loc": "query",
                    "name": "Marker"
                },
                "MaxItems": {
                    "t": "integer",
                    "loc": "query",
                    "name": "MaxItems"
                }
            },
            "required": [
                "DurableExecutionArn",
                "CheckpointToken"
            ]
        },
        "GetDurableExecutionStateResponse": {
            "members": {
                "Operations": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "Operation"
                    }
                },
                "NextMarker": {
                    "t": "string"
                }
            },
            "required": [
                "Operations"
            ]
        },
        "GetEventSourceMappingRequest": {
            "members": {
                "UUID": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "UUID"
            ]
        },
        "GetFunctionCodeSigningConfigRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "FunctionName"
            ]
        },
        "GetFunctionCodeSigningConfigResponse": {
            "members": {
                "CodeSigningConfigArn": {
                    "t": "string"
                },
                "FunctionName": {
                    "t": "string"
                }
            },
            "required": [
                "CodeSigningConfigArn",
                "FunctionName"
            ]
        },
        "GetFunctionConcurrencyRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "FunctionName"
            ]
        },
        "GetFunctionConcurrencyResponse": {
            "members": {
                "ReservedConcurrentExecutions": {
                    "t": "integer"
                }
            },
            "required": []
        },
        "GetFunctionConfigurationRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "Qualifier": {
                    "t": "string",
                    "loc": "query",
                    "name": "Qualifier"
                }
            },
            "required": [
                "FunctionName"
            ]
        },
        "GetFunctionEventInvokeConfigRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "Qualifier": {
                    "t": "string",
                    "loc": "query",
                    "name": "Qualifier"
                }
            },
            "required": [
                "FunctionName"
            ]
        },
        "GetFunctionRecursionConfigRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "FunctionName"
            ]
        },
        "GetFunctionRecursionConfigResponse": {
            "members": {
                "RecursiveLoop": {
                    "t": "string",
                    "enum": "RecursiveLoop"
                }
            },
            "required": []
        },
        "GetFunctionRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "Qualifier": {
                    "t": "string",
                    "loc": "query",
                    "name": "Qualifier"
                }
            },
            "required": [
                "FunctionName"
            ]
        },
        "GetFunctionResponse": {
            "members": {
                "Configuration": {
                    "t": "structure",
                    "shape": "FunctionConfiguration"
                },
                "Code": {
                    "t": "structure",
                    "shape": "FunctionCodeLocation"
                },
                "Tags": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                },
                "TagsError": {
                    "t": "structure",
                    "shape": "TagsError"
                },
                "Concurrency": {
                    "t": "structure",
                    "shape": "Concurrency"
                }
            },
            "required": []
        },
        "GetFunctionScalingConfigRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "Qualifier": {
                    "t": "string",
                    "loc": "query",
                    "name": "Qualifier"
                }
            },
            "required": [
                "FunctionName",
                "Qualifier"
            ]
        },
        "GetFunctionScalingConfigResponse": {
            "members": {
                "FunctionArn": {
                    "t": "string"
                },
                "AppliedFunctionScalingConfig": {
                    "t": "structure",
                    "shape": "FunctionScalingConfig"
                },
                "RequestedFunctionScalingConfig": {
                    "t": "structure",
                    "shape": "FunctionScalingConfig"
                }
            },
            "required": []
        },
        "GetFunctionUrlConfigRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "Qualifier": {
                    "t": "string",
                    "loc": "query",
                    "name": "Qualifier"
                }
            },
            "required": [
                "FunctionName"
            ]
        },
        "GetFunctionUrlConfigResponse": {
            "members": {
                "FunctionUrl": {
                    "t": "string"
                },
                "FunctionArn": {
                    "t": "string"
                },
                "AuthType": {
                    "t": "string",
                    "enum": "FunctionUrlAuthType"
                },
                "CreationTime": {
                    "t": "string"
                },
                "LastModifiedTime": {
                    "t": "string"
                },
                "Cors": {
                    "t": "structure",
                    "shape": "Cors"
                },
                "InvokeMode": {
                    "t": "string",
                    "enum": "InvokeMode"
                }
            },
            "required": [
                "FunctionUrl",
                "FunctionArn",
                "AuthType",
                "CreationTime",
                "LastModifiedTime"
            ]
        },
        "GetLayerVersionByArnRequest": {
            "members": {
                "Arn": {
                    "t": "string",
                    "loc": "query",
                    "name": "Arn"
                }
            },
            "required": [
                "Arn"
            ]
        },
        "GetLayerVersionPolicyRequest": {
            "members": {
                "LayerName": {
                    "t": "string",
                    "loc": "label"
                },
                "VersionNumber": {
                    "t": "integer",
                    "loc": "label"
                }
            },
            "required": [
                "LayerName",
                "VersionNumber"
            ]
        },
        "GetLayerVersionPolicyResponse": {
            "members": {
                "Policy": {
                    "t": "string"
                },
                "RevisionId": {
                    "t": "string"
                }
            },
            "required": []
        },
        "GetLayerVersionRequest": {
            "members": {
                "LayerName": {
                    "t": "string",
                    "loc": "label"
                },
                "VersionNumber": {
                    "t": "integer",
                    "loc": "label"
                }
            },
            "required": [
                "LayerName",
                "VersionNumber"
            ]
        },
        "GetLayerVersionResponse": {
            "members": {
                "Content": {
                    "t": "structure",
                    "shape": "LayerVersionContentOutput"
                },
                "LayerArn": {
                    "t": "string"
                },
                "LayerVersionArn": {
                    "t": "string"
                },
                "Description": {
                    "t": "string"
                },
                "CreatedDate": {
                    "t": "string"
                },
                "Version": {
                    "t": "integer"
                },
                "CompatibleArchitectures": {
                    "t": "list",
                    "member": {
                        "t": "string",
                        "enum": "Architecture"
                    }
                },
                "CompatibleRuntimes": {
                    "t": "list",
                    "member": {
                        "t": "string",
                        "enum": "Runtime"
                    }
                },
                "LicenseInfo": {
                    "t": "string"
                }
            },
            "required": []
        },
        "GetPolicyRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "Qualifier": {
                    "t": "string",
                    "loc": "query",
                    "name": "Qualifier"
                }
            },
            "required": [
                "FunctionName"
            ]
        },
        "GetPolicyResponse": {
            "members": {
                "Policy": {
                    "t": "string"
                },
                "RevisionId": {
                    "t": "string"
                }
            },
            "required": []
        },
        "GetProvisionedConcurrencyConfigRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "Qualifier": {
                    "t": "string",
                    "loc": "query",
                    "name": "Qualifier"
                }
            },
            "required": [
                "FunctionName",
                "Qualifier"
            ]
        },
        "GetProvisionedConcurrencyConfigResponse": {
            "members": {
                "RequestedProvisionedConcurrentExecutions": {
                    "t": "integer"
                },
                "AvailableProvisionedConcurrentExecutions": {
                    "t": "integer"
                },
                "AllocatedProvisionedConcurrentExecutions": {
                    "t": "integer"
                },
                "Status": {
                    "t": "string",
                    "enum": "ProvisionedConcurrencyStatusEnum"
                },
                "StatusReason": {
                    "t": "string"
                },
                "LastModified": {
                    "t": "string"
                }
            },
            "required": []
        },
        "GetResourcePolicyRequest": {
            "members": {
                "ResourceArn": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "ResourceArn"
            ]
        },
        "GetResourcePolicyResponse": {
            "members": {
                "Policy": {
                    "t": "string"
                },
                "RevisionId": {
                    "t": "string"
                }
            },
            "required": []
        },
        "GetRuntimeManagementConfigRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "Qualifier": {
                    "t": "string",
                    "loc": "query",
                    "name": "Qualifier"
                }
            },
            "required": [
                "FunctionName"
            ]
        },
        "GetRuntimeManagementConfigResponse": {
            "members": {
                "UpdateRuntimeOn": {
                    "t": "string",
                    "enum": "UpdateRuntimeOn"
                },
                "FunctionArn": {
                    "t": "string"
                },
                "RuntimeVersionArn": {
                    "t": "string"
                }
            },
            "required": []
        },
        "ImageConfig": {
            "members": {
                "EntryPoint": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                },
                "Command": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                },
                "WorkingDirectory": {
                    "t": "string"
                }
            },
            "required": []
        },
        "ImageConfigError": {
            "members": {
                "ErrorCode": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "ImageConfigResponse": {
            "members": {
                "ImageConfig": {
                    "t": "structure",
                    "shape": "ImageConfig"
                },
                "Error": {
                    "t": "structure",
                    "shape": "ImageConfigError"
                }
            },
            "required": []
        },
        "InstanceRequirements": {
            "members": {
                "Architectures": {
                    "t": "list",
                    "member": {
                        "t": "string",
                        "enum": "Architecture"
                    }
                },
                "AllowedInstanceTypes": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                },
                "ExcludedInstanceTypes": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": []
        },
        "InvalidCodeSignatureException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "InvalidParameterValueException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "InvalidRequestContentException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "InvalidRuntimeException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "InvalidSecurityGroupIDException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "InvalidSubnetIDException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "InvalidZipFileException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "InvocationCompletedDetails": {
            "members": {
                "StartTimestamp": {
                    "t": "timestamp"
                },
                "EndTimestamp": {
                    "t": "timestamp"
                },
                "RequestId": {
                    "t": "string"
                },
                "Error": {
                    "t": "structure",
                    "shape": "EventError"
                }
            },
            "required": [
                "StartTimestamp",
                "EndTimestamp",
                "RequestId"
            ]
        },
        "InvocationRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "InvocationType": {
                    "t": "string",
                    "enum": "InvocationType",
                    "loc": "header",
                    "name": "X-Amz-Invocation-Type"
                },
                "LogType": {
                    "t": "string",
                    "enum": "LogType",
                    "loc": "header",
                    "name": "X-Amz-Log-Type"
                },
                "ClientContext": {
                    "t": "string",
                    "loc": "header",
                    "name": "X-Amz-Client-Context"
                },
                "DurableExecutionName": {
                    "t": "string",
                    "loc": "header",
                    "name": "X-Amz-Durable-Execution-Name"
                },
                "Payload": {
                    "t": "blob",
                    "loc": "payload"
                },
                "Qualifier": {
                    "t": "string",
                    "loc": "query",
                    "name": "Qualifier"
                },
                "TenantId": {
                    "t": "string",
                    "loc": "header",
                    "name": "X-Amz-Tenant-Id"
                }
            },
            "required": [
                "FunctionName"
            ]
        },
        "InvocationResponse": {
            "members": {
                "StatusCode": {
                    "t": "integer",
                    "loc": "responseCode"
                },
                "FunctionError": {
                    "t": "string",
                    "loc": "header",
                    "name": "X-Amz-Function-Error"
                },
                "LogResult": {
                    "t": "string",
                    "loc": "header",
                    "name": "X-Amz-Log-Result"
                },
                "Payload": {
                    "t": "blob",
                    "loc": "payload"
                },
                "ExecutedVersion": {
                    "t": "string",
                    "loc": "header",
                    "name": "X-Amz-Executed-Version"
                },
                "DurableExecutionArn": {
                    "t": "string",
                    "loc": "header",
                    "name": "X-Amz-Durable-Execution-Arn"
                }
            },
            "required": []
        },
        "InvokeAsyncRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "InvokeArgs": {
                    "t": "blob",
                    "loc": "payload"
                }
            },
            "required": [
                "FunctionName",
                "InvokeArgs"
            ]
        },
        "InvokeAsyncResponse": {
            "members": {
                "Status": {
                    "t": "integer",
                    "loc": "responseCode"
                }
            },
            "required": []
        },
        "InvokeResponseStreamUpdate": {
            "members": {
                "Payload": {
                    "t": "blob"
                }
            },
            "required": []
        },
        "InvokeWithResponseStreamCompleteEvent": {
            "members": {
                "ErrorCode": {
                    "t": "string"
                },
                "ErrorDetails": {
                    "t": "string"
                },
                "LogResult": {
                    "t": "string"
                }
            },
            "required": []
        },
        "InvokeWithResponseStreamRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "LogType": {
                    "t": "string",
                    "enum": "LogType",
                    "loc": "header",
                    "name": "X-Amz-Log-Type"
                },
                "ClientContext": {
                    "t": "string",
                    "loc": "header",
                    "name": "X-Amz-Client-Context"
                },
                "Qualifier": {
                    "t": "string",
                    "loc": "query",
                    "name": "Qualifier"
                },
                "Payload": {
                    "t": "blob",
                    "loc": "payload"
                },
                "TenantId": {
                    "t": "string",
                    "loc": "header",
                    "name": "X-Amz-Tenant-Id"
                },
                "InvocationType": {
                    "t": "string",
                    "enum": "ResponseStreamingInvocationType",
                    "loc": "header",
                    "name": "X-Amz-Invocation-Type"
                }
            },
            "required": [
                "FunctionName"
            ]
        },
        "InvokeWithResponseStreamResponse": {
            "members": {
                "StatusCode": {
                    "t": "integer",
                    "loc": "responseCode"
                },
                "ExecutedVersion": {
                    "t": "string",
                    "loc": "header",
                    "name": "X-Amz-Executed-Version"
                },
                "EventStream": {
                    "t": "structure",
                    "shape": "InvokeWithResponseStreamResponseEvent",
                    "loc": "payload"
                },
                "ResponseStreamContentType": {
                    "t": "string",
                    "loc": "header",
                    "name": "Content-Type"
                }
            },
            "required": []
        },
        "InvokeWithResponseStreamResponseEvent": {
            "members": {
                "PayloadChunk": {
                    "t": "structure",
                    "shape": "InvokeResponseStreamUpdate"
                },
                "InvokeComplete": {
                    "t": "structure",
                    "shape": "InvokeWithResponseStreamCompleteEvent"
                }
            },
            "required": []
        },
        "KafkaSchemaRegistryAccessConfig": {
            "members": {
                "Type": {
                    "t": "string",
                    "enum": "KafkaSchemaRegistryAuthType"
                },
                "URI": {
                    "t": "string"
                }
            },
            "required": []
        },
        "KafkaSchemaRegistryConfig": {
            "members": {
                "SchemaRegistryURI": {
                    "t": "string"
                },
                "EventRecordFormat": {
                    "t": "string",
                    "enum": "SchemaRegistryEventRecordFormat"
                },
                "AccessConfigs": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "KafkaSchemaRegistryAccessConfig"
                    }
                },
                "SchemaValidationConfigs": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "KafkaSchemaValidationConfig"
                    }
                }
            },
            "required": []
        },
        "KafkaSchemaValidationConfig": {
            "members": {
                "Attribute": {
                    "t": "string",
                    "enum": "KafkaSchemaValidationAttribute"
                }
            },
            "required": []
        },
        "KMSAccessDeniedException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "KMSDisabledException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "KMSInvalidStateException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "KMSNotFoundException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "LambdaManagedInstancesCapacityProviderConfig": {
            "members": {
                "CapacityProviderArn": {
                    "t": "string"
                },
                "PerExecutionEnvironmentMaxConcurrency": {
                    "t": "integer"
                },
                "ExecutionEnvironmentMemoryGiBPerVCpu": {
                    "t": "integer"
                }
            },
            "required": [
                "CapacityProviderArn"
            ]
        },
        "LambdaServiceException": {
            "members": {},
            "required": []
        },
        "Layer": {
            "members": {
                "Arn": {
                    "t": "string"
                },
                "CodeSize": {
                    "t": "integer"
                },
                "SigningProfileVersionArn": {
                    "t": "string"
                },
                "SigningJobArn": {
                    "t": "string"
                }
            },
            "required": []
        },
        "LayersListItem": {
            "members": {
                "LayerName": {
                    "t": "string"
                },
                "LayerArn": {
                    "t": "string"
                },
                "LatestMatchingVersion": {
                    "t": "structure",
                    "shape": "LayerVersionsListItem"
                }
            },
            "required": []
        },
        "LayerVersionContentInput": {
            "members": {
                "S3Bucket": {
                    "t": "string"
                },
                "S3Key": {
                    "t": "string"
                },
                "S3ObjectVersion": {
                    "t": "string"
                },
                "S3ObjectStorageMode": {
                    "t": "string",
                    "enum": "S3ObjectStorageMode"
                },
                "ZipFile": {
                    "t": "blob"
                }
            },
            "required": []
        },
        "LayerVersionContentOutput": {
            "members": {
                "Location": {
                    "t": "string"
                },
                "CodeSha256": {
                    "t": "string"
                },
                "CodeSize": {
                    "t": "integer"
                },
                "SigningProfileVersionArn": {
                    "t": "string"
                },
                "SigningJobArn": {
                    "t": "string"
                },
                "ResolvedS3Object": {
                    "t": "structure",
                    "shape": "ResolvedS3Object"
                }
            },
            "required": []
        },
        "LayerVersionsListItem": {
            "members": {
                "LayerVersionArn": {
                    "t": "string"
                },
                "Version": {
                    "t": "integer"
                },
                "Description": {
                    "t": "string"
                },
                "CreatedDate": {
                    "t": "string"
                },
                "CompatibleArchitectures": {
                    "t": "list",
                    "member": {
                        "t": "string",
                        "enum": "Architecture"
                    }
                },
                "CompatibleRuntimes": {
                    "t": "list",
                    "member": {
                        "t": "string",
                        "enum": "Runtime"
                    }
                },
                "LicenseInfo": {
                    "t": "string"
                }
            },
            "required": []
        },
        "ListAliasesRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "FunctionVersion": {
                    "t": "string",
                    "loc": "query",
                    "name": "FunctionVersion"
                },
                "Marker": {
                    "t": "string",
                    "loc": "query",
                    "name": "Marker"
                },
                "MaxItems": {
                    "t": "integer",
                    "loc": "query",
                    "name": "MaxItems"
                }
            },
            "required": [
                "FunctionName"
            ]
        },
        "ListAliasesResponse": {
            "members": {
                "NextMarker": {
                    "t": "string"
                },
                "Aliases": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "AliasConfiguration"
                    }
                }
            },
            "required": []
        },
        "ListCapacityProvidersRequest": {
            "members": {
                "State": {
                    "t": "string",
                    "enum": "CapacityProviderState",
                    "loc": "query",
                    "name": "State"
                },
                "Marker": {
                    "t": "string",
                    "loc": "query",
                    "name": "Marker"
                },
                "MaxItems": {
                    "t": "integer",
                    "loc": "query",
                    "name": "MaxItems"
                }
            },
            "required": []
        },
        "ListCapacityProvidersResponse": {
            "members": {
                "CapacityProviders": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "CapacityProvider"
                    }
                },
                "NextMarker": {
                    "t": "string"
                }
            },
            "required": [
                "CapacityProviders"
            ]
        },
        "ListCodeSigningConfigsRequest": {
            "members": {
                "Marker": {
                    "t": "string",
                    "loc": "query",
                    "name": "Marker"
                },
                "MaxItems": {
                    "t": "integer",
                    "loc": "query",
                    "name": "MaxItems"
                }
            },
            "required": []
        },
        "ListCodeSigningConfigsResponse": {
            "members": {
                "NextMarker": {
                    "t": "string"
                },
                "CodeSigningConfigs": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "CodeSigningConfig"
                    }
                }
            },
            "required": []
        },
        "ListDurableExecutionsByFunctionRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "Qualifier": {
                    "t": "string",
                    "loc": "query",
                    "name": "Qualifier"
                },
                "DurableExecutionName": {
                    "t": "string",
                    "loc": "query",
                    "name": "DurableExecutionName"
                },
                "Statuses": {
                    "t": "list",
                    "member": {
                        "t": "string",
                        "enum": "ExecutionStatus"
                    },
                    "loc": "query",
                    "name": "Statuses"
                },
                "StartedAfter": {
                    "t": "timestamp",
                    "loc": "query",
                    "name": "StartedAfter"
                },
                "StartedBefore": {
                    "t": "timestamp",
                    "loc": "query",
                    "name": "StartedBefore"
                },
                "ReverseOrder": {
                    "t": "boolean",
                    "loc": "query",
                    "name": "ReverseOrder"
                },
                "Marker": {
                    "t": "string",
                    "loc": "query",
                    "name": "Marker"
                },
                "MaxItems": {
                    "t": "integer",
                    "loc": "query",
                    "name": "MaxItems"
                }
            },
            "required": [
                "FunctionName"
            ]
        },
        "ListDurableExecutionsByFunctionResponse": {
            "members": {
                "DurableExecutions": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "Execution"
                    }
                },
                "NextMarker": {
                    "t": "string"
                }
            },
            "required": []
        },
        "ListEventSourceMappingsRequest": {
            "members": {
                "EventSourceArn": {
                    "t": "string",
                    "loc": "query",
                    "name": "EventSourceArn"
                },
                "FunctionName": {
                    "t": "string",
                    "loc": "query",
                    "name": "FunctionName"
                },
                "Marker": {
                    "t": "string",
                    "loc": "query",
                    "name": "Marker"
                },
                "MaxItems": {
                    "t": "integer",
                    "loc": "query",
                    "name": "MaxItems"
                }
            },
            "required": []
        },
        "ListEventSourceMappingsResponse": {
            "members": {
                "NextMarker": {
                    "t": "string"
                },
                "EventSourceMappings": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "EventSourceMappingConfiguration"
                    }
                }
            },
            "required": []
        },
        "ListFunctionEventInvokeConfigsRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "Marker": {
                    "t": "string",
                    "loc": "query",
                    "name": "Marker"
                },
                "MaxItems": {
                    "t": "integer",
                    "loc": "query",
                    "name": "MaxItems"
                }
            },
            "required": [
                "FunctionName"
            ]
        },
        "ListFunctionEventInvokeConfigsResponse": {
            "members": {
                "FunctionEventInvokeConfigs": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "FunctionEventInvokeConfig"
                    }
                },
                "NextMarker": {
                    "t": "string"
                }
            },
            "required": []
        },
        "ListFunctionsByCodeSigningConfigRequest": {
            "members": {
                "CodeSigningConfigArn": {
                    "t": "string",
                    "loc": "label"
                },
                "Marker": {
                    "t": "string",
                    "loc": "query",
                    "name": "Marker"
                },
                "MaxItems": {
                    "t": "integer",
                    "loc": "query",
                    "name": "MaxItems"
                }
            },
            "required": [
                "CodeSigningConfigArn"
            ]
        },
        "ListFunctionsByCodeSigningConfigResponse": {
            "members": {
                "NextMarker": {
                    "t": "string"
                },
                "FunctionArns": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": []
        },
        "ListFunctionsRequest": {
            "members": {
                "MasterRegion": {
                    "t": "string",
                    "loc": "query",
                    "name": "MasterRegion"
                },
                "FunctionVersion": {
                    "t": "string",
                    "enum": "FunctionVersion",
                    "loc": "query",
                    "name": "FunctionVersion"
                },
                "Marker": {
                    "t": "string",
                    "loc": "query",
                    "name": "Marker"
                },
                "MaxItems": {
                    "t": "integer",
                    "loc": "query",
                    "name": "MaxItems"
                }
            },
            "required": []
        },
        "ListFunctionsResponse": {
            "members": {
                "NextMarker": {
                    "t": "string"
                },
                "Functions": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "FunctionConfiguration"
                    }
                }
            },
            "required": []
        },
        "ListFunctionUrlConfigsRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "Marker": {
                    "t": "string",
                    "loc": "query",
                    "name": "Marker"
                },
                "MaxItems": {
                    "t": "integer",
                    "loc": "query",
                    "name": "MaxItems"
                }
            },
            "required": [
                "FunctionName"
            ]
        },
        "ListFunctionUrlConfigsResponse": {
            "members": {
                "FunctionUrlConfigs": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "FunctionUrlConfig"
                    }
                },
                "NextMarker": {
                    "t": "string"
                }
            },
            "required": [
                "FunctionUrlConfigs"
            ]
        },
        "ListFunctionVersionsByCapacityProviderRequest": {
            "members": {
                "CapacityProviderName": {
                    "t": "string",
                    "loc": "label"
                },
                "Marker": {
                    "t": "string",
                    "loc": "query",
                    "name": "Marker"
                },
                "MaxItems": {
                    "t": "integer",
                    "loc": "query",
                    "name": "MaxItems"
                }
            },
            "required": [
                "CapacityProviderName"
            ]
        },
        "ListFunctionVersionsByCapacityProviderResponse": {
            "members": {
                "CapacityProviderArn": {
                    "t": "string"
                },
                "FunctionVersions": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "FunctionVersionsByCapacityProviderListItem"
                    }
                },
                "NextMarker": {
                    "t": "string"
                }
            },
            "required": [
                "CapacityProviderArn",
                "FunctionVersions"
            ]
        },
        "ListLayersRequest": {
            "members": {
                "CompatibleArchitecture": {
                    "t": "string",
                    "enum": "Architecture",
                    "loc": "query",
                    "name": "CompatibleArchitecture"
                },
                "CompatibleRuntime": {
                    "t": "string",
                    "enum": "Runtime",
                    "loc": "query",
                    "name": "CompatibleRuntime"
                },
                "Marker": {
                    "t": "string",
                    "loc": "query",
                    "name": "Marker"
                },
                "MaxItems": {
                    "t": "integer",
                    "loc": "query",
                    "name": "MaxItems"
                }
            },
            "required": []
        },
        "ListLayersResponse": {
            "members": {
                "NextMarker": {
                    "t": "string"
                },
                "Layers": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "LayersListItem"
                    }
                }
            },
            "required": []
        },
        "ListLayerVersionsRequest": {
            "members": {
                "LayerName": {
                    "t": "string",
                    "loc": "label"
                },
                "CompatibleArchitecture": {
                    "t": "string",
                    "enum": "Architecture",
                    "loc": "query",
                    "name": "CompatibleArchitecture"
                },
                "CompatibleRuntime": {
                    "t": "string",
                    "enum": "Runtime",
                    "loc": "query",
                    "name": "CompatibleRuntime"
                },
                "Marker": {
                    "t": "string",
                    "loc": "query",
                    "name": "Marker"
                },
                "MaxItems": {
                    "t": "integer",
                    "loc": "query",
                    "name": "MaxItems"
                }
            },
            "required": [
                "LayerName"
            ]
        },
        "ListLayerVersionsResponse": {
            "members": {
                "NextMarker": {
                    "t": "string"
                },
                "LayerVersions": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "LayerVersionsListItem"
                    }
                }
            },
            "required": []
        },
        "ListProvisionedConcurrencyConfigsRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "Marker": {
                    "t": "string",
                    "loc": "query",
                    "name": "Marker"
                },
                "MaxItems": {
                    "t": "integer",
                    "loc": "query",
                    "name": "MaxItems"
                }
            },
            "required": [
                "FunctionName"
            ]
        },
        "ListProvisionedConcurrencyConfigsResponse": {
            "members": {
                "ProvisionedConcurrencyConfigs": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "ProvisionedConcurrencyConfigListItem"
                    }
                },
                "NextMarker": {
                    "t": "string"
                }
            },
            "required": []
        },
        "ListTagsRequest": {
            "members": {
                "Resource": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "Resource"
            ]
        },
        "ListTagsResponse": {
            "members": {
                "Tags": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": []
        },
        "ListVersionsByFunctionRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "Marker": {
                    "t": "string",
                    "loc": "query",
                    "name": "Marker"
                },
                "MaxItems": {
                    "t": "integer",
                    "loc": "query",
                    "name": "MaxItems"
                }
            },
            "required": [
                "FunctionName"
            ]
        },
        "ListVersionsByFunctionResponse": {
            "members": {
                "NextMarker": {
                    "t": "string"
                },
                "Versions": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "FunctionConfiguration"
                    }
                }
            },
            "required": []
        },
        "LoggingConfig": {
            "members": {
                "LogFormat": {
                    "t": "string",
                    "enum": "LogFormat"
                },
                "ApplicationLogLevel": {
                    "t": "string",
                    "enum": "ApplicationLogLevel"
                },
                "SystemLogLevel": {
                    "t": "string",
                    "enum": "SystemLogLevel"
                },
                "LogGroup": {
                    "t": "string"
                }
            },
            "required": []
        },
        "ModeNotSupportedException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "NoPublishedVersionException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "OnFailure": {
            "members": {
                "Destination": {
                    "t": "string"
                }
            },
            "required": []
        },
        "OnSuccess": {
            "members": {
                "Destination": {
                    "t": "string"
                }
            },
            "required": []
        },
        "Operation": {
            "members": {
                "Id": {
                    "t": "string"
                },
                "Type": {
                    "t": "string",
                    "enum": "OperationType"
                },
                "StartTimestamp": {
                    "t": "timestamp"
                },
                "Status": {
                    "t": "string",
                    "enum": "OperationStatus"
                },
                "ParentId": {
                    "t": "string"
                },
                "Name": {
                    "t": "string"
                },
                "SubType": {
                    "t": "string"
                },
                "EndTimestamp": {
                    "t": "timestamp"
                },
                "ExecutionDetails": {
                    "t": "structure",
                    "shape": "ExecutionDetails"
                },
                "ContextDetails": {
                    "t": "structure",
                    "shape": "ContextDetails"
                },
                "StepDetails": {
                    "t": "structure",
                    "shape": "StepDetails"
                },
                "WaitDetails": {
                    "t": "structure",
                    "shape": "WaitDetails"
                },
                "CallbackDetails": {
                    "t": "structure",
                    "shape": "CallbackDetails"
                },
                "ChainedInvokeDetails": {
                    "t": "structure",
                    "shape": "ChainedInvokeDetails"
                }
            },
            "required": [
                "Id",
                "Type",
                "StartTimestamp",
                "Status"
            ]
        },
        "OperationUpdate": {
            "members": {
                "Id": {
                    "t": "string"
                },
                "Type": {
                    "t": "string",
                    "enum": "OperationType"
                },
                "Action": {
                    "t": "string",
                    "enum": "OperationAction"
                },
                "ParentId": {
                    "t": "string"
                },
                "Name": {
                    "t": "string"
                },
                "SubType": {
                    "t": "string"
                },
                "Payload": {
                    "t": "string"
                },
                "Error": {
                    "t": "structure",
                    "shape": "ErrorObject"
                },
                "ContextOptions": {
                    "t": "structure",
                    "shape": "ContextOptions"
                },
                "StepOptions": {
                    "t": "structure",
                    "shape": "StepOptions"
                },
                "WaitOptions": {
                    "t": "structure",
                    "shape": "WaitOptions"
                },
                "CallbackOptions": {
                    "t": "structure",
                    "shape": "CallbackOptions"
                },
                "ChainedInvokeOptions": {
                    "t": "structure",
                    "shape": "ChainedInvokeOptions"
                }
            },
            "required": [
                "Id",
                "Type",
                "Action"
            ]
        },
        "PolicyLengthExceededException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "PreconditionFailedException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "PropagateTags": {
            "members": {
                "Mode": {
                    "t": "string",
                    "enum": "PropagateTagsMode"
                },
                "ExplicitTags": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": []
        },
        "ProvisionedConcurrencyConfigListItem": {
            "members": {
                "FunctionArn": {
                    "t": "string"
                },
                "RequestedProvisionedConcurrentExecutions": {
                    "t": "integer"
                },
                "AvailableProvisionedConcurrentExecutions": {
                    "t": "integer"
                },
                "AllocatedProvisionedConcurrentExecutions": {
                    "t": "integer"
                },
                "Status": {
                    "t": "string",
                    "enum": "ProvisionedConcurrencyStatusEnum"
                },
                "StatusReason": {
                    "t": "string"
                },
                "LastModified": {
                    "t": "string"
                }
            },
            "required": []
        },
        "ProvisionedConcurrencyConfigNotFoundException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "ProvisionedPollerConfig": {
            "members": {
                "MinimumPollers": {
                    "t": "integer"
                },
                "MaximumPollers": {
                    "t": "integer"
                },
                "PollerGroupName": {
                    "t": "string"
                }
            },
            "required": []
        },
        "PublicPolicyException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "PublishLayerVersionRequest": {
            "members": {
                "LayerName": {
                    "t": "string",
                    "loc": "label"
                },
                "Content": {
                    "t": "structure",
                    "shape": "LayerVersionContentInput"
                },
                "Description": {
                    "t": "string"
                },
                "CompatibleArchitectures": {
                    "t": "list",
                    "member": {
                        "t": "string",
                        "enum": "Architecture"
                    }
                },
                "CompatibleRuntimes": {
                    "t": "list",
                    "member": {
                        "t": "string",
                        "enum": "Runtime"
                    }
                },
                "LicenseInfo": {
                    "t": "string"
                }
            },
            "required": [
                "LayerName",
                "Content"
            ]
        },
        "PublishLayerVersionResponse": {
            "members": {
                "Content": {
                    "t": "structure",
                    "shape": "LayerVersionContentOutput"
                },
                "LayerArn": {
                    "t": "string"
                },
                "LayerVersionArn": {
                    "t": "string"
                },
                "Description": {
                    "t": "string"
                },
                "CreatedDate": {
                    "t": "string"
                },
                "Version": {
                    "t": "integer"
                },
                "CompatibleArchitectures": {
                    "t": "list",
                    "member": {
                        "t": "string",
                        "enum": "Architecture"
                    }
                },
                "CompatibleRuntimes": {
                    "t": "list",
                    "member": {
                        "t": "string",
                        "enum": "Runtime"
                    }
                },
                "LicenseInfo": {
                    "t": "string"
                }
            },
            "required": []
        },
        "PublishVersionRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "CodeSha256": {
                    "t": "string"
                },
                "Description": {
                    "t": "string"
                },
                "RevisionId": {
                    "t": "string"
                },
                "PublishTo": {
                    "t": "string",
                    "enum": "FunctionVersionLatestPublished"
                }
            },
            "required": [
                "FunctionName"
            ]
        },
        "PutFunctionCodeSigningConfigRequest": {
            "members": {
                "CodeSigningConfigArn": {
                    "t": "string"
                },
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "CodeSigningConfigArn",
                "FunctionName"
            ]
        },
        "PutFunctionCodeSigningConfigResponse": {
            "members": {
                "CodeSigningConfigArn": {
                    "t": "string"
                },
                "FunctionName": {
                    "t": "string"
                }
            },
            "required": [
                "CodeSigningConfigArn",
                "FunctionName"
            ]
        },
        "PutFunctionConcurrencyRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "ReservedConcurrentExecutions": {
                    "t": "integer"
                }
            },
            "required": [
                "FunctionName",
                "ReservedConcurrentExecutions"
            ]
        },
        "PutFunctionEventInvokeConfigRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "Qualifier": {
                    "t": "string",
                    "loc": "query",
                    "name": "Qualifier"
                },
                "MaximumRetryAttempts": {
                    "t": "integer"
                },
                "MaximumEventAgeInSeconds": {
                    "t": "integer"
                },
                "DestinationConfig": {
                    "t": "structure",
                    "shape": "DestinationConfig"
                }
            },
            "required": [
                "FunctionName"
            ]
        },
        "PutFunctionRecursionConfigRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "RecursiveLoop": {
                    "t": "string",
                    "enum": "RecursiveLoop"
                }
            },
            "required": [
                "FunctionName",
                "RecursiveLoop"
            ]
        },
        "PutFunctionRecursionConfigResponse": {
            "members": {
                "RecursiveLoop": {
                    "t": "string",
                    "enum": "RecursiveLoop"
                }
            },
            "required": []
        },
        "PutFunctionScalingConfigRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "Qualifier": {
                    "t": "string",
                    "loc": "query",
                    "name": "Qualifier"
                },
                "FunctionScalingConfig": {
                    "t": "structure",
                    "shape": "FunctionScalingConfig"
                }
            },
            "required": [
                "FunctionName",
                "Qualifier"
            ]
        },
        "PutFunctionScalingConfigResponse": {
            "members": {
                "FunctionState": {
                    "t": "string",
                    "enum": "State"
                }
            },
            "required": []
        },
        "PutProvisionedConcurrencyConfigRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "Qualifier": {
                    "t": "string",
                    "loc": "query",
                    "name": "Qualifier"
                },
                "ProvisionedConcurrentExecutions": {
                    "t": "integer"
                }
            },
            "required": [
                "FunctionName",
                "Qualifier",
                "ProvisionedConcurrentExecutions"
            ]
        },
        "PutProvisionedConcurrencyConfigResponse": {
            "members": {
                "RequestedProvisionedConcurrentExecutions": {
                    "t": "integer"
                },
                "AllocatedProvisionedConcurrentExecutions": {
                    "t": "integer"
                },
                "AvailableProvisionedConcurrentExecutions": {
                    "t": "integer"
                },
                "Status": {
                    "t": "string",
                    "enum": "ProvisionedConcurrencyStatusEnum"
                },
                "StatusReason": {
                    "t": "string"
                },
                "LastModified": {
                    "t": "string"
                }
            },
            "required": []
        },
        "PutResourcePolicyRequest": {
            "members": {
                "ResourceArn": {
                    "t": "string",
                    "loc": "label"
                },
                "Policy": {
                    "t": "string"
                },
                "RevisionId": {
                    "t": "string"
                }
            },
            "required": [
                "ResourceArn",
                "Policy"
            ]
        },
        "PutResourcePolicyResponse": {
            "members": {
                "Policy": {
                    "t": "string"
                },
                "RevisionId": {
                    "t": "string"
                }
            },
            "required": []
        },
        "PutRuntimeManagementConfigRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "UpdateRuntimeOn": {
                    "t": "string",
                    "enum": "UpdateRuntimeOn"
                },
                "Qualifier": {
                    "t": "string",
                    "loc": "query",
                    "name": "Qualifier"
                },
                "RuntimeVersionArn": {
                    "t": "string"
                }
            },
            "required": [
                "FunctionName",
                "UpdateRuntimeOn"
            ]
        },
        "PutRuntimeManagementConfigResponse": {
            "members": {
                "UpdateRuntimeOn": {
                    "t": "string",
                    "enum": "UpdateRuntimeOn"
                },
                "FunctionArn": {
                    "t": "string"
                },
                "RuntimeVersionArn": {
                    "t": "string"
                }
            },
            "required": [
                "UpdateRuntimeOn",
                "FunctionArn"
            ]
        },
        "RecursiveInvocationException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "RemoveLayerVersionPermissionRequest": {
            "members": {
                "LayerName": {
                    "t": "string",
                    "loc": "label"
                },
                "VersionNumber": {
                    "t": "integer",
                    "loc": "label"
                },
                "StatementId": {
                    "t": "string",
                    "loc": "label"
                },
                "RevisionId": {
                    "t": "string",
                    "loc": "query",
                    "name": "RevisionId"
                }
            },
            "required": [
                "LayerName",
                "VersionNumber",
                "StatementId"
            ]
        },
        "RemovePermissionRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "StatementId": {
                    "t": "string",
                    "loc": "label"
                },
                "Qualifier": {
                    "t": "string",
                    "loc": "query",
                    "name": "Qualifier"
                },
                "RevisionId": {
                    "t": "string",
                    "loc": "query",
                    "name": "RevisionId"
                }
            },
            "required": [
                "FunctionName",
                "StatementId"
            ]
        },
        "RequestTooLargeException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "ResolvedS3Object": {
            "members": {
                "S3Bucket": {
                    "t": "string"
                },
                "S3Key": {
                    "t": "string"
                },
                "S3ObjectVersion": {
                    "t": "string"
                }
            },
            "required": []
        },
        "ResourceConflictException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "ResourceInUseException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "ResourceNotFoundException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "ResourceNotReadyException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "RetryDetails": {
            "members": {
                "CurrentAttempt": {
                    "t": "integer"
                },
                "NextAttemptDelaySeconds": {
                    "t": "integer"
                }
            },
            "required": []
        },
        "RuntimeVersionConfig": {
            "members": {
                "RuntimeVersionArn": {
                    "t": "string"
                },
                "Error": {
                    "t": "structure",
                    "shape": "RuntimeVersionError"
                }
            },
            "required": []
        },
        "RuntimeVersionError": {
            "members": {
                "ErrorCode": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "S3FilesConfig": {
            "members": {
                "DirectS3Read": {
                    "t": "string",
                    "enum": "DirectS3Read"
                }
            },
            "required": []
        },
        "S3FilesMountConnectivityException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "S3FilesMountFailureException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "S3FilesMountTimeoutException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "ScalingConfig": {
            "members": {
                "MaximumConcurrency": {
                    "t": "integer"
                }
            },
            "required": []
        },
        "SelfManagedEventSource": {
            "members": {
                "Endpoints": {
                    "t": "map",
                    "member": {
                        "t": "list",
                        "member": {
                            "t": "string"
                        }
                    }
                }
            },
            "required": []
        },
        "SelfManagedKafkaEventSourceConfig": {
            "members": {
                "ConsumerGroupId": {
                    "t": "string"
                },
                "SchemaRegistryConfig": {
                    "t": "structure",
                    "shape": "KafkaSchemaRegistryConfig"
                }
            },
            "required": []
        },
        "SendDurableExecutionCallbackFailureRequest": {
            "members": {
                "CallbackId": {
                    "t": "string",
                    "loc": "label"
                },
                "Error": {
                    "t": "structure",
                    "shape": "ErrorObject",
                    "loc": "payload"
                }
            },
            "required": [
                "CallbackId"
            ]
        },
        "SendDurableExecutionCallbackFailureResponse": {
            "members": {},
            "required": []
        },
        "SendDurableExecutionCallbackHeartbeatRequest": {
            "members": {
                "CallbackId": {
                    "t": "string",
                    "loc": "label"
                }
            },
            "required": [
                "CallbackId"
            ]
        },
        "SendDurableExecutionCallbackHeartbeatResponse": {
            "members": {},
            "required": []
        },
        "SendDurableExecutionCallbackSuccessRequest": {
            "members": {
                "CallbackId": {
                    "t": "string",
                    "loc": "label"
                },
                "Result": {
                    "t": "blob",
                    "loc": "payload"
                }
            },
            "required": [
                "CallbackId"
            ]
        },
        "SendDurableExecutionCallbackSuccessResponse": {
            "members": {},
            "required": []
        },
        "SerializedRequestEntityTooLargeException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "ServiceException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "ServiceQuotaExceededException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "SnapStart": {
            "members": {
                "ApplyOn": {
                    "t": "string",
                    "enum": "SnapStartApplyOn"
                }
            },
            "required": []
        },
        "SnapStartException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "SnapStartNotReadyException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "SnapStartRegenerationFailureException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "SnapStartResponse": {
            "members": {
                "ApplyOn": {
                    "t": "string",
                    "enum": "SnapStartApplyOn"
                },
                "OptimizationStatus": {
                    "t": "string",
                    "enum": "SnapStartOptimizationStatus"
                }
            },
            "required": []
        },
        "SnapStartTimeoutException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "SourceAccessConfiguration": {
            "members": {
                "Type": {
                    "t": "string",
                    "enum": "SourceAccessType"
                },
                "URI": {
                    "t": "string"
                }
            },
            "required": []
        },
        "StepDetails": {
            "members": {
                "Attempt": {
                    "t": "integer"
                },
                "NextAttemptTimestamp": {
                    "t": "timestamp"
                },
                "Result": {
                    "t": "string"
                },
                "Error": {
                    "t": "structure",
                    "shape": "ErrorObject"
                }
            },
            "required": []
        },
        "StepFailedDetails": {
            "members": {
                "Error": {
                    "t": "structure",
                    "shape": "EventError"
                },
                "RetryDetails": {
                    "t": "structure",
                    "shape": "RetryDetails"
                }
            },
            "required": [
                "Error",
                "RetryDetails"
            ]
        },
        "StepOptions": {
            "members": {
                "NextAttemptDelaySeconds": {
                    "t": "integer"
                }
            },
            "required": []
        },
        "StepStartedDetails": {
            "members": {},
            "required": []
        },
        "StepSucceededDetails": {
            "members": {
                "Result": {
                    "t": "structure",
                    "shape": "EventResult"
                },
                "RetryDetails": {
                    "t": "structure",
                    "shape": "RetryDetails"
                }
            },
            "required": [
                "Result",
                "RetryDetails"
            ]
        },
        "StopDurableExecutionRequest": {
            "members": {
                "DurableExecutionArn": {
                    "t": "string",
                    "loc": "label"
                },
                "Error": {
                    "t": "structure",
                    "shape": "ErrorObject",
                    "loc": "payload"
                }
            },
            "required": [
                "DurableExecutionArn"
            ]
        },
        "StopDurableExecutionResponse": {
            "members": {
                "StopTimestamp": {
                    "t": "timestamp"
                }
            },
            "required": [
                "StopTimestamp"
            ]
        },
        "SubnetIPAddressLimitReachedException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "TagResourceRequest": {
            "members": {
                "Resource": {
                    "t": "string",
                    "loc": "label"
                },
                "Tags": {
                    "t": "map",
                    "member": {
                        "t": "string"
                    }
                }
            },
            "required": [
                "Resource",
                "Tags"
            ]
        },
        "TagsError": {
            "members": {
                "ErrorCode": {
                    "t": "string"
                },
                "Message": {
                    "t": "string"
                }
            },
            "required": [
                "ErrorCode",
                "Message"
            ]
        },
        "TargetTrackingScalingPolicy": {
            "members": {
                "PredefinedMetricType": {
                    "t": "string",
                    "enum": "CapacityProviderPredefinedMetricType"
                },
                "TargetValue": {
                    "t": "integer"
                }
            },
            "required": [
                "PredefinedMetricType",
                "TargetValue"
            ]
        },
        "TenancyConfig": {
            "members": {
                "TenantIsolationMode": {
                    "t": "string",
                    "enum": "TenantIsolationMode"
                }
            },
            "required": [
                "TenantIsolationMode"
            ]
        },
        "TooManyRequestsException": {
            "members": {
                "retryAfterSeconds": {
                    "t": "string",
                    "loc": "header",
                    "name": "Retry-After"
                },
                "Type": {
                    "t": "string"
                },
                "message": {
                    "t": "string"
                },
                "Reason": {
                    "t": "string"
                }
            },
            "required": []
        },
        "TraceHeader": {
            "members": {
                "XAmznTraceId": {
                    "t": "string"
                }
            },
            "required": []
        },
        "TracingConfig": {
            "members": {
                "Mode": {
                    "t": "string",
                    "enum": "TracingMode"
                }
            },
            "required": []
        },
        "TracingConfigResponse": {
            "members": {
                "Mode": {
                    "t": "string",
                    "enum": "TracingMode"
                }
            },
            "required": []
        },
        "Unit": {
            "members": {},
            "required": []
        },
        "UnsupportedMediaTypeException": {
            "members": {
                "Type": {
                    "t": "string"
                },
                "message": {
                    "t": "string"
                }
            },
            "required": []
        },
        "UntagResourceRequest": {
            "members": {
                "Resource": {
                    "t": "string",
                    "loc": "label"
                },
                "TagKeys": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    },
                    "loc": "query",
                    "name": "tagKeys"
                }
            },
            "required": [
                "Resource",
                "TagKeys"
            ]
        },
        "UpdateAliasRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "Name": {
                    "t": "string",
                    "loc": "label"
                },
                "FunctionVersion": {
                    "t": "string"
                },
                "Description": {
                    "t": "string"
                },
                "RoutingConfig": {
                    "t": "structure",
                    "shape": "AliasRoutingConfiguration"
                },
                "RevisionId": {
                    "t": "string"
                }
            },
            "required": [
                "FunctionName",
                "Name"
            ]
        },
        "UpdateCapacityProviderRequest": {
            "members": {
                "CapacityProviderName": {
                    "t": "string",
                    "loc": "label"
                },
                "CapacityProviderScalingConfig": {
                    "t": "structure",
                    "shape": "CapacityProviderScalingConfig"
                },
                "PropagateTags": {
                    "t": "structure",
                    "shape": "PropagateTags"
                },
                "TelemetryConfig": {
                    "t": "structure",
                    "shape": "CapacityProviderTelemetryConfig"
                }
            },
            "required": [
                "CapacityProviderName"
            ]
        },
        "UpdateCapacityProviderResponse": {
            "members": {
                "CapacityProvider": {
                    "t": "structure",
                    "shape": "CapacityProvider"
                }
            },
            "required": [
                "CapacityProvider"
            ]
        },
        "UpdateCodeSigningConfigRequest": {
            "members": {
                "CodeSigningConfigArn": {
                    "t": "string",
                    "loc": "label"
                },
                "Description": {
                    "t": "string"
                },
                "AllowedPublishers": {
                    "t": "structure",
                    "shape": "AllowedPublishers"
                },
                "CodeSigningPolicies": {
                    "t": "structure",
                    "shape": "CodeSigningPolicies"
                }
            },
            "required": [
                "CodeSigningConfigArn"
            ]
        },
        "UpdateCodeSigningConfigResponse": {
            "members": {
                "CodeSigningConfig": {
                    "t": "structure",
                    "shape": "CodeSigningConfig"
                }
            },
            "required": [
                "CodeSigningConfig"
            ]
        },
        "UpdateEventSourceMappingRequest": {
            "members": {
                "UUID": {
                    "t": "string",
                    "loc": "label"
                },
                "FunctionName": {
                    "t": "string"
                },
                "Enabled": {
                    "t": "boolean"
                },
                "BatchSize": {
                    "t": "integer"
                },
                "FilterCriteria": {
                    "t": "structure",
                    "shape": "FilterCriteria"
                },
                "KMSKeyArn": {
                    "t": "string"
                },
                "MetricsConfig": {
                    "t": "structure",
                    "shape": "EventSourceMappingMetricsConfig"
                },
                "LoggingConfig": {
                    "t": "structure",
                    "shape": "EventSourceMappingLoggingConfig"
                },
                "ScalingConfig": {
                    "t": "structure",
                    "shape": "ScalingConfig"
                },
                "MaximumBatchingWindowInSeconds": {
                    "t": "integer"
                },
                "ParallelizationFactor": {
                    "t": "integer"
                },
                "DestinationConfig": {
                    "t": "structure",
                    "shape": "DestinationConfig"
                },
                "MaximumRecordAgeInSeconds": {
                    "t": "integer"
                },
                "BisectBatchOnFunctionError": {
                    "t": "boolean"
                },
                "MaximumRetryAttempts": {
                    "t": "integer"
                },
                "TumblingWindowInSeconds": {
                    "t": "integer"
                },
                "SourceAccessConfigurations": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "SourceAccessConfiguration"
                    }
                },
                "FunctionResponseTypes": {
                    "t": "list",
                    "member": {
                        "t": "string",
                        "enum": "FunctionResponseType"
                    }
                },
                "AmazonManagedKafkaEventSourceConfig": {
                    "t": "structure",
                    "shape": "AmazonManagedKafkaEventSourceConfig"
                },
                "SelfManagedKafkaEventSourceConfig": {
                    "t": "structure",
                    "shape": "SelfManagedKafkaEventSourceConfig"
                },
                "DocumentDBEventSourceConfig": {
                    "t": "structure",
                    "shape": "DocumentDBEventSourceConfig"
                },
                "ProvisionedPollerConfig": {
                    "t": "structure",
                    "shape": "ProvisionedPollerConfig"
                }
            },
            "required": [
                "UUID"
            ]
        },
        "UpdateFunctionCodeRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "ZipFile": {
                    "t": "blob"
                },
                "S3Bucket": {
                    "t": "string"
                },
                "S3Key": {
                    "t": "string"
                },
                "S3ObjectVersion": {
                    "t": "string"
                },
                "S3ObjectStorageMode": {
                    "t": "string",
                    "enum": "S3ObjectStorageMode"
                },
                "ImageUri": {
                    "t": "string"
                },
                "Architectures": {
                    "t": "list",
                    "member": {
                        "t": "string",
                        "enum": "Architecture"
                    }
                },
                "Publish": {
                    "t": "boolean"
                },
                "PublishTo": {
                    "t": "string",
                    "enum": "FunctionVersionLatestPublished"
                },
                "DryRun": {
                    "t": "boolean"
                },
                "RevisionId": {
                    "t": "string"
                },
                "SourceKMSKeyArn": {
                    "t": "string"
                }
            },
            "required": [
                "FunctionName"
            ]
        },
        "UpdateFunctionConfigurationRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "Role": {
                    "t": "string"
                },
                "Handler": {
                    "t": "string"
                },
                "Description": {
                    "t": "string"
                },
                "Timeout": {
                    "t": "integer"
                },
                "MemorySize": {
                    "t": "integer"
                },
                "VpcConfig": {
                    "t": "structure",
                    "shape": "VpcConfig"
                },
                "Environment": {
                    "t": "structure",
                    "shape": "Environment"
                },
                "Runtime": {
                    "t": "string",
                    "enum": "Runtime"
                },
                "DeadLetterConfig": {
                    "t": "structure",
                    "shape": "DeadLetterConfig"
                },
                "KMSKeyArn": {
                    "t": "string"
                },
                "TracingConfig": {
                    "t": "structure",
                    "shape": "TracingConfig"
                },
                "RevisionId": {
                    "t": "string"
                },
                "Layers": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                },
                "FileSystemConfigs": {
                    "t": "list",
                    "member": {
                        "t": "structure",
                        "shape": "FileSystemConfig"
                    }
                },
                "ImageConfig": {
                    "t": "structure",
                    "shape": "ImageConfig"
                },
                "EphemeralStorage": {
                    "t": "structure",
                    "shape": "EphemeralStorage"
                },
                "SnapStart": {
                    "t": "structure",
                    "shape": "SnapStart"
                },
                "LoggingConfig": {
                    "t": "structure",
                    "shape": "LoggingConfig"
                },
                "CapacityProviderConfig": {
                    "t": "structure",
                    "shape": "CapacityProviderConfig"
                },
                "DurableConfig": {
                    "t": "structure",
                    "shape": "DurableConfig"
                }
            },
            "required": [
                "FunctionName"
            ]
        },
        "UpdateFunctionEventInvokeConfigRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "Qualifier": {
                    "t": "string",
                    "loc": "query",
                    "name": "Qualifier"
                },
                "MaximumRetryAttempts": {
                    "t": "integer"
                },
                "MaximumEventAgeInSeconds": {
                    "t": "integer"
                },
                "DestinationConfig": {
                    "t": "structure",
                    "shape": "DestinationConfig"
                }
            },
            "required": [
                "FunctionName"
            ]
        },
        "UpdateFunctionUrlConfigRequest": {
            "members": {
                "FunctionName": {
                    "t": "string",
                    "loc": "label"
                },
                "Qualifier": {
                    "t": "string",
                    "loc": "query",
                    "name": "Qualifier"
                },
                "AuthType": {
                    "t": "string",
                    "enum": "FunctionUrlAuthType"
                },
                "Cors": {
                    "t": "structure",
                    "shape": "Cors"
                },
                "InvokeMode": {
                    "t": "string",
                    "enum": "InvokeMode"
                }
            },
            "required": [
                "FunctionName"
            ]
        },
        "UpdateFunctionUrlConfigResponse": {
            "members": {
                "FunctionUrl": {
                    "t": "string"
                },
                "FunctionArn": {
                    "t": "string"
                },
                "AuthType": {
                    "t": "string",
                    "enum": "FunctionUrlAuthType"
                },
                "CreationTime": {
                    "t": "string"
                },
                "LastModifiedTime": {
                    "t": "string"
                },
                "Cors": {
                    "t": "structure",
                    "shape": "Cors"
                },
                "InvokeMode": {
                    "t": "string",
                    "enum": "InvokeMode"
                }
            },
            "required": [
                "FunctionUrl",
                "FunctionArn",
                "AuthType",
                "CreationTime",
                "LastModifiedTime"
            ]
        },
        "VpcConfig": {
            "members": {
                "SubnetIds": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                },
                "SecurityGroupIds": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                },
                "Ipv6AllowedForDualStack": {
                    "t": "boolean"
                }
            },
            "required": []
        },
        "VpcConfigResponse": {
            "members": {
                "SubnetIds": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                },
                "SecurityGroupIds": {
                    "t": "list",
                    "member": {
                        "t": "string"
                    }
                },
                "VpcId": {
                    "t": "string"
                },
                "Ipv6AllowedForDualStack": {
                    "t": "boolean"
                }
            },
            "required": []
        },
        "WaitCancelledDetails": {
            "members": {
                "Error": {
                    "t": "structure",
                    "shape": "EventError"
                }
            },
            "required": []
        },
        "WaitDetails": {
            "members": {
                "ScheduledEndTimestamp": {
                    "t": "timestamp"
                }
            },
            "required": []
        },
        "WaitOptions": {
            "members": {
                "WaitSeconds": {
                    "t": "integer"
                }
            },
            "required": []
        },
        "WaitStartedDetails": {
            "members": {
                "Duration": {
                    "t": "integer"
                },
                "ScheduledEndTimestamp": {
                    "t": "timestamp"
                }
            },
            "required": [
                "Duration",
                "ScheduledEndTimestamp"
            ]
        },
        "WaitSucceededDetails": {
            "members": {
                "Duration": {
                    "t": "integer"
                }
            },
            "required": []
        }
    },
    "errors": {
        "AliasLimitExceededException": 400,
        "CallbackTimeoutException": 400,
        "CapacityProviderLimitExceededException": 400,
        "CodeArtifactUserDeletedException": 409,
        "CodeArtifactUserFailedException": 409,
        "CodeArtifactUserPendingException": 409,
        "CodeSigningConfigNotFoundException": 404,
        "CodeStorageExceededException": 400,
        "CodeVerificationFailedException": 400,
        "DurableExecutionAlreadyStartedException": 409,
        "EC2AccessDeniedException": 502,
        "EC2ThrottledException": 502,
        "EC2UnexpectedException": 502,
        "EFSIOException": 410,
        "EFSMountConnectivityException": 408,
        "EFSMountFailureException": 403,
        "EFSMountTimeoutException": 408,
        "ENILimitReachedException": 502,
        "ENINotReadyException": 502,
        "FunctionVersionsPerCapacityProviderLimitExceededException": 400,
        "InvalidCodeSignatureException": 400,
        "InvalidParameterValueException": 400,
        "InvalidRequestContentException": 400,
        "InvalidRuntimeException": 502,
        "InvalidSecurityGroupIDException": 502,
        "InvalidSubnetIDException": 502,
        "InvalidZipFileException": 502,
        "KMSAccessDeniedException": 502,
        "KMSDisabledException": 502,
        "KMSInvalidStateException": 502,
        "KMSNotFoundException": 502,
        "ModeNotSupportedException": 400,
        "NoPublishedVersionException": 400,
        "PolicyLengthExceededException": 400,
        "PreconditionFailedException": 412,
        "ProvisionedConcurrencyConfigNotFoundException": 404,
        "PublicPolicyException": 400,
        "RecursiveInvocationException": 400,
        "RequestTooLargeException": 413,
        "ResourceConflictException": 409,
        "ResourceInUseException": 400,
        "ResourceNotFoundException": 404,
        "ResourceNotReadyException": 502,
        "S3FilesMountConnectivityException": 408,
        "S3FilesMountFailureException": 403,
        "S3FilesMountTimeoutException": 408,
        "SerializedRequestEntityTooLargeException": 413,
        "ServiceException": 500,
        "ServiceQuotaExceededException": 402,
        "SnapStartException": 400,
        "SnapStartNotReadyException": 409,
        "SnapStartRegenerationFailureException": 409,
        "SnapStartTimeoutException": 408,
        "SubnetIPAddressLimitReachedException": 502,
        "TooManyRequestsException": 429,
        "UnsupportedMediaTypeException": 415
    },
    "enums": {
        "ApplicationLogLevel": [
            "DEBUG",
            "ERROR",
            "FATAL",
            "INFO",
            "TRACE",
            "WARN"
        ],
        "Architecture": [
            "x86_64",
            "arm64"
        ],
        "CapacityProviderPredefinedMetricType": [
            "LambdaCapacityProviderAverageCPUUtilization"
        ],
        "CapacityProviderScalingMode": [
            "Auto",
            "Manual"
        ],
        "CapacityProviderState": [
            "Active",
            "Deleting",
            "Failed",
            "Pending"
        ],
        "CodeSigningPolicy": [
            "Enforce",
            "Warn"
        ],
        "DirectS3Read": [
            "AUTO",
            "DISABLED",
            "ENABLED"
        ],
        "EventSourceMappingMetric": [
            "ErrorCount",
            "EventCount",
            "KafkaMetrics"
        ],
        "EventSourceMappingSystemLogLevel": [
            "DEBUG",
            "INFO",
            "WARN"
        ],
        "EventSourcePosition": [
            "AT_TIMESTAMP",
            "LATEST",
            "TRIM_HORIZON"
        ],
        "EventType": [
            "CallbackFailed",
            "CallbackStarted",
            "CallbackSucceeded",
            "CallbackTimedOut",
            "ChainedInvokeFailed",
            "ChainedInvokeStarted",
            "ChainedInvokeStopped",
            "ChainedInvokeSucceeded",
            "ChainedInvokeTimedOut",
            "ContextFailed",
            "ContextStarted",
            "ContextSucceeded",
            "ExecutionFailed",
            "ExecutionStarted",
            "ExecutionStopped",
            "ExecutionSucceeded",
            "ExecutionTimedOut",
            "InvocationCompleted",
            "StepFailed",
            "StepStarted",
            "StepSucceeded",
            "WaitCancelled",
            "WaitStarted",
            "WaitSucceeded"
        ],
        "ExecutionStatus": [
            "FAILED",
            "RUNNING",
            "STOPPED",
            "SUCCEEDED",
            "TIMED_OUT"
        ],
        "FullDocument": [
            "Default",
            "UpdateLookup"
        ],
        "FunctionResponseType": [
            "ReportBatchItemFailures"
        ],
        "FunctionUrlAuthType": [
            "AWS_IAM",
            "NONE"
        ],
        "FunctionVersion": [
            "ALL"
        ],
        "FunctionVersionLatestPublished": [
            "LATEST_PUBLISHED"
        ],
        "InvocationType": [
            "DryRun",
            "Event",
            "RequestResponse"
        ],
        "InvokeMode": [
            "BUFFERED",
            "RESPONSE_STREAM"
        ],
        "KafkaSchemaRegistryAuthType": [
            "BASIC_AUTH",
            "CLIENT_CERTIFICATE_TLS_AUTH",
            "SERVER_ROOT_CA_CERTIFICATE"
        ],
        "KafkaSchemaValidationAttribute": [
            "KEY",
            "VALUE"
        ],
        "LastUpdateStatus": [
            "Failed",
            "InProgress",
            "Successful"
        ],
        "LastUpdateStatusReasonCode": [
            "CapacityProviderScalingLimitExceeded",
            "DependencyError",
            "DisabledKMSKey",
            "DisallowedByVpcEncryptionControl",
            "EC2RequestLimitExceeded",
            "EFSIOError",
            "EFSMountConnectivityError",
            "EFSMountFailure",
            "EFSMountTimeout",
            "EniLimitExceeded",
            "FunctionError",
            "FunctionError.ExtensionInitError",
            "FunctionError.InitResourceExhausted",
            "FunctionError.InitTimeout",
            "FunctionError.InvalidEntryPoint",
            "FunctionError.InvalidWorkingDirectory",
            "FunctionError.PermissionDenied",
            "FunctionError.RuntimeInitError",
            "FunctionError.TooManyExtensions",
            "ImageAccessDenied",
            "ImageDeleted",
            "InsufficientCapacity",
            "InsufficientRolePermissions",
            "InternalError",
            "InvalidConfiguration",
            "InvalidImage",
            "InvalidRuntime",
            "InvalidSecurityGroup",
            "InvalidStateKMSKey",
            "InvalidSubnet",
            "InvalidZipFileException",
            "KMSKeyAccessDenied",
            "KMSKeyNotFound",
            "ServiceQuotaExceededException",
            "SubnetOutOfIPAddresses",
            "VcpuLimitExceeded"
        ],
        "LogFormat": [
            "JSON",
            "Text"
        ],
        "LogType": [
            "None",
            "Tail"
        ],
        "OperationAction": [
            "CANCEL",
            "FAIL",
            "RETRY",
            "START",
            "SUCCEED"
        ],
        "OperationStatus": [
            "CANCELLED",
            "FAILED",
            "PENDING",
            "READY",
            "STARTED",
            "STOPPED",
            "SUCCEEDED",
            "TIMED_OUT"
        ],
        "OperationType": [
            "CALLBACK",
            "CHAINED_INVOKE",
            "CONTEXT",
            "EXECUTION",
            "STEP",
            "WAIT"
        ],
        "PackageType": [
            "Image",
            "Zip"
        ],
        "PropagateTagsMode": [
            "Explicit",
            "None"
        ],
        "ProvisionedConcurrencyStatusEnum": [
            "FAILED",
            "IN_PROGRESS",
            "READY"
        ],
        "RecursiveLoop": [
            "Allow",
            "Terminate"
        ],
        "ResponseStreamingInvocationType": [
            "DryRun",
            "RequestResponse"
        ],
        "Runtime": [
            "dotnet10",
            "dotnet6",
            "dotnet8",
            "dotnetcore1.0",
            "dotnetcore2.0",
            "dotnetcore2.1",
            "dotnetcore3.1",
            "go1.x",
            "java11",
            "java11.al2023",
            "java17",
            "java17.al2023",
            "java21",
            "java25",
            "java8",
            "java8.al2",
            "java8.al2023",
            "nodejs",
            "nodejs10.x",
            "nodejs12.x",
            "nodejs14.x",
            "nodejs16.x",
            "nodejs18.x",
            "nodejs20.x",
            "nodejs22.x",
            "nodejs24.x",
            "nodejs26.x",
            "nodejs4.3",
            "nodejs4.3-edge",
            "nodejs6.10",
            "nodejs8.10",
            "provided",
            "provided.al2",
            "provided.al2023",
            "python2.7",
            "python3.10",
            "python3.11",
            "python3.12",
            "python3.13",
            "python3.14",
            "python3.15",
            "python3.6",
            "python3.7",
            "python3.8",
            "python3.9",
            "ruby2.5",
            "ruby2.7",
            "ruby3.2",
            "ruby3.3",
            "ruby3.4",
            "ruby4.0"
        ],
        "S3ObjectStorageMode": [
            "COPY",
            "REFERENCE"
        ],
        "SchemaRegistryEventRecordFormat": [
            "JSON",
            "SOURCE"
        ],
        "SnapStartApplyOn": [
            "None",
            "PublishedVersions"
        ],
        "SnapStartOptimizationStatus": [
            "Off",
            "On"
        ],
        "SourceAccessType": [
            "BASIC_AUTH",
            "CLIENT_CERTIFICATE_TLS_AUTH",
            "SASL_SCRAM_256_AUTH",
            "SASL_SCRAM_512_AUTH",
            "SERVER_ROOT_CA_CERTIFICATE",
            "VIRTUAL_HOST",
            "VPC_SECURITY_GROUP",
            "VPC_SUBNET"
        ],
        "State": [
            "Active",
            "ActiveNonInvocable",
            "Deactivated",
            "Deactivating",
            "Deleting",
            "Failed",
            "Inactive",
            "Pending"
        ],
        "StateReasonCode": [
            "CapacityProviderScalingLimitExceeded",
            "Creating",
            "DependencyError",
            "DisabledKMSKey",
            "DisallowedByVpcEncryptionControl",
            "DrainingDurableExecutions",
            "EC2RequestLimitExceeded",
            "EFSIOError",
            "EFSMountConnectivityError",
            "EFSMountFailure",
            "EFSMountTimeout",
            "EniLimitExceeded",
            "FunctionError",
            "FunctionError.ExtensionInitError",
            "FunctionError.InitResourceExhausted",
            "FunctionError.InitTimeout",
            "FunctionError.InvalidEntryPoint",
            "FunctionError.InvalidWorkingDirectory",
            "FunctionError.PermissionDenied",
            "FunctionError.RuntimeInitError",
            "FunctionError.TooManyExtensions",
            "Idle",
            "ImageAccessDenied",
            "ImageDeleted",
            "InsufficientCapacity",
            "InsufficientRolePermissions",
            "InternalError",
            "InvalidConfiguration",
            "InvalidImage",
            "InvalidRuntime",
            "InvalidSecurityGroup",
            "InvalidStateKMSKey",
            "InvalidSubnet",
            "InvalidZipFileException",
            "KMSKeyAccessDenied",
            "KMSKeyNotFound",
            "Restoring",
            "ServiceQuotaExceededException",
            "SubnetOutOfIPAddresses",
            "VcpuLimitExceeded"
        ],
        "SystemLogLevel": [
            "DEBUG",
            "INFO",
            "WARN"
        ],
        "TenantIsolationMode": [
            "PER_TENANT"
        ],
        "TracingMode": [
            "Active",
            "PassThrough"
        ],
        "UpdateRuntimeOn": [
            "Auto",
            "FunctionUpdate",
            "Manual"
        ]
    }
};
