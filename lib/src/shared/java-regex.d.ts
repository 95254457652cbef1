/**
 * `java.util.regex` patterns run on JS RegExp (unicode mode), for the String methods templates call
 * (`replaceAll`, `replaceFirst`, `split`, `matches`). The translation keeps Java's meaning where the
 * two dialects differ: `\s` and `\v` are Java's sets, `\h`, `\R`, `\A`, `\z`, `\Z`, `\Q…\E`, POSIX
 * `\p{Alpha}`-style classes, Java identity escapes (`\'`), lone `]`/`}` literals, and leading inline
 * flags `(?i)`, `(?s)`, `(?m)`, `(?x)`. Possessive quantifiers (`a*+`) run as greedy ones (same
 * matches except in pathological backtracking). Atomic groups, mid-pattern inline flags, nested or
 * intersected classes and `\G` are refused (JavaException, which fails the render as
 * PatternSyntaxException-like errors do on AWS).
 */
import { JavaException } from './java-exception.js';
export declare class PatternSyntaxException extends JavaException {
}
interface Translated {
    source: string;
    flags: string;
}
export declare function translateJavaRegex(pattern: string): Translated;
export declare function javaRegex(pattern: string, extraFlags?: string): RegExp;
/** Matcher.appendReplacement's replacement syntax: `$n`, `${name}`, `\x` escapes. */
export declare function javaReplacement(replacement: string, m: RegExpExecArray): string;
export declare function replaceAll(s: string, regex: string, replacement: string, firstOnly?: boolean): string;
/** `String.split(regex, limit)` (Java 8+: no leading empty string for a zero-width match at 0). */
export declare function split(s: string, regex: string, limit?: number): string[];
/** `String.matches(regex)`: the whole string must match. */
export declare function matchesWhole(s: string, regex: string): boolean;
/**
 * `Pattern.compile(pattern)` once, then `matcher(s).matches()` per call: how API Gateway applies the
 * regexes of a configuration (an integration response's `selectionPattern`, an authorizer's
 * `identityValidationExpression`). Undefined when the pattern cannot be translated (a construct JS
 * lacks, or one Java itself refuses): callers treat that as a pattern that never matches.
 */
export declare function javaMatcher(pattern: string): ((s: string) => boolean) | undefined;
/** Why a configuration regex cannot run here (undefined when it can): for a warning at Put/Update time. */
export declare function javaRegexProblem(pattern: string): string | undefined;
export {};
