/**
 * Control-plane errors and the one place they are rendered, for any service. The framework errors
 * (ValidationException, SerializationException, …) are what AWS's Coral front end sends, the same for
 * every service; a service's modeled exceptions take their status from its model (a service folder
 * names its own: src/services/apigateway/errors.ts).
 */
import type { ServiceModel } from './model.js';

export type FrameworkCode =
  | 'ValidationException'
  | 'SerializationException'
  | 'UnknownOperationException'
  | 'RequestEntityTooLargeException'
  | 'NotImplementedException'
  | 'InternalFailure'
  | 'AccessDeniedException'
  // Authentication (src/auth/management.ts).
  | 'MissingAuthenticationTokenException'
  | 'IncompleteSignatureException'
  | 'InvalidSignatureException'
  | 'UnrecognizedClientException';

const FRAMEWORK_STATUS: Record<FrameworkCode, number> = {
  ValidationException: 400,
  SerializationException: 400,
  UnknownOperationException: 404,
  RequestEntityTooLargeException: 413,
  NotImplementedException: 501,
  InternalFailure: 500,
  AccessDeniedException: 403,
  MissingAuthenticationTokenException: 403,
  IncompleteSignatureException: 403,
  InvalidSignatureException: 403,
  UnrecognizedClientException: 403,
};

/** A framework code, or an error shape of the service's model (`BadRequestException`). */
export type ErrorCode = FrameworkCode | (string & Record<never, never>);

export class ServiceError extends Error {
  readonly code: ErrorCode;
  /** Known when thrown (a framework error, or given); else the serving model's status for the code. */
  readonly status: number | undefined;
  readonly headers: Record<string, string>;
  /** Members a service writes beside the message (Lambda's `"Type": "User"`). */
  readonly fields: Record<string, string>;
  constructor(code: ErrorCode, message: string, headers: Record<string, string> = {}, status?: number, fields: Record<string, string> = {}) {
    super(message);
    this.code = code;
    this.status = status ?? FRAMEWORK_STATUS[code as FrameworkCode];
    this.headers = headers;
    this.fields = fields;
  }
}

export const serialization = (message: string): ServiceError => new ServiceError('SerializationException', message);
export const notImplemented = (operation: string): ServiceError => new ServiceError('NotImplementedException', `Tollgate does not implement ${operation} yet`);

/** `N validation error(s) detected: a; b` — Coral's format, recorded (peer-localstack F7, F8, F22). */
export function validationError(messages: string[]): ServiceError {
  const n = messages.length;
  return new ServiceError('ValidationException', `${n} validation error${n === 1 ? '' : 's'} detected: ${messages.join('; ')}`);
}

export interface RenderedError {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The status: the error's own, else the model's for its code (500 for a code the model lacks). */
export function renderError(err: ServiceError, model?: Pick<ServiceModel, 'errors'>): RenderedError {
  // A recorded ValidationException has no lowercase top-level `message` (peer-localstack F7):
  // Coral's framework errors spell it `Message`; modeled exceptions use `message`.
  const key = err.code === 'ValidationException' ? 'Message' : 'message';
  return {
    status: err.status ?? model?.errors[err.code] ?? 500,
    headers: { 'x-amzn-ErrorType': err.code, 'Content-Type': 'application/json', ...err.headers },
    body: JSON.stringify({ ...err.fields, [key]: err.message }),
  };
}
