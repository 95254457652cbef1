/**
 * Control-plane errors and the one place they are rendered, for any service. The framework errors
 * (ValidationException, SerializationException, …) are what AWS's Coral front end sends, the same for
 * every service; a service's modeled exceptions take their status from its model (a service folder
 * names its own: src/services/apigateway/errors.ts).
 */
import type { ServiceModel } from './model.js';
export type FrameworkCode = 'ValidationException' | 'SerializationException' | 'UnknownOperationException' | 'RequestEntityTooLargeException' | 'NotImplementedException' | 'InternalFailure' | 'AccessDeniedException' | 'MissingAuthenticationTokenException' | 'IncompleteSignatureException' | 'InvalidSignatureException' | 'UnrecognizedClientException';
/** A framework code, or an error shape of the service's model (`BadRequestException`). */
export type ErrorCode = FrameworkCode | (string & Record<never, never>);
export declare class ServiceError extends Error {
    readonly code: ErrorCode;
    /** Known when thrown (a framework error, or given); else the serving model's status for the code. */
    readonly status: number | undefined;
    readonly headers: Record<string, string>;
    /** Members a service writes beside the message (Lambda's `"Type": "User"`). */
    readonly fields: Record<string, string>;
    constructor(code: ErrorCode, message: string, headers?: Record<string, string>, status?: number, fields?: Record<string, string>);
}
export declare const serialization: (message: string) => ServiceError;
export declare const notImplemented: (operation: string) => ServiceError;
/** `N validation error(s) detected: a; b` — Coral's format, recorded (peer-localstack F7, F8, F22). */
export declare function validationError(messages: string[]): ServiceError;
export interface RenderedError {
    status: number;
    headers: Record<string, string>;
    body: string;
}
/** The status: the error's own, else the model's for its code (500 for a code the model lacks). */
export declare function renderError(err: ServiceError, model?: Pick<ServiceModel, 'errors'>): RenderedError;
