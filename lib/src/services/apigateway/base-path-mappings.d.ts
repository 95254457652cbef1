import type { Handlers } from './context.js';
import { NONE, type BasePathMapping } from '../../domain/base-path-mapping.js';
export { NONE, type BasePathMapping };
/** The stored key of a base path: absent, empty and `(none)` all mean the empty base path. */
export declare function normalizeBasePath(basePath: string | undefined): string;
export declare const basePathMappingHandlers: Handlers;
