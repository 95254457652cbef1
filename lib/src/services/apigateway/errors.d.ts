/**
 * API Gateway's modeled exceptions, with the status its model gives each
 * (src/services/apigateway/generated/model.ts `errors`), and the engine's errors re-exported so a
 * handler file imports its errors from one place.
 */
import { ServiceError } from '../../protocol/errors.js';
export * from '../../protocol/errors.js';
export type ModeledCode = 'BadRequestException' | 'ConflictException' | 'LimitExceededException' | 'NotFoundException' | 'ServiceUnavailableException' | 'TooManyRequestsException' | 'UnauthorizedException';
export declare const badRequest: (message: string) => ServiceError;
export declare const notFound: (message: string) => ServiceError;
export declare const conflict: (message: string) => ServiceError;
export declare const limitExceeded: (message: string) => ServiceError;
