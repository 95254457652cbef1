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
export class JDouble {
  constructor(readonly value: number) {}
  valueOf(): number {
    return this.value;
  }
  toString(): string {
    return javaDoubleString(this.value);
  }
}

/** `Map.Entry`, from `entrySet()`: prints `k=v`. */
export class MapEntry {
  constructor(
    readonly key: unknown,
    public value: unknown,
    readonly owner?: JavaMapLike,
  ) {}
}

export type JavaMapLike = Map<string, unknown> | Record<string, unknown>;

/** Arrays that are json-smart JSONArrays (from $input.path / $util.parseJson): they print as JSON. */
export const JSON_ARRAYS = new WeakSet<unknown[]>();
/** Arrays that are Java `String[]` (from `split`): they print as `[Ljava.lang.String;@hash`. */
export const STRING_ARRAYS = new WeakSet<unknown[]>();

export function jsonArray(items: unknown[]): unknown[] {
  JSON_ARRAYS.add(items);
  return items;
}

export { JavaException };

/**
 * The order a `java.util.HashMap` filled with these keys, in this order, iterates them: by bucket
 * (`(h ^ h >>> 16) & (capacity - 1)` of `String.hashCode()`), the keys of one bucket in insertion order
 * (a resize splits a bucket keeping that order); capacity 16, doubled while the keys exceed 3/4 of it.
 * API Gateway's `$context` maps are HashMaps: the recorded `$context.keySet()` and
 * `$context.identity.keySet()` come out in exactly this order (rec: test_apigateway_sqs.py::test_sqs_amz_json_protocol [sqs-messages]).
 */
export function javaHashMapOrder(keys: readonly string[]): string[] {
  let capacity = 16;
  while (keys.length > capacity * 0.75) capacity *= 2;
  const bucket = (k: string): number => {
    let h = 0;
    for (let i = 0; i < k.length; i++) h = (Math.imul(31, h) + k.charCodeAt(i)) | 0;
    return (h ^ (h >>> 16)) & (capacity - 1);
  };
  return keys
    .map((k, i) => ({ k, i, b: bucket(k) }))
    .sort((x, y) => x.b - y.b || x.i - y.i)
    .map((x) => x.k);
}

/**
 * The orders computed so far, by key list: `$context` and `$context.identity` are built with one of a
 * few key lists per request, and hashing and sorting them anew each time was ~1.5 % of an AWS service
 * integration's CPU per request (docs/performance.md "AWS service integrations").
 */
const orders = new Map<string, string[]>();

/** A plain object with the defined members of `members`, in the order a Java HashMap filled in that order iterates them. */
export function javaHashMap(members: Record<string, unknown>): Record<string, unknown> {
  const keys: string[] = [];
  for (const k in members) if (members[k] !== undefined) keys.push(k);
  const id = keys.join('\u0000');
  let order = orders.get(id);
  if (!order) {
    order = javaHashMapOrder(keys);
    if (orders.size >= 256) orders.clear();
    orders.set(id, order);
  }
  const out: Record<string, unknown> = {};
  for (const k of order) out[k] = members[k];
  return out;
}

/**
 * Maps that print as the empty string: the maps inside `$context` (identity, requestOverride,
 * responseOverride and the maps in those) render "" where a Java map would print `{k=v}` (rec:
 * test_apigateway_sqs.py::test_sqs_amz_json_protocol [sqs-messages]: `"$context.get($key)"` rendered
 * `"identity": ""`, `"requestOverride": ""`, and `"header": ""` inside requestOverride).
 */
const SILENT = Symbol('silent map');

/**
 * Marks a silent map with a symbol-keyed member, which Object.keys, for…in, JSON.stringify and the templates'
 * iteration never see. Not a WeakSet: an entry there is an ephemeron that every scavenge visits, and a request
 * that builds `$context` (every Lambda proxy event does) made six of them: with the AbortController per request
 * it was the gateway's weak-collection GC work on the Lambda path (docs/performance.md "Lambda").
 */
export function silentMap<T extends object>(m: T): T {
  (m as Record<symbol, unknown>)[SILENT] = true;
  return m;
}

