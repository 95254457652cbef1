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

export class PatternSyntaxException extends JavaException {}

const JAVA_SPACE = ' \\t\\n\\x0B\\f\\r';
const POSIX: Record<string, string> = {
  Lower: 'a-z', Upper: 'A-Z', ASCII: '\\x00-\\x7F', Alpha: 'a-zA-Z', Digit: '0-9', Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~', Graph: '!-~', Print: ' -~', Blank: ' \\t', Cntrl: '\\x00-\\x1F\\x7F',
  XDigit: '0-9a-fA-F', Space: JAVA_SPACE,
  javaLowerCase: '\\p{Ll}', javaUpperCase: '\\p{Lu}', javaWhitespace: JAVA_SPACE + '\\x1C-\\x1F',
  javaMirrored: '\\p{Bidi_M}', IsAlphabetic: '\\p{Alphabetic}', IsLetter: '\\p{L}', IsDigit: '\\p{Nd}',
  IsUppercase: '\\p{Uppercase}', IsLowercase: '\\p{Lowercase}', IsWhite_Space: '\\p{White_Space}',
  IsWhiteSpace: '\\p{White_Space}', IsPunctuation: '\\p{P}', IsControl: '\\p{Cc}',
};
const SYNTAX = new Set('^$\\.*+?()[]{}|/'.split(''));
const HORIZONTAL = ' \\t\\xA0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000';
const VERTICAL = '\\n\\x0B\\f\\r\\x85\\u2028\\u2029';

function propertyClass(name: string, negated: boolean, inClass: boolean): string {
  let body = POSIX[name];
  if (body === undefined) {
    if (/^(?:L[ultmo]?|M[nce]?|N[dlo]?|P[cdseifo]?|S[mcko]?|Z[slp]?|C[cfson]?)$/.test(name)) body = `\\p{${name}}`;
    else if (/^Is(?:L[ultmo]?|M[nce]?|N[dlo]?|P[cdseifo]?|S[mcko]?|Z[slp]?|C[cfson]?)$/.test(name)) body = `\\p{${name.slice(2)}}`;
    else if (/^Is[A-Z][a-z]+$/.test(name)) body = `\\p{Script=${name.slice(2)}}`;
    else if (/^(?:script|sc)=\w+$/i.test(name)) body = `\\p{Script=${name.split('=')[1]}}`;
    else throw new PatternSyntaxException(`Unknown character property name {${name}}`);
  }
  if (inClass) {
    if (negated) throw new PatternSyntaxException(`\\P{${name}} inside a character class is not supported`);
    return body;
  }
  return negated ? `[^${body}]` : `[${body}]`;
}

interface Translated { source: string; flags: string }

const cache = new Map<string, Translated>();

