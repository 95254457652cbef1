/** A documentation version of a REST API. */
import type { DocumentationPart } from './documentation-part.js';
export interface DocumentationVersion {
    version: string;
    createdDate: number;
    description?: string;
    /** The documentation parts when the version was created; stored, never returned. */
    parts: DocumentationPart[];
}
