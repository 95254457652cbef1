/**
 * API Gateway's modeled exceptions, with the status its model gives each
 * (src/services/apigateway/generated/model.ts `errors`), and the engine's errors re-exported so a
 * handler file imports its errors from one place.
 */
import { ServiceError } from '../../protocol/errors.js';
import { APIGATEWAY_MODEL } from './generated/model.js';
export * from '../../protocol/errors.js';
const modeled = (code) => (message) => new ServiceError(code, message, {}, APIGATEWAY_MODEL.errors[code]);
export const badRequest = modeled('BadRequestException');
export const notFound = modeled('NotFoundException');
export const conflict = modeled('ConflictException');
export const limitExceeded = modeled('LimitExceededException');
