/**
 * The Java methods templates call on values (Velocity resolves `$x.name(args)` by reflection on the
 * Java object): `String`, `Integer`/`Long`/`Double`, `Boolean`, `Map` (LinkedHashMap), `List`
 * (ArrayList, JSONArray), `String[]` and `Map.Entry`. Each returns the Java result; a call Java has
 * no method for returns NO_METHOD (Velocity renders such a reference as nothing in API Gateway's quiet
 * mode). Java exceptions (index out of range, bad regex) throw JavaException, which fails the render.
 * Semantics checked against JDK 17 (jshell) where noted.
 */
import {
  JDouble,
  JavaException,
  MapEntry,
  STRING_ARRAYS,
  isJavaMap,
  isNumeric,
  javaEquals,
  javaString,
  mapDelete,
  mapGet,
  mapHas,
  mapKeys,
  mapPut,
  mapSize,
  mapValues,
  numberValue,
  stringHash,
  type JavaMapLike,
} from './java.js';
import { matchesWhole, replaceAll, split } from '../../shared/java-regex.js';

export const NO_METHOD = Symbol('no such method');

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function outOfBounds(what: string): never {
  throw new JavaException(what);
}

/** `String.trim()`: strips code units <= U+0020 at both ends. */
export function javaTrim(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 0x20) a++;
  while (b > a && s.charCodeAt(b - 1) <= 0x20) b--;
  return s.slice(a, b);
}

/** Character.isWhitespace: Unicode space separators except no-break spaces, plus \t\n\x0B\f\r and U+001C–U+001F. */
const JAVA_WS = '\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000';
const JAVA_BLANK = new RegExp(`^[${JAVA_WS}]*$`);
const JAVA_STRIP = new RegExp(`^[${JAVA_WS}]+|[${JAVA_WS}]+$`, 'g');

function charArg(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (isInt(v)) return String.fromCodePoint(v);
  return undefined;
}

/** `String`'s methods (JDK 17): the plain ones here, the searching and the cutting ones below. */
function stringMethod(s: string, name: string, args: unknown[]): unknown {
  const a = args[0];
  switch (name) {
    case 'length':
      return args.length === 0 ? s.length : NO_METHOD;
    case 'isEmpty':
      return args.length === 0 ? s.length === 0 : NO_METHOD;
    case 'isBlank':
      return args.length === 0 ? JAVA_BLANK.test(s) : NO_METHOD;
    case 'toString':
    case 'intern':
      return s;
    case 'toLowerCase':
      return s.toLowerCase();
    case 'toUpperCase':
      return s.toUpperCase();
    case 'trim':
      return javaTrim(s);
    case 'strip':
      return s.replace(JAVA_STRIP, '');
    case 'hashCode':
      return stringHash(s);
    case 'concat':
      return str(a) !== undefined ? s + a : NO_METHOD;
    case 'equals':
      return typeof a === 'string' && a === s;
    case 'equalsIgnoreCase':
      return typeof a === 'string' && a.length === s.length && a.toUpperCase().toLowerCase() === s.toUpperCase().toLowerCase();
    case 'getBytes':
      return NO_METHOD;
    default:
      return stringSearch(s, name, args);
  }
}

/** `String`'s comparing and searching methods. */
function stringSearch(s: string, name: string, args: unknown[]): unknown {
  const [a, b] = args;
  switch (name) {
    case 'contains':
      return a === null ? outOfBounds('java.lang.NullPointerException') : str(a) !== undefined ? s.includes(a as string) : NO_METHOD;
    case 'startsWith': {
      if (str(a) === undefined) return NO_METHOD;
      const offset = args.length > 1 ? (isInt(b) ? b : NaN) : 0;
      if (Number.isNaN(offset)) return NO_METHOD;
      return offset >= 0 && offset <= s.length && s.startsWith(a as string, offset);
    }
    case 'endsWith':
      return str(a) !== undefined ? s.endsWith(a as string) : NO_METHOD;
    case 'compareTo':
    case 'compareToIgnoreCase': {
      if (str(a) === undefined) return NO_METHOD;
      const x = name === 'compareTo' ? s : s.toUpperCase().toLowerCase();
      const y = name === 'compareTo' ? (a as string) : (a as string).toUpperCase().toLowerCase();
      const n = Math.min(x.length, y.length);
      for (let i = 0; i < n; i++) if (x.charCodeAt(i) !== y.charCodeAt(i)) return x.charCodeAt(i) - y.charCodeAt(i);
      return x.length - y.length;
    }
    case 'indexOf':
    case 'lastIndexOf': {
      const needle = charArg(a);
      if (needle === undefined) return NO_METHOD;
      if (args.length > 1 && !isInt(b)) return NO_METHOD;
      if (name === 'indexOf') return args.length > 1 ? s.indexOf(needle, Math.max(0, b as number)) : s.indexOf(needle);
      if (args.length > 1 && (b as number) < 0) return -1;
      return args.length > 1 ? s.lastIndexOf(needle, b as number) : s.lastIndexOf(needle);
    }
    case 'matches':
      return str(a) !== undefined ? matchesWhole(s, a as string) : NO_METHOD;
    default:
      return stringCut(s, name, args);
  }
}

