export declare const NO_METHOD: unique symbol;
/** `String.trim()`: strips code units <= U+0020 at both ends. */
export declare function javaTrim(s: string): string;
/** `$value.name(args)` on a Java value. */
export declare function callJavaMethod(target: unknown, name: string, args: unknown[]): unknown;
/**
 * `$value.name` on a Java value (Velocity 1.7 property lookup): a Map answers `get("name")`; other
 * objects their getter (`getName()`/`isName()`), e.g. `$entry.key`, `$string.empty`, `$list.empty`.
 */
export declare function getJavaProperty(target: unknown, name: string): unknown;
