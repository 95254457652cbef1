import { type Json, type OasVersion } from './parse.js';
export declare class ModelReferenceError extends Error {
}
export declare const isAlphanumeric: (name: string) => boolean;
/** The named schema a reference designates: `#/definitions/X` (2.0) or `#/components/schemas/X` (3.0), and any pointer below it. */
export declare function namedSchemaRef(ref: string, version: OasVersion): {
    name: string;
    rest: string;
} | undefined;
export interface ConvertContext {
    doc: Json;
    version: OasVersion;
    /** The API id as it appears in model URLs (a placeholder until the API exists). */
    apiId: string;
}
/**
 * The draft-04 form of a schema. `refs` collects the model names it refers to. Throws
 * ModelReferenceError for a reference outside the document.
 */
export declare function convertSchema(schema: unknown, cx: ConvertContext, refs: Set<string>, depth?: number): unknown;
/** Jackson's DefaultPrettyPrinter layout. */
export declare function prettyJson(v: unknown, level?: number): string;
/**
 * Random bytes drawn a few KiB at a time: an import of thousands of resources and models needs
 * thousands of ids, and one `randomBytes` call each costs more than the rest of their creation.
 */
export declare class RandomPool {
    #private;
    byte(): number;
    /** `n` characters of `alphabet`, each equally likely (rejection sampling, as shared/ids.ts). */
    chars(alphabet: string, n: number): string;
}
/** A fresh `MODEL` + 6 hex digits name not in `taken`. */
export declare function generatedModelName(taken: Set<string>, pool?: RandomPool): string;