/** `String`'s methods that cut or rewrite it. */
function stringCut(s: string, name: string, args: unknown[]): unknown {
  const [a, b] = args;
  switch (name) {
    case 'charAt': {
      if (!isInt(a)) return NO_METHOD;
      if (a < 0 || a >= s.length) outOfBounds(`java.lang.StringIndexOutOfBoundsException: index ${a}, length ${s.length}`);
      return s[a];
    }
    case 'codePointAt': {
      if (!isInt(a)) return NO_METHOD;
      if (a < 0 || a >= s.length) outOfBounds(`java.lang.StringIndexOutOfBoundsException: index ${a}, length ${s.length}`);
      return s.codePointAt(a);
    }
    case 'substring':
    case 'subSequence': {
      if (!isInt(a) || (args.length > 1 && !isInt(b))) return NO_METHOD;
      const end = args.length > 1 ? (b as number) : s.length;
      if (a < 0 || end > s.length || a > end) outOfBounds(`java.lang.StringIndexOutOfBoundsException: begin ${a}, end ${end}, length ${s.length}`);
      return s.slice(a, end);
    }
    case 'replace': {
      const from = charArg(a);
      const to = charArg(b);
      if (from === undefined || to === undefined) return NO_METHOD;
      if (from === '') {
        // Java inserts the replacement before every char and at the end.
        return to + [...s].join(to) + (s.length ? to : '');
      }
      return s.split(from).join(to);
    }
    case 'replaceAll':
    case 'replaceFirst':
      if (str(a) === undefined || str(b) === undefined) return NO_METHOD;
      return replaceAll(s, a as string, b as string, name === 'replaceFirst');
    case 'split': {
      if (str(a) === undefined || (args.length > 1 && !isInt(b))) return NO_METHOD;
      const parts = split(s, a as string, args.length > 1 ? (b as number) : 0);
      STRING_ARRAYS.add(parts);
      return parts;
    }
    case 'repeat': {
      if (!isInt(a)) return NO_METHOD;
      if (a < 0) outOfBounds(`java.lang.IllegalArgumentException: count is negative: ${a}`);
      return s.repeat(a);
    }
    default:
      return NO_METHOD;
  }
}

function numberMethod(n: number | bigint | JDouble, name: string, args: unknown[]): unknown {
  if (args.length > 1) return NO_METHOD;
  const v = numberValue(n);
  switch (name) {
    case 'toString':
      return javaString(n);
    case 'intValue':
      return Number.isFinite(v) ? Math.trunc(v) | 0 : v > 0 ? 2147483647 : v < 0 ? -2147483648 : 0;
    case 'longValue':
      return typeof n === 'bigint' ? n : Math.trunc(v);
    case 'doubleValue':
    case 'floatValue':
      return new JDouble(v);
    case 'equals': {
      const other = args[0];
      if (n instanceof JDouble) return other instanceof JDouble && other.value === v;
      return (typeof other === 'number' && Number.isInteger(other)) || typeof other === 'bigint' ? Number(other) === v : false;
    }
    case 'compareTo':
      return isNumeric(args[0]) ? Math.sign(v - numberValue(args[0])) : NO_METHOD;
    case 'hashCode':
      return n instanceof JDouble ? NO_METHOD : Number(BigInt.asIntN(32, BigInt(v)));
    default:
      return NO_METHOD;
  }
}

