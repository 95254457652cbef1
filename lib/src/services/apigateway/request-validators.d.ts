import type { Handlers } from './context.js';
import type { RequestValidator } from '../../domain/request-validator.js';
export { type RequestValidator };
export declare const requestValidatorHandlers: Handlers;
