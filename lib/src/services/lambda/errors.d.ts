/**
 * Lambda's modeled exceptions, with the status its model gives each (generated/model.ts `errors`) and the
 * `"Type": "User"` member Lambda writes beside the message (`{"Type":"User","message":"Function not found: …"}`:
 * test_lambda_api.snapshot.json in localstack/localstack, recorded against AWS). The engine's errors are
 * re-exported so a handler file imports its errors from one place.
 */
import { ServiceError } from '../../protocol/errors.js';
export * from '../../protocol/errors.js';
export type LambdaErrorCode = 'InvalidParameterValueException' | 'ResourceNotFoundException' | 'ResourceConflictException' | 'PreconditionFailedException' | 'TooManyRequestsException' | 'RequestTooLargeException' | 'ServiceException';
export declare const invalidParameter: (message: string) => ServiceError;
export declare const resourceNotFound: (message: string) => ServiceError;
export declare const resourceConflict: (message: string) => ServiceError;
export declare const preconditionFailed: (message: string) => ServiceError;
export declare const tooManyRequests: (message: string) => ServiceError;
export declare const requestTooLarge: (message: string) => ServiceError;
export declare const serviceException: (message: string) => ServiceError;
/** `Function not found: arn:…` (404), the text for a function, version or alias that does not exist. */
export declare const functionNotFound: (arn: string) => ServiceError;
/** The RevisionId precondition (recorded: "…Call the GetFunction/GetAlias API to retrieve the latest Revision Id"). */
export declare const revisionMismatch: (api?: string) => ServiceError;
