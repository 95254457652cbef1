import type { Handlers } from './context.js';
import { versionNotFound } from './collections.js';
import type { DocumentationVersion } from '../../domain/documentation-version.js';
export type { DocumentationVersion };
export { versionNotFound };
export declare const documentationVersionHandlers: Handlers;
