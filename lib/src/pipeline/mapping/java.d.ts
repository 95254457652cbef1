/**
 * The Java value model behind API Gateway's mapping templates. AWS renders templates with Apache
 * Velocity on the JVM and reads payloads with Jayway JsonPath (the DG links "JSONPath for Java",
 * github.com/jayway/JsonPath) on json-smart (AWS's own parse errors name
 * `net.minidev.json.parser.ParseException`: ToQoz/api-gateway-mapping-template test/_.md, recorded
 * against API Gateway). So a template sees Java objects, and prints them the Java way:
 *
 *  - JSON objects are `LinkedHashMap`s (insertion order kept) and print `{k=v, k2=v2}`;
 *  - JSON arrays are json-smart `JSONArray`s and print as compact JSON, with json-smart's default
 *    escaping (`/` as `\/`), and everything inside them as JSON (localstack PR#12379:
 *    `{list=[{"foo":"bar"}]}`);
 *  - integers are `Integer`/`Long` (digits), decimals are `Double` and print as Java does (`1.0`,
 *    `1.0E7`);
 *  - lists built in the template (`[1, 2]`, `keySet()`) are `ArrayList`s and print `[1, 2]`.
 *
 * Values here: string, boolean, null, number (a Java int/long), bigint (a long or BigInteger past
 * 2^53), JDouble, Map (a LinkedHashMap), plain object (a Map handed in by the pipeline: $context,
 * $stageVariables, the params maps), array (an ArrayList; a JSONArray when in JSON_ARRAYS; a String[]
 * when in STRING_ARRAYS), MapEntry.
 */
import { JavaException } from '../../shared/java-exception.js';
/** A `java.lang.Double`. JS numbers cannot tell 1.0 from 1, Java prints them differently. */
export declare class JDouble {
    readonly value: number;
    constructor(value: number);
    valueOf(): number;
    toString(): string;
}
/** `Map.Entry`, from `entrySet()`: prints `k=v`. */
export declare class MapEntry {
    readonly key: unknown;
    value: unknown;
    readonly owner?: JavaMapLike | undefined;
    constructor(key: unknown, value: unknown, owner?: JavaMapLike | undefined);
}
export type JavaMapLike = Map<string, unknown> | Record<string, unknown>;
/** Arrays that are json-smart JSONArrays (from $input.path / $util.parseJson): they print as JSON. */
export declare const JSON_ARRAYS: WeakSet<unknown[]>;
/** Arrays that are Java `String[]` (from `split`): they print as `[Ljava.lang.String;@hash`. */
export declare const STRING_ARRAYS: WeakSet<unknown[]>;
export declare function jsonArray(items: unknown[]): unknown[];
export { JavaException };
export declare function isPlainObject(v: unknown): v is Record<string, unknown>;
export declare function isJavaMap(v: unknown): v is JavaMapLike;
export declare function isNumeric(v: unknown): v is number | bigint | JDouble;
export declare function numberValue(v: number | bigint | JDouble): number;
export declare function mapGet(m: JavaMapLike, key: unknown): unknown;
export declare function mapHas(m: JavaMapLike, key: unknown): boolean;
export declare function mapPut(m: JavaMapLike, key: unknown, value: unknown): unknown;
export declare function mapDelete(m: JavaMapLike, key: unknown): unknown;
export declare function mapKeys(m: JavaMapLike): string[];
export declare function mapValues(m: JavaMapLike): unknown[];
export declare function mapSize(m: JavaMapLike): number;
/** `Double.toString(d)`: plain notation in [10^-3, 10^7), else `d.dddE±n`; always a fraction digit. */
export declare function javaDoubleString(d: number): string;
/** `Object.toString()` as Velocity prints it; null inside a collection prints `null`. */
export declare function javaString(v: unknown): string;
/**
 * json-smart's serializer (JSONValue.toJSONString). `protect4Web` (NO_COMPRESS, the style of
 * `JSONArray.toString()`) escapes `/` as `\/`; LT_COMPRESS does not. Both escape `"`, `\`, the short
 * control escapes, and U+0000–U+001F, U+007F–U+009F, U+2000–U+20FF as `\uXXXX` (uppercase hex).
 * Checked against json-smart 2.6.0 on JDK 17.
 */
export declare function jsonSmart(v: unknown, protect4Web: boolean): string;
/** Velocity's `==` (1.7 ASTEQNode): numbers by value, otherwise equals(), different classes by toString(). */
export declare function javaEquals(a: unknown, b: unknown): boolean;
/** Velocity's truth: only null and Boolean false are false (1.7 `#if`). */
export declare function truthy(v: unknown): boolean;
/** `String.hashCode()`. */
export declare function stringHash(s: string): number;
