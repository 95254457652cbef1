import type { Handlers } from './context.js';
export declare const aliasHandlers: Handlers;