export function translateJavaRegex(pattern: string): Translated {
  const hit = cache.get(pattern);
  if (hit) return hit;
  let p = pattern;
  let flags = 'u';
  const lead = /^\(\?([imsxud]+)\)/.exec(p);
  let extended = false;
  if (lead) {
    for (const f of lead[1]) {
      if (f === 'i' || f === 'm' || f === 's') flags += f;
      else if (f === 'x') extended = true;
    }
    p = p.slice(lead[0].length);
  }
  let out = '';
  let inClass = false;
  let classStart = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (extended && !inClass) {
      if (/\s/.test(c)) continue;
      if (c === '#') { while (i < p.length && p[i] !== '\n') i++; continue; }
    }
    if (c === '\\') {
      const n = p[i + 1];
      if (n === undefined) throw new PatternSyntaxException('Unexpected internal error near index ' + i);
      i++;
      if (n === 'Q') {
        const end = p.indexOf('\\E', i + 1);
        const lit = end < 0 ? p.slice(i + 1) : p.slice(i + 1, end);
        out += lit.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
        i = end < 0 ? p.length : end + 1;
        continue;
      }
      switch (n) {
        case 's': out += inClass ? JAVA_SPACE : `[${JAVA_SPACE}]`; break;
        case 'S': out += inClass ? '\\S' : `[^${JAVA_SPACE}]`; break;
        case 'h': out += inClass ? HORIZONTAL : `[${HORIZONTAL}]`; break;
        case 'H': if (inClass) throw new PatternSyntaxException('\\H in a class'); out += `[^${HORIZONTAL}]`; break;
        case 'v': out += inClass ? VERTICAL : `[${VERTICAL}]`; break;
        case 'V': if (inClass) throw new PatternSyntaxException('\\V in a class'); out += `[^${VERTICAL}]`; break;
        case 'R': if (inClass) throw new PatternSyntaxException('\\R in a class'); out += `(?:\\r\\n|[${VERTICAL}])`; break;
        case 'A': out += '(?<![\\s\\S])'; break;
        case 'z': out += '(?![\\s\\S])'; break;
        case 'Z': out += '(?=\\n?(?![\\s\\S]))'; break;
        case 'e': out += '\\x1B'; break;
        case 'a': out += '\\x07'; break;
        case 'G': throw new PatternSyntaxException('\\G is not supported');
        case 'p': case 'P': {
          let name: string;
          if (p[i + 1] === '{') {
            const end = p.indexOf('}', i + 2);
            if (end < 0) throw new PatternSyntaxException('Unclosed character family');
            name = p.slice(i + 2, end);
            i = end;
          } else {
            name = p[i + 1];
            i++;
          }
          out += propertyClass(name, n === 'P', inClass);
          break;
        }
        case 'x':
          if (p[i + 1] === '{') {
            const end = p.indexOf('}', i + 2);
            out += `\\u{${p.slice(i + 2, end)}}`;
            i = end;
          } else {
            out += '\\x';
          }
          break;
        case '0': {
          const m = /^[0-7]{1,3}/.exec(p.slice(i + 1));
          if (!m) throw new PatternSyntaxException('Illegal octal escape sequence');
          out += `\\u{${parseInt(m[0], 8).toString(16)}}`;
          i += m[0].length;
          break;
        }
        default:
          if (/[0-9a-zA-Z]/.test(n)) out += `\\${n}`;
          else if (SYNTAX.has(n) || (inClass && n === '-')) out += `\\${n}`;
          else out += n;
      }
      classStart = false;
      continue;
    }
    if (inClass) {
      if (c === '[' ) throw new PatternSyntaxException('Nested character classes are not supported');
      if (c === '&' && p[i + 1] === '&') throw new PatternSyntaxException('Character class intersection is not supported');
      if (c === ']' && !classStart) inClass = false;
      if (c === '^' && classStart) { out += c; continue; }
      out += c === '/' ? '\\/' : c;
      classStart = false;
      continue;
    }
    switch (c) {
      case '[':
        inClass = true;
        classStart = true;
        out += c;
        if (p[i + 1] === '^') { out += '^'; i++; }
        if (p[i + 1] === ']') { out += '\\]'; i++; classStart = false; }
        continue;
      case ']': out += '\\]'; continue;
      case '}': out += '\\}'; continue;
      case '{': {
        const m = /^\{\d+(?:,\d*)?\}/.exec(p.slice(i));
        if (!m) throw new PatternSyntaxException(`Illegal repetition near index ${i}`);
        out += m[0];
        i += m[0].length - 1;
        if (p[i + 1] === '+') i++;
        continue;
      }
      case '(':
        if (p.startsWith('(?>', i)) throw new PatternSyntaxException('Atomic groups are not supported');
        if (/^\(\?[imsxud-]+[:)]/.test(p.slice(i))) throw new PatternSyntaxException('Inline flags inside a pattern are not supported');
        out += c;
        continue;
      case '*': case '+': case '?':
        out += c;
        if (p[i + 1] === '+') i++;
        continue;
      case '/': out += '\\/'; continue;
      case '$':
        // Java's `$` also matches before a final line terminator (Pattern docs, "Line terminators").
        out += flags.includes('m') ? '$' : '(?=(?:\\r\\n|[\\n\\r\\x85\\u2028\\u2029])?(?![\\s\\S]))';
        continue;
      default:
        out += c;
    }
  }
  if (inClass) throw new PatternSyntaxException(`Unclosed character class near index ${p.length - 1}`);
  const result = { source: out, flags };
  try {
    new RegExp(result.source, result.flags);
  } catch (e) {
    throw new PatternSyntaxException(`${(e as Error).message}`);
  }
  if (cache.size > 2000) cache.clear();
  cache.set(pattern, result);
  return result;
}

