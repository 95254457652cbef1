import type { Handlers } from './context.js';
export declare const usagePlanKeyHandlers: Handlers;
