/**
 * `$input` and `$util` (DG:api-gateway-mapping-template-reference, "$input Variables" and "$util
 * Variables"; docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html).
 */
import { JavaException } from './java.js';
export interface TemplateInput {
    body: string;
    path: Record<string, string>;
    querystring: Record<string, string>;
    header: Record<string, string>;
}
/** A payload that json-smart cannot read (AWS: `Could not process payload…`). */
export declare class PayloadParseError extends JavaException {
}
/**
 * StringEscapeUtils.escapeJavaScript (commons-lang 2.6; escapeEcmaScript in lang3 gives the same):
 * `'` → `\'`, `"` → `\"`, `\` → `\\`, `/` → `\/`, \b \f \n \r \t, other control chars and every char
 * above U+007E except U+007F as `\uXXXX` (uppercase hex, UTF-16 units). The DG: "turn any regular
 * single quotes (') into escaped ones (\')". Checked against commons-lang 2.6 on JDK 17.
 */
export declare function escapeJavaScript(s: string): string;
/** URLEncoder.encode(s, "UTF-8"): `a-zA-Z0-9.-*_` kept, space → `+`, the rest `%XX` of the UTF-8 bytes. */
export declare function urlEncode(s: string): string;
/** URLDecoder.decode(s, "UTF-8"): `+` → space, `%XX` runs decoded as UTF-8; a bad `%` is an error. */
export declare function urlDecode(s: string): string;
/** Base64 of the UTF-8 bytes (standard alphabet, padded). */
export declare function base64Encode(s: string): string;
/** The UTF-8 text of standard base64 (java.util.Base64.getDecoder(): no whitespace, padding optional). */
export declare function base64Decode(s: string): string;
/** `$util.parseJson(s)`: the JSON text as Java objects (DG example: `$util.parseJson(...).key2.arr[0]`). */
export declare function parseJson(s: string): unknown;
/** `$util`: each function takes a String (Velocity converts nothing else; null in, null out). */
export declare const util: {
    escapeJavaScript: (v: unknown) => string | null;
    parseJson: (v: unknown) => unknown;
    urlEncode: (v: unknown) => string | null;
    urlDecode: (v: unknown) => string | null;
    base64Encode: (v: unknown) => string | null;
    base64Decode: (v: unknown) => string | null;
};
export type UtilFunction = keyof typeof util;
/** Host objects the engine calls into (not Java values): only the listed methods are callable. */
export interface HostObject {
    hostMethod(name: string, args: unknown[]): unknown;
    hostProperty(name: string): unknown;
}
export declare const NOT_FOUND: unique symbol;
export declare class UtilVariable implements HostObject {
    hostMethod(name: string, args: unknown[]): unknown;
    hostProperty(): unknown;
}
/**
 * `$input`. Parameters are looked up path, then query string, then header (DG). An empty body reads
 * as `{}` through `$input.body` (localstack PR#12413, AWS-validated tests), while `$input.path` and
 * `$input.json` see no document: null and `null` (localstack PR#12774). A JSONPath that matches
 * nothing gives the same null (PR#12774).
 */
export declare class InputVariable implements HostObject {
    #private;
    readonly input: TemplateInput;
    constructor(input: TemplateInput);
    get document(): unknown;
    path(p: unknown): unknown;
    json(p: unknown): unknown;
    /** The three parameter maps; iteration order path, header, querystring as the DG's own rendering shows. */
    params(): Map<string, Record<string, string>>;
    param(name: string): string;
    hostMethod(name: string, args: unknown[]): unknown;
    hostProperty(name: string): unknown;
    get body(): string;
}