export function javaRegex(pattern: string, extraFlags = ''): RegExp {
  const t = translateJavaRegex(pattern);
  return new RegExp(t.source, t.flags + extraFlags);
}

/** Matcher.appendReplacement's replacement syntax: `$n`, `${name}`, `\x` escapes. */
export function javaReplacement(replacement: string, m: RegExpExecArray): string {
  let out = '';
  const groupCount = m.length - 1;
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i];
    if (c === '\\') {
      i++;
      if (i >= replacement.length) throw new JavaException('character to be escaped is missing');
      out += replacement[i];
    } else if (c === '$') {
      i++;
      if (i >= replacement.length) throw new JavaException('Illegal group reference: group index is missing');
      if (replacement[i] === '{') {
        const end = replacement.indexOf('}', i);
        const name = end < 0 ? '' : replacement.slice(i + 1, end);
        if (end < 0 || !/^[a-zA-Z][a-zA-Z0-9]*$/.test(name)) throw new JavaException('named capturing group is missing trailing \'}\'');
        if (!m.groups || !(name in m.groups)) throw new JavaException(`No group with name {${name}}`);
        out += m.groups[name] ?? '';
        i = end;
      } else {
        let ref = replacement.charCodeAt(i) - 48;
        if (ref < 0 || ref > 9) throw new JavaException('Illegal group reference');
        for (;;) {
          const next = replacement.charCodeAt(i + 1) - 48;
          if (i + 1 >= replacement.length || next < 0 || next > 9) break;
          const candidate = ref * 10 + next;
          if (candidate > groupCount) break;
          ref = candidate;
          i++;
        }
        if (ref > groupCount) throw new JavaException(`No group ${ref}`);
        out += m[ref] ?? '';
      }
    } else {
      out += c;
    }
  }
  return out;
}

function* matches(re: RegExp, s: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (;;) {
    const m = re.exec(s);
    if (!m) return;
    yield m;
    if (m[0].length === 0) {
      const cp = s.codePointAt(re.lastIndex);
      re.lastIndex += cp !== undefined && cp > 0xffff ? 2 : 1;
      if (re.lastIndex > s.length) return;
    }
  }
}

export function replaceAll(s: string, regex: string, replacement: string, firstOnly = false): string {
  const re = javaRegex(regex, 'g');
  let out = '';
  let last = 0;
  for (const m of matches(re, s)) {
    out += s.slice(last, m.index) + javaReplacement(replacement, m);
    last = m.index + m[0].length;
    if (firstOnly) break;
  }
  return out + s.slice(last);
}

/** `String.split(regex, limit)` (Java 8+: no leading empty string for a zero-width match at 0). */
export function split(s: string, regex: string, limit = 0): string[] {
  const re = javaRegex(regex, 'g');
  const list: string[] = [];
  let index = 0;
  const limited = limit > 0;
  for (const m of matches(re, s)) {
    const start = m.index;
    const end = m.index + m[0].length;
    if (!limited || list.length < limit - 1) {
      if (index === 0 && start === 0 && start === end) continue;
      list.push(s.slice(index, start));
      index = end;
    } else if (list.length === limit - 1) {
      list.push(s.slice(index));
      index = end;
      break;
    }
  }
  if (index === 0) return [s];
  if (!limited || list.length < limit) list.push(s.slice(index));
  let size = list.length;
  if (limit === 0) while (size > 0 && list[size - 1] === '') size--;
  return list.slice(0, size);
}

/** `String.matches(regex)`: the whole string must match. */
export function matchesWhole(s: string, regex: string): boolean {
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
export function javaMatcher(pattern: string): ((s: string) => boolean) | undefined {
  let t: Translated;
  try { t = translateJavaRegex(pattern); } catch { return undefined; }
  const re = new RegExp(`(?:${t.source})(?![\\s\\S])`, `${t.flags}y`);
  return (s) => { re.lastIndex = 0; return re.test(s); };
}

/** Why a configuration regex cannot run here (undefined when it can): for a warning at Put/Update time. */
export function javaRegexProblem(pattern: string): string | undefined {
  try { translateJavaRegex(pattern); return undefined; } catch (e) { return (e as Error).message; }
}
