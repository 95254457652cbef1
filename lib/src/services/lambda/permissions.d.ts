import { type FunctionPolicy } from '../../domain/lambda/function.js';
import type { Handlers } from './context.js';
export declare const policyDocument: (p: FunctionPolicy) => string;
export declare const permissionHandlers: Handlers;
