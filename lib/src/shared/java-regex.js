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
export class PatternSyntaxException extends JavaException {
}
const JAVA_SPACE = ' \\t\\n\\x0B\\f\\r';
const POSIX = {
    Lower: 'a-z',
    Upper: 'A-Z',
    ASCII: '\\x00-\\x7F',
    Alpha: 'a-zA-Z',
    Digit: '0-9',
    Alnum: 'a-zA-Z0-9',
    Punct: '!-\\/:-@\\[-`{-~',
    Graph: '!-~',
    Print: ' -~',
    Blank: ' \\t',
    Cntrl: '\\x00-\\x1F\\x7F',
    XDigit: '0-9a-fA-F',
    Space: JAVA_SPACE,
    javaLowerCase: '\\p{Ll}',
    javaUpperCase: '\\p{Lu}',
    javaWhitespace: JAVA_SPACE + '\\x1C-\\x1F',
    javaMirrored: '\\p{Bidi_M}',
    IsAlphabetic: '\\p{Alphabetic}',
    IsLetter: '\\p{L}',
    IsDigit: '\\p{Nd}',
    IsUppercase: '\\p{Uppercase}',
    IsLowercase: '\\p{Lowercase}',
    IsWhite_Space: '\\p{White_Space}',
    IsWhiteSpace: '\\p{White_Space}',
    IsPunctuation: '\\p{P}',
    IsControl: '\\p{Cc}',
};
const SYNTAX = new Set('^$\\.*+?()[]{}|/'.split(''));
const HORIZONTAL = ' \\t\\xA0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000';
const VERTICAL = '\\n\\x0B\\f\\r\\x85\\u2028\\u2029';
function propertyClass(name, negated, inClass) {
    let body = POSIX[name];
    if (body === undefined) {
        if (/^(?:L[ultmo]?|M[nce]?|N[dlo]?|P[cdseifo]?|S[mcko]?|Z[slp]?|C[cfson]?)$/.test(name))
            body = `\\p{${name}}`;
        else if (/^Is(?:L[ultmo]?|M[nce]?|N[dlo]?|P[cdseifo]?|S[mcko]?|Z[slp]?|C[cfson]?)$/.test(name))
            body = `\\p{${name.slice(2)}}`;
        else if (/^Is[A-Z][a-z]+$/.test(name))
            body = `\\p{Script=${name.slice(2)}}`;
        else if (/^(?:script|sc)=\w+$/i.test(name))
            body = `\\p{Script=${name.split('=')[1]}}`;
        else
            throw new PatternSyntaxException(`Unknown character property name {${name}}`);
    }
    if (inClass) {
        if (negated)
            throw new PatternSyntaxException(`\\P{${name}} inside a character class is not supported`);
        return body;
    }
    return negated ? `[^${body}]` : `[${body}]`;
}
const cache = new Map();
export function translateJavaRegex(pattern) {
    const hit = cache.get(pattern);
    if (hit)
        return hit;
    const { p, flags, extended } = leadingFlags(pattern);
    const s = { p, i: 0, out: '', inClass: false, classStart: false, multiline: flags.includes('m') };
    for (s.i = 0; s.i < p.length; s.i++) {
        const c = p[s.i];
        if (extended && !s.inClass) {
            if (/\s/.test(c))
                continue;
            if (c === '#') {
                while (s.i < p.length && p[s.i] !== '\n')
                    s.i++;
                continue;
            }
        }
        if (c === '\\')
            escape(s);
        else if (s.inClass)
            classChar(s, c);
        else
            patternChar(s, c);
    }
    if (s.inClass)
        throw new PatternSyntaxException(`Unclosed character class near index ${p.length - 1}`);
    const result = { source: s.out, flags };
    try {
        new RegExp(result.source, result.flags);
    }
    catch (e) {
        throw new PatternSyntaxException(`${e.message}`);
    }
    if (cache.size > 2000)
        cache.clear();
    cache.set(pattern, result);
    return result;
}
/** Leading inline flags: i, m and s become RegExp flags, x strips whitespace and comments; the others are dropped. */
function leadingFlags(pattern) {
    let p = pattern;
    let flags = 'u';
    const lead = /^\(\?([imsxud]+)\)/.exec(p);
    let extended = false;
    if (lead) {
        for (const f of lead[1]) {
            if (f === 'i' || f === 'm' || f === 's')
                flags += f;
            else if (f === 'x')
                extended = true;
        }
        p = p.slice(lead[0].length);
    }
    return { p, flags, extended };
}
/** A backslash escape (s.i at the backslash; left at the escape's last character). */
function escape(s) {
    const { p } = s;
    const n = p[s.i + 1];
    if (n === undefined)
        throw new PatternSyntaxException('Unexpected internal error near index ' + s.i);
    s.i++;
    if (n === 'Q') {
        quotedLiteral(s);
        return;
    }
    const inClass = s.inClass;
    switch (n) {
        case 's':
            s.out += inClass ? JAVA_SPACE : `[${JAVA_SPACE}]`;
            break;
        case 'S':
            s.out += inClass ? '\\S' : `[^${JAVA_SPACE}]`;
            break;
        case 'h':
            s.out += inClass ? HORIZONTAL : `[${HORIZONTAL}]`;
            break;
        case 'H':
            if (inClass)
                throw new PatternSyntaxException('\\H in a class');
            s.out += `[^${HORIZONTAL}]`;
            break;
        case 'v':
            s.out += inClass ? VERTICAL : `[${VERTICAL}]`;
            break;
        case 'V':
            if (inClass)
                throw new PatternSyntaxException('\\V in a class');
            s.out += `[^${VERTICAL}]`;
            break;
        case 'R':
            if (inClass)
                throw new PatternSyntaxException('\\R in a class');
            s.out += `(?:\\r\\n|[${VERTICAL}])`;
            break;
        case 'A':
            s.out += '(?<![\\s\\S])';
            break;
        case 'z':
            s.out += '(?![\\s\\S])';
            break;
        case 'Z':
            s.out += '(?=\\n?(?![\\s\\S]))';
            break;
        case 'e':
            s.out += '\\x1B';
            break;
        case 'a':
            s.out += '\\x07';
            break;
        case 'G':
            throw new PatternSyntaxException('\\G is not supported');
        case 'p':
        case 'P':
            propertyEscape(s, n === 'P');
            break;
        case 'x':
            hexEscape(s);
            break;
        case '0':
            octalEscape(s);
            break;
        default:
            if (/[0-9a-zA-Z]/.test(n))
                s.out += `\\${n}`;
            else if (SYNTAX.has(n) || (inClass && n === '-'))
                s.out += `\\${n}`;
            else
                s.out += n;
    }
    s.classStart = false;
}
/** `\Q…\E` (or to the end): every character literal. */
function quotedLiteral(s) {
    const end = s.p.indexOf('\\E', s.i + 1);
    const lit = end < 0 ? s.p.slice(s.i + 1) : s.p.slice(s.i + 1, end);
    s.out += lit.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
    s.i = end < 0 ? s.p.length : end + 1;
}
/** `\p{Name}` / `\pL` and their negations. */
function propertyEscape(s, negated) {
    let name;
    if (s.p[s.i + 1] === '{') {
        const end = s.p.indexOf('}', s.i + 2);
        if (end < 0)
            throw new PatternSyntaxException('Unclosed character family');
        name = s.p.slice(s.i + 2, end);
        s.i = end;
    }
    else {
        name = s.p[s.i + 1];
        s.i++;
    }
    s.out += propertyClass(name, negated, s.inClass);
}
/** `\xhh`, or Java's `\x{h…h}`. */
function hexEscape(s) {
    if (s.p[s.i + 1] === '{') {
        const end = s.p.indexOf('}', s.i + 2);
        s.out += `\\u{${s.p.slice(s.i + 2, end)}}`;
        s.i = end;
    }
    else {
        s.out += '\\x';
    }
}
/** Java's octal `\0ooo`. */
function octalEscape(s) {
    const m = /^[0-7]{1,3}/.exec(s.p.slice(s.i + 1));
    if (!m)
        throw new PatternSyntaxException('Illegal octal escape sequence');
    s.out += `\\u{${parseInt(m[0], 8).toString(16)}}`;
    s.i += m[0].length;
}
/** A character inside a class. */
function classChar(s, c) {
    if (c === '[')
        throw new PatternSyntaxException('Nested character classes are not supported');
    if (c === '&' && s.p[s.i + 1] === '&')
        throw new PatternSyntaxException('Character class intersection is not supported');
    if (c === ']' && !s.classStart)
        s.inClass = false;
    if (c === '^' && s.classStart) {
        s.out += c;
        return;
    }
    s.out += c === '/' ? '\\/' : c;
    s.classStart = false;
}
/** A character outside classes. */
function patternChar(s, c) {
    const { p } = s;
    switch (c) {
        case '[':
            s.inClass = true;
            s.classStart = true;
            s.out += c;
            if (p[s.i + 1] === '^') {
                s.out += '^';
                s.i++;
            }
            if (p[s.i + 1] === ']') {
                s.out += '\\]';
                s.i++;
                s.classStart = false;
            }
            return;
        case ']':
            s.out += '\\]';
            return;
        case '}':
            s.out += '\\}';
            return;
        case '{': {
            const m = /^\{\d+(?:,\d*)?\}/.exec(p.slice(s.i));
            if (!m)
                throw new PatternSyntaxException(`Illegal repetition near index ${s.i}`);
            s.out += m[0];
            s.i += m[0].length - 1;
            if (p[s.i + 1] === '+')
                s.i++;
            return;
        }
        case '(':
            if (p.startsWith('(?>', s.i))
                throw new PatternSyntaxException('Atomic groups are not supported');
            if (/^\(\?[imsxud-]+[:)]/.test(p.slice(s.i)))
                throw new PatternSyntaxException('Inline flags inside a pattern are not supported');
            s.out += c;
            return;
        case '*':
        case '+':
        case '?':
            s.out += c;
            if (p[s.i + 1] === '+')
                s.i++;
            return;
        case '/':
            s.out += '\\/';
            return;
        case '$':
            // Java's `$` also matches before a final line terminator (Pattern docs, "Line terminators").
            s.out += s.multiline ? '$' : '(?=(?:\\r\\n|[\\n\\r\\x85\\u2028\\u2029])?(?![\\s\\S]))';
            return;
        default:
            s.out += c;
    }
}
export function javaRegex(pattern, extraFlags = '') {
    const t = translateJavaRegex(pattern);
    return new RegExp(t.source, t.flags + extraFlags);
}
/** Matcher.appendReplacement's replacement syntax: `$n`, `${name}`, `\x` escapes. */
export function javaReplacement(replacement, m) {
    let out = '';
    const groupCount = m.length - 1;
    for (let i = 0; i < replacement.length; i++) {
        const c = replacement[i];
        if (c === '\\') {
            i++;
            if (i >= replacement.length)
                throw new JavaException('character to be escaped is missing');
            out += replacement[i];
        }
        else if (c === '$') {
            i++;
            if (i >= replacement.length)
                throw new JavaException('Illegal group reference: group index is missing');
            if (replacement[i] === '{') {
                const end = replacement.indexOf('}', i);
                const name = end < 0 ? '' : replacement.slice(i + 1, end);
                if (end < 0 || !/^[a-zA-Z][a-zA-Z0-9]*$/.test(name))
                    throw new JavaException("named capturing group is missing trailing '}'");
                if (!m.groups || !(name in m.groups))
                    throw new JavaException(`No group with name {${name}}`);
                out += m.groups[name] ?? '';
                i = end;
            }
            else {
                let ref = replacement.charCodeAt(i) - 48;
                if (ref < 0 || ref > 9)
                    throw new JavaException('Illegal group reference');
                for (;;) {
                    const next = replacement.charCodeAt(i + 1) - 48;
                    if (i + 1 >= replacement.length || next < 0 || next > 9)
                        break;
                    const candidate = ref * 10 + next;
                    if (candidate > groupCount)
                        break;
                    ref = candidate;
                    i++;
                }
                if (ref > groupCount)
                    throw new JavaException(`No group ${ref}`);
                out += m[ref] ?? '';
            }
        }
        else {
            out += c;
        }
    }
    return out;
}
function* matches(re, s) {
    re.lastIndex = 0;
    for (;;) {
        const m = re.exec(s);
        if (!m)
            return;
        yield m;
        if (m[0].length === 0) {
            const cp = s.codePointAt(re.lastIndex);
            re.lastIndex += cp !== undefined && cp > 0xffff ? 2 : 1;
            if (re.lastIndex > s.length)
                return;
        }
    }
}
export function replaceAll(s, regex, replacement, firstOnly = false) {
    const re = javaRegex(regex, 'g');
    let out = '';
    let last = 0;
    for (const m of matches(re, s)) {
        out += s.slice(last, m.index) + javaReplacement(replacement, m);
        last = m.index + m[0].length;
        if (firstOnly)
            break;
    }
    return out + s.slice(last);
}
/** `String.split(regex, limit)` (Java 8+: no leading empty string for a zero-width match at 0). */
export function split(s, regex, limit = 0) {
    const re = javaRegex(regex, 'g');
    const list = [];
    let index = 0;
    const limited = limit > 0;
    for (const m of matches(re, s)) {
        const start = m.index;
        const end = m.index + m[0].length;
        if (!limited || list.length < limit - 1) {
            if (index === 0 && start === 0 && start === end)
                continue;
            list.push(s.slice(index, start));
            index = end;
        }
        else if (list.length === limit - 1) {
            list.push(s.slice(index));
            index = end;
            break;
        }
    }
    if (index === 0)
        return [s];
    if (!limited || list.length < limit)
        list.push(s.slice(index));
    let size = list.length;
    if (limit === 0)
        while (size > 0 && list[size - 1] === '')
            size--;
    return list.slice(0, size);
}
/** `String.matches(regex)`: the whole string must match. */
export function matchesWhole(s, regex) {
    const t = translateJavaRegex(regex);
    const re = new RegExp(`(?:${t.source})(?![\\s\\S])`, `${t.flags}y`);
    re.lastIndex = 0;
    return re.test(s);
}
/**
 * `Pattern.compile(pattern)` once, then `matcher(s).matches()` per call: how API Gateway applies the
 * regexes of a configuration (an integration response's `selectionPattern`, an authorizer's
 * `identityValidationExpression`). Undefined when the pattern cannot be translated (a construct JS
 * lacks, or one Java itself refuses): callers treat that as a pattern that never matches.
 */
export function javaMatcher(pattern) {
    let t;
    try {
        t = translateJavaRegex(pattern);
    }
    catch {
        return undefined;
    }
    const re = new RegExp(`(?:${t.source})(?![\\s\\S])`, `${t.flags}y`);
    return (s) => {
        re.lastIndex = 0;
        return re.test(s);
    };
}
/** Why a configuration regex cannot run here (undefined when it can): for a warning at Put/Update time. */
export function javaRegexProblem(pattern) {
    try {
        translateJavaRegex(pattern);
        return undefined;
    }
    catch (e) {
        return e.message;
    }
}
