/** A resource of a REST API (a path), with its methods. */
import type { Method } from './method.js';
export interface Resource {
    id: string;
    parentId?: string;
    pathPart?: string;
    path: string;
    resourceMethods?: Record<string, Method>;
}
