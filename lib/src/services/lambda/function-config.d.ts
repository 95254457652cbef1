import { type FunctionConfig } from '../../domain/lambda/function.js';
import type { ManagementContext } from '../served-service.js';
import type { CreateFunctionRequest, FunctionConfiguration, UpdateFunctionConfigurationRequest } from './generated/types.js';
type Settings = Partial<Pick<CreateFunctionRequest, 'Role' | 'Timeout' | 'MemorySize' | 'EphemeralStorage' | 'Architectures' | 'Environment' | 'Runtime'>>;
/** The checks CreateFunction and UpdateFunctionConfiguration share, in Lambda's order. */
export declare function checkSettings(input: Settings, runtimeRequired: boolean): void;
export interface CodeFacts {
    codeSha256: string;
    codeSize: number;
}
export declare function newConfig(ctx: ManagementContext, name: string, input: CreateFunctionRequest, code: CodeFacts, layers: FunctionConfig['Layers']): FunctionConfig;
/** UpdateFunctionConfiguration: the members given replace the stored ones; a new RevisionId and LastModified. */
export declare function updatedConfig(ctx: ManagementContext, c: FunctionConfig, input: UpdateFunctionConfigurationRequest, layers: FunctionConfig['Layers']): FunctionConfig;
/**
 * The answer of an update while Lambda applies it: `LastUpdateStatus: InProgress` (recorded, test_function_lifecycle
 * `update_func_conf_response` and `update_code_response`); the stored configuration reads Successful at once.
 */
export declare function inProgressView(c: FunctionConfig): FunctionConfiguration;
/**
 * A stored configuration as the API answers it. The domain type spells the model's enums (Runtime,
 * TracingMode, …) as strings, since src/domain/ does not import a service's generated types; they were
 * checked against the model when stored.
 */
export declare const configView: (c: FunctionConfig) => FunctionConfiguration;
/** CreateFunction's answer: `State: Pending` while Lambda creates it (recorded, test_function_lifecycle `create_response`). */
export declare function pendingView(c: FunctionConfig): FunctionConfiguration;
export {};
