/**
 * Payload parsing and JSONPath for mapping templates, as API Gateway does them with json-smart and
 * Jayway JsonPath (see java.ts): objects keep their key order (LinkedHashMap), integers stay integers,
 * decimals become Doubles, arrays are JSONArrays.
 *
 * json-smart runs in permissive mode: a payload that is not JSON but does not start like an object
 * or an array is read as a plain string (`a=b` → "a=b", `null{` → "null{"), while a broken object or
 * array is a parse error (`{a`, `[a`) — recorded against API Gateway in
 * ToQoz/api-gateway-mapping-template test/_.md (examples 12f77fd5, 0dce6fa3, 122ff6ce, 2b1f2df4,
 * a7361ae0). Permissive JSON beyond that (single quotes, unquoted keys) is not accepted here.
 */
import { JavaException } from './java.js';
export declare class JsonParseError extends JavaException {
}
/** Strict JSON into the Java model; throws JsonParseError. */
export declare function parseJsonStrict(text: string): unknown;
/** A payload as json-smart (permissive) reads it; see the file comment. */
export declare function parsePayload(text: string): unknown;
type Segment = {
    kind: 'name';
    names: string[];
} | {
    kind: 'index';
    indexes: number[];
} | {
    kind: 'slice';
    start?: number;
    end?: number;
    step?: number;
} | {
    kind: 'wildcard';
} | {
    kind: 'deep';
    then: Segment;
} | {
    kind: 'filter';
    expr: FilterExpr;
};
type FilterExpr = {
    op: 'and' | 'or';
    left: FilterExpr;
    right: FilterExpr;
} | {
    op: 'not';
    expr: FilterExpr;
} | {
    op: 'exists';
    path: Segment[];
} | {
    op: 'cmp';
    cmp: string;
    left: Operand;
    right: Operand;
};
type Operand = {
    path: Segment[];
    root: boolean;
} | {
    literal: unknown;
};
export declare class JsonPathError extends JavaException {
}
export interface CompiledPath {
    segments: Segment[];
    definite: boolean;
}
export declare function compilePath(path: string): CompiledPath;
/** Jayway's read(): the single value of a definite path (undefined when absent), else a JSONArray. */
export declare function readPath(root: unknown, path: string): unknown;
export {};
