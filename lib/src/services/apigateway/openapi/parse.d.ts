import { type ServiceError } from '../errors.js';
export type OasVersion = 'swagger2' | 'oas3';
export type Json = Record<string, unknown>;
export interface OpenApiDocument {
    doc: Json;
    version: OasVersion;
}
/** "API definition file size: 6 MB" (DG:limits; SVC ImportRestApiRequest.body). */
export declare const MAX_DEFINITION_BYTES: number;
export declare const invalidInput: () => ServiceError;
export declare const isObject: (v: unknown) => v is Json;
/** `swagger: "2.0"` or `openapi: "3.0.x"` (a YAML `2.0` read as a number counts too). */
export declare function detectVersion(doc: Json): OasVersion | undefined;
/**
 * YAML 1.2 core schema with `<<` merge keys (as the YAML 1.1 parsers of Java read them); aliases are
 * capped so that a "billion laughs" document cannot blow up memory.
 */
export declare const YAML_OPTIONS: {
    readonly maxAliasCount: 1000;
    readonly uniqueKeys: false;
    readonly merge: true;
};
/**
 * YAML larger than this is parsed in a worker thread: the `yaml` package reads about 0.7 MB/s, so a
 * large YAML document would otherwise hold the event loop (and every other request) for seconds.
 */
export declare const YAML_WORKER_BYTES: number;
export declare function parseDocument(body: Buffer | Uint8Array | string | undefined): Promise<OpenApiDocument>;
/** Decodes one JSON-pointer token (`~1` → `/`, `~0` → `~`, percent-escapes). */
export declare function unescapeToken(t: string): string;
/** The value a local reference (`#/components/schemas/Pet`) points at, or undefined. */
export declare function resolvePointer(doc: Json, ref: string): unknown;
/**
 * Follows `$ref`s of a non-schema object (parameter, response, request body, path item, header)
 * until a concrete object; undefined when a reference does not resolve or loops.
 */
export declare function deref(doc: Json, v: unknown): Json | undefined;