function isSilentMap(v: object): boolean {
  return (v as Record<symbol, unknown>)[SILENT] === true;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

export function isJavaMap(v: unknown): v is JavaMapLike {
  return v instanceof Map || isPlainObject(v);
}

export function isNumeric(v: unknown): v is number | bigint | JDouble {
  return typeof v === 'number' || typeof v === 'bigint' || v instanceof JDouble;
}

export function numberValue(v: number | bigint | JDouble): number {
  return v instanceof JDouble ? v.value : Number(v);
}

const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const BLOCKED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function mapGet(m: JavaMapLike, key: unknown): unknown {
  if (typeof key !== 'string') return m instanceof Map ? m.get(key as string) : undefined;
  if (m instanceof Map) return m.get(key);
  return own(m, key) ? m[key] : undefined;
}

export function mapHas(m: JavaMapLike, key: unknown): boolean {
  if (m instanceof Map) return m.has(key as string);
  return typeof key === 'string' && own(m, key);
}

export function mapPut(m: JavaMapLike, key: unknown, value: unknown): unknown {
  const k = typeof key === 'string' ? key : javaString(key);
  const previous = mapGet(m, k);
  if (m instanceof Map) m.set(k, value);
  else if (!BLOCKED_KEYS.has(k)) m[k] = value;
  return previous ?? null;
}

export function mapDelete(m: JavaMapLike, key: unknown): unknown {
  const previous = mapGet(m, key);
  if (m instanceof Map) m.delete(key as string);
  else if (typeof key === 'string' && own(m, key)) delete m[key];
  return previous ?? null;
}

export function mapKeys(m: JavaMapLike): string[] {
  return m instanceof Map ? [...m.keys()] : Object.keys(m);
}

export function mapValues(m: JavaMapLike): unknown[] {
  return m instanceof Map ? [...m.values()] : Object.values(m);
}

export function mapSize(m: JavaMapLike): number {
  return m instanceof Map ? m.size : Object.keys(m).length;
}

/** `Double.toString(d)`: plain notation in [10^-3, 10^7), else `d.dddE±n`; always a fraction digit. */
export function javaDoubleString(d: number): string {
  if (Number.isNaN(d)) return 'NaN';
  if (d === Infinity) return 'Infinity';
  if (d === -Infinity) return '-Infinity';
  if (d === 0) return Object.is(d, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(d);
  if (abs >= 1e-3 && abs < 1e7) {
    const s = String(d);
    return s.includes('.') ? s : `${s}.0`;
  }
  const [mantissa, exponent] = d.toExponential().split('e');
  return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${Number(exponent)}`;
}

/** `Object.toString()` as Velocity prints it; null inside a collection prints `null`. */
export function javaString(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
      return Number.isInteger(v) ? String(v) : javaDoubleString(v);
    case 'bigint':
      return v.toString();
    case 'boolean':
      return v ? 'true' : 'false';
    case 'function':
      return '';
    default:
      break;
  }
  if (v instanceof JDouble) return javaDoubleString(v.value);
  if (v instanceof MapEntry) return `${javaString(v.key)}=${javaString(v.value)}`;
  if (isSilentMap(v)) return '';
  if (Array.isArray(v)) {
    if (JSON_ARRAYS.has(v)) return jsonSmart(v, true);
    if (STRING_ARRAYS.has(v)) return `[Ljava.lang.String;@${identityHash(v)}`;
    return `[${v.map((x) => (x === v ? '(this Collection)' : javaString(x))).join(', ')}]`;
  }
  if (isJavaMap(v)) {
    const parts: string[] = [];
    for (const k of mapKeys(v)) {
      const x = mapGet(v, k);
      parts.push(`${k}=${x === v ? '(this Map)' : javaString(x)}`);
    }
    return `{${parts.join(', ')}}`;
  }
  const custom = (v as { javaToString?: () => string }).javaToString;
  if (typeof custom === 'function') return custom.call(v);
  return String(v);
}

const hashes = new WeakMap<object, string>();
function identityHash(o: object): string {
  let h = hashes.get(o);
  if (!h) {
    h = Math.floor(Math.random() * 0x7fffffff).toString(16);
    hashes.set(o, h);
  }
  return h;
}

/**
 * json-smart's serializer (JSONValue.toJSONString). `protect4Web` (NO_COMPRESS, the style of
 * `JSONArray.toString()`) escapes `/` as `\/`; LT_COMPRESS does not. Both escape `"`, `\`, the short
 * control escapes, and U+0000–U+001F, U+007F–U+009F, U+2000–U+20FF as `\uXXXX` (uppercase hex).
 * Checked against json-smart 2.6.0 on JDK 17.
 */
export function jsonSmart(v: unknown, protect4Web: boolean): string {
  if (v === null || v === undefined) return 'null';
  switch (typeof v) {
    case 'string':
      return `"${jsonSmartEscape(v, protect4Web)}"`;
    case 'number':
      return Number.isInteger(v) ? String(v) : javaDoubleString(v);
    case 'bigint':
      return v.toString();
    case 'boolean':
      return v ? 'true' : 'false';
    default:
      break;
  }
  if (v instanceof JDouble) return Number.isFinite(v.value) ? javaDoubleString(v.value) : 'null';
  if (Array.isArray(v)) return `[${v.map((x) => jsonSmart(x, protect4Web)).join(',')}]`;
  if (isJavaMap(v)) {
    return `{${mapKeys(v)
      .map((k) => `"${jsonSmartEscape(k, protect4Web)}":${jsonSmart(mapGet(v, k), protect4Web)}`)
      .join(',')}}`;
  }
  if (v instanceof MapEntry) return `{"${jsonSmartEscape(javaString(v.key), protect4Web)}":${jsonSmart(v.value, protect4Web)}}`;
  return `"${jsonSmartEscape(javaString(v), protect4Web)}"`;
}

function jsonSmartEscape(s: string, protect4Web: boolean): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    const c = s[i];
    switch (c) {
      case '"':
        out += '\\"';
        continue;
      case '\\':
        out += '\\\\';
        continue;
      case '\b':
        out += '\\b';
        continue;
      case '\f':
        out += '\\f';
        continue;
      case '\n':
        out += '\\n';
        continue;
      case '\r':
        out += '\\r';
        continue;
      case '\t':
        out += '\\t';
        continue;
      case '/':
        out += protect4Web ? '\\/' : '/';
        continue;
      default:
        break;
    }
    if (ch <= 0x1f || (ch >= 0x7f && ch <= 0x9f) || (ch >= 0x2000 && ch <= 0x20ff)) {
      out += `\\u${ch.toString(16).toUpperCase().padStart(4, '0')}`;
    } else {
      out += c;
    }
  }
  return out;
}

/** Velocity's `==` (1.7 ASTEQNode): numbers by value, otherwise equals(), different classes by toString(). */
export function javaEquals(a: unknown, b: unknown): boolean {
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  if (a === null || b === null) return a === b;
  if (isNumeric(a) && isNumeric(b)) {
    if (typeof a === 'bigint' && typeof b === 'bigint') return a === b;
    return numberValue(a) === numberValue(b);
  }
  return javaString(a) === javaString(b);
}

/** Velocity's truth: only null and Boolean false are false (1.7 `#if`). */
export function truthy(v: unknown): boolean {
  return v !== null && v !== undefined && v !== false;
}

/** `String.hashCode()`. */
export function stringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}