function listMethod(list: unknown[], name: string, args: unknown[]): unknown {
  const [a, b] = args;
  const fixed = STRING_ARRAYS.has(list);
  const checkIndex = (i: number, size: number): void => {
    if (i < 0 || i >= size) outOfBounds(`java.lang.IndexOutOfBoundsException: Index ${i} out of bounds for length ${size}`);
  };
  switch (name) {
    case 'size':
      return list.length;
    case 'count':
      return list.length; // documented by AWS for $input.path results (DG:api-gateway-mapping-template-reference)
    case 'isEmpty':
      return list.length === 0;
    case 'get':
      if (!isInt(a)) return NO_METHOD;
      checkIndex(a, list.length);
      return list[a];
    case 'contains':
      return list.some((x) => javaEquals(x, a));
    case 'indexOf':
      return list.findIndex((x) => javaEquals(x, a));
    case 'lastIndexOf': {
      for (let i = list.length - 1; i >= 0; i--) if (javaEquals(list[i], a)) return i;
      return -1;
    }
    case 'toString':
      return javaString(list);
    case 'equals':
      return Array.isArray(a) && a.length === list.length && a.every((x, i) => javaEquals(x, list[i]));
    case 'subList': {
      if (!isInt(a) || !isInt(b)) return NO_METHOD;
      if (a < 0 || b > list.length || a > b) outOfBounds(`java.lang.IndexOutOfBoundsException: fromIndex ${a}, toIndex ${b}`);
      return list.slice(a, b);
    }
    default:
      break;
  }
  if (fixed) return NO_METHOD;
  switch (name) {
    case 'add':
      if (args.length === 1) {
        list.push(a);
        return true;
      }
      if (args.length === 2 && isInt(a)) {
        if (a < 0 || a > list.length) checkIndex(a, list.length);
        list.splice(a, 0, b);
        return undefined;
      }
      return NO_METHOD;
    case 'addAll':
      if (!Array.isArray(a)) return NO_METHOD;
      list.push(...(a as unknown[]));
      return a.length > 0;
    case 'set':
      if (!isInt(a)) return NO_METHOD;
      checkIndex(a, list.length);
      return list.splice(a, 1, b)[0];
    case 'remove':
      if (isInt(a)) {
        checkIndex(a, list.length);
        return list.splice(a, 1)[0];
      } else {
        const i = list.findIndex((x) => javaEquals(x, a));
        if (i < 0) return false;
        list.splice(i, 1);
        return true;
      }
    case 'clear':
      list.length = 0;
      return undefined;
    default:
      return NO_METHOD;
  }
}

function mapMethod(m: JavaMapLike, name: string, args: unknown[]): unknown {
  const [a, b] = args;
  switch (name) {
    case 'get':
      return args.length === 1 ? (mapGet(m, a) ?? null) : NO_METHOD;
    case 'getOrDefault':
      return mapHas(m, a) ? mapGet(m, a) : b;
    case 'containsKey':
      return mapHas(m, a);
    case 'containsValue':
      return mapValues(m).some((x) => javaEquals(x, a));
    case 'put':
      return args.length === 2 ? mapPut(m, a, b) : NO_METHOD;
    case 'putIfAbsent':
      return mapHas(m, a) && mapGet(m, a) !== null ? mapGet(m, a) : mapPut(m, a, b);
    case 'putAll':
      if (!isJavaMap(a)) return NO_METHOD;
      for (const k of mapKeys(a)) mapPut(m, k, mapGet(a, k));
      return undefined;
    case 'remove':
      return mapDelete(m, a);
    case 'keySet':
      return mapKeys(m);
    case 'values':
      return mapValues(m);
    case 'entrySet':
      return mapKeys(m).map((k) => new MapEntry(k, mapGet(m, k), m));
    case 'size':
      return mapSize(m);
    case 'isEmpty':
      return mapSize(m) === 0;
    case 'clear':
      for (const k of mapKeys(m)) mapDelete(m, k);
      return undefined;
    case 'toString':
      return javaString(m);
    case 'equals':
      return isJavaMap(a) && javaString(a) === javaString(m);
    default:
      return NO_METHOD;
  }
}

function entryMethod(e: MapEntry, name: string, args: unknown[]): unknown {
  switch (name) {
    case 'getKey':
      return e.key;
    case 'getValue':
      return e.value;
    case 'setValue': {
      const previous = e.value;
      e.value = args[0];
      if (e.owner) mapPut(e.owner, e.key, args[0]);
      return previous;
    }
    case 'toString':
      return javaString(e);
    default:
      return NO_METHOD;
  }
}

/** `$value.name(args)` on a Java value. */
export function callJavaMethod(target: unknown, name: string, args: unknown[]): unknown {
  if (target === null || target === undefined) return NO_METHOD;
  if (typeof target === 'string') return stringMethod(target, name, args);
  if (isNumeric(target)) return numberMethod(target, name, args);
  if (typeof target === 'boolean') {
    if (name === 'toString') return String(target);
    if (name === 'booleanValue') return target;
    if (name === 'equals') return args[0] === target;
    return NO_METHOD;
  }
  if (Array.isArray(target)) return listMethod(target, name, args);
  if (target instanceof MapEntry) return entryMethod(target, name, args);
  if (isJavaMap(target)) return mapMethod(target, name, args);
  return NO_METHOD;
}

/**
 * `$value.name` on a Java value (Velocity 1.7 property lookup): a Map answers `get("name")`; other
 * objects their getter (`getName()`/`isName()`), e.g. `$entry.key`, `$string.empty`, `$list.empty`.
 */
export function getJavaProperty(target: unknown, name: string): unknown {
  if (target === null || target === undefined) return undefined;
  if (isJavaMap(target)) return mapGet(target, name);
  if (target instanceof MapEntry) return name === 'key' ? target.key : name === 'value' ? target.value : undefined;
  const cap = name.charAt(0).toUpperCase() + name.slice(1);
  for (const getter of [`get${cap}`, `is${cap}`]) {
    const r = callJavaMethod(target, getter, []);
    if (r !== NO_METHOD) return r;
  }
  return undefined;
}
