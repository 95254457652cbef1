/**
 * The closed catalogue of control-plane errors, and the one place they are rendered.
 * Modeled exceptions take their status from the service model; the framework errors
 * (ValidationException, SerializationException) are what AWS's Coral front end sends.
 */
import { APIGATEWAY_MODEL } from '../services/apigateway/generated/model.js';

export type ModeledCode =
  | 'BadRequestException'
  | 'ConflictException'
  | 'LimitExceededException'
  | 'NotFoundException'
  | 'ServiceUnavailableException'
  | 'TooManyRequestsException'
  | 'UnauthorizedException';

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

export class ServiceError extends Error {
  readonly code: ModeledCode | FrameworkCode;
  readonly status: number;
  readonly headers: Record<string, string>;
  constructor(code: ModeledCode | FrameworkCode, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.code = code;
    this.status = APIGATEWAY_MODEL.errors[code] ?? FRAMEWORK_STATUS[code as FrameworkCode];
    this.headers = headers;
  }
}

export const badRequest = (message: string): ServiceError => new ServiceError('BadRequestException', message);
export const notFound = (message: string): ServiceError => new ServiceError('NotFoundException', message);
export const conflict = (message: string): ServiceError => new ServiceError('ConflictException', message);
export const limitExceeded = (message: string): ServiceError => new ServiceError('LimitExceededException', message);
export const serialization = (message: string): ServiceError => new ServiceError('SerializationException', message);
export const notImplemented = (operation: string): ServiceError =>
  new ServiceError('NotImplementedException', `Tollgate does not implement ${operation} yet`);

/** `N validation error(s) detected: a; b` — Coral's format, recorded (peer-localstack F7, F8, F22). */
export function validationError(messages: string[]): ServiceError {
  const n = messages.length;
  return new ServiceError('ValidationException', `${n} validation error${n === 1 ? '' : 's'} detected: ${messages.join('; ')}`);
}

export interface RenderedError { status: number; headers: Record<string, string>; body: string }

export function renderError(err: ServiceError): RenderedError {
  // A recorded ValidationException has no lowercase top-level `message` (peer-localstack F7):
  // Coral's framework errors spell it `Message`; modeled exceptions use `message`.
  const key = err.code === 'ValidationException' ? 'Message' : 'message';
  return {
    status: err.status,
    headers: { 'x-amzn-ErrorType': err.code, 'Content-Type': 'application/json', ...err.headers },
    body: JSON.stringify({ [key]: err.message }),
  };
}
