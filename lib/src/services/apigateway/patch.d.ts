export type PatchOpName = 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
export interface PatchOperation {
    op?: PatchOpName;
    path?: string;
    value?: string;
    from?: string;
}
export interface PatchRule<T> {
    /** `/name`, or `/binaryMediaTypes/*` where `*` is the rest of the path (non-empty, unescaped; a bare `/binaryMediaTypes/` matches no rule). */
    path: string;
    ops: PatchOpName[];
    apply: (target: T, op: Required<Pick<PatchOperation, 'op'>> & PatchOperation, key: string) => void;
    /** The message when the path matches but the op is not allowed; default: AWS's generic text. */
    badOp?: (op: PatchOperation) => string;
}
export interface PatchTable<T> {
    rules: PatchRule<T>[];
    /** The message for a path no rule knows; default lists the paths allowed for the op. */
    unknownPath?: (op: PatchOperation, allowedForOp: string[]) => string;
}
/** `~1` is `/` and `~0` is `~` inside a JSON pointer segment (RFC 6901). */
export declare function unescapePointer(s: string): string;
export declare const invalidPatchPath: (op: PatchOperation, allowed: string[]) => string;
export declare const unsupportedOperation: (op: PatchOperation) => string;
export declare const onlyOps: (ops: PatchOpName[]) => () => string;
export declare function applyPatch<T>(target: T, ops: PatchOperation[] | undefined, table: PatchTable<T>): T;
/**
 * Patch values travel as strings; "true" in any case is true and anything else false (F32: "not-a-boolean"
 * is false, not an error). The case as Java's Boolean.parseBoolean, and as Tollgate already takes the
 * stage's and the request validator's flags: Python callers send str(True), "True" (moto's
 * test_update_rest_api patches /disableExecuteApiEndpoint so and expects true).
 */
export declare const patchBoolean: (v: string | undefined) => boolean;
